"""A DIF file (Data Interchange Format, «.dif»: what Calc, Excel and old registers export) read as the one table it is.

After a header of topics (TABLE with the title, VECTORS, TUPLES, …) up to DATA, each value is a pair of lines: «-1,0» over
BOT opens a row and over EOD ends the data, «1,0» over a quoted string is text, «0,<number>» over «V» a number (over
TRUE/FALSE/NA/ERROR, or Calc's «0,TRUE» over «V», the value that says). Text is UTF-8 when it decodes, else Windows-1252,
as Excel and Calc on Windows write it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tiltak_core.errors import DamagedFile

from .cell_values import cell_text
from .cellcount import MAX_SHEET_CELLS, too_large
from .content import Content, TableBlock
from .registry import ParseOptions, register

_FIX = "Be om tabellen som Excel- eller CSV-eksport fra systemet den kommer fra"
_INTEGER = re.compile(r"^[+-]?\d+$")
# The title a program writes in place of the table's own («EXCEL»): it names no table.
_PROGRAM_TITLES = frozenset({"", "excel", "calc", "table", "lotus"})
# A whole DIF file opens so: the TABLE topic, its version line and the title in quotes.
DIF_HEAD = re.compile(r'^\ufeff?TABLE\r?\n0,1\r?\n"')
_CLOSED = re.compile(r'^(?:[^"]|"")*"$', re.DOTALL)  # a string's rest up to its closing quote, quotes inside doubled


class _Lines:
    """The file's lines one at a time; a quoted string runs on over line breaks it holds until its closing quote."""

    def __init__(self, text: str, source_file: str) -> None:
        self.lines = text.splitlines()
        self.at = 0
        self.source_file = source_file

    def next(self, what: str) -> str:
        if self.at >= len(self.lines):
            raise _damaged(self.source_file, f"den slutter midt i {what}, så den er trolig avkuttet")
        line = self.lines[self.at]
        self.at += 1
        return line.strip()

    def string(self, what: str) -> str:
        """A string line: «"text"» with «""» for a quote inside, or a bare word (BOT, V, an old writer's text)."""
        line = self.next(what)
        if not line.startswith('"'):
            return line
        while not _CLOSED.match(line[1:]):
            line += "\n" + self.next(what)  # a line break inside the string, written as it stood in the cell
        return line[1:-1].replace('""', '"')


def _damaged(source_file: str, why: str) -> DamagedFile:
    return DamagedFile(source_file, f"DIF-filen er skadet: {why}", _FIX)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's and Calc's export on Windows


def _number(text: str, indicator: str) -> str:
    """A numeric value's text: the number as a sheet shows it, a truth value as Excel says it, nothing for NA or
    ERROR (no value the member gave)."""
    said = (text if text.upper() in ("TRUE", "FALSE") else indicator).upper()
    if said in ("TRUE", "FALSE"):
        return cell_text(said == "TRUE")
    if said != "V":
        return ""
    if _INTEGER.match(text):
        return cell_text(int(text))
    try:
        return cell_text(float(text))
    except ValueError:
        return text  # a number an old writer wrote in its own way: shown as written


def _header(lines: _Lines) -> str:
    """Reads the topics up to DATA; the title the TABLE topic gives."""
    title = ""
    while (topic := lines.next("hodet").upper()) != "DATA":
        lines.next("hodet")  # vector number, value
        value = lines.string("hodet")
        if topic == "TABLE":
            title = value.strip()
    lines.next("hodet")  # DATA's own «0,0» and «""»
    lines.string("hodet")
    return title


def _rows(lines: _Lines, source_file: str) -> list[list[str]]:
    rows: list[list[str]] | None = None
    while True:
        kind, _, number = lines.next("dataene (uten EOD på slutten)").partition(",")
        value = lines.string("en celle")
        if kind == "-1":
            if value.upper() == "EOD":
                break
            if value.upper() != "BOT":
                raise _damaged(source_file, f"den har et ukjent merke «{value[:20]}» der en ny rad (BOT) skulle stå")
            rows = [] if rows is None else rows
            rows.append([])
        elif rows is None:
            raise _damaged(source_file, "den har verdier før første rad (BOT)")
        elif kind == "0":
            rows[-1].append(_number(number.strip(), value))
        elif kind == "1":
            rows[-1].append(value.strip())
        else:
            raise _damaged(source_file, f"den har en celle av ukjent type «{kind[:10]}»")
        if rows is not None and len(rows) * max(len(rows[-1]), 1) > MAX_SHEET_CELLS:
            raise too_large(source_file, Path(source_file).name, len(rows), len(rows[-1]))
    if rows is None:
        raise _damaged(source_file, "den har ingen rader (BOT)")
    return rows


@register("dif")
def parse_dif(path: Path, source_file: str, options: ParseOptions) -> Content:
    """The file's rows as one table of records (an export: an empty cell is empty); its empty rows left out."""
    text = _decoded(Path(path).read_bytes())
    if not DIF_HEAD.match(text):
        raise _damaged(source_file, "den begynner ikke med DIF-hodet (TABLE)")
    lines = _Lines(text, source_file)
    title = _header(lines)
    rows = [row for row in _rows(lines, source_file) if any(row)]
    width = max((len(row) for row in rows), default=0)
    grid = tuple(tuple(row) + ("",) * (width - len(row)) for row in rows)
    named = title if title.lower() not in _PROGRAM_TITLES else ""
    caption = named or Path(source_file).stem
    block = TableBlock(page=None, index=1, rows=grid, caption=caption, records=True)
    return Content(blocks=(block,) if grid else (), title=named or " ".join(caption.replace("_", " ").split()),
                   warnings=() if grid else (f"{source_file}: DIF-filen har ingen rader med innhold",))
