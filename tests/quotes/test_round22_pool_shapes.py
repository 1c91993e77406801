"""Shapes of the twenty-second round, found by reading Warta's quotes on unannotated articles of
other outlets (issue #16, classes 1 and 8). Sentences written for this file in the shapes of
Indonesian news; each rule is also tested on the shape next to it that it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _read(text: str) -> warta.Article:
    return warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in _read(text).quotes]


# A post, then the body it belongs to written as one capitalised run with the holder's name
# (`juru bicara Zenkor Maria Lestari`): the body named earlier on its own, the person named
# later by a word of the name, so the speaker is the person, not body and person glued.
@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (
            "Zenkor digugat oleh mantan karyawannya. Di sisi lain, juru bicara Zenkor Maria Lestari membantah "
            "isu pemecatan itu. Lestari mengatakan sistem penilaian berlaku untuk semua karyawan.",
            "Maria Lestari",
            "Zenkor",
        ),
        (
            "Asosiasi Pengusaha Kopi Nusantara (Apkonus) mengaku kecewa dengan kenaikan tarif cukai. Ketua Umum "
            "Apkonus Darwis Hutapea mengatakan rencana itu sudah lama diketahui. Darwis menilai kenaikan itu "
            "terlalu cepat.",
            "Darwis Hutapea",
            "Asosiasi Pengusaha Kopi Nusantara",
        ),
    ],
)
def test_a_body_run_into_its_officer_is_cut_off_the_speaker(text, speaker, body):
    art = _read(text)
    assert speaker in [q.speaker.name for q in art.quotes if q.speaker]
    assert not any(
        q.speaker and q.speaker.name.startswith(body.split()[0] + " ") and q.speaker.name != body for q in art.quotes
    )
    assert body in [e.canonical for e in art.entities if e.label != "PER"]


def test_a_first_name_used_alone_only_after_the_full_name_stays_in_it():
    # `Sekjen KPU Bernadus Wiryawan Sitompul` … `Bernadus mengatakan`: a person's first name,
    # written alone after the full name, is no body
    text = (
        "Sekjen KPU Bernadus Wiryawan Sitompul hadir dalam sidang itu. Bernadus mengatakan KPU akan segera "
        "menindaklanjuti putusan tersebut. Menurut Sitompul, putusan itu final."
    )
    assert set(_speakers(text)) == {"Bernadus Wiryawan Sitompul"}


def test_a_body_written_apart_twice_before_is_cut_off_its_officer():
    text = (
        "Produsen ponsel lokal Sinaru siap bersaing dengan merek global. Konsumen percaya dengan Sinaru "
        'sebagai merek lokal. "Kami lebih percaya diri tahun ini," ujar Marketing Director Sinaru Tjandra '
        "Wiratama."
    )
    assert _speakers(text) == ["Tjandra Wiratama"]


def test_a_first_name_written_alone_after_an_honorific_is_a_person_not_a_body():
    # `kanal Lapor Pak Harsoyo` … `Menteri Keuangan Harsoyo Budi Pranoto`: the first name, written
    # earlier after `Pak`, is the person's, so the run stays one name
    text = (
        "Aduan masuk melalui kanal 'Lapor Pak Harsoyo'. Warga juga melapor lewat kanal 'Lapor Pak Harsoyo' "
        'itu. "Kami tindak lanjuti semua aduan," kata Menteri Keuangan Harsoyo Budi Pranoto.'
    )
    assert _speakers(text) == ["Harsoyo Budi Pranoto"]


# A nickname given by a description opening its sentence (`Pria yang akrab disapa Kang Emil ini`)
# or after `atau akrab disapa` is the person named before, who keeps speaking under the full name.
def test_a_described_nickname_is_the_person_named_before():
    text = (
        "Wali Kota Bogor, Arif Santosa mengatakan pihaknya tengah bernegosiasi dengan investor asing. "
        "Pria yang akrab disapa Kang Ipan ini ingin mengajak investor itu membangun pabrik di Bogor.\n\n"
        '"Saya lupa nama perusahaannya," ujar Kang Ipan.'
    )
    assert _speakers(text) == ["Arif Santosa", "Arif Santosa"]


def test_a_nickname_after_atau_akrab_disapa_is_the_same_person():
    text = (
        'Gitaris Handoko Setyo Wibowo, atau akrab disapa Koko, juga hadir. "Kami tidak masalah albumnya '
        'didengar sedikit orang," kata Koko.'
    )
    assert _speakers(text) == ["Handoko Setyo Wibowo"]


def test_a_description_with_a_nickname_far_from_any_name_stays_apart():
    # nobody named in the sentences before: the nickname is nobody else's
    text = (
        "Hujan deras mengguyur kota sejak pagi dan banyak jalan tergenang air setinggi lutut orang dewasa "
        "sehingga kendaraan harus memutar jauh melewati jalan tol yang juga padat.\n\nPria yang akrab disapa "
        'Mang Ujang ini sudah berjualan sejak subuh. "Dagangan saya basah semua," kata Mang Ujang.'
    )
    assert _speakers(text) == ["Mang Ujang"]


# A name opening the sentence, its description set off by commas, then the verb: the person
# speaks, not the last piece of the description (`…, perbatasan de facto antara kedua negara,`).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rudi Hartanto, warga desa di Sukamaju, kawasan perbatasan antara kedua kabupaten, menyatakan "
            "bahwa rumahnya rusak berat akibat banjir.",
            "Rudi Hartanto",
        ),
        (
            "Sementara itu, Direktur Penyakit Menular Kemenkes dr Anisa Rahmawati, M.Epid, mengatakan "
            "pemerintah memperkuat program imunisasi di sekolah.",
            "Anisa Rahmawati",
        ),
        (
            "Dari sisi industri, Marlon Siregar, Kepala Divisi Operasi PT Kawasan Industri Medan Raya, "
            "menegaskan bahwa pasokan gas harus stabil.",
            "Marlon Siregar",
        ),
    ],
)
def test_a_name_before_its_description_speaks(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_body_written_apart_once_and_grouped_with_its_officer_is_cut_off():
    # `Yacademy` named once before, then `kata CEO Yacademy Arne Van Looveren`: the grouping took the
    # body for a mention of the person; the body is cut off and the person speaks
    text = (
        "Program akselerasi ini digelar Zentora bersama dua modal ventura lokal selama tiga bulan.\n\n"
        '"Program ini membantu startup asal Malaysia bertemu mitra lokal," kata CEO Zentora Arne Van Looveren.'
    )
    art = _read(text)
    assert _speakers(text) == ["Arne Van Looveren"]
    assert "Zentora" in [e.canonical for e in art.entities if e.label == "ORG"]


def test_a_name_after_a_preposition_does_not_take_the_phrase_after_its_comma():
    # `Menurut Bimo, jumlah pegawai …`: the phrase after the comma is no description of Bimo (the
    # speaker resolver also names the parties of events)
    art = warta.read(
        {
            "id": "t",
            "text": "JAKARTA - Direktorat Jenderal Pajak memecat 26 pegawai karena menerima uang. Menurut Bimo "
            "Wijayanto, jumlah pegawai pajak yang diperiksa masih berpotensi bertambah.\n",
        }
    )
    parties = [(e.actor.name if e.actor else None, e.recipient.name if e.recipient else None) for e in art.events]
    assert all("Bimo Wijayanto" not in p for p in parties)
