"""Small already-read records for the story and identity tests (no reading layers run)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from warta.corpus import Corpus, dedup
from warta.corpus.store import Processed


def record(
    rid: str,
    title: str,
    body: str,
    day: str = "2025-10-20",
    entities: list[tuple[str, str, list[str]]] = (),  # (canonical, label, written forms)
    speakers: list[str] = (),
    url: str | None = None,
) -> dict[str, Any]:
    """A record shaped like ``Article.to_dict()``: sentences, entities with mentions, quotes, one date."""
    sents, pos = [], 0
    for m in re.finditer(r"[^.]+\.?", body):
        text = m.group(0).strip()
        if text:
            start = body.index(text, pos)
            sents.append({"start": start, "end": start + len(text), "text": text})
            pos = start + len(text)
    ents = []
    for name, label, forms in entities:
        ms = []
        for f in [name, *forms]:
            i = body.find(f)
            ms.append({"text": f, "start": max(i, 0), "end": max(i, 0) + len(f)})
        ents.append({"canonical": name, "label": label, "role": None, "country": None, "mentions": ms})
    quotes = [
        {"kind": "direct", "text": "kata dia tentang hal itu dengan panjang lebar", "speaker": s} for s in speakers
    ]
    return {
        "id": rid,
        "title": title,
        "url": url or f"https://news.example.com/{rid}",
        "published": day,
        "body": body,
        "sentences": sents,
        "entities": ents,
        "quotes": quotes,
        "dates": [{"text": day, "start": 0, "end": 3, "value": day, "granularity": "day"}],
        "themes": [],
    }


def processed(rec: dict[str, Any]) -> Processed:
    sig = dedup.signature(rec["body"])
    return Processed(
        id="k-" + rec["id"],
        origin=f"test:{rec['id']}",
        source_id=rec["id"],
        record=rec,
        text=rec["body"],
        sig=sig.to_bytes() if sig else None,
        n_shingles=sig.n_shingles if sig else 0,
    )


def ingest(path: Path, recs: list[dict[str, Any]]) -> Corpus:
    """A corpus at ``path`` holding ``recs``, written one batch each (as arrivals over time)."""
    c = Corpus(str(path))
    for r in recs:
        c.store.write_batch([processed(r)])
    return c


def same_identity(c: Corpus, a: str, b: str) -> bool:
    ea, eb = c.entity(a), c.entity(b)
    return ea is not None and eb is not None and ea.name == eb.name


FLOOD = "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot Kabupaten Bandung setelah hujan deras mengguyur sejak sore. Sungai Citarum meluap dan tim SAR mengevakuasi warga dengan perahu karet."
FLOOD2 = "Tim SAR gabungan mengevakuasi warga Dayeuhkolot Kabupaten Bandung yang rumahnya terendam banjir luapan Sungai Citarum. Ketinggian air mencapai satu meter dan warga mengungsi ke masjid."
TRIAL = "Majelis hakim Pengadilan Tipikor Jakarta menjatuhkan vonis delapan tahun penjara kepada terdakwa korupsi pengadaan satelit. Jaksa penuntut umum menyatakan pikir-pikir atas putusan tersebut."
TRIAL2 = "Terdakwa korupsi pengadaan satelit divonis delapan tahun penjara oleh majelis hakim Pengadilan Tipikor Jakarta. Kuasa hukum terdakwa menyatakan akan mengajukan banding atas vonis itu."
SPORT = "Tim nasional sepak bola Indonesia menang dua gol tanpa balas atas Filipina dalam laga persahabatan di Stadion Gelora Bung Karno. Pelatih memuji lini tengah yang tampil disiplin."


TOPICS = ("pasar", "cuaca", "sekolah", "jalan", "harga", "panen", "banjir", "listrik", "sampah", "rumah")


def fillers(n: int = 40) -> list[dict[str, Any]]:
    """Articles that only name the country, so one or two articles' co-mentions are rare (idf > 3)."""
    return [
        record(
            f"z{i}",
            f"Kabar {TOPICS[i % 10]} {i}",
            f"Warga Indonesia membicarakan {TOPICS[i % 10]} nomor {i} dan {TOPICS[(i * 3) % 10]} {i * 7}.",
            entities=[("Indonesia", "LOC", [])],
        )
        for i in range(n)
    ]


def window() -> list[dict[str, Any]]:
    """Five articles: two on one flood, two on one verdict, one match report."""
    return [
        record("f1", "Banjir Rendam Ratusan Rumah di Dayeuhkolot Bandung", FLOOD),
        record("t1", "Terdakwa Korupsi Satelit Divonis 8 Tahun Penjara", TRIAL),
        record("f2", "Tim SAR Evakuasi Warga Dayeuhkolot yang Terendam Banjir Citarum", FLOOD2, day="2025-10-21"),
        record("s1", "Timnas Indonesia Tekuk Filipina 2-0", SPORT),
        record("t2", "Divonis 8 Tahun, Terdakwa Korupsi Satelit Ajukan Banding", TRIAL2),
    ]


def role_record(rid: str, body: str, ents: list[tuple[str, str, list[str]]], role: str | None = None) -> dict[str, Any]:
    """A record whose first entity holds ``role`` (the identity tests' usual article)."""
    rec = record(rid, "Berita", body, entities=ents)
    rec["entities"][0]["role"] = role
    return rec


def entity_root(c: Corpus, label: str, name: str) -> int:
    """The identity a stored entity belongs to, by its label and name."""
    from warta.identity import root

    return root(c.store, int(c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))))


def stored_root(c: Corpus, label: str, name: str) -> int | None:
    """The identity of a stored name, or None when no article stored that name."""
    from warta.identity import root

    num = c.store.scalar("SELECT num FROM entities WHERE key = ?", (f"{label}:{name}",))
    return None if num is None else root(c.store, int(num))


def same_root(c: Corpus, label: str, a: str, b: str) -> bool:
    """Both names are stored and belong to one identity."""
    ra, rb = stored_root(c, label, a), stored_root(c, label, b)
    return ra is not None and ra == rb
