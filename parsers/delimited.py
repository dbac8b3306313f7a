"""CSV exports from a reporting system («eksport.csv»): one table, its separator and encoding found from the file.

Excel in Norway writes «;» and Windows-1252 (or, saved as «Unicode-tekst», tabs and UTF-16); a system export may write
«,» or tabs and UTF-8 with a byte-order mark.
The separator is the one that splits the first lines into the same number of cells; a file none splits is no table,
and says so.
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


def decoded_csv(data: bytes) -> str:
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


def _widths(sample: str, separator: str) -> list[int]:
    """The number of cells of each non-empty line of `sample` split at `separator` (quotes kept together); the last,
    perhaps cut off by the sample's end, left out unless it is the only one."""
    rows = [row for row in csv.reader(io.StringIO(sample, newline=""), delimiter=separator) if any(c.strip() for c in row)]
    return [len(row) for row in (rows[:-1] if len(rows) > 1 else rows)]


SAME_WIDTH = 0.8  # of a sample's lines, at least this share split into the same number of cells


def separator_of(sample: str) -> str | None:
    """The separator that splits most lines of `sample` into the same number (two or more) of cells; of equals, the
    one giving more cells. csv.Sniffer alone fails on a quoted description holding «;» or «,» of its own."""
    best: tuple[float, int, str] | None = None
    for separator in SEPARATORS:
        widths = _widths(sample, separator)
        if not widths:
            continue
        width, count = max(((w, widths.count(w)) for w in set(widths)), key=lambda wc: (wc[1], wc[0]))
        share = count / len(widths)
        if width >= 2 and share >= SAME_WIDTH and (best is None or (share, width) > best[:2]):
            best = (share, width, separator)
    if best is not None:
        return best[2]
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        return None


def csv_grid(text: str, source_file: str, separator: str | None = None) -> tuple[tuple[str, ...], ...]:
    """A CSV text's rows, its empty rows left out and every row as wide as the widest; DamagedFile when no separator
    splits it, TooLarge past the sheet limit."""
    separator = separator or separator_of(text[:SAMPLE_CHARS])
    if separator is None:
        raise DamagedFile(source_file, "CSV-filen har ingen skilletegn (semikolon, komma eller tabulator) som deler "
                          "linjene i like mange kolonner", "Be medlemmet om rapporten som Excel (XLSX) eller PDF")
    # A stream, not lines: a quoted description may hold line breaks of its own.
    rows = [tuple(_words(cell) for cell in row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    if len(rows) * width > MAX_SHEET_CELLS:
        raise too_large(source_file, Path(source_file).name, len(rows), width)
    return tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)


@register("csv")
def parse_csv(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The file's rows as one TableBlock; its empty rows left out."""
    grid = _wide(csv_grid(decoded_csv(path.read_bytes()), source_file))
    warnings = () if grid else ("CSV-filen har ingen rader",)
    # An export has no title; its name («…_eksport_2067.csv») is what says whose and which year it is.
    title = " ".join(Path(source_file).stem.replace("_", " ").split())
    return Content(blocks=(TableBlock(page=None, index=1, rows=grid),) if grid else (), pages=None, title=title,
                   warnings=warnings)
