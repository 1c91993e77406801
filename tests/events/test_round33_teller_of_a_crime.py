"""Round 33 (events parties): who tells of a crime or an attack in a quote did not do it. An offence in
a quote whose clause has no subject the rules can read fell back to the quote's speaker (`"… kemudian
mengempeskan ban mobil nasabah," papar Kabid Humas X` gave the actor X); for an assault or a crime the
speaker is no longer the fallback, unless the sentence speaks of oneself (`saya`, `kami`): the act keeps
the offender the story named before (`… itu mengaku telah membunuh …`), else no one. Sentences written
here in the shapes of Indonesian news.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventcases import acts  # noqa: E402


def test_a_police_spokesman_describing_a_modus_is_not_the_offender() -> None:
    text = (
        "Polisi mengimbau nasabah bank agar waspada terhadap kejahatan kempes ban.\n\n"
        '"Modusnya dari tahun ke tahun hampir sama, yaitu membuntuti korban sejak dari bank, kemudian '
        'mengakali ban mobil nasabah supaya kempes di tengah jalan," papar Kepala Bidang Humas Polda '
        "Jawa Barat Komisaris Besar Budi Santoso."
    )
    found = acts(text, "CRIME")
    assert found, found
    assert all(actor != "Budi Santoso" for _t, actor, _r in found)


def test_a_police_chief_quoting_a_suspect_is_not_the_killer() -> None:
    text = (
        "Seorang penjaga makam, Ahmad Sulaiman, membunuh tiga peziarah di Desa Sukamaju pada Sabtu malam.\n\n"
        'Kepala Polres Sukamaju, Hendra Wijaya, mengatakan "pria berusia 50 tahun itu mengaku telah '
        'membunuh ketiga peziarah tersebut karena takut diracun."'
    )
    killings = [x for x in acts(text, "ASSAULT") if x[0].lower().startswith("membunuh")]
    assert len(killings) == 2, killings
    assert [actor for _t, actor, _r in killings] == ["Ahmad Sulaiman", "Ahmad Sulaiman"]
