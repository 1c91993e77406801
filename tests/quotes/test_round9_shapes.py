"""Shapes from the ninth round's error list over the other outlets' sets (issue #16), written
with other names: a title with a modifier before the name, a long means adjunct between speaker
and cue, `menurut X` after a subordinate clause, an example given as a noun phrase, requests that
are acts, schedules that are no source, a role's short form in brackets, a relative described by
birth order, judgement passives with their agent, and a colloquial `minta`."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": text}, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, q.cue, q.text) for q in art.quotes]


@pytest.mark.parametrize("modifier", ["terpilih", "nonaktif", "definitif"])
def test_a_modifier_inside_the_title_keeps_the_subject(modifier: str) -> None:
    text = f"Bandung - Bupati Garut {modifier} Rudi Hartono mengatakan anggaran jalan sudah cair sejak Maret."
    assert _quotes(text) == [("Rudi Hartono", "mengatakan", "anggaran jalan sudah cair sejak Maret.")]


def test_a_means_adjunct_with_a_relative_clause_before_the_cue() -> None:
    text = (
        "Jakarta - Seleksi ditunda.\n\nKepala Humas PN Bandung Yusuf Rahman melalui pesan singkat yang "
        "diterima di Jakarta pada Kamis, mengatakan bahwa pihaknya belum tahu kapan hasilnya diumumkan."
    )
    assert _quotes(text) == [
        ("Yusuf Rahman", "mengatakan", "pihaknya belum tahu kapan hasilnya diumumkan."),
    ]


def test_menurut_after_a_subordinate_clause() -> None:
    text = (
        "Jakarta - Rudi Hartono diperiksa polisi.\n\nMeski hanya berstatus saksi, menurut Rudi "
        "pendampingan pengacara tetap sangat penting bagi dirinya."
    )
    got = _quotes(text)
    assert [(c, t) for _s, c, t in got] == [("menurut", "pendampingan pengacara tetap sangat penting bagi dirinya.")]
    assert got[0][0] == "Rudi Hartono"


def test_an_example_given_as_a_noun_phrase() -> None:
    text = (
        "Jakarta - Mantan hakim Rudi Hartono meragukan kesiapan lembaga itu. Ia mencontohkan kasus suap "
        "perizinan tambang yang melibatkan seorang kepala dinas."
    )
    got = _quotes(text)
    assert ("Rudi Hartono", "mencontohkan", "kasus suap perizinan tambang yang melibatkan seorang kepala dinas.") in got


@pytest.mark.parametrize(
    "obj", ["keterangan rekan bisnis Rudi, Andi Wijaya, yang ikut dilaporkan", "maaf kepada warga"]
)
def test_a_request_that_is_an_act_is_no_quote(obj: str) -> None:
    assert _quotes(f"Jakarta - Polisi juga telah meminta {obj} dalam kasus tanah itu.") == []


@pytest.mark.parametrize("noun", ["agenda", "jadwal", "aturan"])
def test_menurut_a_schedule_or_a_rule_is_no_source(noun: str) -> None:
    assert _quotes(f"Jakarta - Menurut {noun}, Rudi Hartono akan diperiksa sebagai saksi pekan depan.") == []


def test_a_short_role_in_brackets_names_its_holder() -> None:
    text = (
        "Jakarta - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam) Rudi Hartono dijadwalkan "
        "mengunjungi Fiji pada Senin (29/1/2018).\n\n"
        '"Saya mau ke Fiji, Senin," ujar Rudi di Kantor Kemenko Polhukam, Jakarta, Jumat (26/1/2018).\n\n'
        "Menko Polhukam menambahkan kunjungannya ke Fiji juga dilakukan untuk menghadiri perayaan kemerdekaan Fiji."
    )
    assert _quotes(text)[-1][:2] == ("Rudi Hartono", "menambahkan")


def test_a_relative_described_by_birth_order_is_not_the_relative_named() -> None:
    text = (
        'Jakarta - Andi Sutrisno siap bergabung dengan tim pemenangan.\n\n"Kami perkuat relawan," kata Andi.\n\n'
        "Putera sulung mantan Gubernur Jawa Barat Rudi Sutrisno menegaskan dirinya akan menggalang relawan "
        "untuk mendukung pasangan itu."
    )
    got = _quotes(text)
    assert got[-1][:2] == ("Andi Sutrisno", "menegaskan")


def test_a_judgement_passive_with_its_agent() -> None:
    text = (
        "Jakarta - Presiden Rudi Hartono mengaku mendukung kebijakan menterinya. Kebijakan itu pun dinilai Rudi "
        "penting untuk menunjukkan hukum yang tegas."
    )
    got = _quotes(text)
    assert ("Rudi Hartono", "dinilai", "penting untuk menunjukkan hukum yang tegas.") in got


def test_a_bare_passive_without_agent_is_no_quote() -> None:
    assert _quotes("Jakarta - Kebijakan itu dinilai penting oleh banyak pihak di daerah.") == []


def test_a_colloquial_minta_ends_at_the_contrast() -> None:
    text = "Jakarta - Rudi Hartono minta Andi menghentikan proyek itu, tapi Andi tetap pada pendiriannya."
    assert _quotes(text) == [("Rudi Hartono", "minta", "Andi menghentikan proyek itu")]


def test_giving_a_statement_leads_into_a_quote() -> None:
    text = 'Jakarta - Kapolres Bogor Rudi Hartono memberikan keterangan, "Mobil itu terbalik di tikungan tajam."'
    assert _quotes(text) == [("Rudi Hartono", "memberikan keterangan", "Mobil itu terbalik di tikungan tajam.")]


def test_an_adding_verb_goes_on_with_the_last_one_quoted() -> None:
    text = (
        "Kendari - Ketua PGRI Kendari Rina Wulandari menegaskan Dikbud tidak akan ikut campur dalam kasus guru Andi.\n\n"
        '"Saat kasus itu mulai, kami menempatkan Pak Andi sementara di Dikbud," jelas Rina.\n\n'
        "Namun setelah masa ulangan semester, wali murid meminta Andi dikembalikan ke sekolah karena tidak ada "
        "pengganti. Dikbud kemudian menyesuaikan permintaan itu.\n"
        '"Setelah ulangan semester, ada permintaan wali murid agar Pak Andi dikembalikan," tambahnya.'
    )
    assert _quotes(text)[-1][:2] == ("Rina Wulandari", "tambah")


@pytest.mark.parametrize(
    "intro",
    [
        'Menteri Sosial Rudi Hartono hadir di kampus itu. "Ini harus dicontoh," kata Cak Udin sapaan akrabnya.',
        'Cak Udin, sapaan akrab Rudi Hartono, hadir di kampus itu. "Ini harus dicontoh," kata Cak Udin.',
    ],
)
def test_an_everyday_name_given_with_sapaan_akrab(intro: str) -> None:
    text = f"Surabaya - {intro}\n\nCak Udin menyebut program itu akan diperluas ke seluruh kampus."
    assert {sp for sp, _c, _t in _quotes(text)} == {"Rudi Hartono"}


def test_mereka_after_a_connective_and_a_group_with_its_acronym() -> None:
    text = (
        'Jakarta - "Ini pelanggaran berat," kata Rudi Hartono.\n\n'
        "Sebelumnya, sejumlah mantan pekerja Sinar Laut Nusantara (SLN) mengadu ke Komisi IX DPR RI. "
        "Mereka mengaku tidak digaji selama dua tahun bekerja di kapal itu."
    )
    assert _quotes(text)[-1][:2] == ("mantan pekerja SLN", "mengaku")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Jakarta - Rudi Hartono hadir di DPR. Dia mendorong kasus tersebut diusut kembali.", 1),
        ("Jakarta - Program itu mendorong pertumbuhan ekonomi di daerah.", 0),
    ],
)
def test_mendorong_a_passive_clause_is_a_demand(text: str, want: int) -> None:
    assert len(_quotes(text)) == want


def test_a_judgement_given_with_sebagai() -> None:
    text = "Jakarta - Rudi Hartono hadir di DPR. Ia menilai kebijakan itu sebagai langkah mundur bagi demokrasi."
    assert _quotes(text) == [("Rudi Hartono", "menilai", "kebijakan itu sebagai langkah mundur bagi demokrasi.")]


def test_a_prohibited_pair_of_acts_is_no_statement() -> None:
    text = (
        "Jakarta - Silakan orang berkampanye beradu program, beradu konsep. Namun, mereka jangan beradu isu "
        "dan berujar kebencian, dan masalah yang berbau fitnah yang dimunculkan."
    )
    assert _quotes(text) == []


def test_a_bare_verb_before_a_coordinated_cue() -> None:
    text = "Jakarta - Menteri Rudi Hartono hadir di Istana dan menegaskan tidak ada pemotongan anggaran."
    assert _quotes(text) == [("Rudi Hartono", "menegaskan", "tidak ada pemotongan anggaran.")]
