"""CSV exports from a reporting system («eksport.csv»): one table, its separator and encoding found from the file.

Excel in Norway writes «;» and Windows-1252; a system export may write «,» or tabs and UTF-8 with a byte-order mark.
The separator is the one that splits the first lines into the same number of cells (csv.Sniffer); a file it cannot
split is no table, and says so.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tiltak_core.errors import DamagedFile

from .cellcount import MAX_SHEET_CELLS, too_large
from .content import Content, TableBlock
from .registry import ParseOptions, register

SEPARATORS = ";,\t|"
SAMPLE_CHARS = 8192  # enough lines of a report's export to see its separator


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's «CSV (semikolondelt)» on Windows


@register("csv")
def parse_csv(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The file's rows as one TableBlock; its empty rows left out."""
    text = _decoded(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:SAMPLE_CHARS], delimiters=SEPARATORS)
    except csv.Error:
        raise DamagedFile(source_file, "CSV-filen har ingen skilletegn (semikolon, komma eller tabulator) som deler "
                          "linjene i like mange kolonner", "Be medlemmet om rapporten som Excel (XLSX) eller PDF") from None
    # A stream, not lines: a quoted description may hold line breaks of its own.
    rows = [tuple(cell.strip() for cell in row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    if len(rows) * width > MAX_SHEET_CELLS:
        raise too_large(source_file, path.name, len(rows), width)
    grid = tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)
    warnings = () if grid else ("CSV-filen har ingen rader",)
    # An export has no title; its name («…_eksport_2067.csv») is what says whose and which year it is.
    title = " ".join(Path(source_file).stem.replace("_", " ").split())
    return Content(blocks=(TableBlock(page=None, index=1, rows=grid),) if grid else (), pages=None, title=title,
                   warnings=warnings)
