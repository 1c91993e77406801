"""Quotes figures per development set and pooled (other outlets vs detik), Warta loaded once.

Runs `warta.read` on each article of the development sets named below (never on the untouched
sets: eval/heldout2, heldout4, heldout5, outlets_heldout, events_heldout2), writes the records
under OUT/<set>/ and scores them with ../shared/eval/score.py --pred, which prints the missed,
extra and wrongly attributed quotes of each article into OUT/<set>.txt:

    python scripts/make_heldout_inputs.py              # the detik inputs (not ship-ok, not committed)
    python scripts/eval_quotes.py /tmp/quotes_figures  # all sets
    python scripts/eval_quotes.py /tmp/q outlets_dev quotes_outlets9
    python scripts/eval_quotes.py /tmp/q --inputs /tmp/q_in   # detik inputs under /tmp, not eval/

Inputs are read as `warta read` reads them (an .html page has its markup extracted first), so the
figures are those of `score.py --cmd 'warta read --format json {input}'`, in a fraction of the time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.sources import iter_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

SHARED = devsets.SHARED
OUTLETS = devsets.named(*devsets.OUTLETS, *devsets.OUTLETS_MORE, "examples", "quotes_dev3", "quotes_outlets9")
DETIK = {
    "shared_dev": SHARED / "eval/dev",
    **devsets.named("quotes_dev2", *devsets.HELDOUT, *devsets.HELDOUT_MORE),
}
MIXED = ("quotes_dev2", "heldout29", "heldout31", "heldout32")  # sets of detik and other outlets together

# the quotes split (notes/quotes_split.md): half A is mined, half B only judged by its totals;
# a set opened in round 31, 33 or 34 is split by article (notes/split31.md, split33/34.md), its MINE ids in half A
HALF_A = (
    *("heldout25", "heldout24", "heldout22", "heldout20", "dev21", "heldout16", "heldout14", "heldout12"),
    *("heldout10", "heldout8", "heldout6", "heldout1", "outlets_heldout20", "outlets_heldout18"),
    *("outlets_heldout16", "devo24", "outlets_heldout12", "outlets_heldout10", "outlets_heldout8"),
    *("outlets_heldout6", "outlets_heldout4", "outlets_heldout2", "quotes_outlets9"),
)
SPLIT_BY_ARTICLE = {
    "heldout29": {
        *("antara_flyover_pejagan_purwokerto_mudik", "cnn_model_inggris_diculik_dilelang_milan", "detik_342"),
        *("detik_464", "detik_70", "liputan6_banjir_india_satwa_langka_kaziranga"),
    },
    "heldout31": {  # notes/split33.md
        *("antara_sri_mulyani_kejar_konglomerat_tanpa_npwp", "cnn_bawaslu_petakan_daerah_rawan_pilkada_2018"),
        *("detik_612", "detik_815", "liputan6_longsor_susulan_banaran_ponorogo"),
        *("republika_warga_sipil_thailand_bersihkan_ranjau",),
    },
    "heldout32": {  # notes/split34.md
        *("detik_589", "detik_761", "inews_jokowi_jajal_panser_anoa_amfibi"),
        *("kumparan_mobil_tabrak_candi_kidal_malang", "poskota_tol_jakarta_cikampek_contraflow_libur_natal"),
        *("tribun_guam_tetap_santai_diancam_korut",),
    },
}


def _is_detik(article_id: str) -> bool:
    return article_id.startswith("detik_")


KEYS = (
    "quotes_end_to_end",
    "quotes_span",
    "quotes_indirect_end_to_end",
    "quotes_direct_end_to_end",
    "quotes_speaker_given_span",
)


def run_set(folder: Path, out: Path) -> dict:
    """Read every gold article's input with Warta, write the records, score them; the scores."""
    out.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        item = next(iter_file(folder / gold["file"]))
        if item.record is None:
            raise SystemExit(f"{gold_path}: input unreadable: {item.error}")
        rec = article_to_dict(warta.read(item.record))
        (out / f"{gold['id']}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    scores = out.with_suffix(".score.json")
    with out.with_suffix(".txt").open("w", encoding="utf-8") as f:
        cmd = [sys.executable, str(SHARED / "eval/score.py"), "--pred", str(out), str(folder)]
        subprocess.run([*cmd, "--json", str(scores), "-v"], stdout=f, check=True)
    return json.loads(scores.read_text(encoding="utf-8"))["scores"]


def score_part(folder: Path, out: Path, keep, name: str) -> dict:
    """Score the records already in ``out`` on the gold articles of ``folder`` that ``keep``
    (an id → bool) selects: a set that mixes detik and other outlets (quotes_dev2) is reported
    as its two halves. The gold and inputs are linked into a temporary folder (never copied)."""
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if keep(gold["id"]):
                for f in (gold_path, folder / gold["file"]):
                    (Path(tmp) / f.name).symlink_to(f.resolve())
        scores = out.parent / f"{name}.score.json"
        with (out.parent / f"{name}.txt").open("w", encoding="utf-8") as f:
            cmd = [sys.executable, str(SHARED / "eval/score.py"), "--pred", str(out), tmp]
            subprocess.run([*cmd, "--json", str(scores), "-v"], stdout=f, check=True)
    return json.loads(scores.read_text(encoding="utf-8"))["scores"]


def stage_detik(name: str, folder: Path, inputs: Path) -> Path:
    """A folder under ``inputs`` for a detik set whose inputs are not in eval/: its gold files
    linked, the detik records it names written from ../shared/data/news/detik_2025.jsonl (so
    nothing is written into eval/; make_heldout_inputs.py would write into every eval folder)."""
    dst = inputs / name
    dst.mkdir(parents=True, exist_ok=True)
    need: dict[str, str] = {}
    for gold_path in sorted(folder.glob("*.gold.json")):
        link = dst / gold_path.name
        if not link.exists():
            link.symlink_to(gold_path.resolve())
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src, out = folder / gold["file"], dst / gold["file"]
        if out.exists():
            continue
        if src.exists():
            out.symlink_to(src.resolve())
        else:
            need[gold["id"]] = gold["file"]
    for rid, rec in devsets.detik_records(set(need)).items():
        (dst / need[rid]).write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return dst


def _f1(tp: int, pred: int, gold: int) -> float:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def _cell(tp: int, pred: int, gold: int) -> str:
    """One figure as printed: F1 (true / predicted / gold)."""
    return f"{f'{_f1(tp, pred, gold):.3f} ({tp}/{pred}/{gold})':>22}"


def _add(total: dict, scores: dict) -> None:
    """Add one set's (tp, pred, gold) counts of every key into ``total``."""
    for k in KEYS:
        for i, x in enumerate(("tp", "pred", "gold")):
            total[k][i] += scores[k][x]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder for the records and the score files")
    ap.add_argument("sets", nargs="*", help="set names (default: all)")
    ap.add_argument(
        "--inputs", type=Path, help="write the detik inputs here (by set) instead of reading them from eval/"
    )
    args = ap.parse_args()
    names = args.sets or [*OUTLETS, *DETIK]
    unknown = [n for n in names if n not in OUTLETS and n not in DETIK]
    if unknown:
        raise SystemExit(f"unknown set(s): {unknown}; known: {[*OUTLETS, *DETIK]}")
    pooled = {g: {k: [0, 0, 0] for k in KEYS} for g in ("other outlets", "detik")}
    halves = {g: {k: [0, 0, 0] for k in KEYS} for g in ("half A (mined)", "half B (judged)")}
    print(f"{'set':20}" + "".join(f"{k.replace('quotes_', '').replace('_end_to_end', ''):>22}" for k in KEYS))
    for name in names:
        folder = OUTLETS.get(name) or DETIK[name]
        if args.inputs is not None and name in DETIK and folder.exists():
            folder = stage_detik(name, folder, args.inputs)
        if not folder.exists():
            print(f"{name:20} (absent)")
            continue
        scores = run_set(folder, args.out / name)
        rows = [(name, scores, "other outlets" if name in OUTLETS else "detik")]
        if name in MIXED:  # its detik and other-outlet articles, each pooled with their kind
            rows = [
                (f"{name} detik", score_part(folder, args.out / name, _is_detik, f"{name}_detik"), "detik"),
                (
                    f"{name} other",
                    score_part(folder, args.out / name, lambda i: not _is_detik(i), f"{name}_other"),
                    "other outlets",
                ),
            ]
        half_rows = [("half A (mined)" if name in HALF_A else "half B (judged)", scores)]
        if name in SPLIT_BY_ARTICLE:
            mine = SPLIT_BY_ARTICLE[name]
            half_rows = [
                ("half A (mined)", score_part(folder, args.out / name, mine.__contains__, f"{name}_mine")),
                (
                    "half B (judged)",
                    score_part(folder, args.out / name, lambda i, mine=mine: i not in mine, f"{name}_judge"),
                ),
            ]
        for half, sc in half_rows:
            _add(halves[half], sc)
        for label, sc, kind in rows:
            _add(pooled[kind], sc)
            print(f"{label:20}" + "".join(_cell(sc[k]["tp"], sc[k]["pred"], sc[k]["gold"]) for k in KEYS))
    for g, ks in (pooled | halves).items():
        if ks[KEYS[0]][2]:
            print(f"{'POOL ' + g:20}" + "".join(_cell(*ks[k]) for k in KEYS))


if __name__ == "__main__":
    main()
