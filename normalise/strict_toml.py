"""TOML whose every key must be known: each table remembers the keys its reader asked for, and the keys
nobody asked for are reported with their line and the nearest known key, so a misspelling is never silent.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from typing import Iterator

# A table header ([name], [[name]], [a."b"]) and a key line (name =, "quoted" =, dotted.key =).
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=""")
_PART = re.compile(r""""([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+)""")

Path_ = tuple[str | int, ...]


class Table(dict[str, object]):
    """A TOML table that records which keys were asked for, and where in the file it sits."""

    def __init__(self, items: dict[str, object], path: Path_) -> None:
        super().__init__(items)
        self.path = path
        self.asked: set[str] = set()

    def get(self, key: str, default: object = None) -> object:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> object:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked.add(key)
        return super().__contains__(key)


def tracked(value: object, path: Path_ = ()) -> object:
    """`value` (as tomllib returns it) with every table a Table."""
    if isinstance(value, dict):
        return Table({k: tracked(v, (*path, k)) for k, v in value.items()}, path)
    if isinstance(value, list):
        return [tracked(v, (*path, i)) for i, v in enumerate(value)]
    return value


def loads(text: str) -> Table:
    """Parse TOML text (tomllib.TOMLDecodeError when it is not TOML) into Tables that track their keys."""
    data = tracked(tomllib.loads(text))
    assert isinstance(data, Table)  # tomllib's document is a table
    return data


def _tables(value: object) -> Iterator[Table]:
    if isinstance(value, Table):
        yield value
        for v in value.values():
            yield from _tables(v)
    elif isinstance(value, list):
        for v in value:
            yield from _tables(v)


def _names(dotted: str) -> tuple[str, ...]:
    return tuple(next(g for g in m.groups() if g is not None) for m in _PART.finditer(dotted))


def key_lines(text: str) -> dict[Path_, int]:
    """The line (1-based) where each table and key is written, by its path in the parsed data."""
    lines: dict[Path_, int] = {}
    section: Path_ = ()
    counts: dict[tuple[str, ...], int] = {}
    in_string = ""
    for number, line in enumerate(text.splitlines(), 1):
        if in_string:  # inside a multi-line string: nothing here is a key
            if line.count(in_string) % 2:
                in_string = ""
            continue
        header = _HEADER.match(line)
        if header:
            names = _names(header.group(2))
            if header.group(1) == "[[":
                counts[names] = counts.get(names, -1) + 1
                section = (*names, counts[names])
            else:
                section = names
            lines.setdefault(section, number)
            lines.setdefault(names, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*section, *_names(key.group(1))), number)
        for quotes in ('"""', "'''"):
            if line.count(quotes) % 2:
                in_string = quotes
    return lines


def _where(path: Path_) -> str:
    """A table's place for a person: [strategy], [[member]] nr. 4."""
    if not path:
        return "øverst i filen"
    if isinstance(path[-1], int):
        return f"[[{'.'.join(map(str, path[:-1]))}]] nr. {path[-1] + 1}"
    return f"[{'.'.join(map(str, path))}]"


def unknown_keys(data: object, text: str, file: str) -> list[str]:
    """One Norwegian problem for each key of a table the reader used but did not ask for, in file order.

    A table nobody read (under an unknown key, or of the wrong type) is reported once, by its own key."""
    lines = key_lines(text)
    found: list[tuple[int, str]] = []
    for table in _tables(data):
        if not table.asked:
            continue
        known = sorted(table.asked)
        for key in table:
            if key in table.asked:
                continue
            line = lines.get((*table.path, key))
            place = f"på linje {line} i {file}" if line else f"i {_where(table.path)} i {file}"
            nearest = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
            hint = f"mente du «{nearest[0]}»?" if nearest else f"kjente nøkler her er {', '.join(known)}"
            found.append((line or 0, f"ukjent nøkkel «{key}» {place} — {hint}"))
    return [problem for _, problem in sorted(found, key=lambda f: f[0])]
