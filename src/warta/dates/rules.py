"""Finding date expressions: the regular expressions and what each match means.

Every pattern yields :class:`Candidate` objects that still may lack a year (``Jumat (15/9)``)
or a reference day (``kemarin``); :mod:`warta.dates.resolve` fills those in. The words come
from ``data/calendar.json``; the unit, currency and multiplier words that tell a year from a
count (``2025 orang``) come from the amounts lexicon.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from warta.amounts.numbers import lexicon as amounts_lexicon
from warta.amounts.numbers import word_number, word_number_pattern


@dataclass(slots=True)
class Candidate:
    """A date expression found in the text, before years and relative days are resolved."""

    start: int
    end: int
    kind: str  # full | dm | my | mo | year | rel_day | rel_weekday | rel_unit | rel_month | time | feast
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None  # weekday as written (Monday = 0)
    y2: int | None = None  # end of a range
    m2: int | None = None
    d2: int | None = None
    n: int = 0  # relative: how many units
    unit: str | None = None  # relative: day | week | month | year
    direction: int = 0  # -1 past, 0 this, +1 future
    period: str | None = None  # awal | akhir | pertengahan …
    hh: int | None = None
    mi: int | None = None
    tz: int | None = None  # hours east of UTC
    reporting: bool = False  # "Senin (20/10/2025)": the wire-style day a statement was made
    region: int = 0  # index of the paragraph/heading it was found in
    flags: list[str] = field(default_factory=list)


@cache
def calendar() -> dict[str, Any]:
    text = resources.files("warta.dates").joinpath("data/calendar.json").read_text(encoding="utf-8")
    return json.loads(text)


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CONSTITUTION = re.compile(r"(?<![\w-])(?:Undang-Undang\s+Dasar|UUD)(?:\s+Negara\s+Republik\s+Indonesia)?\s+$")


def _phrases(words: Any) -> str:
    """Alternation of (possibly multi-word) phrases, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


@cache
def tables() -> dict[str, Any]:
    cal = calendar()
    lx = amounts_lexicon()
    followers = {w.lower() for ws in lx["units"].values() for w in ws}
    followers |= {m.lower() for m in lx["multipliers"]} | {c.lower() for c in lx["currency_suffix"]}
    followers |= {p.lower() for p in lx["percent"]}
    followers |= {w.lower() for w in cal["year_blocked_after"]}
    followers -= {
        "m",
        "t",
        "b",
        "k",
        "g",
        "l",
        "bulan",
        "tahun",
        "hari",
        "minggu",
        "pekan",
        "semester",
        "triwulan",
        "kuartal",
    }
    return {
        "months": cal["months"],
        "weekdays": {k.replace("'", ""): v for k, v in cal["weekdays"].items()},
        "rel_days": cal["relative_days"],
        "units": cal["relative_units"],
        "past": set(cal["past_words"]),
        "future": set(cal["future_words"]),
        "tz": cal["timezones"],
        "blocked_before": {w.rstrip(".").lower() for w in cal["year_blocked_before"]},
        "followers": followers,
        "bare": tuple(cal["year_range_bare"]),
        "prefixed": tuple(cal["year_range_prefixed"]),
        "named_max": cal["year_named_max"],
        "periods": set(cal["period_words"]),
        "month_nouns": set(cal["month_prefix_nouns"]),
        # after a noun or a bare `di`, a month followed by a capitalised word is a given name
        "loose_month_prefix": {*cal["month_prefix_nouns"], "di"},
        "feasts": cal["movable_days"],
        "feasts_alone": set(cal["movable_days_alone"]),
        "feast_dates": cal["movable_dates"],
        "vague_counts": set(cal["vague_counts"]),
        "span_words": set(cal["span_words"]),
        "future_cues": re.compile(rf"\b(?:{_alt(cal['future_cues'])})\b"),
        "every": re.compile(rf"\b(?:{_alt(cal['every_words'])})\s+(?:hari\s+)?$"),
        "named_days": {k: tuple(v) for k, v in cal["named_days"].items()},
        "anniversaries": {k: tuple(v) for k, v in cal["anniversaries"].items() if not k.startswith("_")},
        "name_stop": set(cal["event_name_stop"]),
        "year_sure": set(cal["year_sure_before"]),
        "attribution": re.compile(rf"(?<![\w])(?:{_phrases(cal['attribution_words'])})(?![\w])", re.IGNORECASE),
        "nowadays": re.compile(rf"(?<![\w-])(?:{_phrases(cal['nowadays_before'])})\s+$", re.IGNORECASE),
        "one_night": set(cal["one_night_words"]),
        "recent_periods": set(cal["recent_period_nouns"]),
        "recent_events": set(cal["recent_event_nouns"]),
        # `selama beberapa hari ini`, `perjalanan dua hari ini`: a count before `hari ini` makes it "these N days"
        "counted_days": re.compile(
            rf"(?<![\w-])(?:\d+|{word_number_pattern()}|{_alt(cal['vague_counts'])})\s+$", re.IGNORECASE
        ),
        "nowadays_after": re.compile(
            rf"\s*,?\s+(?:dan(?:\s+juga)?|maupun|hingga|sampai|serta)\s+(?:{_phrases(cal['nowadays_after'])})(?![\w])",
            re.IGNORECASE,
        ),
        "contrast": re.compile(rf"(?<![\w])(?:{_phrases(cal['vague_contrast_words'])})(?![\w])", re.IGNORECASE),
    }


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    cal = calendar()
    wd = _alt(cal["weekdays"])
    full = [m for m in cal["full_month_names"]]
    abbr = [m for m in cal["months"] if m not in full]
    mon = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.?)(?![\w])"
    full_mon = rf"(?:{_alt(full)})(?![\w])"
    # a month name may end where a scrape glued the next capitalised word on (`MaretTahap 2`)
    glued_mon = rf"(?:{_alt(full)})(?!(?-i:[a-z0-9_]))"
    rng = _alt(cal["range_words"])
    lst = _alt(cal["list_words"])
    period = _alt(cal["period_words"])
    units = _alt(cal["relative_units"])
    rel_dir = _phrases(cal["past_words"] + cal["future_words"] + cal["present_words"])
    year_end = r"(?![\w/]|[.,:\-]\d|\s?-\s?an\b)"  # `1990-an`, `1990 - an` (a decade) is no year
    list_no = r"(?<=^\d\.)|(?<=^\d\d\.)|(?<=\n\d\.)|(?<=\n\d\d\.)"  # `10.24 Juni`: list number 10, day 24
    decree = _alt(cal["decree_words"])
    num_words = word_number_pattern()
    tz = _alt(cal["timezones"])
    month_pre = _alt(cal["month_prefix"] + cal["month_prefix_nouns"])
    day_parts = _phrases(cal["day_parts"])
    flags = re.IGNORECASE
    return {
        "wd_numeric": re.compile(
            # `Minggu malam (9/3/2025)`: a part of the day may stand between the weekday and its date, and
            # the wire style's `waktu setempat` (`Minggu malam waktu setempat (13/11/2016)`)
            rf"(?<![\w])(?P<wd>{wd}|kemarin|hari\s+ini)(?:\s+(?:{day_parts}))?(?:\s+waktu\s+setempat)?(?:\s+(?:pekan|minggu)\s+(?:depan|lalu|ini|mendatang)|\s+(?:lalu|kemarin))?"
            rf"\s*,?\s*(?P<open>\()?\s*(?:(?P<wd2>{wd})\s*,\s*)?(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*(?P<close>\))?(?![\w/])",
            flags,
        ),
        "numeric": re.compile(
            rf"(?<![\w/.\-])(?P<d>\d{{1,2}})(?P<s>[/.\-])(?P<m>\d{{1,2}})(?P=s)(?P<y>\d{{4}}){year_end}", flags
        ),
        "iso": re.compile(rf"(?<![\w/.\-])(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){year_end}", flags),
        "dmy": re.compile(
            # `Sabtu (8 Maret 2025)`: the date in brackets after its weekday
            rf"(?:(?<![\w])(?P<wd>{wd})(?:\s+(?:{day_parts}))?(?:\s*,?\s+|\s*,?\s*(?P<open>\()\s*)(?:tanggal\s+)?)?"
            rf"(?:(?<![\w/.,\-])|(?<=\()|{list_no})(?P<d>\d{{1,2}})"
            rf"(?:\s*(?P<sep>-|–|—|{rng}|{lst})\s*(?P<d2>\d{{1,2}}))?\s*(?P<mon>{mon})"
            rf"(?:\s*,?\s*(?:(?:di|pada)\s+)?(?:tahun\s+)?(?P<y>\d{{4}}){year_end}|\s+tahun\s+(?P<ry>depan|lalu|ini)(?![\w]))?"
            rf"(?P<close>\s*\))?",
            flags,
        ),
        "my": re.compile(
            rf"(?<![\w])(?:(?P<per>{period})\s+)?(?:bulan\s+)?(?P<mon>{mon})"
            rf"(?:\s*(?P<sep>-|–|—|{rng})\s*(?P<mon2>{mon}))?\s*,?\s*(?P<y>\d{{4}}){year_end}",
            flags,
        ),
        "year_range": re.compile(
            rf"(?:(?<![\w])(?P<pre>tahun(?:\s+(?:ajaran|anggaran|akademik))?|periode|TA)\s+)?(?<![\w/.,\-])(?P<y1>\d{{4}})\s*(?P<sep>-|–|—|/)\s*"
            # `musim 2025/26`: a season's second year in two digits after a slash
            rf"(?P<y2>\d{{4}}|(?<=/)\d{{2}}){year_end}",
            flags,
        ),
        "tahun": re.compile(
            # `Liga 1 musim 2017`: a season named by its year
            rf"(?<![\w])(?:tahun(?:\s+(?:ajaran|anggaran|akademik))?|thn\.?|th\.|TA|musim)\s+(?P<y>\d{{4}}){year_end}",
            flags,
        ),
        "decree": re.compile(
            # the issuer may stand between the kind and the number (`Surat Edaran MA 4/2016`, `Permen KP 10/2024`)
            rf"(?<![\w])(?:{decree})\.?\)?\s*(?:(?-i:[A-Z][\w.&-]*)\s+){{0,3}}?(?:(?:nomor|nomer|no\.?)\s*)?"
            rf"(?P<num>\d+[A-Za-z]?)\s*/\s*(?P<y>\d{{4}})"
            rf"(?![\w/]|[.,\-]\d)",
            flags,
        ),
        "bare_year": re.compile(
            rf"(?:(?<![\w/.,:\-+#$'])|{list_no})(?P<y>(?:19|20)\d\d)(?![\w/%]|[.,:\-]\d|\s?-\s?an\b)"
        ),
        "rel_day": re.compile(rf"(?<![\w])(?P<rel>{_phrases(cal['relative_days'])})(?![\w])", flags),
        "rel_weekday": re.compile(
            # `Sabtu akhir pekan lalu`: the Saturday of last week's end
            rf"(?<![\w])(?P<wd>{wd})\s+(?:(?:(?:akhir|awal)\s+)?(?:pekan|minggu)\s+(?=depan|lalu|mendatang|ini))?"
            rf"(?P<dir>{_alt(cal['weekday_relative_words'])})(?![\w])",
            flags,
        ),
        # `besok Jumat`, `kemarin Selasa`, `hari ini Rabu`: a relative day and the weekday it is
        "rel_day_weekday": re.compile(
            rf"(?<![\w-])(?P<rel>{_phrases(cal['days_before_weekday'])})\s+(?P<wd>{wd})(?![\w(])(?!\s*\()", flags
        ),
        "rel_unit": re.compile(
            rf"(?<![\w])(?:(?P<per>{period})\s+)?(?:(?P<n>\d+|{num_words})\s+|(?P<se>se)(?={units}))?"
            rf"(?P<unit>{units})\s+(?P<dir>{rel_dir})(?![\w])",
            flags,
        ),
        "rel_month": re.compile(
            rf"(?<![\w])(?:(?P<per>{period})\s+)?(?:bulan\s+)?(?P<mon>{full_mon})\s+"
            rf"(?P<dir>tahun\s+lalu|tahun\s+depan|tahun\s+ini|lalu|kemarin|silam|mendatang|depan|ini|nanti)(?![\w])",
            flags,
        ),
        "quarter": re.compile(
            rf"(?<![\w])(?P<q>(?:{_alt(cal['quarter_words'])})\s*(?:[IV]+|[1-4])\s*[-–/]\s*)(?P<y>\d{{4}}){year_end}",
            flags,
        ),
        # `Januari, Februari, dan Maret 2025`: bare months listed before the one that has the year
        "month_list": re.compile(
            rf"(?<![\w])(?P<list>{full_mon}(?:\s*,\s*{full_mon})*)\s*,?\s*(?:dan|serta|&)\s+"
            rf"(?P<last>{full_mon})\s*,?\s*(?P<y>\d{{4}}){year_end}",
            flags,
        ),
        # `Oktober, November, dan Desember`, `Januari-Maret`: bare months in a list or range whose
        # year is given elsewhere (the months with a year are `month_list` and `my`)
        "month_seq": re.compile(
            rf"(?<![\w])(?P<seq>{glued_mon}(?:\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+|&\s*|[-–]\s?|hingga\s+|sampai\s+)"
            rf"{glued_mon})+)(?!\s*,?\s*(?:tahun\s+)?\d)",
            flags,
        ),
        # `, Jumat.`  `, Sabtu (Minggu WIB)`: a bare weekday the wire style sets after a comma or in brackets
        "wd_bare": re.compile(
            rf"(?:(?<=[,(])|(?<=,\s))(?P<wd>{wd})(?=\s*[.,;)(]|\s+(?:waktu\s+setempat|{tz})(?![\w])"
            # `, Rabu pukul 07.12 WIT`, `, Selasa sekitar pukul 10.00`: the time that day
            rf"|\s+(?:(?:sekitar|sekira|kira-kira)\s+)?(?:pukul|jam|pkl\.?)\s*\d)",
            flags,
        ),
        # `setelah dia terluka Jumat dalam demonstrasi`, `yang dilakukan Sabtu untuk …`: the wire style's
        # bare weekday right after a verb (checked in `find`) and before a preposition or a stop
        "wd_verb": re.compile(
            rf"(?<![\w])(?P<wd>{wd})(?=\s*[.,;]|\s+(?:dalam|untuk|di|ke|saat|ketika|setelah|sebelum|usai|seusai)(?![\w])"
            rf"|\s+(?:(?:sekitar|sekira)\s+)?(?:pukul|jam)\s*\d)",
            flags,
        ),
        # `Senin-Rabu (20-22/10/2025)`, `Sabtu hingga Minggu (18-19/10)`: a run of days, its dates in brackets
        "wd_range": re.compile(
            rf"(?<![\w])(?P<wd>{wd})\s*(?:-|–|hingga|sampai|s/d|dan)\s*(?P<wd2>{wd})\s*,?\s*\(\s*(?P<d>\d{{1,2}})\s*"
            rf"(?:-|–|hingga|sampai|s/d)\s*(?P<d2>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)",
            flags,
        ),
        # `Senin hingga Rabu`, `pada Senin-Rabu`: a run of weekdays without their dates, its first day
        # (GUIDELINES: a range of days is its first day)
        "wd_span": re.compile(
            rf"(?<![\w])(?:(?P<pre>{_alt(cal['weekday_prefix'])}|dari)\s+)?(?:hari\s+)?(?P<wd>{wd})\s*"
            rf"(?:-|–|hingga|sampai(?:\s+dengan)?|s/d)\s*(?:hari\s+)?(?P<wd2>{wd})(?![\w])(?!\s*,?\s*\(\s*\d)",
            flags,
        ),
        # `tanggal 5 bulan depan`, `tanggal 22 bulan ini`: a day of a month counted from the reference
        "day_of_rel_month": re.compile(
            r"(?<![\w])tanggal\s+(?P<d>\d{1,2})\s+bulan\s+(?P<dir>ini|depan|lalu|mendatang|kemarin)(?![\w])", flags
        ),
        # `ujar Saharil, Selasa malam.`  `Banjir terjadi Selasa pagi`: a weekday with a part of the day
        # needs no `pada` before it
        "wd_part": re.compile(
            rf"(?<![\w])(?P<wd>{wd})\s+(?P<dp>{day_parts})(?![\w])(?!\s+(?:tadi|ini)(?![\w]))", flags
        ),
        # `pada Hari Kemerdekaan AS`, `menjelang Hari Pahlawan 2025`: a fixed day a name pins down
        "named_day": re.compile(
            rf"(?<![\w])(?P<name>{_phrases(cal['named_days'])})(?:\s+(?P<y>\d{{4}}))?(?![\w])", flags
        ),
        # `menjelang hari pertama puasa`, `saat Idul Fitri 1446 H`: an Islamic feast (its day from a table);
        # a Gregorian year after it (`Lebaran 2017`) is read as a year by `bare_year`
        "feast": re.compile(
            rf"(?<![\w])(?P<name>{_phrases(cal['movable_days'])})(?:\s+(?P<hy>\d{{4}})\s*(?:H|Hijriah|Hijriyah)\b)?"
            r"(?![\w])(?!\s*(?:\d|tahun\s+\d))",
            flags,
        ),
        # `HUT ke-80 RI`, `HUT Republik Indonesia ke-72`: an anniversary names its year by its number
        "anniversary": re.compile(
            r"(?<![\w])(?:HUT|Hari\s+Ulang\s+Tahun(?:\s+\(HUT\))?|Hari\s+Jadi|Dirgahayu)\s+(?:ke-?\s*(?P<n1>\d{1,3})\s+)?"
            rf"(?P<name>{_phrases([k for k in cal['anniversaries'] if not k.startswith('_')])})"
            r"(?:\s+ke-?\s*(?P<n2>\d{1,3}))?(?![\w])",
            flags,
        ),
        # `Jalan 10 November`: a capitalised street or event noun before a day without its year
        "founded_name": re.compile(rf"(?<![\w])(?=[A-Z])(?i:{_phrases(cal['founded_name_nouns'])})\s+$"),
        "day_name": re.compile(rf"(?<![\w])(?=[A-Z])(?i:{_phrases(cal['day_name_nouns'])})\.?\s+$"),
        "named_day_prefix": re.compile(rf"(?<![\w])(?:{_phrases(cal['named_day_prefix'])})\s+$", flags),
        "feast_day_prefix": re.compile(rf"(?<![\w])(?:{_phrases(cal['feast_day_prefix'])})\s+$", flags),
        # `Kemudian (6/10), Bobby …`: a day in brackets without its weekday, after a word that opens
        # a time (a bracket alone may hold a score or a fraction)
        "bracket_day": re.compile(
            rf"(?<![\w])(?:{_alt(cal['sentence_openers'])})\s*,?\s*(?P<open>\()\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
            rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)",
            flags,
        ),
        # `tanggal 1/11`, `pada 1/11 mendatang`: a day and month with a slash and no brackets, where
        # a word before or after says it is a day (alone it may be a fraction: `2/3 bagian`)
        "slash_day": re.compile(
            r"(?<![\w])(?:(?P<tg>tanggal|tgl\.?)\s+|pada\s+(?=\d{1,2}/\d{1,2}\s+(?:lalu|mendatang|nanti|kemarin)(?![\w])))"
            r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])",
            flags,
        ),
        # `dibandingkan periode yang sama tahun sebelumnya`: the year before the one spoken of
        # (`tahun berikutnya`: the one after)
        "prev_year": re.compile(r"(?<![\w-])tahun\s+(?P<dir>sebelumnya|berikutnya)(?![\w])", flags),
        "hijri": re.compile(r"(?<![\w/])\d{4}\s*H\s*/\s*(?P<y>\d{4})\s*M(?![\w])"),
        "month_only": re.compile(
            rf"(?<![\w])(?P<pre>{month_pre})\s+(?:(?P<bulan>bulan)\s+)?(?P<mon>{full_mon})(?!\s*,?\s*\d)",
            flags,
        ),
        "wd_only": re.compile(
            rf"(?<![\w])(?P<pre>{_alt(cal['weekday_prefix'])})\s+(?:hari\s+)?(?P<wd>{wd})(?![\w])"
            rf"(?!\s*(?:-|–|hingga|sampai|s/d)\s*(?:{wd}))(?:\s*(?:dan|atau|serta)\s+(?P<wd2>{wd})(?![\w]))?",
            flags,
        ),
        "time": re.compile(
            rf"(?<![\w])(?:(?:pukul|jam|pkl\.?)\s+(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?|(?P<h2>\d{{1,2}})[.:](?P<mi2>\d{{2}})(?=\s*(?:{tz})(?![\w])))"
            rf"(?:\s*(?:-|–|hingga|sampai|s/d)\s*(?P<eh>\d{{1,2}})(?:[.:](?P<emi>\d{{2}}))?)?"
            rf"(?:\s*(?P<tz>{tz})(?![\w]))?(?:\s+(?P<dp>{day_parts})(?![\w])(?!\s+(?:tadi|ini)(?![\w])))?",
            flags,
        ),
    }


def _month(s: str) -> int | None:
    return tables()["months"].get(s.lower().rstrip("."))


def _weekday(s: str | None) -> int | None:
    if not s:
        return None
    return tables()["weekdays"].get(s.lower().replace("'", ""))


def _year2(s: str) -> int:
    y = int(s)
    return 2000 + y if len(s) == 2 else y


def _strong_weekday(s: str) -> bool:
    """``Kamis 23/10``: a capitalised weekday (not ``Minggu``, also "week") vouches for the numbers after it."""
    return s[0].isupper() and s.lower() not in ("minggu", "kemarin", "hari ini") and _weekday(s) is not None


def _ok_dm(d: int, m: int | None) -> bool:
    return m is not None and 1 <= m <= 12 and 1 <= d <= 31


_PREV = re.compile(r"([^\s()\"']+)\s*$")
# a count before a unit, whole or decimal (`selama 2,5 tahun ini`: a span, not this year)
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)*")
# a verb of the wire style's `terluka Jumat`, `dilakukan Sabtu`, `meninggal Senin`: a di-/ter-/me-/ber- word
_VERB_SHAPE = re.compile(r"(?:di|ter|me|ber)[a-z]{3,}")
_COUNT_RANGE = re.compile(r"([^\W_]+)[-–/]([^\W_]+)")


def _count_range(word: str) -> bool:
    """``2-3``, ``dua-tiga``: two small counts joined, a rough number (of months, of years)."""
    m = _COUNT_RANGE.fullmatch(word)
    if not m:
        return False
    return all(p.isdigit() and len(p) <= 3 or not p.isdigit() and word_number(p) is not None for p in m.groups())


# a clause about the past, or the end of a sentence or of a quote (`"… Anda akan mendapatkannya!"
# ia memposting pada hari Sabtu`): the future word before it does not govern the weekday after
_PAST_CLAUSE = re.compile(r"\b(?:yang|setelah|sejak|usai|seusai|sebelumnya|kemarin|lalu|telah|sudah)\b|[.;!?]\s|[\"”]")


def looks_ahead(before: str) -> bool:
    """A future word (`akan`, `dijadwalkan`) governs the weekday after it (`akan diperiksa pada
    Senin`), unless a clause about the past stands between (`akan memeriksa saksi yang
    ditangkap pada Senin`) or an attribution (`akan mundur, kata Andi, Senin.`: the day of saying)."""
    last = None
    for m in tables()["future_cues"].finditer(before):
        last = m
    if last is None or _PAST_CLAUSE.search(before, last.end()):
        return False
    return not tables()["attribution"].search(before, last.end())  # `akan …, kata Andi, Senin.`


_CLAUSE_END = re.compile(r'[,.;:!?"()\n]')


def _ahead_after(text: str, end: int) -> bool:
    """``hari Sabtu akan menjadi ujian``: a future word after the weekday, in its clause."""
    stop = _CLAUSE_END.search(text, end, end + 40)
    return bool(tables()["future_cues"].search(text[end : stop.start() if stop else end + 40].lower()))


_UNCLOSED_END = re.compile(r"\s*(?:[.;]|\n|$)")
HIJRI_OFFSET = 579  # Ramadan, Syawal and Dzulhijjah of 1438–1448 H fall in 2017–2027 (year H + 579)
_LIST_NUMBER = re.compile(r"(?:^|\n)\d{1,2}\.$")  # `1.2019: Kepala Dinas`: list number 1, year 2019
_DECREE_NUMBER = re.compile(r"(?i:nomor|no\.?)\s*\d+[A-Za-z]?\s+$")
_DAY_BEFORE = re.compile(r"(?<![\d/.,])\d{1,2}\s+$")
# `pukul 21.00 WIB (4/5)`: a bracketed day right after a time
_BRACKET_DAY = re.compile(r"\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?\s*\)")
_NEXT = re.compile(r"\s*([^\s,.;:()\"']+(?:\s+[^\s,.;:()\"']+)?)")


def _plausible_year(text: str, s: int, e: int, y: int) -> bool:
    """A bare 4-digit number is a year unless its neighbours say it counts or codes something."""
    t = tables()
    lo, hi = t["bare"]
    if not lo <= y <= hi:
        return False
    pw = None if _LIST_NUMBER.search(text, max(0, s - 4), s) else _PREV.search(text, max(0, s - 25), s)
    if pw:
        prev = pw.group(1).lower().rstrip(".")
        if prev in t["blocked_before"] or prev.endswith(("rp", "$")):
            return False
        if prev.isdigit() and not _NAMED_NUMBER.search(text, max(0, s - 30), s):
            return False  # `12 2017`: a run of numbers; but `Liga 1 2017`, `Nokia 6 2018`: a name's number
    if text[max(0, s - 4) : s].lower().rstrip() == "(c)":
        return False  # `(c) 2025 Tempo`: a copyright line
    if pw and pw.group(1).lower() in t["year_sure"]:
        return True  # `Pada 2019 warga mengungsi`: a count word after it does not make it a count
    nx = _NEXT.match(text, e, min(len(text), e + 40))
    if nx:
        words = nx.group(1).lower().split()
        if words[0] in t["followers"] or " ".join(words) in t["followers"] or words[0].isdigit():
            return False
    return True


# `Liga 1 2017`, `Nokia 6 2018`: a capitalised word and its one- or two-digit number before a year
_NAMED_NUMBER = re.compile(r"(?<![\w-])(?-i:[A-Z][\w-]*) \d{1,2} $")
# `B 2025 TJ`: a vehicle plate (region letters, number, letters), not a year
_PLATE = re.compile(r" (?-i:[A-Z]{1,3})(?![\w])")
_PLATE_BEFORE = re.compile(r"(?<![\w])(?-i:[A-Z]{1,2}) $")
# `Asean Traffic Police Forum 2017`: capitalised words right before a year name the event it is
# the year of (GUIDELINES: years in event names). Two words (as score.py splits words: `U-17` is
# two) are taken at most, so the mention still overlaps, by score.py's token F1 of 0.5, a gold
# that is the year alone as well as one that is a name of up to nine words.
_NAME_WORD = re.compile(r"(?:(?<![\w-])(?-i:[A-Z][\w-]*)|\((?-i:[A-Z][\w-]*)\))[ ]$")
_SCORE_TOKEN = re.compile(r"\w+")
EVENT_NAME_WORDS = 2
_ROMAN = re.compile(r"[ivx]+|[a-z]")


def _event_name_start(text: str, start: int) -> int:
    """Where the event name a bare year ends begins (``start`` itself when none)."""
    t = tables()
    taken = 0
    while True:
        w = _NAME_WORD.search(text, max(0, start - 30), start)
        if w is None:
            break
        word = w.group().strip(" ()").lower()
        taken += len(_SCORE_TOKEN.findall(word))  # `U-17` is two words to the scorer
        if taken > EVENT_NAME_WORDS:
            break
        parts = word.split("-")
        if any(x in t["months"] or x in t["weekdays"] or x in t["name_stop"] for x in parts) or _ROMAN.fullmatch(word):
            break  # `Semester I 2025`: a numeral counts a part of the year, it names nothing
        if _SENTENCE_START.search(text, max(0, w.start() - 4), w.start()) or w.start() == 0:
            break  # a capital that opens a sentence says nothing (`Pada 2019`)
        start = w.start()
    return start


_NAME_AFTER = re.compile(r" (?-i:[A-Z][a-z]+)(?![\w])(?! (?:lalu|ini|depan|mendatang|kemarin)\b)")
# where a capitalised word opens a sentence or a quote, so its capital says nothing
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“]\s*|\n\s*)$")
_TOKEN = re.compile(r"[a-z']+|\d+")
_MONTH_WORD = re.compile(r"[A-Za-z]+")


# `dari Senin sampai Jumat`: the days of a week a schedule spans
_WEEK_SPAN = re.compile(r"(?i:dari)\s+\w+\s*$")


@cache
def _weekday_pair() -> re.Pattern[str]:
    wd = _alt(calendar()["weekdays"])
    return re.compile(rf"(?<![\w])(?P<wd>{wd})\s*(?:dan|atau|serta|,|-|–)\s*$", re.IGNORECASE)


# by the length of the digit run a pattern may start with: a day, month or hour has one or two
# digits, a year four; any count may start `rel_unit` (`30 hari lalu`)
_BY_DIGITS = {1: ("numeric", "dmy", "time", "rel_unit", "feast"), 2: ("numeric", "dmy", "time", "rel_unit", "feast")}
_BY_DIGITS[4] = ("iso", "year_range", "bare_year", "hijri", "rel_unit")
_OTHER_DIGITS = ("rel_unit",)


@cache
def dispatch() -> dict[str, tuple[str, ...]]:
    """Which patterns can start at a given word, so that each runs only where it may match.

    Scanning every position with ~20 case-insensitive patterns costs ~15 ms an article;
    one cheap word scan and anchored matches at the few trigger words cost well under 1 ms.
    """
    cal = calendar()
    table: dict[str, set[str]] = {}

    def put(words: Any, *names: str) -> None:
        for w in words:
            for part in re.findall(r"[a-z']+", w.lower())[:1]:
                table.setdefault(part, set()).update(names)

    put(cal["weekdays"], "wd_numeric", "dmy", "rel_weekday", "wd_bare", "wd_verb", "wd_part", "wd_range", "wd_span")
    put(["jumat"], "wd_numeric", "dmy", "rel_weekday", "wd_bare", "wd_verb", "wd_part", "wd_range", "wd_span")
    put(cal["weekday_prefix"] + ["dari"], "wd_span")
    put(["tanggal"], "day_of_rel_month")
    put(cal["sentence_openers"], "bracket_day")
    put(["tanggal", "tgl", "pada"], "slash_day")
    put(["kemarin"], "wd_numeric", "rel_day")
    put(["hari"], "wd_numeric", "rel_day", "wd_only")
    put(cal["relative_days"], "rel_day")
    put(cal["days_before_weekday"], "rel_day_weekday")
    put(cal["months"], "my", "rel_month", "month_list", "month_seq")
    put(["bulan"], "my", "rel_month", "rel_unit", "month_only")
    put(cal["period_words"], "my", "rel_unit", "rel_month", "month_only")
    put(["tahun", "thn", "th", "ta", "periode"], "tahun", "year_range", "rel_unit")
    put(["musim"], "tahun")
    put(["tahun"], "prev_year")
    put(["periode"], "month_only")
    put(cal["decree_words"], "decree")
    put(cal["relative_units"], "rel_unit")
    put(["se" + u for u in cal["relative_units"]], "rel_unit")
    put(amounts_lexicon()["digits"], "rel_unit")
    put(amounts_lexicon()["approximate"], "rel_unit")
    put(cal["quarter_words"], "quarter")
    put(cal["month_prefix"] + cal["month_prefix_nouns"], "month_only")
    put(cal["weekday_prefix"], "wd_only")
    put(["pukul", "jam", "pkl"], "time")
    put(cal["named_days"], "named_day")
    put(["hut", "hari", "dirgahayu"], "anniversary")
    put(cal["movable_days"], "feast")
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _triggers(text: str) -> dict[str, list[int]]:
    """Start offsets, per pattern, of the words and digit runs each pattern may begin with."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two; keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    table = dispatch()
    where: dict[str, list[int]] = {}
    for tm in _TOKEN.finditer(low):
        w = tm.group()
        names = _BY_DIGITS.get(len(w), _OTHER_DIGITS) if w[0].isdigit() else table.get(w)
        if names:
            pos = tm.start()
            for name in names:
                where.setdefault(name, []).append(pos)
    return where


def find(text: str, region: int = 0) -> list[Candidate]:
    """Every candidate date expression in one paragraph, possibly overlapping."""
    p = patterns()
    t = tables()
    out: list[Candidate] = []
    add = out.append
    where = _triggers(text)

    def hits(name: str) -> Iterator[re.Match[str]]:
        pat = p[name]
        for pos in where.get(name, ()):
            m = pat.match(text, pos)
            if m:
                yield m

    for m in hits("wd_numeric"):
        d, mo = int(m.group("d")), int(m.group("m"))
        # `Rabu (8/10/2028.`: a bracket the writer never closed, at the end of a sentence or line
        unclosed = m.group("open") and not m.group("close") and m.group("y") and _UNCLOSED_END.match(text, m.end())
        if (bool(m.group("open")) != bool(m.group("close")) and not unclosed) or not _ok_dm(d, mo):
            continue
        if not m.group("open") and not m.group("y") and not _strong_weekday(m.group("wd")):
            continue  # "kemarin 20/10", "minggu 2/3" without brackets or year: too weak
        wd_s = m.group("wd").lower()
        wd = _weekday(wd_s)
        if m.group("wd2") and (wd is not None or not m.group("open")):
            continue  # `Senin (Selasa, 12/4)`: two weekdays; only `kemarin (Rabu, 12/4)` names one inside
        c = Candidate(m.start(), m.end(), "dm", d=d, m=mo, wd=wd, reporting=True, region=region)
        if wd is None:  # "kemarin (20/10)", "hari ini (20/10)": the written numbers win
            c.reporting = False
        if m.group("y"):
            c.kind, c.y = "full", _year2(m.group("y"))
        add(c)

    for m in hits("wd_range"):
        d, d2, mo = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
        if not (_ok_dm(d, mo) and _ok_dm(d2, mo) and d2 > d):
            continue
        # a range of days is its first day (GUIDELINES), its weekday the first one written
        c = Candidate(m.start(), m.end(), "dm", d=d, m=mo, wd=_weekday(m.group("wd")), reporting=True, region=region)
        c.d2, c.m2 = d2, mo
        if m.group("y"):
            c.kind, c.y = "full", _year2(m.group("y"))
        add(c)

    for m in hits("bracket_day"):
        d, mo = int(m.group("d")), int(m.group("m"))
        if _ok_dm(d, mo):
            c = Candidate(m.start("open"), m.end(), "dm", d=d, m=mo, region=region)
            if m.group("y"):
                c.kind, c.y = "full", _year2(m.group("y"))
            add(c)

    for m in hits("slash_day"):
        d, mo = int(m.group("d")), int(m.group("m"))
        if _ok_dm(d, mo):
            add(Candidate(m.start("tg") if m.group("tg") else m.start("d"), m.end(), "dm", d=d, m=mo, region=region))

    for m in hits("prev_year"):
        pw = _PREV.search(text, max(0, m.start() - 20), m.start())
        if pw and (pw.group(1).isdigit() or word_number(pw.group(1)) is not None):
            continue  # `dua tahun sebelumnya`: how long before, not the year before
        add(
            Candidate(
                m.start(), m.end(), "prev_year", n=1 if m.group("dir").lower() == "berikutnya" else -1, region=region
            )
        )

    for m in hits("wd_span"):
        wd_s, wd2_s = m.group("wd"), m.group("wd2")
        if not (wd_s[0].isupper() and wd2_s[0].isupper()):
            continue
        pre = (m.group("pre") or "").lower()
        week = _weekday(wd_s) == 0 and (_weekday(wd2_s) or 0) >= 4
        if pre in ("setiap", "tiap") or week or t["every"].search(text[max(0, m.start() - 16) : m.start("wd")].lower()):
            continue  # `setiap Senin-Kamis`, `pada Senin-Jumat`: the days a schedule keeps, no one day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        c = Candidate(m.start("wd"), m.end(), "rel_weekday", wd=_weekday(wd_s), region=region)
        c.direction = 1 if looks_ahead(before) else -1
        c.flags.append("bare")
        add(c)

    for m in hits("day_of_rel_month"):
        d, dr = int(m.group("d")), m.group("dir").lower()
        n = 1 if dr in ("depan", "mendatang") else (-1 if dr in ("lalu", "kemarin") else 0)
        if 1 <= d <= 31:
            add(Candidate(m.start(), m.end(), "rel_day_of_month", d=d, n=n, region=region))

    for name in ("numeric", "iso"):
        for m in hits(name):
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if _ok_dm(d, mo) and 1000 <= y <= 2199:
                add(Candidate(m.start(), m.end(), "full", y=y, m=mo, d=d, region=region))

    for m in hits("dmy"):
        d, mo = int(m.group("d")), _month(m.group("mon"))
        if not _ok_dm(d, mo):
            continue
        mon_s = m.group("mon")
        abbreviated = mon_s.lower().rstrip(".") not in calendar()["full_month_names"]
        if abbreviated and not m.group("y") and not m.group("wd") and not mon_s[0].isupper():
            continue  # "3 des" alone: a lower-case abbreviation needs a year or weekday to be trusted
        if not m.group("y") and not m.group("wd") and p["day_name"].search(text, max(0, m.start() - 20), m.start()):
            continue  # `Jalan 10 November`, `Gerakan 30 September`: the day names a street or an event
        if m.group("y") and not m.group("wd") and p["founded_name"].search(text, max(0, m.start() - 24), m.start()):
            # `Universitas 17 Agustus 1945`: a body named after the day it was founded; kept as a
            # candidate that wins over the month and year inside it and is then dropped
            add(Candidate(m.start(), m.end(), "full", flags=["not_a_date"], region=region))
            continue
        y = int(m.group("y")) if m.group("y") else None
        wd = _weekday(m.group("wd"))
        kind = "full" if y else "dm"
        ry = (m.group("ry") or "").lower()
        sep, d2s = m.group("sep"), m.group("d2")
        start = m.start("wd") if m.group("wd") else m.start("d")
        # a bracket closes the date only when one opened after the weekday
        end = m.start("close") if m.group("close") and not m.group("open") else m.end()
        if m.group("open") and not m.group("close"):
            start, wd = m.start("d"), None  # `Sabtu (8 Maret`: no bracket closes; the weekday is not this date's
        if d2s and sep and sep.strip().lower() in ("dan", "&"):
            d2 = int(d2s)
            add(Candidate(start, m.end("d"), kind, y=y, m=mo, d=d, wd=wd, region=region))
            if _ok_dm(d2, mo):
                add(Candidate(m.start("d2"), end, kind, y=y, m=mo, d=d2, region=region))
            continue
        c = Candidate(start, end, kind, y=y, m=mo, d=d, wd=wd, region=region)
        if ry:  # `26 Juni tahun depan`: the year is counted from the reference day
            c.n = {"depan": 1, "lalu": -1}.get(ry, 0)
            c.flags.append("relative_year")
        if d2s and int(d2s) > d and _ok_dm(int(d2s), mo):
            c.d2, c.m2 = int(d2s), mo
        add(c)

    for m in hits("my"):
        mo, y = _month(m.group("mon")), int(m.group("y"))
        if mo is None or not 1000 <= y <= 2199:
            continue
        m2 = _month(m.group("mon2")) if m.group("mon2") else None
        if m2 is not None and m2 != mo:
            # `Juni-Juli 2025`: one entry per end of a month range (GUIDELINES)
            add(Candidate(m.start(), m.end("mon"), "my", y=y if m2 > mo else y - 1, m=mo, region=region))
            add(Candidate(m.start("mon2"), m.end(), "my", y=y, m=m2, region=region))
            continue
        add(Candidate(m.start(), m.end(), "my", y=y, m=mo, period=(m.group("per") or None), region=region))

    for m in hits("month_list"):
        y = int(m.group("y"))
        last = _month(m.group("last"))
        if not 1000 <= y <= 2199 or last is None or not m.group("list")[0].isupper():
            continue
        for mm in re.finditer(r"[A-Za-z]+", m.group("list")):
            mo = _month(mm.group())
            if mo is not None and mm.group()[0].isupper():
                add(
                    Candidate(
                        m.start() + mm.start(),
                        m.start() + mm.end(),
                        "my",
                        y=y if mo <= last else y - 1,
                        m=mo,
                        region=region,
                    )
                )

    for m in hits("month_seq"):
        seq = m.group("seq")
        months = [(mm.start(), mm.end(), mo) for mm in _MONTH_WORD.finditer(seq) if (mo := _month(mm.group()))]
        if len(months) < 2 or not all(seq[a].isupper() for a, _b, _mo in months):
            continue
        for a, b, mo in months:
            add(Candidate(m.start() + a, m.start() + b, "mo", m=mo, region=region))

    for m in hits("wd_bare"):
        wd_s = m.group("wd")
        if not wd_s[0].isupper():
            continue
        before = text[max(0, m.start() - 60) : m.start()].lower()
        direction = 1 if looks_ahead(before) else -1
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=_weekday(wd_s), direction=direction, region=region)
        c.flags.append("bare")
        add(c)

    for m in hits("wd_verb"):
        wd_s = m.group("wd")
        pw = _PREV.search(text, max(0, m.start() - 30), m.start())
        if not wd_s[0].isupper() or not pw or not _VERB_SHAPE.fullmatch(pw.group(1)):
            continue
        before = text[max(0, m.start() - 60) : m.start()].lower()
        if t["every"].search(before[-16:]):
            continue  # `digelar setiap Jumat`: a habit
        direction = 1 if looks_ahead(before) else -1
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=_weekday(wd_s), direction=direction, region=region)
        c.flags.append("bare")
        add(c)

    for m in hits("year_range"):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if len(m.group("y2")) == 2:
            y2 += y1 // 100 * 100 + (100 if y2 < y1 % 100 else 0)  # `2025/26` → 2026, `1999/00` → 2000
        # `tahun 1811-1816` says it holds years; a bare range must look like modern years
        # (`Buy 1110-1125 | TP 1150-1175`: prices)
        lo, hi = t["prefixed"] if m.group("pre") else t["bare"]
        if not (lo <= y1 < y2 <= hi and y2 - y1 < 100):
            continue
        if m.group("sep") == "/" and y2 != y1 + 1:
            continue
        first = Candidate(m.start(), m.end("y1"), "year", y=y1, region=region)
        second = Candidate(m.start("y2"), m.end(), "year", y=y2, region=region)
        if m.group("sep") == "/":
            # `tahun ajaran 2022/2023`: one school or budget year over two calendar years; both
            # entries are the whole expression
            first.end, second.start = m.end(), m.start()
            first.flags.append("pair")
            second.flags.append("pair")
        add(first)
        add(second)

    for m in hits("tahun"):
        y = int(m.group("y"))
        lo, hi = t["prefixed"]
        if lo <= y <= max(hi, t["named_max"]):  # `tahun 2600`: a year because it says so
            c = Candidate(m.start(), m.end(), "year", y=y, region=region)
            if _DECREE_NUMBER.search(text, max(0, m.start() - 24), m.start()):
                c.flags.append("decree")  # `Nomor 1 Tahun 2017`: the year of a law, not of the story
            add(c)

    for m in hits("decree"):
        y = int(m.group("y"))
        lo, hi = t["bare"]
        if lo <= y <= hi:
            add(Candidate(m.start("num"), m.end(), "year", y=y, region=region, flags=["decree"]))

    for m in hits("bare_year"):
        y = int(m.group("y"))
        plate = _PLATE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _PLATE.match(text, m.end())
        if _plausible_year(text, m.start(), m.end(), y) and not plate:
            # `Undang-Undang Dasar 1945`: the year names the constitution, and the mention is its name
            law = _CONSTITUTION.search(text, max(0, m.start() - 60), m.start())
            start = law.start() if law else _event_name_start(text, m.start())
            add(Candidate(start, m.end(), "year", y=y, region=region))

    for m in hits("quarter"):
        y = int(m.group("y"))
        if t["bare"][0] <= y <= t["bare"][1]:
            add(Candidate(m.start(), m.end(), "year", y=y, region=region))

    for m in hits("hijri"):
        add(Candidate(m.start("y"), m.end(), "year", y=int(m.group("y")), region=region))

    for m in hits("month_only"):
        mon_s = m.group("mon")
        pre = m.group("pre").lower()
        if not mon_s[0].isupper() or (pre in t["loose_month_prefix"] and _NAME_AFTER.match(text, m.end())):
            continue  # `data Juli Budi`, `di Juni Antara`: a capitalised word after makes the month a given name
        start = m.start("pre") if pre in t["periods"] else (m.start("bulan") if m.group("bulan") else m.start("mon"))
        add(Candidate(start, m.end(), "mo", m=_month(mon_s), period=pre, region=region))

    for m in hits("wd_only"):
        wd_s, pre = m.group("wd"), m.group("pre").lower()
        # `hari rabu`: after `hari` a weekday in lower case is still one
        after_hari = text[max(0, m.start("wd") - 5) : m.start("wd")].lower().rstrip() == "hari"
        if (not wd_s[0].isupper() and not after_hari) or pre in ("setiap", "tiap"):
            continue
        if t["every"].search(text[max(0, m.start() - 16) : m.start("wd")].lower()):
            continue  # "setiap hari Senin": a recurring day
        if pre in ("hingga", "sampai") and _WEEK_SPAN.search(text, max(0, m.start() - 24), m.start()):
            continue  # `dari Senin sampai Jumat`: the working week, no one day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        direction = 1 if (looks_ahead(before) or _ahead_after(text, m.end())) else -1
        end = m.end("wd")
        c = Candidate(m.start("wd"), end, "rel_weekday", wd=_weekday(wd_s), direction=direction, region=region)
        c.flags.append("bare")
        add(c)
        if m.group("wd2") and m.group("wd2")[0].isupper():  # `pada Kamis dan Jumat`: two days
            c2 = Candidate(m.start("wd2"), m.end("wd2"), "rel_weekday", wd=_weekday(m.group("wd2")), region=region)
            c2.direction = direction
            c2.flags.append("bare")
            add(c2)

    for m in hits("wd_part"):
        wd_s = m.group("wd")
        if not wd_s[0].isupper() or t["every"].search(text[max(0, m.start() - 16) : m.start()].lower()):
            continue  # `minggu pagi` in lower case; `setiap Senin pagi`: a recurring day
        before = text[max(0, m.start() - 60) : m.start()].lower()
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=_weekday(wd_s), region=region)
        c.direction = 1 if (looks_ahead(before) or _ahead_after(text, m.end())) else -1
        c.flags.append("bare")
        add(c)

    for m in hits("named_day"):
        # a name pins a day down after `pada`, `menjelang` …, and not after `setiap`; a year written
        # after the name pins it down wherever it stands (`aksi Hari Buruh Internasional 2017`)
        before = text[max(0, m.start() - 40) : m.start()]
        pm = p["named_day_prefix"].search(before)
        mo, d = t["named_days"][" ".join(m.group("name").lower().split())]
        if pm is None and not (m.group("y") and _day_restated(text, m.end(), mo, d)):
            continue  # `peringatan Hari Anak Nasional 2025 ini`: the year of the event (heldout14)
        if t["every"].search((before[: pm.start()] if pm else before[-16:]).lower()):
            continue
        y = int(m.group("y")) if m.group("y") else None
        add(Candidate(m.start("name"), m.end(), "full" if y else "dm", y=y, m=mo, d=d, region=region))

    for m in hits("feast"):
        name = " ".join(m.group("name").lower().split())
        if name not in t["feasts_alone"]:
            before = text[max(0, m.start() - 40) : m.start()]
            pm = p["named_day_prefix"].search(before)
            if pm is None or t["every"].search(before[: pm.start()].lower()):
                continue  # `mudik Lebaran`, `setiap Idul Fitri`: the season or every year, not one day
            if not m.group("hy") and not p["feast_day_prefix"].search(before):
                continue  # `menjelang Lebaran`, `saat Idul Fitri`: the season around it (outlets_heldout10)
        c = Candidate(m.start(), m.end(), "feast", region=region, flags=[t["feasts"][name]])
        if m.group("hy"):
            c.y = int(m.group("hy")) + HIJRI_OFFSET
        add(c)

    for m in hits("anniversary"):
        n = m.group("n1") or m.group("n2")
        if not n or (m.group("n1") and m.group("n2")):
            continue  # `HUT RI` alone: a name without its year (`named_day` reads it after `pada`)
        y0, mo, d = t["anniversaries"][" ".join(m.group("name").lower().split())]
        add(Candidate(m.start(), m.end(), "full", y=y0 + int(n), m=mo, d=d, region=region))

    for m in hits("rel_day_weekday"):
        wd_s, rel = m.group("wd"), " ".join(m.group("rel").lower().split())
        if not wd_s[0].isupper():
            continue  # `kemarin minggu`: a week, or a weekday nobody capitalised
        # the weekday wins over the count (`hari ini Rabu` written on a Thursday is Wednesday): the
        # nearest such day on the side the word points to
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=_weekday(wd_s), region=region)
        c.direction = calendar()["days_before_weekday"][rel]
        c.flags.append("bare")
        add(c)

    for m in hits("rel_day"):
        key = " ".join(m.group("rel").lower().split())
        if text[max(0, m.start() - 1) : m.start()] == "-" or (
            text.startswith("-", m.end()) and text[m.end() + 1 : m.end() + 1 + len(key)].lower() == key
        ):
            continue  # `hari-hari ini` (these days), `besok-besok` (some day): no one day
        add(Candidate(m.start(), m.end(), "rel_day", n=t["rel_days"][key], unit="day", region=region))

    for m in hits("rel_weekday"):
        wd_s, dr = m.group("wd"), m.group("dir").lower()
        if wd_s.lower() == "minggu" and (not wd_s[0].isupper() or _SENTENCE_START.search(text, 0, m.start())):
            continue  # "minggu lalu", "Minggu depan" opening a sentence: a week, not a Sunday
        direction = -1 if dr in ("lalu", "kemarin") else (1 if dr in ("depan", "mendatang") else 0)
        c = Candidate(m.start(), m.end(), "rel_weekday", wd=_weekday(wd_s), direction=direction, region=region)
        if _WEEK_WORD.search(text, m.end("wd"), m.start("dir")):
            c.flags.append("week")  # `Kamis pekan depan`: that weekday of next week, not the next Thursday
        add(c)
        pair = _weekday_pair().search(text, max(0, m.start() - 24), m.start())
        if pair and pair.group("wd")[0].isupper() and _weekday(pair.group("wd")) is not None:
            # `Kamis dan Jumat lalu`: the first day shares the second one's `lalu`
            first = Candidate(
                pair.start("wd"), pair.end("wd"), "rel_weekday", wd=_weekday(pair.group("wd")), region=region
            )
            first.direction = direction
            if direction < 0:
                first.flags.append("bare")  # the latest such day on or before the reference
            add(first)

    for m in hits("rel_unit"):
        unit_s, dr = m.group("unit").lower(), " ".join(m.group("dir").lower().split())
        if text[max(0, m.start() - 1) : m.start()] == "-":
            continue  # `tahun-tahun mendatang`: the years to come, none of them named
        if (
            unit_s == "minggu"
            and m.group("unit")[0].isupper()
            and not m.group("n")
            and not m.group("se")
            and not _SENTENCE_START.search(text, 0, m.start())
        ):
            continue  # "Minggu lalu": a Sunday (rel_weekday); opening a sentence, a week
        n_s = m.group("n")
        if n_s:
            if n_s[0].isdigit():
                n = int(n_s)
            else:
                wn = word_number(n_s)
                if wn is None or wn[1] or wn[0] != int(wn[0]):
                    continue
                n = int(wn[0])
        else:
            n = 1 if m.group("se") else 0
        if dr == "ini":
            if n_s or m.group("se") or unit_s == "hari":
                continue
            if m.group("per") and t["units"][unit_s] == "week":
                continue  # `akhir minggu ini`, `awal pekan ini`: days of a week, not one day
            direction = 0
        else:
            direction = -1 if dr in t["past"] else 1
            if unit_s == "hari" and not (n_s or m.group("se")):
                continue
            if m.group("per") and t["units"][unit_s] == "week" and not (n_s or m.group("se")):
                continue  # `akhir pekan lalu`, `awal minggu depan`: days of a week, as with `ini` (heldout14)
            if not n_s and not m.group("se"):
                n = 1
        unit = t["units"][unit_s]
        # `pekan depan`, `dua minggu lalu`, `pekan ini`: a week, not a day (`Senin pekan depan` is
        # rel_weekday); `20 tahun yang lalu`, `setahun lalu`, `sebulan yang lalu`, `tiga bulan lalu`:
        # how long ago, not a calendar year or month the article names (`tahun lalu`, `bulan lalu`
        # are). Kept as a candidate that wins over the words inside it (`pekan kemarin` is no
        # `kemarin`) and is then dropped.
        counted_year = unit in ("year", "month") and (n_s or m.group("se")) and direction != 0
        if (unit == "week" and not m.group("per")) or counted_year:
            add(Candidate(m.start(), m.end(), "rel_unit", n=n, unit=unit, flags=["not_a_date"], region=region))
            continue
        pw = _PREV.search(text, max(0, m.start() - 20), m.start())
        if pw and pw.group(1).lower() in t["vague_counts"]:
            continue
        if pw and not m.group("per") and pw.group(1).lower() in t["periods"] and t["units"][unit_s] == "week":
            continue  # `akhir minggu ini`: the period word was seen (and refused) from its own position
        if (
            pw
            and not (n_s or m.group("se"))
            and (_DECIMAL.fullmatch(pw.group(1)) or word_number(pw.group(1)) is not None)
        ):
            continue  # the counted form was seen (or refused) from the number's own position
        if pw and not (n_s or m.group("se")) and _count_range(pw.group(1)):
            continue  # `2-3 bulan lalu`, `dua-tiga tahun lalu`: how long ago, roughly; no month named
        if pw and (n_s or m.group("se")) and direction > 0 and pw.group(1).lower() in t["span_words"]:
            continue  # "selama 3 tahun mendatang": a span of time, not a point in it
        c = Candidate(
            m.start(),
            m.end(),
            "rel_unit",
            n=n,
            unit=t["units"][unit_s],
            direction=direction,
            period=(m.group("per") or "").lower() or None,
            region=region,
        )
        if n_s or m.group("se"):
            c.flags.append("counted")
        add(c)

    for m in hits("rel_month"):
        mon_s = m.group("mon")
        if not mon_s[0].isupper():
            continue
        if not m.group("per") and _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # `15 Juli lalu`: a day of last July (the dmy form), not the month
        dr = " ".join(m.group("dir").lower().split())
        c = Candidate(
            m.start(),
            m.end(),
            "rel_month",
            m=_month(mon_s),
            period=(m.group("per") or "").lower() or None,
            region=region,
        )
        if dr.startswith("tahun"):
            c.unit = "year"
            c.direction = -1 if dr.endswith("lalu") else (1 if dr.endswith("depan") else 0)
        else:
            c.direction = -1 if dr in ("lalu", "kemarin", "silam") else (1 if dr in ("mendatang", "depan") else 0)
        add(c)

    for m in hits("time"):
        h_s = m.group("h") or m.group("h2")
        mi_s = m.group("mi") or m.group("mi2") or "0"
        hh, mi = int(h_s), int(mi_s)
        if hh > 24 or mi > 59:
            continue
        tz_s = m.group("tz")
        if m.group("h") is None and not tz_s:
            continue
        if m.group("h") and not (m.group("mi") or tz_s or m.group("dp")) and "jam" in m.group(0).lower()[:4]:
            continue  # "jam 3" alone is too often a count
        dp = (m.group("dp") or "").lower()
        if dp in ("sore", "petang", "malam") and hh < 12 and not (dp == "malam" and hh < 5):
            hh += 12
        if dp == "siang" and hh < 5:
            hh += 12
        c = Candidate(m.start(), m.end(), "time", hh=hh % 24, mi=mi, region=region)
        bd = _BRACKET_DAY.match(text, m.end()) if (tz_s or m.group("dp")) else None
        if bd and _ok_dm(int(bd.group("d")), int(bd.group("m"))):
            day = Candidate(
                text.find("(", m.end(), bd.end()),
                bd.end(),
                "dm",
                d=int(bd.group("d")),
                m=int(bd.group("m")),
                region=region,
            )
            if bd.group("y"):
                day.kind, day.y = "full", _year2(bd.group("y"))
            add(day)
        if tz_s:
            c.tz = t["tz"].get(tz_s.upper())
        if m.group("eh"):
            eh, emi = int(m.group("eh")), int(m.group("emi") or 0)
            if eh <= 24 and emi <= 59:
                c.d2, c.m2 = eh % 24, emi  # end time kept in d2/m2 (hour, minute)
        add(c)
    return out


_WEEK_WORD = re.compile(r"(?i:pekan|minggu)")
_SAME_SENTENCE = re.compile(r"[^.!?\n]{0,120}")
_WRITTEN_DAY = re.compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})|(?<![\w/.,])(\d{1,2})\s+([A-Za-z]+)")


def _day_restated(text: str, at: int, mo: int, d: int) -> bool:
    """``Hari Buruh Internasional 2017 atau May Day, Senin (1/5)``: the sentence writes the named
    day's own day and month after the name, so the name with its year pins that day (outlets_heldout13);
    without it the year names the event's year (``Hari Anak Nasional 2025`` in heldout14)."""
    rest = _SAME_SENTENCE.match(text, at)
    for w in _WRITTEN_DAY.finditer(rest.group(0) if rest else ""):
        day, month = (int(w.group(1)), int(w.group(2))) if w.group(1) else (int(w.group(3)), _month(w.group(4)))
        if (day, month) == (d, mo):
            return True
    return False


def select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (ties: the one found first)."""
    order = sorted(range(len(cands)), key=lambda i: (-(cands[i].end - cands[i].start), i))
    taken: list[tuple[int, int]] = []
    keep: list[Candidate] = []
    for i in order:
        c = cands[i]
        # the two years of `2022/2023` share one span
        shared = "pair" in c.flags and any("pair" in k.flags and (k.start, k.end) == (c.start, c.end) for k in keep)
        if not shared and any(c.start < b and a < c.end for a, b in taken):
            continue
        taken.append((c.start, c.end))
        keep.append(c)
    keep.sort(key=lambda c: c.start)
    return [c for c in keep if "not_a_date" not in c.flags]
