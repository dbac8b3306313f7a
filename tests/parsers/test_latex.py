"""LaTeX source read as the document it typesets: a project's parts put in place, the report's own macros expanded,
comments and switched-off text left out, footnotes where their marks stand; never a file outside the project."""

from __future__ import annotations

import io
import zipfile

import pytest

from parsers.detect import detect
from parsers.latex import inline_inputs, parse_latex
from parsers.registry import ParseOptions
from pipeline.batch import run
from pipeline.settings import Settings

MAIN = r"""% !TEX program = lualatex
\documentclass[a4paper]{article}
\usepackage[norsk]{babel}
\newcommand{\kode}[1]{Delmål~#1}
% \tiltakboks{navn}{delmål}{ansvar}{partnere}{omtale}
\newcommand{\tiltakboks}[5]{%
  \subsection*{#1}
  \begin{tabular}{ll}
    \textbf{Delmål:} & #2 \\
    \textbf{Ansvar:} & #3 \\
    \textbf{Partnere:} & #4 \\
  \end{tabular}\par
  #5\par}
\title{\includegraphics{bilder/logo.png} Forskerforbundets tiltak 2081}
\begin{document}
\maketitle
\input{deler/tiltak}
%\input{deler/utkast}
\end{document}
"""
PART = r"""\section{Læring i arbeidslivet}
\tiltakboks{Skrivekurs for forskere i instituttsektoren}{\kode{2.2}}{Forskerforbundet}{NIFU}
  {Tre kurs i populærvitenskapelig skriving.\footnote{Kursene var gratis for medlemmer.}}
\iffalse
\tiltakboks{Seniorseminaret 2080}{\kode{2.2}}{Forskerforbundet}{--}{Avsluttet i 2080.}
\fi
\tiltakboks{Mentorordning for stipendiater}{\kode{1.3}}{Forskerforbundet}{UHR}{Førti par i 2081.}
"""


def _project(path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("main.tex", MAIN)
        z.writestr("deler/tiltak.tex", PART)
        z.writestr("deler/utkast.tex", PART.replace("Mentorordning", "Utkast til mentorordning"))
        z.writestr("referanser.bib", "@book{x, title={Y}}")
        z.writestr("bilder/logo.png", b"\x89PNG\r\n\x1a\n")
    path.write_bytes(buffer.getvalue())
    return path


def test_a_latex_projects_measures_are_read_with_their_macros_expanded(tmp_path):
    # Overleaf's «Download source» was unpacked file by file: the main file's \input parts read apart from their
    # macros, the macros' arguments never typeset, and none of the measures read.
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    _project(inbox / "Forskerforbundet_KPR_2081 (Overleaf).zip")
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2081, cache=False))
    documents = {r.document.source_file: r for r in result.documents}
    # One document: the project's parts, bibliography and picture are the main file's, not reports of their own.
    assert sorted(documents) == ["Forskerforbundet_KPR_2081 (Overleaf).zip",
                                 "Forskerforbundet_KPR_2081 (Overleaf).zip/main.tex"]
    main = documents["Forskerforbundet_KPR_2081 (Overleaf).zip/main.tex"]
    assert main.converted_from == "LaTeX via pandoc"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"))
            for r in main.rows] == [
        ("Skrivekurs for forskere i instituttsektoren", "Delmål 2.2", "Forskerforbundet", "NIFU"),
        ("Mentorordning for stipendiater", "Delmål 1.3", "Forskerforbundet", "UHR")]
    assert main.rows[0].raw.get("beskrivelse") == ("Tre kurs i populærvitenskapelig skriving. "
                                                   "(Kursene var gratis for medlemmer.)")


def test_a_main_file_on_its_own_says_which_parts_did_not_come_with_it(tmp_path):
    path = tmp_path / "forskerforbundet_2081.tex"
    path.write_text(MAIN.replace(r"\input{deler/tiltak}", r"\input{deler/tiltak}\input{/etc/passwd}"),
                    encoding="utf-8")
    assert detect(path) == "latex"
    content = parse_latex(path, path.name, ParseOptions())
    assert content.title == "Forskerforbundets tiltak 2081"
    assert content.warnings == ("forskerforbundet_2081.tex: filen henter tekst fra andre filer som ikke fulgte med "
                                "(deler/tiltak.tex, /etc/passwd.tex), og den teksten ble ikke lest; be om hele prosjektet "
                                "som ZIP (i Overleaf: Meny → Last ned kilde) eller om rapporten som PDF",)
    assert "root:" not in " ".join(getattr(b, "text", "") for b in content.blocks)


def test_a_part_that_puts_itself_in_place_stops_at_the_depth_limit():
    looped = inline_inputs(r"A \input{a} B", lambda name: r"x \input{a}")
    assert looped.startswith("A x x") and looped.endswith("B") and r"\input" not in looped


def test_parts_that_put_each_other_in_place_over_and_over_stop_at_the_size_limit():
    from parsers.latex import TooMuchText, project

    part = "x" * 1000 + r"\input{b}" * 10
    with pytest.raises(TooMuchText):
        inline_inputs(r"\input{b}", lambda name: part)
    # A project built so is read file by file, as any archive is, not put together.
    assert project({"main.tex": rb"\documentclass{article}\begin{document}\input{b}\end{document}",
                    "b.tex": part.encode()}) is None
