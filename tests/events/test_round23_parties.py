"""Round 23: party shapes found on unannotated articles (the mining pool), each with sentences
written here in the shapes of Indonesian news.

- A stance taken on a thing (a criticism, a protest, praise or a refusal of a phrase headed by a
  noun of an act or a state: `usulan`, `kepentingan`, `penampilan`, `dugaan`, `sikap`) is towards
  the party named inside the phrase (the first entity, title or noun of people after the head),
  and towards no one when the phrase names none: the thing itself is no recipient.
- A criticism of a thing written after its verb (`kecewa dengan keputusan pemerintah daerah`,
  `memprotes pembangunan pabrik yang dilakukan oleh PT X`) is of whoever the thing names, and of no
  one when it names none: it is not carried to the body the story is about unless it points back
  (`tersebut`, `itu`, `-nya`).
- A party phrase ends before a conjunction or copula written in lower case (`namun`, `tapi`,
  `meski`, `adalah`, `saling`, `dalam`), a `--` or a quote mark, and drops a trailing `dan`:
  `Palestina meski`, `58 korban namun`, `aparat penegak hukum 'tidak tumpul`, `dua orang --
  salah satunya pria`.
- The speaker of the quote a harm, a coercion or a protest is told in (`Menurut Amnesty
  International, … dieksekusi`, `SPA menyebut X dihukum mati`) did not do it: the party chooser
  may not fill the empty actor of such a passive or act noun with them.
- An act told in a clause hung on the one praised or criticised (`berterima kasih kepada jajaran
  Polda yang telah bekerja keras mengusut …`, `kepada para penggemar yang telah datang dan
  mendukungnya`) is that one's, and its `-nya` is the one who praises.
- An agentless arrest or investigation step is carried to whoever took the last such step, of
  either kind (`Kejari … menetapkan DS sebagai tersangka. … DS menjalani pemeriksaan`), not to the
  last one of its own kind told earlier by another body.
- `Dia`/`Ia` alone before a passive, right after a sentence whose police, court or crime step was
  done to a person, is that person (`KPK memanggil … Andi Saputra (AS). Dia dipanggil sebagai
  saksi`), not the spokesman who spoke last.
- A count read alone as the object (`seorang`, `para`) goes on to the people counted when a noun of
  people follows (`mengusir seorang diplomat Korea Utara`, `para teradu melakukan …`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402

from warta.events.parties import _topic_head  # noqa: E402


@pytest.mark.parametrize(
    "phrase", ["usulan kenaikan gaji", "penampilan para pemain", "kepentingan rakyat", "sikap pihak kampus"]
)
def test_an_act_or_state_noun_heads_a_topic(phrase: str) -> None:
    assert _topic_head(phrase)


@pytest.mark.parametrize("phrase", ["perusahaan tambang", "pimpinan DPR", "warga desa", "pemerintah daerah", "Budi"])
def test_people_and_bodies_head_no_topic(phrase: str) -> None:
    assert not _topic_head(phrase)


@pytest.mark.parametrize(
    "text, type, recipient",
    [
        (
            "Ketua Komisi X DPR Hetifah mengapresiasi kerja keras guru honorer di daerah terpencil.",
            "SUPPORT",
            "guru honorer",
        ),
        (
            "Pelatih Persib Bojan Hodak memuji penampilan para pemainnya saat menundukkan Persija.",
            "SUPPORT",
            "para pemainnya",
        ),
        (
            "Ribuan buruh memprotes usulan tunjangan baru bagi anggota DPRD Bekasi.",
            "DISAPPROVE",
            "DPRD Bekasi",
        ),
    ],
)
def test_a_stance_on_a_thing_is_towards_its_people(text: str, type: str, recipient: str) -> None:
    assert [r for _, _, r in acts(text, type)] == [recipient]


def test_a_stance_on_a_thing_with_no_one_in_it_has_no_recipient() -> None:
    text = "Sejumlah warga memprotes usulan kenaikan tarif air bersih."
    got = acts(text, "DISAPPROVE")
    assert got and all(r is None for _, _, r in got)


@pytest.mark.parametrize(
    "text, recipient",
    [
        (
            "Wali Kota Bogor Dedie Rachim meninjau pasar. Asosiasi pedagang pasar mengaku kecewa dengan "
            "keputusan pemerintah daerah soal retribusi.",
            "pemerintah daerah",
        ),
        (
            "Wali Kota Tangerang Selatan Benyamin Davnie meninjau lokasi. Warga Desa Sukamaju memprotes "
            "pembangunan pabrik semen yang dilakukan oleh PT Semen Jaya.",
            "PT Semen Jaya",
        ),
    ],
)
def test_a_criticism_of_a_thing_is_of_whoever_it_names(text: str, recipient: str) -> None:
    assert [r for _, _, r in acts(text, "DISAPPROVE")] == [recipient]


def test_a_criticism_of_a_thing_naming_no_one_is_not_carried_to_the_story() -> None:
    text = (
        "Gubernur DKI Jakarta Pramono Anung meninjau lokasi kebakaran. Pramono Anung meminta warga tenang. "
        "Ketua ormas setempat, Ahmad Fauzi, mencurigai kebakaran pasar induk sudah direncanakan."
    )
    assert [r for _, _, r in acts(text, "DISAPPROVE")] == [None]


@pytest.mark.parametrize(
    "text, type, actor, recipient",
    [
        (
            "Presiden memperingatkan aparat penegak hukum 'tidak tajam ke bawah' saat menangani perkara.",
            "THREATEN",
            "Presiden",
            "aparat penegak hukum",
        ),
        (
            "Kelompok bersenjata itu menembak dua orang -- salah satunya remaja -- di dekat pos pemeriksaan.",
            "ASSAULT",
            "Kelompok bersenjata",
            "dua orang",
        ),
        ("Kedua negara juga saling mengusir diplomat sejak Senin.", "COERCE", "Kedua negara", None),
        (
            "Kelompok milisi itu kembali mengancam warga sipil meski kesepakatan damai sudah diteken.",
            "THREATEN",
            "Kelompok milisi",
            "warga sipil",
        ),
        (
            "Jaksa berdiskusi dengan perusahaan asuransi luar negeri tapi mayoritas pemegang saham menolak.",
            "CONSULT",
            "Jaksa",
            "perusahaan asuransi luar negeri",
        ),
    ],
)
def test_a_party_phrase_ends_at_a_conjunction_or_a_quote(text: str, type: str, actor: str, recipient: str) -> None:
    assert acts(text, type)[0][1:] == (actor, recipient)


@pytest.mark.parametrize(
    "text, reporter",
    [
        (
            "Menurut Amnesty International, seorang pemuda asal Qatif telah dieksekusi pada Agustus lalu.",
            "Amnesty International",
        ),
        ("Kantor berita SPA menyebut Ahmad Rahman dihukum mati atas dakwaan terorisme.", "SPA"),
    ],
)
def test_who_tells_of_a_coercion_did_not_do_it(text: str, reporter: str) -> None:
    got = acts(text, "COERCE")
    assert got and all(actor != reporter for _, actor, _ in got)


@pytest.mark.parametrize(
    "text, type, actor, recipient",
    [
        (
            "Gubernur Jawa Tengah Ahmad Luthfi berterima kasih kepada jajaran Polda Jateng yang telah bekerja "
            "keras mengusut kasus penipuan itu.",
            "INVESTIGATE",
            "Polda Jateng",
            None,
        ),
        (
            "Pebulu tangkis Gregoria berterima kasih kepada para penggemar yang telah datang dan mendukungnya di Paris.",
            "SUPPORT",
            "penggemar",
            "Gregoria",
        ),
    ],
)
def test_an_act_hung_on_the_one_praised_is_theirs(text: str, type: str, actor: str, recipient: str | None) -> None:
    got = [a[1:] for a in acts(text, type) if a[0] != "berterima kasih kepada"]
    assert got == [(actor, recipient)]


def test_an_agentless_step_is_carried_to_the_last_step_of_either_kind() -> None:
    text = (
        "Inspektorat Kabupaten Bogor memeriksa laporan keuangan Desa Sukamaju pada Mei lalu. "
        "Kejari Bogor kemudian menetapkan DS sebagai tersangka. Saat ini DS menjalani pemeriksaan sebagai tersangka."
    )
    assert ("pemeriksaan", "Kejari Bogor", "DS") in acts(text, "INVESTIGATE")


def test_he_before_a_passive_is_the_one_just_acted_on() -> None:
    text = (
        "Juru bicara KPK Budi Prasetyo mengatakan penyidik memeriksa sejumlah saksi pekan ini. Pada Selasa (21/10), "
        "KPK memanggil sopir pribadi mantan Bupati Kolaka Timur, Andi Saputra (AS). "
        "Dia dipanggil sebagai saksi kasus suap proyek rumah sakit."
    )
    assert ("dipanggil", "KPK", "Andi Saputra") in acts(text, "INVESTIGATE")


@pytest.mark.parametrize(
    "text, type, recipient",
    [
        (
            "Pemerintah Malaysia mengusir seorang diplomat Korea Utara yang diduga terlibat pembunuhan itu.",
            "COERCE",
            "diplomat Korea Utara",
        ),
        (
            "Pelapor mendalilkan para teradu melakukan pelanggaran kode etik penyelenggara pemilu.",
            "DISAPPROVE",
            "teradu",
        ),
    ],
)
def test_a_count_goes_on_to_the_people_counted(text: str, type: str, recipient: str) -> None:
    assert [r for _, _, r in acts(text, type)] == [recipient]
