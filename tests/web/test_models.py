"""Response models made from the engine's dataclasses: the dataclass's fields in order, all
required, with the API's descriptions and extra fields where it says."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pydantic import Field, ValidationError

from warta.web.models import model_of


@dataclass
class Row:
    id: str
    text: str | None
    score: float = 0.0  # a default in the engine; the API always sends it


def test_fields_in_order_all_required() -> None:
    M = model_of("Row", Row)
    schema = M.model_json_schema()
    assert list(schema["properties"]) == ["id", "text", "score"]
    assert schema["required"] == ["id", "text", "score"]
    with pytest.raises(ValidationError):
        M(id="a", text=None)  # score missing


def test_changes_replace_or_follow_the_field_before() -> None:
    M = model_of(
        "Hit",
        Row,
        text=(str, Field(description="plain text")),
        spans=(list[list[int]], Field(description="offsets")),
    )
    schema = M.model_json_schema()
    assert schema["title"] == "Hit"
    assert list(schema["properties"]) == ["id", "text", "spans", "score"]
    assert schema["properties"]["text"]["description"] == "plain text"
    assert M(id="a", text="b", spans=[[0, 1]], score=1).spans == [[0, 1]]


def test_only_some_fields() -> None:
    M = model_of("Head", Row, only=("id", "score"), extra=(int, ...))
    assert list(M.model_json_schema()["properties"]) == ["id", "score", "extra"]
