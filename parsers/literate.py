"""A report's source written as a Quarto or R Markdown document (.qmd, .Rmd): Markdown prose around code chunks.

A member may send the source instead of the document it renders. Its prose is Markdown; its code is no report
text and is left out (as a notebook's is), except a table the code writes out as data row by row, a tidyverse
«tribble(~navn, ~delmal, …, "Kurs i …", "2.1", …)»: that is the report's table, read as one.
"""

from __future__ import annotations

import re

SUFFIXES = (".qmd", ".rmd")
# «```{r}», «```{python}», «```{r tiltak, echo=FALSE}»: a chunk of code, to its closing fence.
_CHUNK = re.compile(r"^```+\s*\{[^}\n]*\}[^\n]*\n(.*?)^```+\s*$", re.MULTILINE | re.DOTALL)
_TRIBBLE = re.compile(r"\btribble\s*\(")
_TOKEN = re.compile(r"""\s*(?:(?P<comment>\#[^\n]*)|(?P<text>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?P<column>~\s*`[^`]+`|~\s*[\w.]+)
                        |(?P<value>NA(?:_character_|_integer_|_real_)?\b|TRUE\b|FALSE\b|-?\d+(?:\.\d+)?L?)|(?P<comma>,)
                        |(?P<close>\)))""", re.VERBOSE)
_ESCAPE = re.compile(r"\\(.)")


def is_literate(suffix: str, text: str) -> bool:
    """Whether a text file is a Quarto or R Markdown source: by its name, or a code chunk opened «```{r}»."""
    return suffix.lower() in SUFFIXES or bool(re.search(r"^```+\s*\{(?:r|python|julia)\b", text, re.MULTILINE))


def _tribble(code: str) -> list[list[str]] | None:
    """The rows (the first the column names) of the first tribble literal in the code; None where there is none, or
    where a value is anything but a string, a number, TRUE, FALSE or NA."""
    start = _TRIBBLE.search(code)
    if start is None:
        return None
    columns: list[str] = []
    values: list[str] = []
    at = start.end()
    while True:
        token = _TOKEN.match(code, at)
        if token is None:
            return None  # a call or an expression among the values: not a table written out as data
        at = token.end()
        if token["close"]:
            break
        if token["column"]:
            columns.append(token["column"].lstrip("~ ").strip("`"))
        elif token["text"]:
            values.append(_ESCAPE.sub(lambda m: "\n" if m[1] == "n" else m[1], token["text"][1:-1]))
        elif token["value"]:
            values.append("" if token["value"].startswith("NA") else token["value"].rstrip("L"))
    if not columns or not values or len(values) % len(columns):
        return None
    return [columns, *(values[i:i + len(columns)] for i in range(0, len(values), len(columns)))]


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def literate_markdown(text: str) -> str:
    """The source as Markdown: each code chunk left out, or, where it writes a table out as data, that table."""
    def chunk(m: re.Match[str]) -> str:
        rows = _tribble(m[1])
        if rows is None:
            return ""
        lines = [f"| {' | '.join(_cell(c) for c in row)} |" for row in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
        return "\n".join(lines) + "\n"
    return _CHUNK.sub(chunk, text)
