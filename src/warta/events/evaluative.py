"""Evaluative speech with no lexicon word (issue #12), read from the quotes layer's quotes after the
rules and the chooser, in sentences holding no event yet; the actor is the quote's speaker (an entity).

- *a judgement*: one named person or organisation other than the speaker in the quoted sentence, its
  mention not after a preposition, followed (past `adalah`, `sosok`, `yang`, `sangat` …) by a polar
  InSet word (``warta.tone``, weight 3 or more either way; not a me-/di- verb, which tells an act),
  in a sentence with a verb of judging (`menilai`, `menurut`, the quote's own cue) or in a copula
  (`Alves adalah sosok pemain yang idiot`): SUPPORT if positive, DISAPPROVE if negative, recipient
  the party. No negator before any polar word, no mixed polarity.
- *the speaker's feeling*: `saya`/`kami` (`sangat`, `tidak` …) + a polar word (weight 2 or more) +
  (`pada`/`dengan` …) + a named party right after it (`Saya sangat suka Gaga`, `Aku mencintai Chyna`).
- *a denial*: a bare `Tidak benar`/`Tidak pernah` answer, `kami (tegaskan bahwa …) tidak/belum
  pernah` + an act verb, `tuduhan yang tidak benar` — only in a story that tells of an accusation
  (`tuduh`, `tuding`, `fitnah`, `dakwa`, `bantah` …): REJECT, no recipient.

Never in a question, nor with a hedge (`jika`, `akan`, `bisa`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, partial

from warta.document.model import Article, Event, Mention, Speaker
from warta.events.lexicon import grouped_alternation
from warta.resources import word_lists

STRONG = 3.0
_WORD = re.compile(r"\w+(?:-\w+)*")


@cache
def _w() -> dict[str, frozenset[str]]:
    """The word lists of ``data/evaluative_words.json``."""
    return word_lists("warta.events", "evaluative_words.json")


def judgements(article: Article, out: list[Event]) -> list[Event]:
    from warta.tone import lexicon

    lex = lexicon().singles
    taken = {e.sentence for e in out}
    found: list[Event] = []
    accused: bool | None = None  # read once, when a denial is first seen
    sents = article.sentences
    ends = [s.end for s in sents]
    for qi, q in enumerate(article.quotes or []):
        sp = q.speaker
        if sp is None or sp.entity is None:
            continue
        judged = _judging_cue(q)
        first = bisect_right(ends, q.start)
        addressee = partial(_addressee, article, q, first, sp.entity)  # asked only when `Anda`/`beliau` needs it
        for si in range(first, len(sents)):
            s = sents[si]
            if s.start >= q.end:
                break
            if si in taken:
                continue
            lo, hi = max(s.start, q.start), min(s.end, q.end)
            text = article.norm[lo:hi]
            if "?" in text:
                continue
            lowered = text.lower()
            if not judged and not _gate().search(lowered):
                continue  # no word any of the shapes needs: most quoted sentences
            ms = list(_WORD.finditer(text))
            low = [m.group().lower() for m in ms]
            words = set(low)
            if words & _w()["hedges"]:
                continue
            deny = _denial(low, text, q.kind == "indirect") if words & _w()["denial_words"] else None
            if deny is not None and accused is None:
                norm = article.norm.lower()
                accused = any(w in norm for w in _w()["accusation_stems"])
            if deny is not None and accused:
                last = ms[_denial_last(low, deny)]
                found.append(_event(article, si, s, lo, ms[deny], 0.0, sp, qi, None, None, "REJECT", last))
                taken.add(si)
                continue
            feel = _feeling(article, lex, ms, low, lo, sp.entity, addressee) if words & _w()["speaker_selves"] else None
            if feel is not None:
                i, v, ei, m = feel
                found.append(_event(article, si, s, lo, ms[i], v, sp, qi, ei, m))
                taken.add(si)
                continue
            opened = _judged_opening(article, q, lo, ms, low, sp.entity) if lo == q.start else None
            if opened is not None:  # `menilai Purbaya sebagai sosok berintegritas`
                i, v, ei, m = opened
                found.append(_event(article, si, s, lo, ms[i], v, sp, qi, ei, m))
                taken.add(si)
                continue
            subj = _subject_judged(article, q, lo, ms, low, sp.entity, addressee)
            if subj is not None:  # `Beliau itu orang yang tulus`, `Pernyataan Puan … sudah tepat`
                i, v, ei, m = subj
                found.append(_event(article, si, s, lo, ms[i], v, sp, qi, ei, m))
                taken.add(si)
                continue
            cued = judged or bool(words & _w()["judging"])
            if not cued and not words & _w()["copulas"]:
                continue
            hits = []
            for i, w in enumerate(low):
                v = lex.get(w)
                if v is None or abs(v) < STRONG or w.startswith(("me", "di")):
                    continue  # `Betty menolak …`: a verb tells an act, not a judgement of the one doing it
                if any(x in _w()["negators"] for x in low[max(0, i - 3) : i]):
                    hits = []
                    break
                hits.append((i, v))
            if not hits or len({v > 0 for _i, v in hits}) > 1:
                continue
            parties = []
            for ei, ent in enumerate(article.entities):
                if ei == sp.entity or ent.label not in ("PER", "ORG"):
                    continue
                for m in ent.mentions:
                    if lo <= m.start and m.end <= hi:
                        parties.append((m.start, ei, m))
                        break
            if len({p[1] for p in parties}) != 1:
                continue
            _s, ei, m = min(parties)
            after = [k for k, x in enumerate(ms) if lo + x.start() >= m.end]
            before = [k for k, x in enumerate(ms) if lo + x.end() <= m.start]
            if not after or (before and low[before[-1]] in _w()["prepositions"]):
                continue  # `datang ke Dave, ambil gitar`: the party is no subject judged
            j = after[0]
            while j < len(low) and low[j] in _w()["links"]:
                j += 1
            copula = j >= 2 and low[j - 1] == "yang" and any(w in _w()["copulas"] for w in low[after[0] : j])
            if not (cued or copula):
                continue  # `Dani Alves adalah orang yang idiot`: a judgement in a copula, else a verb of judging
            pick = [
                (i, v) for i, v in hits if i == j and (i + 1 >= len(low) or low[i + 1] not in _w()["counted_after"])
            ]
            if not pick:
                continue
            i, v = pick[0]
            found.append(_event(article, si, s, lo, ms[i], v, sp, qi, ei, m))
            taken.add(si)
    return found


def untrue_accusations(article: Article, out: list[Event]) -> None:
    """An accusation said untrue is denied, not levelled (`tuduhan yang ditujukan kepada kliennya adalah
    tidak benar`, `menyebut tuduhan … merupakan tidak berdasar`): the lexicon's DISAPPROVE on the
    accusation noun becomes REJECT on its untruth, with no recipient (the accused is the one denying
    or the one defended)."""
    for ev in out:
        if ev.type != "DISAPPROVE" or ev.trigger.lower() not in _w()["accusation_nouns"]:
            continue
        lo = ev.trigger_start
        text = article.norm[lo : ev.end]
        ms = list(_WORD.finditer(text))
        low = [m.group().lower() for m in ms]
        k = _untrue_claim(low)
        if k is None or "?" in text or set(low) & _w()["hedges"]:
            continue
        last = ms[_denial_last(low, k)]
        ev.type, ev.mode, ev.recipient = "REJECT", "denial", None
        ev.trigger_start, ev.trigger_end = lo + ms[k].start(), lo + last.end()
        ev.trigger = article.norm[ev.trigger_start : ev.trigger_end]


def _judged_opening(article: Article, q, lo: int, ms: list, low: list[str], speaker: int | None):
    """`X menilai Purbaya sebagai sosok berintegritas`, `menilai langkah Menkeu Purbaya … menunjukkan
    profesionalisme`, `menilai pelatih Persib Bojan Hodak tidak mampu …`: reported content of a verb of
    judging (not of saying) that opens with a noun phrase ending in a named person or body (past an
    act of theirs or a title: `langkah`, `instruksi dari`, `pelatih Persib`) and calls it, in the same
    clause, by a word of praise or fault (``praise_words``, ``fault_words``: InSet lacks most of them);
    a negator just before turns it. (word index, polarity, entity, mention) or None."""
    if q.kind != "indirect" or (q.cue or "").lower() not in _w()["judging_verbs"]:
        return None
    end = _opening_phrase(ms)
    if end is None:
        return None
    stop = lo + ms[end - 1].end()
    party = next(((ei, m) for ei, m in _party_mentions(article, speaker) if lo <= m.start and m.end == stop), None)
    if party is None:
        return None  # the phrase does not end in a name: `proses itu`, `keputusan wasit`
    ei, m = party
    for i in range(end, len(ms)):
        if any(c in ",.;:" for c in article.norm[m.end : lo + ms[i].start()]):
            return None  # the clause of the party is over
        v = STRONG if low[i] in _w()["praise_words"] else -STRONG if low[i] in _w()["fault_words"] else 0.0
        if v:
            turned = any(w in _w()["negators"] for w in low[max(0, i - 3) : i])
            return i, -v if turned else v, ei, m
    return None


def _subject_judged(article: Article, q, lo: int, ms: list, low: list[str], speaker: int | None, addressee):
    """A quoted clause whose subject is another party and whose predicate praises or faults it:
    `Pernyataan Ketua DPR Puan Maharani … sudah tepat`, `Beliau itu orang yang tulus`, `Menurut
    saya, Puan sangat tegas`. Each clause of the sentence is read (``_clause_judged``). (word index, polarity, entity, mention) or None."""
    starts = [0] + [
        i for i in range(1, len(ms)) if any(c in ",;" for c in article.norm[lo + ms[i - 1].end() : lo + ms[i].start()])
    ]
    for k in starts:
        got = _clause_judged(article, q, lo, ms, low, k, speaker, addressee)
        if got is not None:
            return got
    return None


def _clause_judged(article: Article, q, lo: int, ms: list, low: list[str], k: int, speaker: int | None, addressee):
    """The clause opened at word ``k`` judges a party. Its subject is a named person or body opening
    it (past a discourse word, `Justru`; past the speaker's own view, `saya lihat`; past a few words of
    what is theirs, `Pernyataan Ketua DPR`), or, in a direct quote, `beliau`/`dia`/`ia`/`Anda` opening
    it, read as the party named last before it in the sentence, else the last person named before
    the quote, not the speaker (in reported speech those pronouns are the speaker). The predicate is a word of praise or fault
    (``praise_words``, ``fault_words``) in the same clause with no act verb, modal or embedded clause
    before it (a verb of showing may stand between); a negator just before turns it."""
    k = _subject_start(low, k)
    if k >= len(low):
        return None
    party = _named_subject(article, lo, ms, low, k, speaker)
    if party is None and q.kind != "indirect" and _pronoun_subject(low[k]):
        party = _named_before(article, lo, lo + ms[k].start(), speaker) or addressee()
        end = k + 1
    elif party is not None:
        ei, m, end = party
        party = (ei, m)
    if party is None or _own_body(article, speaker, party[0]):
        return None
    ei, m = party
    for i in range(end, min(len(ms), end + _PREDICATE_REACH)):
        if any(c in ",;:" for c in article.norm[lo + ms[i - 1].end() : lo + ms[i].start()]):
            return None  # the clause of the subject is over
        w = low[i]
        v = STRONG if w in _w()["praise_words"] else -STRONG if w in _w()["fault_words"] else 0.0
        if v and not _no_judgement(low, i, article.entities[ei].label):
            turned = any(x in _w()["negators"] for x in low[max(end, i - 3) : i])
            return i, -v if turned else v, ei, m
        if w in _w()["embedding"] or w in _w()["modals"]:
            return None  # `tahu siapa yang tepat`, `harus lebih bijak`: no judgement of the subject told
        if w.startswith(("me", "di")) and w not in _w()["showing_verbs"]:
            return None  # `Puan mengkritik pemerintah yang gagal`: an act, the judgement is of another
    return None


def _subject_start(low: list[str], k: int) -> int:
    """The first word of a clause's subject: past discourse words (`Justru`, `Namun`) and the
    speaker's own view (`saya lihat`, `kami yakin`)."""
    j = k
    while j < len(low) and j - k < _OPENERS and low[j] in _w()["clause_openers"]:
        j += 1
    if j + 1 < len(low) and low[j] in _w()["speaker_selves"] and low[j + 1] in _w()["self_views"]:
        j += 2
    return j


_OPENERS = 2  # discourse words before a judged subject (`Justru`, `Namun`)
_PREDICATE_REACH = 12  # words from the subject to its word of praise or fault
_SUBJECT_LEAD = 4  # words of what is the party's before its name (`Pernyataan Ketua DPR RI`)
_LAST_PERSON = 3  # sentences back where `beliau` of a direct quote finds the one it stands for


def _no_judgement(low: list[str], i: int, label: str) -> bool:
    """The word at ``i`` judges no party: `salah satu` (a count), `tepat waktu` (an idiom); an ability (`mampu`, `berhasil`) of
    what is no person (`alat ini mampu mendeteksi`) or of one acted on (`berhasil dijual`)."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt in _w()["counted_after"]:
        return True
    return low[i] in _w()["ability_words"] and (label != "PER" or nxt.startswith("di"))


def _pronoun_subject(w: str) -> bool:
    """`beliau`, `dia`, `ia`, `Anda` (not a possessive `-nya`: `komunikasinya kurang bagus` is as
    often a suspect's or a country's as the one judged)."""
    return w in _w()["third_persons"] or w in _w()["second_persons"]


def _named_subject(article: Article, lo: int, ms: list, low: list[str], k: int, speaker: int | None):
    """The first named person or body of the clause opened at word ``k``, when only a few words of
    what is theirs stand before it (no verb, no preposition, no comma): (entity, mention, end)."""
    first, limit = lo + ms[k].start(), lo + ms[min(len(ms) - 1, k + _SUBJECT_LEAD)].start()
    best = min(
        ((ei, m) for ei, m in _party_mentions(article, speaker) if first <= m.start <= limit),
        key=lambda p: p[1].start,
        default=None,
    )
    if best is None:
        return None
    ei, m = best
    before = [x for x in range(k, len(ms)) if lo + ms[x].end() <= m.start]
    if any(low[x] in _w()["prepositions"] or low[x].startswith(("me", "di", "ber")) for x in before):
        return None  # `dengan Puan`, `mengkritik Puan`: the party is no subject
    if any(c in ',;:"“”' for c in article.norm[lo + ms[k].start() : m.start]):
        return None
    end = next((x for x in range(len(ms)) if lo + ms[x].start() >= m.end), len(ms))
    return ei, m, end


def _named_before(article: Article, lo: int, at: int, speaker: int | None):
    """The person or body named last in the quoted sentence before ``at``, not the speaker: the one
    a later clause's `ia` stands for (`Nolan memilih Harry …, dan saya rasa ia berbakat`)."""
    inside = ((ei, m) for ei, m in _party_mentions(article, speaker) if lo <= m.start and m.end <= at)
    return max(inside, key=lambda p: p[1].start, default=None)


def _own_body(article: Article, speaker: int | None, ei: int) -> bool:
    """The party is a body the speaker's role names (`Presiden Direktur Danone Indonesia` on Danone):
    a body speaking of itself, no stance towards another."""
    role = (article.entities[speaker].role or "").lower() if speaker is not None else ""
    ent = article.entities[ei]
    return (
        bool(role)
        and ent.label == "ORG"
        and any(
            re.search(rf"\b{re.escape(n.lower())}\b", role) for n in {ent.canonical, *(m.text for m in ent.mentions)}
        )
    )


def _addressee(article: Article, q, first: int, speaker: int | None):
    """Who a direct quote's `beliau`, `dia` or `Anda` stands for: the last person named before the
    quote (whose first sentence is ``first``), not its speaker (``_last_person``); None in reported
    speech, where they are the speaker."""
    if q.kind == "indirect":
        return None
    return _last_person(article, first, speaker)


def _last_person(article: Article, si: int, speaker: int | None):
    """The last person named before sentence ``si`` (the quote's first; within a few sentences), not
    the speaker."""
    sents = article.sentences
    top, floor = sents[si].start, sents[max(0, si - _LAST_PERSON)].start
    before = ((ei, m) for ei, m in _party_mentions(article, speaker, ("PER",)) if floor <= m.start < top)
    return max(before, key=lambda p: p[1].start, default=None)


def _party_mentions(
    article: Article, speaker: int | None, labels: tuple[str, ...] = ("PER", "ORG")
) -> Iterator[tuple[int, Mention]]:
    """Every mention of a person or body other than the speaker, in entity order: the parties a
    quote can praise or fault (what a speaker says of itself is no stance towards another)."""
    for ei, ent in enumerate(article.entities):
        if ei != speaker and ent.label in labels:
            for m in ent.mentions:
                yield ei, m


def _opening_phrase(ms: list) -> int | None:
    """The end (word index) of the noun phrase reported content opens with: up to three lower-case
    words (an act, a title: `langkah`, `instruksi dari`, `pelatih`), then capitalised words."""
    k = 0
    while k < len(ms) and not ms[k].group()[:1].isupper():
        k += 1
    if k > _JUDGED_LEAD or k >= len(ms):
        return None
    while k < len(ms) and ms[k].group()[:1].isupper():
        k += 1
    return k


_JUDGED_LEAD = 3  # lower-case words before the judged name (`langkah`, `instruksi dari`, `pelatih`)


def _event(
    article: Article, si: int, s, lo: int, word, v: float, sp: Speaker, qi: int, ei, m, kind: str = "", last=None
) -> Event:
    ts, te = lo + word.start(), lo + (last or word).end()
    return Event(
        type=kind or ("SUPPORT" if v > 0 else "DISAPPROVE"),
        trigger=article.norm[ts:te],
        trigger_start=ts,
        trigger_end=te,
        sentence=si,
        start=s.start,
        end=s.end,
        actor=Speaker(sp.name, sp.entity, sp.start, sp.end),
        recipient=None if ei is None else Speaker(article.entities[ei].canonical, ei, m.start, m.end),
        mode="denial" if kind else "judgement",
        voice="stat",
        quote=qi,
    )


def _feeling(article: Article, lex: dict, ms: list, low: list[str], lo: int, speaker: int | None, addressee=None):
    """`Saya sangat suka Gaga`, `Saya juga tidak suka Anda`: the speaker's own feeling for a named
    party written right after it, or for `Anda`/`kamu` (``addressee()``, the one spoken to): (word
    index, polarity, entity, mention) or None."""
    for k, w in enumerate(low):
        if w not in _w()["speaker_selves"]:
            continue
        j, neg = k + 1, False
        while j < len(low) and (
            low[j] in _w()["links"] or low[j] in _w()["negators"] or low[j] in _w()["feeling_adverbs"]
        ):
            neg = neg or low[j] in _w()["negators"]
            j += 1
        v = lex.get(low[j]) if j < len(low) else None
        if v is None or abs(v) < 2:
            continue
        t = j + 1
        if t < len(low) and low[t] in _w()["feeling_to"]:
            t += 1
        if t >= len(low) or any(c in ",;:(" for c in article.norm[lo + ms[k].end() : lo + ms[t].start()]):
            continue  # `saya laporkan, IPK kita …`: the party is in another clause
        if low[t] in _w()["second_persons"] and addressee is not None:
            spoken_to = addressee()
            if spoken_to is not None:
                return j, -v if neg else v, *spoken_to
            continue
        at = lo + ms[t].start()
        named = next(((ei, m) for ei, m in _party_mentions(article, speaker) if m.start == at), None)
        if named is not None:
            return j, -v if neg else v, *named
    return None


def _denial(low: list[str], text: str = "", indirect: bool = False) -> int | None:
    """The speaker denying an act or a guilt, in a story of an accusation: the index of its
    `tidak`/`belum`, or None. `Tidak benar`, `Tidak pernah` as the whole answer or its first clause
    (`Tidak benar Yang Mulia, …`, `Saya rasa tidak ada`); `tidak benar saya melakukan …`; `Saya
    benar-benar tak bersalah`; reported with its own subject (`menegaskan bahwa pihak pondok tidak
    pernah mengajukan …`); `kami (tegaskan) tidak pernah membuat proposal`, `kami tegaskan tidak ada
    permintaan`; `tuduhan yang tidak benar`."""
    if len(low) >= 2 and low[0] in _w()["bare_negators"] and low[1] in _w()["denied_heads"] and len(low) <= 8:
        return 0
    for k in (
        _bare_answer(low, text),
        _untrue_act(low),
        _not_guilty(low),
        _reported_never(low) if indirect else _never_said(low),
        _asserted_never(low),
        _untrue_claim(low),
    ):
        if k is not None:
            return k
    return None


def _act(w: str) -> bool:
    """A me-/ber- verb that tells an act (not `merasa`, `melihat`)."""
    return w.startswith(("me", "ber")) and w not in _w()["not_acts"]


def _never_act(low: list[str], k: int) -> bool:
    """`tidak/belum pernah` + an act verb at ``k``."""
    return k + 2 < len(low) and low[k] in _w()["denial_negators"] and low[k + 1] == "pernah" and _act(low[k + 2])


def _untrue_act(low: list[str]) -> int | None:
    """`tidak benar saya melakukan pertemuan di sana`."""
    for k, w in enumerate(low[:-3]):
        if (
            w in _w()["bare_negators"]
            and low[k + 1] == "benar"
            and low[k + 2] in _w()["speaker_selves"]
            and _act(low[k + 3])
        ):
            return k
    return None


def _reported_never(low: list[str]) -> int | None:
    """Reported content whose own subject denies: `pihak pondok maupun alumni tidak pernah mengajukan`."""
    return next((k for k in range(min(len(low), _REPORTED_SUBJECT + 1)) if _never_act(low, k)), None)


def _asserted_never(low: list[str]) -> int | None:
    """`kami (tegaskan bahwa pihak pondok) tidak pernah membuat proposal`, `kami tegaskan tidak ada
    permintaan seperti itu`."""
    for k, w in enumerate(low[:-3]):
        if w not in _w()["speaker_selves"]:
            continue
        j = k + 1
        while j < len(low) and low[j] in _w()["asserting"]:
            j += 1
        asserted = j > k + 1 and low[j - 1] in _w()["assert_verbs"]
        if asserted and j < len(low) and low[j] == "bahwa":  # `kami tegaskan bahwa pihak pondok tidak pernah …`
            j = next((x for x in range(j + 1, min(len(low), j + 7)) if low[x] in _w()["denial_negators"]), j)
        if asserted and j + 2 < len(low) and low[j] in _w()["denial_negators"] and low[j + 1] == "ada":
            return j
        if _never_act(low, j):
            return j
    return None


def _untrue_claim(low: list[str]) -> int | None:
    """A claim said untrue: `tuduhan yang tidak benar`; or, as its clause's predicate, a claim or a
    report of one (`potongan video tersebut dipastikan tidak benar alias hoax`, `video … itu hoax`,
    `tuduhan … merupakan tidak berdasar`, `kliennya yang disebut … kabur tidak lah benar`). Not an
    untruth said of something described (`menyebarkan informasi yang tidak benar`)."""
    for k, w in enumerate(low):
        if w in _w()["accusation_nouns"]:
            x = k + 1
            while x < len(low) and low[x] in _w()["accusation_links"]:
                x += 1
            if x < len(low) and _untrue_at(low, x) is not None:
                return x
        if w not in _w()["claim_words"]:
            continue
        for x in range(k + 1, min(len(low), k + 1 + _CLAIM_SPAN)):
            end = _untrue_at(low, x)
            closed = end is not None and (end == len(low) or low[end] in _w()["untrue_closers"])
            if closed and low[x - 1] != "yang":
                return x
    return None


def _untrue_at(low: list[str], x: int) -> int | None:
    """The index after an untruth starting at ``x`` (`hoax`, `tidak benar`, `tidak lah benar`,
    `tidak berdasar`), or None."""
    if low[x] in _w()["untrue_words"]:
        return x + 1
    if low[x] not in _w()["bare_negators"] and low[x] != "tidaklah":
        return None
    j = x + 1 + (x + 1 < len(low) and low[x + 1] == "lah")
    return j + 1 if j < len(low) and low[j] in _w()["untrue_heads"] else None


def _denial_last(low: list[str], k: int) -> int:
    """The last word of the denial starting at ``k``: `hoax` alone, `tidak benar`, `tidak lah benar`."""
    end = _untrue_at(low, k)
    return end - 1 if end is not None else min(k + 1, len(low) - 1)


def _never_said(low: list[str]) -> int | None:
    """A quoted denial for someone else of words put in their mouth: `Faktanya, Menteri Keuangan
    tidak pernah menyatakan …` (its subject in the clause's first words)."""
    for k in range(min(len(low) - 2, _REPORTED_SUBJECT + 1)):
        if low[k] in _w()["denial_negators"] and low[k + 1] == "pernah" and low[k + 2] in _w()["saying_verbs"]:
            return k
    return None


_REPORTED_SUBJECT = 6  # words a reported denial's subject may take before `tidak pernah`
_CLAIM_SPAN = 20  # words from a claim to the untruth said of it
_SHORT_ANSWER = 4  # words of an answer's first clause that is a bare denial


def _bare_answer(low: list[str], text: str) -> int | None:
    """A short answer's first clause (up to its first comma) that ends in a flat denial: `Tidak benar
    Yang Mulia, tidak pernah …`, `Saya rasa tidak ada`; the index of its `tidak`."""
    n = len(_WORD.findall(text.split(",", 1)[0])) if text else len(low)
    if n > _SHORT_ANSWER or n < 2:
        return None
    if low[0] in _w()["bare_negators"] and low[1] in _w()["denied_heads"]:
        return 0
    if low[n - 2] in _w()["bare_negators"] and low[n - 1] in _w()["answer_heads"]:
        return n - 2
    return None


def _not_guilty(low: list[str]) -> int | None:
    """`Saya benar-benar tak bersalah`: the speaker (past `benar-benar`, `sama sekali` …) not guilty."""
    for k, w in enumerate(low[:-2]):
        if w not in _w()["speaker_selves"]:
            continue
        j = k + 1
        while j < len(low) and (low[j] in _w()["links"] or low[j] in _w()["asserting"]):
            j += 1
        if j + 1 < len(low) and low[j] in _w()["bare_negators"] and low[j + 1] in _w()["guilt_words"]:
            return j
    return None


@cache
def _gate() -> re.Pattern[str]:
    """Any word one of the shapes starts from: a verb of judging, a copula, a first person, a denial,
    a word of praise or fault."""
    vocab = sorted(
        _w()["judging"]
        | _w()["copulas"]
        | _w()["speaker_selves"]
        | _w()["denial_words"]
        | _w()["praise_words"]
        | _w()["fault_words"]
    )
    return re.compile(r"\b(?:" + grouped_alternation(vocab) + r")\b")


def _judging_cue(q) -> bool:
    """The quote's own verb of saying is one of judging (`menilai`, `menyebut`)."""
    return (q.cue_lemma or q.cue or "").lower() in _w()["judging"] or (q.cue or "").lower() in _w()["judging"]
