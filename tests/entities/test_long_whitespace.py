"""A long run of spaces inside an article must not make the entities layer quadratic: a pattern
searched through the whole text that opens with ``\\s+`` retries the run from every one of its
positions (20,000 spaces took 7.5 s in one role pattern alone; 60,000 would take over a minute)."""

import time

import warta


def _roles(text: str) -> dict[str, str | None]:
    return {e["canonical"]: e.get("role") for e in warta.read(text).to_dict()["entities"] if e["label"] == "PER"}


def test_a_long_space_run_reads_in_linear_time() -> None:
    text = "Jakarta - Gubernur kata" + " " * 60_000 + "kata lagi. Kepala BRIN dijabat Laksana Tri Handoko."
    start = time.process_time()
    roles = _roles(text)
    assert time.process_time() - start < 20
    assert roles == {"Laksana Tri Handoko": "Kepala BRIN"}  # the passive post still read after the run
