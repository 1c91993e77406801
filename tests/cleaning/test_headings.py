import warta
from warta.cleaning.headings import is_heading, is_numbered_title


def test_title_case_line_is_a_heading() -> None:
    assert is_heading("Kim Jong Un Undang Putin ke Korea Utara")
    assert is_heading("Edukasi Interaktif dan Aktivasi Pengalaman")


def test_sentences_and_labels_are_not_headings() -> None:
    assert not is_heading("Pasal 28:")
    assert not is_heading("Putin menerima undangan tersebut dengan senang hati.")
    assert not is_heading('"Ya, ada batasan-batasan tertentu"')
    assert not is_heading("Menurut dia, harga beras naik")


def test_short_label_between_paragraphs() -> None:
    assert is_heading("bjb Tandamata", short_label=True)
    assert not is_heading("bjb Tandamata")


def test_numbered_title() -> None:
    assert is_numbered_title("1. Cara Pertama (Online)")
    assert not is_numbered_title("1. Mengabulkan permohonan Pemohon untuk sebagian")


def test_heading_found_in_context() -> None:
    text = (
        "Jakarta - Pemerintah menaikkan harga BBM bersubsidi mulai pekan depan.\n"
        "Kenaikan Harga Mulai Berlaku Senin\n"
        "Menteri ESDM mengatakan kenaikan itu tidak terhindarkan karena subsidi membengkak.\n"
    )
    art = warta.read(text, layers=[])
    assert [art.norm_text(h.start, h.end) for h in art.headings] == ["Kenaikan Harga Mulai Berlaku Senin"]
    assert len(art.paragraphs) == 2
