"""A sum of money never continues a name: a ranked list glued onto one line by the scrape
(`… Rp 9,2 triliun2. Kabupaten Sleman Rp 4,1 triliun3. …`) must not read `Kabupaten Sleman Rp 4`
as a place, nor keep the currency word in a tagged span."""

from __future__ import annotations

import warta

LIST = (
    "Jakarta - Berikut daftar daerah dengan dana mengendap terbesar menurut data Kementerian Keuangan:\n"
    + "".join(
        f"{i}. {name} Rp {i + 1},{i} triliun"
        for i, name in enumerate(
            [
                "Provinsi Jawa Tengah",
                "Kabupaten Sleman",
                "Kota Surabaya",
                "Provinsi Riau",
                "Kabupaten Bantul",
                "Kota Medan",
                "Kabupaten Gresik",
                "Provinsi Lampung",
                "Kabupaten Kutai Kartanegara",
                "Kota Makassar",
                "Kabupaten Banyuwangi",
                "Provinsi Bali",
            ],
            start=1,
        )
    )
    + "\n\nData itu dipaparkan Menteri Keuangan dalam rapat di Jakarta, Senin (20/10)."
)


def test_no_place_runs_into_the_sum_after_it() -> None:
    ents = warta.read(LIST).to_dict()["entities"]
    texts = [m["text"] for e in ents for m in e["mentions"]]
    assert not [t for t in texts if "Rp" in t], texts
    places = {e["canonical"] for e in ents if e["label"] == "LOC"}
    assert any("Sleman" in p for p in places) and any("Banyuwangi" in p for p in places), places


def test_a_currency_word_inside_a_sentence_still_leaves_names_alone() -> None:
    text = "Jakarta - Bupati Sleman Kustini Sri Purnomo menyerahkan bantuan Rp 50 juta kepada warga Desa Wukirsari."
    ents = warta.read(text).to_dict()["entities"]
    names = {e["canonical"] for e in ents}
    assert "Kustini Sri Purnomo" in names, names
    assert not [n for n in names if "Rp" in n], names
