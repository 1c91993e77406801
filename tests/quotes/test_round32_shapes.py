"""Shapes of the thirty-second round, from other outlets' house styles (IndoSum pool): a story
told is no statement (GUIDELINES `quotes`: "Nor a verb followed only by a topic"; the speaker is a
source the article attributes words to). A verb of saying whose object names a narrative
(`membeberkan ciri-ciri pelaku …`, `menuliskan kata-kata perpisahan …`) gives a topic; a work
that tells (`Film ini mengisahkan …`, `buku "…" yang mengisahkan …`) gives its plot, the writer's
summary. Sentences written for this file in the shapes of Indonesian news; the rules are also
tested on the shapes they must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None]]:
    art = warta.read(
        {"id": "t", "text": "Jakarta, CNN Indonesia -- Hujan turun sejak pagi di ibu kota.\n\n" + text + "\n"}
    )
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in art.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Kapolda Metro Jaya Irjen Karyoto membeberkan ciri-ciri pelaku pembacokan itu berdasarkan keterangan "
        "dua saksi yang berada di lokasi.",
        "Gelandang asal Brasil itu pun menuliskan kata-kata perpisahan yang cukup menyentuh untuk para suporter.",
    ],
)
def test_a_narrative_noun_after_the_cue_is_a_topic(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Film ini mengisahkan persahabatan tiga remaja yang tumbuh besar di sebuah desa nelayan di Maluku.",
        "Film yang disutradarai dan ditulis Hanung Bramantyo ini mengisahkan seorang guru muda, Rahmat (Reza "
        "Rahadian) yang berjuang membangun sekolah di kampungnya.",
        'Lakon itu, kata Sutrisno, diangkat dari buku " Surat dari Timur, " yang mengisahkan kesaksian hidup 20 '
        "guru honorer dari berbagai daerah seperti Papua",
    ],
)
def test_a_work_that_tells_gives_its_plot_not_a_statement(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the maker of the work tells: a statement
        "Sutradara Joko Anwar menceritakan film itu digarap selama dua tahun di Yogyakarta.",
        # a witness tells what happened
        "Ketua RT setempat, Suparman, mengisahkan pelaku datang ke rumah korban pada Jumat malam.",
    ],
)
def test_a_person_who_tells_still_gives_a_statement(text: str) -> None:
    assert len(_quotes(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a match report: the side threatens the goal by its means
        "Pada babak kedua, tim tamu bangkit. Mereka mengancam Persib lewat serangan balik yang cepat.",
        "Kedua tim sama-sama bermain terbuka sejak awal laga, PSM Makassar mengancam dari sepakan Yakob Sayuri "
        "dan Persija berpeluang dari tendangan Riko Simanjuntak.",
        # the manner of writing
        "Agar tak membosankan, penulis muda Dee Lestari menulis dengan menggunakan gaya cerita pendek.",
    ],
)
def test_a_cue_verb_acting_by_a_means_says_nothing(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ketua umum klub Budi Santoso mengancam akan membawa kasus pengeroyokan itu ke jalur hukum.",
        "Bupati Sleman Kustini menulis dengan tegas bahwa seluruh sekolah akan diliburkan hingga pekan depan.",
    ],
)
def test_a_threat_or_a_written_statement_still_reports(text: str) -> None:
    assert len(_quotes(text)) == 1


def _reported(text: str) -> list[tuple[str, str | None, str | None]]:
    art = warta.read({"id": "t", "text": "Suara.com - Hujan turun sejak pagi di ibu kota.\n\n" + text + "\n"})
    return [(q.text, q.speaker.name if q.speaker is not None else None, q.cue) for q in art.quotes]


def test_an_account_marker_with_its_source_attributes_what_follows() -> None:
    got = _reported(
        "Polisi masih memburu dua pria yang merampok toko emas di Pasar Baru. Berdasarkan keterangan "
        "penyelidik, kedua pelaku sudah mengintai toko itu sejak sepekan sebelumnya."
    )
    assert [(sp, cue) for _t, sp, cue in got] == [("penyelidik", "Berdasarkan")]
    assert got[0][0].startswith("kedua pelaku sudah mengintai")


def test_an_account_marker_with_a_handle_gives_the_handle() -> None:
    got = _reported(
        "Antrean kendaraan mengular di ruas tol Cikampek. Berdasarkan keterangan Twitter resmi @JalanTolKita, "
        "perbaikan jalan masih dilakukan di lajur kiri hingga sore nanti."
    )
    assert [(sp, cue) for _t, sp, cue in got] == [("JalanTolKita", "Berdasarkan")]


@pytest.mark.parametrize(
    "text",
    [
        # no source named
        "Berdasarkan keterangan, kedua pelaku sudah mengintai toko itu sejak sepekan sebelumnya.",
        # received by the writer
        "Berdasarkan keterangan yang kami terima, kedua pelaku sudah mengintai toko itu sejak sepekan.",
        # data: the writer's background
        "Berdasarkan data BPS, angka kemiskinan di provinsi itu turun menjadi 9 persen tahun ini.",
    ],
)
def test_an_account_marker_without_a_source_gives_nothing(text: str) -> None:
    assert _reported(text) == []


def test_an_account_relayed_by_a_speaker_keeps_the_speaker() -> None:
    got = _reported(
        "Berdasarkan keterangan ketua rombongan, Lia Amalia, Agus mengatakan Atim pernah mencoba keluar dari "
        "asrama sebelum dinyatakan hilang."
    )
    assert [sp for _t, sp, _c in got] == ["Agus"]
