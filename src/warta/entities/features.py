"""Token features for the CRF name tagger, shared by training (scripts/train_ner.py) and tagging.

Feature extraction in Python is the bottleneck of tagging, so every feature that depends on one
word only is computed once per (word, casing mode) and cached, already prefixed for each context
offset; a sentence then costs a few list concatenations plus a gazetteer scan.

Two casing modes: a sentence with no upper-case letter at all (NERP-style lower-cased text,
chat, some headlines) uses separate shape/capitalisation features, so the weights learned for
"a lower-case word is not a name" in cased news do not silence the lower-cased reading; there the
model leans on the word itself, the case-restoration table and the gazetteer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path

from warta.resources import data, open_text

MODEL_DIR = data("warta.entities", "model")
CUES_PATH = MODEL_DIR / "cues.json"
LEXICON_PATH = MODEL_DIR / "lexicon.json.gz"  # built by scripts/train_ner.py: gazetteer + truecase

GAZ_MAX_LEN = 5
CONTEXT = (-2, -1, 1, 2)
_TYPES = "PLO"  # gazetteer bit order: person, place (LOC), organisation

_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_RUNS = re.compile(r"(.)\1+")
_WORD_CHAR = re.compile(r"\w")
GAZ_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


class Lexicon:
    """Word lists the features consult: hand-written cues plus the built gazetteer/truecase table."""

    def __init__(
        self,
        cues: dict,
        gazetteer: dict[str, int] | None = None,
        truecase: dict[str, str] | None = None,
        clusters: dict[str, str] | None = None,
        curated: dict[str, int] | None = None,
        heads: dict[str, frozenset[str]] | None = None,
    ):
        self.title = frozenset(cues.get("title", ()))
        self.org_head = frozenset(cues.get("org_head", ()))
        self.loc_head = frozenset(cues.get("loc_head", ()))
        self.prep_loc = frozenset(cues.get("prep_loc", ()))
        self.gazetteer = gazetteer or {}  # "lower cased name tokens joined by space" -> type bits
        # (the four first-word and head tables as dicts: see ``_word_table``)
        self.gaz_first = _word_table(k.split(" ", 1)[0] for k in self.gazetteer)
        self.gaz_heads = _heads(self.gazetteer)
        self.truecase = truecase or {}  # lower word -> bucket code
        self.clusters = clusters or {}  # lower word -> "coarse.fine" distributional class
        # v4: Warta's own hand-written lists (entities/data), the ones the rule layer reads
        self.curated = curated or {}  # lower-cased name -> type bits, like ``gazetteer``
        self.cur_first = _word_table(k.split(" ", 1)[0] for k in self.curated)
        self.cur_heads = _heads(self.curated)
        heads = heads or {}
        self.org_start = heads.get("org_start", frozenset())
        self.org_end = heads.get("org_end", frozenset())
        self.loc_start = heads.get("loc_start", frozenset())
        self.loc_end = heads.get("loc_end", frozenset())
        self.given = heads.get("given", frozenset())
        self.version = 1  # feature set the model was trained with (2: position-aware capitals)
        # first words of multi-word DBpedia person names that never open a place/organisation
        # name: a capitalised one right after a capitalised run marks where an organisation
        # ends and a person begins (``Kementerian Luar Negeri Rolliansyah Soemirat``); v3
        person_first: set[str] = set()
        other_first: set[str] = set()
        for name, bits in self.gazetteer.items():
            if " " not in name:
                continue
            head = name.split(" ", 1)[0]
            if bits == 1:
                person_first.add(head)
            else:
                other_first.add(head)
        self.person_first = frozenset(w for w in person_first - other_first if len(w) > 2 and w.isalpha())

    @classmethod
    def load(cls, path: Traversable | Path = LEXICON_PATH) -> Lexicon:
        cues = json.loads(CUES_PATH.read_text(encoding="utf-8"))
        gaz: dict[str, int] = {}
        tc: dict[str, str] = {}
        cl: dict[str, str] = {}
        if path.is_file():
            with open_text(path) as f:
                data = json.load(f)
            for bit, key in enumerate(("person", "place", "organization")):
                for name in data["gazetteer"].get(key, ()):
                    gaz[name] = gaz.get(name, 0) | (1 << bit)
            tc = data.get("truecase", {})
            cl = data.get("clusters", {})
        version = int(data.get("version", 1)) if path.is_file() else 1
        curated, heads = curated_lists() if version >= 4 else ({}, {})
        lex = cls(cues, gaz, tc, cl, curated, heads)
        lex.version = version
        return lex


def _word_table(words: Iterable[str]) -> dict[str, None]:
    """``words`` for membership tests (``w in table``), as the keys of a dict rather than a
    frozenset: a dict that holds only strings is not tracked by the garbage collector, a frozenset
    always is, so every full collection while articles are read visited each entry of the
    gazetteer's tables (161k, ~10 ms a collection)."""
    return dict.fromkeys(words)


def _heads(table: dict[str, int]) -> dict[str, None]:
    """The first two words or more of each name in ``table`` (the whole name too), joined by a
    space: a run of words that is none of these opens no longer name."""
    out: set[str] = set()
    for key in table:
        words = key.split(" ")
        out.update(" ".join(words[:k]) for k in range(2, len(words) + 1))
    return _word_table(out)


def curated_lists() -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    """Warta's hand-written name lists and head words (``warta/entities/data``) as tagger
    features (feature version 4), so what the rule layer knows also informs the model: names of
    organisations and places, and the words that open or close their names."""
    from warta.entities import gazetteer as gz
    from warta.entities.patterns import lexicon

    bits: dict[str, int] = {}

    def put(name: str, bit: int) -> None:
        toks = GAZ_TOKEN.findall(name.lower())
        if toks and len(toks) <= GAZ_MAX_LEN:
            key = " ".join(toks)
            bits[key] = bits.get(key, 0) | bit

    for surface, full in gz.organisations().items():
        put(surface, 4)
        if full:
            put(full, 4)
    for surface, p in gz.places().items():
        if p.kind != "district":  # districts are often common words too
            put(surface, 2)
            put(p.canonical, 2)
    lex = lexicon()
    heads = {
        "org_start": frozenset(x[0] for x in lex.org_start if len(x) == 1),
        "org_end": frozenset(lex.org_end),
        "loc_start": frozenset(x[0] for x in lex.loc_start if len(x) == 1),
        "loc_end": frozenset(lex.loc_end),
        "given": frozenset(w.lower() for w in lex.given),
    }
    return bits, heads


def word_shape(w: str) -> str:
    """Collapsed character classes: ``Jokowi`` → ``Xx``, ``KPK`` → ``X``, ``12/9`` → ``d/d``."""
    classes = w.translate(_SHAPE_MAP)
    s = _SHAPES.get(classes)  # most words share their classes (`Xxxxxx`) with many others
    if s is None:
        s = _RUNS.sub(r"\1", classes)
        s = s if len(s) <= 6 else s[:6]
        if len(_SHAPES) > 50_000:
            _SHAPES.clear()
        _SHAPES[classes] = s
    return s


_SHAPES: dict[str, str] = {}


def _cap_class(w: str) -> str:
    if not w[:1].isalpha():
        return "n" if w[:1].isdigit() else "p"
    if w.isupper():
        return "A" if len(w) > 1 else "I"
    if w[0].isupper():
        return "T" if w[1:].islower() or len(w) == 1 else "M"
    return "l" if w.islower() else "m"


class FeatureExtractor:
    """Turns a sentence (list of words) into CRFsuite feature lists.

    ``known``, for tagging only: the model's attributes, each name mapped to its UTF-8 bytes. The
    features the model does not know are then left out (CRFsuite skips them anyway, and the
    others keep their order, so the scores are summed in the same order) and the rest are given
    as bytes (pycrfsuite passes bytes on without encoding them): the same tags for less work.
    Training wants every feature as text, so it passes no ``known``."""

    def __init__(self, lexicon: Lexicon, known: Mapping[str, bytes] | None = None):
        self.lex = lexicon
        self.known = known
        # a feature as handed to CRFsuite, or None when the model does not know it
        self._keep: Callable[[str], str | bytes | None] = known.get if known is not None else str
        self._cache: dict[tuple[str, bool], tuple[tuple, tuple[tuple, ...], str, tuple, tuple]] = {}
        self._forms: dict[str, tuple] = {}  # an atom → its features at offsets +1, +2, -2, -1
        self._bias, self._bos, self._eos = self._kept(["b"]), self._kept(["BOS"]), self._kept(["EOS"])
        self.v2 = lexicon.version >= 2
        self.v3 = lexicon.version == 3  # person-first-name and parenthesis features
        self.v4 = lexicon.version >= 4  # Warta's hand-written lists and head words
        lex = lexicon
        # word lists whose membership is a feature, with the feature's name
        self._lists: list[tuple[frozenset[str], str]] = [(lex.title, "T"), (lex.org_head, "OH"), (lex.loc_head, "LH")]
        if self.v3:
            self._lists.append((lex.person_first, "PF"))
        if self.v4:
            self._lists += [
                (lex.org_start, "OS"),
                (lex.org_end, "OE"),
                (lex.loc_start, "LS"),
                (lex.loc_end, "LE"),
                (lex.given, "GN"),
            ]

    def _word(self, w: str, lc: bool) -> tuple[tuple, tuple[tuple, ...], str, tuple, tuple]:
        """The word's own features, its features as seen from each context offset (``ctx[k]`` for
        ``k`` in ``CONTEXT``), its lower case, its capital features, and the bias, own and capital
        features together (how a word after the first opens its list). Tuples of strings: the
        garbage collector stops tracking them, so the cache does not slow every collection."""
        key = (w, lc)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        lex = self.lex
        low = w.lower()
        m = "l" if lc else ""  # casing-mode prefix for case-bearing features
        atoms = ["w=" + low, m + "sh=" + word_shape(w)]
        tc = lex.truecase.get(low)
        atoms.append("tc=" + (tc or "u"))
        cl = lex.clusters.get(low)
        if cl:
            coarse, fine = cl.split(".")
            atoms += ["k=" + coarse, "K=" + fine]
        atoms += [tag for words, tag in self._lists if low in words]
        cap = _cap_class(w)
        if self.v2:
            # the capital of a sentence-initial word says little, so "c=" is added per position
            # in sentence(); neighbours' capitals and capital × case-table are strong name cues
            atoms.append(m + "c=" + cap)
            own = list(atoms[:-1])
            capf = [m + "c=" + cap, m + "ctc=" + cap + "|" + (tc or "u")]
        else:
            own = [*atoms, m + "c=" + cap]
            capf = []
        if len(low) > 3:
            own += ["p3=" + low[:3], "s3=" + low[-3:], "s2=" + low[-2:]]
        if not _WORD_CHAR.search(w):
            own.append("PUNCT")
        ctx = self._context(atoms)
        if len(self._cache) > 300_000:
            self._cache.clear()
        own, capf = self._kept(own), self._kept(capf)
        out = (own, ctx, low, capf, (*self._bias, *own, *capf))
        self._cache[key] = out
        return out

    def _context(self, atoms: list[str]) -> tuple[tuple, ...]:
        """A word's ``atoms`` as seen from each offset in ``CONTEXT`` (``-1w=jokowi``), ordered so
        that a negative offset indexes from the end: ``ctx[1]`` is offset +1, ``ctx[-1]`` is -1.
        Only the first atom (the word itself) is new with each word; the others (shape, case
        table, cluster, lists, capital) are few and their four forms are kept once made."""
        keep = self._keep
        w = atoms[0]
        cols = [(keep(f"1{w}"), keep(f"2{w}"), keep(f"-2{w}"), keep(f"-1{w}"))]
        forms = self._forms
        for a in atoms[1:]:
            f = forms.get(a)
            if f is None:
                if len(forms) > 100_000:
                    forms.clear()
                f = forms[a] = (keep(f"1{a}"), keep(f"2{a}"), keep(f"-2{a}"), keep(f"-1{a}"))
            cols.append(f)
        return ((), *(tuple(filter(None, col)) for col in zip(*cols, strict=True)))

    def _kept(self, feats: list[str]) -> tuple:
        """``feats`` as handed to CRFsuite (see ``known``), in their order."""
        return tuple(filter(None, map(self._keep, feats)))

    def sentence(self, words: list[str]) -> list[list]:
        n = len(words)
        if not n:
            return []
        lc = not any(map(str.isupper, "".join(words)))  # per character, as a C loop
        # a cached word is read here without a call (an entry is a non-empty tuple)
        word, cached = self._word, self._cache.get
        info = [cached((w, lc)) or word(w, lc) for w in words]
        lows = [x[2] for x in info]
        gaz = self._gazetteer(lows)
        if self.v4:
            for i, extra in enumerate(self._gazetteer(lows, curated=True)):
                if extra:
                    gaz[i] = (gaz[i] or []) + extra
        # the loop runs once per token of every tagged sentence: locals, not attribute look-ups
        v3 = self.v3
        boundary = self._boundary
        keep = self._keep
        pairs = [lows[i] + "|" + lows[i + 1] for i in range(n - 1)]  # each pair is read twice
        # the word pairs' features, as tuples of none or one (the model may not know the pair)
        left = [(x,) if x else () for x in map(keep, ["w-1|w=" + p for p in pairs])]
        right = [(x,) if x else () for x in map(keep, ["w|w+1=" + p for p in pairs])]
        ctx = [x[1] for x in info]
        last = n - 1
        feats: list[list] = []
        for i in range(n):
            if i:
                # bias, own and capital features, then the word before and the one before it
                f = [*info[i][4], *ctx[i - 1][-1], *left[i - 1]]
                if i > 1:
                    f += ctx[i - 2][-2]
            else:
                f = [*self._bias, *info[0][0], *self._bos]
                x = keep("c0=" + _cap_class(words[0]))
                if x:
                    f.append(x)
            if i == last:
                f += self._eos
            else:
                f += ctx[i + 1][1]
                f += right[i]
                if i < last - 1:
                    f += ctx[i + 2][2]
            g = gaz[i]
            if g:
                f += g
            if v3:
                boundary(words, info, i, f)
            feats.append(f)
        return feats

    def _boundary(self, words: list[str], info: list, i: int, f: list[str]) -> None:
        """Span-boundary cues: a known given name or a title right after a capitalised word
        (organisation → person), and a token inside ``( … )`` after a capitalised run (an
        acronym restating the name before it)."""
        prev_cap = i > 0 and words[i - 1][:1].isupper()
        low = info[i][2]
        new = []
        if prev_cap and words[i][:1].isupper():
            if low in self.lex.person_first:  # the word's own "PF" feature
                new.append("PFafterCap")
            if low in self.lex.title:  # its "T"
                new.append("TafterCap")
        if i > 0 and words[i - 1] == "(":
            before = words[i - 2] if i > 1 else ""
            close = i + 1 < len(words) and words[i + 1] == ")"
            new.append("inpar|" + _cap_class(before[:1] or "x") + ("|1" if close else "|n"))
            if close and words[i].isupper() and before[:1].isupper():
                new.append("ACRONYM")
        f += self._kept(new)

    def _gazetteer(self, lows: list[str], curated: bool = False) -> list[list[str] | None]:
        """Longest gazetteer matches starting at each token → B/I features per type
        (``curated``: Warta's hand-written lists, features prefixed ``h``)."""
        lex = self.lex
        n = len(lows)
        out: list[list[str] | None] = [None] * n
        table = lex.curated if curated else lex.gazetteer
        if not table:
            return out
        first = lex.cur_first if curated else lex.gaz_first
        heads = lex.cur_heads if curated else lex.gaz_heads
        pre = "h" if curated else "g"
        keep = self._keep
        for i in range(n):
            low = lows[i]
            if low not in first:
                continue
            # the longest name from here: grow the run while it still opens a name in the table
            length, bits = 1, table.get(low)
            key = low
            for k in range(i + 1, min(i + GAZ_MAX_LEN, n)):
                key += " " + lows[k]
                if key not in heads:
                    break
                more = table.get(key)
                if more:
                    length, bits = k - i + 1, more
            if not bits:
                continue
            tag = "m" if length == 1 else "M"  # single-token matches are weaker evidence
            for b, t in enumerate(_TYPES):
                if bits & (1 << b):
                    for j in range(i, i + length):
                        x = keep(f"{pre}{tag}{'B' if j == i else 'I'}={t}")
                        if not x:
                            continue
                        lst = out[j]
                        if lst is None:
                            lst = out[j] = []
                        lst.append(x)
        return out


@lru_cache(maxsize=1)
def default_extractor() -> FeatureExtractor:
    return FeatureExtractor(Lexicon.load())
