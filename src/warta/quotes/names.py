"""Name shapes of a speaker phrase: the name at the end of a titled phrase, the shortest phrase
that identifies an unnamed speaker, titles before a name, a body behind its office. Plain string
functions, so the resolver and the events layer read a phrase the same way."""

from __future__ import annotations

from itertools import islice

import regex as re

from warta.entities import gazetteer
from warta.quotes.lexicon import lexicon, wordset
from warta.quotes.text import is_cap

NAME_PARTICLES = wordset("name_particles")


LEAD_STRIP = wordset("speaker_lead_strip")
EDGE_WORDS = wordset("speaker_edge_words")


BUILDING_WORDS = wordset("building_words")
INSTITUTION_HEADS = wordset("institution_heads")


PAREN = re.compile(r"\s*\([^()]*\)")


DEGREES = wordset("degrees")


# dotted honorifics that only ever go before a person's name (`dr.`, `Capt.`, `H.`)
HONORIFICS = frozenset(
    (
        "bpk",
        "capt",
        "dr",
        "dra",
        "drg",
        "drs",
        "h",
        "hj",
        "ir",
        "kapt",
        "kh",
        "mr",
        "mrs",
        "ms",
        "ny",
        "prof",
        "sdr",
        "tn",
    )
)


PREPOSITIONS = frozenset(("di", "dari", "pada", "untuk", "asal", "kepada"))


# compiled once: a module-level ``regex`` call looks its pattern up again each time (~15 us)
NONSPACE = re.compile(r"\S+")


def skip_lead(norm: str, s: int, e: int) -> int:
    """Past the function words at the front of a noun phrase (`dimana`, `di mana`, `yang`), and
    past a lower-case word of saying, `oleh` or a pronoun right before a name: the source's doubled
    cue (`ujar ungkap Yuwono`), an interjected cue (`, kata Halim,`), a passive's agent marker
    (`dilaporkan oleh TechCrunch`), a pronoun and the name together (`ungkap dia Sri`)."""
    while True:
        ms = list(islice(NONSPACE.finditer(norm, s, e), 3))
        ws = [m.group() for m in ms]
        if len(ws) >= 3 and f"{ws[0]} {ws[1]}".lower() in LEAD_STRIP:
            s = ms[2].start()
        elif len(ws) >= 2 and (ws[0].lower() in LEAD_STRIP or _left_before_name(ws)):
            s = ms[1].start()
        else:
            return s


def trim_tail(norm: str, s: int, e: int) -> int:
    """Before a lower-case word of saying left after the name (`menurut … Paranee Damodaran
    mengungkapkan, …`: the source's doubled cue); ``e`` when there is none."""
    ms = list(NONSPACE.finditer(norm[s:e]))
    if len(ms) < 2 or not _left_before_name([ms[-1].group(), ms[-2].group()], edge=frozenset()):
        return e
    return s + ms[-2].end()


def _left_before_name(ws: list[str], edge: frozenset[str] = EDGE_WORDS) -> bool:
    """A lower-case word of saying (or one of ``edge``: `oleh`, a pronoun) beside the
    capitalised word ``ws[1]``."""
    if len(ws) < 2 or not ws[0][:1].islower() or not is_cap(ws[1]):
        return False
    return ws[0] in edge or lexicon().cue(ws[0].strip(",.")) is not None


def is_country(word: str) -> bool:
    """A country's name (`Jepang`, `Rusia`): the end of a role (`juru bicara pemerintah Jepang`)
    that the entities layer ran into the holder's name, never the first of three names."""
    return gazetteer.is_country(word)


_SPELLED_OUT = re.compile(r"((?:\S+\s+){0,5}?\S+)\s*\(([^()\s]+)\)")


def title_run(before: str) -> list[str]:
    """The words right before a name that can be its title: the word just before it and the
    capitalised run it ends (`Presiden Joko`, `Wakil Presiden Gibran`), lower-cased. Not a
    title further back across a verb: in `Presiden menyebut Made …` Made is no president."""
    ws = before.split()[-3:]
    run = ws[-1:]
    for w in reversed(ws[:-1]):
        if not is_cap(w) or not is_cap(run[0]):
            break
        run.insert(0, w)
    return [w.lower().strip(".,") for w in run]


def short_roles(role: str) -> set[str]:
    """`gubernur bank indonesia (bi)` → `gubernur bi`, `gubernur bank indonesia`: the role with a
    body spelled out and its acronym after it, written either way (`Menurut Gubernur BI, …`)."""
    out = {" ".join(PAREN.sub("", role).split())}
    for m in _SPELLED_OUT.finditer(role):
        acr, long_ = m.group(2), m.group(1).split()
        # the spelled-out words whose initials make the acronym (`bank indonesia` for `bi`)
        for k in range(len(long_)):
            if "".join(w[0] for w in long_[k:] if w not in ("dan", "dari", "untuk")) == acr:
                short = role[: m.start()] + " ".join(long_[:k]) + " " + acr + role[m.end() :]
                out.add(" ".join(PAREN.sub("", short).split()))
                break
    return out


def body_of(name: str) -> str:
    """`Kantor Kementerian Ketenagakerjaan` → `Kementerian Ketenagakerjaan`: the office of a body
    speaks for the body."""
    ws = name.split()
    if len(ws) >= 3 and ws[0].lower() in BUILDING_WORDS and ws[1].lower() in INSTITUTION_HEADS:
        return " ".join(ws[1:])
    return name


def until_preposition(ws: list[str]) -> list[str]:
    """The common-noun head of a phrase, cut before a preposition (`ahli gizi di New York City`)
    or a name; a place right after a one-word head stays (`media Afghanistan`, `pejabat Amerika
    Serikat`: the guidelines' shortest phrase that identifies the speaker)."""
    out = []
    for k, w in enumerate(ws):
        if w.lower() in PREPOSITIONS:
            break
        if is_cap(w):
            if k == 1 and all(is_cap(x) for x in ws[1:]):
                return ws
            break
        out.append(w)
    return out or ws


def shortest(ws: list[str]) -> str:
    out = []
    for w in ws:
        if w.lower() in ("yang", "itu", "tersebut", "ini"):
            break
        out.append(w)
    return " ".join(out or ws)


def name_of(ws: list[str], titles: frozenset[str], titled: bool = False) -> str | None:
    """The name at the end of a noun phrase, titles dropped: `Plt. Direktur Jenderal Imigrasi
    Yuldi Yusman` → `Yuldi Yusman`; `juru bicara Kremlin Dmitry Peskov` → `Kremlin Dmitry Peskov`
    is cut at a run of capitalised words that follows a title."""
    if ws[0].lower().strip(".") not in titles and not titled:
        # not led by a title: the phrase is the name (`Satgas Penanggulangan …`, `Peraturan … No. 7 Tahun 2025`)
        out = []
        for w in ws:
            if not (
                is_cap(w)
                or w[0].isdigit()
                or w.lower() in NAME_PARTICLES
                or w.lower().strip(".") in ("no", "nomor", "dan", "&")
            ):
                break
            out.append(w)
        while out and (out[-1].lower() in NAME_PARTICLES | {"dan", "&"} or out[-1].lower().strip(",") in DEGREES):
            out.pop()
        return " ".join(out) if out else None
    run: list[str] = []
    roles = lexicon().role_words
    for w in reversed(ws):
        base = w.lower().strip(".")
        if (base in titles or base in roles) and run:
            break
        if base in roles and not run:
            continue  # `Menteri Luar Negeri`: the role's last word is no name
        if is_cap(w) and base not in titles:
            if run and w.isupper() and len(w) > 1 and not run[0].isupper():
                break  # an acronym before a name: `Otorita IKN Basuki` → Basuki
            run.insert(0, w)
        elif run and base in NAME_PARTICLES:
            run.insert(0, w)
        elif run:
            break
    while run and run[0].lower() in NAME_PARTICLES:
        run.pop(0)
    while len(run) > 1 and run[-1].lower().strip(",") in DEGREES:
        run.pop()
    return " ".join(run) if run else None
