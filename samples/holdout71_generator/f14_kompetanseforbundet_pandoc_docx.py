"""Kompetanseforbundet: the report written in Markdown and turned into Word with pandoc (as a member's secretariat
that keeps its texts in a Git repository does), so the DOCX has pandoc's own styles: Title / Subtitle / Author / Date
paragraphs from the YAML block, «First Paragraph» and «Body Text», headings with bookmarks, and a definition list per
measure in the styles «Definition Term» and «Definition»: the label («Delmål», «Slags tiltak», «Ansvarlig», «Med») is
a paragraph of its own and the value the paragraph under it, with no colon between them. One measure under «Nytt
neste år» starts next year."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from .common import ARR, FOU, INFO, KURS, RAD, docx_text_deep, row, write_zip

FILENAME = "Kompetanseforbundet_rapport_2091.docx"
MEMBER = "Kompetanseforbundet"
FORMAT = ("DOCX made by pandoc 3 from Markdown (pypandoc's bundled pandoc, SOURCE_DATE_EPOCH fixed): pandoc's "
          "reference styles (Title, Subtitle, Author, Date, First Paragraph, Body Text, Definition Term, Definition), "
          "heading bookmarks, docProps/custom.xml; zip rewritten with fixed timestamps")
SHAPE = ("Markdown report turned into Word: a YAML title block (title, subtitle, author, date) as pandoc's Title / "
         "Subtitle / Author / Date paragraphs, an intro, Heading 1 per hovedinnsatsområde, Heading 2 per measure, "
         "one or two paragraphs, then a definition list whose terms are the labels and whose definitions are the "
         "values on their own paragraphs (Delmål → «2.4 Etter- og videreutdanning», Slags tiltak → «verv i råd», "
         "Ansvarlig, Med); the member's kind words (verv i råd, nettkurs, veiledning, undersøkelse, temadag); a last "
         "Heading 1 «Nytt neste år» with a network that starts next autumn")
NOT_TRUTH = ("the title block (title, subtitle, author, date), the intro, the Heading 1s, the definition terms and the "
             "Delmål and Slags tiltak values, the section 'Nettverk for tillitsvalgte i fagskolene' under «Nytt neste "
             "år» (starts next autumn), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# heading 1, [(name, paragraphs, delmål text, kind, ansvarlig, med, seed, dm, type)]
SECTIONS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Karrieresamtaler for medlemmer over 50",
         ["Medlemmer over 50 år fikk tilbud om to samtaler med en karriereveileder. 640 medlemmer brukte tilbudet i "
          "2091, de fleste fra kontor- og administrasjonsyrker i staten."],
         "1.3 Karriereveiledning", "veiledning", "Kompetanseforbundet", "", None, "1.3", INFO),
    ]),
    ("Læring i arbeidslivet", [
        ("Nasjonalt fagskoleråd – Kompetanseforbundets representant",
         ["Forbundet har hatt én plass i rådet siden mars. Vi har særlig arbeidet for at fagskoletilbud skal kunne "
          "tas i moduler ved siden av jobb."],
         "2.4 Etter- og videreutdanning", "verv i råd", "Kompetanseforbundet", "", "M05", "2.4", RAD),
        ("KI-kortet – Kompetanseforbundets bidrag",
         ["Vi har laget oppgavene i kurset som handler om kunstig intelligens i kontor- og administrasjonsarbeid.",
          "1 900 av medlemmene våre fullførte kurset i 2091."],
         "2.1 Digital kompetanse", "nettkurs", "Kompetanseforbundet", "Akademikerne, Unio", "J05", "2.1", KURS),
        ("Kompetansebarometer for kontorfag",
         ["En undersøkelse blant 2 200 medlemmer om hvilken kompetanse de trenger framover i kontor- og "
          "administrasjonsyrker. Resultatene ble lagt fram på landsmøtet i november."],
         "2.2 Kunnskap om læring i arbeidslivet", "undersøkelse", "Kompetanseforbundet", "", None, "2.2", FOU),
        ("Fagbrevdagen for kontor- og administrasjonsfaget",
         ["En dag i Oslo og på nett for voksne som vil ta fagbrev som praksiskandidat. 450 deltok."],
         "2.5 Dokumentere kompetanse", "temadag", "Kompetanseforbundet", "Akershus fylkeskommune", None, "2.5",
         ARR),
    ]),
]
LATER = ("Nettverk for tillitsvalgte i fagskolene",
         "Nettverket startes opp først til høsten neste år, når vi har fått på plass en koordinator.",
         "2.4 Etter- og videreutdanning", "nettverk", "Kompetanseforbundet", "")


def _deflist(dm, kind, ans, med) -> str:
    return (f"Delmål\n:   {dm}\n\nSlags tiltak\n:   {kind}\n\nAnsvarlig\n:   {ans}\n\n"
            f"Med\n:   {med or '–'}\n")


def markdown() -> str:
    md = ['---', 'title: "Rapport til Kompetansepolitisk råd 2091"', 'subtitle: "Kompetanseforbundet"',
          'author: "Forbundssekretariatet"', 'date: "14. januar 2092"', 'lang: nb-NO', '---', '',
          "Dette er Kompetanseforbundets rapport om tiltakene vi har gjennomført i 2091 for å følge opp Nasjonal "
          "kompetansepolitisk strategi. For hvert tiltak står det hvilket delmål det hører til, hva slags tiltak det "
          "er, hvem som har hatt ansvaret og hvem vi har samarbeidet med.", '']
    for h1, items in SECTIONS:
        md += [f"# {h1}", ""]
        for name, paras, dm, kind, ans, med, *_ in items:
            md += [f"## {name}", ""]
            for p in paras:
                md += [p, ""]
            md += [_deflist(dm, kind, ans, med)]
    name, txt, dm, kind, ans, med = LATER
    md += ["# Nytt neste år", "", f"## {name}", "", txt, "", _deflist(dm, kind, ans, med)]
    md += ["Spørsmål om rapporten kan rettes til forbundssekretariatet.", ""]
    return "\n".join(md)


def _pandoc() -> str:
    import pypandoc
    return pypandoc.get_pandoc_path()


def build(out) -> list[dict]:
    tmp = Path(tempfile.mkdtemp(prefix="h71_pandoc_"))
    try:
        src = tmp / "rapport.md"
        src.write_text(markdown(), encoding="utf-8")
        dst = tmp / "rapport.docx"
        env = dict(os.environ, SOURCE_DATE_EPOCH="3851917200")  # 2092-01-14 09:00 UTC
        subprocess.run([_pandoc(), str(src), "-f", "markdown", "-t", "docx", "-o", str(dst)], check=True, env=env,
                       timeout=120)
        with zipfile.ZipFile(dst) as z:
            items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        fixed = []
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              rb"\g<1>2092-01-14T09:00:00Z\g<3>", data)
            fixed.append((name, data, True))
        write_zip(out / FILENAME, fixed)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = []
    for _h1, items in SECTIONS:
        for name, paras, _dmt, _kind, ans, med, seed, dm, ty in items:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    return rows


def text(path) -> str:
    return docx_text_deep(path)
