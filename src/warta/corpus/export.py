"""Write a corpus out: jsonl (full records), csv and parquet (flat rows), gkg (GDELT GKG 2.1-style).

GKG rows are tab-separated, one per article, in the 27 GKG 2.1 columns (see
``warta/corpus/README.md``) followed by one Warta column, ``WARTA_SPEAKERS``. Offsets are
character offsets into the original input text (GDELT's are into its own text copy).

No text cell of a CSV or GKG export starts a spreadsheet formula (a tab-separated file opens in
a spreadsheet as readily as a CSV): one that would, or that starts with an apostrophe, gets one
leading apostrophe (:func:`csv_cell`; :func:`csv_value` reads the exact value back). GKG's two
columns of computed numbers (V1.5TONE, V2.1AMOUNTS) are left as they are: a minus sign there
is a negative number. ``warta events --format tsv`` follows the same rule (``events.write_tsv``).
"""

from __future__ import annotations

import csv
import json
import os
import re
import secrets
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from warta.corpus.events import CELL_BREAKS
from warta.corpus.store import Store, stored_record, tone_value, unpack_text

FORMATS = ("jsonl", "parquet", "csv", "gkg")

GKG_COLUMNS = [
    "GKGRECORDID",
    "V2.1DATE",
    "V2SOURCECOLLECTIONIDENTIFIER",
    "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER",
    "V1COUNTS",
    "V2.1COUNTS",
    "V1THEMES",
    "V2ENHANCEDTHEMES",
    "V1LOCATIONS",
    "V2ENHANCEDLOCATIONS",
    "V1PERSONS",
    "V2ENHANCEDPERSONS",
    "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS",
    "V1.5TONE",
    "V2.1ENHANCEDDATES",
    "V2GCAM",
    "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES",
    "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS",
    "V2.1QUOTATIONS",
    "V2.1ALLNAMES",
    "V2.1AMOUNTS",
    "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
    "WARTA_SPEAKERS",
]

CSV_COLUMNS = [
    "id",
    "source_id",
    "url",
    "title",
    "outlet",
    "published",
    "dup_group",
    "dup_of",
    "language",
    "tone",
    "persons",
    "organizations",
    "locations",
    "themes",
    "n_quotes",
    "speakers",
    "summary",
    "body",
]

# GKG location types: 1 country, 4 world city, 5 world state/province (2/3 are US-only).
_GKG_LOC_TYPE = {"country": 1, "continent": 1, "admin1": 5, "province": 5, "state": 5}  # anything else: 4


def _rows(
    store: Store,
    since: str | None,
    until: str | None,
    outlet: str | None,
    unique: bool,
    with_text: bool,
    damaged: list[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """The stored articles as export rows, in input order; one whose stored record cannot be read
    (a damaged blob) is listed in ``damaged`` and skipped, so the rest is still exported."""
    where, params = [], []
    if since:
        where.append("published >= ?")
        params.append(since)
    if until:
        where.append("published <= ?")
        params.append(until if len(until) >= 10 else until + ("-12-31" if len(until) == 4 else "-31"))
    if outlet:
        where.append("lower(outlet) = lower(?)")
        params.append(outlet)
    if unique:
        where.append("dup_of IS NULL")
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    text_col = "source_text" if with_text else "NULL"
    last = 0
    while True:  # keyset pages: constant memory on any size of corpus
        rows = store.query(
            f"SELECT num, id, source_id, origin, outlet, published, dup_group, dup_of, dup_score, record, {text_col} "
            f"FROM articles {cond}{' AND' if cond else 'WHERE'} num > ? ORDER BY num LIMIT 500",
            [*params, last],
        )
        if not rows:
            return
        last = rows[-1][0]
        for num, aid, sid, origin, out, pub, group, dup_of, score, blob, text in rows:
            unpacked = _unpacked(blob, text if with_text else None)
            if unpacked is None:
                if damaged is not None:
                    damaged.append(f"{sid or aid}: its stored record is damaged (cannot be unpacked); not exported")
                continue
            rec, original = unpacked
            yield {
                "num": num,
                "id": aid,
                "source_id": sid,
                "origin": origin,
                "outlet": out,
                "published": pub,
                "dup_group": group,
                "dup_of": dup_of,
                "dup_score": score,
                "record": rec,
                "text": original,
            }


def _unpacked(blob: bytes | None, text: bytes | None) -> tuple[dict[str, Any], str | None] | None:
    """A stored row's record and original text (None when not asked for), or None when either is
    damaged (not zlib, not UTF-8, not a JSON object)."""
    rec = stored_record(blob)
    try:
        original = unpack_text(text)
    except (zlib.error, ValueError):  # a Unicode error is a ValueError
        return None
    return None if rec is None else (rec, original)


@contextmanager
def _whole(out: str | os.PathLike[str] | IO[Any]) -> Iterator[str | IO[Any]]:
    """Where to write an export to ``out``: for a file, a hidden file beside it, renamed over it
    once every row is written. An export stopped half way (an error, Ctrl-C, a full disk) leaves
    neither a partial file that reads as a smaller complete export nor a truncated old one."""
    if not isinstance(out, (str, os.PathLike)):
        yield out
        return
    path = Path(out)
    if path.exists() and not path.is_file():  # /dev/stdout, a pipe: written as it is
        yield str(path)
        return
    path = Path(os.path.realpath(path))  # through a link: its file is replaced, the link kept
    tmp = str(path.with_name(f".{path.name[:80]}.{secrets.token_hex(4)}.partial"))
    open(tmp, "x").close()  # the usual permissions (umask), not mkstemp's owner-only ones
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _open_text(out: str | IO[Any]) -> Iterator[IO[str]]:
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as f:
            yield f
    else:
        yield out


def export(
    store: Store,
    out: str | Path | IO[Any],
    format: str = "jsonl",
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    unique: bool = False,
    with_text: bool = False,
    damaged: list[str] | None = None,
) -> int:
    """Write the corpus (filtered) to ``out`` in ``format``; returns the number of articles.

    An article whose stored record cannot be read is skipped and named in ``damaged`` (when not
    given, a warning says how many were skipped): one damaged row does not stop an export."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r} (formats: {', '.join(FORMATS)})")
    skipped: list[str] = [] if damaged is None else damaged
    rows = _rows(store, since, until, outlet, unique, with_text and format == "jsonl", skipped)
    try:
        with _whole(out) as target:
            return _parquet(rows, target) if format == "parquet" else _write_text(rows, target, format, with_text)
    finally:
        if damaged is None and skipped:
            warnings.warn(f"{len(skipped)} damaged stored record(s) not exported: {skipped[0]}", stacklevel=2)


def _write_text(rows: Iterator[dict[str, Any]], out: str | IO[Any], format: str, with_text: bool) -> int:
    """jsonl, csv or gkg rows written to ``out``; the number of articles."""
    n = 0
    with _open_text(out) as f:
        if format == "jsonl":
            for r in rows:
                rec = dict(r["record"])
                rec["source_id"] = rec.get("id")
                rec["id"] = r["source_id"] or r["id"]  # the record's own id is kept
                rec["corpus"] = {
                    "key": r["id"],
                    "origin": r["origin"],
                    "dup_group": r["dup_group"],
                    "dup_of": r["dup_of"],
                    "dup_score": r["dup_score"],
                }
                if with_text:
                    rec["text"] = r["text"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        elif format == "csv":
            w = csv.writer(f)
            w.writerow(CSV_COLUMNS)
            for r in rows:
                flat = flat_row(r)
                w.writerow([csv_cell(flat[c]) for c in CSV_COLUMNS])
                n += 1
        else:
            f.write("\t".join(GKG_COLUMNS) + "\n")
            for r in rows:
                f.write("\t".join(gkg_cells(gkg_row(r))) + "\n")
                n += 1
    return n


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), DDE
# =cmd|…): OWASP's "CSV injection", also behind leading spaces (which spreadsheets trim) and in
# full width (＝, as an IME types it). Such a text cell gets a leading apostrophe, which
# spreadsheets hide; a cell that starts with an apostrophe gets one too, so the rule is exactly reversible.
_FORMULA_START = re.compile(r"[\t\r']|\s*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def csv_cell(v: Any) -> Any:
    """A CSV cell for value ``v`` that a spreadsheet shows as text, never runs (numbers as they are)."""
    return "'" + v if isinstance(v, str) and _FORMULA_START.match(v) else v


def csv_value(cell: str) -> str:
    """The exported value of a CSV cell as read back (the inverse of :func:`csv_cell`)."""
    return cell[1:] if cell.startswith("'") else cell


def flat_row(r: dict[str, Any]) -> dict[str, Any]:
    """One flat row per article (csv, parquet): lists joined with ``; ``."""
    rec = r["record"]
    ents = rec.get("entities") or []

    def names(label: str) -> str:
        return "; ".join(e["canonical"] for e in ents if e.get("label") == label)

    quotes = rec.get("quotes") or []
    lang = rec.get("language") or {}
    tone = rec.get("tone") or {}
    return {
        "id": r["source_id"] or r["id"],
        "source_id": r["source_id"],
        "url": rec.get("url"),
        "title": rec.get("title"),
        "outlet": r["outlet"],
        "published": r["published"],
        "dup_group": r["dup_group"],
        "dup_of": r["dup_of"],
        "language": lang.get("code") if isinstance(lang, dict) else None,
        "tone": tone_value(tone),
        "persons": names("PER"),
        "organizations": names("ORG"),
        "locations": names("LOC"),
        "themes": "; ".join(_theme_name(t) for t in rec.get("themes") or [] if _theme_name(t)),
        "n_quotes": len(quotes),
        "speakers": "; ".join(dict.fromkeys(q["speaker"] for q in quotes if q.get("speaker"))),
        "summary": " ".join(s.get("text", "") for s in rec.get("summary") or []),
        "body": rec.get("body") or "",
    }


def _parquet(rows: Iterator[dict[str, Any]], out: str | Path | IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [(c, pa.int64() if c == "n_quotes" else pa.float64() if c == "tone" else pa.string()) for c in CSV_COLUMNS]
        + [("record", pa.string())]
    )
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as w:
        batch: list[dict[str, Any]] = []
        for r in rows:
            flat = flat_row(r)
            flat["record"] = json.dumps(r["record"], ensure_ascii=False)
            batch.append(flat)
            if len(batch) >= 1000:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            w.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


# -- GKG ------------------------------------------------------------------------------
def _clean(s: Any, extra: str = "") -> str:
    """A value safe inside a GKG field: no tab, line break or NUL (:data:`CELL_BREAKS`), and none
    of the field's delimiters."""
    text = CELL_BREAKS.sub(" ", "" if s is None else str(s))
    for ch in extra:
        text = text.replace(ch, " ")
    return text.strip()


def _theme_name(t: Any) -> str:
    if isinstance(t, str):
        return t
    if isinstance(t, dict):
        for k in ("theme", "id", "code", "label", "name"):
            if isinstance(t.get(k), str):
                return t[k]
    return ""


def _first(e: dict[str, Any]) -> int:
    ms = e.get("mentions") or []
    return min((m["start"] for m in ms if m.get("start") is not None), default=0)


def _gkg_tone(rec: dict[str, Any]) -> str:
    """V1.5TONE: tone, positive score, negative score, polarity, activity density, self/group density, word count."""
    tone = rec.get("tone") if isinstance(rec.get("tone"), dict) else {}
    # the tone layer's own word count (what its densities are per), as in the record
    words = tone.get("word_count") if tone.get("word_count") is not None else rec.get("token_count") or 0
    t = tone_value(rec.get("tone") or {})
    if t is None and not words:
        return ""
    vals = [
        t,
        tone.get("positive"),
        tone.get("negative"),
        tone.get("polarity"),
        tone.get("activity"),
        tone.get("self_group"),
        words,
    ]
    return ",".join(
        "" if v is None else (f"{v:.4f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)) for v in vals
    )


def _gkg_date(d: dict[str, Any]) -> str | None:
    """V2.1ENHANCEDDATES entry: resolution#month#day#year#offset (4 full date, 2 month+year, 1 year)."""
    v = d.get("value") or ""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    res = 4 if day else 2 if month else 1
    return f"{res}#{int(month or 0)}#{int(day or 0)}#{year}#{d.get('start', 0)}"


def gkg_row(r: dict[str, Any]) -> list[str]:
    """The 28 fields of one article (see :data:`GKG_COLUMNS`)."""
    rec = r["record"]
    ents = rec.get("entities") or []
    pub = (r["published"] or "").replace("-", "")
    date = (pub + "000000") if len(pub) == 8 else ""
    themes = rec.get("themes") or []
    v1themes = ";".join(_clean(_theme_name(t), ";,").replace(" ", "_").upper() for t in themes if _theme_name(t))
    sent_starts = [s.get("start", 0) for s in rec.get("sentences") or []]
    enh_themes = []
    for t in themes:
        name = _clean(_theme_name(t), ";,").replace(" ", "_").upper()
        idx = t.get("sentences") if isinstance(t, dict) else None
        offs = [sent_starts[i] for i in idx or [] if isinstance(i, int) and 0 <= i < len(sent_starts)] or [0]
        enh_themes += [f"{name},{o}" for o in offs[:5]] if name else []
    locs_v1, locs_v2 = [], []
    for e in ents:
        if e.get("label") != "LOC":
            continue
        geo = e.get("geo") or {}
        typ = _GKG_LOC_TYPE.get(str(geo.get("feature") or "").lower(), 4)
        name = _clean(e.get("canonical"), "#;")
        cc = _clean(e.get("country") or geo.get("country"), "#;")
        adm1 = _clean(geo.get("province_code") or geo.get("province"), "#;")
        lat = "" if geo.get("lat") is None else geo["lat"]  # no coordinates: empty fields, never "None"
        lon = "" if geo.get("lon") is None else geo["lon"]
        fid = _clean(geo.get("geonames_id"), "#;")
        locs_v1.append(f"{typ}#{name}#{cc}#{adm1}#{lat}#{lon}#{fid}")
        locs_v2.append(f"{typ}#{name}#{cc}#{adm1}##{lat}#{lon}#{fid}#{_first(e)}")

    def people(label: str) -> tuple[str, str]:
        sel = [e for e in ents if e.get("label") == label]
        v1 = ";".join(_clean(e["canonical"], ";,") for e in sel)
        v2 = ";".join(
            f"{_clean(m.get('text') or e['canonical'], ';,')},{m.get('start', 0)}"
            for e in sel
            for m in e.get("mentions") or []
        )
        return v1, v2

    per1, per2 = people("PER")
    org1, org2 = people("ORG")
    dates = ";".join(x for x in (_gkg_date(d) for d in rec.get("dates") or []) if x)
    quotes = rec.get("quotes") or []
    quot = "#".join(
        f"{q.get('start', 0)}|{(q.get('end') or 0) - (q.get('start') or 0)}|{_clean(q.get('cue'), '|#')}|{_clean(q.get('text'), '|#')}"
        for q in quotes
    )
    speakers = "#".join(
        f"{q.get('start', 0)}|{_clean(q.get('speaker'), '|#')}|{_speaker_type(q, ents)}|{_clean(q.get('kind'), '|#')}"
        for q in quotes
    )
    allnames = ";".join(
        f"{_clean(e['canonical'], ';,')},{_first(e)}"
        for e in sorted(ents, key=_first)
        if e.get("label") in ("PER", "ORG")
    )
    amounts = ";".join(
        f"{_num(a.get('value'))},{_clean(a.get('unit') or a.get('currency') or a.get('kind'), ';,')},{a.get('start', 0)}"
        for a in rec.get("amounts") or []
    )
    return [
        f"{date or '00000000000000'}-{r['id']}",
        date,
        "1",
        _clean(r["outlet"]),
        _clean(rec.get("url") or r["id"]),
        "",
        "",
        v1themes,
        ";".join(enh_themes),
        ";".join(locs_v1),
        ";".join(locs_v2),
        per1,
        per2,
        org1,
        org2,
        _gkg_tone(rec),
        dates,
        "",
        "",
        "",
        "",
        "",
        quot,
        allnames,
        amounts,
        "",
        "",
        speakers,
    ]


_GKG_NUMERIC = frozenset(GKG_COLUMNS.index(c) for c in ("V1.5TONE", "V2.1AMOUNTS"))


def gkg_cells(fields: list[str]) -> list[str]:
    """The fields of :func:`gkg_row` as written: no text cell starts a spreadsheet formula."""
    return [v if i in _GKG_NUMERIC else csv_cell(v) for i, v in enumerate(fields)]


def _speaker_type(q: dict[str, Any], ents: list[dict[str, Any]]) -> str:
    i = q.get("speaker_entity")
    if isinstance(i, int) and 0 <= i < len(ents):
        return ents[i].get("label") or ""
    return ""


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)
