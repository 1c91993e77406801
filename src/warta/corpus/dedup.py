"""Near-duplicate detection: MinHash signatures of word shingles, banded for LSH lookups.

Why this shape: the LSH "index" is just rows ``(band key, article)`` in the store, written in
the same transaction as the article, so a later ingest run (or one restarted after a crash)
continues the same index with no separate state file to keep in step.

Two articles are near-duplicates when the estimated Jaccard similarity of their 5-word
shingle sets is at least :data:`JACCARD` (re-published copies with other furniture or a
rewritten lead), or when the smaller one is mostly contained in the larger one
(:data:`CONTAINMENT`; trimmed copies of a wire story).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 126  # 42 bands x 3 rows: P(candidate) is 0.94 at J=0.4, 0.996 at J=0.5, 0.04 at J=0.1
BANDS = 42
ROWS = NUM_PERM // BANDS
JACCARD = 0.5
CONTAINMENT = 0.8
MIN_SHINGLES_FOR_CONTAINMENT = 30  # a tiny text "contained" in a long one is not a copy of it
SEED = 1
SCHEME = "affine32"  # datasketch >= 2.0; signatures of different schemes cannot be compared

_WORD = re.compile(r"\w+")
_permutations: tuple[np.ndarray, np.ndarray] | None = None


@dataclass(slots=True)
class Signature:
    values: np.ndarray  # uint32, NUM_PERM values
    n_shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, n_shingles: int) -> Signature:
        return cls(np.frombuffer(bytes(data), dtype="<u4").astype(np.uint32), n_shingles)


def shingles(text: str) -> set[str]:
    """Word 5-grams of the case-folded text (the whole text when it is shorter)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)}
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text (datasketch), or None when it has no words."""
    from datasketch import MinHash

    global _permutations
    sh = shingles(text)
    if not sh:
        return None
    if _permutations is None:
        _permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in sh])
    return Signature(m.hashvalues.astype(np.uint32), len(sh))


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band (band index mixed in, so bands never collide)."""
    raw = sig.values.astype("<u4")
    keys = []
    for b in range(BANDS):
        h = hashlib.blake2b(raw[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8, person=b"warta-lsh")
        h.update(b.to_bytes(2, "little"))
        keys.append(int.from_bytes(h.digest(), "little", signed=True))
    return keys


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller set in the larger)."""
    j = float(np.mean(a.values == b.values))
    small = min(a.n_shingles, b.n_shingles)
    if small == 0:
        return j, 0.0
    inter = j * (a.n_shingles + b.n_shingles) / (1.0 + j)
    return j, min(1.0, inter / small)


def match_score(a: Signature, b: Signature) -> float | None:
    """A score in (0, 1] when ``a`` and ``b`` are near-duplicates, else None."""
    j, c = similarity(a, b)
    if j >= JACCARD:
        return j
    if c >= CONTAINMENT and min(a.n_shingles, b.n_shingles) >= MIN_SHINGLES_FOR_CONTAINMENT:
        return c * 0.99  # rank a full Jaccard match above an equal containment
    return None
