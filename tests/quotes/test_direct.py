"""Direct quotes: marks, attribution after and before a quote, split quotes, continuations,
unclosed marks, nested quotes, scare quotes and titles."""

from __future__ import annotations

from warta.quotes.direct import pair_marks


def test_pairing_straight_and_curly_marks(h):
    text = 'Ia berkata, \u201cKami siap.\u201d Lalu "Selesai," katanya.'
    a = h.read(text)
    norm = a.norm
    pairs = pair_marks(norm, 0, len(norm))
    assert [(norm[o], norm[c]) for o, c in pairs] == [('"', '"'), ('"', '"')]
    assert len(pairs) == 2


def test_quote_with_attribution_after_and_via(h):
    a = h.read(
        '"Presiden Putin memberikan Kim Jong Un senapan produksi kami dengan kualitas terbaik. Sebagai '
        'imbalannya, dia juga menerima senapan buatan Korea Utara," ujar Peskov, seperti dilansir The Guardian, Jumat (15/9).'
    )
    [q] = a.quotes
    assert q.kind == "direct"
    assert q.speaker.name == "Peskov"
    assert q.cue == "ujar" and q.cue_lemma == "ujar"
    assert q.via == "The Guardian"
    assert q.text.startswith("Presiden Putin") and q.text.endswith("Korea Utara,")
    # offsets point into the original text
    assert a.text[q.start : q.end] == q.text
    assert a.text[q.cue_start : q.cue_end] == "ujar"


def test_quote_interrupted_by_attribution_gives_two_records_one_speaker(h):
    a = h.read(
        "Sementara itu, Putin mengaku bahwa Rusia mempertimbangkan kerja sama militer dengan Korea Utara.\n"
        '"Ya, ada batasan-batasan tertentu dan Rusia mematuhi semua pembatasan ini," kata Putin dalam wawancaranya '
        'dengan media Russia 1, seperti dilansir CNN. "Namun, ada beberapa hal yang tentu saja bisa kita bicarakan. '
        'Dan di sini juga ada prospeknya."'
    )
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 2
    assert {q.speaker.name for q in direct} == {"Putin"}
    assert [q.cue for q in direct] == ["kata", "kata"]
    assert [q.via for q in direct] == ["CNN", "CNN"]
    assert direct[1].text.startswith("Namun, ada beberapa hal")


def test_clitic_cue_is_written_without_nya_and_resolves_to_previous_speaker(h):
    a = h.read(
        "Menteri Keuangan Sri Mulyani menjelaskan bahwa defisit anggaran masih terkendali tahun ini.\n"
        '"Kami akan terus menjaga disiplin fiskal agar kepercayaan pasar tetap terjaga," jelasnya.'
    )
    d = [q for q in a.quotes if q.kind == "direct"][0]
    assert d.cue == "jelas" and d.cue_lemma == "jelas"
    assert d.speaker.name == "Sri Mulyani"


def test_paragraph_without_verb_continues_previous_source_with_null_cue(h):
    a = h.read(
        '"Kim Jong Un dengan hormat mengundang Putin mengunjungi Korea Utara pada waktu yang tepat," sebut KCNA.\n'
        '"Putin menerima undangan tersebut dengan senang hati dan menegaskan kembali keinginannya."'
    )
    assert h.summary(a)[1][:3] == ("direct", "KCNA", None)
    assert h.summary(a)[0][:3] == ("direct", "KCNA", "sebut")


def test_unclosed_quote_runs_to_paragraph_end_and_continues_in_next_paragraph(h):
    a = h.read(
        "Kepala dinas itu, Budi Santoso, menyampaikan keterangan kepada wartawan di kantornya.\n"
        '"Kami sudah memeriksa seluruh gudang di wilayah ini dan tidak menemukan beras oplosan.\n'
        '"Pemeriksaan akan dilanjutkan pekan depan di pasar-pasar tradisional," kata Budi.'
    )
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1  # one quote over two paragraphs
    q = direct[0]
    assert q.text.startswith("Kami sudah memeriksa") and q.text.endswith("pasar-pasar tradisional,")
    assert '"' not in q.text
    assert q.speaker.name == "Budi"


def test_unclosed_quote_alone_still_counts(h):
    a = h.read('Ia lalu menambahkan keterangan.\n"Kami tidak akan mundur dari rencana ini apa pun yang terjadi.')
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.endswith("apa pun yang terjadi.")


def test_nested_quote_stays_inside_outer_quote(h):
    a = h.read('"Saya bilang ke dia, "jangan pulang dulu", tapi dia tetap pergi malam itu," ujar Rina kepada wartawan.')
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker.name == "Rina"
    assert "jangan pulang dulu" in q.text and q.text.endswith("malam itu,")


def test_quote_of_a_quote_in_single_marks(h):
    a = h.read("\"Mereka datang dan bilang 'Wah, Pak, dividen kita besar.' Lalu kami periksa bukunya,\" pungkas Rosan.")
    [q] = a.quotes
    assert q.speaker.name == "Rosan" and q.cue == "pungkas"
    assert "'Wah, Pak, dividen kita besar.'" in q.text


def test_scare_quotes_titles_and_slogans_are_not_quotes(h):
    a = h.read(
        "Polisi menyita mobil yang dijuluki 'Mobil Topling' dan spanduk bertuliskan \"Tolak Tambang\" di lokasi.\n"
        'Tonton juga "Update Terkini Paparan Radiasi Cs-137 di Cikande, Warga Dievakuasi!" di sini:\n'
        'Warga menyebut kawasan itu sebagai "kampung mati" sejak banjir besar.'
    )
    assert [q for q in a.quotes if q.kind == "direct"] == []


def test_pre_attribution_with_glued_mark(h):
    a = h.read(
        "Ali Noer Zaman memaparkan hasil survei di Jakarta.\n"
        'Ia melanjutkan,"Program yang tidak asing di negara maju tersebut memiliki gagasan baik untuk meningkatkan gizi."'
    )
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.cue == "melanjutkan"
    assert q.speaker.name == "Ali Noer Zaman"


def test_reporter_question_in_brackets_is_left_out(h):
    a = h.read(
        'Luhut belum memberikan jawaban tegas."(Utang dibayar pakai dividen?) Nanti kita lihat lah. '
        'Nanti dari situ kita cicil," tutupnya.'
    )
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.text.startswith("Nanti kita lihat")
    assert q.speaker.name == "Luhut"


def test_title_case_theme_and_sentence_before_colon_are_not_speakers(h):
    a = h.read(
        'Acara itu mengusung tema "Dari Panggung Hebat, Mewujudkan Kampus Berdampak, untuk Masyarakat Hebat".\n'
        '"Dari Panggung Hebat, Mewujudkan Kampus Berdampak, untuk Masyarakat Hebat"\n'
        'Mungkin pertanyaannya tak lagi: "Siapa yang membela para pembela hak asasi manusia di negeri ini?"'
    )
    assert all(q.speaker is None or q.speaker.name != "Mungkin" for q in a.quotes)
    assert not any("Panggung Hebat" in q.text for q in a.quotes)


def test_multi_paragraph_list_closed_later_keeps_its_attribution(h):
    a = h.read(
        "Dalam keputusan itu tertulis sejumlah pengecualian.\n"
        "a. pihak yang rahasianya diungkap memberikan persetujuan tertulis;\n"
        'b. pengungkapan berkaitan dengan posisi seseorang dalam jabatan-jabatan publik," tulis Afifuddin dalam keputusan itu.'
    )
    [q] = a.quotes
    assert (q.kind, q.speaker.name, q.cue) == ("direct", "Afifuddin", "tulis")


def test_demikian_pernyataan_names_the_source(h):
    a = h.read(
        '"Selama lebih dari 50 tahun kami mempelajari Bumi," demikian pernyataan resmi NASA.\n'
        '"Kami akan menindak tegas pelaku," demikian keterangan tertulis Polda Metro Jaya.'
    )
    assert [(q.speaker.name, q.cue_lemma) for q in a.quotes] == [("NASA", "nyata"), ("Polda Metro Jaya", "terang")]


def test_said_to_a_foreign_medium_is_the_via_but_not_the_own_outlet(h):
    a = h.read(
        '"Kita tidak bisa mengandalkan Mahkamah Agung," ujar Mascoli kepada BBC.\n'
        '"Banjir terus," kata Wawan kepada detikJateng.\n'
        "Dalam wawancaranya bersama BBC tahun 2016, Hawking menegaskan bahwa perubahan iklim paling mendesak."
    )
    assert [(q.speaker.name, q.via) for q in a.quotes] == [("Mascoli", "BBC"), ("Wawan", None), ("Hawking", "BBC")]
