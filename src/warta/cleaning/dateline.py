"""Find the dateline that opens a story (``Liputan6.com, Moskow -``, ``JAKARTA, KOMPAS.com -``,
``Jakarta (ANTARA) -``, ``Jakarta -``) and split it into outlet and place."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.document import Dateline
from warta.resources import data, open_text, word_set

_DASH = r"(?:-{1,2}|—|–|:)"
# a place's words are capitalised; a few lower-case particles join them (Rio de Janeiro, Den Haag)
_PLACE = r"[A-Z][A-Za-z'’.]*(?:(?:[ -](?:de|da|del|do|dos|la|el|al|van|von))?[ -][A-Z][A-Za-z'’.]*){0,3}"
# the day a place-only dateline may carry: JAKARTA, Kamis —   Jakarta, Kamis (7/12/2017) -   Jakarta, 5 Desember 2025 -
_DAY_STAMP = (
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b,?\s*(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    r"|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?)"
)
# the day an old wire dateline carries: Jakarta, 7/12 (ANTARA) -   Ambon, Kamis (7/12) (ANTARA) -
_WIRE_DAY = r"(?:[A-Z][a-z]+,?\s*)?(?:\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)"
_DOMAIN = r"[A-Za-z][\w-]*(?:\.[A-Za-z]{2,4}){1,2}"
# Inside brackets after a place any short capitalised name is an outlet: (Pos Kota), (ANTARA News)
_BRACKETED = r"[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}"


def outlet_names() -> frozenset[str]:
    """The outlets named without a domain (data/outlets.txt); the entities layer reads them too."""
    return word_set("warta.cleaning", "outlets.txt")


@lru_cache(maxsize=1)
def _outlet_names() -> dict[str, str]:
    """Written form (lower case) to the outlet's name (data/outlet_names.tsv)."""
    out: dict[str, str] = {}
    with open_text(data("warta.cleaning", "data", "outlet_names.tsv")) as f:
        for ln in f:
            if ln.strip() and not ln.startswith("#"):
                written, name = ln.rstrip("\n").split("\t")
                out[written.strip().lower()] = name.strip()
    return out


def outlet_name(written: str) -> str:
    """The outlet a dateline names, as the outlet is called where its written form differs
    (``TRIBUNNEWS.COM`` is Tribunnews); otherwise as written."""
    return _outlet_names().get(written.lower(), written)


def _named_outlet(any_case: bool = True) -> str:
    """The named outlets as one alternation. Beside a place, case does not matter: an outlet writes
    its own name in capitals as often as not (``JAKARTA, SINDONEWS -``); alone at the start of a line
    it must be written as listed, or a sentence opening ``Antara - …`` would be taken for one."""
    alt = "|".join(re.escape(n) for n in sorted(outlet_names(), key=lambda n: (-len(n), n)))
    return f"(?i:{alt})" if any_case else f"(?:{alt})"


@lru_cache(maxsize=1)
def _forms() -> list[re.Pattern[str]]:
    named = _named_outlet()
    return [
        # Liputan6.com, Moskow -   TEMPO.CO, Jakarta -   Bisnis.com, JAKARTA —   Liputan6.com, Jakarta:
        re.compile(rf"^(?P<outlet>{_DOMAIN}|{named})\s*,\s*(?P<place>{_PLACE})\s*{_DASH}(?=\s)"),
        # JUARA.NET, NEW YORK-Petenis   BOLASPORT.COM, PALEMBANG-Gubernur   (the dash glued to the story)
        re.compile(rf"^(?P<outlet>{_DOMAIN})\s*,\s*(?P<place>{_PLACE})\s*(?:-{{1,2}}|—|–)(?=[A-Z])"),
        # JAKARTA, KOMPAS.com -   Jakarta, CNN Indonesia --   (a domain's dash may be glued: Kompas.com-Polisi)
        re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_DOMAIN}|{named})\s*{_DASH}(?=\s)"),
        re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_DOMAIN})\s*(?:-{{1,2}}|—|–)(?=[A-Z\"'])"),
        # Jakarta (ANTARA) -   Sanaa (ANTARA News) –   JAKARTA (Pos Kota) –   Nusa Dua, Bali (ANTARA) -
        # Jakarta, (ANTARA News) -
        re.compile(
            rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)\s*,?\s*\(\s*(?P<outlet>{_DOMAIN}|{_BRACKETED})"
            rf"(?:\s*/\s*{_BRACKETED})?\s*\)\s*{_DASH}(?=\s|[A-Z])"
        ),
        # Jakarta, 7/12 (ANTARA) -   Ambon, 7 Desember 2025 (ANTARA) -   (an old wire dateline with its day)
        re.compile(
            rf"^(?P<place>{_PLACE})\s*,\s*{_WIRE_DAY}\s*\(\s*(?P<outlet>{_DOMAIN}|{_BRACKETED})\s*\)\s*{_DASH}(?=\s|[A-Z])"
        ),
        # KONTAN.CO.ID - JAKARTA. Harga …   (the outlet, then the place in capitals closed by a full stop)
        re.compile(
            rf"^(?P<outlet>{_DOMAIN})\s*(?:-{{1,2}}|—|–)\s*(?P<place>[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){{0,3}})\.(?=\s+[A-Z\"'])"
        ),
        # Merdeka.com -   Suara.com -   VIVA.co.id -   Rimanews -   (outlet alone; a scrape may glue
        # the first word to the dash: Merdeka.com-Bentrokan)
        re.compile(rf"^(?P<outlet>{_DOMAIN})\s*(?:-{{1,2}}|—|–)(?=\s|[A-Z])"),
        re.compile(rf"^(?P<outlet>{_named_outlet(any_case=False)})\s*(?:-{{1,2}}|—|–)(?=\s|[A-Z])"),
        # Jakarta, detikcom -   Bandung, detikJabar -   (a detik regional desk after the place)
        re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>detik[A-Za-z]*)\s*{_DASH}(?=\s)"),
        # Jakarta -   JAKARTA —   (place alone; no colon form, too ambiguous)
        re.compile(rf"^(?P<place>{_PLACE})\s+(?:-{{1,2}}|—|–)(?=\s+[\"'(]?[A-Z0-9])"),
        # JAKARTA, Kamis —   Jakarta, Kamis (7/12/2017) -   (place and the day, no outlet)
        re.compile(rf"^(?P<place>{_PLACE})\s*,\s*{_DAY_STAMP}\s*(?:-{{1,2}}|—|–)(?=\s+[\"'(]?[A-Z0-9])"),
        # JAKARTA- Presiden …   JAKARTA -Presiden …   (a scrape lost a space; a place in capitals only)
        re.compile(r"^(?P<place>[A-Z][A-Z'’.]{3,}(?: [A-Z][A-Z'’.]+){0,3})(?:(?:-|—|–) |\s(?:-|—|–))(?=[\"'(]?[A-Z])"),
        # JAKARTA—Presiden …   (a place in capitals and a long dash glued on both sides; a hyphen there
        # joins a compound: JAKARTA-BANDUNG)
        re.compile(r"^(?P<place>[A-Z][A-Z'’.]{3,}(?: [A-Z][A-Z'’.]+){0,3})(?:—|–)(?=[\"'(]?[A-Z][a-z])"),
        # detikNews, Jakarta -
        re.compile(rf"^(?P<outlet>detik[A-Za-z]*|Kumparan|kumparan)\s*,\s*(?P<place>{_PLACE})\s*{_DASH}(?=\s)"),
    ]


def find_dateline(norm: str, start: int, end: int) -> Dateline | None:
    """The dateline at the start of the line ``norm[start:end]``, offsets in the original text."""
    line = norm[start:end]
    for form in _forms():
        m = form.match(line)
        if not m:
            continue
        if m.end() + 1 >= len(line):  # a dateline introduces text; a lone "Jakarta -" line is not one
            continue
        groups = m.groupdict()
        place = (groups.get("place") or "").strip() or None
        outlet = outlet_name((groups.get("outlet") or "").strip()) or None
        if place and len(place.split(",")[0].split()) > 3:
            continue
        if place and "," in place and _day_word(place.rsplit(",", 1)[1]):
            place = place.rsplit(",", 1)[0].strip()  # Jakarta, Senin (ANTARA) -: the day is no place
        return Dateline(outlet=outlet, place=place, start=start, end=start + m.end())
    return _unlisted_outlet(line, start) or _colon_place(line, start)


# An outlet no list names, beside a known place: `SERANG, BANTENNEWS -`, `Medan, Waspada -`,
# `Siwalimanews, AMBON –`. The place must be in the gazetteer and the name must not be one.
_NAME = r"[A-Z][\w.&]*(?:\s[A-Z][\w.&]*){0,2}"
_DASH_SPACED = r"\s*(?:-{1,2}|—|–)\s+(?=[\"'(]?[A-Z0-9])"
_PLACE_NAME = re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_NAME}){_DASH_SPACED}")
_NAME_PLACE = re.compile(rf"^(?P<outlet>{_NAME})\s*,\s*(?P<place>{_PLACE}){_DASH_SPACED}")
# a name before the place is an outlet only when written as one: in capitals (BANTENNEWS), with an
# inner capital (InfoPublik) or an outlet's ending (Siwalimanews, Jitunews); `Sementara, Jakarta -` is not
_OUTLET_SHAPE = re.compile(
    r"^(?:[A-Z0-9&.]{3,}|[A-Z][a-z]+[A-Z]\w*|[A-Z]\w+(?i:news|pos|post|online|times|today|daily))$"
)


def _unlisted_outlet(line: str, start: int) -> Dateline | None:
    """A place the gazetteer knows, a comma and a short capitalised name (or the name first), then a
    dash: the name is an outlet the list does not hold yet."""
    from warta.entities.gazetteer import place as known_place  # the lists, read only for this form

    for form, outlet_first in ((_PLACE_NAME, False), (_NAME_PLACE, True)):
        m = form.match(line)
        if not m or m.end() + 1 >= len(line):
            continue
        place, outlet = m.group("place"), m.group("outlet").rstrip(".")
        if len(place.split()) > 3 or outlet.split()[0].lower() in word_set("warta.cleaning", "not_outlet_words.txt"):
            continue
        if outlet_first and not _OUTLET_SHAPE.match(outlet):
            continue
        if known_place(place) is None or known_place(outlet) is not None:
            continue
        return Dateline(outlet=outlet, place=place, start=start, end=start + m.end())
    return None


_DAYS = re.compile(rf"^\s*{_DAY_STAMP}\s*$")


def _day_word(text: str) -> bool:
    """``Senin``, ``Kamis (7/12)``, ``5 Desember``: a day written where a place could stand."""
    return _DAYS.match(text) is not None


# Jakarta: Presiden …   (Medcom's house style: the place alone and a colon)
_COLON_PLACE = re.compile(rf"^(?P<place>{_PLACE}):\s+(?=[\"'(]?[A-Z0-9])")
_COLON_MIN_REST = 60  # a dateline opens a paragraph, not a short title (`Gaza: Hari Ketiga`)


def _colon_place(line: str, start: int) -> Dateline | None:
    """A place and a colon open the story only where the name is a known place (`Catatan:`,
    `Editor:`, `Foto:` open furniture the same way) and a sentence follows."""
    m = _COLON_PLACE.match(line)
    if not m or len(line) - m.end() < _COLON_MIN_REST or len(m.group("place").split()) > 3:
        return None
    from warta.entities.gazetteer import place as known_place  # the lists, read only for this form

    if known_place(m.group("place")) is None:
        return None
    return Dateline(outlet=None, place=m.group("place"), start=start, end=start + m.end("place") + 1)
