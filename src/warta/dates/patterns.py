"""The regular expressions of every date shape, and which words may start each.

Scanning every position with ~20 case-insensitive patterns costs ~15 ms an article; one cheap
word scan (:func:`triggers`) and anchored matches at the few trigger words cost well under 1 ms.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from warta.amounts.numbers import lexicon as amounts_lexicon
from warta.amounts.numbers import word_number_pattern
from warta.dates.lexicon import alternation, calendar, phrases


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    cal = calendar()
    wd = alternation(cal["weekdays"])
    full = [m for m in cal["full_month_names"]]
    abbr = [m for m in cal["months"] if m not in full]
    mon = rf"(?:{alternation(full)}|(?:{alternation(abbr)})\.?)(?![\w])"
    full_mon = rf"(?:{alternation(full)})(?![\w])"
    # a month name may end where a scrape glued the next capitalised word on (`MaretTahap 2`)
    glued_mon = rf"(?:{alternation(full)})(?!(?-i:[a-z0-9_]))"
    rng = alternation(cal["range_words"])
    lst = alternation(cal["list_words"])
    period = alternation(cal["period_words"])
    units = alternation(cal["relative_units"])
    rel_dir = phrases(cal["past_words"] + cal["future_words"] + cal["present_words"])
    year_end = r"(?![\w/]|[.,:\-]\d|\s?-\s?an\b)"  # `1990-an`, `1990 - an` (a decade) is no year
    list_no = r"(?<=^\d\.)|(?<=^\d\d\.)|(?<=\n\d\.)|(?<=\n\d\d\.)"  # `10.24 Juni`: list number 10, day 24
    decree = alternation(cal["decree_words"])
    num_words = word_number_pattern()
    tz = alternation(cal["timezones"])
    month_pre = alternation(cal["month_prefix"] + cal["month_prefix_nouns"])
    day_parts = phrases(cal["day_parts"])
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
        "rel_day": re.compile(rf"(?<![\w])(?P<rel>{phrases(cal['relative_days'])})(?![\w])", flags),
        "rel_weekday": re.compile(
            # `Sabtu akhir pekan lalu`: the Saturday of last week's end
            rf"(?<![\w])(?P<wd>{wd})\s+(?:(?:(?:akhir|awal)\s+)?(?:pekan|minggu)\s+(?=depan|lalu|mendatang|ini))?"
            rf"(?P<dir>{alternation(cal['weekday_relative_words'])})(?![\w])",
            flags,
        ),
        # `besok Jumat`, `kemarin Selasa`, `hari ini Rabu`: a relative day and the weekday it is
        "rel_day_weekday": re.compile(
            rf"(?<![\w-])(?P<rel>{phrases(cal['days_before_weekday'])})\s+(?P<wd>{wd})(?![\w(])(?!\s*\()", flags
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
            rf"(?<![\w])(?P<q>(?:{alternation(cal['quarter_words'])})\s*(?:[IV]+|[1-4])\s*[-–/]\s*)(?P<y>\d{{4}}){year_end}",
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
            rf"(?<![\w])(?:(?P<pre>{alternation(cal['weekday_prefix'])}|dari)\s+)?(?:hari\s+)?(?P<wd>{wd})\s*"
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
            rf"(?<![\w])(?P<name>{phrases(cal['named_days'])})(?:\s+(?P<y>\d{{4}}))?(?![\w])", flags
        ),
        # `menjelang hari pertama puasa`, `saat Idul Fitri 1446 H`: an Islamic feast (its day from a table);
        # a Gregorian year after it (`Lebaran 2017`) is read as a year by `bare_year`
        "feast": re.compile(
            rf"(?<![\w])(?P<name>{phrases(cal['movable_days'])})(?:\s+(?P<hy>\d{{4}})\s*(?:H|Hijriah|Hijriyah)\b)?"
            r"(?![\w])(?!\s*(?:\d|tahun\s+\d))",
            flags,
        ),
        # `HUT ke-80 RI`, `HUT Republik Indonesia ke-72`: an anniversary names its year by its number
        "anniversary": re.compile(
            r"(?<![\w])(?:HUT|Hari\s+Ulang\s+Tahun(?:\s+\(HUT\))?|Hari\s+Jadi|Dirgahayu)\s+(?:ke-?\s*(?P<n1>\d{1,3})\s+)?"
            rf"(?P<name>{phrases([k for k in cal['anniversaries'] if not k.startswith('_')])})"
            r"(?:\s+ke-?\s*(?P<n2>\d{1,3}))?(?![\w])",
            flags,
        ),
        # `Jalan 10 November`: a capitalised street or event noun before a day without its year
        "founded_name": re.compile(rf"(?<![\w])(?=[A-Z])(?i:{phrases(cal['founded_name_nouns'])})\s+$"),
        "day_name": re.compile(rf"(?<![\w])(?=[A-Z])(?i:{phrases(cal['day_name_nouns'])})\.?\s+$"),
        "named_day_prefix": re.compile(rf"(?<![\w])(?:{phrases(cal['named_day_prefix'])})\s+$", flags),
        "feast_day_prefix": re.compile(rf"(?<![\w])(?:{phrases(cal['feast_day_prefix'])})\s+$", flags),
        # `Kemudian (6/10), Bobby …`: a day in brackets without its weekday, after a word that opens
        # a time (a bracket alone may hold a score or a fraction)
        "bracket_day": re.compile(
            rf"(?<![\w])(?:{alternation(cal['sentence_openers'])})\s*,?\s*(?P<open>\()\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})"
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
            rf"(?<![\w])(?P<pre>{alternation(cal['weekday_prefix'])})\s+(?:hari\s+)?(?P<wd>{wd})(?![\w])"
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


_TOKEN = re.compile(r"[a-z']+|\d+")
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


def triggers(text: str) -> dict[str, list[int]]:
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
