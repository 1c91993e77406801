"""Shapes of the twenty-third round, found by reading Warta's quotes on unannotated articles of
detik and of other outlets (issue #16, classes 1 and 8). Sentences written for this file in the
shapes of Indonesian news; each rule is also tested on the shape next to it that it must leave
alone."""

from __future__ import annotations

import pytest

import warta


def _read(text: str) -> warta.Article:
    return warta.read(
        {"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"}, layers=["entities", "quotes"]
    )


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.cue, q.text) for q in _read(text).quotes]


# Text detokenised with the closing mark on the wrong side of the space (`tertib, "kata Rudi`):
# the mark closes the quote, so the attribution after it is read and not swallowed as quoted words.
@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Kapolsek Tanjung Priok Kompol Rudi Hartono memastikan jalur itu aman.\n"
            'Menteri Perhubungan Arif Setiawan juga meninjau lokasi. "Kami minta semua kendaraan tertib. '
            'Petugas akan berjaga sampai malam, "kata Arif di Jakarta, Senin (3/4).',
            "Arif Setiawan",
            "kata",
        ),
        (
            "Pelatih Persikota Anton Wibisono menyebut timnya siap.\n"
            '"Kami sudah berlatih keras selama dua pekan. Semua pemain dalam kondisi bugar, "ujar kapten '
            "Persikota, Dodi Kurniawan.",
            "Dodi Kurniawan",
            "ujar",
        ),
    ],
)
def test_a_closing_mark_before_its_cue_word_closes_the_quote(text, speaker, cue):
    [q] = [q for q in _quotes(text) if q[0] == "direct"]
    assert q[1] == speaker and q[2] == cue
    assert q[3].endswith(",") and cue not in q[3]


def test_a_nested_quote_opening_with_a_capital_stays_inside():
    # the mark after `bilang, ` opens a capitalised quote inside the quote: no closing there
    text = (
        'Lurah Sukamaju Hendra Gunawan menceritakan kejadian itu. "Warga datang dan bilang, "Pak, air sudah '
        'masuk rumah". Kami langsung turun," kata Hendra.'
    )
    directs = [q for q in _quotes(text) if q[0] == "direct"]
    assert len(directs) == 1 and directs[0][1] == "Hendra Gunawan"
    assert "Kami langsung turun" in directs[0][3]


# A description after the cue that ends in `itu`/`ini` points back to the person named before,
# also when the words between are neither `yang …` nor `ber…` (`perwira dua melati di pundak itu`)
# and when the sentence goes on with `sambil …` or `, pada …`.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Upacara di lapangan itu dipimpin Kapolres Sleman AKBP Yuswanto Ardi.\n"
            '"Ini pertama kali kami menggelar upacara bersama warga pengungsi," ujar perwira dua melati di '
            "pundak itu usai upacara.",
            "Yuswanto Ardi",
        ),
        (
            "Doa bersama dipimpin oleh Kirana Wulandari selaku ketua panitia.\n"
            '"Beliau orang yang sangat baik dan selalu membantu kami," ucap perempuan berusia 30 tahun itu '
            "sambil menahan tangis.",
            "Kirana Wulandari",
        ),
    ],
)
def test_a_description_ending_in_a_demonstrative_points_back(text, speaker):
    directs = [q for q in _quotes(text) if q[0] == "direct"]
    assert [q[1] for q in directs] == [speaker]


def test_a_description_with_a_capitalised_name_in_it_is_not_stretched():
    # `kata warga Desa Sukamaju itu`: the words after the head hold a name, so the span is not
    # stretched over them by the new rule (the resolver's other rules decide)
    text = (
        "Banjir merendam puluhan rumah.\n"
        '"Air naik cepat sekali, kami tidak sempat menyelamatkan barang," kata Ujang, warga Desa Sukamaju.'
    )
    directs = [q for q in _quotes(text) if q[0] == "direct"]
    assert [q[1] for q in directs] == ["Ujang"]


# A post phrase cut short before the rest of the post (a bracket, a listed field, `di <place>`),
# then the person who holds it: that person speaks, not the body or the last word of the post.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bantuan itu diserahkan di Palembang.\nMenurut Sekretaris Perusahaan PT Sriwijaya Agro (Persero) "
            "Hendrawan Saputra bantuan ini sebagai bentuk kepedulian perusahaan.",
            "Hendrawan Saputra",
        ),
        (
            "Penghargaan itu diberikan kepada tim Indonesia.\n"
            '"Tidak ada tempat untuk korupsi di abad ini," kata Direktur UNESCO di Bangkok Maria Lindqvist.',
            "Maria Lindqvist",
        ),
        (
            "Banjir melanda empat kecamatan.\n"
            '"Dua warga meninggal dan ratusan mengungsi," kata Kepala Pusat Data, Informasi, dan Komunikasi '
            "Kebencanaan BNPB Rahmat Hidayat dalam keterangannya, Rabu (10/9/2025).",
            "Rahmat Hidayat",
        ),
    ],
)
def test_the_holder_named_after_a_post_cut_short_speaks(text, speaker):
    assert [q[1] for q in _quotes(text)] == [speaker]


def test_a_post_with_no_one_after_it_is_left_to_the_other_rules():
    # `kata Kepala BNPB di hadapan wartawan`: lower-case words after the post, no holder named
    text = (
        "Hujan deras turun sejak pagi.\n"
        '"Kami siagakan seluruh personel," kata Kepala BPBD di hadapan wartawan Gilang Ramadhan, Senin.'
    )
    assert "Gilang Ramadhan" not in [q[1] for q in _quotes(text)]


def test_a_name_before_an_adjunct_is_not_replaced_by_the_place_after_its_comma():
    # `kata Waketum Partai X Nama dalam konferensi pers di Y Tower, Jakarta Pusat`: the name speaks
    text = (
        "Usulan itu dibahas dalam rapat pleno.\n"
        '"Jadi kita meminta supaya ada aktivitas di sana," kata Ketua Partai Nusantara Budi Santoso dalam '
        "konferensi pers di Gedung Merdeka, Jakarta Pusat, Jumat (18/7)."
    )
    assert [q[1] for q in _quotes(text)] == ["Budi Santoso"]


def test_a_name_with_its_description_between_commas_is_the_subject_a_pronoun_means():
    # `Rina Marlina, Direktur X, menyampaikan …. Namun ia menegaskan`: `ia` is Rina, not the
    # person quoted in the paragraph before
    text = (
        '"Pasokan gas harus dijaga sampai akhir tahun," tegas Kepala Dinas Energi Bambang Sutrisno.\n'
        "Sementara itu, Rina Marlina, Direktur Operasi PT Gas Nusantara, menyampaikan rencana perluasan "
        "jaringan pipa. Namun ia menegaskan, tanpa dukungan pemerintah daerah, rencana itu sulit berjalan."
    )
    assert [q[1] for q in _quotes(text)] == ["Bambang Sutrisno", "Rina Marlina"]


# A person only ever written as a nickname after its honorific (`Gus Ipul`, `Cak Imin`) is named
# as written: the bare word is never the person's name in the text.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menteri Sosial meninjau lokasi banjir.\n"
            '"Bantuan akan kami salurkan pekan ini," kata Gus Ipul di Karawang, Senin (20/10/2025).\n'
            '"Datanya sudah ada perangkingannya," jelas Gus Ipul.',
            "Gus Ipul",
        ),
        (
            "Ketua umum partai itu hadir dalam acara.\n"
            '"Kami siap bekerja sama dengan semua pihak," ujar Cak Imin kepada wartawan.',
            "Cak Imin",
        ),
    ],
)
def test_a_nickname_after_its_honorific_keeps_it(text, speaker):
    assert set(q[1] for q in _quotes(text)) == {speaker}


def test_a_name_written_alone_as_well_loses_the_honorific():
    # `Pak Budi` … `Budi`: an address, not a nickname; and `Gus` is dropped once `Yahya` stands alone
    text = '"Kami siap membantu," kata Gus Yahya di Jakarta.\n"Semua pengurus sudah kami minta turun," lanjut Yahya.'
    assert set(q[1] for q in _quotes(text)) == {"Yahya"}


# `kata seorang sumber …` … `lanjut sumber tersebut`: a noun of unnamed sources with a
# demonstrative means the unnamed source brought in before, not a person named in between.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Produksi film Langit Jingga ditunda karena kondisi Raka Pratama.\n"
            '"Kami menunda jadwal syuting sampai kondisinya membaik," kata seorang sumber dari rumah produksi.\n'
            '"Kami berharap Raka Pratama segera pulih," lanjut sumber tersebut.',
            "sumber",
        ),
        (
            "Dalam rapat itu, tiba-tiba hadir seorang warga dari Kramatwatu. Gubernur Banten Andra Wijaya "
            "mendengarkan keluhan itu.\n"
            '"Truk besar lewat setiap malam dan jalan kami rusak," ujar warga tersebut.',
            "warga",
        ),
    ],
)
def test_an_unnamed_source_pointed_back_to_stays_unnamed(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_a_source_noun_with_no_unnamed_source_before_is_left_to_the_ranker():
    # no `seorang sumber` before: `sumber itu` is left to the other rules (here the person quoted)
    text = (
        '"Kami menunda jadwal syuting," kata produser Dimas Anggara.\n'
        '"Kami berharap semua segera pulih," lanjut sumber itu.'
    )
    assert _quotes(text)[-1][1] != "sumber"


# A post and its body (an acronym, a place or a body the article names), then two to four
# capitalised words the entities layer did not read as a person: those words are the holder.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Film Indonesia meraih penghargaan di festival film Rabat, Maroko.\n"
            "Penghargaan diserahkan pada acara penutupan, demikian keterangan Pensosbud KBRI Maroko "
            "Dirk Rebbe kepada wartawan, Senin.",
            "Dirk Rebbe",
        ),
        (
            "Pameran itu dibuka di Osaka, Jepang.\n"
            '"Kami berharap pameran ini menarik investor," kata Atase Perdagangan KBRI Tokyo Dirk Rebbe.',
            "Dirk Rebbe",
        ),
    ],
)
def test_the_holder_after_a_post_and_its_body_speaks(text, speaker):
    assert _quotes(text)[-1][1] == speaker


def test_a_body_name_that_goes_on_is_not_cut_into_a_holder():
    # `S&P Global Ratings`: no body word in front (the ampersand makes no acronym), one body
    text = (
        "Peringkat utang perusahaan itu naik.\n"
        "Lembaga pemeringkat S&P Global Ratings menyatakan prospek perusahaan stabil."
    )
    assert _quotes(text)[-1][1] != "Global Ratings"


def test_a_share_of_those_asked_is_a_finding_not_a_source():
    # `Sementara 18,1% mengaku tidak puas`, `27 persen menyebut …`: a survey's figures
    text = (
        "Survei itu melibatkan 1.200 responden di 38 kabupaten.\n"
        "Sebanyak 75,5% warga puas atas kebijakan itu. Sementara 18,1% mengaku tidak puas, dan 6,4% "
        "tidak menjawab. Sisanya, 27 persen menyebut mereka ingin program itu dievaluasi."
    )
    assert _quotes(text) == []


def test_a_named_source_giving_a_share_still_speaks():
    text = (
        "Survei itu melibatkan 1.200 responden.\n"
        "Direktur lembaga survei itu, Baihaki Sirojudin, mengatakan 82,2% responden puas dengan kinerja pemerintah."
    )
    assert [q[1] for q in _quotes(text)] == ["Baihaki Sirojudin"]
