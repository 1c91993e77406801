"""Which misses with no trigger hold a root the events lexicon already lists, in a form it does not read?

Round 37 (issue #12) asked whether the lexicon misses the grammar around a trigger — a verb's
morphology (meN-/di-/ber-/ter- forms, -kan/-i, reduplication, peN-an/ke-an nouns of a listed root) —
rather than words. For every gold event a development run missed with no trigger of its type in its
sentence (``scripts/events_trigger_gaps.py --dump``), each word of its gold trigger is taken apart
(``morph.analyse``; -nya/-lah/-pun stripped; a reduplication split; memper-/diper-/ter-/ke-/-an stems)
and matched against the roots the lexicon lists for that type (``data/roots.tsv`` and the roots of
every one-word pattern). Development sets only.

    python scripts/events_trigger_gaps.py --half mine --dump /tmp/mine.json
    python scripts/events_root_forms.py /tmp/mine.json --half mine
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_trigger_gaps import BY_ARTICLE, EVENT_SETS, HALVES, half_files  # noqa: E402

from warta.events.lexicon import lexicon  # noqa: E402
from warta.events.morph import analyse  # noqa: E402

_CLITICS = re.compile(r"(nya|lah|kah|pun)$")
_PREFIXES = ("memper", "diper", "ter", "ke", "per", "ber")


def type_roots() -> dict[str, set[str]]:
    """The roots (and bare words) the lexicon reads for each type."""
    lex = lexicon()
    roots: dict[str, set[str]] = defaultdict(set)
    for word, patterns in lex.by_first.items():
        for p in patterns:
            roots[p.type].add(word)
            roots[p.type].update(r for r, _a in analyse(word))
    data = Path(__file__).resolve().parent.parent / "src/warta/events/data/roots.tsv"
    for line in data.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            typ, _mode, root, _affixes = line.split("\t")
            roots[typ].add(root)
    return roots


def candidate_roots(word: str) -> set[str]:
    """Every root ``word`` may be a form of (over-generous: only roots the lexicon lists count)."""
    out: set[str] = set()
    for w in {word.lower(), _CLITICS.sub("", word.lower())}:
        if "-" in w:  # `pukul-memukul`, `tembak-menembak`
            first, *_rest, w = w.split("-")
            out.add(first)
        out.add(w)
        out.update(r for r, _a in analyse(w))
        for pre in _PREFIXES:
            if w.startswith(pre):
                stem = w[len(pre) :]
                out.add(stem)
                out.update(stem[: -len(suf)] for suf in ("kan", "an", "i") if stem.endswith(suf))
        if w.endswith("an"):
            out.add(w[:-2])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dump", help="the --dump of scripts/events_trigger_gaps.py")
    ap.add_argument("--half", choices=sorted(HALVES), help="the half the dump was made on")
    args = ap.parse_args()
    dump = json.loads(Path(args.dump).read_text("utf-8"))
    sets = HALVES[args.half] + list(BY_ARTICLE) if args.half else list(EVENT_SETS)
    lex, roots = lexicon(), type_roots()
    total, hits = 0, []
    for d in sets:
        for f in half_files(d, args.half):
            art = dump.get(f"{d.split('/')[-1]}/{f.name.removesuffix('.gold.json')}")
            if not art:
                continue
            for m in art["missed"]:
                if m["why"] != "no trigger":
                    continue
                total += 1
                found = [
                    (w, sorted(candidate_roots(w) & roots[m["type"]]))
                    for w in re.findall(r"[\w-]+", m["trigger"])
                    if w.lower() not in lex.by_first
                ]
                found = [(w, rs) for w, rs in found if rs]
                if found:
                    hits.append((m["type"], m["trigger"], f.name, found))
    print(f"misses with no trigger: {total}; a trigger word holds a listed root of its type, unread: {len(hits)}")
    for typ, trigger, name, found in hits:
        print(f"  {typ:11} {trigger!r:40} {name:45} {found}")


if __name__ == "__main__":
    main()
