"""AsciiDoc source as the Markdown it would read as: its sections, tables, lists and labelled terms.

A report kept as AsciiDoc («kpr-rapport.adoc», built to PDF by asciidoctor) is sent as its source. Written out as
Markdown, it is read by the Markdown reader: «= Title» and «== Section» as headings, a «|===» table as a table (its
cells one to a line or side by side), «Term::» over its items as a heading over its lines, «.Planer for 2077» over a
block as its heading, an attribute «{rapportaar}» as its value; comments, block delimiters and the header's author and
revision lines are no text.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^(=+)\s+(\S.*)$")
_ATTRIBUTE = re.compile(r"^:(!?[\w-]+!?):\s*(.*)$")
_REFERENCE = re.compile(r"\{([\w-]+)\}")
_DELIMITER = re.compile(r"^(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|--)\s*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]]*\]\s*$")  # «[TIP]», «[cols="3,1",options="header"]»
_BLOCK_TITLE = re.compile(r"^\.([^\s.].*)$")  # «.Planer for 2077»
_TERM = re.compile(r"^(\S.*?)(?::{2,4}|;;)(?:\s+(.*))?$")  # «KI-løftet – kurs::»
_ITEM = re.compile(r"^(\*{1,5}|-|\.{1,5})\s+(\S.*)$")
_ADMONITION = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(.*)$")
_ADMONITION_WORDS = {"NOTE": "Merk", "TIP": "Tips", "IMPORTANT": "Viktig", "WARNING": "Advarsel", "CAUTION": "Obs"}
_LINK = re.compile(r"(?:link:|(?=https?://))(\S+?)\[([^\]]*)\]")
_TABLE = "|==="


def looks_like_asciidoc(text: str) -> bool:
    """Whether a text file is AsciiDoc source: a «= Title» line first, and sections or a table in its way."""
    first = next((line for line in text.splitlines() if line.strip() and not line.startswith("//")), "")
    return bool(re.match(r"^= \S", first)) and bool(re.search(r"^(?:==+ \S|\|===\s*$|:[\w-]+:)", text, re.MULTILINE))


def asciidoc_to_markdown(text: str) -> str:
    """The source written out as Markdown (see the module's docstring)."""
    lines = text.splitlines()
    attributes: dict[str, str] = {}
    out: list[str] = []
    level = 1  # of the last section heading: a term or a block's title stands a level below it
    cols: int | None = None
    header = False  # the lines straight under the document's title: author, revision, attributes
    n = 0
    while n < len(lines):
        line = lines[n].rstrip()
        n += 1
        if line.startswith("////"):
            n = next((k + 1 for k in range(n, len(lines)) if lines[k].startswith("////")), len(lines))
            continue
        if line.startswith("//"):
            continue
        if attribute := _ATTRIBUTE.match(line):
            attributes[attribute[1].strip("!")] = attribute[2]
            continue
        line = _REFERENCE.sub(lambda m: attributes.get(m[1], m[0]), line)
        if header and out and line.strip():
            continue  # «Akademikerne sekretariatet <post@…>», «v1.3, 2077-01-11: Klar for innsending»
        header = header and not (out and not line.strip())
        if titled := _TITLE.match(line):
            level = len(titled[1])
            header = level == 1 and not out  # the document's title, with its header under it
            out += [f"{'#' * level} {titled[2]}", ""]
            continue
        if line.strip() == _TABLE:
            end = next((k for k in range(n, len(lines)) if lines[k].strip() == _TABLE), len(lines))
            out += _table([_REFERENCE.sub(lambda m: attributes.get(m[1], m[0]), x) for x in lines[n:end]], cols)
            n, cols = end + 1, None
            continue
        if (spec := _BLOCK_ATTRIBUTES.match(line)) is not None:
            said = re.search(r'cols="?([^"\]]+)"?', spec[0])
            cols = len(said[1].split(",")) if said and said[1].count(",") else cols
            continue
        if _DELIMITER.match(line) or line.strip() == "+":
            out.append("")
            continue
        if titled := _BLOCK_TITLE.match(line):
            out += [f"{'#' * min(level + 1, 6)} {titled[1]}", ""]
            continue
        if said := _ADMONITION.match(line):
            out += [f"{_ADMONITION_WORDS[said[1]]}: {_inline(said[2])}", ""]
            continue
        if item := _ITEM.match(line):
            depth = len(item[1]) - 1 if item[1] != "-" else 0
            marker = "1." if item[1].startswith(".") else "-"
            out.append(f"{'  ' * depth}{marker} {_inline(item[2])}")
            continue
        if (term := _TERM.match(line)) and not line.startswith(("http", "link:")):
            out += ["", f"{'#' * min(level + 1, 6)} {_inline(term[1])}", ""]
            if term[2]:
                out += [_inline(term[2]), ""]
            continue
        out.append(_inline(line))
    return "\n".join(out).strip() + "\n"


def _inline(text: str) -> str:
    """A line's words: a link's text, bold «*x*» as Markdown's."""
    text = _LINK.sub(lambda m: m[2] or m[1], text)
    return re.sub(r"(?<![\w*])\*(\S[^*]*?)\*(?![\w*])", r"**\1**", text)


def _table(rows: list[str], cols: int | None) -> list[str]:
    """A «|===» table's lines as a Markdown table: cells open with «|», one to a line or several on one; a blank line
    between rows. Its first row is the header."""
    cells: list[list[str]] = []
    row: list[str] = []
    width = cols
    for line in rows:
        if not line.strip():
            if row:
                cells.append(row)
                width = width or len(row)
                row = []
            continue
        if line.lstrip().startswith("|"):
            parts = [p.strip() for p in re.split(r"(?<!\\)\|", line.strip())[1:]]
            if width is None and not cells and not row:
                width = len(parts)  # «|Tiltak |Delmål |Type»: the first line's cells say how many columns
            row += parts
        elif row:
            row[-1] = f"{row[-1]} {line.strip()}".strip()  # a cell's text runs on
        while width and len(row) >= width:
            cells.append(row[:width])
            row = row[width:]
    if row:
        cells.append(row)
    if not cells:
        return []
    width = max(len(r) for r in cells)
    lines = ["| " + " | ".join(_inline(c).replace("|", "\\|") for c in r + [""] * (width - len(r))) + " |" for r in cells]
    return ["", lines[0], "|" + " --- |" * width, *lines[1:], ""]
