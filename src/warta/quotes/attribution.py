"""Reading an attribution: the cue, the noun phrase of the speaker, and the subject before a verb.

These readers work on the folded text (``article.norm``) between two offsets and return
offsets, so that what they find can be stored against the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from warta.quotes.lexicon import LOWERCASE_MEDIA, Cue, lexicon, wordset
from warta.quotes.names import DEGREES
from warta.quotes.text import DEMONSTRATIVES, Word, indexed, is_cap, is_verbish, words

# words that end the noun phrase after a cue (`ujar Peskov dalam …`, `kata warga yang …`)
NP_STOP = wordset("np_stop")
# words between a title and its name (`Gubernur DKI terpilih Anies Baswedan`)
ROLE_MODIFIERS = wordset("role_modifiers")
_NOT_STATED = wordset("not_stated")
_BARE_VERBS = wordset("bare_verbs")
# adverbs between a subject and its verb (`Luhut juga mengatakan`)
ADVERBS = wordset("adverbs")
# words a subject does not start with
NOT_SUBJECT_START = wordset("not_subject_start")
# prepositions that open an adjunct set off by commas before a verb (`…, dalam laporannya, menyebut`)
ADJUNCT_PREPOSITIONS = frozenset(("dalam", "di", "pada", "saat", "ketika", "usai", "melalui", "lewat", "menurut"))
# adjuncts of place or occasion after a speaker's name (`pada` is left out: `peneliti pada ESOHR`)
LOCATIVE = frozenset(("di", "saat", "ketika", "usai", "seusai", "sesudah", "setelah"))
# words that open a clause inside a sentence: the subject of a later verb comes after them
SUBORDINATORS = wordset("subordinators")
DAY_OR_MONTH = wordset("days_months")
TIME_WORDS = wordset("time_words")
# honorifics written in lower case before a name (`dr. Srikurnia Yati`, `drg. Ani`)
HONORIFIC_WORDS = frozenset(("dr", "drg", "dra", "drs", "ir", "prof", "hj", "h"))
# a lower-case word glued to the end of a medium's name written in capitals (`BBCpada`)
GLUED_TAIL = re.compile(r"[A-Z0-9](pada|dari|di|saat|via|yang|dan)\b")
# small words inside the names of media (`Times of India`, `Le Monde`)
MEDIUM_PARTICLES = frozenset(("of", "the", "and", "de", "du", "la", "le", "el", "for"))  # `Well and Good`
MEDIUM_PREFIX = (
    "channel youtube",
    "kanal youtube",
    "akun youtube",
    "akun instagram",
    "akun tiktok",
    "akun facebook",
    "akun twitter",
    "akun x",
    "laman resmi",
    "situs resmi",
    "portal berita",
    "situs berita",
    "laman berita",
    "media berita",
    "akun resmi",
    "laman",
    "situs",
    "akun",
    "website",
    "portal",
    "kantor berita",
    "media",
    "acara",  # `katanya kepada acara Fox News "Sunday Morning Futures"`: a programme of the medium
)


@dataclass(slots=True)
class Attribution:
    cue: str | None
    cue_lemma: str | None
    cue_span: tuple[int, int] | None
    speaker_span: tuple[int, int] | None
    pronoun: str | None  # 'person' | 'any' when the speaker must be looked up
    span: tuple[int, int]
    via: str | None = None
    via_span: tuple[int, int] | None = None


def gap(norm: str, a: int, b: int) -> str:
    return norm[a:b]


def np_after(norm: str, ws: list[Word], i: int, max_words: int = 12) -> tuple[int, int] | None:
    """The noun phrase that starts at word ``i``: up to a stop word, a verb or punctuation."""
    lex = lexicon()
    if i < len(ws) and ws[i].low == "oleh":
        i += 1
    j = i
    # a title or a role noun may be followed by the name in apposition: `kata pengacara Lisa, Jhony Boy`
    # (a pronoun is no title: `kata dia, Gunung Agung …` has no name in apposition)
    titled = (
        i < len(ws)
        and (ws[i].low.strip(".") in lex.titles or ws[i].text[:1].islower())
        and is_pronoun(ws[i].low) is None
    )
    role_first = titled
    if titled:
        end = _role_then_name(norm, ws, i)
        if end is not None:
            return ws[i].start, ws[_pointing_tail(norm, ws, end + 1) - 1].end
    while j < len(ws) and j - i < max_words:
        w = ws[j]
        if j > i:
            between = norm[ws[j - 1].end : w.start]
            h = j
            while h + 1 < len(ws) and ws[h].low.strip(".") in HONORIFIC_WORDS:
                h += 1  # `kata Kepala Dinas X, dr. Srikurnia Yati`: an honorific before the name
            if titled and between.strip() == "," and _listed_role(norm, ws, j):
                j += 1  # `Deputi Bidang Protokol, Pers dan Media (PPM) Setpres Bey`: the role lists its fields
                continue
            if (
                titled
                and between.strip() == ","
                and is_cap(ws[h].text)
                and ws[h].low not in DAY_OR_MONTH
                and ws[h].low.strip(".,") not in DEGREES  # `Ir. Joko Santoso, M.Si`: a degree, no name
                and _name_follows(norm, ws, h)
            ):
                titled = False  # the name in apposition to a title
                j = h + 1
                continue
            if "(" in between and ")" not in between:
                close = norm.find(")", ws[j - 1].end, ws[j - 1].end + 80)
                k = j
                while k < len(ws) and ws[k].start < close:
                    k += 1
                if close != -1 and k < len(ws) and norm[close + 1 : ws[k].start].strip() == "":
                    nxt = ws[k]
                    if nxt.low in ("itu", "tersebut") or (is_cap(nxt.text) and nxt.low not in DAY_OR_MONTH):
                        j = k + 1  # `Ketua … (IPNU) itu`, `Menteri Keuangan (Menkeu) Purbaya`
                        continue
                break
            if any(c in between for c in ',.;:!?"()[]'):
                break
        low = w.low
        if titled and j > i and low in ("dan", "serta") and _coordinated_then_name(norm, ws, j + 1):
            j += 1  # `kuasa hukum Mensesneg dan PPKGBK, Kharis Sucipto`: the role names two bodies
            continue
        if (
            j > i
            and low in ("dan", "serta")
            and any(x.low.strip(".") in lex.titles for x in ws[i:j])
            and _role_run_then_name(ws, j + 1)
        ):
            j += 1  # `Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu`: one role, then the name
            continue
        if j > i and low in ROLE_MODIFIERS and _modified_role_then_name(ws, i, j):
            j += 1  # `Gubernur DKI terpilih Anies Baswedan`: the role's modifier, then the name
            continue
        if role_first and j > i and _second_role(ws, j):
            j += 2  # `kata Ketua Panitia yang juga Kepala Dinas Pemuda dan Olahraga Padang Suardi`
            titled = True
            continue
        if low in NP_STOP and not (low == "dari" and j > i and ws[j - 1].text.isdigit()) and not _inside_name(ws, i, j):
            break
        if j > i and (is_verbish(w.text) or lex.cue(w.text) is not None) and low not in lex.titles:
            break
        if _date_word(ws, j):
            break
        j += 1
    if titled and j - i == max_words:
        j = _long_role_tail(norm, ws, j, i + 2 * max_words)
    if j == i:
        return None
    if role_first:
        j = _pointing_tail(norm, ws, _joined_pointing_tail(norm, ws, j))
    return ws[i].start, ws[j - 1].end


def _second_role(ws: list[Word], j: int) -> bool:
    """`Ketua Panitia yang juga Kepala Dinas …`: at ``ws[j]``, `yang juga` and a second title;
    the person holding both is named after it, so the phrase goes on to the name."""
    if j + 2 >= len(ws) or ws[j].low != "yang" or ws[j + 1].low not in ("juga", "sekaligus", "merangkap"):
        return False
    k = j + 2
    if ws[k].low in FORMER and k + 1 < len(ws):
        k += 1  # `Pendiri FPCI yang juga mantan Menteri Luar Negeri Dino`: a former office
    return ws[k].low.strip(".") in lexicon().titles


# words that make an office a former or future one (`mantan Menteri`)
FORMER = frozenset(("mantan", "eks", "bekas", "calon"))


def _joined_pointing_tail(norm: str, ws: list[Word], j: int) -> int:
    """`tutup Anggota DPR Dapil Jawa Barat III Kota Bogor dan Cianjur ini.`: a role whose place
    names two regions, ending the sentence with `ini`/`itu`, points back to the person just
    quoted as a whole (cut at `dan`, its first region would pass for the speaker)."""
    if j >= len(ws) or ws[j].low not in ("dan", "serta"):
        return j
    k = j + 1
    while k < len(ws) and is_cap(ws[k].text) and ws[k].low not in DAY_OR_MONTH:
        k += 1
    if k == j + 1 or k + 1 != len(ws) or ws[k].low not in DEMONSTRATIVES:
        return j
    if any(norm[a.end : b.start].strip() for a, b in zip(ws[j - 1 : k], ws[j : k + 1], strict=True)):
        return j  # only words and spaces: no list set off by commas
    return k + 1


# function words that are part of a body's name when written capitalised (`Kementerian Dalam
# Negeri`, `Sekolah Menengah Atas`, `Komisi untuk Orang Hilang` is not capitalised and stops)
_NAME_INNER = frozenset(("dalam", "atas", "untuk", "tentang"))


def _inside_name(ws: list[Word], i: int, j: int) -> bool:
    """Is ``ws[j]``, a stop word, written capitalised between capitalised words of a name?"""
    return (
        ws[j].low in _NAME_INNER
        and ws[j].text[:1].isupper()
        and j > i
        and j + 1 < len(ws)
        and is_cap(ws[j - 1].text)
        and is_cap(ws[j + 1].text)
    )


def _pointing_tail(norm: str, ws: list[Word], j: int) -> int:
    """`tutur Ketua RT 21, Kelurahan Belo, itu.`: a role set off by commas, then `itu` ending the
    sentence, points back to the person just named; the phrase keeps its `itu`."""
    last = j < len(ws) and ws[j].low in ("itu", "tersebut") and j + 1 == len(ws)
    if last and norm[ws[j - 1].end : ws[j].start].strip() == "," and norm[ws[j].end : ws[j].end + 1] in (".", ""):
        return j + 1
    return j


def _long_role_tail(norm: str, ws: list[Word], j: int, limit: int) -> int:
    """`kata Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Mataram
    Amiruddin`: a title that fills the window goes on over capitalised words to the name after it."""
    while j < min(len(ws), limit):
        w = ws[j]
        if norm[ws[j - 1].end : w.start].strip() or not is_cap(w.text):
            break
        if w.low in NP_STOP or w.low in DAY_OR_MONTH or _date_word(ws, j):
            break
        j += 1
    return j


def _modified_role_then_name(ws: list[Word], i: int, j: int) -> bool:
    """Word ``j`` modifies a role begun by a title at ``i``..``j`` and the words after it
    (other modifiers, then capitalised words) go on to a name."""
    if not any(x.low.strip(".") in lexicon().titles for x in ws[i:j]):
        return False
    k = j + 1
    while k < len(ws) and ws[k].low in ROLE_MODIFIERS:
        k += 1
    return k < len(ws) and is_cap(ws[k].text) and not _date_word(ws, k)


MONTHS = frozenset(
    ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober")
    + ("november", "desember")
)


def _date_word(ws: list[Word], k: int) -> bool:
    """A capitalised day or month name that is part of a date: a month only next to a number
    (`20 Mei`, `Mei 2025`); `Tien Mei`, `April Jasmine` are names."""
    w = ws[k]
    if w.low not in DAY_OR_MONTH or not w.text[:1].isupper():
        return False
    if w.low not in MONTHS:
        return True
    return (k > 0 and ws[k - 1].text[:1].isdigit()) or (k + 1 < len(ws) and ws[k + 1].text[:1].isdigit())


def _role_then_name(norm: str, ws: list[Word], i: int) -> int | None:
    """`peneliti pada Organisasi HAM Saudi Eropa (ESOHR), Duaa Dhainy`, `Pelatih Elektrik, Tien
    Mei`: a role phrase (no verb, no sentence punctuation) then a comma and a name in apposition.
    The index of the name's last word, or None."""
    lex = lexicon()
    for j in range(i + 1, min(len(ws), i + 12)):
        w = ws[j]
        between = norm[ws[j - 1].end : w.start]
        if any(c in between for c in '.;:!?"[]'):
            return None
        if j > i + 1 and (is_verbish(ws[j - 1].text) or lex.cue(ws[j - 1].text) is not None):
            return None
        if _opens_adjunct(ws[j - 1]) and j - 1 > i + 1 and is_cap(ws[j - 2].text):
            # `Kapolsek X AKP Budi di Mapolsek X, Kota Y`, `Waketum Partai X Saan dalam konferensi
            # pers di Y Tower, Jakarta`: the name came before the adjunct; what follows its comma
            # is the rest of the place, not a name in apposition
            return None
        if "," not in between or _listed_role(norm, ws, j):
            continue
        k = j
        while k < len(ws) and k - j < 5 and is_cap(ws[k].text) and not _date_word(ws, k):
            if k > j and any(c in norm[ws[k - 1].end : ws[k].start] for c in ',.;:()"'):
                break
            k += 1
        if k - j < 2 and not (k - j == 1 and (k == len(ws) or ws[k].low in NP_STOP or not is_cap(ws[k].text))):
            return None
        if k == j or ws[j].low in ADJUNCT_PREPOSITIONS or ws[j].low.strip(".,") in DEGREES:
            return None  # (`dr. Andi Kurniawan, SpA`: a degree after the name, not a name)
        if k - j == 1 and any(x.low in LOCATIVE for x in ws[i + 1 : j]):
            # `kata Kapolri di Mabes Polri, Jakarta`: one word after the comma of a place adjunct
            # is the rest of the place (its city), not a name in apposition
            return None
        after = norm[ws[k - 1].end : ws[k].start] if k < len(ws) else ""
        if k < len(ws) and not (any(c in after for c in ",.;:()") or ws[k].low in NP_STOP or not is_cap(ws[k].text)):
            return None
        return k - 1
    return None


def _opens_adjunct(w: Word) -> bool:
    """A word that opens an adjunct of place or occasion after a name: the locatives, and
    `dalam`/`kepada`/`melalui` written in lower case (not the `Dalam` of `Menteri Dalam Negeri`)."""
    return w.low in LOCATIVE or w.text in ("dalam", "kepada", "melalui")


def _listed_role(norm: str, ws: list[Word], j: int) -> bool:
    """From ``j``, after a comma inside a role: capitalised words, then ``dan``/``serta`` and the
    rest of the role running on to a name (`Kepala Biro Humas, Data dan Informasi Kemenhub Rudi`):
    the fields of one role listed, not a name in apposition."""
    k = j
    while k < len(ws) and k - j < 3 and is_cap(ws[k].text) and not _date_word(ws, k):
        if k > j and norm[ws[k - 1].end : ws[k].start].strip():
            return False
        k += 1
    if k == j or k >= len(ws) or ws[k].low not in ("dan", "serta"):
        return False
    return _role_run_then_name(ws, k + 1)


def _role_run_then_name(ws: list[Word], j: int) -> bool:
    """From ``j``: capitalised words (the rest of a role, then a name) with no break, at least three."""
    k = j
    while k < len(ws) and is_cap(ws[k].text) and not _date_word(ws, k) and k - j < 8:
        k += 1
    return k - j >= 3


def _coordinated_then_name(norm: str, ws: list[Word], j: int) -> bool:
    """From ``j``: capitalised words up to a comma, then a name in apposition."""
    k = j
    while k < len(ws) and is_cap(ws[k].text) and ws[k].low not in DAY_OR_MONTH and k - j < 5:
        k += 1
        if k < len(ws) and "," in norm[ws[k - 1].end : ws[k].start]:
            return k - j >= 1 and is_cap(ws[k].text) and ws[k].low not in DAY_OR_MONTH and _name_follows(norm, ws, k)
        if k < len(ws) and any(c in norm[ws[k - 1].end : ws[k].start] for c in ".;:()"):
            return False
    return False


def _name_follows(norm: str, ws: list[Word], j: int) -> bool:
    """Capitalised words from ``j`` up to a comma, a stop word or the end: a name in apposition."""
    k = j
    while k < len(ws) and is_cap(ws[k].text) and ws[k].low not in DAY_OR_MONTH and k - j < 5:
        k += 1
        if k < len(ws) and any(c in norm[ws[k - 1].end : ws[k].start] for c in ",.;:"):
            return True
    return k > j and (k == len(ws) or ws[k].low in NP_STOP or not is_cap(ws[k].text))


def medium_after(norm: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The medium named after a `dilansir`-type marker: its span and its name without
    `laman`/`situs` (``dikutip dari laman NDTV`` → NDTV)."""
    ws = words(norm, start, end)
    if not ws:
        return None
    i = 0
    low_text = norm[ws[0].start : end].lower()
    for p in MEDIUM_PREFIX:
        if low_text.startswith(p + " "):
            i = len(p.split())
            break
    if i >= len(ws):
        return None
    j = i
    while j < len(ws) and j - i < 6:
        w = ws[j]
        if j > i and any(c in norm[ws[j - 1].end : w.start] for c in ',;:!?"()'):
            break
        if w.low in NP_STOP or (w.low in DAY_OR_MONTH and j > i):
            break
        if j > i and not is_cap(w.text) and not w.text[0].isdigit():
            joined = w.low in MEDIUM_PARTICLES and j + 1 < len(ws) and is_cap(ws[j + 1].text)
            if not joined or any(c in norm[w.end : ws[j + 1].start] for c in ',;:!?"()'):
                break  # but `Times of India`, `The Wall Street Journal` hold a particle
        j += 1
    if j == i:
        return None
    if j + 1 < len(ws) and ws[j].low == "dari" and is_cap(ws[j + 1].text):
        # `dikutip detikNews dari Antara`: the outlet quoted is the one after `dari`
        return medium_after(norm, ws[j + 1].start, end)
    s, e = ws[i].start, ws[j - 1].end
    relayed = RELAYED_FROM.match(norm, e, end)
    if relayed is not None:
        return medium_after(norm, relayed.end(), end)  # `dikutip JUARA.net dari Firstpost`
    glued = GLUED_TAIL.search(norm, s, e)
    if glued and j - i == 1:
        e = glued.start(1)  # `dariBBCpada Kamis`: a link that lost its spaces on both sides
    name = norm[s:e].replace("\u2060", "")
    if not (is_cap(name) or name[0].isdigit() or "." in name or name.lower().startswith(LOWERCASE_MEDIA)):
        return None  # `dikutip dari keterangan tertulis`: not a medium
    return s, e, name


# the rest of an outlet's web name, then `dari` and the medium it relays (`.net dari Firstpost`)
RELAYED_FROM = re.compile(r"\.[a-z]{2,4}(?:\.[a-z]{2})?\s+dari\s+(?=[A-Z])")
TOLD_TO = re.compile(r"(?<!\w)[Kk]epada(?:\s+|(?=[A-Z]))")  # `ujarnya kepada BBC`, `kepadaTNT Sports`
MEDIUM_HEADS = wordset("medium_heads")


def _medium_named(name: str) -> bool:
    """A name the source spoke to that is a medium's: listed, or ending on a word of media
    (`TyC Sports`, `Qatari News Agency`, `Entertainment Weekly`; grammar.json `medium_heads`)."""
    return name in lexicon().foreign_media or name.split()[-1].lower() in MEDIUM_HEADS


def find_via(norm: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """A `seperti dilansir X` marker inside ``[start, end)``: (medium name, medium span)."""
    lex = lexicon()
    assert lex.via_re is not None
    found = list(lex.via_re.finditer(norm, start, end))
    if found:
        # `dalam wawancaranya dengan media Russia 1, seperti dilansir CNN`: the article took the
        # words from CNN; the interview names the medium only when nothing else does
        taken = [x for x in found if not lex.via_only_re.match(x.group(1))]  # type: ignore[union-attr]
        # `dikutip dari keterangan tertulis, seperti dilansir detikFinance`: a document is no medium
        med = next((m for x in taken or found if (m := medium_after(norm, x.end(), end)) is not None), None)
    else:
        # `…," ujarnya kepada BBC`: said to a foreign medium, which the article took it from
        m = TOLD_TO.search(norm, start, end)
        med = medium_after(norm, m.end(), end) if m else None
        if med is not None and not _medium_named(med[2]):
            med = _unglued_medium(med, lex.foreign_media)
    return (med[2], (med[0], med[1])) if med else None


_GLUED_END = re.compile(r"(?:di|pada|dari|saat)$")


def _unglued_medium(med: tuple[int, int, str], known: frozenset[str]) -> tuple[int, int, str] | None:
    """`kepadaTNT Sportsdi tengah …`: a link that lost its spaces glues the next word to the
    medium's name; a known medium under the glued tail is kept."""
    m = _GLUED_END.search(med[2])
    if m is None or med[2][: m.start()] not in known:
        return None
    return med[0], med[1] - len(m.group()), med[2][: m.start()]


# a sentence that only names the medium the statements before it were taken from
_CLOSING_VIA = re.compile(
    r"\s*(?:Demikian|Hal itu|Hal tersebut|Seperti)\s+(?:di)?(?:kutip|lansir|laporkan|beritakan|wartakan)\s+"
    r"(?:oleh\s+|dari\s*)?",
    re.IGNORECASE,
)


def closing_via(norm: str, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """`Demikian dikutip dari Antara.` as a sentence of its own: (the medium, its span)."""
    m = _CLOSING_VIA.match(norm, s, e)
    if m is None:
        return None
    med = medium_after(norm, m.end(), e)
    if med is None or norm[med[1] : e].strip(" .,\n") and not DATE_TAIL.fullmatch(norm[med[1] : e].strip(" .\n")):
        return None
    return med[2], (med[0], med[1])


DATE_TAIL = re.compile(r",?\s*\w+(?:\s*\([\d/]+\))?")  # `, Senin (7/5)` after the medium


def strip_connectives(norm: str, s: int, e: int) -> int:
    lex = lexicon()
    assert lex.connective_re is not None
    m = lex.connective_re.match(norm, s, e)
    return m.end() if m else s


# words that introduce a name after a description (`seorang warga bernama Massimo`)
NAMING_WORDS = frozenset(("bernama", "berinisial", "inisial", "yakni", "yaitu"))


# words that open the scene after a subject (`X saat dihubungi …`, `X usai rapat …`)
_SCENE_CUT = frozenset(("saat", "ketika", "usai", "seusai", "sesudah", "setelah"))
# words that open the means or the scene of a saying after the speaker's name (indirect/words.py's
# SCENE_OPENERS are those before a verb of saying)
_SAYING_SCENE = _SCENE_CUT | frozenset(("melalui", "lewat", "dalam", "di", "pada"))


def _place_goes_on(before: list[Word], part: list[Word]) -> bool:
    """``part`` (`Jakarta`) names the city of a venue that ``before`` ends with (`… di Istana Merdeka`)."""
    if len(part) > 3 or not all(is_cap(w.text) for w in part):
        return False
    at = next((k for k in range(len(before) - 1, 0, -1) if before[k].low in ("di", "ke", "dari")), None)
    return at is not None and before[at].text.islower() and all(is_cap(w.text) for w in before[at + 1 :])


def is_when(part: list[Word]) -> bool:
    """A comma part that only says when (`Kamis`, `Kamis (6/11) malam`, `Senin lalu`): Antara
    and others set it between the subject and its verb (`X di Jakarta, Kamis, mengatakan`)."""
    anchored = False
    for w in part:
        if w.low in DAY_OR_MONTH or w.text.isdigit() or w.low in ("kemarin", "tadi"):
            anchored = True
        elif w.low not in TIME_WORDS:
            return False
    return anchored


def _after_means(part: list[Word]) -> list[Word] | None:
    """`Melalui pesan teks Telkom menerangkan`: the means (`melalui`/`lewat` and lowercase
    words), then the capitalised name of the one who speaks through it."""
    if len(part) < 3 or part[0].low not in ("melalui", "lewat") or not part[1].text[:1].islower():
        return None
    k = next((k for k in range(2, len(part)) if is_cap(part[k].text)), None)
    if k is None or len(part) - k > 5 or not all(is_cap(w.text) for w in part[k:]):
        return None
    if not all(w.text[:1].islower() for w in part[1:k]):
        return None
    return part[k:]


def _first_clause_subject(norm: str, part: list[Word], v: int) -> tuple[int, int] | None:
    """`Trump merespons pengumuman Musk, menyebut …`: a clause with its own verb, a comma, then
    the verb of saying, which shares the first clause's subject (a name or a pronoun)."""
    if norm[part[-1].end : v].strip() != ",":
        return None
    k = next((k for k, w in enumerate(part) if k and is_verbish(w.text) and w.text[:1].islower()), None)
    if k is None or k > 4:
        return None
    subj = part[:k]
    if not (all(is_cap(w.text) for w in subj) or (k == 1 and is_pronoun(subj[0].text))):
        return None
    if subj[0].low in NOT_SUBJECT_START or subj[0].low in ADJUNCT_PREPOSITIONS:
        return None
    return subj[0].start, subj[-1].end


def _before_scene(part: list[Word]) -> list[Word]:
    """`X melalui pesan singkat yang diterima di Jakarta, mengatakan`, `X dalam keterangan
    tertulis yang diterima ANTARA di Jakarta, Senin, mengatakan`: a name followed by the means or
    the scene of the saying; the subject ends before it, and the scene's own verbs and relative
    clause (`tertulis`, `yang diterima`) are not the subject's. (Not before a capitalised word
    after a description that points back, `Direktur … pada Kejaksaan Agung ini`: part of the role.)"""
    for k in range(1, len(part)):
        w = part[k]
        if w.low not in _SAYING_SCENE or not w.text[:1].islower() or not is_cap(part[k - 1].text):
            continue
        if part[-1].low in DEMONSTRATIVES and k + 1 < len(part) and is_cap(part[k + 1].text):
            continue
        return part[:k]
    return part


# prepositions that open an adjunct leading a clause before its subject (`Dalam sambutannya …`)
_LEAD_ADJUNCTS = ADJUNCT_PREPOSITIONS | wordset("adjunct_start") | wordset("oblique_prepositions")


def _adjunct_then_pronoun(part: list[Word], led: bool, via_words: set[str]) -> bool:
    """`Dalam sambutannya dia mengatakan`, `Usai rapat ia menegaskan`, `Untuk itulah ia
    mengimbau`, `Seperti dikutip NME ia mengatakan`: an adjunct opening the clause with no comma
    after it, then a personal pronoun right before the verb. The pronoun alone is the subject;
    the adjunct's words are no part of it (not `Adik dia …`, where no preposition leads)."""
    if len(part) < 2 or is_pronoun(part[-1].text) not in ("person", "group"):
        return False
    if part[-1].low == "dirinya":
        return False
    return led or part[0].low in _LEAD_ADJUNCTS or part[0].low in via_words


def _cue_at(norm: str, v: int) -> bool:
    """Is the word at ``v`` a verb of saying? (Other verbs' subjects, read by the events layer,
    are left as they were: `Untuk setiap hasil angkutan mereka dihargai …` is no saying.)"""
    w = words(norm, v, min(len(norm), v + 40))
    return bool(w) and lexicon().cue(w[0].text) is not None


# first-person pronouns (`saya`, `kami`), which the speaker reader does not resolve (pronouns.tsv)
_FIRST_PERSON = wordset("first_person")


def subject_before(norm: str, s: int, v: int) -> tuple[int, int] | None:
    """The subject of a verb at ``v`` in a clause starting at ``s``: connectives and leading
    adjuncts dropped, the last comma part taken (``Kantor berita Rusia, TASS, melaporkan`` → TASS),
    adverbs before the verb dropped. None when what stands there is not a plain noun phrase.
    Kept with the text's word index: the events layer's rules and its party ranker ask again for
    the clauses the quotes layer read."""
    idx = indexed(norm)
    if idx is None:
        return _subject_before(norm, s, v)
    key = ("subject_before", s, v)
    if key not in idx.answers:
        idx.answers[key] = _subject_before(norm, s, v)
    return idx.answers[key]  # type: ignore[return-value]


def _subject_before(norm: str, s: int, v: int) -> tuple[int, int] | None:
    s = strip_connectives(norm, s, v)
    ws = words(norm, s, v)
    if not ws:
        return None
    cleft = _cleft(norm, ws)
    if cleft is not None:
        return cleft
    # split on commas; take the last non-empty part
    parts: list[list[Word]] = [[]]
    scenes: set[int] = set()  # ids of parts a temporal subordinator opens
    led: set[int] = set()  # ids of parts opening the clause with a temporal subordinator
    for k, w in enumerate(ws):
        if k and "," in norm[ws[k - 1].end : w.start]:
            parts.append([])
        if w.low in SUBORDINATORS:
            if k:
                parts.append([])
                if w.low in _SCENE_CUT:
                    scenes.add(id(parts[-1]))
            elif w.low in _SCENE_CUT:
                led.add(id(parts[-1]))
            continue  # `Meski telah menyampaikan …`: the word itself is no subject
        parts[-1].append(w)
    nonempty = [p for p in parts if p]
    if not nonempty:
        return None
    part = nonempty[-1]
    lex = lexicon()
    via_words = {m.split()[0] for m, _ in lex.via}
    when = False
    for k, cand in enumerate(reversed(nonempty)):
        # skip `, seperti dilansir AFP,` and other adjunct parts between a subject and its verb
        if cand[0].low in via_words or cand[0].low in ADJUNCT_PREPOSITIONS:
            continue
        if k + 1 < len(nonempty) and all(w.low.strip(".") in DEGREES for w in cand):
            continue  # `dr. Hengky Setyahadi Sp. B, FINACS, FICS, mengatakan`: degrees after the name
        if k + 1 < len(nonempty) and (is_when(cand) or id(cand) in scenes and (when or is_verbish(cand[0].text))):
            when = True
            continue  # `…, Kamis, mengatakan`, `X saat dihubungi, …`: when, not who
        if when and k + 1 < len(nonempty) and _place_goes_on(nonempty[len(nonempty) - 2 - k], cand):
            continue  # `X di Istana Merdeka, Jakarta, Kamis, mengatakan`: the city of the venue
        part = cand
        # `Anthony Lee, yang bekerja di FDA …, mengatakan`: a relative clause set off by commas
        # describes the name before it, which is the subject
        # (not `Pada saat yang sama, dia juga memproyeksikan`: a pronoun subject of its own, and
        # a part led by a preposition is no name)
        rel = next((p for p in range(len(nonempty) - 1 - k, 0, -1) if nonempty[p][0].low == "yang"), None)
        if (
            rel is not None
            and is_cap(nonempty[rel - 1][-1].text)
            and nonempty[rel - 1][0].low != "yang"
            and nonempty[rel - 1][0].low not in NOT_SUBJECT_START
            and not is_pronoun(cand[0].text)
        ):
            part = nonempty[rel - 1]
        # `Vika, petugas call center PT Jasa Marga, mengungkapkan`: a description set off by
        # commas after a name; the name is the subject
        idx = len(nonempty) - 1 - k
        if part is cand and idx > 0 and cand[0].low in ("dan", "serta") and all(is_cap(w.text) for w in cand[1:]):
            # `Kepala Biro Humas, Data, dan Informasi Kemenag Mastuki`: the last field of a role
            # listing its fields, then the name; the subject is the whole listing
            j = idx
            while j > 0 and all(is_cap(w.text) for w in nonempty[j - 1]) and len(nonempty[j - 1]) <= 4:
                j -= 1
            part = [w for p in nonempty[j : idx + 1] for w in p]
            break
        # (not `Sekarang, dia mengklaim`, `Pemprov NTB, dia berujar, …`: the pronoun is the subject;
        # nor `"Alhamdulillah, kami sudah mengucapkan`: a part the speaker's `saya`/`kami` opens)
        if (
            part is cand
            and idx > 0
            and cand[0].text[:1].islower()
            and cand[0].low not in NAMING_WORDS  # `…, yakni Taylor Hawkins,`: the name comes after
            and not is_pronoun(norm[cand[0].start : cand[-1].end])
            and cand[0].low not in _FIRST_PERSON
        ):
            name = list(nonempty[idx - 1])
            while len(name) > 1 and name[-1].low in ("misalnya", "contohnya"):
                name.pop()  # `Muhammad Israr misalnya, seorang dokter di …, mengatakan`
            if (
                len(name) <= 4
                and all(is_cap(w.text) for w in name)
                and name[0].low not in ADJUNCT_PREPOSITIONS
                and not is_pronoun(norm[name[0].start : name[-1].end])
                and not any(w.low in DAY_OR_MONTH for w in name)
            ):
                part = name
        break
    if id(part) in led:
        # `Usai pertandingan Mourinho mengaku …`: a scene with no comma before the subject's name
        m = next((j for j in range(1, len(part)) if is_cap(part[j].text) and not is_cap(part[j - 1].text)), None)
        if m is not None:
            part = part[m:]
    if _adjunct_then_pronoun(part, id(part) in led, via_words) and _cue_at(norm, v):
        part = part[-1:]  # `Dalam sambutannya dia mengatakan …`: the pronoun, not the adjunct
    # `seorang warga bernama Massimo Mascoli (68)`: the name, without the age in brackets
    named = next((k for k, w in enumerate(part[:-1]) if w.low in NAMING_WORDS), None)
    if named is not None and is_cap(part[named + 1].text):
        part = part[named + 1 :]
    if len(part) > 1 and part[-1].text.isdigit() and "(" in norm[part[-2].end : part[-1].start]:
        part = part[:-1]
    if len(part) > 1 and "," in norm[part[-1].end : v] and (is_verbish(part[-1].text) or lex.cue(part[-1].text)):
        # `Namun badan antariksa AS itu membantah, menegaskan bahwa …`: two verbs, one subject
        part = part[:-1]
        while part and part[-1].low in ADVERBS:
            part.pop()
        if not part:
            return None
    # the part after a subordinate clause can itself start with a connective
    s2 = strip_connectives(norm, part[0].start, v)
    part = [w for w in part if w.start >= s2]
    while part and part[-1].low in ADVERBS:
        part.pop()
    if not part and part is not nonempty[0] and len(nonempty) > 1 and nonempty[-1][0].low in ADVERBS:
        # `Ia berharap …, bahkan menyarankan agar …`: a second verb after a comma and an adverb
        # shares the subject of the first clause
        prev = nonempty[-2]
        first_verb = next((k for k, w in enumerate(prev) if k and (is_verbish(w.text) or lex.cue(w.text))), None)
        if first_verb is not None:
            return subject_before(norm, prev[0].start, prev[first_verb].start)
        if len(nonempty[-1]) == 1:
            # `Drummer band itu, yakni Taylor Hawkins, malah mengatakan …`: an adverb alone after
            # the subject's own comma part
            return subject_before(norm, nonempty[0][0].start, prev[-1].end)
    if part and part[-1].low in ("dan", "serta", "lalu", "kemudian"):
        # `Cook menyampaikan apresiasi … dan menyatakan …`: the subject of the first verb
        first_verb = next(
            (
                k
                for k, w in enumerate(part)
                if is_verbish(w.text) or lexicon().cue(w.text) or (k and w.low in _BARE_VERBS and w.text[:1].islower())
            ),
            None,
        )  # `Rudi datang ke DPR dan mengatakan …`: a verb without an affix opens the first clause too
        if first_verb is None or first_verb == 0:
            return None
        if part[first_verb - 1].low in _NOT_STATED:
            return None  # `mereka jangan beradu sara dan berujar kebencian`: the first verb is not done either
        part = part[:first_verb]
        while part and part[-1].low in ADVERBS:
            part.pop()
    if not part:
        return None
    means = _after_means(part)
    if means is not None:
        return means[0].start, means[-1].end  # `Melalui pesan teks Telkom menerangkan, …`
    shared = _first_clause_subject(norm, part, v)
    if shared is not None:
        return shared
    if part[0].low in NOT_SUBJECT_START:
        return None
    part = _before_scene(part)
    head = []
    for w in part:
        if w.low == "yang":
            if len(part) > 10:
                return None  # a long relative clause: the verb is not this subject's
            if part[-1].low in DEMONSTRATIVES and part[0].text[:1].isupper():
                return part[0].start, part[-1].end  # `Perempuan yang disapa Leni ini`: points back
            break
        head.append(w)
    lex = lexicon()
    caps = sum(1 for w in head if is_cap(w.text))
    if not head or len(head) > (18 if caps * 2 >= len(head) else 12):
        return None
    titled = len(head) > 2 and head[0].low in lex.titles and all(is_cap(w.text) for w in head[:2])
    if not titled and any(w.low in lex.not_speakers for w in head[:2]):
        return None  # `Hasil penelitian menunjukkan …`: a finding (not `Direktur Riset X`: a title's field)
    # `Pria berusia 45 tahun itu`, `Lelaki berkacamata itu`: a description closed by a
    # demonstrative points back at a person; its `ber-` words describe them, no verb of theirs
    described = len(head) > 2 and head[-1].low in DEMONSTRATIVES and is_cap(head[0].text)
    for k, w in enumerate(head):
        if w.low in ("melalui", "lewat"):
            break
        if k and w.low in _SCENE_CUT and w.text[:1].islower():
            break  # `X saat dihubungi di Jakarta, Kamis, mengatakan`: the scene is cut off below
        if k and f"{head[k - 1].low} {w.low}" in lex.titles:
            continue  # `Duta besar`, `Guru besar`: a title of two words, the second shaped like a verb
        if k and w.low in ROLE_MODIFIERS and is_cap(head[k - 1].text):
            continue  # `Wakil Gubernur DKI terpilih Sandiaga Uno`: `terpilih` qualifies the title
        if described and w.low.startswith("ber"):
            continue
        if is_verbish(w.text) and w.low not in lex.titles and w.low not in lex.speaker_nouns:
            return None
    if head[0].low in ("dalam", "di", "pada", "saat", "ketika") and head[0].text[:1].isupper():
        # `Dalam situasi tersebut baru-baru ini Albert Varela selaku …`: a scene set before the
        # subject without a comma; the subject is the name after it
        m = next((k for k in range(2, len(head)) if is_cap(head[k].text) and not is_cap(head[k - 1].text)), None)
        if m is not None and not any(w.low in ("ke", "di", "dari") for w in head[m - 1 : m]):
            head = head[m:]
    cut = list(head)
    # `Direktur Penyidikan (Dirdik) pada Kejaksaan Agung ini`: a description ending in a
    # demonstrative points back as a whole; its `pada`/`di` belong to the role, not a scene
    # (not `Dalam Inpres tersebut menekankan …`: a scene opens the clause, nobody is named)
    pointing = (
        len(head) > 2
        and head[-1].low in DEMONSTRATIVES
        and is_cap(head[0].text)
        and head[0].low not in ("dalam", "di", "pada", "kepada", "melalui", "lewat")
    )
    for k, w in enumerate(head):
        if (
            pointing
            and k
            and w.low in ("dalam", "di", "pada", "kepada")
            and k + 1 < len(head)
            and is_cap(head[k + 1].text)
        ):
            continue
        if k and w.low == "di" and k + 1 < len(head) and head[k + 1].low == "bawah":
            break  # `sejumlah organisasi di bawah naungan Partai Golkar`: who they are, not where
        # a capitalised `Dalam` belongs to a name (`Kementerian Dalam Negeri`)
        if (w.low in ("melalui", "lewat", "dalam", "di", "pada", "kepada") or w.low in _SCENE_CUT) and not (
            k and w.text[:1].isupper() and head[k - 1].text[:1].isupper()
        ):
            cut = head[:k]
            break
        if k and w.low in ("selaku", "sebagai"):
            cut = head[:k]  # `Albert Varela selaku manajer personal Martin`: the name
            break
    if not cut:
        return None
    return cut[0].start, cut[-1].end


def _cleft(norm: str, ws: list[Word]) -> tuple[int, int] | None:
    """`Adalah Menko Perekonomian Darmin Nasution dan Menkeu Sri Mulyani yang kemudian
    mengingatkan …`: a cleft puts the subject between `Adalah` and `yang` right before the verb."""
    if len(ws) < 3 or ws[0].low != "adalah" or not is_cap(ws[0].text):
        return None
    k = len(ws)
    while k > 1 and ws[k - 1].low in ADVERBS:
        k -= 1
    if ws[k - 1].low != "yang" or k < 3 or any(w.low == "yang" for w in ws[1 : k - 1]):
        return None
    if any(c in norm[ws[0].end : ws[k - 1].start] for c in '.;:!?"('):
        return None
    return subject_before(norm, ws[1].start, ws[k - 1].start)


def is_pronoun(text: str) -> str | None:
    """What a pronoun may stand for; `pun` written onto it (`Iapun`, `Diapun`) is still the pronoun."""
    low = text.lower()
    pron = lexicon().pronouns
    if low not in pron and low.endswith("pun") and low[:-3] in pron:
        low = low[:-3]
    return pron.get(low)


def cue_of(w: Word) -> tuple[Cue, bool] | None:
    """The cue a word is, and whether it carries a -nya clitic."""
    c = lexicon().cue(w.text)
    if c is None:
        return None
    return c, w.low != c.form and w.low.endswith("nya")


# `"…," demikian pernyataan resmi NASA`: nouns of a statement after `demikian`, and their modifiers
STATEMENT_NOUNS = {
    "pernyataan": "nyata",
    "keterangan": "terang",
    "bunyi": "bunyi",
    "penjelasan": "jelas",
    "isi": "isi",
    "laporan": "lapor",
    "putusan": "putus",  # `," demikian putusan hakim seperti dikutip dari situs …`
    "petikan": "petik",  # `," demikian petikan uraian kejadian dalam surat itu.`
    "kutipan": "kutip",
}
STATEMENT_MODIFIERS = frozenset(("resmi", "tertulis", "tertulisnya", "pers", "dari"))
# an excerpt is of a text whose container, when named, is the source (`petikan uraian … dalam surat itu`)
EXCERPT_NOUNS = frozenset(("petikan", "kutipan"))
# verbs of giving a statement noun (`memberikan keterangan, "…"`)
GIVING_VERBS = frozenset(("memberikan", "memberi", "menyampaikan", "mengeluarkan"))


def post_attribution(norm: str, s: int, e: int, inner_end: str) -> Attribution | None:
    """An attribution right after a closing quote mark: `," ujar Peskov, seperti dilansir X`,
    `," jelasnya`, `," Peskov mengatakan`, `," menurut X`."""
    ws = words(norm, s, e)
    if not ws:
        return None
    lead = norm[s : ws[0].start]
    if any(c in lead for c in '"('):
        return None
    stopped = any(c in lead for c in ".!?")
    i = 0
    if ws[0].low in ("demikian", "begitu") and len(ws) > 1:
        i = 1
        if ws[1].low == "yang" and len(ws) > 2 and ws[2].low in wordset("written_cues"):
            i = 2  # `," begitu yang tertulis dalam …`
    w = ws[i]
    att: Attribution | None = None
    lex = lexicon()
    low = w.low
    if low in wordset("written_cues") and (i > 0 or inner_end == ","):
        att = _written_in(norm, ws, i, (s, e))
    elif low in STATEMENT_NOUNS and (i == 1 or (inner_end == "," and low not in ("isi", *EXCERPT_NOUNS))):
        # `," demikian pernyataan resmi NASA.`, `demikian laporan tertulis P2BK Purabaya Yanto`,
        # and right after the quote: `," pernyataan BPBD Sukabumi melalui rilis resminya.`
        k = i + 1
        while k < len(ws) and ws[k].low in STATEMENT_MODIFIERS:
            k += 1
        sp = np_after(norm, ws, k) if k < len(ws) else None
        if sp is None:
            return None
        if low in EXCERPT_NOUNS:
            sp = _excerpt_source(norm, ws, sp)
        lemma = STATEMENT_NOUNS[low]
        att = Attribution(w.text, lemma, (w.start, w.end), sp, is_pronoun(norm[sp[0] : sp[1]]), (s, e))
    elif low in ("menurut", "menurutnya"):
        if low == "menurutnya":
            att = Attribution(w.text[:7], "menurut", (w.start, w.start + 7), None, "any", (s, e))
        else:
            sp = np_after(norm, ws, i + 1)
            att = Attribution(w.text, "menurut", (w.start, w.end), sp, None, (s, e))
    else:
        cn = cue_of(w)
        if cn is not None:
            cue, clitic = cn
            if stopped and not (w.text[:1].islower() and "post" in cue.uses):
                return None
            ok_use = cue.uses & {"post", "passive", "active", "directive"}
            if not ok_use:
                return None
            written = w.text[:-3] if clitic else w.text
            cs = (w.start, w.start + len(written))
            if clitic:
                sp = None
                named = i + 1 < len(ws) and is_cap(ws[i + 1].text) and ws[i + 1].low not in DAY_OR_MONTH
                # `ujarnya Ma'mun`; not a wire credit in brackets (`katanya (Antara).`)
                if named and not any(c in norm[w.end : ws[i + 1].start] for c in ",.;(["):
                    sp = np_after(norm, ws, i + 1)
                att = Attribution(written, cue.lemma, cs, sp, None if sp else "any", (s, e))
            else:
                sp = np_after(norm, ws, i + 1)
                pron = None
                if sp is not None:
                    pron = is_pronoun(norm[sp[0] : sp[1]])
                att = Attribution(written, cue.lemma, cs, sp, pron if pron else (None if sp else "any"), (s, e))
        elif not stopped:
            # `," Peskov mengatakan.` / `," ia menambahkan.`
            for j in range(i + 1, min(len(ws), i + 7)):
                cn = cue_of(ws[j])
                if cn is None:
                    if any(c in norm[ws[j - 1].end : ws[j].start] for c in ",.;:"):
                        break
                    continue
                cue, clitic = cn
                if clitic or not (cue.uses & {"active", "post"}):
                    break
                sp = (ws[i].start, ws[j - 1].end)
                np_text = norm[sp[0] : sp[1]]
                pron = is_pronoun(np_text)
                described = ws[j - 1].low in DEMONSTRATIVES  # `bos Space X dan Tesla itu`
                known_head = ws[i].low in lex.speaker_nouns or ws[i].low in lex.titles
                if not pron and not is_cap(ws[i].text) and not known_head and not described:
                    break
                rest = ws[j + 1 :]
                if inner_end not in ",!?-" and rest and rest[0].low not in NP_STOP:
                    break
                att = Attribution(ws[j].text, cue.lemma, (ws[j].start, ws[j].end), sp, pron, (s, e))
                break
    if att is None:
        return None
    via = find_via(norm, att.cue_span[1] if att.cue_span else s, e)
    if via:
        att.via, att.via_span = via
    return att


def _excerpt_source(norm: str, ws: list[Word], sp: tuple[int, int]) -> tuple[int, int]:
    """`," demikian petikan uraian kejadian dalam surat itu`: an excerpt quotes a text, and the
    document it is written in (`dalam`/`di` + a noun phrase, no comma between) is its source;
    with none named the excerpt's own noun phrase stays (`demikian kutipan surat KPK`)."""
    k = next((j for j, w in enumerate(ws) if w.start >= sp[1]), None)
    if k is None or k + 1 >= len(ws) or ws[k].low not in wordset("written_places"):
        return sp
    if any(c in norm[sp[1] : ws[k + 1].start] for c in ',.;:"()'):
        return sp
    return np_after(norm, ws, k + 1) or sp


def _written_in(norm: str, ws: list[Word], i: int, span: tuple[int, int]) -> Attribution | None:
    """`," begitu tulisan di salah satu unggahan di akun Instagram milik Lilipaly`, `," demikian
    tertulis dalam dokumen`: words given as written somewhere are their owner's (`milik X`;
    `miliknya` points back), else the thing's they are written in (a document, like `tulis
    dokumen tersebut`), never a post's whose owner is not named with it. Without the place
    (`demikian tulisan Kompas`) it is no attribution here."""
    k = i + 1
    if k + 1 >= len(ws) or ws[k].low not in wordset("written_places"):
        return None
    if any(c in norm[ws[i].end : ws[k + 1].start] for c in ',.;:"()'):
        return None
    owners = wordset("owner_links")
    for j in range(k + 1, min(len(ws), k + 12)):
        if j > k + 1 and any(c in norm[ws[j - 1].end : ws[j].start] for c in ',.;:"()'):
            break
        if ws[j].low in owners:
            sp = np_after(norm, ws, j + 1) if j + 1 < len(ws) else None
            if sp is None:
                return None
            return Attribution(ws[i].text, "tulis", (ws[i].start, ws[i].end), sp, is_pronoun(norm[sp[0] : sp[1]]), span)
        if ws[j].low.endswith("nya") and ws[j].low[:-3] in owners:  # `akun instagram miliknya`
            return Attribution(ws[i].text, "tulis", (ws[i].start, ws[i].end), None, "any", span)
    if ws[k + 1].low in wordset("written_posts"):
        return None  # `tertulis dalam unggahan yang dilihat`: whose post was told before
    sp = np_after(norm, ws, k + 1)
    if sp is None:
        return None
    return Attribution(ws[i].text, "tulis", (ws[i].start, ws[i].end), sp, None, span)


# what a sentence closing a quote points back at (`Hal itu disampaikan X`, `Pernyataan tersebut …`)
_POINTED_STATEMENTS = frozenset(("hal", "pernyataan", "penjelasan", "keterangan", "ucapan", "pesan", "imbauan"))


def closing_attribution(norm: str, s: int, e: int) -> Attribution | None:
    """`"…." Hal itu disampaikan Menteri X di Jakarta.` / `Demikian dikatakan X.`: a sentence with
    no content of its own that gives the words just quoted to the agent of a passive verb of
    saying (the sentence is no quote; it attributes the one before it)."""
    ws = words(norm, s, e)
    if len(ws) < 3:
        return None
    k = 0
    if ws[0].low in _POINTED_STATEMENTS and ws[1].low in DEMONSTRATIVES:
        k = 2
    elif ws[0].low == "demikian":
        k = 1
    else:
        return None
    while k < len(ws) and ws[k].low in ("pun", "juga", "antara", "lain", "sebelumnya"):
        k += 1
    if k >= len(ws):
        return None
    low = ws[k].low
    clitic = low.endswith("nya") and lexicon().cue(low) is None
    cue = lexicon().cue(low[:-3] if clitic else low)
    if cue is None or "passive" not in cue.uses or not low.startswith("di"):
        return None
    cue_w = ws[k]
    if clitic:  # `Hal itu disampaikannya …`
        sp = None
        pron = "any"
    else:
        sp = np_after(norm, ws, k + 1)
        if sp is None:
            return None
        first = norm[sp[0] : sp[1]].split()[0]
        pron = is_pronoun(norm[sp[0] : sp[1]])
        if not pron and not is_cap(first) and first.lower().strip(".") not in lexicon().titles:
            return None  # `Hal itu disampaikan dalam rapat …`: no agent
    cue_end = cue_w.end - 3 if clitic else cue_w.end
    return Attribution(norm[cue_w.start : cue_end], cue.lemma, (cue_w.start, cue_end), sp, pron, (ws[0].start, e))


WORDING_VERBS = wordset("wording_verbs")
WORDED_TEXTS = wordset("worded_texts")
TEXT_OWNER_LINKS = wordset("text_owner_links")
OWNER_LOOKBACK = 800  # characters before a text's subject where it may have been named with its owner
MAX_OWNER_WORDS = 6


def _owner_after(norm: str, ws: list[Word], k: int, end: int) -> tuple[int, int] | None:
    """The name of the owner right after the text noun ``ws[k]`` (`cuitan Trump`, `surat dari
    Jokowi`, `kalimat yang diucapkan Megawati`), within ``ws[:end]``, or None."""
    j = k + 1
    if j < end and ws[j].low in TEXT_OWNER_LINKS:
        linked_by_yang = ws[j].low == "yang"
        j += 1
        if linked_by_yang:
            if not (j < end and ws[j].low.startswith("di") and not is_cap(ws[j].text)):
                return None
            j += 1  # `yang diucapkan`, `yang ditulis`
            j += j < end and ws[j].low == "oleh"
    n = j
    while n < end and n - j < MAX_OWNER_WORDS and is_cap(ws[n].text) and ws[n].low not in DAY_OR_MONTH:
        if n > j and "," in norm[ws[n - 1].end : ws[n].start]:
            break
        n += 1
    return (ws[j].start, ws[n - 1].end) if n > j else None


def _worded(norm: str, ws: list[Word], s: int, e: int) -> Attribution | None:
    """`Kalimat pertama yang dipermasalahkan berbunyi, "…"`, `Cuitan Trump berbunyi: "…"`: a verb
    of a text's wording right before the quotation; the text's owner is its source, named after
    the text noun in the subject, else after the same noun where the text was named before (`dua
    kalimat yang diucapkan Megawati`). With no owner named there is no source (`Pesan tersebut
    berbunyi "…"` of an unnamed spammer), and an inscription (`spanduk bertuliskan`) is no text
    of `worded_texts`."""
    v = ws[-1]
    head = next((k for k, w in enumerate(ws[:-1]) if w.low in WORDED_TEXTS), None)
    if head is None:
        return None
    owner = _owner_after(norm, ws, head, len(ws) - 1)
    if owner is None:
        back = words(norm, max(0, s - OWNER_LOOKBACK), s)
        for k in range(len(back) - 1, -1, -1):
            if back[k].low == ws[head].low:
                owner = _owner_after(norm, back, k, len(back))
                if owner is not None:
                    break
    if owner is None:
        return None
    return Attribution(v.text, "bunyi", (v.start, v.end), owner, None, (s, e))


def pre_attribution(norm: str, s: int, e: int) -> Attribution | None:
    """An attribution that leads into a quote: `Ia melanjutkan, "…"`, `Menurut X, "…"`,
    `X dalam keterangannya: "…"`."""
    text = norm[s:e].rstrip()
    if not text:
        return None
    ws = words(norm, s, e)
    if not ws:
        return None
    if ws[-1].low in WORDING_VERBS and norm[ws[-1].end : e].strip() in ("", ",", ":"):
        return _worded(norm, ws, s, e)
    if text[-1] not in ",:":
        # `Dalam ceramahnya, Rizieq mengatakan "…"`: a verb of saying right before the quote mark
        last = cue_of(ws[-1])
        if last is None or last[1] or not (last[0].uses & {"active"}) or ws[-1].end != s + len(text):
            return None
        sp = subject_before(norm, s, ws[-1].start)
        if sp is None:
            return None
        w = ws[-1]
        return Attribution(w.text, last[0].lemma, (w.start, w.end), sp, is_pronoun(norm[sp[0] : sp[1]]), (s, e))
    lex = lexicon()
    for k in range(len(ws) - 1, max(-1, len(ws) - 7), -1):
        w = ws[k]
        if w.low in lex.according or w.low == "menurutnya":
            if w.low == "menurutnya":
                return Attribution(w.text[:7], "menurut", (w.start, w.start + 7), None, "any", (s, e))
            sp = np_after(norm, ws, k + 1)
            pron = is_pronoun(norm[sp[0] : sp[1]]) if sp else None
            return Attribution(w.text, "menurut" if w.low == "menurut" else w.low, (w.start, w.end), sp, pron, (s, e))
        if k and w.low in STATEMENT_NOUNS and ws[k - 1].low in GIVING_VERBS and k == len(ws) - 1:
            # `Seorang warga memberikan keterangan, "…"`: giving a statement leads into the quote
            sp = subject_before(norm, s, ws[k - 1].start)
            if sp is None:
                return None
            cue_text = norm[ws[k - 1].start : w.end]
            pron = is_pronoun(norm[sp[0] : sp[1]])
            return Attribution(cue_text, STATEMENT_NOUNS[w.low], (ws[k - 1].start, w.end), sp, pron, (s, e))
        cn = cue_of(w)
        if cn is None:
            continue
        cue, clitic = cn
        if clitic:
            return Attribution(w.text[:-3], cue.lemma, (w.start, w.end - 3), None, "any", (s, e))
        if cue.uses & {"active", "directive", "vp"}:
            sp = subject_before(norm, s, w.start)
            if sp is None:
                return None
            pron = is_pronoun(norm[sp[0] : sp[1]])
            att = Attribution(w.text, cue.lemma, (w.start, w.end), sp, pron, (s, e))
            via = find_via(norm, sp[1], w.start)  # `Seorang juru bicara, seperti dilansir X, berkata, "…"`
            if via is not None:
                att.via, att.via_span = via
            return att
        if cue.uses & {"post", "passive"}:
            sp = np_after(norm, ws, k + 1)
            if sp is None:
                return None
            pron = is_pronoun(norm[sp[0] : sp[1]])
            return Attribution(w.text, cue.lemma, (w.start, w.end), sp, pron, (s, e))
    if text[-1] == ":":
        sp = subject_before(norm, s, e - (len(norm[s:e]) - len(text)) - 1)
        caps = sum(1 for w in norm[sp[0] : sp[1]].split() if is_cap(w)) if sp else 0
        if sp is not None and is_cap(norm[sp[0] : sp[1]]) and (caps >= 2 or norm[s : sp[0]].strip()):
            return Attribution(None, None, None, sp, is_pronoun(norm[sp[0] : sp[1]]), (s, e))
    return None
