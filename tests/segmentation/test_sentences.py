import warta


def sentences(text: str) -> list[str]:
    art = warta.read(text, layers=[])
    return [art.sentence_text(i) for i in range(len(art.sentences))]


def test_abbreviations_do_not_end_sentences() -> None:
    got = sentences("Ia tinggal di Jl. Merdeka No. 5 bersama dr. Ani. Rumahnya dekat Kantor PT. Maju Tbk. di Bogor.")
    assert got == ["Ia tinggal di Jl. Merdeka No. 5 bersama dr. Ani.", "Rumahnya dekat Kantor PT. Maju Tbk. di Bogor."]


def test_numbers_times_and_dates_do_not_end_sentences() -> None:
    got = sentences("Rapat dimulai pukul 10.30 WIB pada 13/9/2023. Nilainya Rp 1.000,5 juta.")
    assert got == ["Rapat dimulai pukul 10.30 WIB pada 13/9/2023.", "Nilainya Rp 1.000,5 juta."]


def test_closing_quote_stays_with_its_sentence() -> None:
    got = sentences('"Kami siap. Semua sudah diatur." Setelah itu ia pergi.')
    assert got == ['"Kami siap.', 'Semua sudah diatur."', "Setelah itu ia pergi."]


def test_question_before_lowercase_attribution_continues() -> None:
    got = sentences('"Apa yang terjadi?" tanya dia kepada wartawan. Ia lalu pergi.')
    assert got == ['"Apa yang terjadi?" tanya dia kepada wartawan.', "Ia lalu pergi."]


def test_ellipsis_and_list_abbreviation() -> None:
    got = sentences("Ada beras, gula, dll. Semua habis... dan mahal. Begitu kata warga.")
    assert got == ["Ada beras, gula, dll.", "Semua habis... dan mahal.", "Begitu kata warga."]


def test_line_breaks_end_sentences_and_dateline_is_outside() -> None:
    got = sentences("Jakarta - Harga naik\nPemerintah diam.")
    assert got == ["Harga naik", "Pemerintah diam."]


def test_initials() -> None:
    assert sentences("Presiden B. J. Habibie lahir di Parepare. Ia wafat 2019.") == [
        "Presiden B. J. Habibie lahir di Parepare.",
        "Ia wafat 2019.",
    ]
