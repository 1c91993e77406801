"""Round 39, second wave: who a pronoun, a `-nya`, an epithet or `pihaknya` points to (issue 16, class 1).

The probe set (data/speaker_probe39.jsonl) holds 120 short passages of the shapes issue 16 names (an object or
oblique person before `Ia …`, a passive subject, a person brought in as a passive agent, an apposition, a
possessor before the speaker, a quote after a quote, an organisation then its spokesperson, `pihaknya`,
epithets, the last-named person, a body named after a quote), in several outlets' house styles; each quote's
speaker was written by GUIDELINES.md and committed before Warta was run on it. Names are invented. Rows still
failing carry `gap` in the data (the reason below): strict xfail, so a fix shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta

_ROWS = [json.loads(line) for line in (Path(__file__).parent / "data" / "speaker_probe39.jsonl").open()]

# why a row marked `gap` still fails, with the construction's reach on the 713 pool articles
GAPS: dict[str, str] = {
    "passive_person_agent": (
        "`X ditegur oleh Y. Dia mengatakan …`: a person subject of a passive with a person agent; the agent "
        "is taken. Pool reach: 2 pronoun quotes after `di- oleh <person>`, both with a non-person subject "
        "(`Hal ini diungkapkan oleh X`), where the agent is right"
    ),
    "entity": "the speaker is no PER entity (a lower-case trade before `Universitas …`, a bare name): entities",
    "missed": (
        "a short pronoun-led statement (`Ia memastikan perbaikan selesai …`) or one after `mengaku` is not "
        "read as a quote: detection, not the speaker"
    ),
    "epithet_head": "`Perwira menengah Polri itu menyebut …`: a rank description no head list knows",
}


def _matches(name: str | None, expected: str) -> bool:
    return bool(name) and (name.lower() in expected.lower() or expected.lower() in name.lower())


def failures(row: dict) -> list[str]:
    """The row's quotes whose speaker Warta gets wrong (or that it misses), as `has` snippets."""
    a = warta.read({"id": "t", "text": row["text"]})
    out = []
    for q in row["quotes"]:
        hit = [x for x in a.quotes if q["has"].lower() in x.text.lower()]
        sp = hit[0].speaker if hit else None
        names = [sp.name, a.entities[sp.entity].canonical if sp.entity is not None else None] if sp else []
        if not any(_matches(n, q["speaker"]) for n in names):
            out.append(q["has"])
    return out


def _param(row: dict):
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[row["gap"]])] if row.get("gap") else []
    return pytest.param(row, id=f"{row['construction']}-{row['text'][:30]}", marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in _ROWS])
def test_speaker_probe(row: dict) -> None:
    assert failures(row) == []


# A person opening a sentence after the title run of their post, with a relative clause after the name
# (`Sementara Asisten I Setda Kabupaten Tabanan I Made Agus yang mewakili bupati menyambut baik …`), is the
# sentence's subject, so the `-nya` of the quotation after it means that person, not the source quoted
# before (pool: detik `paparnya`, `ucapnya` after such a sentence); so is a person named in an apposition
# before `segera`/`ikut` and a verb (grammar.json `adverbs`).
@pytest.mark.parametrize(
    ("text", "has", "speaker"),
    [
        (
            '"Semua tahapan mengadopsi tahapan pemilu," papar Kepala Dinas Pendidikan Tabanan I Gede John.\n\n'
            "Sementara Asisten I Setda Kabupaten Tabanan I Made Agus Hartawiguna yang mewakili bupati menyambut "
            "baik proses pemilihan tersebut.\n\n"
            '"Ini salah satu pendidikan politik sejak dini," paparnya.',
            "pendidikan politik",
            "I Made Agus Hartawiguna",
        ),
        (
            '"Air mulai naik sejak pukul dua pagi," ujar Ketua RT 05 Sutarno.\n\n'
            "Kepala Desa Sukamaju Marwan Effendi yang datang ke lokasi bersama relawan meninjau tanggul yang "
            "jebol.\n\n"
            '"Kami sudah mengirim karung pasir ke lokasi," katanya.',
            "karung pasir",
            "Marwan Effendi",
        ),
        # a witness named in an apposition, then `segera` before the verb (grammar.json `adverbs`)
        (
            'Saksi mata lainnya Giulio mengatakan dia tertimpa kerumunan orang.\n\n"Semua orang jatuh di atas '
            'saya," kata dia.\n\nFans Juventus lainnya, Filippo, segera berlindung di sebuah restoran bersama '
            'keluarganya. "Mereka memberi kami minuman," tuturnya.',
            "memberi kami minuman",
            "Filippo",
        ),
        # `ikut` as `turut`: the new subject's verb after it
        (
            '"Kami berhasil mengumpulkan sampah plastik hari ini," ujar Direktur Danone Indonesia Ernest Layman.\n\n'
            "Warga Desa Sukamaju, Rina Marlina, ikut membersihkan pantai bersama para karyawan.\n\n"
            '"Saya senang bisa ikut kegiatan ini," katanya.',
            "Saya senang",
            "Rina Marlina",
        ),
    ],
)
def test_new_subject_before_a_nya_quote_is_its_speaker(text: str, has: str, speaker: str) -> None:
    a = warta.read({"id": "t", "text": text})
    q = next(x for x in a.quotes if has in x.text)
    assert q.speaker is not None and q.speaker.name == speaker


def test_name_listed_after_a_verb_is_no_subject() -> None:
    """`Ia juga mengapresiasi Menko PM, X; serta Menag, Y yang telah …`: Y is listed after a verb, not the
    sentence's subject, so the `-nya` after it still means the one speaking."""
    text = (
        '"Payung hukum ini penting," jelas Menteri Dalam Negeri Tito Karnavian.\n\n'
        "Tito berharap MoU ini dapat terus dipakai. Ia juga mengapresiasi Menko PM, Muhaimin Iskandar; Menteri "
        "PU, Dody Hanggodo; serta Menag, Nasaruddin Umar yang telah menginisiasi acara tersebut.\n\n"
        '"Sekali lagi terima kasih banyak kepada Bapak Menko," pungkasnya.'
    )
    a = warta.read({"id": "t", "text": text})
    q = next(x for x in a.quotes if "terima kasih" in x.text)
    assert q.speaker is not None and "Tito" in q.speaker.name
