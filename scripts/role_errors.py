"""List the role errors of the entities layer on the development sets, grouped into classes, so that
fixes go to classes that recur across sets rather than to single sentences (issue #16).

    python scripts/role_errors.py                 # per-set entities_ALL / entities_role, then every error
    python scripts/role_errors.py --figures-only  # the per-set and pooled figures alone
    python scripts/role_errors.py --set heldout6 --class wrong:other
    python scripts/role_errors.py --headroom      # how much a chooser over candidate phrases could add

Each missed or wrong role is also placed (``where``: before the name with or without a comma, in
apposition after it, after `selaku`/`sebagai`, in a relative clause, in a list, in another
sentence or the title line, not verbatim) and explained (``why``: the role words are not in the
lexicon, the rules found nothing, the role went to a neighbour or to a duplicate entry, or a
shorter, longer or other phrase was read); both are counted after the classes. A person with a
gold role whom the entities layer did not find at all is listed too (``person:missed``: the role
is lost with the person, which ``entities_role`` does not count), and every class is also given
per 100 gold people, so that rare classes can be weighed against common ones.

Entities are matched and roles judged as ../shared/eval/score.py does (its own functions are
imported, so the figures are the scorer's). Only development sets are read (eval/README.md);
detik inputs are built in memory from ../shared/data/news/detik_2025.jsonl for the wanted ids only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import warta
from warta.document.record import article_to_dict
from warta.entities import roles
from warta.entities.roles import variants as role_variants
from warta.entities.roles.after import role_after
from warta.entities.roles.before import role_before, trade_before
from warta.entities.roles.posts import numbered_post, post_with_list
from warta.entities.roles.words import ROLE_WINDOW, is_rank, is_relation, role_firsts, role_lists
from warta.sources import iter_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devsets  # noqa: E402

# every development set with annotated entities (never the untouched sets of eval/README.md)
DEV_SETS = devsets.sets(
    "examples",
    "dev",
    "entities_dev2",
    *devsets.HELDOUT,
    *devsets.HELDOUT_MORE,
    *devsets.OUTLETS,
    *devsets.OUTLETS_MORE,
    "quotes_outlets9",
    "quotes_dev2",
    "quotes_dev3",
)
# sets of other outlets than detik, pooled apart from detik's (the roles gap differs by house style)
OUTLET_SETS = {*devsets.OUTLETS, *devsets.OUTLETS_MORE, "quotes_outlets9"}
LAYERS = ["entities"]  # roles are set by the entities layer alone
# round 28's roles split, written before any error was read (kept for comparing figures only)
MINE_R28 = {
    "entities_dev2",
    "heldout1",
    "heldout6",
    "heldout8",
    "heldout10",
    "heldout12",
    "heldout15",
    "heldout17",
    "heldout20",
    "heldout22",
    "heldout24",
    "heldout25",
    "dev20",
    "outlets_heldout2",
    "outlets_heldout4",
    "outlets_heldout6",
    "outlets_heldout8",
    "outlets_heldout10",
    "outlets_heldout12",
    "outlets_heldout16",
    "outlets_heldout18",
    "outlets_heldout20",
    "devo24",
}
# the entities layer's halves (notes/ents_split.md): its MINE sets
ENTITIES_MINE = {
    "examples",
    "entities_dev2",
    "dev20",
    "dev22",
    "devo23",
    "quotes_dev2",
    "quotes_outlets9",
    *(f"heldout{n}" for n in (3, 7, 9, 11, 13, 15, 17, 20, 22, 24)),
    *(f"outlets_heldout{n}" for n in (2, 4, 6, 8, 10, 12, 15, 17, 19)),
}
# round 38's split (notes/split38.md, written before any error was read): a set is MINE only when both the roles
# and the entities halves hold it as MINE, so that no error read for roles was judged for entities (or the reverse);
# role errors are mined from MINE only and a change is judged on every other development set
MINE = MINE_R28 & ENTITIES_MINE
# sets opened later and split by article before any error was read (notes/split31.md, split33.md, split34.md: sorted ids,
# even positions MINE, odd JUDGE): their MINE articles join the mined half, the others the judged one
MINE_ARTICLES = {
    "heldout29": {
        "antara_flyover_pejagan_purwokerto_mudik",
        "cnn_model_inggris_diculik_dilelang_milan",
        "detik_342",
        "detik_464",
        "detik_70",
        "liputan6_banjir_india_satwa_langka_kaziranga",
    },
    # notes/split33.md (opened in round 33)
    "heldout31": {
        "antara_sri_mulyani_kejar_konglomerat_tanpa_npwp",
        "cnn_bawaslu_petakan_daerah_rawan_pilkada_2018",
        "detik_612",
        "detik_815",
        "liputan6_longsor_susulan_banaran_ponorogo",
        "republika_warga_sipil_thailand_bersihkan_ranjau",
    },
    # notes/split34.md (opened in round 34)
    "heldout32": {
        "detik_589",
        "detik_761",
        "inews_jokowi_jajal_panser_anoa_amfibi",
        "kumparan_mobil_tabrak_candi_kidal_malang",
        "poskota_tol_jakarta_cikampek_contraflow_libur_natal",
        "tribun_guam_tetap_santai_diancam_korut",
    },
}


def in_half(set_name: str, article_id: str, half: str | None) -> bool:
    """Whether an article belongs to the asked half (any article when no half is asked)."""
    if half is None:
        return True
    mine = article_id in MINE_ARTICLES[set_name] if set_name in MINE_ARTICLES else set_name in MINE
    return mine == (half == "mine")


def load_set(folder: Path) -> list[tuple[dict, dict]]:
    """(gold, input record) of every article of a set."""
    golds = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.gold.json"))]
    missing = {g["id"] for g in golds if not (folder / g["file"]).exists()}
    detik = devsets.detik_records(missing)
    out = []
    for g in golds:
        src = folder / g["file"]
        if src.exists() and src.suffix in (".html", ".htm"):
            rec = next(iter_file(src)).record  # the page's main text, as `warta read` takes it
        elif src.exists():
            rec = (
                json.loads(src.read_text("utf-8"))
                if src.suffix == ".json"
                else {"id": g["id"], "text": src.read_text("utf-8")}
            )
        elif g["id"] in detik:
            rec = detik[g["id"]]
        else:
            continue
        out.append((g, rec))
    return out


def classify(gold: dict, pred: dict, sc) -> str | None:
    """The error class of one matched entity's role, or None when it is right (or both empty)."""
    gr, pr = gold.get("role"), pred.get("role")
    if not gr and not pr:
        return None
    if gr and pr and sc.token_f1(gr, pr) >= 0.5:
        return None
    if not pr:
        return "missed"
    if not gr:
        return "extra:" + ("nonPER" if gold["label"] != "PER" else "PER")
    gw, pw = set(sc.words(gr)), set(sc.words(pr))
    if is_rank(pr):
        return "wrong:rank"
    if is_relation(pr) != is_relation(gr):
        return "wrong:relation"
    if pw < gw:
        return "wrong:too_short"
    if gw < pw:
        return "wrong:too_long"
    if gw & pw:
        return "wrong:overlap"
    return "wrong:other"


_SENT_END = re.compile(r"[.!?][\"”]?\s|\n")


def where(text: str, role: str, mentions: list[str]) -> str:
    """Where the gold role stands relative to the person's mentions: the nearest verbatim
    occurrence of the role to any mention, read by what lies between them."""
    low = text.lower()
    occ = [m.start() for m in re.finditer(re.escape(role.lower()), low)] if role else []
    if not occ:
        return "not verbatim"
    spans = [(m.start(), m.end()) for name in set(mentions) for m in re.finditer(re.escape(name), text)]
    if not spans:
        return "no mention"
    best = None
    for at in occ:
        end = at + len(role)
        for s, e in spans:
            gap = text[end:s] if end <= s else text[e:at] if e <= at else ""
            d = s - end if end <= s else at - e if e <= at else 0
            if best is None or d < best[0]:
                best = (d, at, end, s, e, gap)
    d, at, end, s, e, gap = best
    first_line = text.find("\n")
    g = " ".join(gap.split()).lower()
    if _SENT_END.search(gap):
        return "title line" if 0 <= at < first_line else "other sentence"
    if end <= s:  # role before the mention
        if not g:
            return "before, no comma"
        if g in (",",) or (len(g) <= 6 and g.endswith(",")):
            return "before, comma"
        if re.search(r"\b(dua|tiga|para|lain)\b|,.*\bdan\b", g):
            return "list"
        return "before, apart"
    if re.match(r"^(selaku|sebagai)\b", g):
        return "selaku/sebagai after"
    if re.match(r"^,?\s*yang\b", g):
        return "relative clause after"
    if g.startswith(",") or g.startswith("(") or re.match(r"^\(\d+\),", g):
        return "apposition after"
    return "after, apart"


def why(gold: dict, pred: dict | None, others: list[dict], sc) -> str:
    """Why the role was missed or wrong."""
    gr = gold.get("role") or ""
    for o in others:
        if o is not pred and o.get("role") and sc.token_f1(gr, o["role"]) >= 0.5:
            near = sc.entity_names(gold) & sc.entity_names(o) or any(
                role_variants.same_person([n.split()], [m["text"].casefold().split() for m in o["mentions"]])
                for n in (x.casefold() for x in gold["mentions"])
            )
            return "on a duplicate entity" if near else "given to a neighbour"
    pr = (pred or {}).get("role")
    if pr:
        gw, pw = set(sc.words(gr)), set(sc.words(pr))
        if gw & pw:
            return "shorter span" if len(pw) < len(gw) else "longer span"
        return "another phrase read"
    firsts = role_firsts() | role_lists()["role_nouns"] | role_lists()["trades"]
    head = [w for w in gr.lower().split() if w in firsts or w.rstrip("nya") in firsts]
    return "found nothing" if head else "role words not in lexicon"


def sentence_of(text: str, needle: str) -> str:
    """The sentence of the article that holds ``needle`` first (whole text when not found)."""
    at = text.find(needle) if needle else -1
    if at < 0:
        return ""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start:end].split())[:400]


def run(sets: list[Path], sc, half: str | None = None) -> tuple[dict[str, object], list[dict]]:
    """Per-set tallies (the scorer's) and every role error with its context, over the articles of
    the asked half."""
    tallies: dict[str, object] = {}
    errors: list[dict] = []
    pooled = sc.Tally()
    by_style = {"POOLED_detik": sc.Tally(), "POOLED_outlets": sc.Tally()}
    people = [0]  # gold people of all sets, for the rates per 100 people
    for folder in sets:
        t = sc.Tally()
        for gold, rec in load_set(folder):
            if "entities" not in gold or not in_half(folder.name, gold["id"], half):
                continue  # a quotes-only set (no entity gold to score against), or the other half
            art = warta.read(rec, layers=LAYERS)
            pred = article_to_dict(art)
            raw = art.text
            sc.score_article(gold, raw, pred, t, {})
            sc.score_article(gold, raw, pred, pooled, {})
            other = folder.name in OUTLET_SETS or (folder.name in MINE_ARTICLES and not gold["id"].startswith("detik_"))
            style = "POOLED_outlets" if other else "POOLED_detik"
            sc.score_article(gold, raw, pred, by_style[style], {})
            ge = gold.get("entities", [])
            pe = [e for e in pred["entities"] if sc.LABELS.get(str(e.get("label", "")).upper())]
            m = sc.match(
                ge, pe, lambda g, p: 1 if p["label"] == g["label"] and sc.entity_names(g) & sc.entity_names(p) else None
            )
            people[0] += sum(g["label"] == "PER" for g in ge)
            for i, g in enumerate(ge):
                if i not in m and g["label"] == "PER" and g.get("role"):
                    # the person itself not found: the role is lost with it (not in entities_role)
                    errors.append(
                        {
                            "set": folder.name,
                            "id": gold["id"],
                            "class": "person:missed",
                            "name": g["canonical"],
                            "label": "PER",
                            "gold": g["role"],
                            "pred": None,
                            "gold_sentence": sentence_of(raw, g["role"]),
                            "name_sentence": sentence_of(raw, g["mentions"][0] if g["mentions"] else g["canonical"]),
                            "where": None,
                            "why": None,
                        }
                    )
            for i, j in m.items():
                cls = classify(ge[i], pe[j], sc)
                if cls is None:
                    continue
                first = pe[j]["mentions"][0]["text"] if pe[j]["mentions"] else pe[j]["canonical"]
                place = why_ = None
                if ge[i].get("role") and not cls.startswith("extra"):
                    place = where(raw, ge[i]["role"], ge[i]["mentions"])
                    why_ = why(ge[i], pe[j], [e for e in pe if e["label"] == "PER"], sc)
                errors.append(
                    {
                        "set": folder.name,
                        "id": gold["id"],
                        "class": cls,
                        "name": ge[i]["canonical"],
                        "label": ge[i]["label"],
                        "gold": ge[i].get("role"),
                        "pred": pe[j].get("role"),
                        "gold_sentence": sentence_of(raw, ge[i].get("role") or ""),
                        "name_sentence": sentence_of(raw, first),
                        "where": place,
                        "why": why_,
                    }
                )
        tallies[folder.name] = t
    tallies.update(by_style)
    tallies["POOLED"] = pooled
    tallies["people"] = people[0]
    return tallies, errors


def candidate_roles(norm: str, cl) -> list[str]:
    """Every role phrase the rules read beside any mention of a person (before refinement picks
    one): the title run's role, the description or post before and after each mention."""
    firsts = role_firsts()
    out = [cl.role] if cl.role else []
    for m in cl.mentions:
        lo = max(0, m.start - ROLE_WINDOW)
        line_start = max(norm.rfind("\n", lo, m.start) + 1, lo)
        hi = min(len(norm), m.end + ROLE_WINDOW)
        line_end = norm.find("\n", m.end, hi)
        line_end = hi if line_end == -1 else line_end
        for found in (
            role_before(norm, m.start, line_start, firsts, m.end),
            numbered_post(norm, m.start, line_start, firsts),
            post_with_list(norm, m.start, line_start, firsts),
        ):
            if found is not None:
                out.append(found[0])
        for text in (role_after(norm, m.end, line_end, firsts), trade_before(norm, m.start, line_start)):
            if text:
                out.append(text)
    return out


def headroom(sets: list[Path], sc, half: str | None = None) -> None:
    """Per set: gold roles of matched people the rules get right, and those some candidate phrase
    gets right (an oracle chooser's ceiling). The gap is all a learned chooser could add."""
    print(f"\n{'set':18} {'gold':>5} {'rules':>6} {'oracle':>7} {'no-cand':>8}")
    total = [0, 0, 0, 0]
    for folder in sets:
        row = [0, 0, 0, 0]
        for gold, rec in load_set(folder):
            if "entities" not in gold or not in_half(folder.name, gold["id"], half):
                continue
            seen: dict[int, list[str]] = {}
            refine = roles.refine_roles

            def spy(article, clusters, refine=refine, seen=seen):
                for cl in clusters:
                    if cl.label == "PER":
                        seen[id(cl)] = candidate_roles(article.norm, cl)
                refine(article, clusters)
                for cl in clusters:
                    if id(cl) in seen:
                        seen[id(cl)] = [*seen[id(cl)], cl.role or ""]
                        seen[" ".join(m.text for m in cl.mentions)] = seen.pop(id(cl))

            roles.refine_roles = spy
            try:
                art = warta.read(rec, layers=LAYERS)
            finally:
                roles.refine_roles = refine
            pred = article_to_dict(art)
            pe = [e for e in pred["entities"] if e["label"] == "PER"]
            ge = [g for g in gold.get("entities", []) if g["label"] == "PER"]
            m = sc.match(ge, pe, lambda g, p: 1 if sc.entity_names(g) & sc.entity_names(p) else None)
            for i, j in m.items():
                if not ge[i].get("role"):
                    continue
                cands = seen.get(" ".join(x["text"] for x in pe[j]["mentions"]), [])
                row[0] += 1
                row[1] += bool(pe[j].get("role")) and sc.token_f1(ge[i]["role"], pe[j]["role"]) >= 0.5
                row[2] += any(c and sc.token_f1(ge[i]["role"], c) >= 0.5 for c in cands)
                row[3] += not any(cands)
        print(f"{folder.name:18} {row[0]:5} {row[1]:6} {row[2]:7} {row[3]:8}")
        total = [a + b for a, b in zip(total, row, strict=True)]
    print(f"{'POOLED':18} {total[0]:5} {total[1]:6} {total[2]:7} {total[3]:8}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--figures-only", action="store_true")
    ap.add_argument("--set", action="append", help="only this set (folder name); may repeat")
    ap.add_argument("--half", choices=("mine", "judge"), help="only the sets errors are mined from, or the others")
    ap.add_argument("--class", dest="cls", help="only errors whose class starts with this")
    ap.add_argument("--json", help="write figures and errors to this file")
    ap.add_argument("--headroom", action="store_true", help="rules vs an oracle choice among candidate phrases")
    args = ap.parse_args()
    sets = [s for s in DEV_SETS if s.exists() and (not args.set or s.name in args.set)]
    if args.half:
        sets = [s for s in sets if s.name in MINE_ARTICLES or (s.name in MINE) == (args.half == "mine")]
    sc = devsets.scorer()
    if args.headroom:
        headroom(sets, sc, args.half)
        return
    tallies, errors = run(sets, sc, args.half)
    people = tallies.pop("people")
    print(f"{'set':18} {'ent_ALL':>8} {'role_F1':>8} {'role_P':>7} {'role_R':>7} {'gold':>5}")
    for name, t in tallies.items():
        a, r = t.get("entities_ALL"), t.get("entities_role")
        print(f"{name:18} {a['f1']:8.3f} {r['f1']:8.3f} {r['p']:7.3f} {r['r']:7.3f} {r['gold']:5}")
    counts = Counter(e["class"] for e in errors)
    print("\nclasses:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    rate = ", ".join(f"{k} {100 * v / max(people, 1):.2f}" for k, v in counts.most_common())
    print(f"per 100 gold people ({people}):", rate)
    located = [e for e in errors if e["where"]]
    print("where:", ", ".join(f"{k} {v}" for k, v in Counter(e["where"] for e in located).most_common()))
    print("why:", ", ".join(f"{k} {v}" for k, v in Counter(e["why"] for e in located).most_common()))
    if args.json:
        figs = {
            k: {"entities_ALL": t.get("entities_ALL"), "entities_role": t.get("entities_role")}
            for k, t in tallies.items()
        }
        Path(args.json).write_text(
            json.dumps({"figures": figs, "errors": errors}, ensure_ascii=False, indent=1), "utf-8"
        )
    if args.figures_only:
        return
    for cls in sorted(counts):
        if args.cls and not cls.startswith(args.cls):
            continue
        print(f"\n=== {cls} ({counts[cls]})")
        for e in errors:
            if e["class"] == cls:
                print(f"- [{e['set']}/{e['id']}] {e['label']} {e['name']}: gold={e['gold']!r} pred={e['pred']!r}")
                if e["where"]:
                    print(f"    where: {e['where']}; why: {e['why']}")
                if e["gold_sentence"]:
                    print(f"    gold in: {e['gold_sentence']}")
                if e["name_sentence"] and e["name_sentence"] != e["gold_sentence"]:
                    print(f"    name in: {e['name_sentence']}")


if __name__ == "__main__":
    main()
