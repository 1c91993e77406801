"""Small made-up news records for the corpus tests (core layers read them in milliseconds)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# Non-core layers: most corpus tests only need clean/segment/language.
SLOW = "entities,places,dates,amounts,quotes,summary,tone,themes"

TOPICS = [
    (
        "Harga beras naik di pasar induk",
        "Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 14.000 per kilogram pekan ini.",
    ),
    (
        "Kereta cepat tambah perjalanan",
        "PT Kereta Cepat Indonesia China menambah sepuluh perjalanan pada akhir pekan panjang.",
    ),
    (
        "Banjir rendam permukiman di Medan",
        "Banjir setinggi satu meter merendam ratusan rumah warga di Kecamatan Medan Maimun sejak Sabtu.",
    ),
    (
        "Timnas menang atas Vietnam",
        "Tim nasional Indonesia mengalahkan Vietnam dua gol tanpa balas di Stadion Gelora Bung Karno.",
    ),
    (
        "KPK periksa pejabat daerah",
        "Komisi Pemberantasan Korupsi memeriksa tiga pejabat pemerintah daerah terkait dugaan suap proyek jalan.",
    ),
    (
        "Gempa guncang Cianjur",
        "Gempa bermagnitudo 4,8 mengguncang Kabupaten Cianjur pada Minggu dini hari tanpa menimbulkan korban.",
    ),
]


def records(n: int = 6, with_url: bool = True) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        title, lead = TOPICS[i % len(TOPICS)]
        text = (
            f"Jakarta - {lead} Kejadian nomor {i} ini menjadi perhatian warga setempat. "
            f"Pemerintah berjanji menindaklanjuti laporan tersebut dalam waktu dekat, kata seorang pejabat pada hari ke-{i}."
        )
        rec = {"id": f"r{i}", "title": f"{title} ({i})", "text": text, "published": f"2025-10-{1 + i % 28:02d}"}
        if with_url:
            rec["url"] = f"https://news.example.co.id/berita/{i}"
        out.append(rec)
    return out


def write_jsonl(path: Path, recs: list[dict[str, Any]], extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in recs] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
