"""Which writer's markup a text file is written in (AsciiDoc, reStructuredText, a DokuWiki page's source): pandoc
reads it as the document it makes (parsers.pandoc), its sections, tables, lists and labelled fields, not its source's
marks.

Known by its name («kpr-rapport.adoc», «rapport.rst»), or by its lines: AsciiDoc opens with «= Title»,
reStructuredText underlines its title with a row of «=» as long as it, DokuWiki sets its headings between rows of «=»
(«====== Tittel ======») and opens a table's header row with «^».
"""

from __future__ import annotations

import re

_SUFFIXES = {".adoc": "asciidoc", ".asciidoc": "asciidoc", ".rst": "rst", ".rest": "rst"}
_RST_TITLE = re.compile(r"^(?:([=~\-#*^])\1{3,}\n)?([^\n]{3,})\n([=~\-#*^])\3{3,}\s*$", re.MULTILINE)
_RST_MARKS = re.compile(r"^(?:\.\. [\w|-]+|:[\w ]+:\s)", re.MULTILINE)  # «.. note::», «.. |aar| replace::», «:Type: …»


_DOKU_HEADING = re.compile(r"^(={2,6}) \S.*? \1\s*$", re.MULTILINE)
_DOKU_HEADER_ROW = re.compile(r"^\^ .* \^\s*$", re.MULTILINE)
# «| ::: | Veiledningsbussen … |»: DokuWiki's cell merged with the one above; pandoc reads it as text.
_DOKU_MERGED = re.compile(r"(?<=[|^])[ \t]*:::[ \t]*(?=[|^])")


def looks_like_dokuwiki(text: str) -> bool:
    """Whether a text file is a DokuWiki page's source («export_raw»): headings between rows of «=», or a table's
    header row opened with «^»."""
    return bool(_DOKU_HEADING.search(text)) or bool(_DOKU_HEADER_ROW.search(text))


def dokuwiki_source(text: str) -> str:
    """The page's source with each cell merged with the one above («:::») left empty: the row reader carries an
    empty cell down in a grouped table, as it does a merged one."""
    return _DOKU_MERGED.sub("  ", text)


def looks_like_asciidoc(text: str) -> bool:
    """Whether a text file is AsciiDoc source: a «= Title» line first, and sections, a table or attributes after."""
    first = next((line for line in text.splitlines() if line.strip() and not line.startswith("//")), "")
    return bool(re.match(r"^= \S", first)) and bool(re.search(r"^(?:==+ \S|\|===\s*$|:[\w-]+:)", text, re.MULTILINE))


def looks_like_rst(text: str) -> bool:
    """Whether a text file is reStructuredText: a title underlined as long as it, and the language's own marks."""
    titled = any(len(m[2].strip()) <= len(m[0].splitlines()[-1].strip()) for m in _RST_TITLE.finditer(text))
    return titled and bool(_RST_MARKS.search(text))


def markup_reader(suffix: str, text: str) -> str | None:
    """pandoc's reader for a text file's markup, or None for plain text, Markdown and the rest."""
    if said := _SUFFIXES.get(suffix.lower()):
        return said
    if looks_like_asciidoc(text):
        return "asciidoc"
    if looks_like_rst(text):
        return "rst"
    return "dokuwiki" if looks_like_dokuwiki(text) else None
