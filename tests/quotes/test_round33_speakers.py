"""Shapes of the thirty-third round (issue #16 item 1, other outlets and the pool): after a person's
quotes, `ujarnya`/`ia` given to a body or a bystander named since, where the person last quoted is
meant (GUIDELINES `quotes`: "`speaker`: … with pronouns and `-nya` resolved to the person meant").
Sentences written for this file in the shapes of Indonesian news; the rules are also tested on the
shapes they must leave alone."""

from __future__ import annotations

from .conftest import with_entities

SPOKESMAN = [
    ("Harli Siregar", "PER", ["Harli Siregar", "Harli"]),
    ("Kejaksaan Agung", "ORG", ["Kejaksaan Agung"]),
    ("Sunarto", "PER", ["Sunarto"]),
]


def _speakers(text: str, names: list[tuple[str, str, list[str]]]) -> list[tuple[str, str | None]]:
    art = with_entities(text, names)
    return [(q.text[:30], q.speaker.name if q.speaker is not None else None) for q in art.quotes]


def test_ujarnya_after_a_bodys_reported_words_is_the_person_last_quoted() -> None:
    # the spokesman is named again since his quote, but as the agent of a passive (`dirinci Harli`):
    # the person last quoted is still who `ujarnya` means, not the body that `menyebut` in between
    text = (
        '"Penyidik sudah menetapkan dua tersangka," ujar Juru Bicara Kejaksaan Agung Harli Siregar di Jakarta, '
        "Rabu (5/11/2025).\n\n"
        "Namun belum dirinci Harli identitas para tersangka itu. Kejaksaan Agung menyebut Sunarto adalah salah "
        "satu tersangkanya.\n\n"
        '"Nanti kami sampaikan setelah pemeriksaan selesai," ujarnya.\n'
    )
    got = _speakers(text, SPOKESMAN)
    assert got[-1] == ("Nanti kami sampaikan setelah p", "Harli Siregar")


def test_ujarnya_after_a_body_that_was_quoted_directly_stays_with_the_body() -> None:
    # the body's own words in quotation marks came last: it goes on speaking
    text = (
        '"Penyidik sudah menetapkan dua tersangka," ujar Juru Bicara Kejaksaan Agung Harli Siregar di Jakarta, '
        "Rabu (5/11/2025).\n\n"
        '"Kami akan menuntaskan perkara ini," tulis Kejaksaan Agung dalam keterangan resminya.\n\n'
        '"Seluruh pihak diminta menghormati proses hukum," ujarnya.\n'
    )
    got = _speakers(text, SPOKESMAN)
    assert got[-1][1] == "Kejaksaan Agung"


EXPERT = [
    ("Dodi Santoso", "PER", ["Dodi Santoso", "Dodi"]),
    ("Badan Riset dan Inovasi Nasional", "ORG", ["Badan Riset dan Inovasi Nasional", "BRIN"]),
    ("Badan Meteorologi, Klimatologi, dan Geofisika", "ORG", ["BMKG"]),
]

_BETWEEN = (
    "Gelombang panas itu juga terasa di Surabaya dan Semarang.\n\n"
    "BMKG mencatat suhu tertinggi di Jawa mencapai 37 derajat Celsius pada pekan lalu.\n\n"
    "Cuaca panas diperkirakan masih berlangsung hingga akhir Oktober.\n\n"
    "Di kota besar, panas diperparah berkurangnya ruang hijau.\n\n"
    "Kondisi itu memicu fenomena pulau panas perkotaan.\n\n"
    "Perbanyak minum air agar tubuh tidak mengalami dehidrasi.\n\n"
    "Perubahan mendadak dari panas terik ke hujan deras juga bisa terjadi.\n\n"
)


def test_ia_far_after_the_expert_with_only_bodies_since_is_the_expert() -> None:
    text = (
        "Peneliti iklim BRIN, Dodi Santoso, mengatakan gelombang panas itu dipicu posisi semu matahari.\n\n"
        '"Suhu siang hari bisa terus naik dalam beberapa hari ke depan," ujarnya.\n\n'
        + _BETWEEN
        + "BRIN menyarankan warga membatasi kegiatan di luar ruangan pada siang hari.\n\n"
        "Sementara itu, ia mengingatkan pemerintah daerah perlu menambah ruang terbuka hijau.\n"
    )
    got = _speakers(text, EXPERT)
    assert got[-1] == ("pemerintah daerah perlu menamb", "Dodi Santoso")
