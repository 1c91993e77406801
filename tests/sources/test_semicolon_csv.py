"""A CSV saved by a spreadsheet in an Indonesian locale (where the comma is the decimal mark)
is separated by semicolons: its records are read, not refused as a file without a text column."""

from __future__ import annotations

from pathlib import Path

from warta.sources import iter_file

TEXT = "Jakarta - Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp 80.000 per kilogram, kata pedagang."


def _items(path: Path) -> list:
    return list(iter_file(path))


def test_semicolon_csv_is_read(tmp_path: Path) -> None:
    p = tmp_path / "berita.csv"
    p.write_text(f'judul;isi;tanggal\n"Harga cabai naik; pedagang mengeluh";"{TEXT}";2025-10-03\n', encoding="utf-8")
    items = _items(p)
    assert [i.error for i in items] == [None]
    rec = items[0].record
    assert rec["title"] == "Harga cabai naik; pedagang mengeluh" and rec["text"] == TEXT
    assert rec["published"] == "2025-10-03"


def test_excel_semicolon_csv_with_bom_and_crlf(tmp_path: Path) -> None:
    p = tmp_path / "ekspor.csv"
    p.write_bytes(("\ufeffJudul;Isi\r\nInflasi 2,5 persen;" + TEXT + "\r\n").encode("utf-8"))
    items = _items(p)
    assert [i.error for i in items] == [None]
    assert items[0].record["title"] == "Inflasi 2,5 persen"


def test_comma_csv_with_semicolons_in_cells_stays_comma(tmp_path: Path) -> None:
    p = tmp_path / "koma.csv"
    p.write_text(f'title,text\n"Satu; dua",{TEXT.replace(",", "")}\n', encoding="utf-8")
    items = _items(p)
    assert [i.error for i in items] == [None]
    assert items[0].record["title"] == "Satu; dua"


def test_semicolon_header_with_no_text_column_names_the_columns(tmp_path: Path) -> None:
    p = tmp_path / "tanpa_isi.csv"
    p.write_text("judul;tautan\nHarga naik;https://x.id/1\n", encoding="utf-8")
    [item] = _items(p)
    assert item.error and "judul, tautan" in item.error
