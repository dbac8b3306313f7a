"""Akademikerne: the LaTeX source of the report as downloaded from Overleaf ('Last ned som kilde'), not the PDF; every
measure is one call of a six-argument macro defined in the preamble."""
from __future__ import annotations

import io
import zipfile

from .common import FOU, INFO, KURS, RAD, row, write_zip

FILENAME = "Akademikerne_KPR_2074 (Overleaf).zip"
MEMBER = "Akademikerne"
FORMAT = ("ZIP as downloaded from Overleaf (source): main.tex with the preamble and \\input of kapitler/*.tex, "
          "referanser.bib, figurer/logo.png (Pillow); UTF-8 LaTeX written as text; fixed zip timestamps")
SHAPE = ("LaTeX source only (no PDF): the preamble defines \\tiltak{navn}{delmål}{form}{ansvar}{med}{omtale}; "
         "kapitler/02-tiltak.tex holds one \\tiltak call per measure under \\section headings per "
         "hovedinnsatsområde, the delmål as \\dm{2.2} (a macro printing 'Delmål 2.2') or in words, '--' for no "
         "partner, footnotes inside the text; a measure commented out with % (moved to 2075), a 2073 measure inside "
         "\\iffalse … \\fi, and 'Veien videre' in 03-videre.tex (not truth rows)")
NOT_TRUTH = ("the preamble and macro definitions, the introduction (01-innledning.tex), footnote texts, the "
             "commented-out \\tiltak{Mentorprogram for nyutdannede} (moved to 2075), the \\iffalse block "
             "(Lønns- og kompetanseundersøkelsen 2073), 03-videre.tex (plans for 2075), the bibliography")

MAIN = r"""% !TEX program = xelatex
% Akademikernes rapportering til Kompetansepolitisk råd 2074
\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\usepackage[norsk]{babel}
\usepackage{geometry}
\geometry{margin=2.5cm}
\usepackage{graphicx}
\usepackage{xcolor}
\usepackage{tabularx}
\usepackage{fancyhdr}
\usepackage[hidelinks]{hyperref}
\usepackage[style=authoryear,backend=biber]{biblatex}
\addbibresource{referanser.bib}

\definecolor{akablaa}{HTML}{1F3C6E}
\pagestyle{fancy}
\fancyhf{}
\lhead{\small Akademikerne}
\rhead{\small Rapportering til Kompetansepolitisk råd 2074}
\cfoot{\thepage}

% Delmål i strategien, skrevet ut som «Delmål x.y»
\newcommand{\dm}[1]{Delmål~#1}

% \tiltak{navn}{delmål}{form}{ansvar}{samarbeid}{omtale}
\newcommand{\tiltak}[6]{%
  \subsection*{\textcolor{akablaa}{#1}}
  \noindent\begin{tabularx}{\linewidth}{@{}lX@{}}
    \textbf{Strategien:} & #2 \\
    \textbf{Form:} & #3 \\
    \textbf{Ansvar:} & #4 \\
    \textbf{Med:} & #5 \\
  \end{tabularx}\par\smallskip
  #6\par\medskip}

\title{\includegraphics[width=4cm]{figurer/logo.png}\\[1em]
  Akademikernes tiltak 2074\\[0.3em]\large Rapport til Kompetansepolitisk råd}
\author{Sekretariatet i Akademikerne}
\date{Januar 2075}

\begin{document}
\maketitle
\input{kapitler/01-innledning}
\input{kapitler/02-tiltak}
\input{kapitler/03-videre}
\printbibliography[title={Referanser}]
\end{document}
"""

INNLEDNING = r"""\section{Innledning}
Akademikerne organiserer arbeidstakere med lang høyere utdanning. Kompetansepolitikken er viktig for
medlemmene våre, som må holde seg faglig oppdatert gjennom hele yrkeslivet \parencite{kbu2074}.
Her rapporterer vi tiltakene Akademikerne og medlemsforeningene gjennomførte i 2074.
"""

# name, delmål argument, form, ansvar, med ('--' = none), omtale (may contain a footnote), truth
SECTIONS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Econa i UHR-Økonomi og administrasjon", r"\dm{1.4}", "rådsarbeid", "Econa", "--",
         "Econa har to medlemmer i UHRs fagstrategiske enhet for økonomisk-administrativ utdanning og bidro i "
         "2074 til nye retningslinjer for praksis i\nbachelorutdanningene.",
         r"\footnote{Enheten het tidligere Nasjonalt råd for økonomisk-administrativ utdanning.}",
         ("M04", "1.4", RAD)),
        ("Tekna Karrierestøtte 50+", r"\dm{1.3}", "kurs og veiledning", "Tekna", "--",
         "Kurs og individuell karriereveiledning for medlemmer over 50 år som står i omstilling; 380 deltok i "
         "2074.", "", (None, "1.3", KURS)),
        ("Høringssvar om RSA-ordningen", "Samarbeid mellom utdanning og arbeidsliv", "høringssvar",
         "Akademikerne", "Samfunnsviterne",
         "Akademikerne svarte på departementets forslag om å gjøre rådene for samarbeid med arbeidslivet\n"
         "obligatoriske, og ba om at fagforeningene sikres plass.", "", (None, "1.4", INFO)),
    ]),
    ("Læring i arbeidslivet", [
        ("DigiTillit – partssamarbeid om tillitsvalgtes digitale kompetanse",
         "Digital kompetanse i arbeidsstyrken", "kursrekke", "Akademikerne", "LO, YS",
         "Akademikerne utviklet modulen om KI i kunnskapsarbeid og holdt fire kurs for tillitsvalgte i statlige og "
         "private virksomheter.", r"\footnote{Se også LOs og YS' rapporter for sine deler av programmet.}",
         ("J06", "2.1", KURS)),
        ("Akademikernes kompetansebarometer 2074", r"\dm{2.2}", "undersøkelse", "Akademikerne",
         "Samfunnsøkonomisk analyse",
         "Spørreundersøkelse blant 6 000 medlemmer om tid og penger til faglig oppdatering. Rapporten ble lagt\n"
         "fram på Arendalsuka.", r"\footnote{\cite{barometer2074}.}", (None, "2.2", FOU)),
        ("KI-kurs for leger", r"\dm{2.1}", "kurs", "Den norske legeforening", "--",
         "Nettkurs og klinikknære samlinger om bruk av kunstig intelligens i diagnostikk og journalføring.", "",
         (None, "2.1", KURS)),
    ]),
]

COMMENTED = r"""% \tiltak{Mentorprogram for nyutdannede}
%   {\dm{2.3}}
%   {program}
%   {Samfunnsviterne}
%   {--}
%   {Utgår i år -- flyttet til 2075.}
"""

IFFALSE = r"""\iffalse
\tiltak{Lønns- og kompetanseundersøkelsen 2073}
  {\dm{2.2}}
  {undersøkelse}
  {Akademikerne}
  {--}
  {Avsluttet i 2073, tas ikke med i år.}
\fi
"""

VIDERE = r"""\section{Veien videre}
I 2075 vil Akademikerne arbeide for at flere masterutdanninger tilbys på deltid, og vi planlegger et
mentorprogram for nyutdannede sammen med Samfunnsviterne. Vi vil også følge opp KBU sin neste rapport
\parencite{kbu2074}.
"""

BIB = """@report{kbu2074,
  author = {{Kompetansebehovsutvalget}},
  title = {Fremtidige kompetansebehov 2074},
  institution = {Kunnskapsdepartementet},
  year = {2074},
}

@report{barometer2074,
  author = {{Samfunnsøkonomisk analyse}},
  title = {Akademikernes kompetansebarometer 2074},
  institution = {Akademikerne},
  year = {2074},
}
"""


def _tiltak_tex() -> str:
    L = ["% Tiltakene, ett \\tiltak-kall per tiltak", ""]
    for si, (title, items) in enumerate(SECTIONS):
        L.append(f"\\section{{{title}}}")
        L.append("")
        for name, dm, form, ansv, med, omtale, fn, _t in items:
            L += [f"\\tiltak{{{name}}}", f"  {{{dm}}}", f"  {{{form}}}", f"  {{{ansv}}}", f"  {{{med}}}",
                  f"  {{{omtale}{fn}}}", ""]
        if si == 0:
            L.append(IFFALSE)
        if si == 1:
            L.append(COMMENTED)
    L.append("\\section{Styrke kompetansen til voksne med svak tilknytning til arbeidslivet}")
    L.append("Akademikerne har ingen egne tiltak under dette hovedinnsatsområdet i 2074.")
    L.append("")
    return "\n".join(L)


def _logo() -> bytes:
    from PIL import Image, ImageDraw
    from .common import DEJAVU_B, load_font
    img = Image.new("RGB", (480, 120), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 110, 120), fill=(31, 60, 110))
    d.text((130, 34), "Akademikerne", font=load_font(DEJAVU_B, 44), fill=(31, 60, 110))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build(out) -> list[dict]:
    entries = [("figurer/", b"", False), ("figurer/logo.png", _logo(), False), ("kapitler/", b"", False),
               ("kapitler/01-innledning.tex", INNLEDNING, True), ("kapitler/02-tiltak.tex", _tiltak_tex(), True),
               ("kapitler/03-videre.tex", VIDERE, True), ("main.tex", MAIN, True),
               ("referanser.bib", BIB, True)]
    write_zip(out / FILENAME, entries)
    rows = []
    for _title, items in SECTIONS:
        for name, _dm, _form, ansv, med, omtale, _fn, (seed, dm, typ) in items:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, "" if med == "--" else med, omtale))
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.endswith((".tex", ".bib")))
