"""Near-duplicate detection: MinHash signatures of word shingles (numpy; datasketch's scheme), banded for LSH lookups.

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
JACCARD = 0.45  # 0.5 less ~2 standard errors of the 126-permutation estimate
CONTAINMENT = 0.7
MIN_SHINGLES_FOR_CONTAINMENT = 30  # a tiny text "contained" in a long one is not a copy of it
SEED = 1

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


def _perms() -> tuple[np.ndarray, np.ndarray]:
    """Fixed affine permutations ``(a*h + b) mod 2**32`` with odd ``a`` (bijections), seeded."""
    global _permutations
    if _permutations is None:
        rng = np.random.RandomState(SEED)
        a = rng.randint(1, 2**32, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
        b = rng.randint(0, 2**32, size=NUM_PERM, dtype=np.uint64)
        _permutations = (a, b)
    return _permutations


def signature(text: str) -> Signature | None:
    """The MinHash signature of a text, or None when it has no words.

    The same construction as datasketch's ``affine32`` scheme (a 32-bit hash of each shingle,
    permuted by ``a*h + b mod 2**32``), written with numpy alone: importing datasketch pulls in
    scipy and costs seconds per worker start."""
    sh = shingles(text)
    if not sh:
        return None
    h = np.fromiter(
        (int.from_bytes(hashlib.blake2b(x.encode("utf-8"), digest_size=4).digest(), "little") for x in sh),
        dtype=np.uint64,
        count=len(sh),
    )
    a, b = _perms()
    values = ((a[:, None] * h[None, :] + b[:, None]) & np.uint64(0xFFFFFFFF)).min(axis=1)
    return Signature(values.astype(np.uint32), len(sh))


_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_GOLD = np.uint64(0x9E3779B97F4A7C15)


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band (band index mixed in, so bands never collide).

    A murmur-style 64-bit mix of the band's rows, vectorised: the same key on every machine."""
    rows = sig.values[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        h = (np.arange(1, BANDS + 1, dtype=np.uint64) * _GOLD) ^ np.uint64(0x5741525441)  # "WARTA"
        for r in range(ROWS):
            h = (h ^ rows[:, r]) * _M1
            h ^= h >> np.uint64(33)
        h = h * _M2
        h ^= h >> np.uint64(29)
    return [int(x) for x in h.view(np.int64)]


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller set in the larger)."""
    j = int(np.count_nonzero(a.values == b.values)) / len(a.values)
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
