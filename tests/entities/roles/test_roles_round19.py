"""Round 19 (issue #16, class 9): role shapes checked on articles the role rules were not written
from. Sentences written for the shapes, not taken from the annotated sets."""

import pytest

import warta


def _roles(text: str) -> dict[str, str | None]:
    art = warta.read({"text": text, "published": "2025-10-20"}, layers=["entities"])
    return {e.canonical: e.role for e in art.entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("client", "later", "lawyer", "trade"),
    [
        ("Rina Wulandari", "Rina", "Joko Susilo", "pengacara"),
        ("Andi Pratama", "Andi", "Yohanes Simatupang", "advokat"),
    ],
)
def test_lawyer_set_off_after_a_client_named_before_takes_the_trade(
    client: str, later: str, lawyer: str, trade: str
) -> None:
    # the client is introduced first and holds no post; the lawyer set off after `pengacara <client>`
    text = (
        f"{client} resmi ditetapkan sebagai tersangka kasus pencemaran nama baik oleh Bareskrim Polri.\n"
        f'"Dia siap menghadapi proses hukum ini," kata {trade} {later}, {lawyer}, kepada wartawan, '
        "Senin (20/10/2025)."
    )
    roles = _roles(text)
    assert roles.get(lawyer) == f"{trade} {later}"
    assert roles.get(client) is None


def test_source_before_the_trade_still_keeps_the_new_subject_out() -> None:
    # `Menurut pengacara X, Y menilai`: Y is the next clause's subject, not the lawyer
    roles = _roles("Rina Wulandari diperiksa polisi. Menurut pengacara Rina, Budi Hartono menilai kasus itu janggal.")
    assert roles.get("Budi Hartono") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Putra Mahkota Yordania Hussein bin Abdullah tiba di Jakarta.",
            "Hussein bin Abdullah",
            "Putra Mahkota Yordania",
        ),
        ("Ibu Negara Selvi Ananda meninjau posyandu di Bogor.", "Selvi Ananda", "Ibu Negara"),
        ("Kuasa hukum Rina Wulandari, Dodi Saputra, mengajukan banding.", "Dodi Saputra", "Kuasa hukum Rina Wulandari"),
    ],
)
def test_titles_and_jobs_that_open_with_a_family_word_stay(text: str, name: str, role: str) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize("trade", ["kuasa hukum", "penasihat hukum"])
def test_a_legal_trade_before_a_client_named_earlier_is_not_the_clients_role(trade: str) -> None:
    # `kuasa hukum` serves a client like `pengacara`: the person the article named first is the client
    text = (
        "KPK memeriksa Budi Santoso sebagai saksi kasus suap. Budi tiba di Gedung Merah Putih pukul 09.00 WIB. "
        f"Menurut {trade} Budi, pemeriksaan berjalan lancar."
    )
    assert _roles(text).get("Budi Santoso") is None


def test_a_legal_trade_set_off_before_its_holder_stays_with_the_holder() -> None:
    text = "KPK memeriksa Budi Santoso. Penasihat hukum Budi, Firman Wijaya, mengatakan kliennya siap."
    roles = _roles(text)
    assert roles.get("Firman Wijaya") == "Penasihat hukum Budi"
    assert roles.get("Budi Santoso") is None


def test_a_post_with_itu_stands_for_the_one_person_the_sentence_before_names() -> None:
    # no person is the subject of the sentence before (a body is), and only one person is named
    text = (
        "Lembaga antikorupsi itu merespons kasus yang sedang dialami Budi Santoso. Mantan Kepala Satuan "
        "Audit Internal Baznas Jawa Tengah itu dilaporkan oleh lembaganya sendiri ke polisi."
    )
    assert _roles(text).get("Budi Santoso") == "Mantan Kepala Satuan Audit Internal Baznas Jawa Tengah"


def test_a_post_with_itu_after_two_people_named_stays_unassigned() -> None:
    text = "KPK memeriksa Budi Santoso dan Andi Wijaya. Mantan Kepala Dinas PUPR Bogor itu diperiksa sembilan jam."
    roles = _roles(text)
    assert roles.get("Budi Santoso") is None and roles.get("Andi Wijaya") is None
