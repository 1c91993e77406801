"""Round 31, roles: trades and jobs the lexicon lacked (`kritikus`, `petinggi`, `pentolan`, `masseur`,
`Perencana Keuangan`, `astronot` …) name the person after them as any trade does; a name that
IndoSum's spaced hyphen cut (`Bashar al - Assad`, `Kim Jong - un`) or a nickname in quotes splits
(`Munafri 'Appi' Arifuddin`) is one person with the post written before it; a body read as a person
between a post and its holder (`bos Mercedes, Toto Wolff`) hides the post no more. Own sentences in
the style of the outlets whose pages showed them."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (taggedcases)
from taggedcases import labelled_mentions, person_roles  # noqa: E402


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Menurut Perencana Keuangan Dimas Prasetyo, pengeluaran rumah tangga biasanya naik menjelang Lebaran.",
            "Dimas Prasetyo",
            "Perencana Keuangan",
        ),
        (
            "Sebelumnya, petinggi Chelsea Roman Abramovich memuji kerja keras para pemain muda klubnya.",
            "Roman Abramovich",
            "petinggi Chelsea",
        ),
        (
            "Pada 2015, kritikus kuliner di majalah Tempo, Bondan Santoso, memasukkan warung itu ke daftar favoritnya.",
            "Bondan Santoso",
            "kritikus kuliner",
        ),
        (
            "Kabar duka itu disampaikan pentolan band Sheila On 7, Eross Candra. Ia mengaku terpukul.",
            "Eross Candra",
            "pentolan band",
        ),
        (
            "Dua ofisial terluka, yakni pelatih kiper Hendro Kartiko dan masseur Agus Salim, akibat lemparan batu.",
            "Agus Salim",
            "masseur",
        ),
    ],
)
def test_trade_the_lexicon_lacked(text, name, role):
    got = person_roles(text).get(name)
    assert got is not None and got.startswith(role)


@pytest.mark.parametrize(
    "text",
    [
        # the actor of a character: the name after `pemeran` is the character's, no holder of the trade
        "Film itu juga menampilkan pemeran Gatotkaca dalam adegan pembuka yang ramai dibicarakan warganet.",
        # the promoter of a fight between two boxers: the boxers named inside are not the promoter
        "Namun promotor laga Tyson lawan Holyfield, Don King menyatakan pertarungan itu tetap digelar.",
    ],
)
def test_trades_naming_another_are_left_out(text):
    roles = person_roles(text)
    assert roles.get("Gatotkaca") is None
    assert roles.get("Tyson") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # IndoSum's tokenised text: the Arabic article and the family name after a spaced hyphen
        (
            "Turki tetap mendukung Presiden Suriah Bashar al - Assad dalam perundingan damai di Astana.",
            "Bashar al-Assad",
            "Presiden Suriah",
        ),
        (
            "Menlu Turki dijadwalkan bertemu Emir Qatar Sheikh Tamim bin Hamad al - Thani di Doha, Senin.",
            "Sheikh Tamim bin Hamad al-Thani",
            "Emir Qatar",
        ),
        # a Korean given name's last syllable in lower case
        (
            "Pemimpin Korea Utara Kim Jong - un kembali menyaksikan uji coba rudal di dekat Pyongyang.",
            "Kim Jong-un",
            "Pemimpin Korea Utara",
        ),
    ],
)
def test_a_name_cut_by_a_spaced_hyphen_is_one_person(text, name, role):
    people = person_roles(text)
    assert people.get(name) is not None and people[name].startswith(role)
    assert not [k for k in people if k != name and k in name]  # no half of the name as a person


def test_the_family_name_alone_is_the_same_person():
    found = labelled_mentions(
        "Rusia mendukung Presiden Suriah Bashar al - Assad sejak 2015. Pasukan Assad kini menguasai Aleppo."
    )
    assert "Assad" not in found
    assert "Assad" in found["Bashar al-Assad"][1]


@pytest.mark.parametrize(
    "text",
    [
        # a dash that sets off a clause: the word after it belongs to the sentence
        "Setiap transisi kepemimpinan - dari Deng Xiaoping hingga Xi Jinping - tetap mempertahankan arah.",
        "Aktor senior Robert De Niro - yang kini berusia 74 tahun - menolak berkomentar.",
    ],
)
def test_a_dash_before_a_word_of_the_sentence_joins_nothing(text):
    assert not [k for k in person_roles(text) if "-" in k]


@pytest.mark.parametrize(
    ("text", "name", "nick", "role"),
    [
        (
            "Sementara itu, Wali Kota Parepare Taufan 'Opu' Pawe menargetkan pasar baru rampung tahun depan. "
            "Opu menilai pasar itu akan menggerakkan ekonomi warga.",
            "Taufan Pawe",
            "Opu",
            "Wali Kota Parepare",
        ),
        (
            "LONDON, JUARA.net - Mantan kiper Arsenal, David ' Spunky ' Seaman (54), menjalani operasi lutut. "
            "Kondisi Seaman kini membaik.",
            "David Seaman",
            "Seaman",
            "Mantan kiper Arsenal",
        ),
    ],
)
def test_a_nickname_in_quotes_inside_the_name_is_one_person(text, name, nick, role):
    found = labelled_mentions(text)
    assert name in found and nick in found[name][1]
    assert person_roles(text)[name].startswith(role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a word of the body's name read as a person inside the post, glued to the body's capitals
        (
            "Kepala Balai Pelaksana Jalan Nasional Wilayah IV Tipe A Jambi, Kementerian Pekerjaan Umum "
            "(KemenPU) Provinsi Jambi, Hendra Saputra, mengatakan perbaikan jalan rampung bulan depan.",
            "Hendra Saputra",
            "Kepala Balai Pelaksana Jalan Nasional Wilayah IV Tipe A Jambi",
        ),
        (
            "Sementara, Founder Kebun Kita, Sampah Baik, dan Ekoloopz, Dimas Prasetyo (Dim), menilai persoalan "
            "utama terletak pada pemilahan.",
            "Dimas Prasetyo",
            "Founder Kebun Kita",
        ),
        # the body after a post in lower case that names one (`bos`, a player's position)
        (
            "Rencana itu dibenarkan bos Mercedes, Toto Wolff. Mercedes kini fokus pada musim depan.",
            "Toto Wolff",
            "bos Mercedes",
        ),
        # the post's term between it and the name
        (
            "Jaksa juga menghadirkan Dirut PT Sinar Logistics tahun 2019-2023 Andi Wijaya (AW) sebagai saksi.",
            "Andi Wijaya",
            "Dirut PT Sinar Logistics",
        ),
    ],
)
def test_words_between_a_post_and_its_holder(text, name, role):
    got = person_roles(text).get(name)
    assert got is not None and got.startswith(role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ranks and forms of address are followed by names: the people listed keep their own
        (
            "Turut hadir Kombes Iwan Kurniawan, Kombes Aswin Siregar, Kombes Mugi Sekarjaya, dan Kombes Eko "
            "Hartanto dalam rapat itu.",
            "Mugi Sekarjaya",
        ),
        (
            "Pendapat itu disampaikan ahli hukum pidana Profesor Romli Atmasasmita. Yusril Ihza Mahendra membantahnya.",
            "Yusril Ihza Mahendra",
        ),
    ],
)
def test_a_name_after_a_rank_or_form_of_address_is_no_body(text, name):
    assert person_roles(text).get(name) is None
