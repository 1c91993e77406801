"""The shipped JSON Schema describes real output."""

import json
from importlib import resources

import jsonschema

import warta


def test_record_matches_schema(shared) -> None:
    schema = json.loads(resources.files("warta").joinpath("data/record.schema.json").read_text("utf-8"))
    texts = [resources.files("warta").joinpath("data/liputan6_kim_putin.txt").read_text("utf-8")]
    with open(shared / "data/news/detik_2025.jsonl", encoding="utf-8") as f:
        texts += [json.loads(next(f)) for _ in range(5)]
    for x in texts:
        jsonschema.validate(warta.read(x).to_dict(), schema)


def test_schema_lists_every_key() -> None:
    schema = json.loads(resources.files("warta").joinpath("data/record.schema.json").read_text("utf-8"))
    rec = warta.read("Jakarta - Harga beras naik lagi pada pekan ini menurut pedagang.").to_dict()
    assert set(rec) == set(schema["properties"])
