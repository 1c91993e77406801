"""The advisory locks a PostgreSQL batch takes before creating entities (store._entity_locks):
two batches that bring one new entity key always conflict on some lock, batches that share no
key rarely do, the order is the one sorted order every writer uses, and the count is bounded."""

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
    many = _keys("b", st.ENTITY_FINE_MAX + 5) + ["LOC:jakarta"]
    for x in (few, many):
        for y in (few, many):
            assert _conflict(st._entity_locks(x, set()), st._entity_locks(y, set()))


def test_small_batches_without_common_keys_do_not_conflict() -> None:
    a = st._entity_locks(_keys("a", 150), {st.RECORD_LOCK_BASE + 1})
    b = st._entity_locks(_keys("b", 150), {st.RECORD_LOCK_BASE + 2})
    assert not _conflict(a, b)  # 256 coarse buckets alone made these two wait for each other
    coarse_a = {st._entity_lock_key(k) for k in _keys("a", 150)}
    coarse_b = {st._entity_lock_key(k) for k in _keys("b", 150)}
    assert coarse_a & coarse_b


def test_sorted_and_bounded() -> None:
    records = {st.RECORD_LOCK_BASE + i for i in range(0, 256, 3)}
    for n in (0, 40, st.ENTITY_FINE_MAX, st.ENTITY_FINE_MAX + 1, 5000):
        locks = st._entity_locks(_keys("c", n), records)
        ids = [k for k, _ in locks]
        assert ids == sorted(set(ids))
        assert len(locks) <= st.RECORD_LOCKS + st.ENTITY_LOCKS + st.ENTITY_FINE_MAX
        assert all(k < 2**63 for k in ids)  # PostgreSQL's bigint
        assert all(not shared for k, shared in locks if k in records)
