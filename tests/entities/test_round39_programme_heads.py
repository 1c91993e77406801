"""Round 39 (orgs2): a capitalised programme's or outbreak's name read as a body is no entity when it
opens with `Program` or `Pandemi` (data/term_heads.txt, read by common_acronyms.drop_named_terms);
a campus's `Program Studi …` and the United Nations' programmes that are bodies stay. Sentences
written for the tests in the shapes of detik's health, education and economy pages."""

from __future__ import annotations

import warta
from warta.document.model import Entity, Mention
from warta.entities.common_acronyms import drop_named_terms


def _labels(text: str) -> dict[str, str]:
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {e.canonical: e.label for e in ents}


def _names(text: str) -> set[str]:
    """Every name any entity is written with (its canonical and mentions)."""
    ents = warta.read({"id": "t", "text": text}, layers=["entities"]).entities
    return {n for e in ents for n in (e.canonical, *(m.text for m in e.mentions))}


def test_a_health_programme_with_its_acronym_is_no_body() -> None:
    text = (
        "Kemenkes mendorong deteksi dini penyakit tidak menular melalui Program Pengelolaan Penyakit "
        "Kronis (Prolanis). Program ini juga bertujuan menekan biaya pengobatan."
    )
    labels = _labels(text)
    assert "Program Pengelolaan Penyakit Kronis" not in labels
    assert "Prolanis" not in labels
    assert labels.get("Kemenkes") == "ORG"


def test_a_government_programme_in_a_list_is_no_body() -> None:
    text = (
        "Kemenag juga hadir dalam menyukseskan program Sekolah Rakyat, Sekolah Garuda, dan Program "
        "Hasil Terbaik Cepat (PHTC) dalam revitalisasi madrasah."
    )
    assert "Program Hasil Terbaik Cepat" not in _labels(text)


def test_a_named_outbreak_is_no_body() -> None:
    text = "Langkah serupa pernah dilakukan oleh BI pada masa Pandemi COVID-19. Hal itu disampaikan Perry di Jakarta."
    labels = _labels(text)
    assert "Pandemi COVID-19" not in labels
    assert labels.get("BI") == "ORG"


def test_a_campus_study_programme_stays_a_body() -> None:
    text = "Mahasiswa Program Studi Ilmu Komunikasi menggelar diskusi, Senin."
    name = "Program Studi Ilmu Komunikasi"
    body = Entity(name, "ORG", [Mention(text.index(name), text.index(name) + len(name), name)])
    assert [e.canonical for e in drop_named_terms(text, [body])] == [name]


def test_a_united_nations_programme_stays_a_body() -> None:
    text = "Program Pangan Dunia (WFP) menyalurkan bantuan beras ke Gaza, Senin."
    labels = _labels(text)
    assert labels.get("Program Pangan Dunia") == "ORG" or labels.get("WFP") == "ORG"


def test_a_programme_short_form_a_class_noun_names_is_no_body() -> None:
    text = (
        "BPJS Kesehatan mengajak peserta bergabung dalam Program Pengelolaan Penyakit Kronis (Prolanis). "
        "Peserta dapat mengikuti senam bersama melalui klub Prolanis di puskesmas. Jumlah peserta Prolanis "
        "terus bertambah."
    )
    assert "Prolanis" not in _names(text)
    assert _labels(text).get("BPJS Kesehatan") == "ORG"


# a programme's, a scheme's, a system's or an app's noun before a name (data/programme_cues.txt),
# read by products.drop_governed_programmes


def test_a_name_after_a_scheme_noun_is_no_body() -> None:
    text = "Selanjutnya, dari proyek dengan skema Public Private Partnership (PPP) atau KPBU sebesar 34,19%."
    assert "Public Private Partnership" not in _labels(text)


def test_a_name_after_an_initiative_noun_is_no_body() -> None:
    text = (
        "Teknologi itu disebut selaras dengan rencana hijau Singapura dan inisiatif Smart Nation. "
        "Efisiensi pendinginan meningkat."
    )
    assert "Smart Nation" not in _labels(text)


def test_a_name_after_a_system_noun_is_no_body() -> None:
    text = (
        "Alat ini menggunakan teknologi mikrokontroler, sensor interaktif dan sistem Augmentative and "
        "Alternative Communication (AAC) berbasis gambar."
    )
    assert "Augmentative and Alternative Communication" not in _labels(text)


def test_a_name_after_a_method_noun_is_no_person() -> None:
    text = (
        "Saat ini, Kementerian Sosial memiliki 3.414 ASN yang dinilai dalam sistem manajemen talenta. "
        "Melalui sistem Nine Box, pegawai dipetakan berdasarkan kinerja dan potensi."
    )
    labels = _labels(text)
    assert "Nine Box" not in labels
    assert labels.get("Kementerian Sosial") == "ORG"


def test_a_name_after_a_programme_noun_is_no_body() -> None:
    text = "Kemeriahan roadshow pengembang dari program Indonesia Next Apps (INA) 4.0 berlangsung di delapan kota."
    assert "Indonesia Next Apps" not in _labels(text)


def test_a_bodys_own_programme_keeps_the_body() -> None:
    text = (
        "Bupati menyoroti program Pemkab Bone yang terlambat. Sedangkan program BPJS Kesehatan tetap "
        "berjalan, kata Andi."
    )
    labels = _labels(text)
    assert labels.get("Pemkab Bone") == "ORG"
    assert labels.get("BPJS Kesehatan") == "ORG"
