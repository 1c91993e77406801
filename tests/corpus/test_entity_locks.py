"""The advisory locks a PostgreSQL batch takes before writing (store._batch_locks): two batches
that share a record key or a new entity key always conflict on some lock, batches that share
neither rarely do, the order is the one sorted order every writer uses, and the count is bounded."""

from __future__ import annotations

from warta.corpus import store as st


def _conflict(a: list[tuple[int, bool]], b: list[tuple[int, bool]]) -> bool:
    """Some lock both hold with at least one of them exclusive."""
    mode_b = dict(b)
    return any(k in mode_b and not (shared and mode_b[k]) for k, shared in a)


def _keys(prefix: str, n: int) -> list[str]:
    return [f"PER:{prefix} {i}" for i in range(n)]


def test_shared_key_always_conflicts_in_every_mode_pair() -> None:
    few = _keys("a", 10) + ["LOC:jakarta"]
    many = _keys("b", st.FINE_MAX + 5) + ["LOC:jakarta"]
    for x in (few, many):
        for y in (few, many):
            assert _conflict(st._batch_locks([], x), st._batch_locks([], y))  # one new entity
            assert _conflict(st._batch_locks(x, []), st._batch_locks(y, []))  # one record


def test_small_batches_without_common_keys_do_not_conflict() -> None:
    a = st._batch_locks(_keys("ra", 25), _keys("a", 150))
    b = st._batch_locks(_keys("rb", 25), _keys("b", 150))
    assert not _conflict(a, b)
    # with the 256 coarse buckets alone these two batches waited for each other
    assert {st._entity_lock_key(k) for k in _keys("a", 150)} & {st._entity_lock_key(k) for k in _keys("b", 150)}


def test_sorted_and_bounded() -> None:
    for n in (0, 40, st.FINE_MAX, st.FINE_MAX + 1, 5000):
        locks = st._batch_locks(_keys("r", n), _keys("c", n))
        ids = [k for k, _ in locks]
        assert ids == sorted(set(ids))
        assert len(locks) <= 2 * (256 + st.FINE_MAX)
        assert all(0 < k < 2**63 for k in ids)  # PostgreSQL's bigint
        assert all(not shared for k, shared in locks if k >= st.ENTITY_FINE_LOCK_BASE)  # fine: exclusive
