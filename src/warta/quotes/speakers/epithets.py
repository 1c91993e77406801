"""Epithets and descriptions that point back to someone named before (`sumber itu`, `sang menteri`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from warta.document import Entity, Speaker
from warta.quotes.lexicon import lexicon
from warta.quotes.names import short_roles, shortest, title_run, until_preposition
from warta.quotes.speakers.words import _SOURCE_LEADS, LOOKBACK_CHARS, RANK_PARAGRAPHS, UNNAMED_REACH
from warta.quotes.text import is_cap


class Epithets:
    """Descriptions pointing back (`sumber itu`, `pelatih asal China ini`, `sang menteri`) and the headline's
    speaker."""

    def unnamed_before(self, span: tuple[int, int]) -> Speaker | None:
        """`sumber itu`, `warga tersebut`, `sang sumber`: a noun of unnamed sources with a
        demonstrative (or after `sang`) points back to the unnamed source that noun brought in
        before (`kata seorang sumber …`, `hadir seorang warga …`, `sumber ET mengakui …`), not to a
        person or body named in between."""
        ws = self.norm[span[0] : span[1]].split()
        if len(ws) != 2:
            return None
        if ws[0].lower() == "sang":
            head = ws[1].lower()
        elif ws[1].lower() in ("itu", "tersebut"):
            head = ws[0].lower()
        else:
            return None
        if head not in lexicon().speaker_nouns:
            return None
        para = self._para_of(span[0])
        for k in range(bisect_left(self.event_pos, span[0]) - 1, -1, -1):
            ev = self.events[k]
            if para >= 0 and ev.para >= 0 and para - ev.para > UNNAMED_REACH:
                break
            if ev.quoted and ev.speaker.entity is None and ev.speaker.name.lower().split()[:1] == [head]:
                # `sumber ET mengakui …` ¶ `Sumber itu …`; `seorang sumber dari rumah produksi` … `sumber itu`
                return Speaker(shortest(until_preposition(ev.speaker.name.split())), None, None, None)
        return Speaker(head, None, None, None) if self._brought_in(_SOURCE_LEADS, head, span[0]) else None

    def by_head(self, span: tuple[int, int]) -> Speaker | None:
        """A description led by a role word (`pelatih asal China ini`, `sang menteri`): the
        latest person before it given that role or title, if any."""
        ws = [w for w in self.norm[span[0] : span[1]].split() if w.lower() != "sang"]
        if not ws:
            return None
        head = ws[0].lower().strip(".")
        lex = lexicon()
        if head not in lex.titles and head not in lex.role_words:
            return None
        j = self._by_role([head], span[0])
        if j is None:
            return None
        # only a person the story has been quoting or following (a role the entities layer
        # gave to a word of a team's name is no referent)
        para = self._para_of(span[0])
        for k in range(bisect_left(self.event_pos, span[0]) - 1, -1, -1):
            ev = self.events[k]
            if ev.para >= 0 and para - ev.para > RANK_PARAGRAPHS:
                break
            if ev.speaker.entity == j:
                return self._speaker_for(j, None, None)
        return None

    def title_speaker(self) -> Speaker | None:
        """The person a headline of the shape `…, Name: words` quotes, when the entities layer
        knows the name as a person: whom a pronoun with nobody before it in the body means."""
        title = self.a.title or ""
        if ":" not in title:
            return None
        head = title.rsplit(":", 1)[0].rsplit(",", 1)[-1].strip()
        ws = head.split()
        if not 1 <= len(ws) <= 4 or not all(is_cap(w) for w in ws):
            return None
        i = self._entity_named(head)
        if i is None or self.a.entities[i].label != "PER":
            return None
        return self._speaker_for(i, None, None)

    def _persons_before(self, pos: int) -> Iterator[tuple[int, int, Entity]]:
        """(start, entity index, entity) of each person mention in the lookback before ``pos``."""
        for ms, _me, i in self.mentions[bisect_left(self.mention_starts, pos - LOOKBACK_CHARS) :]:
            if ms >= pos:
                return
            ent = self.a.entities[i]
            if ent.label == "PER":
                yield ms, i, ent

    def _by_full_role(self, text: str, pos: int) -> int | None:
        """The person last mentioned before ``pos`` whose whole role is ``text`` (`Jaksa Agung`):
        a role written without a name means its holder, not the name-like word inside it."""
        want = " ".join(text.lower().split())
        head, _, rest = want.partition(" ")
        long_ = lexicon().role_short.get(head)
        wants = {want, f"{long_} {rest}".strip()} if long_ else {want}  # `Ketum PSI`: `ketua umum psi`
        best = None
        for ms, i, ent in self._persons_before(pos):
            role = " ".join((ent.role or "").lower().split())
            if role and (role in wants or role.endswith(f"({want})") or wants & short_roles(role)):
                best = i  # also `Menteri Koordinator … (Menko Polhukam)`: the role's short form
            elif " ".join(self.norm[max(0, ms - len(want) - 8) : ms].lower().split()).endswith(want):
                best = i  # `Ketua KPU Sulsel Hasbullah Nur …`: the role written before the name
        return best

    def _by_role(self, ws: list[str], pos: int) -> int | None:
        """An entity whose role or whose title before a mention matches ``Kapolri``/``menteri``."""
        lex = lexicon()
        keys = [w.lower().strip(".") for w in ws if w.lower().strip(".") not in ("sang", "pak", "bu", "ibu", "bapak")]
        if not keys:
            return None
        long_forms = [lex.role_short[k] for k in keys if k in lex.role_short]
        best = None
        for ms, i, ent in self._persons_before(pos):
            if ent.role and any(k in ent.role.lower().split() for k in keys):
                best = i
                continue
            if any(k in title_run(self.norm[max(0, ms - 40) : ms]) for k in keys if k in lex.titles):
                best = i
                continue
            if long_forms and ms >= 0:
                # `kata Menkes` after `Menteri Kesehatan Budi …`: the short title of a role written out
                role = " ".join(((ent.role or "") + " " + self.norm[max(0, ms - 80) : ms]).lower().split())
                if any(f in role for f in long_forms):
                    best = i
        return best
