"""Shapes of the thirty-third round, from other outlets' house styles (IndoSum pool, heldout31's
MINE half). Sentences written for this file in the shapes of Indonesian news; each rule is also
tested on the shapes it must leave alone."""

from __future__ import annotations

import pytest

import warta


def _quotes(text: str) -> list[tuple[str, str | None, str | None, str]]:
    art = warta.read({"id": "t", "text": "JAKARTA - Warga mengungsi sejak pagi.\n\n" + text + "\n"})
    return [(q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.text) for q in art.quotes]


# Text detokenised with the closing mark glued to the attribution after it: a name and its verb
# (`problem, "Anies menambahkan.`), a capitalised cue (`, "Kata Asep.`), or a cue with no comma
# before the mark (`kelas "ujarnya.`). The mark closes the quote; the attribution is read (a
# capitalised quote nested after a comma stays inside: test_round23_pool_shapes.py).
@pytest.mark.parametrize(
    ("text", "said_by"),
    [
        (
            'Wali Kota Bogor Dedi Rukmana meninjau tanggul itu. "Kami sudah siagakan pompa di tiap kelurahan. '
            'Kalau satu pompa macet, itu yang jadi masalah, "Dedi menambahkan.',
            ("Dedi Rukmana", "menambahkan"),
        ),
        (
            'Pakar hukum Asep Supriatna menilai aturan itu lemah. "Kewajiban itu tidak ada sanksinya. '
            'Penegakan hukumnya jadi lemah, "Kata Asep.',
            ("Asep Supriatna", "Kata"),
        ),
        (
            'Ketua PGRI Sulastri Wahyuni menolak usulan itu. "Guru itu bekerja seperti PNS pada umumnya, beban '
            'kerjanya tidak harus terpaku pada jam mengajar di kelas "ujarnya.',
            ("Sulastri Wahyuni", "ujar"),
        ),
    ],
)
def test_a_closing_mark_glued_to_its_attribution_closes_the_quote(text, said_by):
    directs = [q for q in _quotes(text) if q[0] == "direct"]
    assert [(q[1], q[2]) for q in directs] == [said_by]
    assert '"' not in directs[0][3] and said_by[1] not in directs[0][3]


# The run-on convention (eval/README.md): a sentence right after reported content that cannot stand
# alone goes on with it. `Dimana …` opens a relative clause on what was just said; `Padahal, itu …`
# has its comma before the pronoun (`Sementara itu, …` still turns away); a question stays the writer's.
@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "Kepala Inspektorat Rudi Hartono mengatakan belanja jasa konsultan itu tidak didasarkan pada "
            "kebutuhan. Dimana tidak ada dokumen kontrak dan tidak ada laporan hasil kegiatan.",
            "laporan hasil kegiatan",
        ),
        (
            "Direktur Lalu Lintas Polda Jabar Kombes Dwi Santoso mengatakan para calo meminta uang untuk tes "
            "kesehatan. Padahal, itu semua dilakukan secara gratis.",
            "secara gratis",
        ),
    ],
)
def test_a_sentence_that_cannot_stand_alone_runs_on(text, tail):
    [q] = _quotes(text)
    assert q[3].rstrip(".").endswith(tail)


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Pendidikan Rina Wulandari mengatakan gedung sekolah itu rusak berat. Di mana para siswa "
        "akan belajar selama perbaikan?",
        "Kepala Dinas Pendidikan Rina Wulandari mengatakan gedung sekolah itu rusak berat. Sementara itu, "
        "warga sekitar bergotong royong membersihkan puing.",
    ],
)
def test_a_question_or_a_turn_away_stays_apart(text):
    [q] = _quotes(text)
    assert q[3].rstrip(".").endswith("rusak berat")


# A verb of saying in its acting sense, with a thing as its object, says nothing: money asked for
# (`meminta imbalan Rp 500 ribu`, `meminta Rp 2 miliar untuk …`) or a thing added (`menambahkan
# fitur …`). After `bahwa` or a comma the same verbs report a statement.
@pytest.mark.parametrize(
    "text",
    [
        "Dalam praktik percaloan itu, para calo meminta imbalan Rp 500 ribu hingga Rp 800 ribu per pemohon.",
        "Penyidik itu disebut pernah meminta Rp 3 miliar untuk mengamankan perkara tersebut.",
        "Aplikasi Ojekku menambahkan fitur pembayaran tagihan listrik, yang kini bisa dipakai di seluruh Jawa.",
    ],
)
def test_a_thing_asked_for_or_added_is_no_statement(text):
    assert [q for q in _quotes(text) if q[2] in ("meminta", "menambahkan")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Dinas Perhubungan Rudi Hartono menambahkan, fitur pembayaran itu akan tersedia bulan depan.",
        "Kepala Dinas Perhubungan Rudi Hartono menambahkan bahwa layanan bus malam akan diperpanjang.",
        "Kepala Dinas Perhubungan Rudi Hartono menambahkan kondisi jalan di jalur selatan sudah membaik.",
    ],
)
def test_a_statement_after_menambahkan_stays(text):
    assert [q[2] for q in _quotes(text)] == ["menambahkan"]
