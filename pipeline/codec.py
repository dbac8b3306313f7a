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
from typing import Callable


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
    return _decoder(kind)(data)


Decoder = Callable[[object], object]


@lru_cache(maxsize=None)
def _decoder(kind: object) -> Decoder:
    """A function reading data of type `kind`, made once per type: a warm run reads thousands of records."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            return _refuse(f"cannot read a value of {kind}")
        return _optional(_decoder(options[0]), type(None) in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_of(_decoder(args[0]))
        return _fixed_tuple(tuple(_decoder(a) for a in args))
    if origin is dict:
        return _dict_of(_decoder(args[0]), _decoder(args[1]))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _record(kind)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return _enum(kind)
    if kind in (Path, PurePath):
        return lambda data: Path(str(_scalar(data, str)))
    if kind in (str, int, float, bool):
        return lambda data: _scalar(data, kind)
    return _refuse(f"cannot read a value of {kind}")


def _refuse(why: str) -> Decoder:
    def read(data: object) -> object:
        raise CodecError(why)
    return read


def _optional(inner: Decoder, none_allowed: bool) -> Decoder:
    return lambda data: None if data is None and none_allowed else inner(data)


def _list(data: object) -> list:
    if not isinstance(data, list):
        raise CodecError(f"expected a list, found {type(data).__name__}")
    return data


def _tuple_of(item: Decoder) -> Decoder:
    return lambda data: tuple(item(d) for d in _list(data))


def _fixed_tuple(items: tuple[Decoder, ...]) -> Decoder:
    def read(data: object) -> object:
        if len(items) != len(_list(data)):
            raise CodecError(f"expected {len(items)} values, found {len(data)}")  # type: ignore[arg-type]
        return tuple(item(d) for item, d in zip(items, data))  # type: ignore[call-overload]
    return read


def _dict_of(key: Decoder, value: Decoder) -> Decoder:
    def read(data: object) -> object:
        if not isinstance(data, dict):
            raise CodecError(f"expected an object, found {type(data).__name__}")
        return {key(k): value(v) for k, v in data.items()}
    return read


def _record(kind: type) -> Decoder:
    fields: list[tuple[str, Decoder]] = []  # made on first use: a record may hold records of its own kind
    names = {f.name for f in dataclasses.fields(kind) if f.init}

    def read(data: object) -> object:
        if not isinstance(data, dict) or data.keys() != names:
            raise CodecError(f"not a {kind.__name__}")
        if not fields:
            hints = typing.get_type_hints(kind)
            fields.extend((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind) if f.init)
        return kind(**{name: field(data[name]) for name, field in fields})
    return read


def _enum(kind: type[Enum]) -> Decoder:
    def read(data: object) -> object:
        try:
            return kind(data)
        except ValueError as exc:
            raise CodecError(str(exc)) from exc
    return read
