"""Word lists of the events layer, read once from ``warta/events/data``: the verb patterns
(``verbs.tsv``) and the words of negation, modality and background (``words.json``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from warta.entities import patterns
from warta.events.morph import AFFIXES, FAMILY, VOICE, analyse, form, pen

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
    "FIGHT",
    "CRIME",
)
VOICES = frozenset(("act", "pass", "noun", "recv", "mut", "stat", "obl"))


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way of writing an act: its words (``*`` a gap, ``@`` a capitalised word)."""

    type: str
    mode: str | None
    voice: str
    words: tuple[str, ...]
    source: str = field(default="", compare=False)  # `verbs.tsv:12`, `roots.tsv:40`: which entry, for leave-one-set-out


@dataclass(slots=True)
class Lexicon:
    by_first: dict[str, list[Pattern]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    modal_window: int = 3
    common: frozenset[str] = frozenset()
    not_after: dict[str, frozenset[str]] = field(default_factory=dict)  # `pemeriksaan kesehatan`
    generic_enforcers: dict[str, str] = field(default_factory=dict)  # `polisi` → police
    agent_passives: dict[str, list[Pattern]] = field(default_factory=dict)  # `(kami) dalami`
    unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def union(self, *names: str) -> frozenset[str]:
        """The words of several lists of ``words`` together, joined once (the party and trigger
        readers ask for such a union per word they test)."""
        out = self.unions.get(names)
        if out is None:
            out = self.unions[names] = frozenset().union(*(self.words[n] for n in names))
        return out


def grouped_alternation(words: list[str]) -> str:
    """An alternation of ``words`` (escaped) grouped by first letter (`m(?:enilai|enyebut)|s(?:aya|alah)`):
    the same words, but the engine tries one group per position, not every word (for gates and
    counts run over every sentence or the whole text)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())


def _data(name: str) -> str:
    return resources.files("warta.events").joinpath("data", name).read_text(encoding="utf-8")


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    for n, ln in enumerate(_data("verbs.tsv").splitlines(), 1):
        if not ln.strip() or ln.startswith("#"):
            continue
        parts = ln.split("\t")
        if len(parts) != 4 or parts[0] not in TYPES or parts[2] not in VOICES:
            raise ValueError(f"events/data/verbs.tsv line {n}: expected TYPE, mode, voice, pattern: {ln!r}")
        typ, mode, voice, pat = parts
        ws = tuple(pat.lower().split())
        p = Pattern(typ, None if mode == "-" else mode, voice, ws, f"verbs.tsv:{n}")
        lex.by_first.setdefault(ws[0], []).append(p)
    roots = _add_roots(lex)
    raw = json.loads(_data("words.json"))
    passives = _agent_passives(lex, frozenset(raw["agent_passive_types"]))  # the forms written down
    _add_families(lex, roots, frozenset(raw.get("not_generated", ())))
    for ps in lex.by_first.values():
        ps.sort(key=lambda p: -len(p.words))  # the longest pattern first
    never = set(raw["not_agent_passives"]) | set(lex.by_first)  # `saya cek`; `tangkap` has its own entry
    lex.agent_passives = {w: ps for w, ps in passives.items() if w not in never}
    lex.modal_window = int(raw.pop("modal_window", 3))
    for k in [k for k in raw if k.startswith("_")]:
        raw.pop(k)  # notes
    lex.not_after = {k: frozenset(v) for k, v in raw.pop("not_after", {}).items()}
    lex.generic_enforcers = dict(raw.pop("generic_enforcers", {}))
    lex.words = {k: frozenset(v) for k, v in raw.items()}
    lex.words["person_nouns"] = lex.words["person_nouns"] | _agent_nouns(roots)
    lex.common = _common_words()
    return lex


AGENT_TYPES = frozenset(("ASSAULT", "CRIME", "THREATEN", "DEMAND", "PROTEST"))  # acts done by people
NOT_AGENTS = frozenset(("peledak",))  # `bahan peledak`: a thing, not who sets it off


def _agent_nouns(roots: set[tuple[str, str]]) -> frozenset[str]:
    """The peN- nouns of the doer of an act a root names (`penagih`, `penculik`, `pemeras`,
    `penganiaya`): people, as `pelaku` is, though no list names them (`Lima penagih ditangkap
    polisi`, `dianiaya oleh para penagih utang`)."""
    return frozenset(pen(root) for typ, root in roots if typ in AGENT_TYPES) - NOT_AGENTS


def _add_roots(lex: Lexicon) -> set[tuple[str, str]]:
    """The forms of each root in ``roots.tsv`` as one-word patterns; a form verbs.tsv already
    has as a one-word pattern keeps the voice and mode written there. Returns the (type, root)
    pairs read."""
    roots: set[tuple[str, str]] = set()
    for n, ln in enumerate(_data("roots.tsv").splitlines(), 1):
        if not ln.strip() or ln.startswith("#"):
            continue
        parts = ln.split("\t")
        if len(parts) != 4 or parts[0] not in TYPES:
            raise ValueError(f"events/data/roots.tsv line {n}: expected TYPE, mode, root, affixes: {ln!r}")
        typ, mode, root, affixes = parts
        roots.add((typ, root))
        for spec in affixes.split(","):
            affix, _, voice = spec.strip().partition(":")
            if affix not in AFFIXES or (voice and voice not in VOICES):
                raise ValueError(f"events/data/roots.tsv line {n}: bad affix {spec!r}")
            word = form(root, affix)
            have = lex.by_first.setdefault(word, [])
            listed = [p for p in have if p.words == (word,)]
            for p in listed:
                if p.type == typ:  # the root's line makes this form too: one entry with it
                    object.__setattr__(p, "source", f"{typ}:{root}")
            if listed:
                continue
            have.append(Pattern(typ, None if mode == "-" else mode, voice or VOICE[affix], (word,), f"{typ}:{root}"))
    return roots


MUTUAL_TYPES = frozenset(("CONSULT", "COOPERATE", "FIGHT"))  # `berunding`, `bertikai`: two-way acts
TER_TYPES = frozenset(("ASSAULT", "COERCE", "CRIME"))  # `tertangkap`, `terbunuh`; `tertolak` is rare news


def _add_families(lex: Lexicon, roots: set[tuple[str, str]], never: frozenset[str]) -> None:
    """The rest of the family of every one-word form the lists give (morph.FAMILY: `ditangkap`
    gives `menangkap`, `tertangkap`, `penangkapan`), so a form no one wrote down is found. A word
    that already begins a pattern keeps it (`meminta * agar` is not made a bare `meminta`); one
    form's entry is its family (type and root), which leave-one-set-out takes out as one."""
    ones = [p for ps in lex.by_first.values() for p in ps if len(p.words) == 1]
    new: dict[str, Pattern] = {}
    for p in ones:
        word = p.words[0]
        parts = [(r, a) for r, a in analyse(word) if VOICE[a] == p.voice or (a == "ber" and p.voice == "mut")]
        if not parts:
            continue
        known = [r for r, _a in parts if (p.type, r) in roots]
        key = f"{p.type}:{known[0] if known else parts[0][0]}"
        if p.source.startswith("verbs.tsv"):
            object.__setattr__(p, "source", key)
        for root, affix in parts:
            for other in FAMILY.get(affix, ()):
                if other == "ter" and p.type not in TER_TYPES:
                    continue
                w = form(root, other)
                if w in lex.by_first or w in new or w in never:
                    continue
                voice = "mut" if other == "ber" and p.type in MUTUAL_TYPES else VOICE[other]
                new[w] = Pattern(p.type, p.mode, voice, (w,), key)
    for w, p in new.items():
        lex.by_first[w] = [p]


def _agent_passives(lex: Lexicon, types: frozenset[str]) -> dict[str, list[Pattern]]:
    """The di- passives without their prefix (`didalami` → `dalami`, `diusut` → `usut`), as
    Indonesian writes a passive whose agent is a personal pronoun just before the verb (`masih
    kami dalami`, `tengah kami usut`); `triggers.find` reads them only after such a pronoun, since
    the bare stem alone is often a noun or an imperative (`proses`, `tindak`). A stem that begins
    a pattern of its own (`tangkap`, `amankan`) keeps it; only the ``types`` of words.json
    `agent_passive_types`."""
    out: dict[str, list[Pattern]] = {}
    for w, ps in lex.by_first.items():
        one = [p for p in ps if p.words == (w,) and p.voice == "pass" and p.type in types]
        if not one or not any(a.startswith("di") for _r, a in analyse(w)):
            continue
        out[w[2:]] = [Pattern(p.type, p.mode, p.voice, (w[2:],), p.source) for p in one]
    return out


def _common_words() -> frozenset[str]:
    """Words that are not names (the entities layer's list): `Langkah ini`, `Nah …`."""
    return frozenset(w.lower() for w in patterns.lexicon().common)
