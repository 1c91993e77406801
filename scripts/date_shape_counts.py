"""How often each date-expression shape occurs in raw, unannotated text: IndoSum's dev split (other
outlets) and detik_2025, by regular expression alone (Warta is not run on them). Used to order the
date error classes of the development sets by how often users meet them (issue #16):

    python scripts/date_shape_counts.py      # shape, occurrences and articles per corpus

IndoSum's text is tokenised (`( 13 / 11 )`); it is re-spaced before counting so the shapes match.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import devsets

INDOSUM = devsets.SHARED / "data" / "summaries" / "indosum_dev.jsonl"

WD = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
MO = r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember)"
PART = r"(?:pagi|siang|sore|petang|malam|dini hari|dinihari|subuh)"
DECREE = r"(?:Keputusan|Peraturan|Nomor|No\.?|UU|Undang-Undang|Perpres|PP|Perppu|Permen\w*|Perda|Pergub|SE|Surat Edaran|Perma)"

SHAPES = {
    "weekday (d/m)": WD + r"\s*\(\d{1,2}/\d{1,2}\)",
    "weekday (d/m/y)": WD + r"\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)",
    "weekday part (d/m)": WD + r"\s+" + PART + r"\s*\(\d{1,2}/",
    "weekday [part] waktu setempat (d/m)": WD + r"(?:\s+" + PART + r")?\s+waktu setempat\s*\(\d",
    "weekday alone (wire)": r"(?:pada|,)\s+" + WD + r"(?!\s*,?\s*\(?\d)\b",
    "weekday pekan/minggu depan/lalu": WD + r"\s+(?:pekan|minggu)\s+(?:depan|lalu|mendatang|ini)",
    "weekday dinihari/petang/subuh": WD + r"\s+(?:dinihari|petang|subuh)",
    "hari ini": r"(?i)\bhari ini\b",
    "kemarin": r"(?i)\bkemari?n\b",
    "besok": r"(?i)\bbesok\b",
    "tadi + part": r"(?i)\btadi (?:pagi|siang|sore|petang|subuh)\b",
    "part + tadi": r"(?i)\b(?:pagi|siang|sore|petang|subuh) tadi\b",
    "(d/m) [part] tadi/kemarin": r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s+(?:" + PART + r"\s+)?(?:tadi|kemarin)\b",
    "pekan lalu (not coded)": r"(?i)\b(?:pekan|minggu) (?:lalu|kemarin)\b",
    "bulan lalu": r"(?i)\bbulan (?:lalu|kemarin)\b",
    "tahun lalu / ini / depan": r"(?i)\btahun (?:lalu|kemarin|ini|depan)\b",
    "Month lalu/mendatang": MO + r"\s+(?:lalu|kemarin|silam|mendatang|depan|nanti)",
    "bare Month": r"(?<!\d )\b" + MO + r"\b(?!\s+\d)",
    "d Month (no year)": r"\b\d{1,2}\s+" + MO + r"(?!\s+\d{4})",
    "d Month yyyy": r"\b\d{1,2}\s+" + MO + r"\s+\d{4}",
    "year range": r"\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b",
    "day range": r"\b\d{1,2}\s*[-–]\s*\d{1,2}\s+" + MO,
    "tahun yyyy": r"(?i)\btahun\s+(?:19|20)\d\d\b",
    "decree n/yyyy": DECREE + r"\.?\s*(?:(?:Nomor|No\.?)\s*)?\d+[A-Za-z]?/(?:19|20)\d\d\b",
    "decree ISSUER n/yyyy": DECREE + r"\s+(?:[A-Z][\w]*\s+){1,3}(?:(?:Nomor|No\.?)\s*)?\d+[A-Za-z]?/(?:19|20)\d\d\b",
    "named day + year": r"(?i)\b(?:hari buruh(?: internasional)?|may day|hari kartini|hari pahlawan|hari ibu|hari guru"
    r"|hari pendidikan nasional|hari anak nasional|hari santri|hari sumpah pemuda|hut ri)\s+(?:19|20)\d\d\b",
}


def _indosum() -> Iterator[str]:
    with INDOSUM.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = " ".join(" ".join(" ".join(s) for s in p) for p in rec["paragraphs"])
            text = re.sub(r"\s*/\s*", "/", re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", text)))
            yield re.sub(r"\s+([,.])", r"\1", text)


def _detik() -> Iterator[str]:
    with devsets.DETIK.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def main() -> None:
    corpora = {"indosum": list(_indosum()), "detik": list(_detik())}
    print(f"{'shape':40} " + "  ".join(f"{c:>18}" for c in corpora))
    for name, rx in SHAPES.items():
        pat = re.compile(rx)
        cells = []
        for texts in corpora.values():
            hits = [len(pat.findall(t)) for t in texts]
            cells.append(f"{sum(hits):6} ({sum(h > 0 for h in hits):4} art)")
        print(f"{name:40} " + "  ".join(cells))


if __name__ == "__main__":
    main()
