"""Entity rules and resolution on real sentence shapes from Indonesian news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.document.input import to_article
from warta.entities import country_of, extract

SHARED = Path(__file__).resolve().parents[3] / "shared"


def ents(text: str, tagged=None):
    return extract(to_article(text), tagged=[] if tagged is None else tagged)


def by_name(entities, name):
    for e in entities:
        if e.canonical == name or any(m.text == name for m in e.mentions):
            return e
    raise AssertionError(f"{name!r} not found in {[e.canonical for e in entities]}")


def names(entities):
    return {e.canonical for e in entities}


# (test id, text, {entity name: {attribute: expected value}}): facts read off single entities;
# `mentions` is the set of the entity's mention texts
ENTITY_FACTS = [
    (
        "role_before_name_is_stripped_and_kept",
        "Hal tersebut dikonfirmasi oleh juru bicara Kremlin Dmitry Peskov.\n"
        '"Kami siap," ujar Peskov, seperti dilansir The Guardian.',
        {
            "Dmitry Peskov": {"label": "PER", "role": "juru bicara Kremlin", "mentions": {"Dmitry Peskov", "Peskov"}},
            "Kremlin": {"label": "ORG"},
            "The Guardian": {"label": "ORG"},
        },
    ),
    (
        "office_words_go_to_role_and_place_in_them_is_an_entity",
        "Gubernur Jawa Tengah Ahmad Luthfi meninjau pasar. Luthfi mengatakan harga stabil.",
        {
            "Ahmad Luthfi": {"role": "Gubernur Jawa Tengah", "mentions": {"Ahmad Luthfi", "Luthfi"}},
            "Jawa Tengah": {"label": "LOC", "country": "ID"},
        },
    ),
    (
        "honorific_is_not_a_role",
        '"Terima kasih, Pak Harto," kata warga. Dalam acara itu, dr. Sethi membagikan tips.',
        {"Sethi": {"label": "PER", "role": None, "canonical": "Sethi"}},
    ),
    (
        "unknown_place_takes_country_of_neighbour",
        "Kedua pemimpin bertemu di Kosmodrom Vostochny, Timur Jauh Rusia, pada Rabu.",
        {"Kosmodrom Vostochny": {"label": "LOC", "country": "RU"}},
    ),
    (
        "cited_media_and_apposition",
        "Kantor berita Rusia, TASS, melaporkan pertemuan itu. Media Korea Utara, KCNA, juga melaporkan. "
        '"Ya," kata Putin dalam wawancaranya dengan media Russia 1, seperti dilansir CNN.',
        {
            "TASS": {"label": "ORG"},
            "KCNA": {"label": "ORG"},
            "Russia 1": {"label": "ORG"},
            "CNN": {"label": "ORG"},
            "Korea Utara": {"label": "LOC"},
        },
    ),
    (
        "list_neighbours_share_a_label",
        "Ia menempuh pendidikan di AIIMS, Harvard, dan Stanford University sebelum praktik.",
        {"AIIMS": {"label": "ORG"}, "Harvard": {"label": "ORG"}, "Stanford University": {"label": "ORG"}},
    ),
    (
        "nickname_in_brackets_and_ordinal_title",
        "Ia memuji Presiden ke-7 Joko Widodo (Jokowi). Jokowi tersenyum.",
        {"Jokowi": {"canonical": "Joko Widodo", "label": "PER", "role": "Presiden ke-7"}},
    ),
    (
        "initials_of_a_suspect_are_a_person",
        "Polisi menangkap tersangka berinisial AR di rumahnya. AR mengaku menyesal.",
        {"AR": {"label": "PER"}},
    ),
    (
        "age_in_brackets_makes_a_person_even_of_a_place_name",
        '"Ini motornya mogok karena airnya masuk mesin," kata Vatikan (27), pengendara asal Demak.\n'
        "Warga lain, Budi (45 tahun), juga mengeluh.",
        {"Vatikan": {"label": "PER"}, "Budi": {"label": "PER"}, "Demak": {"label": "LOC"}},
    ),
    (
        "us_and_malaysian_states_are_places",
        "Seorang warga New Jersey pindah ke Texas, lalu bekerja di Sabah.",
        {
            "New Jersey": {"label": "LOC", "country": "US"},
            "Texas": {"label": "LOC", "country": "US"},
            "Sabah": {"label": "LOC", "country": "MY"},
        },
    ),
]


@pytest.mark.parametrize(("text", "facts"), [c[1:] for c in ENTITY_FACTS], ids=[c[0] for c in ENTITY_FACTS])
def test_entity_facts(text, facts):
    es = ents(text)
    for name, attrs in facts.items():
        e = by_name(es, name)
        for attr, want in attrs.items():
            got = {m.text for m in e.mentions} if attr == "mentions" else getattr(e, attr)
            assert got == want, (name, attr, got)


# --- titles, roles, canonical names ------------------------------------------------------


def test_short_name_after_title_joins_full_name():
    es = ents(
        "Kim Jong Un dan Vladimir Putin bertemu di Vladivostok.\n"
        '"Presiden Putin memberikan senapan," kata Peskov. Putin juga memberi sarung tangan.'
    )
    putin = by_name(es, "Putin")
    assert putin.canonical == "Vladimir Putin"
    assert len([m for m in putin.mentions if m.text == "Putin"]) == 2
    assert "Presiden" not in putin.canonical
    assert by_name(es, "Kim Jong Un").label == "PER"
    assert by_name(es, "Vladivostok").country == "RU"


def test_bracketed_title_abbreviation_and_name_that_is_also_a_word():
    es = ents("Wali Kota (Walkot) Pekanbaru Agung Nugroho mengecek harga cabai di pasar.")
    agung = by_name(es, "Agung Nugroho")
    assert agung.label == "PER"
    assert agung.role.startswith("Wali Kota")
    assert by_name(es, "Pekanbaru").label == "LOC"


def test_role_then_comma_then_name():
    es = ents(
        "Ketua Dewan Ekonomi Nasional (DEN), Luhut Binsar Pandjaitan, menyebut proyek itu layak. "
        "Menurut Luhut, DEN sudah menghitung ulang."
    )
    luhut = by_name(es, "Luhut Binsar Pandjaitan")
    assert luhut.role == "Ketua Dewan Ekonomi Nasional"
    assert any(m.text == "Luhut" for m in luhut.mentions)
    den = by_name(es, "Dewan Ekonomi Nasional")
    assert den.label == "ORG"
    assert sum(m.text == "DEN" for m in den.mentions) == 2


def test_rank_inside_a_capitalised_run_starts_a_person():
    es = ents("Kasubdit Harda Ditreskrimum Polda Kaltim AKBP Harun Purwoko membenarkan penangkapan itu.")
    harun = by_name(es, "Harun Purwoko")
    assert harun.label == "PER"
    assert "Harun" not in (harun.role or "")


# --- acronyms ---------------------------------------------------------------------------------


def test_full_name_with_acronym_is_one_entity():
    es = ents(
        "Badan Pusat Statistik (BPS) mencatat inflasi 2,65 persen. "
        "Kepala BPS menyebut harga beras naik. Data BPS diperbarui tiap bulan."
    )
    bps = [e for e in es if "BPS" in {m.text for m in e.mentions}]
    assert len(bps) == 1
    assert bps[0].canonical == "Badan Pusat Statistik"
    assert bps[0].label == "ORG"
    assert sum(m.text == "BPS" for m in bps[0].mentions) == 3


def test_acronym_only_keeps_acronym_and_person_acronym():
    es = ents(
        "KPK memeriksa saksi. Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan "
        "Agus Harimurti Yudhoyono (AHY) hadir. AHY mengatakan proyek berjalan."
    )
    assert by_name(es, "KPK").canonical == "KPK"
    ahy = by_name(es, "AHY")
    assert ahy.canonical == "Agus Harimurti Yudhoyono" and ahy.label == "PER"
    assert ahy.role.startswith("Menteri Koordinator Bidang Infrastruktur")


def test_short_org_forms_merge():
    es = ents(
        "Polda Kalimantan Timur menyelidiki tambang ilegal. Kapolda menyebut Polda Kaltim telah memeriksa saksi. "
        "Pemprov Papua dan Pemerintah Provinsi Papua berkoordinasi."
    )
    polda = [e for e in es if e.canonical.startswith("Polda")]
    assert len(polda) == 1 and {m.text for m in polda[0].mentions} == {"Polda Kalimantan Timur", "Polda Kaltim"}
    papua = [e for e in es if e.label == "ORG" and "Papua" in e.canonical]
    assert len(papua) == 1


# --- places -----------------------------------------------------------------------------------


def test_country_news_forms_resolve():
    es = ents(
        "Para pejabat Amerika Serikat (AS) memperingatkan Rusia. Sementara itu AS dan Korsel berlatih bersama. "
        "Hubungan Tiongkok dengan China Daratan tidak dibahas; China menolak."
    )
    us = by_name(es, "AS")
    assert us.canonical == "Amerika Serikat" and us.country == "US" and us.label == "LOC"
    assert sum(m.text == "AS" for m in us.mentions) == 2
    assert by_name(es, "Korsel").country == "KR"
    assert by_name(es, "Rusia").country == "RU"
    cn = [e for e in es if e.country == "CN"]
    assert len(cn) == 1


def test_district_needs_a_place_context():
    es = ents("Afifuddin berbicara di kantor KPU RI, Menteng, Jakarta Pusat. Salam hangat dari panitia.")
    assert by_name(es, "Menteng").country == "ID"
    assert by_name(es, "Jakarta Pusat").country == "ID"
    assert "Salam" not in names(es)


def test_country_of_lookup():
    assert country_of("Moskow") == "RU"
    assert country_of("Kota Pekanbaru") == "ID"
    assert country_of("jawa tengah") == "ID"
    assert country_of("Tiongkok") == "CN"
    assert country_of("Atlantis Raya Baru") is None


# --- media and appositions --------------------------------------------------------------------


# --- what is not an entity --------------------------------------------------------------------


def test_generic_nouns_days_months_and_laws_are_not_entities():
    es = ents(
        "Pemerintah menyiapkan anggaran. Senin (13/9/2025) Presiden memimpin rapat soal UU Cipta Kerja. "
        "Pemilu digelar September. Menurut dia, Ramadan tahun ini berbeda."
    )
    got = {e.canonical.lower() for e in es}
    for bad in ("pemerintah", "senin", "presiden", "september", "pemilu", "menurut", "ramadan", "dia"):
        assert bad not in got
    assert not any(e.canonical.startswith("Menurut") for e in es)


def test_phrase_of_common_words_is_not_a_person():
    es = ents("Program Makan Bergizi Gratis berjalan. Produk Dana dan Wealth Management ditawarkan.")
    assert not [e for e in es if e.label == "PER"]


def test_report_number_is_not_an_organisation():
    es = ents(
        "Laporan teregistrasi dengan nomor LP/B/3442/IX/2025/SPKT/POLRES METRO JAKSEL/POLDA METRO JAYA dan LP/B/3440."
    )
    assert "LP" not in names(es)
    assert not any(" dan " in e.canonical for e in es)


# --- offsets and the tagger -------------------------------------------------------------------


def test_mentions_are_offsets_into_the_original_text():
    text = "Liputan6.com, Moskow\u00a0- \u201cKami siap,\u201d ujar Presiden\u00a0Putin di Kremlin."
    art = to_article(text)
    es = extract(art, tagged=[])
    assert es
    for e in es:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    assert by_name(es, "Moskow").country == "RU"


def test_tagger_spans_are_fixed_and_used():
    text = "Presiden Joko Widodo menonton Vindes bersama warga."
    s = text.index("Presiden")
    v = text.index("Vindes")
    es = ents(text, tagged=[(s, s + len("Presiden Joko Widodo"), "PER"), (v, v + 6, "ORG")])
    jokowi = by_name(es, "Joko Widodo")
    assert jokowi.canonical == "Joko Widodo" and jokowi.role == "Presiden"
    assert by_name(es, "Vindes").label == "ORG"


def test_tagger_that_fails_does_not_break_the_layer(monkeypatch):
    import warta.entities as layer

    def boom(article):
        raise RuntimeError("model missing")

    monkeypatch.setattr(layer, "_tagger_spans", lambda a: boom(a))
    art = to_article("Presiden Putin tiba di Moskow.")
    with pytest.raises(RuntimeError):
        layer.extract(art)
    # the public path swallows tagger errors
    monkeypatch.undo()
    art = to_article("Presiden Putin tiba di Moskow.")
    layer.annotate(art)
    assert {e.canonical for e in art.entities} >= {"Putin", "Moskow"}


# --- the worked example -----------------------------------------------------------------------


def test_liputan6_example_all_gold_entities():
    src = SHARED / "examples" / "liputan6_kim_putin.txt"
    if not src.exists():
        pytest.skip("../shared/examples not available")
    gold = json.loads(src.with_name("liputan6_kim_putin.gold.json").read_text())
    es = extract(to_article(src.read_text()), tagged=[])

    def fold(s):
        return " ".join(s.split()).casefold()

    for g in gold["entities"]:
        gnames = {fold(g["canonical"])} | {fold(m) for m in g.get("mentions", [])}
        hit = [
            e
            for e in es
            if e.label == g["label"] and ({fold(e.canonical)} | {fold(m.text) for m in e.mentions}) & gnames
        ]
        assert hit, g["canonical"]
        if g.get("country"):
            assert hit[0].country == g["country"], g["canonical"]
    assert by_name(es, "Putin").canonical == "Vladimir Putin"
    assert by_name(es, "Peskov").role == "juru bicara Kremlin"
    assert by_name(es, "AS").canonical == "Amerika Serikat"


# --- further shapes seen in detik articles ------------------------------------------------------


def test_city_and_regency_of_the_same_name_stay_apart_bare_name_joins_the_only_one():
    es = ents(
        "Banjir melanda Kota Bandung dan Kabupaten Bandung. Di Kabupaten Kutai Kartanegara, warga Kutai Kartanegara mengungsi."
    )
    assert {"Kota Bandung", "Kabupaten Bandung"} <= names(es)
    kukar = by_name(es, "Kabupaten Kutai Kartanegara")
    assert {m.text for m in kukar.mentions} == {"Kabupaten Kutai Kartanegara", "Kutai Kartanegara"}


def test_rank_between_office_and_name_is_not_in_role_or_name():
    es = ents(
        "Kabid Humas Polda Jabar Kombes Pol Hendra Rochmawan membenarkan kejadian itu. Hendra meminta warga tenang."
    )
    hendra = by_name(es, "Hendra Rochmawan")
    assert hendra.role == "Kabid Humas Polda Jabar"
    assert by_name(es, "Polda Jabar").label == "ORG"
    assert not any("Kombes" in e.canonical for e in es)


def test_name_glued_to_organisation_is_split_when_used_again():
    es = ents(
        "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat Kementerian Keuangan Rosmauli mengatakan target naik. "
        '"Ya," ujar Rosmauli.'
    )
    assert by_name(es, "Kementerian Keuangan").label == "ORG"
    assert by_name(es, "Rosmauli").label == "PER"
    assert "Kementerian Keuangan Rosmauli" not in names(es)


def test_currency_and_bracketed_country_are_not_aliases():
    es = ents("Ekspor RI ke Pakistan US$ 3,5 miliar, kata pejabat PT Ultra Sakti (Indonesia).")
    assert "US" not in {m.text for e in es for m in e.mentions}
    assert by_name(es, "PT Ultra Sakti").label == "ORG"
    assert not any(m.text == "Indonesia" for m in by_name(es, "PT Ultra Sakti").mentions)


def test_untyped_after_a_list_does_not_take_its_label():
    es = ents("Hubungan bilateral Indonesia dan Pakistan, ICE turut andil.")
    assert "ICE" not in {e.canonical for e in es if e.label == "LOC"}


def test_tagger_person_that_is_no_name_is_dropped():
    text = "Kebijakan Bank Sentral itu dinilai tepat oleh Family Office di Jakarta."
    s = text.index("Sentral")
    f = text.index("Family Office")
    es = ents(text, tagged=[(s, s + 7, "PER"), (f, f + 13, "PER")])
    assert not [e for e in es if e.label == "PER"]
    assert by_name(es, "Jakarta").label == "LOC"


# --- rules read the segmentation layer's tokens ------------------------------------------


def ents_seg(text: str):
    """Through the core layers, so ``article.tokens`` is filled and the layer reads it."""
    import warta

    art = warta.read({"id": "t", "text": text}, layers=[])
    assert art.tokens, "segmentation gave no tokens"
    return extract(art, tagged=[])


BOTH = pytest.mark.parametrize("run", [ents, ents_seg], ids=["own-tokens", "segment-tokens"])


def test_segment_tokens_give_the_rules_the_same_words():
    from warta.entities.patterns import from_tokens, tokenize
    from warta.segmentation import tokenize as seg_tokenize

    text = "Warga Jl. Sudirman No. 5 membayar US$ 10 untuk 1.000 orang (kata detik.com) ... di 9/10 Ulu."
    own = [(t.start, t.end, t.text) for t in tokenize(text, 0, len(text))]
    seg = seg_tokenize(text, 0, len(text))
    got, k = from_tokens(text, seg, 0, 0, len(text))
    assert [(t.start, t.end, t.text) for t in got] == own
    assert k == len(seg)


def test_segment_tokens_keep_text_the_segmentation_skipped():
    from warta.entities.patterns import from_tokens
    from warta.segmentation import tokenize as seg_tokenize

    text = "Jakarta - Presiden Prabowo Subianto tiba."
    seg = seg_tokenize(text, 10, len(text))  # the dateline is not tokenised by segmentation
    got, _ = from_tokens(text, seg, 0, 0, len(text))
    assert [t.text for t in got][:3] == ["Jakarta", "-", "Presiden"]


@BOTH
def test_initials_with_dots_stay_inside_a_name(run):
    es = run(
        "Sidang itu menghadirkan Prof Dr Rina A.B. Wulandari, Guru Besar Fakultas Hukum, sebagai ahli.\n"
        "Menurut Wulandari, tanah itu milik negara."
    )
    rina = by_name(es, "Wulandari")
    assert rina.label == "PER"
    assert rina.canonical == "Rina A.B. Wulandari"
    assert not any(e.canonical in ("Rina", "A.B") for e in es)


def test_initial_and_dot_after_a_case_standing():
    es = ents_seg("Jaksa membacakan dakwaan untuk Terdakwa M. Fauzi di Pengadilan Negeri Jakarta Pusat.")
    fauzi = by_name(es, "M. Fauzi")
    assert fauzi.canonical == "M. Fauzi"
    assert fauzi.label == "PER"


@BOTH
def test_casu_quo_separates_two_offices(run):
    es = run("Tanah itu tercatat atas nama Kementerian Keuangan Cq. Direktorat Jenderal Kekayaan Negara sejak 1990.")
    assert by_name(es, "Kementerian Keuangan").label == "ORG"
    assert not any("Cq" in m.text for e in es for m in e.mentions)


@BOTH
def test_land_titles_and_currencies_are_no_entities(run):
    es = run("Perusahaan itu memegang HGB 26 dan HGB 27, sementara harga minyak di US$ 77 per barel.")
    assert not any(m.text.startswith(("HGB", "US$")) for e in es for m in e.mentions)


@BOTH
def test_medium_cited_after_the_citing_portal(run):
    es = run("Kapasitas itu naik tajam, demikian dikutip detikINET dari Gizmodo, Minggu (19/10/2025).")
    assert by_name(es, "Gizmodo").label == "ORG"


def test_medium_glued_to_the_words_around_it():
    es = ents("PantauandetikJatengdi Jalan Kaligawe, lalu lintas macet. Dilansirdetiksport, PSSI memecat pelatih.")
    assert {e.canonical for e in es if e.label == "ORG"} >= {"detikJateng", "detiksport"}


def test_listed_name_or_place_head_opening_a_run_is_kept_whole():
    es = ents("Ramai perbincangan soal BPJS Kesehatan. Mereka bertemu di Istana Negara. Istana menyatakan tidak ada.")
    assert by_name(es, "BPJS Kesehatan").label == "ORG"
    assert by_name(es, "Istana Negara").label == "LOC"
    assert "Istana" not in names(es)


def test_office_building_names_the_organisation_and_a_rank_closes_it():
    es = ents(
        '"Tidak ada," kata Purbaya di Kantor Pusat Direktorat Jenderal Pajak (DJP), Jakarta.\n'
        "Ia juga bekerja di Kantor Staf Presiden. Aris Maulana Akbar dilaporkan ke polisi."
    )
    assert by_name(es, "DJP").canonical == "Direktorat Jenderal Pajak"
    assert by_name(es, "Kantor Staf Presiden").label == "ORG"
    es = extract(to_article("Sebelumnya, Dirtipidter Bareskrim Polri Brigjend Nunung Syaifuddin mengungkap tambang."))
    assert "Bareskrim Polri" in names(es) and by_name(es, "Nunung Syaifuddin").label == "PER"
    es = extract(to_article("Ayu juga melaporkan Aris Maulana Akbar dan kawan-kawan di Polres Tangerang Selatan."))
    assert "Aris Maulana Akbar" in names(es)
