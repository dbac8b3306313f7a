"""A Frictionless Data Package (datapackage.json beside its CSV files, zipped or inline): the package is the report.

An open-data minded member may send its measures as a data package: the table is a CSV, and what its columns mean
stands only in the descriptor's Table Schema (a field's title and description, the labels of coded values). Each
tabular resource is read as one table whose header is the fields' titles («Delmål (løpenummer)», not
«delmaal_lopenr») and whose coded cells carry their labels («DELT» → «Deltakelse i råd og utvalg»); the fields'
descriptions stand above it as the key a reader of the package would read.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from tiltak_core.errors import DamagedFile, TooLarge

from .archive import check_zip
from .content import Block, Content, Paragraph, TableBlock
from .delimited import csv_grid, decoded_csv
from .registry import ParseOptions, register
from .text import decoded

DESCRIPTOR = "datapackage.json"
MAX_RESOURCE_BYTES = 50 * 1024 * 1024  # a report's table; past this, not a report
_AGAIN = "Be medlemmet sende datapakken på nytt, eller sende tabellen som Excel (XLSX)"
# What a package holds beside its data for people: read by them, no part of the table.
_DOCUMENTATION = ("readme", "lesmeg", "les meg", "license", "licence", "lisens")


def _damaged(source_file: str, what: str) -> DamagedFile:
    return DamagedFile(source_file, f"datapakken kan ikke leses: {what}", _AGAIN)


def _descriptor_name(names: list[str]) -> str | None:
    """The descriptor at the package's root: at the top of the archive, or in its one top folder."""
    found = sorted((n for n in names if PurePosixPath(n).name == DESCRIPTOR), key=lambda n: n.count("/"))
    return found[0] if found and found[0].count("/") <= 1 else None


def _labels(field: dict[str, Any]) -> dict[str, str]:
    """A field's coded values and their labels («categories»: [{"value": "DELT", "label": "…"}]), else {}."""
    categories = field.get("categories")
    if not isinstance(categories, list):
        return {}
    return {str(c["value"]): str(c["label"]) for c in categories
            if isinstance(c, dict) and "value" in c and isinstance(c.get("label"), str)}


def _with_schema(grid: tuple[tuple[str, ...], ...], schema: Any) -> tuple[tuple[str, ...], ...]:
    """The grid under the fields' titles, each coded cell as «label»; the grid as it was without a schema's fields."""
    fields = schema.get("fields") if isinstance(schema, dict) else None
    if not grid or not isinstance(fields, list):
        return grid
    by_name = {str(f.get("name")): f for f in fields if isinstance(f, dict)}
    header = grid[0]
    # A CSV names its fields in its header row; without one (header: false) the schema's order is the columns'.
    named = all(cell in by_name for cell in header if cell)
    columns = [by_name.get(cell) if named else (fields[i] if i < len(fields) and isinstance(fields[i], dict) else None)
               for i, cell in enumerate(header)]
    titles = tuple(str(f.get("title") or f.get("name") or cell) if f else cell for f, cell in zip(columns, header))
    labels = [_labels(f) if f else {} for f in columns]
    body = grid[1:] if named else grid
    return (titles, *(tuple(labels[i].get(cell, cell) for i, cell in enumerate(row)) for row in body))


def _key(resource: dict[str, Any], name: str) -> list[Block]:
    """What the schema says of its fields («Delmål (løpenummer) – … talt fortløpende …»), as one line before the
    table, the way a report explains its columns; [] when it says nothing."""
    schema = resource.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    said = [f"{f.get('title') or f.get('name')} – {' '.join(f['description'].split()).rstrip('.')}"
            for f in fields or () if isinstance(f, dict) and isinstance(f.get("description"), str)]
    return [Paragraph(None, 0, f"Om feltene i tabellen «{name}»: {'; '.join(said)}.")] if said else []


def _inline(data: Any) -> tuple[tuple[str, ...], ...]:
    """A resource's inline data (rows as lists, or as objects under their keys) as a grid with a header row."""
    if not isinstance(data, list) or not data:
        return ()
    if all(isinstance(row, dict) for row in data):
        keys = list(dict.fromkeys(k for row in data for k in row))
        return (tuple(keys), *(tuple("" if row.get(k) is None else str(row.get(k)) for k in keys) for row in data))
    rows = [tuple("" if c is None else str(c) for c in row) for row in data if isinstance(row, list)]
    width = max((len(r) for r in rows), default=0)
    return tuple(r + ("",) * (width - len(r)) for r in rows)


def _read_package(descriptor: dict[str, Any], member: Callable[[str], bytes | None],
                  source_file: str) -> tuple[list[Block], list[str], set[str]]:
    """(blocks, warnings, paths read) of a descriptor; `member(path)` gives a resource file's bytes, or None."""
    blocks: list[Block] = []
    warnings: list[str] = []
    read: set[str] = set()
    if isinstance(descriptor.get("description"), str):
        blocks.append(Paragraph(None, 0, " ".join(descriptor["description"].split())))
    resources = descriptor.get("resources")
    for n, resource in enumerate(resources if isinstance(resources, list) else [], start=1):
        if not isinstance(resource, dict):
            continue
        name = str(resource.get("title") or resource.get("name") or f"ressurs {n}")
        paths = resource.get("path")
        paths = [paths] if isinstance(paths, str) else [p for p in paths or () if isinstance(p, str)]
        grid: tuple[tuple[str, ...], ...] = ()
        if "data" in resource:
            grid = _inline(resource["data"])
        elif paths and all(PurePosixPath(p).suffix.lower() in (".csv", ".tsv", ".txt") for p in paths):
            dialect = resource.get("dialect")
            separator = dialect.get("delimiter") if isinstance(dialect, dict) else None
            parts: list[tuple[tuple[str, ...], ...]] = []
            for path in paths:
                data = member(path)
                if data is None:
                    warnings.append(f"datapakken viser til filen «{path}», som ikke er med; ressursen «{name}» er ikke lest")
                    parts = []
                    break
                read.add(path)
                part = csv_grid(decoded_csv(data), source_file, separator if isinstance(separator, str) else None)
                parts.append(part if not parts else part[1:])  # a table split over files repeats its header
            grid = tuple(row for part in parts for row in part)
        elif paths:
            warnings.append(f"ressursen «{name}» i datapakken er ikke en tabell (CSV) og er ikke lest")
            continue
        if grid:
            blocks.extend(_key(resource, name))
            blocks.append(TableBlock(page=None, index=len([b for b in blocks if isinstance(b, TableBlock)]) + 1,
                                     rows=_with_schema(grid, resource.get("schema"))))
    return blocks, warnings, read


def _numbered(blocks: list[Block]) -> tuple[Block, ...]:
    return tuple(replace(b, line=n) if isinstance(b, Paragraph) else b for n, b in enumerate(blocks, start=1))


def _loads(data: bytes, source_file: str) -> dict[str, Any]:
    try:
        descriptor = json.loads(decoded(data))
    except ValueError:
        raise _damaged(source_file, f"{DESCRIPTOR} er ikke gyldig JSON") from None
    if not isinstance(descriptor, dict):
        raise _damaged(source_file, f"{DESCRIPTOR} beskriver ingen pakke")
    return descriptor


@register("datapackage")
def parse_datapackage(path: Path, source_file: str, options: ParseOptions) -> Content:
    """Each tabular resource a table under the fields' titles, the fields' descriptions above it."""
    if not zipfile.is_zipfile(path):
        # A descriptor on its own: only resources written inline in it are here; files it names are read on their own.
        descriptor = _loads(path.read_bytes(), source_file)
        blocks, warnings, _ = _read_package(descriptor, lambda _: None, source_file)
        return Content(blocks=_numbered(blocks), pages=None, title=str(descriptor.get("title") or ""),
                       warnings=tuple(warnings))
    check_zip(path, source_file, options, "zip")
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        at = _descriptor_name(names)
        if at is None:
            raise _damaged(source_file, f"pakken har ingen {DESCRIPTOR}")
        root = PurePosixPath(at).parent

        def member(relative: str) -> bytes | None:
            inside = (root / relative).as_posix().removeprefix("./")
            if ".." in PurePosixPath(relative).parts or inside not in names:
                return None
            if z.getinfo(inside).file_size > MAX_RESOURCE_BYTES:
                raise TooLarge(source_file, f"tabellen «{relative}» i datapakken er større enn en rapport kan være",
                               "Sjekk at dette virkelig er en rapport")
            return z.read(inside)

        descriptor = _loads(z.read(at), source_file)
        blocks, warnings, read = _read_package(descriptor, member, source_file)
    described = {(root / p).as_posix().removeprefix("./") for p in read} | {at}
    left = [n for n in names if n not in described and not PurePosixPath(n).stem.lower().startswith(_DOCUMENTATION)]
    if left:
        warnings.append(f"{len(left)} fil(er) i datapakken er ikke beskrevet i {DESCRIPTOR} og er ikke lest: "
                        f"{', '.join(left[:5])}{' …' if len(left) > 5 else ''}")
    return Content(blocks=_numbered(blocks), pages=None, title=str(descriptor.get("title") or ""), warnings=tuple(warnings))
