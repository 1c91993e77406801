"""Attributions inside or after the statement: `…, terang X, …`, `Hal tersebut kata X …`, `…, kata X.`,
`…, demikian kata X.`, `…, demikian BMKG.`, `seperti dikatakan X`, `…, media Afghanistan melaporkan.`"""

from __future__ import annotations

from warta.quotes.attribution import (
    DAY_OR_MONTH,
    NP_STOP,
    STATEMENT_MODIFIERS,
    STATEMENT_NOUNS,
    closing_via,
    cue_of,
    is_pronoun,
    medium_after,
    np_after,
    strip_connectives,
)
from warta.quotes.indirect.active import _kata_without_comma
from warta.quotes.indirect.clause import _is_clause, _Segment
from warta.quotes.indirect.start import _candidate, _trim_end
from warta.quotes.indirect.words import (
    ADJUNCT_START,
    CLAUSE_MARKERS,
    GROUP_DETERMINERS,
    INTERJECTED_CUES,
    LIST_INTROS,
    MIN_WORDS,
)
from warta.quotes.lexicon import Cue, lexicon, wordset
from warta.quotes.text import Candidate, Word, is_cap, is_verbish


def _interrupted(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Hingga saat ini, terang AHY, opsi …` / `…, disebutkan Afifuddin, dilakukan …`."""
    seg = _Segment(ws)  # a cue at every other word must not cost a pass over the rest for each
    for k, w in enumerate(ws):
        as_said = 0 < k <= 2 and ws[k - 1].low in ("seperti", "sebagaimana")  # `Sebagaimana dikatakan X, …`
        # `Lanjut Nico, dari keterangan M pihaknya …`: the inverted cue opens the sentence
        opening = k == 0 and len(ws) > 1 and (is_cap(ws[1].text) or is_pronoun(ws[1].low) is not None)
        if not opening and (
            k == 0 or ("," not in norm[ws[k - 1].end : w.start] and not as_said and not _kata_without_comma(ws, k))
        ):
            continue
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if not (cue.uses & {"post", "passive"}) or (opening and (clitic or "post" not in cue.uses)):
            continue
        if clitic:
            c = _clitic_interrupts(norm, ws, k, rs, re_, para, cue, seg)
        else:
            c = _name_interrupts(norm, ws, k, re_, para, cue, opening, seg)
        if c is not None:
            return c
    return None


def _clitic_interrupts(
    norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int, cue: Cue, seg: _Segment
) -> Candidate | None:
    """A cue with its clitic at ``ws[k]`` (`lanjutnya`, `katanya`) inside the sentence: the clause
    after it, set off by a comma after a subject, or right after a connective."""
    w = ws[k]
    ci = k + 1
    # `Klarifikasi itu, lanjutnya, disampaikan langsung ke …`: with a subject before the
    # cue, a bare predicate after it completes the clause
    if ci < len(ws) and "," in norm[w.end : ws[ci].start] and _is_clause(ws[ci:], k > 0, False, False, seg):
        c = _candidate(norm, ws, ci, re_, para, w, w.text[:-3], cue.lemma)
        c.pronoun = "any"
        c.attribution = (w.start, w.end)
        return c
    # `Namun, katanya beberapa negara belum dapat …`: only a connective before the cue,
    # then the reported clause with no comma
    led = k > 0 and strip_connectives(norm, rs, w.start) >= w.start
    if led and ci < len(ws) and _is_clause(ws[ci:], False, False, False, seg):
        c = _candidate(norm, ws, ci, re_, para, w, w.text[:-3], cue.lemma)
        c.pronoun = "any"
        c.attribution = (w.start, w.end)
        return c
    return None


def _name_interrupts(
    norm: str, ws: list[Word], k: int, re_: int, para: int, cue: Cue, opening: bool, seg: _Segment
) -> Candidate | None:
    """A cue at ``ws[k]`` then its speaker (`terang AHY,`, `kata Ade akan …`, `kata dia,`): the
    clause after the speaker, set off by a comma or opened by an auxiliary right after a name."""
    w = ws[k]
    sp = np_after(norm, ws, k + 1, max_words=7)
    if sp is None:
        return None
    # `Untuk sisanya, kata Ade akan dibahas …`: no comma after a name, but an auxiliary
    # right after it opens the reported clause
    np_ws = seg.between(sp[0], sp[1])
    aux = next((m for m in range(1, min(len(np_ws), 4)) if np_ws[m].low in CLAUSE_MARKERS), None)
    bare = aux is not None and all(is_cap(x.text) for x in np_ws[:aux])
    if bare:
        sp = (sp[0], np_ws[aux - 1].end)  # type: ignore[index]
    elif cue.lemma in INTERJECTED_CUES:
        split = _name_then_clause(norm, ws, np_ws, seg)
        if split is not None:
            sp, bare = split, True
    after = seg.tail(sp[1])
    np_text = norm[sp[0] : sp[1]]
    if not after or ("," not in norm[sp[1] : after[0].start] and (not bare or opening)):
        return None
    pron = is_pronoun(np_text)
    if not pron and not is_cap(np_text):
        return None
    enclosed = (
        cue.lemma in INTERJECTED_CUES and not bare and not opening and len(after) > MIN_WORDS and k > 0
    )  # `Saat ini, kata dia, Gunung Agung dalam status Siaga …`: set off by commas on both sides
    if not enclosed and not _is_clause(after, vp=True, directive=False, topic_check=False, seg=seg):
        return None
    ci = len(ws) - len(after)
    c = _candidate(norm, ws, ci, re_, para, w, w.text, cue.lemma)
    c.speaker_span, c.pronoun = sp, pron
    c.attribution = (w.start, sp[1])
    return c


MAX_INTERJECTED_SUBJECT = 5  # words of a short subject before an interjected cue


def _interjected(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Hal tersebut kata Argo masih menunggu …`, `Berita bohong lanjutnya justru dapat …`: a
    short subject, a verb of saying set into it with no commas (its name, or its -nya), then the
    predicate, which is the reported content."""
    s = strip_connectives(norm, rs, ws[0].start)
    lead = [x for x in ws if x.start >= s]
    if len(lead) < 4 or any(c in norm[s:re_] for c in ',;:()"'):
        return None
    for k in range(1, min(len(lead) - 2, MAX_INTERJECTED_SUBJECT + 1)):
        w = lead[k]
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if cue.lemma not in INTERJECTED_CUES or not w.text[:1].islower():
            return None
        before = lead[:k]
        if any(is_verbish(x.text) or cue_of(x) is not None or x.low in NP_STOP for x in before):
            return None
        if clitic:
            sp, ci = None, k + 1
        else:
            split = _name_then_clause(norm, lead, lead[k + 1 : k + 5])
            if split is None:
                return None
            sp = split
            ci = next(m for m, x in enumerate(lead) if x.start >= split[1])
        after = lead[ci:]
        if len(after) < MIN_WORDS or not _is_clause(before + after, vp=False, directive=False, topic_check=False):
            return None
        c = _candidate(norm, lead, ci, re_, para, w, w.text[:-3] if clitic else w.text, cue.lemma)
        c.speaker_span = sp
        c.pronoun = "any" if clitic else is_pronoun(norm[sp[0] : sp[1]])
        c.attribution = (w.start, sp[1] if sp else w.end)
        return c
    return None


def _name_then_clause(
    norm: str, ws: list[Word], np_ws: list[Word], seg: _Segment | None = None
) -> tuple[int, int] | None:
    """`Terkait jadwal itu, kata Agun pihaknya masih akan …`, `Namun, lanjut Febri siapa
    tersangka …`: a capitalised name with no comma after it, then a lower-case word opening a
    clause (a name never goes on in lower case). The name's span, or None."""
    m = next((k for k, x in enumerate(np_ws) if not is_cap(x.text)), len(np_ws))
    if not 1 <= m <= 4 or np_ws[0].low in lexicon().titles:
        return None
    name_end = np_ws[m - 1].end
    after = seg.tail(name_end) if seg is not None else [x for x in ws if x.start >= name_end]
    if len(after) < MIN_WORDS or norm[name_end : after[0].start].strip():
        return None
    first = after[0]
    if is_cap(first.text) or first.low in NP_STOP or first.low in DAY_OR_MONTH or first.low in ADJUNCT_START:
        return None
    if is_pronoun(first.low) is None and not _is_clause(after, vp=False, directive=False, seg=seg):
        return None
    return np_ws[0].start, name_end


def _statement_before(norm: str, ws: list[Word], k: int, rs: int, para: int, lists: bool = True) -> Candidate | None:
    """The unquoted statement in ``ws[:k]`` that an attribution after it closes (`…, kata X.`),
    as a candidate holding only its content: a clause of four words or more, the connectives
    at its front left out; with ``lists=False`` not a list announced (`Berikut cara …`)."""
    s = strip_connectives(norm, rs, ws[k - 1].end)
    content = [x for x in ws[:k] if x.start >= s]
    if not lists and content and content[0].low in LIST_INTROS:
        return None
    if len(content) < 4 or not _is_clause(content, vp=True, directive=False, topic_check=False):
        return None
    return Candidate("indirect", [(content[0].start, _trim_end(norm, content[0].start, ws[k - 1].end + 1))], para)


def _trailing(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Pemerintah akan …, kata Luhut.` — the attribution closes an unquoted clause."""
    inverted = _inverted_closing(norm, ws, rs, para)
    if inverted is not None:
        return inverted
    for k in range(len(ws) - 1, 0, -1):
        w = ws[k]
        if "," not in norm[ws[k - 1].end : w.start]:
            continue
        cn = cue_of(w)
        if cn is None:
            quoted_from = _trailing_medium(norm, ws, k, rs, re_, para)
            if quoted_from is not None:
                return quoted_from
            if len(ws) - k > 10:
                return None
            continue
        cue, clitic = cn
        if "post" not in cue.uses and not clitic:
            return None
        rest = ws[k + 1 :]
        sp = None
        pron = "any" if clitic else None
        if not clitic:
            sp = np_after(norm, ws, k + 1, max_words=7)
            if sp is None:
                return None
            np_text = norm[sp[0] : sp[1]]
            pron = is_pronoun(np_text)
            head = [x.lower() for x in np_text.split() if x.lower() not in GROUP_DETERMINERS]
            if not pron and not is_cap(np_text) and (not head or head[0] not in lexicon().speaker_nouns):
                return None  # `…, lapor para peneliti di …` names a speaker; `…, kata orang` does not
        elif rest and rest[0].low not in NP_STOP and rest[0].low not in DAY_OR_MONTH:
            return None
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        written = w.text[:-3] if clitic else w.text
        c.cue, c.cue_lemma, c.cue_span = written, cue.lemma, (w.start, w.start + len(written))
        c.speaker_span, c.pronoun = sp, pron
        c.attribution = (w.start, sp[1] if sp else w.end)
        _closing_report(norm, c, re_)
        return c
    return None


def _closing_report(norm: str, c: Candidate, re_: int) -> None:
    """`…, kata petugas di pembangkit itu, demikian dilaporkan Reuters.`: the medium named after
    the source closes the sentence; the article took the statement from it."""
    assert c.attribution is not None
    d = norm.find(", demikian ", c.attribution[1], re_)
    between = norm[c.attribution[1] : d]
    if d == -1 or len(between.split()) > 8 or any(ch in between for ch in '".;:'):
        return  # the source's place or time may stand between (`kata petugas di pembangkit itu`)
    via = closing_via(norm, d + 1, re_)
    if via is not None:
        c.via, c.via_span = via


def _inverted_closing(norm: str, ws: list[Word], rs: int, para: int) -> Candidate | None:
    """`Izadyar meninggal di rumah sakit …, media Afghanistan melaporkan.`: translated wire copy
    keeps the English order, the source and an active verb of saying after the content; the
    sentence ends on the verb and a short named (or speaker-noun) phrase stands before it."""
    if len(ws) < 7:
        return None
    last = ws[-1]
    cn = cue_of(last)
    if cn is None or cn[1] or "active" not in cn[0].uses or norm[last.end : last.end + 1] not in (".", ""):
        return None
    k = next((j for j in range(len(ws) - 2, 0, -1) if "," in norm[ws[j - 1].end : ws[j].start]), None)
    if k is None or not 1 <= len(ws) - 1 - k <= 5:
        return None
    np_ws = ws[k:-1]
    head = np_ws[0].low
    if not (is_cap(np_ws[0].text) or head in lexicon().speaker_nouns) or any(cue_of(x) for x in np_ws):
        return None
    c = _statement_before(norm, ws, k, rs, para)
    if c is None:
        return None
    c.cue, c.cue_lemma, c.cue_span = last.text, cn[0].lemma, (last.start, last.end)
    c.speaker_span = (np_ws[0].start, np_ws[-1].end)
    c.pronoun = is_pronoun(norm[np_ws[0].start : np_ws[-1].end])
    c.attribution = (np_ws[0].start, last.end)
    return c


def _closing_demikian(norm: str, ws: list[Word], rs: int, re_: int, para: int) -> Candidate | None:
    """`Tarif naik bulan depan, demikian kata Menteri X.` / `…, demikian disampaikan X di …` /
    `…, demikian pernyataan kelompok itu di situs webnya.`: `demikian` (or `begitu`) then a verb
    of saying, its passive or a statement noun, and the source, close an unquoted statement."""
    for k in range(len(ws) - 2, 3, -1):
        if ws[k].low not in ("demikian", "begitu") or "," not in norm[ws[k - 1].end : ws[k].start]:
            continue
        w = ws[k + 1]
        cn = cue_of(w)
        statement = w.low in STATEMENT_NOUNS
        if not statement and (cn is None or cn[1] or not (cn[0].uses & {"post", "passive"})):
            return _closing_source(norm, ws, k, rs, para) if ws[k].low == "demikian" else None
        j = k + 2
        if j < len(ws) and ws[j].low == "oleh":
            j += 1
        while statement and j < len(ws) and ws[j].low in STATEMENT_MODIFIERS:
            j += 1
        sp = np_after(norm, ws, j, max_words=8) if j < len(ws) else None
        if sp is None:
            return None
        np_text = norm[sp[0] : sp[1]]
        head = np_text.split()[0].lower() if np_text.split() else ""
        if not (is_cap(np_text) or is_pronoun(np_text) or head in lexicon().speaker_nouns or statement):
            return None
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        lemma = STATEMENT_NOUNS[w.low] if statement else cn[0].lemma  # type: ignore[index]
        c.cue, c.cue_lemma, c.cue_span = w.text, lemma, (w.start, w.end)
        c.speaker_span, c.pronoun = sp, is_pronoun(np_text)
        c.attribution = (ws[k].start, sp[1])
        _medium_source(c, np_text)
        return c
    return None


SOURCE_TAIL_LEADS = wordset("source_tail_leads")


def _closing_source(norm: str, ws: list[Word], k: int, rs: int, para: int) -> Candidate | None:
    """`…, demikian BMKG.`, `…, demikian Reuters.`: ANTARA's wire style closes a statement with
    `demikian` and its source alone, no verb of saying; the source may be a role with the name
    set off after it, then only where, to whom and when it was said (`…, demikian Minister
    Counsellor …, Renata Siagian kepada Antara London, Sabtu.`)."""
    if not is_cap(ws[k + 1].text) or ws[k + 1].low in DAY_OR_MONTH:
        return None  # `…, demikian pula …`, `…, demikian Senin (5/6)`
    sp = np_after(norm, ws, k + 1, max_words=8)
    if sp is None:
        return None
    tail = [x for x in ws if x.start >= sp[1]]
    if tail and "," in norm[sp[1] : tail[0].start]:
        name = tail[:5]
        n = next((j for j, x in enumerate(name) if not is_cap(x.text) or x.low in DAY_OR_MONTH), len(name))
        if n and not any(cue_of(x) for x in name[:n]) and not is_pronoun(name[0].text):
            sp, tail = (name[0].start, name[n - 1].end), tail[n:]  # the name set off after its role
    if tail and not (tail[0].low in SOURCE_TAIL_LEADS or tail[0].low in DAY_OR_MONTH):
        return None
    if len(tail) > 8 or any(cue_of(x) for x in tail):
        return None
    c = _statement_before(norm, ws, k, rs, para)
    if c is None:
        return None
    w = ws[k]
    c.cue, c.cue_lemma, c.cue_span = w.text, "demikian", (w.start, w.end)
    c.speaker_span, c.pronoun = sp, None
    c.attribution = (w.start, sp[1])
    _medium_source(c, norm[sp[0] : sp[1]])
    return c


AS_SAID_LEADS = wordset("as_said_leads")


AS_SAID_DETERMINERS = GROUP_DETERMINERS | {"sang", "seorang"}


def _as_said(norm: str, ws: list[Word], rs: int, para: int) -> Candidate | None:
    """`Gempa juga dirasakan di Kota Sukabumi seperti yang dikatakan warga Citamiang Opi.`,
    `Cohen meninggal dalam tidur, seperti disampaikan sang manajer, setelah …`: `seperti` or
    `sebagaimana`, a passive of saying and its agent after a statement make the statement the
    agent's; the agent is a name, a pronoun or a noun of speakers or roles (`dalam dokumen`,
    `di surat …` name no one), then the sentence ends, a comma goes on, or only where and when."""
    lex = lexicon()
    for k in range(4, len(ws) - 2):
        if ws[k].low not in AS_SAID_LEADS:
            continue
        j = k + 1
        while j < len(ws) - 1 and ws[j].low in ("yang", "telah", "pernah", "sempat"):
            j += 1
        cn = cue_of(ws[j])
        if cn is None or cn[1] or "passive" not in cn[0].uses:
            continue
        sp = np_after(norm, ws, j + 1, max_words=8)
        if sp is None:
            continue
        np_text = norm[sp[0] : sp[1]]
        head = [x for x in np_text.lower().split() if x not in AS_SAID_DETERMINERS]
        pron = is_pronoun(np_text)
        if not (pron or is_cap(np_text) or (head and (head[0] in lex.speaker_nouns or head[0] in lex.titles))):
            continue
        tail = [x for x in ws if x.start >= sp[1]]
        if tail and all(is_cap(x.text) or x.low == "dan" for x in tail) and is_cap(tail[-1].text):
            sp, tail = (sp[0], tail[-1].end), []  # `oleh VP Investment dan Portfolio Kejora Andreas Surya.`
        closed = not tail or "," in norm[sp[1] : tail[0].start]
        if not closed and not (tail[0].low in SOURCE_TAIL_LEADS or tail[0].low in DAY_OR_MONTH):
            continue
        if tail and tail[0].low == "maka":
            return None  # `Potensi kenaikan margin …, seperti yang disebutkan X, maka …`: a premise, the writer's
        lead = next((x for x in ws if x.start == sp[0]), None)
        if lead is not None and lead.low == "sang" and not pron:
            sp = (norm.index(" ", lead.start) + 1, sp[1])  # `sang manajer` is the unnamed manager, no epithet
        c = _statement_before(norm, ws, k, rs, para)
        if c is None:
            return None
        w = ws[j]
        c.cue, c.cue_lemma, c.cue_span = w.text, cn[0].lemma, (w.start, w.end)
        c.speaker_span, c.pronoun = sp, pron
        c.attribution = (ws[k].start, sp[1])
        return c
    return None


def _medium_source(c: Candidate, source: str) -> None:
    """A statement closed by a foreign medium (`…, demikian laporan Xinhua.`, `…, demikian
    Reuters.`) was taken from that medium: it is the via as well as the source."""
    if c.via is None and source in lexicon().foreign_media:
        c.via, c.via_span = source, c.speaker_span


def _trailing_medium(norm: str, ws: list[Word], k: int, rs: int, re_: int, para: int) -> Candidate | None:
    """`…, demikian dikutip detikINET dari Techspot.`: a clause closed by the medium it was
    taken from; the medium is both the source and the via."""
    lex = lexicon()
    at = ws[k + 1].start if ws[k].low in ("demikian", "begitu") and k + 1 < len(ws) else ws[k].start
    m = lex.via_re.match(norm, at, re_)  # type: ignore[union-attr]
    if m is None or lex.via_only_re.match(norm, at, re_):  # type: ignore[union-attr]
        return None
    med = medium_after(norm, m.end(), re_)
    if med is None:
        return None
    c = _statement_before(norm, ws, k, rs, para, lists=False)
    if c is None:
        return None
    cue_word = next(x for x in ws if x.start >= m.start() and x.low not in ("seperti", "sebagaimana"))
    c.cue, c.cue_lemma = cue_word.text, "kutip" if "kutip" in cue_word.low else "lansir"
    c.cue_span = (cue_word.start, cue_word.end)
    c.speaker_span = (med[0], med[1])
    c.via, c.via_span = med[2], (med[0], med[1])
    c.attribution = (ws[k].start, med[1])
    c.extra["medium_speaker"] = med[2]
    return c
