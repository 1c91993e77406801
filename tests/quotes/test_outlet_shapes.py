"""Quote shapes of other outlets' house styles: reported content running on into a sentence
that cannot stand alone, a description between the name and its verb, a wire credit after the
cue."""

import warta


def _quotes(text: str) -> list[tuple[str | None, str]]:
    art = warta.read(text, layers=["entities", "quotes"])
    return [(q.speaker.name if q.speaker else None, art.text[q.start : q.end]) for q in art.quotes]


def test_sedangkan_continues_reported_content() -> None:
    qs = _quotes(
        "Budhy Hendratno juga menjelaskan, kondisi permukaan jalan aspal berhotmix bagus. "
        "Sedangkan arus lalu lintas dalam keadaan tidak terlalu padat."
    )
    assert qs[0][1].endswith("tidak terlalu padat.")


def test_sebab_with_comma_continues() -> None:
    qs = _quotes(
        "Argo Yuwono menyampaikan, polisi juga masih melakukan penutupan jalan di terowongan tersebut. "
        "Sebab, perlintasan kereta api menuju bandara sudah bisa dioperasikan kembali."
    )
    assert "Sebab, perlintasan" in qs[0][1]


def test_sementara_itu_opens_a_new_topic() -> None:
    qs = _quotes(
        "Coki Manurung mengatakan personel kepolisian berjaga di lapis pertama lapas. "
        "Sementara itu, warga sekitar mulai kembali beraktivitas seperti biasa."
    )
    assert qs[0][1].endswith("lapis pertama lapas.")


def test_continuation_with_its_own_attribution_is_not_joined() -> None:
    qs = _quotes(
        "Tri Adhiyanto mengatakan dana Rp 200 miliar sudah dianggarkan untuk proyek itu. "
        "Sedangkan sisanya, kata dia, masih menunggu bantuan dari DKI Jakarta."
    )
    assert qs[0][1].endswith("proyek itu.")


def test_description_between_name_and_verb() -> None:
    qs = _quotes("Vika, petugas call center PT Jasa Marga, mengungkapkan bahwa kepadatan mulai terlihat dari KM 51.")
    assert qs == [("Vika", "kepadatan mulai terlihat dari KM 51.")]


def test_wire_credit_after_cue_is_not_the_speaker() -> None:
    qs = _quotes(
        "Tri Adhiyanto menjelaskan bahwa jalan layang itu segera dibangun.\n"
        '"Kendaraan dari arah Jalan Ahmad Yani akan terus melaju melintasi Pekayon," katanya (Antara).'
    )
    assert qs[-1][0] == "Tri Adhiyanto"


def test_capitalised_preposition_inside_a_name_does_not_cut_the_subject() -> None:
    qs = _quotes(
        "Pejabat Kementerian Dalam Negeri Josue Boji mengatakan bentrokan dimulai setelah pengungsi menyerbu "
        "penjara. Boji mengatakan pasukan kewalahan menghadapi lemparan batu."
    )
    assert qs and qs[0][0] == "Josue Boji"
