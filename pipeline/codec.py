"""Frozen records to JSON data and back, checked against their type hints: what the caches store.

Reading data never runs code (unlike a pickle), and data of the wrong shape is refused, not half-used.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from functools import lru_cache
from pathlib import Path, PurePath


class CodecError(ValueError):
    """Data that does not have the shape of the record it should be."""


def to_data(value: object) -> object:
    """A record (dataclasses, tuples, enums, paths, scalars) as JSON-able data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise CodecError(f"cannot store a {type(value).__name__}")


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _scalar(data: object, kind: type) -> object:
    # bool is an int to Python, and an int is a fine float in JSON ("1" for 1.0): neither is let through as the other.
    ok = isinstance(data, kind) and not (kind is int and isinstance(data, bool))
    if kind is float:
        ok = isinstance(data, (int, float)) and not isinstance(data, bool)
    if not ok:
        raise CodecError(f"expected {kind.__name__}, found {type(data).__name__}")
    return data


def from_data(data: object, kind: object) -> object:
    """The value of type `kind` that `data` encodes; CodecError on any mismatch."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise CodecError(f"cannot read a value of {kind}")
        return from_data(data, options[0])
    if origin is tuple:
        if not isinstance(data, list):
            raise CodecError(f"expected a list, found {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(d, args[0]) for d in data)
        if len(args) != len(data):
            raise CodecError(f"expected {len(args)} values, found {len(data)}")
        return tuple(from_data(d, a) for d, a in zip(data, args))
    if origin is dict:
        if not isinstance(data, dict):
            raise CodecError(f"expected an object, found {type(data).__name__}")
        return {from_data(k, args[0]): from_data(v, args[1]) for k, v in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        fields = [f for f in dataclasses.fields(kind) if f.init]
        if not isinstance(data, dict) or set(data) != {f.name for f in fields}:
            raise CodecError(f"not a {kind.__name__}")
        hints = _hints(kind)
        return kind(**{f.name: from_data(data[f.name], hints[f.name]) for f in fields})
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(data)
        except ValueError as exc:
            raise CodecError(str(exc)) from exc
    if kind in (Path, PurePath):
        return Path(str(_scalar(data, str)))
    if kind in (str, int, float, bool):
        return _scalar(data, kind)
    raise CodecError(f"cannot read a value of {kind}")
