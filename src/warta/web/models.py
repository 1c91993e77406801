"""Response models made from the engine's dataclasses, so a field is listed once: in the dataclass.

The API keeps its own model names and field descriptions (its OpenAPI document), and every field
is required because a response always carries it, default or not.
"""

from __future__ import annotations

import dataclasses
from typing import Any, get_type_hints

from pydantic import BaseModel, create_model


def model_of(name: str, source: type, only: tuple[str, ...] | None = None, **changes: Any) -> type[BaseModel]:
    """A pydantic model ``name`` with the fields of dataclass ``source`` (or ``only`` those), in
    order, all required.

    Each ``changes[field] = (type, Field(...))`` replaces the field of that name or, for a name
    not among them, is added right after the field named before it in ``changes`` (at the end
    when it is the first).
    """
    hints = get_type_hints(source)
    fields: dict[str, Any] = {
        f.name: (hints[f.name], ...) for f in dataclasses.fields(source) if only is None or f.name in only
    }
    order = list(fields)
    before: str | None = None
    for key in changes:
        if key not in fields:
            order.insert(order.index(before) + 1 if before else len(order), key)
        before = key
    fields.update(changes)
    return create_model(name, **{k: fields[k] for k in order})
