"""The year a run reports on: --year, else the inbox folder's name, else the report file names."""

from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import Sequence

from tiltak_core.errors import YearUnknown
from tiltak_core.records import Document
from .settings import Settings

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def resolve_year(settings: Settings, documents: Sequence[Document]) -> int:
    """--year; else the one year in the inbox folder's name; else the one year all report file names carry."""
    if settings.year is not None:
        return settings.year
    in_folder = set(_YEAR.findall(Path(settings.inbox).resolve().name))
    if len(in_folder) == 1:
        return int(in_folder.pop())
    per_file = [set(_YEAR.findall(PurePath(d.source_file).name)) for d in documents]
    if per_file and all(len(y) == 1 for y in per_file) and len(set.union(*per_file)) == 1:
        return int(per_file[0].pop())
    raise YearUnknown(f"{settings.inbox}: kan ikke se hvilket år rapportene gjelder (ingen årstall som 2018 i "
                      "mappenavnet); oppgi det med --year")
