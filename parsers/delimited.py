"""CSV exports from a reporting system («eksport.csv»): one table, its separator and encoding found from the file.

Excel in Norway writes «;» and Windows-1252 (or, saved as «Unicode-tekst», tabs and UTF-16); a system export may write
«,» or tabs and UTF-8 with a byte-order mark.
The separator is the one that splits the first lines into the same number of cells (csv.Sniffer); a file it cannot
split is no table, and says so.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from tiltak_core.errors import DamagedFile

from .cellcount import MAX_SHEET_CELLS, too_large
from .content import Content, Paragraph, TableBlock
from .html import blocks_of_html
from .detect import utf16
from .registry import ParseOptions, register

SEPARATORS = ";,\t|"
SAMPLE_CHARS = 8192  # enough lines of a report's export to see its separator


def _decoded(data: bytes) -> str:
    if codec := utf16(data):  # Excel's «Unicode-tekst»: tab-separated UTF-16
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's «CSV (semikolondelt)» on Windows


# A board's or a CMS's export keeps a post's body as the HTML it was written in («<p><strong>Type:</strong> råd</p>»).
_MARKUP = re.compile(r"</(?:p|div|li|ul|ol|h[1-6])>|<br\s*/?>|<(?:strong|em|b|i)>", re.IGNORECASE)


def _words(cell: str) -> str:
    """A cell's text; a cell of HTML as its words, a paragraph or list item a line."""
    if not _MARKUP.search(cell):
        return cell.strip()
    return "\n".join(b.text for b in blocks_of_html(f"<div>{cell}</div>")[1] if isinstance(b, Paragraph)).strip()


def _wide(grid: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A «long» export (id; field; value, one line per field: «VOFO-2068-01;delmaal;1.3») as one row per id under a
    header of its fields, in the order they first come; any other grid as it is."""
    if len(grid) < 4 or len(grid[0]) != 3:
        return grid
    body = grid[1:]
    ids = list(dict.fromkeys(row[0] for row in body))
    fields = list(dict.fromkeys(row[1] for row in body))
    # Each id's lines together, each naming one of a few fields that the ids share.
    runs = sum(1 for a, b in zip(body, body[1:]) if a[0] != b[0]) + 1
    if len(ids) < 2 or runs != len(ids) or len(fields) * 2 > len(body) or not all(row[0] and row[1] for row in body):
        return grid
    values: dict[str, dict[str, str]] = {i: {} for i in ids}
    for ident, name, value in body:
        values[ident][name] = f"{values[ident][name]} {value}".strip() if name in values[ident] else value
    # A record of the export's own (organisation, exported at, number of tiltak) shares few of the tiltak's fields.
    common = {f for f in fields if sum(f in v for v in values.values()) * 2 >= len(ids)}
    kept = [i for i in ids if len(common & values[i].keys()) * 2 >= len(common)]
    columns = [f for f in fields if any(f in values[i] for i in kept)]
    return ((grid[0][0], *columns), *((i, *(values[i].get(f, "") for f in columns)) for i in kept))


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
    rows = [tuple(_words(cell) for cell in row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    if len(rows) * width > MAX_SHEET_CELLS:
        raise too_large(source_file, path.name, len(rows), width)
    grid = _wide(tuple(tuple(row) + ("",) * (width - len(row)) for row in rows))
    warnings = () if grid else ("CSV-filen har ingen rader",)
    # An export has no title; its name («…_eksport_2067.csv») is what says whose and which year it is.
    title = " ".join(Path(source_file).stem.replace("_", " ").split())
    return Content(blocks=(TableBlock(page=None, index=1, rows=grid),) if grid else (), pages=None, title=title,
                   warnings=warnings)
