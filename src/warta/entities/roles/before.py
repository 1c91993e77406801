"""The role written before a name: a description set off by a comma (`Koordinator data ASDP cabang
Bakauheni, Ahsan Muhtar`), a post before a rank (`Humas Polres Labuhanbatu AKP Viktor Sibarani` → the
post, not `AKP`), a post that runs across commas, a trade in lower case right before the name
(`pengusaha Ross Perot`) and a role before initials (`sopir mobil … berinisial AR`). The tagger's
title run reads the plain `Title Name`; these read what it stops short of."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.entities.gazetteer import country_of
from warta.entities.patterns import first_words, lexicon
from warta.entities.roles.runs import WEEKDAYS
from warta.entities.roles.words import (
    BOUNDARY,
    MAX_ROLE_WORDS,
    NOT_POSTS,
    SENTENCE_END_WORD,
    WORD,
    head_words,
    is_head,
    is_rank,
    is_relation,
    positions,
    role_firsts,
    role_lists,
    verbish,
)
from warta.entities.words import month_words

_SERVICES = frozenset(("tni", "pol", "polisi", "polri"))


# nouns of what a source said: the post after one is the source's, not the next name's
_SOURCE_NOUNS = frozenset(("keterangan", "penjelasan", "pengakuan", "kesaksian", "informasi", "laporan", "pernyataan"))


def _short_form_open(words: list[str], close: int) -> int | None:
    """Where the brackets closing at ``words[close]`` open, when they hold a short form: one to
    three capitalised words (`(OJK)`, `(Kasi Intel)`, `(Kasat Reskrim)`)."""
    for n in (1, 2, 3):
        o = close - n - 1
        if o < 0:
            return None
        if words[o] == "(":
            inside = words[o + 1 : close]
            return o if all(x[:1].isupper() for x in inside) else None
    return None


def role_words(
    words: list[str], heads: frozenset[str], described: bool = False, enclosed: bool = False
) -> list[str] | None:
    """The role inside ``words`` (the words right before a comma or a rank): from its first
    head word on, with no boundary, stop word or verb in it."""
    stop = role_lists()["stop"]
    tail: list[str] = []
    k = len(words)
    stopped = ""
    while k > 0:
        k -= 1
        w = words[k]
        opened = _short_form_open(words, k) if w == ")" else None
        if opened is not None:
            # `… dari Otoritas Jasa Keuangan (OJK), Tomi`: an acronym in brackets inside the role;
            # `Kepala Seksi Intelijen (Kasi Intel) Kejari Lembata, Risal`: the post's short form
            tail.extend(reversed(words[opened : k + 1]))
            k = opened
            continue
        # `bos SpaceX dan Tesla`, `kuasa hukum Mensesneg dan PPKGBK`: two bodies joined inside a role
        joined = (
            w.lower() in ("dan", "serta")
            and tail
            and tail[-1][:1].isupper()
            and tail[-1].lower() not in heads  # `… dan Menteri Keuangan`: a second person's title
            and k
            and words[k - 1][:1].isupper()
        )
        # `Utusan Khusus PBB untuk Suriah`, `kepala badan PBB untuk pengungsi Palestina`: what a body or
        # a post is for, after a name in capitals
        purpose = w == "untuk" and tail and k and words[k - 1][:1].isupper() and words[k - 1] not in BOUNDARY
        # `Visiting Professor pada Asser Institute`: the body the post is at; `peneliti dan dosen
        # Universitas X`: a second post of the same person
        inside = bool(tail) and k > 0 and words[k - 1] not in BOUNDARY and post_goes_on(w, words[:k], tail[-1], heads)
        if (
            w in BOUNDARY
            or (w.lower() in stop and not joined and not purpose and not inside)
            or (verbish(w) and not is_head(w, heads))
        ):
            stopped = w.lower()
            break
        if k < len(words) - 1 and SENTENCE_END_WORD.search(w):
            break  # `… Topan Ginting. Dalam kesaksiannya, Maryam`: the sentence before
        tail.append(w)
        if len(tail) > MAX_ROLE_WORDS:
            return None
    tail.reverse()
    start = next(
        (
            k
            for k, w in enumerate(tail)
            # `orang tua korban`: a head of two words, the first no head alone
            if is_head(w, heads) or (w.lower() == "orang" and k + 1 < len(tail) and tail[k + 1].lower() == "tua")
        ),
        None,
    )
    if start is None:
        start = _after_indefinite(tail)
    if start is None:
        return None
    # `anak dari Direktur Pertamina, Ibnu Sutowo`: the relation is someone else's; the post after
    # `dari` is the named person's
    while start + 1 < len(tail) and tail[start + 1].lower() == "dari" and is_relation(tail[start]):
        nxt = next((k for k in range(start + 2, len(tail)) if is_head(tail[k], heads)), None)
        if nxt is None:
            # `Istri dari Budi Santoso, Siti`: the relation to a person named after `dari` is hers
            named = tail[start + 2 :]
            if named and all(w[:1].isupper() for w in named):
                break
            return None
        start = nxt
    if start and tail[start - 1].lower() in _SOURCE_NOUNS and not enclosed:
        # `berdasarkan keterangan komandan kompi, Zasmi terlihat murung`: who told it; but a name set
        # off on both sides is the description's (`meminta keterangan rekan bisnis Sandi, Andreas, yang …`)
        return None
    role = tail[start:]
    # `Menurut jaksa, Sri saat itu menagih`: the source of the words, not Sri's post; but `kata
    # salah satu siswa, Rina`: a qualifier before the noun makes it a description of the speaker
    # (a noun a relative clause describes is the speaker's description: `kata dokter yang merawatnya, Ani`)
    if (
        stopped in ("menurut", "kata", "ujar")
        and len(role) == 1
        and role[0][:1].islower()
        and not start
        and not described
        and not (enclosed and role[0].lower().endswith("nya"))  # `kata pengacaranya, Eric, kepada …`
    ):
        return None
    return role if role and not is_rank(" ".join(role)) else None


_DESCRIBED_WORDS = 6  # `veteran pejuang kemerdekaan`: a description after `seorang` is a short noun phrase


def _after_indefinite(tail: list[str]) -> int | None:
    """`Salah seorang veteran pejuang kemerdekaan, Wimo`: the noun phrase after `seorang` (`salah
    satu`) describes the person named after it even when its head is no title or trade the lexicon
    knows; where that phrase starts in ``tail``, or None (a kin word or a word of sex or age,
    `seorang pria`, says no title or job)."""
    for k, w in enumerate(tail[:-1]):
        low = w.lower()
        if low == "seorang" or (low == "satu" and k and tail[k - 1].lower() == "salah"):
            nxt = tail[k + 1].lower()
            if (
                tail[k + 1][:1].islower()
                and len(tail) - k - 1 <= _DESCRIBED_WORDS
                and nxt not in role_lists()["kinship"]
                and nxt not in role_lists()["person_nouns"]
                and nxt not in NOT_POSTS
            ):
                return k + 1
            return None
    return None


_SENTENCE_BREAK = re.compile(r"[.!?][\"”]?\s")


def _fronted_topic(norm: str, line_start: int, at: int) -> bool:
    """`Sedangkan untuk pegawai lain, Prabowo meminta`: the words at ``at`` follow a preposition
    that opens the sentence (after a connective at most), so they are its topic, not a
    description of the name after the comma (unless a comma closes the name too: an apposition)."""
    head = norm[line_start:at]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(head)), default=0)
    words = head[cut:].lower().split()
    lists = role_lists()
    # the preposition, then at most two words of its noun before the role's head (`Di hadapan
    # majelis hakim, Budi`: the judges the sentence is about, not Budi's post)
    at = next(
        (x for x in range(len(words) - 1, max(-1, len(words) - 4), -1) if words[x] in lists["fronted_prepositions"]),
        None,
    )
    return (
        at is not None
        and all(w.strip(",") in lists["sentence_connectives"] for w in words[:at])
        and all(w.isalpha() for w in words[at + 1 :])
    )


_NAMING = frozenset(("yakni", "yaitu"))
_LISTED_NEXT = re.compile(r" (?:dan|serta) [A-Z]")
_EXAMPLES = frozenset(("seperti", "termasuk"))


def _naming_as_comma(toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`Drummer Foo Fighters, yakni Taylor Hawkins`, `Menteri Keuangan sebelumnya yakni Sri
    Mulyani`: `yakni`/`yaitu` right before the name sets the description off as a comma does; so
    do `seperti`/`termasuk` after a comma, opening examples of the description (`aktris papan
    atas, seperti Ashley Judd`)."""
    if len(toks) < 2:
        return toks
    if toks[-1][0].lower() in _EXAMPLES and toks[-2][0] == ",":
        return toks[:-1]
    if toks[-1][0].lower() not in _NAMING:
        return toks
    if toks[-2][0] == ",":
        return toks[:-1]
    return toks[:-1] + [(",", toks[-1][1])]


def role_before(
    norm: str, start: int, line_start: int, title_firsts: frozenset[str], end: int = -1
) -> tuple[str, int] | None:
    """`Koordinator data ASDP cabang Bakauheni, Ahsan Muhtar`: the description before a comma
    right before the name (or before the name in brackets, when ``end`` is the name's end); also
    the post before a rank (`Kasat Lantas Polres Subang AKP Budhy`). Returns the role and where
    it starts."""
    heads = head_words(title_firsts)
    before = norm[line_start:start]
    toks = [(m.group(), m.start()) for m in WORD.finditer(before)]
    # examples after a comma (`aktris papan atas, seperti X`): only a description the comma closes
    examples = len(toks) > 1 and toks[-1][0].lower() in _EXAMPLES and toks[-2][0] == ","
    toks = _naming_as_comma(toks)
    # a rank right before the name: the post stands before the rank
    k = len(toks)
    # `Direktur Utama PT SPR periode 2010-2015 Rahman`, `Dirut PT X tahun 2018-2022 Budi`: the term of
    # the post stands between them
    term = _TERM.search(before)
    if term is not None:
        k = next(x for x, (_t, at) in enumerate(toks) if at >= term.start())
    corps = k
    if k >= 4 and toks[k - 1][0] == ")" and toks[k - 3][0] == "(" and _CORPS.match(toks[k - 2][0]):
        k -= 3  # `Kolonel Laut (P) Budi`: the corps in brackets after the rank
    for n in (4, 3, 2, 1):
        if (
            k - n >= 0
            and is_rank(" ".join(t for t, _ in toks[k - n : k]))
            and all(t not in BOUNDARY for t, _ in toks[k - n : k])
            # `Kapuspen TNI Mayjen TNI Budi`: a service name opens no rank; it ends the post before it
            and toks[k - n][0].lower() not in _SERVICES
        ):
            k -= n
            break
    else:
        k = corps
    if k == len(toks):
        # `Dokter spesialis anak RSUD Kota Bekasi, dr Rina Marlina`: a form of address after the comma
        hons = role_lists()["honorifics_after_comma"]
        while k > 1 and toks[k - 1][0].lower() in hons and len(toks) - k < 3:
            k -= 1
    if k < len(toks) and k and toks[k - 1][0] == ",":
        k -= 1  # `Komandan Pasukan Pelopor Korps Brimob Polri, Brigjen Abdul Rahman Baso`
    elif k == len(toks):
        # `ketua DPD Bali (Ketut Sudikerta)`: the name in brackets after its post
        bracketed = bool(toks) and toks[-1][0] == "(" and norm[end : end + 1] == ")"
        if not toks or (toks[-1][0] != "," and not bracketed):
            return None
        k -= 1
    words = [t for t, _ in toks[:k]]
    across = _post_across_commas(words, title_firsts)
    if across is not None:
        # `Kepala Biro Hukum, Organisasi dan Humas Kementerian Pertanian, Budi`: the whole post
        last, _ = toks[k - 1]
        at = line_start + toks[across][1]
        return " ".join(norm[at : line_start + toks[k - 1][1] + len(last)].split()), at
    # the name set off on both sides, or the first of names listed there (`pengacaranya, Eric
    # Corngold dan Mary Mulligan, …`)
    enclosed = end >= 0 and (norm[end : end + 1] == "," or _LISTED_NEXT.match(norm, end) is not None)
    role = role_words(words, heads, enclosed=enclosed)
    held = _time_after_post(words) if role is None else 0
    if held:
        # `direktur teknik sebelumnya, Paddy Lowe`, `Presiden FIFA saat itu, Sepp Blatter`: the post
        # before the words of when it was held
        role = role_words(words[:-held], heads, enclosed=enclosed)
        k -= held if role is not None else 0
    if role is None and k < len(toks) and toks[k][0] == ",":
        # `Bupati Lampung Tengah, Lampung, Mustafa`: the place of the post set off by commas;
        # `Bhabinkamtibmas Kelurahan Fatukoa, Kecamatan Maulafa, Kota Kupang, Aipda Endy`: a chain of
        # places, from the smallest to the largest, the post before the first
        for _ in range(_MAX_PLACES):
            j = _place_aside(toks, k)
            if j is None:
                break
            k = j
            words = [t for t, _ in toks[:k]]
            role = role_words(words, heads)
            if role is not None:
                break
    if role is None:
        # `mantan menteri Thailand yang terlibat dalam kasus itu, Boonsong`: the description
        # before a relative clause
        y = max((x for x, w in enumerate(words) if w.lower() == "yang"), default=-1)
        clause = words[y + 1 :]
        comma = k < len(toks) and toks[k][0] == ","  # set off by a comma, not a rank after `yaitu`
        if (
            not comma
            or examples
            or y <= 0
            or len(clause) > MAX_ROLE_WORDS
            # (`pedagang yang belum punya rekening bank. Meski …, Rahmad`: a sentence ended in between)
            or any(w in BOUNDARY or SENTENCE_END_WORD.search(w) for w in clause)
        ):
            return None
        role = role_words(words[:y], heads, described=True)
        if role is None:
            return None
        first = y - len(role)
        return " ".join(role).replace("( ", "(").replace(" )", ")"), line_start + toks[first][1]
    first = k - len(role)
    if not enclosed and _fronted_topic(norm, line_start, line_start + toks[first][1]):
        return None
    return " ".join(role).replace("( ", "(").replace(" )", ")"), line_start + toks[first][1]


def _time_after_post(words: list[str]) -> int:
    """How many of the last ``words`` say when a post was held (`sebelumnya`, `saat itu`;
    roles.json time_after_post), or 0."""
    for phrase in role_lists()["time_after_post"]:
        n = len(phrase.split())
        if len(words) > n and " ".join(words[-n:]).lower() == phrase:
            return n
    return 0


MAX_COMMAS = 4  # `Menko Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan`
ITEM_WORDS = 5  # an item of the fields a post lists (`Pendidikan, Pemuda, dan Olahraga`) is short
INNER = frozenset(("dan", "serta", "&", "(", ")", "untuk"))
ROMAN = re.compile(r"[IVX]{1,5}$|\d{1,3}$")


def opens_post(seg: list[str], title_firsts: frozenset[str]) -> bool:
    """A part between commas that opens (after `dan`/`serta`) with a title: another post."""
    words = [w for w in seg if w.lower() not in ("dan", "serta", "&")]
    return bool(words) and words[0].lower().strip(".") in title_firsts and not is_rank(words[0])


def _post_across_commas(words: list[str], title_firsts: frozenset[str]) -> int | None:
    """Where a post that runs across commas starts in ``words`` (the words before the comma or
    the rank before a name), or None. Two shapes join a comma into a post: the fields of a body
    listed up to `dan` (`Kepala Dinas Pendidikan, Pemuda, dan Olahraga Kabupaten Bantul`,
    `Deputi Bidang Protokol, Pers dan Media Sekretariat Presiden`), and the parent body after a
    unit (`Kepala Subdirektorat II, Direktorat Reserse Narkoba Polda Metro Jaya`). Every word
    after the first comma is capitalised (or `dan`, a number, a bracket): a clause or a list of
    people is no post."""
    commas = [x for x, w in enumerate(words) if w == ","]
    if not commas or words[-1] == ",":
        return None
    org_firsts = first_words(lexicon().org_start)
    heads = head_words(title_firsts)
    listed = False  # the fields so far close with `dan`/`serta`
    seg_end = len(words)
    for c in reversed(commas[-MAX_COMMAS:]):
        seg = words[c + 1 : seg_end]
        if not seg or any(not (w[:1].isupper() or w.lower() in INNER or ROMAN.match(w)) for w in seg):
            return None
        if any(w.lower() in ("dan", "serta") for w in seg):
            listed = True
        if opens_post(seg, title_firsts):
            return None  # `Menteri BUMN, dan Gubernur DKI Jakarta, Pramono`: a list of posts
        body = seg[0].lower() in org_firsts
        # `dan Pertanian (DKPKP) Pemprov DKI`: the joining word and a short form in brackets add no field
        item = sum(w.lower() not in INNER - {"untuk"} for w in seg) <= ITEM_WORDS and listed
        if not (body or item):
            return None
        # the words before this comma: a post that opens with a capitalised title
        before = words[:c]
        role = role_words(before, heads)
        if role is not None:
            first = c - len(role)
            if (
                role[0][:1].isupper()
                and role[0].lower().strip(".") in title_firsts
                and not is_rank(role[0])
                and len(words) - first <= MAX_ROLE_WORDS
                and not any(w == "," for w in role)
            ):
                return first
        seg_end = c
    return None


_CORPS = re.compile(r"[A-Z]{1,3}$")  # `(P)`, `(PM)`, `(K)`: a navy or air force officer's corps
_TERM = re.compile(r"\s+(?:periode|tahun)\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?\s*$")
_MAX_PLACES = 4  # `Kelurahan …, Kecamatan …, Kota …, Provinsi …`
# words that open the name of an administrative area (`Kecamatan Maulafa`, `Kota Kupang`)
_AREA_WORDS = frozenset(("kelurahan", "desa", "kecamatan", "kabupaten", "kota", "provinsi", "distrik", "kampung"))


def _place_aside(toks: list[tuple[str, int]], k: int) -> int | None:
    """Where the comma before a place stands, when ``toks[k]`` (a comma) closes a short place
    name set off by commas (`…, Kalimantan Selatan, Abdul`, `…, Nusa Tenggara Timur (NTT), Aipda`),
    else None."""
    j = k - 1
    if j >= 2 and toks[j][0] == ")" and toks[j - 1][0].isupper() and toks[j - 2][0] == "(":
        j -= 3  # the place's short form in brackets
    end = j + 1
    while j >= 0 and end - j <= 5 and toks[j][0] != ",":
        if not toks[j][0][:1].isupper():
            return None
        j -= 1
    if j <= 0 or toks[j][0] != "," or j == end - 1:
        return None
    name = [t for t, _ in toks[j + 1 : end]]
    if name[0].lower() in _AREA_WORDS and len(name) > 1:
        return j
    return j if country_of(" ".join(name)) else None


_POST_REACH = 3  # `ahli antropologi dan …`: the first post's head is a few words before `dan`


def post_goes_on(word: str, before: list[str], after: str, heads: frozenset[str]) -> bool:
    """Whether `dan` or `pada` (``word``, a stop word) stays inside a description: `pada` before the
    body the post is at (`Visiting Professor pada Asser Institute`), `dan` between two posts of one
    person (`peneliti dan dosen`, `ahli antropologi dan profesor psikologi`). ``before`` are the
    words before it, ``after`` the word right after it."""
    if word == "pada":
        return _body_at(after)
    if word != "dan" or not after[:1].islower():
        return False
    run = before[-_POST_REACH:]
    cut = max((x + 1 for x, w in enumerate(run) if w in BOUNDARY or w.lower() in role_lists()["stop"]), default=0)
    return any(w[:1].islower() and _second_post(w, after, heads) for w in run[cut:])


def _second_post(first: str, second: str, heads: frozenset[str]) -> bool:
    """`ahli antropologi dan profesor psikologi`: after `dan` inside a description set off after a
    name, a second post or trade of the same person (both words open roles, neither is a tie to
    someone else: `pedagang dan istrinya` names two people)."""
    return is_head(first, heads) and is_head(second, heads) and not is_relation(second.lower().removesuffix("nya"))


def _body_at(word: str) -> bool:
    """A capitalised word after `pada` that names where a post is held (`pada Asser Institute`), not
    when the words were said (`pada Senin`, `pada Januari`)."""
    low = word.lower()
    return word[:1].isupper() and low not in month_words() and low not in WEEKDAYS


WORD_BEFORE = re.compile(r"(\w+)\s+$")


WORD_BEFORE = re.compile(r"(?:^|\s)([a-z][\w-]*) $")


def trade_right_before(norm: str, start: int) -> bool:
    """A lower-case title, trade or role noun right before the name at ``start`` (`gitaris Ari`):
    the name is an item of a list of titled names, not one set off before a tie."""
    word = WORD_BEFORE.search(norm, max(0, start - 30), start)
    if word is None:
        return False
    lists = role_lists()
    return word.group(1) in (lists["role_nouns"] | lists["trades"] | role_firsts()) - lists["kinship"]


# prepositions and apposition words: a trade before one of them is not the named person's
_LINKS = frozenset(
    ("di", "ke", "dari", "dalam", "terhadap", "tentang", "soal", "selaku", "sebagai", "milik")
    # `penyanyi sekaliber Ed Sheeran`: a likeness, not the person's trade
    + ("seperti", "sekelas", "sekaliber", "setara", "sejenis", "ala", "bak", "layaknya", "macam")
)


_ORIGIN_WORDS = frozenset(("asal", "kelahiran", "berdarah", "keturunan"))
_WHERE_WORDS = _ORIGIN_WORDS | {"di"}


def sentence_opens(norm: str, line_start: int, at: int) -> bool:
    """Whether ``at`` opens a sentence: a line start, or after a full stop, a quote or a dateline dash."""
    before = norm[line_start:at].rstrip()
    return not before or before[-1] in '.!?"”-–—'


@lru_cache(maxsize=1)
def _trades_and_positions() -> frozenset[str]:
    """The words `trade_before` reads as a trade: trades, players' positions and staff posts."""
    return role_lists()["trades"] | positions()


def trade_before(norm: str, start: int, line_start: int) -> str | None:
    """`pencalonan presiden independen pengusaha Ross Perot`: a trade in lower case right before the
    name, with the lower-case words that qualify it (`pengusaha batu bara`). Only trades: after a
    relation or a group noun (`istri Budi`, `anggota Budi`) the name is usually someone else's;
    a player's position counts as a trade here (`bek sayap Martin Montoya`)."""
    trades = _trades_and_positions()
    stop = role_lists()["stop"]
    run: list[str] = []
    lo = max(line_start, start - 80)
    found = list(WORD.finditer(norm, lo, start))
    # `ahli hukum pidana Profesor Romli`: a form of address between the trade and the name
    hons = role_lists()["honorifics_after_comma"]
    while found and found[-1].group().lower() in hons and found[-1].group()[:1].isupper():
        found.pop()
    words = [w.group() for w in found]
    # `petinju asal Filipina Manny Pacquiao`: where the person comes from, between trade and name
    # (`tokoh masyarakat di Kuranji Hasan Basri`: where the person is, likewise)
    origin = next(
        (k for k in range(len(words) - 2, max(-1, len(words) - 5), -1) if words[k].lower() in _WHERE_WORDS),
        None,
    )
    if origin is not None and all(w[:1].isupper() and w not in BOUNDARY for w in words[origin + 1 :]):
        run, words = list(reversed(words[origin:])), words[:origin]
    body = _body_before(words) if origin is None else None
    if body is not None:
        # `pakar hukum pidana Universitas Trisakti Abdul`: the trade's body between it and the name
        run, words = list(reversed(words[body:])), words[:body]
    for x in range(len(words) - 1, -1, -1):
        w = words[x]
        low = w.lower()
        if not w[:1].islower() and low in trades and sentence_opens(norm, line_start, found[x].start()):
            run.append(w)  # `Petinju asal Filipina …` opening the sentence: a trade in capitals
            break
        if not run and _capital_trade(words, x, trades):
            run.append(w)  # `disampaikan Pengusaha Budi`: a trade in capitals right before the name
            break
        if (
            w in BOUNDARY
            or not w[:1].islower()
            or w.endswith(".")  # the sentence before
            or low in stop
            or low in _LINKS
            or verbish(w)
            or len(run) >= 5
        ):
            break
        run.append(w)
    run.reverse()
    if origin is not None and (not run or run[0].lower() in _WHERE_WORDS):
        return None  # `warga asal Bogor Budi`: no trade before where the person comes from
    if body is not None and (not run or run[0][:1].isupper() and run[0].lower() not in trades):
        return None  # no trade before the body
    # the last trade of the run (`presiden independen pengusaha` → `pengusaha`)
    k = max((x for x, w in enumerate(run) if w.lower() in trades), default=None)
    return " ".join(run[k:]) if k is not None else None


def _capital_trade(words: list[str], x: int, trades: frozenset[str]) -> bool:
    """News often capitalises a trade right before the name (`kata Pengusaha Budi`): the word just
    before the name is a trade in capitals (not the last word of a body's name, which the word
    before it would show in capitals too: `Asosiasi Pengusaha Budi`)."""
    if x != len(words) - 1 or not words[x][:1].isupper() or words[x].lower() not in trades:
        return False
    prev = words[x - 1] if x else ""
    return not prev or prev in BOUNDARY or prev[:1].islower()


_BODY_WORDS = 5  # `Universitas Islam Negeri Sunan Kalijaga`: a body's name between a trade and a name


def _body_before(words: list[str]) -> int | None:
    """Where a body's name in capitals (`Universitas Trisakti`, `INDEF`) starts among the last words
    before a name, right after a lower-case word (the trade's run); None when there is none."""
    j = len(words)
    while j > 0 and len(words) - j < _BODY_WORDS:
        w = words[j - 1]
        if not w[:1].isupper() or w in BOUNDARY or w.endswith("."):
            break
        j -= 1
    if j == len(words) or j == 0 or not words[j - 1][:1].islower():
        return None
    opener = words[j]
    org_firsts = first_words(lexicon().org_start)
    return j if opener.lower() in org_firsts or (opener.isupper() and len(opener) >= 2) else None


# `sopir … berinisial AR`, `pengemudi ojek online bernama Budi`: the description, then the name
_INITIALS_BEFORE = re.compile(
    r"(?:\s+(?:itu|tersebut))?(?:\s+diketahui)?\s+(?:(?:ber)?inisial|dengan\s+inisial|bernama)\s+$", re.I
)
# a bracket inside the description, but not a short form in capitals (`(PAUD)`), which stays with
# the long name it abbreviates: the article may use either
_BRACKETED = re.compile(r"\s*\((?![A-Z][A-Z0-9&-]{1,9}\))[^()]{1,40}\)")


def role_before_initials(
    norm: str, start: int, line_start: int, title_firsts: frozenset[str]
) -> tuple[str, int] | None:
    """`sopir mobil Pajero arogan berinisial AR`, `Oknum kepala sekolah (kepsek) PAUD berinisial M`:
    the description before `berinisial` is the role of the person the initials name."""
    cue = _INITIALS_BEFORE.search(norm, line_start, start)
    if cue is None:
        return None
    before = _BRACKETED.sub("", norm[line_start : cue.start()])
    words = [w.group() for w in WORD.finditer(before)]
    role = role_words(words, head_words(title_firsts))
    if role is None:
        return None
    text = " ".join(role).replace("( ", "(").replace(" )", ")")
    if "nama" in cue.group().lower() and is_relation(text):
        return None  # `memiliki anak bernama Budi`, `rekan Dyah bernama Mutmainah`: a relation, no post
    at = norm.rfind(role[0], line_start, cue.start())
    return text, at if at >= 0 else cue.start()
