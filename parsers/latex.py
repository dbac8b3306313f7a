"""LaTeX source (a report written in Overleaf or TeX) as the document it typesets, by pandoc, read as a web page.

pandoc expands the report's own macros («\\tiltak{navn}{delmål}…» defined by \\newcommand), drops comments and
`\\iffalse` blocks and turns sections and tables into HTML. It runs sandboxed (it reads only the file it is given,
never a file the source names), confined like every other tool; a project's \\input files are put in place first
from the project's own files only (`inline_inputs`).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Callable

from tiltak_core.errors import TooLarge

from .content import Content
from .pandoc import to_html
from .detect import is_latex
from .html import blocks_of_html
from .registry import ParseOptions, register
from .text import decoded

_INPUT = re.compile(r"\\(?:input|include|subfile)\s*\{([^{}]+)\}")
MAX_DEPTH = 8  # of \input inside \input: a project, not a loop
_REDO = "Be om rapporten som PDF (i Overleaf: Last ned PDF), eller som Word-fil"


MAX_CHARS = 20_000_000  # of a source with its parts in place: parts that \input each other many times stop here


class TooMuchText(ValueError):
    """A source whose parts, put in place, would pass MAX_CHARS."""


def inline_inputs(text: str, read: Callable[[str], str | None], depth: int = 0, room: list[int] | None = None) -> str:
    """The source with each \\input{part} replaced by the part `read` gives for its name (with «.tex» added when
    the name has no suffix); a part it cannot give (None), or past MAX_DEPTH, is left out. TooMuchText past MAX_CHARS."""
    room = [MAX_CHARS - len(text)] if room is None else room

    def part(match: re.Match[str]) -> str:
        name = match[1].strip()
        if depth >= MAX_DEPTH:
            return ""
        said = read(name if PurePosixPath(name).suffix else f"{name}.tex")
        if said is None:
            return ""
        room[0] -= len(said)
        if room[0] < 0:
            raise TooMuchText(name)
        return inline_inputs(said, read, depth + 1, room)

    return _INPUT.sub(lambda m: "" if _commented(text, m.start()) else part(m), text)


# What a LaTeX project holds beside its text: bibliography, styles, pictures. Part of the document, never reports.
_PROJECT_FILES = (".tex", ".bib", ".bst", ".cls", ".sty", ".bbx", ".cbx", ".def", ".clo", ".latexmkrc", ".png", ".jpg",
                  ".jpeg", ".eps", ".gif", ".svg", ".tikz")
_GRAPHIC = re.compile(r"\\includegraphics\s*(?:\[[^\]]*\])?\s*\{([^{}]+)\}")


def project(files: dict[str, bytes]) -> tuple[str, bytes, frozenset[str]] | None:
    """A LaTeX project among unpacked files (Overleaf's «Last ned kilde»): its main file's name, its text with every
    \\input put in place, and the names of the files that are the project's own; None when there is none."""
    mains = sorted(name for name, data in files.items() if PurePosixPath(name).suffix.lower() == ".tex"
                   and is_latex(decoded(data)))
    if not mains:
        return None
    main = min(mains, key=lambda n: (n.count("/"), PurePosixPath(n).name != "main.tex", n))
    folder = PurePosixPath(main).parent
    used = {main}

    def read(name: str) -> str | None:
        path = str(folder / name) if str(folder) != "." else name
        if path not in files:
            return None
        used.add(path)
        return decoded(files[path])

    try:
        text = inline_inputs(decoded(files[main]), read)
    except TooMuchText:
        return None  # parts that \input each other over and over: its files are read one by one, as any archive's
    pictures = {str(folder / g.strip()) if str(folder) != "." else g.strip() for g in _GRAPHIC.findall(text)}
    own = {n for n in files if PurePosixPath(n).suffix.lower() in _PROJECT_FILES and n not in mains or n in used
           or n in pictures or str(PurePosixPath(n).with_suffix("")) in pictures}
    return main, text.encode("utf-8"), frozenset(own | {main})


def _commented(text: str, at: int) -> bool:
    """Whether a % comments out the line before position `at`."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return bool(re.search(r"(?<!\\)%", line))


_NOTE = re.compile(r'<li id="fn(\d+)"[^>]*>(.*?)</li>', re.DOTALL)
_NOTE_REF = re.compile(r'<a href="#fn(\d+)" class="footnote-ref"[^>]*>.*?</a>', re.DOTALL)
_NOTES = re.compile(r'<section[^>]*class="footnotes[^"]*"[^>]*>.*?</section>', re.DOTALL)
_BACK = re.compile(r'<a href="#fnref\d+" class="footnote-back"[^>]*>.*?</a>|</?p>', re.DOTALL)


def notes_in_place(html: str) -> str:
    """pandoc's page with each footnote's text in brackets where its mark stands, not in a list at the end (where
    it would read as a list of its own)."""
    notes = {n: _BACK.sub("", text).strip() for section in _NOTES.findall(html) for n, text in _NOTE.findall(section)}
    html = _NOTES.sub("", html)
    return _NOTE_REF.sub(lambda m: f" ({notes[m[1]]})" if notes.get(m[1]) and re.search(r"\w", notes[m[1]]) else "",
                         html)


@register("latex")
def parse_latex(path: Path, source_file: str, options: ParseOptions) -> Content:
    """A LaTeX document: typeset by pandoc as HTML, read as a web page."""
    missing: list[str] = []
    # A file on its own: the parts it names did not come with it (a project's do, put in place when unpacked).

    def absent(name: str) -> None:
        missing.append(name)

    try:
        text = inline_inputs(decoded(Path(path).read_bytes()), absent)
    except TooMuchText as exc:
        raise TooLarge(source_file, f"kildeteksten er over {MAX_CHARS // 1_000_000} millioner tegn med delene satt inn",
                       _REDO) from exc
    # A picture (a logo in the title) has no words to read; pandoc would write «image» in its place.
    title, blocks = blocks_of_html(notes_in_place(to_html(_GRAPHIC.sub("", text), source_file, options, "latex", _REDO)))
    warnings = (f"{source_file}: filen henter tekst fra andre filer som ikke fulgte med ({', '.join(missing[:5])}"
                f"{' …' if len(missing) > 5 else ''}), og den teksten ble ikke lest; be om hele prosjektet som ZIP "
                "(i Overleaf: Meny → Last ned kilde) eller om rapporten som PDF",) if missing else ()
    return Content(blocks=tuple(blocks), title=title.strip(), warnings=warnings, converted_from="LaTeX via pandoc")
