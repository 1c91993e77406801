"""The country a story is about, from its dateline, its places, its towns abroad and its bodies' names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from warta.document import Entity
from warta.places.choosing import Choosing
from warta.places.looks import indonesian_odds
from warta.places.name_shapes import NOT_A_NAME, reads_foreign_name
from warta.places.names import name_key
from warta.places.place_words import words
from warta.places.reading import EVIDENCE, Reading
from warta.places.scores import HOME, INDONESIAN_LOOKING, LOCAL_LOOKING, PROMINENT_CITY


class StoryCountry(Choosing):
    """The country a story is about: the dateline's, a clear majority of its places, the towns it
    names abroad, the countries its bodies are named after."""

    def set_dateline(self) -> None:
        dl = self.article.dateline
        if dl and dl.place:
            r = self.resolve_name([name_key(dl.place)])
            if r is None and "," in dl.place:
                # `Nusa Dua, Bali`: the whole, else its parts, the wider one (last) first
                r = self.resolve_name([name_key(p) for p in reversed(dl.place.split(",")) if p.strip()])
            if r and r.country:
                self.dateline_country = r.country

    def add_context(self, r: Reading, weight: int) -> None:
        if r.country:
            self.context_countries[r.country] += weight
        if r.province:
            self.context_provinces[r.province] += weight

    def dominant_country(self, exclude: Counter | None = None) -> str | None:
        """The article's country when it is clear: the dateline's, else a clear majority. A home
        dateline (`Liputan6.com, Jakarta`) is the desk's seat, not the story's place, when the
        story's places lie overwhelmingly in one country abroad (Cape Town, Western Cape …)."""
        counts = self.context_countries - (exclude or Counter())
        total = sum(counts.values())
        if self.dateline_country == HOME and total:
            cc, n = counts.most_common(1)[0]
            if cc != HOME and n / total >= 0.8 and n >= 4:
                return cc
        if self.dateline_country:
            return self.dateline_country
        if not total:
            return None
        cc, n = counts.most_common(1)[0]
        if cc == HOME:
            return cc if n / total >= 0.6 else None
        # a foreign majority must be overwhelming: Indonesian news names Indonesian sites in
        # stories about abroad too
        return cc if n / total >= 0.8 and n >= 3 else None

    def body_country(self) -> str | None:
        """In a story that names no place with a country, the one country that closes the names
        of its bodies (`Arsenal … di Emirates Stadium dalam lanjutan Liga Inggris`, `Kepolisian
        Amerika Serikat`): a venue or a town of the story lies there. None when the bodies name
        two countries, or when any place or the dateline gives the story a country."""
        if self.context_countries or self.dateline_country:
            return None
        if self._body_countries is None:
            found: set[str] = set()
            for e in self.article.entities:
                if e.label != "ORG":
                    continue
                toks = name_key(e.canonical).split()
                for n in (1, 2, 3):
                    if len(toks) > n and any(
                        p.feature == "country" and c >= 1.0 for p, c in self.gaz.lookup_key(" ".join(toks[-n:]))
                    ):
                        found |= {p.country for p, c in self.gaz.lookup_key(" ".join(toks[-n:])) if c >= 1.0}
                        break
            self._body_countries = found
        return next(iter(self._body_countries)) if len(self._body_countries) == 1 else None

    def bodies_abroad(self) -> str | None:
        """The one country abroad that the story's bodies are named after: a country, or a city
        of at least ``PROMINENT_CITY`` people (its most populous reading), opening or closing an
        ORG name (`Real Madrid` … `Atletico Madrid`, `Inter Milan`, `Manchester United`). A
        venue the gazetteer does not know (`Mapei Stadium`, `Montilivi`) lies where the clubs
        that play there come from; None when the bodies name two countries abroad or none."""
        if self._bodies_abroad is None:
            found: Counter[str] = Counter()
            for e in self.article.entities:
                if e.label == "ORG":
                    # an acronym is no town's name (`MAN IC Serpong`: no `Man` of Côte d'Ivoire)
                    words = [w for w in e.canonical.split() if not w.isupper()]
                    found.update(self._named_after(name_key(" ".join(words)).split()))
            del found[HOME]
            self._bodies_abroad = found
        if len(self._bodies_abroad) != 1:
            return None
        cc, n = self._bodies_abroad.most_common(1)[0]
        # one body alone may be the visiting side (`Arsenal melumat Atletico Madrid di Emirates
        # Stadium`): it needs a second body, or a place of that country the story names more than
        # any other country abroad (a match of two countries' sides, `Jerman` five times and
        # `Inggris` twice, where a player was once lent to `Bristol City`, is played in neither)
        rival = max((k for c, k in self.context_countries.items() if c not in (cc, HOME)), default=0)
        return cc if n >= 2 or self.context_countries[cc] > rival else None

    def _named_after(self, toks: list[str]) -> set[str]:
        """The countries of the country or big city (its most populous reading) that opens or
        closes a body's folded name."""
        out: set[str] = set()
        for n in (1, 2):
            if len(toks) <= n:
                break
            for part in (" ".join(toks[:n]), " ".join(toks[-n:])):
                big = [
                    p
                    for p, c in self.gaz.lookup_key(part)
                    if c >= 1.0 and (p.feature == "country" or (p.feature == "city" and p.population >= PROMINENT_CITY))
                ]
                if big:
                    out.add(max(big, key=lambda p: (p.feature == "country", p.population)).country)
        return out

    def nearby_abroad(self, e: Entity, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The one country abroad of the towns and sites the text names around a name no list
        knows (its own sentence and the one before), when no place at home is named there: a
        Jakarta desk's dateline says nothing of `Museum Ghibli, yang dibuka di Tokyo` or of the
        square of `… di Pyongyang. Puluhan ribu warga memenuhi Lapangan Kim Il-sung`. A country's
        name alone is no evidence (`Inggris`, the visiting side, `di Signal Iduna Park`). For sites
        only: a bare name read so (`ruang sidang Candra` beside a person `Vienna`) was wrong."""
        sents = self.article.sentences
        found: set[str] = set()
        for m in e.mentions:
            k = next((j for j, s in enumerate(sents) if s.start <= m.start < s.end), None)
            if k is None:
                continue
            lo, hi = sents[max(0, k - 1)].start, sents[k].end
            for start, j in index.items():
                r = readings.get(j)
                if not lo <= start < hi or r is None or not r.country or r.how not in EVIDENCE:
                    continue
                if r.country == HOME:
                    return None
                if r.feature not in ("country", "continent", "region"):
                    found.add(r.country)
        return next(iter(found)) if len(found) == 1 else None

    def story_towns(self, readings: dict[int, Reading], index: dict[int, int]) -> set[str]:
        """The countries of the towns and sites the story names by their own names (countries,
        continents, regions and the dateline's place aside): what the story is about, which a
        list of countries (`tur ke Meksiko, Australia, dan Selandia Baru`) or a desk's dateline
        is not."""
        return {
            r.country
            for r in self._story_readings(readings, index)
            if r.feature not in ("country", "continent", "region")
        }

    def _desk(self) -> range:
        """Where the dateline stands: its place is the desk's seat, not a place of the story."""
        dl = self.article.dateline
        return range(dl.start, dl.end) if dl and dl.start is not None and dl.end is not None else range(0)

    def _story_readings(self, readings: dict[int, Reading], index: dict[int, int]) -> Iterator[Reading]:
        """The sure reading (``_EVIDENCE``) with a country of each mention outside the dateline."""
        desk = self._desk()
        for start, j in index.items():
            r = readings.get(j)
            if start not in desk and r is not None and r.country and r.how in EVIDENCE:
                yield r

    def _placed_abroad(
        self, e: Entity, odds: float, readings: dict[int, Reading], index: dict[int, int], site: bool = False
    ) -> bool:
        """A name no list knows that may lie abroad: it does not read Indonesian, it is no acronym,
        code or brand (`kawasan GCC`, `di MotoGP`, `Jurassic World 2`), it is written where a place
        is (`di Rathedaung`, `desa Zedipyin`; a site's own head word says so) and no address after
        it says where it lies (`di Azraq, Yordania Utara`: the address answers, not the story). A
        name after the comma that the text does not place itself is no address but the next of a
        list (`di Rathedaung, Maungdaw, dan Buthidaung`)."""
        if odds >= INDONESIAN_LOOKING or any(NOT_A_NAME.search(w) for w in e.canonical.split()):
            return False
        norm = self.article.norm
        placed = site
        for m in e.mentions:
            after = readings.get(index[m.end + 2]) if norm.startswith(", ", m.end) and m.end + 2 in index else None
            if after is not None and after.country and after.how in EVIDENCE:
                return False
            placed = placed or bool(words().locative_re.search(norm, max(0, m.start - 30), m.start))
        return placed

    def desk_abroad(self, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The country abroad a home desk's story is about: under a home dateline (`Jakarta, CNN
        Indonesia --`) the story's own text names no place at home, and one country abroad leads
        its mentions, towns and countries alike, by two to one at least (`Myanmar` six times,
        `Bangladesh` once, `Rathedaung` and `Maungdaw` no list knows)."""
        if self.dateline_country != HOME:
            return None
        counts: Counter[str] = Counter(
            r.country for r in self._story_readings(readings, index) if r.feature not in ("continent", "region")
        )
        if counts[HOME] or not counts:
            return None
        (cc, n), *rest = counts.most_common(2)
        return cc if n >= 2 and (not rest or n >= 2 * rest[0][1]) else None

    def _desk_abroad_of(
        self,
        e: Entity,
        odds: float,
        cc: str | None,
        readings: dict[int, Reading],
        index: dict[int, int],
        site: bool = False,
    ) -> str | None:
        """desk_abroad for a name that may lie abroad (_placed_abroad), in a story whose clear
        country ``cc`` is the home desk's: one check for the fallback's sites and bare names."""
        if cc != HOME or not self._placed_abroad(e, odds, readings, index, site):
            return None
        return self.desk_abroad(readings, index)

    def towns_abroad(self, readings: dict[int, Reading], index: dict[int, int]) -> str | None:
        """The one country abroad of all the story's towns and sites (story_towns), when it names
        none at home: a Jakarta desk's story about Turin and Piazza San Carlo, or one that names
        London and a list of countries, then Bieber at O2 Arena."""
        found = self.story_towns(readings, index)
        return next(iter(found)) if len(found) == 1 and HOME not in found else None

    def _abroad_in_passing(self, readings: dict[int, Reading], index: dict[int, int]) -> bool:
        """The story names no town or site abroad and one country abroad at most: a country named in
        passing says nothing of where its sites are (envoys of three countries may meet anywhere)."""
        return len(set(self.context_countries) - {HOME}) <= 1 and not self.story_towns(readings, index) - {HOME}

    def _story_abroad(
        self, cc: str | None, key: str, readings: dict[int, Reading], index: dict[int, int]
    ) -> str | None:
        """The country abroad of a site no list knows from the story's towns (towns_abroad): in a
        story with no clear country, or, when its name reads foreign, one that only a home
        dateline gives (the desk's seat)."""
        if cc is None or (cc == HOME and self.dateline_country == HOME and reads_foreign_name(key)):
            far = self.towns_abroad(readings, index)
            self.bodies_abroad()  # fills _bodies_abroad, the countries abroad the bodies are named after
            # bodies named after another country (`Bayern` beside `Real Madrid`): the visiting side's
            # town says nothing of the venue
            return far if far and not set(self._bodies_abroad or ()) - {far} else None
        return None

    def at_home(self) -> bool:
        """The story's places lie at home: its clear country is Indonesia and no country abroad is
        named more often (a Jakarta desk's story about Cambodia is no story at home)."""
        return self.dominant_country() == HOME and self._home_leads()

    def _home_leads(self) -> bool:
        """No place abroad named, or Indonesia named at least as often as any other country."""
        if not self.context_countries:
            return True
        top = max(self.context_countries.values())
        return self.context_countries[HOME] >= top

    def agrees(self, r: Reading) -> bool:
        """A weak reading's country is the story's: a village at home in a story led by Indonesian
        places (or in a province it names), a town abroad in a country the story names."""
        if r.province and self.context_provinces[r.province] > 0:
            return True
        if r.country == HOME:
            return self.dateline_country in (None, HOME) and self._home_leads()
        return bool(r.country) and (self.context_countries[r.country] > 0 or r.country == self.dateline_country)

    def local_lookalike(self, r: Reading, keys: list[str], own: Counter) -> bool:
        """`Siuri` is a town in India and a village on Lake Poso: a small town abroad, in a country
        the story names nowhere else, read in a story at home whose name reads Indonesian is the
        Indonesian place a town list does not know."""
        p = r.place
        if p is None or r.country in (None, HOME) or p.feature != "city" or p.population >= PROMINENT_CITY:
            return False
        # small towns abroad do not vouch for each other (`Bada`, `Siuri`: both villages of Poso)
        support = self.context_countries[r.country] - self.small_abroad[r.country]
        if support > 0 or r.country == self.dateline_country or not (self.context_countries - own)[HOME]:
            return False
        return (
            self.dateline_country in (None, HOME) and self._home_leads() and indonesian_odds(keys[0]) >= LOCAL_LOOKING
        )
