"""Reads the package's TOML data files and collects every problem in them, so the user sees them all at once."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from tiltak_core.errors import CatalogueError

from .strict_toml import Table, loads, unknown_keys
from .text import fold


class Problems:
    """Collects problems while reading, so the user sees them all in one go."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)

    def text(self, table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str):
            self.add(f"{where}: '{key}' må være tekst, ikke {type(value).__name__}")
            return ""
        if required and not value.strip():
            self.add(f"{where}: '{key}' mangler eller er tom")
        return value.strip()

    def year(self, table: dict[str, Any], key: str, where: str) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2100:
            self.add(f"{where}: '{key}' må være et årstall, ikke {value!r}")
            return None
        return value

    def texts(self, table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(f"{where}: '{key}' må være en liste med tekster")
            return ()
        return tuple(v.strip() for v in value if v.strip())


def read_table(data: dict[str, Any], key: str, problems: Problems) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.add(f"'{key}' må være en tabell ([{key}])")
        return {}
    return value


def read_tables(data: dict[str, Any], key: str, problems: Problems) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.add(f"'{key}' må være en liste med tabeller ([[{key}]])")
        return []
    if not value:
        problems.add(f"ingen [[{key}]]-oppføringer")
    return value


def check_unique(values: list[tuple[str, str]], what: str, problems: Problems) -> None:
    """Report each folded value claimed by two different owners."""
    seen: dict[str, str] = {}
    for owner, value in values:
        key = fold(value)
        if key in seen and seen[key] != owner:
            problems.add(f"{what} '{value}' hører til både '{seen[key]}' og '{owner}'")
        seen.setdefault(key, owner)


def read_toml(path: Path | None, default: str) -> tuple[str, str, Table]:
    """The file's label, its text, and its data with every table recording the keys read from it."""
    if path is None:
        text = resources.files(__package__).joinpath(default).read_text(encoding="utf-8")
        label = f"(built-in) {default}"
    else:
        label = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogueError(label, [f"kan ikke leses: {exc}"]) from exc
    try:
        return label, text, loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(label, [f"er ikke gyldig TOML: {exc}"]) from exc


def raise_problems(label: str, text: str, data: Table, default: str, p: Problems) -> None:
    """Raise CatalogueError with every problem found, the keys no reader asked for among them."""
    problems = p.items + unknown_keys(data, text, default if label.startswith("(built-in)") else Path(label).name)
    if problems:
        raise CatalogueError(label, problems)
