import warta
from warta.language import detect


def test_indonesian() -> None:
    text = "Presiden mengatakan bahwa pemerintah akan terus menjaga harga beras agar tidak naik pada tahun ini."
    assert detect(text)["code"] == "id"


def test_english() -> None:
    text = "The president said that the government will keep the price of rice from rising this year, officials said."
    assert detect(text)["code"] == "en"


def test_malay() -> None:
    text = (
        "Kerajaan berkata bahawa wang itu akan digunakan untuk membina hospital baharu. Polis pula mahu "
        "orang ramai bekerjasama kerana kenderaan itu sahaja yang dikesan semasa kejadian."
    )
    assert detect(text)["code"] == "ms"


def test_javanese() -> None:
    text = (
        "Aku ora ngerti apa sing kudu tak lakoni, nanging kabeh wong wis padha lunga menyang kutha kanggo nyambut gawe."
    )
    assert detect(text)["code"] == "jv"


def test_flagged_not_crashed() -> None:
    art = warta.read("The minister said on Monday that the new policy would take effect next month in all provinces.")
    assert art.language["is_indonesian"] is False
    assert any("not Indonesian" in w for w in art.warnings)


def test_indonesian_with_words_malay_shares() -> None:
    """`pihak`, `bulan`, `kini`, `perlu`, `jabatan` are everyday Indonesian too: counted for
    Malay alone they flagged about 1 in 100 Indonesian news articles as Malay."""
    text = (
        "Pihak kepolisian kini masih mendalami kasus itu. Kapolres menyebut pihaknya perlu memeriksa "
        "pejabat yang masih menjabat pada bulan lalu, sementara pihak keluarga meminta jabatan tersangka "
        "dicopot. Pihak sekolah juga berkata akan membantu setiap bulan."
    )
    assert detect(text)["code"] == "id"


def test_malay_news_with_shared_words() -> None:
    text = (
        "Ketua Polis Daerah berkata suspek akan direman selama empat hari kerana siasatan masih "
        "dijalankan, dan orang ramai diminta tampil jika mempunyai maklumat selepas kenderaan itu ditemui."
    )
    assert detect(text)["code"] == "ms"
