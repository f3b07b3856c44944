"""``from:`` paths into the canonical order: checked against the pydantic models when a mapping loads,
then read from an order when it renders. Only scalar leaves may be mapped (not ``lines`` or ``buyer``)."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from orderbridge.model import OrderLine, PurchaseOrder
from orderbridge.yamlconfig import did_you_mean

_NOT_MAPPABLE = {"provenance", "warnings"}  # extras about the extraction, not order data


def check_path(path: str, root: type[BaseModel]) -> str | None:
    """``None`` when ``path`` names a scalar field of ``root`` (PurchaseOrder or OrderLine), else why not."""
    model: type[BaseModel] | None = root
    walked: list[str] = []
    for part in path.split("."):
        if model is None:
            return f"'{'.'.join(walked)}' is a value, it has no field '{part}'"
        fields = {k: v for k, v in model.model_fields.items() if k not in _NOT_MAPPABLE}
        if part not in fields:
            where = f"'{'.'.join(walked)}'" if walked else _label(root)
            return f"{where} has no field '{part}'{did_you_mean(part, fields)}; fields: {', '.join(fields)}"
        walked.append(part)
        model, is_list = _inner(fields[part].annotation)
        if is_list:
            return f"'{'.'.join(walked)}' is a list; map it with 'lines' instead"
    if model is not None:
        return f"'{path}' is an object; pick one of its fields: {', '.join(model.model_fields)}"
    return None


def get_path(obj: Any, path: str) -> Any:
    """The value at a checked dotted path; ``None`` when an object on the way is missing."""
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def _label(root: type[BaseModel]) -> str:
    return {PurchaseOrder: "the order", OrderLine: "an order line"}.get(root, root.__name__)


def _inner(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """(model class or None, is it a list/dict) for an annotation, Optional and Annotated unwrapped."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _inner(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                return _inner(arg)
    if origin in (list, dict, tuple) or annotation in (list, dict, tuple):
        return None, True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None, False
