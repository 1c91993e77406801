"""Direct quotes: words between double quotation marks, with the attribution around them.

Curly quotes are already folded to ``"`` in ``article.norm``. Marks are paired per paragraph
by their shape (an opening mark has a letter after it, a closing mark has punctuation or a
space after it); a quote nested in a quote is kept inside its outer quote. A paragraph that
opens a quote and never closes it runs to its end, and when the next paragraph opens with
``"`` the quote goes on there (one record). Short quoted terms inside a sentence, titles and
slogans are left out. A statement added after the attribution (``"…," kata X, menambahkan bahwa
…``) is an indirect quote of the same speaker.
"""

from __future__ import annotations

from bisect import bisect_right

import regex as re

from warta.quotes.attribution import (
    DAY_OR_MONTH,
    NP_STOP,
    Attribution,
    closing_attribution,
    cue_of,
    find_via,
    np_after,
    post_attribution,
    pre_attribution,
)
from warta.quotes.indirect import reported_clause
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import Candidate, Layout, is_cap, is_verbish, until_glued_stop, words

SOURCE_TAIL_LEADS = wordset("source_tail_leads")
UTTERANCE_CUES = wordset("utterance_cues")

_CLOSE_AFTER = set(" \t\n,.;:!?)]-—–'") | {""}
_SENT_BREAK = re.compile(r"[.!?][\"')\]]*\s+")
_LEAD_QUESTION = re.compile(r"\s*\([^()]{1,160}\?\)\s*")
_SENT_PUNCT = re.compile(r"[.!?]")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;!?]|\n|$)")
SHORT_WORDS = 4  # a quoted span this short inside a sentence is a term, a name or a title


def pair_marks(norm: str, s: int, e: int) -> list[tuple[int, int | None]]:
    """Top-level quoted spans of ``norm[s:e]`` as (opening mark, closing mark or None)."""
    out: list[tuple[int, int | None]] = []
    depth = 0
    opened = -1
    pos = norm.find('"', s, e)
    while pos != -1:
        before = norm[pos - 1] if pos > s else " "
        after = norm[pos + 1] if pos + 1 < e else ""
        closer_like = after in _CLOSE_AFTER or after.isspace()
        opener_like = before.isspace() or before in "([{:—–-" or pos == s
        if depth == 1 and _reopens(norm, pos, e):
            out.append((opened, pos))  # `" A. " B, " ujar X`: the first sentence's quote ends here
            opened = pos
        elif depth == 0:
            if not out and closer_like and not opener_like and after != "":
                out.append((s - 1, pos))  # closes a quote opened in an earlier paragraph
            elif after == "" or (closer_like and not opener_like and out and out[-1][1] is None):
                pass  # a stray closing mark
            else:
                depth, opened = 1, pos
        elif closer_like and not (opener_like and after not in _CLOSE_AFTER and not after.isspace()):
            depth -= 1
            if depth == 0:
                out.append((opened, pos))
        elif depth == 1 and _closes_before_word(norm, pos, s, e):
            depth = 0
            out.append((opened, pos))
        elif opener_like and depth < 2:
            depth += 1  # a quote inside the quote
        elif depth >= 1 and not opener_like:
            depth -= 1
            if depth == 0:
                out.append((opened, pos))
        pos = norm.find('"', pos + 1, e)
    if depth > 0:
        out.append((opened, None))
    return out


def _reopens(norm: str, pos: int, e: int) -> bool:
    """`" Saya memiliki momen indah di sana. " Saya tidak akan menyesal, " ujar Cole`, `"Selamat
    ulang tahun. "Kotanya para pemenang," begitu …`: inside an open quotation, a mark after the
    quoted sentence's stop and before a capital, whose next mark closes the quote before the
    words of its source (a lower-case word), reopens the quote the writer never closed: one
    quoted sentence ends there and the next begins. A closing mark set apart (`" A. " Kata dia,
    " B "`) is followed by an opening mark, not a closing one, and stays a closing mark."""
    k = pos - 1
    while k > 0 and norm[k] in " \t":
        k -= 1
    if k == pos - 1 or norm[k] not in ".!?":
        return False
    j = pos + 1 + (norm[pos + 1 : pos + 2] == " ")
    if not norm[j : j + 1].isupper():
        return False
    nxt = norm.find('"', j, e)
    if nxt == -1:
        return False
    k = nxt - 1
    while k > j and norm[k] == " ":
        k -= 1
    if norm[k] not in ",.!?":
        return False
    m = nxt + 1
    while m < e and norm[m] == " ":
        m += 1
    return m < e and norm[m].islower()


def _closes_before_word(norm: str, pos: int, s: int, e: int) -> bool:
    """A mark inside a quote, after a space and glued to the next word, with no other mark in the
    rest of its sentence: text detokenised with the mark on the wrong side of the space closes
    the quote here when a lower-case word follows the quote's own punctuation (`berkualitas,
    "kata Andi di Jakarta.`) or when the words after it are an attribution (`problem, "Anies
    menambahkan.`, `lemah, "Kata Asep.`, `kelas "ujarnya.`). A quote nested inside (`bilang,
    "jangan pulang", tapi …," ujar X`) is closed again in the same sentence."""
    after = norm[pos + 1] if pos + 1 < e else ""
    if not after.isalpha():
        return False
    k = pos - 1
    while k >= s and norm[k] in " \t":
        k -= 1
    if not (k < pos - 1 and k >= s):
        return False
    stop = _SENT_PUNCT.search(norm, pos + 1, e)
    end = stop.end() if stop else e
    if norm.find('"', pos + 1, min(end + 1, e)) != -1:
        return False
    punct = norm[k] in ",.!?"
    if punct and after.islower():
        return True
    ws = words(norm, pos + 1, end)
    if not punct and not (ws and cue_of(ws[0])):
        return False  # with no punctuation before it, only a word of saying glued to the mark
    return post_attribution(norm, pos + 1, end, ",") is not None


def _sentence_end(norm: str, layout: Layout, pos: int, limit: int) -> int:
    """End of the sentence holding ``pos``; a sentence cut after a title abbreviation
    (`ujar Plt. Direktur …`) goes on to the next one."""
    end = None
    first = max(0, bisect_right(layout.sentence_starts, pos) - 1)
    for s, e, _ in layout.sentences[first:]:
        if end is None and s <= pos < e:
            end = e
        elif end is not None and s >= end:
            tail = words(norm, max(pos, end - 6), end)
            if tail and tail[-1].text.endswith(".") and tail[-1].end >= end - 1:
                end = e
            else:
                break
    return min(end, limit) if end is not None else limit


def _content(norm: str, s: int, e: int) -> tuple[int, int]:
    m = _LEAD_QUESTION.match(norm, s, e)
    if m:
        s = m.end()
    while s < e and norm[s].isspace():
        s += 1
    while e > s and norm[e - 1].isspace():
        e -= 1
    return s, e


def _is_short(norm: str, s: int, e: int) -> bool:
    inner = norm[s:e].rstrip(" ,")
    if _SENT_PUNCT.search(inner):
        return False
    return len(words(norm, s, e)) <= SHORT_WORDS


def _uttered(norm: str, pre: Attribution, o: int, c: int | None) -> bool:
    """`Setnov juga menjawab "Tidak pernah".`, `Zulkifli Hasan berkata "Hud, Tolong dibantu".`: a
    verb whose object is only ever words said (grammar.json `utterance_cues`), right before the
    opening mark but for a comma or colon, with its speaker named, and the quotation ending its
    clause: speech however short, not a term or a name (`mengatakan "Kartu Sakti" akan …`)."""
    if pre.cue is None or pre.cue.lower() not in UTTERANCE_CUES or pre.speaker_span is None or c is None:
        return False
    assert pre.cue_span is not None
    return norm[pre.cue_span[1] : o].strip() in ("", ",", ":") and _CLAUSE_END.match(norm, c + 1) is not None


def _tags_only(norm: str, s: int, e: int) -> bool:
    """`"#JakartaKuat,"`, `"#SaveKPK #BersamaKPK"`: quoted words that are all hashtags or account
    names are a slogan or a tag, which GUIDELINES keeps out of the quotes, whoever posted them."""
    toks = norm[s:e].split()
    return bool(toks) and all(t[:1] in "#@" and len(t.strip("#@.,!?;:")) > 0 for t in toks)


def _is_title_case(norm: str, s: int, e: int) -> bool:
    """`"Dari Panggung Hebat, Mewujudkan Kampus Berdampak"`: a theme, slogan or title."""
    ws = [w for w in words(norm, s, e) if w.text[0].isalpha()]
    if len(ws) < 3 or _SENT_PUNCT.search(norm[s:e].rstrip(" ,.!?")):
        return False
    caps = sum(1 for w in ws if w.text[0].isupper())
    return caps / len(ws) >= 0.7


def _title_before(norm: str, s: int, e: int) -> bool:
    if norm[s:e].rstrip().endswith((",", ":")):
        return False  # `Kata dia, "…"`: an attribution set off by a comma, not `berjudul "…"`
    ws = words(norm, max(s, e - 60), e)
    markers = lexicon().title_markers
    return any(w.low in markers for w in ws[-2:])


def _candidate(pieces, para, att: Attribution | None) -> Candidate:
    c = Candidate("direct", pieces, para)
    if att is not None:
        c.cue, c.cue_lemma, c.cue_span = att.cue, att.cue_lemma, att.cue_span
        c.speaker_span, c.pronoun = att.speaker_span, att.pronoun
        c.via, c.via_span = att.via, att.via_span
        c.attribution = att.span if att.span[1] > att.span[0] else None
    return c


def _colon_lead(norm: str, layout: Layout, pi: int) -> Attribution | None:
    """The paragraph before, when it ends with a colon and names who speaks (`Setyo menyampaikan:`,
    `Berikut pernyataan lengkap KPK:`): the attribution of a quote that opens paragraph ``pi``."""
    if pi == 0:
        return None
    ps, pe = layout.paragraphs[pi - 1]
    if not norm[ps:pe].rstrip().endswith(":") or '"' in norm[ps:pe] or pe - ps > 200:
        return None
    att = pre_attribution(norm, ps, pe)
    return att if att is not None and att.speaker_span is not None else None


def _added_statement(norm: str, att: Attribution, para: int) -> Candidate | None:
    """`"…," kata Bank Dunia dalam sebuah pernyataan, menambahkan bahwa …` / `…, seraya
    menambahkan bahwa …` / `…, kata X, menyebut modus serupa terjadi …`: after the attribution, a
    second verb of saying with `bahwa` or a reported clause carries an indirect statement of the
    same speaker (the next candidate inherits it)."""
    s0 = (att.speaker_span or att.cue_span or att.span)[1]
    e0 = att.span[1]
    ws = words(norm, s0, e0)
    for k in range(len(ws) - 2):
        if "," not in norm[ws[k - 1].end if k else s0 : ws[k].start]:
            continue
        j = k + 1 if ws[k].low in ("seraya", "sambil", "sembari") else k
        cn = cue_of(ws[j]) if j + 2 < len(ws) else None
        if cn is None or cn[1] or "active" not in cn[0].uses:
            continue  # `kata X, Senin (3/4), menambahkan …`: a date or place set off first
        said_that = ws[j + 1].low in ("bahwa", "bahwasanya")
        if not said_that and not reported_clause(ws[j + 1 :], "vp" in cn[0].uses):
            continue  # (`…, kata X, menambahkan negaranya siap …`: a clause without `bahwa` too)
        content = ws[j + 2 :] if said_that else ws[j + 1 :]
        if len(content) < 3:
            return None
        e = e0
        while e > content[0].start and norm[e - 1] in " \n\t,;:":
            e -= 1
        c = Candidate("indirect", [(content[0].start, e)], para)
        c.cue, c.cue_lemma, c.cue_span = ws[j].text, cn[0].lemma, (ws[j].start, ws[j].end)
        c.inherit = True
        c.attribution = (ws[k].start, ws[j + 1].end)
        return c
    return None


# `"…," kara Robin.`, `"…," kara Erwin dalam keterangannya, Senin (1/9).`: one lower-case word (a
# verb of saying we do not know, or misspelt) and a name, then the end of the sentence or an adjunct
# of the saying (where, when, how: a preposition or a comma and a day)
_NAME = r"(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,3}"
_ADJUNCT = r"(?:\s+(?:dalam|di|saat|kepada|ketika|usai|seusai|melalui|pada|seperti)\b[^\"]*|\s*,[^\"]*)?"
_UNKNOWN_CUE = re.compile(rf"\s*([a-z]{{3,14}})\s+({_NAME}){_ADJUNCT}\s*\.?\s*$")
# `"…," terangnnya.`, `"…," tutupnha.`: one lower-case word alone (a clitic cue, however spelt)
_UNKNOWN_CLITIC = re.compile(r"\s*([a-z]{4,16})\s*\.?\s*$")
# `"…," Jenal memungkasi.`: a name and one verb (`me-`, `ber-`) after it
_UNKNOWN_CUE_AFTER = re.compile(rf"\s*({_NAME})\s+((?:me|ber)[a-z]{{3,14}})\s*\.?\s*$")


def _name_alone(norm: str, pieces, para: int, s: int, e: int) -> Candidate | None:
    """`"…," Agung Harry.`, `"…," Direktur Riset Ali Noer Zaman, dalam rilis hasil survei …`,
    `"…," Dokter asal Chicago, Genaro Roma.`: a quote closed on a comma, then its source alone
    (the writer left the verb of saying out) and at most where, when or to whom it was said
    (grammar.json `source_tail_leads`, a day): the source's words, with no cue."""
    ws = words(norm, s, e)
    if not ws or not is_cap(ws[0].text) or ws[0].low in DAY_OR_MONTH or norm[s : ws[0].start].strip():
        return None
    sp = np_after(norm, ws, 0)
    if sp is None:
        return None
    named = [w for w in ws if w.end <= sp[1]]
    if not any(is_cap(w.text) for w in named[1:] + named[:1]) or any(
        cue_of(w) is not None or is_verbish(w.text) for w in named
    ):
        return None
    rest = [w for w in ws if w.start >= sp[1]]
    k = 0
    while k < len(rest) and k < 4 and is_cap(rest[k].text) and rest[k].low not in DAY_OR_MONTH:
        k += 1  # `Dokter asal Chicago, Genaro Roma`: the name set off after its description
    if k and norm[sp[1] : rest[0].start].strip() == "," and not norm[rest[k - 1].end : e].strip(" .\n"):
        sp, rest = (rest[0].start, rest[k - 1].end), []
    if rest:
        gap = norm[sp[1] : rest[0].start]
        if gap.strip() not in ("", ",") or not (rest[0].low in SOURCE_TAIL_LEADS or rest[0].low in DAY_OR_MONTH):
            return None
    elif norm[sp[1] : e].strip(" .\n"):
        return None
    c = Candidate("direct", pieces, para)
    c.speaker_span = sp
    c.attribution = sp
    return c


def _lead_subject(norm: str, cand: Candidate, pre_s: int, o: int) -> None:
    """`Presiden X mengutuk serangan itu dan menyatakan, "…," katanya.`: the ``-nya``/pronoun
    after the quote points to the subject of the verb of saying that opens it in the same
    sentence, whoever spoke before; that named subject is the speaker."""
    pre = pre_attribution(norm, pre_s, o)
    if pre is not None and pre.speaker_span is not None and pre.pronoun is None and pre.via is None:
        cand.speaker_span, cand.pronoun = pre.speaker_span, None


def _unknown_cue(norm: str, pieces, para: int, s: int, e: int) -> Candidate | None:
    """A quote that closes on a comma, then a word of saying with its speaker, then the end of
    the sentence: the news convention for an attribution, whatever the word (typos such as
    `kara`, `terangnnya`; verbs the lexicon lacks such as `memungkasi`). The word and the name
    come in either order; a word alone is a clitic (`-nya`), its speaker looked up as for `katanya`."""
    m = _UNKNOWN_CUE.match(norm, s, e)
    if m is not None:
        word, name = (m.start(1), m.end(1)), (m.start(2), m.end(2))
    elif (m := _UNKNOWN_CUE_AFTER.match(norm, s, e)) is not None:
        word, name = (m.start(2), m.end(2)), (m.start(1), m.end(1))
    elif (m := _UNKNOWN_CLITIC.match(norm, s, e)) is not None:
        word, name = (m.start(1), m.end(1)), None
    else:
        return None
    cue = norm[word[0] : word[1]]
    if lexicon().cue(cue) is not None or cue in NP_STOP or cue in DAY_OR_MONTH:
        return None
    c = Candidate("direct", pieces, para)
    c.cue, c.cue_lemma, c.cue_span = cue, cue, word
    if name is None:
        if cue.endswith("nya"):  # the clitic is not part of the cue as written (`jelasnya` → `jelas`)
            c.cue, c.cue_lemma, c.cue_span = cue[:-3], cue[:-3], (word[0], word[1] - 3)
        c.pronoun = "any"
        c.attribution = word
        return c
    name_end = name[0] + len(norm[name[0] : name[1]].rstrip("."))
    if any(w.lower() in DAY_OR_MONTH for w in norm[name[0] : name_end].split()):
        return None
    c.speaker_span = (name[0], name_end)
    c.attribution = (min(word[0], name[0]), max(word[1], name_end))
    via = find_via(norm, name_end, e)  # `"…," buka Giggs kepada Sky Sports.`: told to a medium
    if via is not None:
        c.via, c.via_span = via
    return c


def _closing_next(norm: str, layout: Layout, pi: int) -> Attribution | None:
    """The first sentence of the paragraph after ``pi`` when it only gives the words quoted
    before it to someone (`Hal itu disampaikan X di Jakarta, Senin.`)."""
    if pi + 1 >= len(layout.paragraphs):
        return None
    ns, ne = layout.paragraphs[pi + 1]
    m = _SENT_BREAK.search(norm, ns, ne)
    return closing_attribution(norm, ns, m.start() + 1 if m else ne)


def find(norm: str, layout: Layout) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Direct quotes of the article, and the spans they and their attributions cover (which the
    indirect finder leaves alone)."""
    out: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    pending: Candidate | None = None  # a quote left open at the end of the previous paragraph
    for pi, (ps, pe) in enumerate(layout.paragraphs):
        marks = pair_marks(norm, ps, pe)
        prev_end = ps
        prev_att: Candidate | None = None
        first_at_start = bool(marks) and norm[ps : marks[0][0]].strip() == ""
        carry = pending if first_at_start else None
        pending = None
        for qi, (o, c) in enumerate(marks):
            qs, qe = _content(norm, o + 1, c if c is not None else pe)
            if qe <= qs:
                prev_end = (c or pe) + 1
                continue
            nxt = marks[qi + 1][0] if qi + 1 < len(marks) else pe
            # what precedes the opening mark in its sentence
            pre_s = prev_end
            for m in _SENT_BREAK.finditer(norm, pre_s, o):
                pre_s = m.end()
            prefix = norm[pre_s:o]
            if prefix.rstrip().endswith((".", "!", "?")):
                prefix, pre_s = "", o
            embedded = prefix.strip() != ""
            inner_end = norm[qe - 1] if qe > qs else ""
            att = None
            suffix_end = pe
            if c is not None:
                after = c + 1
                while after < pe and norm[after].isspace():
                    after += 1
                suffix_end = _sentence_end(norm, layout, after, nxt) if after < nxt else after
                att = post_attribution(norm, c + 1, suffix_end, inner_end)
            short = _is_short(norm, qs, qe) or _is_title_case(norm, qs, qe)
            titled = embedded and _title_before(norm, pre_s, o)
            pieces = [(qs, qe)]
            cand: Candidate | None = None
            if o < ps and att is None:
                prev_end = c + 1 if c is not None else pe
                continue  # a closing mark with no opening one and nothing after it: not a quote
            if att is not None:
                if not titled and not (short and embedded):
                    cand = _candidate(pieces, pi, att)
                    if att.pronoun is not None and embedded:
                        _lead_subject(norm, cand, pre_s, o)
            else:
                pre = pre_attribution(norm, pre_s, o) if embedded else None
                if pre is not None:
                    if not titled and (not short or _uttered(norm, pre, o, c)):
                        cand = _candidate(pieces, pi, pre)
                        if short and pre.speaker_span is not None:
                            # `Ketika hakim menanyakan apakah …, Setnov juga menjawab "Tidak pernah".`:
                            # the clause before the speaker stays the indirect finder's
                            cand.attribution = (pre.speaker_span[0], o)
                elif not embedded and not short:
                    tail = norm[c + 1 : suffix_end].strip() if c is not None else ""
                    alone = not words(norm, c + 1, suffix_end) if c is not None else True
                    lead = _colon_lead(norm, layout, pi) if alone and qi == 0 and carry is None else None
                    if lead is not None:
                        cand = _candidate(pieces, pi, lead)  # `Berikut pernyataan lengkap KPK:` ¶ `"…"`
                    elif alone:
                        cand = _candidate(pieces, pi, None)
                        if prev_att is not None and prev_end >= pre_s - 1:
                            cand.inherit = True
                        else:
                            closing = _closing_next(norm, layout, pi) if qi == len(marks) - 1 else None
                            if closing is not None:  # `"…"` ¶ `Hal itu disampaikan X di …`
                                cand = _candidate(pieces, pi, closing)
                            else:
                                cand.continuation = True
                    elif tail[:1] in (".", ",") and len(tail) < 3:
                        cand = _candidate(pieces, pi, None)
                        cand.continuation = True
                    elif (
                        inner_end in ".!?"
                        and c is not None
                        and (closing := closing_attribution(norm, c + 1, suffix_end))
                    ):
                        cand = _candidate(pieces, pi, closing)  # `"…." Hal itu disampaikan X di …`
                    elif inner_end == "," and c is not None:
                        cand = _unknown_cue(norm, pieces, pi, c + 1, suffix_end) or _name_alone(
                            norm, pieces, pi, c + 1, suffix_end
                        )
            if cand is not None and _tags_only(norm, qs, qe):
                cand = None  # `"#JakartaKuat," begitu tulisan di … akun Instagram milik X`: a slogan
            added = _added_statement(norm, att, pi) if cand is not None and att is not None else None
            if cand is not None:
                if carry is not None and qi == 0:
                    # the quote left open in the paragraph before goes on here
                    cand.pieces = carry.pieces + cand.pieces
                    cand.para = carry.para
                    if cand.cue is None and cand.speaker_span is None and not cand.inherit:
                        cand.cue, cand.cue_lemma, cand.cue_span = carry.cue, carry.cue_lemma, carry.cue_span
                        cand.speaker_span, cand.pronoun = carry.speaker_span, carry.pronoun
                        cand.continuation = carry.continuation
                        cand.via, cand.via_span = carry.via, carry.via_span
                    out.remove(carry)
                out.append(cand)
                covered.append((o, c + 1 if c is not None else pe))
                if cand.attribution:
                    covered.append(until_glued_stop(norm, *cand.attribution))
                if added is not None:
                    out.append(added)
                    if cand.attribution and added.attribution:
                        cand.attribution = (cand.attribution[0], added.attribution[0])
                if cand.cue is not None and att is not None:
                    prev_att = cand
                elif cand.inherit:
                    pass
                else:
                    prev_att = None
                if c is None:
                    pending = cand
            prev_end = suffix_end if (c is not None and att is not None) else (c + 1 if c is not None else pe)
    return out, covered
