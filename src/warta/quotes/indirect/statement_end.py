"""Where a statement ends: the sentences it runs on into (a fragment that cannot stand alone, a
correlative's second half, the learned run-on of :mod:`warta.quotes.runon`, a paragraph that still
speaks for the speaker) and the writer's signs that stop it."""

from __future__ import annotations

from bisect import bisect_left

from warta.quotes import runon
from warta.quotes.attribution import cue_of, is_pronoun
from warta.quotes.indirect.active import _open_correlative
from warta.quotes.indirect.start import _trim_end
from warta.quotes.indirect.words import (
    BACKGROUND_OPENERS,
    CAUSAL_OPENERS,
    CONSEQUENCE_OPENERS,
    CORRELATIVE_CONTRASTS,
    DEMONSTRATIVE_TIME_HEADS,
    DEPENDENT_OPENERS,
    ENUMERATION_OPENERS,
    LINKING_OPENERS,
    LIST_INTROS,
    MAX_RUN_ON,
    MAX_TAIL,
    MIN_WORDS,
    PLACE_PREPOSITIONS,
    POINTING_OPENERS,
    POINTING_WRITER_VERBS,
    POSSIBILITY_WORDS,
    PURPOSE_WORDS,
    SPEAKER_VOICE,
    THIRD_PERSON,
    WRITER_OPENERS,
)
from warta.quotes.lexicon import lexicon
from warta.quotes.text import DEMONSTRATIVES, FRAGMENT_STARTS, Candidate, Layout, Word, is_cap, words


def _continues(norm: str, ns: int, ne: int) -> bool:
    """A sentence that cannot stand alone after reported content: a verbless fragment
    (`Termasuk soal ijazah …`) or a clause opened by a dependent connective (`Sebab, …`,
    `Sedangkan …`, `Sementara personel TNI …`) that carries no attribution of its own."""
    ws = words(norm, ns, ne)
    if not ws or any(ch in norm[ns:ne] for ch in '"“”'):
        return False  # (`"Terutama warga …," katanya.`: a quotation of its own, not a fragment)
    if norm[ns:ne].rstrip().endswith("?"):
        return False  # `Di mana letak kesalahannya?`: the convention leaves a question to the writer
    first = ws[0].low
    if first in FRAGMENT_STARTS:
        return True
    consequence = False
    if not _speaker_voice(ws):
        if first in ENUMERATION_OPENERS or _points_back(norm, ws):
            if first in ENUMERATION_OPENERS and "," not in norm[ws[0].end : ws[0].end + 2]:
                return False  # `Pertama kali …` is no list item
        elif " ".join(w.low for w in ws[:2]) in DEPENDENT_OPENERS or (consequence := _consequence(norm, ws)):
            pass  # `Salah satunya …`, `Di antaranya, …`, `Dengan demikian, …`
        elif first not in DEPENDENT_OPENERS or (
            len(ws) > 1 and ws[1].low in DEMONSTRATIVES and "," not in norm[ws[0].end : ws[1].start]
        ):
            return False  # (`Sementara itu, …` turns away; `Padahal, itu semua …` goes on)
        # (`Karena itu, …` has its comma after `itu`: a consequence opener, not `Karena` alone)
        if first in CAUSAL_OPENERS and not consequence and "," not in norm[ws[0].end : ws[0].end + 2]:
            return False  # `Sebab, …` links back; `Sebab pada dasarnya …` may be the writer's own
    return not any(cue_of(w) is not None or w.low in lexicon().according for w in ws[1:])


def _consequence(norm: str, ws: list[Word]) -> bool:
    """`… sudah selesai. Dengan begitu, anggaran …`, `Untuk itu, pihaknya …`: an opener that draws
    the consequence of what was just said, set off by its comma, goes on with the statement (the
    convention counts consequences as the source's content); without the comma (`Dengan demikian
    mendatangkan …`) the phrase may open the writer's own sentence."""
    for n in (2, 3):
        if len(ws) > n and " ".join(w.low for w in ws[:n]) in CONSEQUENCE_OPENERS:
            return norm[ws[n - 1].end : ws[n - 1].end + 1] == "," and ws[n].low not in THIRD_PERSON
    return False


def _speaker_voice(ws: list[Word]) -> bool:
    """`… kepentingan umum. Sistem informasi perlu didukung …`, `… Untuk itu, pihaknya …`: an
    obligation, or the speaker named as reported speech names them (`pihaknya`), carries the
    speaker's view on; a sentence about the speaker (`Ia …`) is the writer's again."""
    if ws[0].low in THIRD_PERSON:
        return False
    return any(w.low in SPEAKER_VOICE for w in ws)


def _points_back(norm: str, ws: list[Word]) -> bool:
    """`Hal ini berarti …`: the sentence spells out what the reported content means. (Other
    verbs after `Hal itu` — `berlaku`, `dilakukan`, `mengakibatkan` — as often open the
    writer's own sentence, so only `berarti` links back.)"""
    if len(ws) < 4 or ws[0].low not in POINTING_OPENERS or ws[1].low not in DEMONSTRATIVES:
        return False
    return not norm[ws[1].end : ws[2].start].strip() and ws[2].low == "berarti"


def _extend_fragments(norm: str, layout: Layout, found: list[Candidate]) -> list[Candidate]:
    """`Deddy menilai … informasi. Termasuk soal ijazah pejabat …` / `… penutupan jalan. Sebab,
    perlintasan …`: a sentence that cannot stand alone right after reported content continues it."""
    sents = layout.sentences
    sent_starts = layout.sentence_starts
    found_starts = sorted(d.start for d in found)
    learned = runon.model()
    dateline = runon.has_dateline(norm) if learned is not None or runon.RECORD is not None else False
    for c in found:
        base_end = c.end
        k = first = _open_sentence(sents, sent_starts, c.end)
        # `… Sebab, … Sedangkan …`: each following sentence that cannot stand alone joins it
        for _ in range(MAX_RUN_ON):
            if k >= len(sents) or k + 1 >= len(sents) or sents[k + 1][2] != sents[k][2]:
                break
            ns, ne, _ = sents[k + 1]
            j = bisect_left(found_starts, ns)
            if not _continues(norm, ns, ne) or (j < len(found_starts) and found_starts[j] < ne):
                break
            c.pieces[-1] = (c.pieces[-1][0], _trim_end(norm, ns, ne))
            k += 1
        _run_to_paragraph_end(norm, sents, k, c, found_starts)
        if learned is not None or runon.RECORD is not None:
            _learned_run_on(norm, sents, c, first, base_end, found_starts, learned, dateline)
        _complete_correlative(norm, sents, sent_starts, c, found_starts)
    return found


def _complete_correlative(
    norm: str, sents: list[tuple[int, int, int]], sent_starts: list[int], c: Candidate, starts: list[int]
) -> None:
    """`… menjelaskan pemangkasan BI-Rate tidak hanya menandai era suku bunga rendah. Tetapi juga
    diharapkan dapat mendorong …`, `Liwei mengaku, tidak hanya dirinya yang mendengar suara aneh
    tersebut. Namun, beberapa kru … juga mendengar.`: a statement that holds the first half of `tidak
    hanya … tetapi juga …` is not complete; the next sentence of its paragraph opened by the
    contrast that answers it goes on with it (the run-on convention: a sentence that cannot stand
    alone), whatever verbs it holds (`mendorong pertumbuhan`), unless it quotes or another
    statement starts in it."""
    s, e = c.pieces[-1]
    k = _open_sentence(sents, sent_starts, e)
    if k + 1 >= len(sents) or sents[k + 1][2] != sents[k][2] or norm[e : sents[k][1]].strip(' .,;"”'):
        return
    if not _open_correlative(words(norm, s, e)):
        return
    ns, ne, _ = sents[k + 1]
    ws = words(norm, ns, ne)
    j = bisect_left(starts, ns)
    if (
        not ws
        or ws[0].low.rstrip(",") not in CORRELATIVE_CONTRASTS
        or j < len(starts)
        and starts[j] < ne
        or any(ch in norm[ns:ne] for ch in '"“”?')
        or any(w.low in lexicon().according for w in ws)
    ):
        return
    c.pieces[-1] = (s, _trim_end(norm, ns, ne))


def _open_sentence(sents: list[tuple[int, int, int]], sent_starts: list[int], end: int) -> int:
    """The index of the sentence that holds offset ``end`` (len(sents) when none does); sentences
    are in order and do not overlap."""
    k = max(0, bisect_left(sent_starts, end) - 1)
    while k < len(sents) and not (sents[k][0] <= end <= sents[k][1]):
        if sents[k][0] > end:
            return len(sents)
        k += 1
    return k


def _cueless(norm: str, ns: int, ne: int, starts: list[int]) -> bool:
    """A sentence with no cue, `menurut`, quotation mark or statement of its own."""
    j = bisect_left(starts, ns)
    if j < len(starts) and starts[j] < ne or any(ch in norm[ns:ne] for ch in '"“”'):
        return False
    ws = words(norm, ns, ne)
    lex = lexicon()
    return bool(ws) and not any(_attributes(ws, k) or w.low in lex.according for k, w in enumerate(ws))


def _learned_run_on(
    norm: str,
    sents: list[tuple[int, int, int]],
    c: Candidate,
    k: int,
    base_end: int,
    starts: list[int],
    learned: runon.Model | None,
    dateline: bool,
) -> None:
    """The learned decision (:mod:`.runon`): from the statement's own sentence, each following
    cue-less sentence of the paragraph continues it or stops it; the rules' decision (``c.end``
    as they left it) is one feature. Without a model, only records the decisions (training).
    ``k`` is the sentence holding ``base_end``, the statement's end before any run-on."""
    rule_end = c.end
    if k >= len(sents) or norm[base_end : sents[k][1]].strip(' .,;"”'):
        return  # the statement stops inside its sentence: nothing to run on
    para = sents[k][2]
    names = _speaker_names(norm, c)
    said = {w.low.strip(".,") for s, e in c.pieces for w in words(norm, s, e)}
    end = base_end
    openers = _OPENERS
    for step in range(MAX_RUN_ON + MAX_TAIL):
        if k + 1 >= len(sents) or sents[k + 1][2] != para:
            break
        ns, ne, _ = sents[k + 1]
        taken = _trim_end(norm, ns, ne) <= rule_end
        if not (taken or _cueless(norm, ns, ne, starts)):
            break
        after = sents[k + 2] if k + 2 < len(sents) and sents[k + 2][2] == para else None
        ws = words(norm, ns, ne)
        x = runon.features(
            ws,
            norm[ns:ne],
            rule_takes=taken,
            step=step,
            quote_words=len(words(norm, c.start, end)),
            said=said,
            speaker_names=names,
            named_speaker=c.speaker_span is not None,
            menurut=(c.cue_lemma or "").lower() == "menurut",
            next_attributed=after is not None and not _cueless(norm, after[0], after[1], starts),
            para_end=after is None,
            dateline=dateline,
            openers=openers,
        )
        if runon.RECORD is not None:
            runon.RECORD.append({"quote": norm[c.start : end], "next": norm[ns:ne], "x": x, "step": step})
        if learned is None:
            if not taken:
                break
        elif not learned.continues(x) or not (
            taken or _declarative(norm, ns, ne) and ws[0].low not in BACKGROUND_OPENERS
        ):
            break
        end = _trim_end(norm, ns, ne)
        k += 1
    if learned is not None:
        c.pieces[-1] = (c.pieces[-1][0], end)


def _declarative(norm: str, ns: int, ne: int) -> bool:
    """A sentence ending in a full stop; a question (`Namun, benarkah demikian?`), a line that
    announces a list (`Berikut masing-masing caranya`) or a bracketed credit is the writer's,
    whatever the model says of it."""
    return norm[ns:ne].rstrip(" \"”'").endswith(".")


_OPENERS = {
    "connective": LINKING_OPENERS | DEPENDENT_OPENERS | FRAGMENT_STARTS,
    "third_person": THIRD_PERSON,
    "pointing": POINTING_OPENERS,
    "speaker_voice": SPEAKER_VOICE,
    "lists": LIST_INTROS | ENUMERATION_OPENERS,
}


def _run_to_paragraph_end(
    norm: str, sents: list[tuple[int, int, int]], k: int, c: Candidate, starts: list[int]
) -> None:
    """`Rosmauli menjelaskan target … tahun 2024. Pada pelaporan SPT Tahun 2024 yang masuk …`: a
    reported statement that fills its sentence, followed to the end of its paragraph by at most
    MAX_TAIL sentences with no attribution, quote or question of their own, none in the writer's
    voice (an opener of background or scene, a sentence about the speaker by name or pronoun),
    runs on to the paragraph's end: a paragraph of news reports one source's statement."""
    if k >= len(sents) or norm[c.end : sents[k][1]].strip(" .,;") or c.speaker_span is None and c.pronoun is None:
        return
    para = sents[k][2]
    tail = []
    for ns, ne, p in sents[k + 1 :]:
        if p != para:
            break
        tail.append((ns, ne))
    if not tail or len(tail) > MAX_TAIL:
        return
    j = bisect_left(starts, tail[0][0])
    if j < len(starts) and starts[j] < tail[-1][1]:
        return  # another statement starts in it
    names = _speaker_names(norm, c)
    said = {w.low.strip(".,") for s, e in c.pieces for w in words(norm, s, e)}
    for ns, ne in tail:
        ws = words(norm, ns, ne)
        if len(ws) < MIN_WORDS or not _speaks_on(norm, ws, ns, ne, names, said):
            return
    c.pieces[-1] = (c.pieces[-1][0], _trim_end(norm, tail[-1][0], tail[-1][1]))


def _speaker_names(norm: str, c: Candidate) -> frozenset[str]:
    """The capitalised words naming the speaker (`Rosmauli`, `Dwi`, `Astuti`): a sentence that
    names them again is about the speaker, in the writer's voice."""
    if c.speaker_span is None:
        return frozenset()
    return frozenset(w.low for w in words(norm, *c.speaker_span) if is_cap(w.text) and len(w.low) > 2)


def _speaks_on(norm: str, ws: list[Word], ns: int, ne: int, names: frozenset[str], said: set[str]) -> bool:
    """Whether a sentence after reported content may be the speaker's still (no writer's sign)."""
    text = norm[ns:ne]
    if any(ch in text for ch in '"“”?:') or ws[0].low in WRITER_OPENERS or ws[0].low in LIST_INTROS:
        return False
    if any(w.low.strip(".,") in THIRD_PERSON for w in ws):
        return False
    if any(
        is_cap(w.text) and w.low.strip(".,") in names and not (k and ws[k - 1].low in PLACE_PREPOSITIONS)
        for k, w in enumerate(ws)
    ):
        return False  # the speaker named again (not `… di Jatim`: the place in a title like `Kejati Jatim`)
    lex = lexicon()
    if any(_attributes(ws, k) or w.low in lex.according for k, w in enumerate(ws)):
        return False
    return _linked(ws) or _names_it_again(ws, said)


def _attributes(ws: list[Word], k: int) -> bool:
    """Whether word ``k`` is a verb of saying that attributes the sentence: a bare form used only
    after a quote (`jelas`, `lanjut`, `tegas`) does so only before its speaker (`kata Budi`,
    `jelas dia`), not as the adjective or noun it also is (`tindak lanjut`, `sudah jelas`)."""
    cn = cue_of(ws[k])
    if cn is None:
        return False
    cue, clitic = cn
    if clitic or cue.uses != frozenset(("post",)):
        return True
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    return nxt is not None and (is_cap(nxt.text) or is_pronoun(nxt.text) is not None)


def _names_it_again(ws: list[Word], said: set[str]) -> bool:
    """`… kenaikan pendapatan guru … Kenaikan ini dapat diperoleh jika …`: the sentence's subject
    is a noun of the statement taken up again with a demonstrative, and what it says of it is a
    possibility, a condition or a purpose (`Perubahan itu dilakukan untuk …`), the speaker's
    reasoning going on (`Gedung tersebut direnovasi dua tahun lalu` reports a fact: the writer's).
    A name before the demonstrative (`Real Madrid saat ini …`) or a time word (`saat ini`) makes
    no noun taken up again."""
    for k in range(1, min(len(ws), 4)):
        if ws[k].low.rstrip(",") in DEMONSTRATIVES:
            head = ws[0].low
            if not (k + 1 < len(ws) and head.isalpha() and head not in POINTING_OPENERS and head in said):
                return False
            if any(is_cap(w.text) for w in ws[1:k]) or ws[k - 1].low in DEMONSTRATIVE_TIME_HEADS:
                return False
            return any(w.low in POSSIBILITY_WORDS or w.low in PURPOSE_WORDS for w in ws[k + 1 :])
    return False


def _linked(ws: list[Word]) -> bool:
    """`Namun, …`, `Pasalnya …`, `Hal itu …`, `… pihaknya …`: a sentence tied to the content
    before it by its opener, by pointing back at it, or by naming the speaker as reported speech
    does; a sentence with a fresh subject of its own (`Polri melarang …`) is the writer's."""
    first = ws[0].low.rstrip(",")
    if first in LINKING_OPENERS or (first == "oleh" and len(ws) > 2 and ws[1].low == "karena"):
        return True
    if first in POINTING_OPENERS and len(ws) > 2 and ws[1].low.rstrip(",") in DEMONSTRATIVES:
        return ws[2].low not in POINTING_WRITER_VERBS  # `Hal itu dilakukan …`: the writer's account
    return any(w.low.rstrip(".,") in SPEAKER_VOICE or w.low.rstrip(".,") == "pihaknya" for w in ws)
