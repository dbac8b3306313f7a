"""Akademikerne: a slide deck made by pandoc from Markdown (pandoc's own PPTX reference layout). The kind of a measure
is given only by the section slide it stands under («Råd og utvalg», «Analyser», «Kurs og webinarer», «Møteplasser»,
«Nettressurser»); each measure slide has the name as title, the description as a paragraph and bullets
«Strategien: delmål x.y», «Ansvar: …», «Med: …». A programme that starts in March 2097 is told only in words."""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from .common import ARR, FOU, INFO, KURS, RAD, SOURCE_DATE_EPOCH, row

FILENAME = "Akademikerne - tiltak 2096.pptx"
MEMBER = "Akademikerne"
FORMAT = ("PPTX made by pandoc 3 from Markdown (pypandoc's bundled pandoc, --slide-level=2, SOURCE_DATE_EPOCH fixed): "
          "pandoc's reference deck (Title Slide, Section Header and Title and Content layouts, «Microsoft Macintosh "
          "PowerPoint» in docProps/app.xml), speaker notes from ::: notes blocks")
SHAPE = ("slide deck: a title slide (title, subtitle, author, date from the YAML block), then five section header "
         "slides that are Akademikerne's kinds (Råd og utvalg / Analyser / Kurs og webinarer / Møteplasser / "
         "Nettressurser), each followed by one slide per measure: the name as title, a description paragraph and "
         "bullets «Strategien: delmål x.y», «Ansvar: …» and, where there are partners, «Med: …»; the kind only from "
         "the section slide above; speaker notes on three slides; the UHR-FSE seat «Legeforeningen i UHR-Medisin og "
         "helse»; a programme that starts in March 2097 told only in words; at the end a section slide «Kontakt» "
         "and a contact slide")
NOT_TRUTH = ("the title slide, the six section slides, the «Strategien:», «Ansvar:» and «Med:» labels and the codes, "
             "the speaker notes, the slide 'Lederprogram for unge akademikere' (starts in March 2097), the contact "
             "slide")
SPLIT_FIELDS = ("samarbeidspartnere",)

# section, name, description, delmål, ansvar, med, notes, seed, type
ROWS = [
    ("Råd og utvalg", "Legeforeningen i UHR-Medisin og helse",
     "Legeforeningen har Akademikernes plass i den fagstrategiske enheten for medisin og helsefag. Enheten arbeidet i "
     "2096 med nasjonale krav til praksis i legeutdanningen.", "1.4", "Den norske legeforening", "",
     "Enheten møttes fire ganger.", "M03", RAD),
    ("Analyser", "Læringsklimaundersøkelsen 2096 – akademikerutvalget",
     "Akademikerne sto for utvalget av arbeidstakere med høyere utdanning. 3 900 medlemmer svarte.", "2.2",
     "Akademikerne sekretariatet", "KS, Spekter, NIFU", "Tallene for akademikerne kommer som eget notat.", "J02", FOU),
    ("Analyser", "Analyse av videreutdanning blant jurister",
     "Juristforbundet undersøkte hvor mange jurister som tar videreutdanning og hva som hindrer dem. Rapporten viste "
     "at tid er det største hinderet.", "2.2", "Juristforbundet", "Ny Analyse", "", None, FOU),
    ("Kurs og webinarer", "Webinarserien «Lær hele livet»",
     "Åtte webinarer om etter- og videreutdanning for akademikere, med til sammen 5 200 påmeldte.", "2.4", "Tekna",
     "Samfunnsøkonomene", "", None, KURS),
    ("Kurs og webinarer", "Lederprogram for unge akademikere",
     "Programmet er klart og starter i mars 2097.", "2.4", "Akademikerne sekretariatet", "", "", "", None),
    ("Møteplasser", "Karrieredag for akademikere med utenlandsk utdanning",
     "Karrieredag i Oslo i november for 300 medlemmer med utdanning fra utlandet, med veiledning om godkjenning og "
     "jobbsøking.", "2.6", "Akademikerne sekretariatet", "HK-dir", "Vi gjentar dagen i Bergen.", None, ARR),
    ("Nettressurser", "Videreutdanningsguiden",
     "Nettside som samler tilbud om videreutdanning for akademikere og forklarer rettighetene til permisjon og "
     "stipend.", "1.3", "Samfunnsviterne", "", "", None, INFO),
]


def markdown() -> str:
    lines = ["---", "title: Akademikernes tiltak i kompetansestrategien 2096",
             "subtitle: Rapportering til Kompetansepolitisk råd", "author: Akademikerne", "date: Januar 2097", "---",
             ""]
    section = None
    for sec, name, desc, dm, ansvar, med, notes, *_r in ROWS:
        if sec != section:
            lines += [f"# {sec}", ""]
            section = sec
        lines += [f"## {name}", "", desc, "", f"- Strategien: delmål {dm}", f"- Ansvar: {ansvar}"]
        if med:
            lines.append(f"- Med: {med}")
        lines.append("")
        if notes:
            lines += ["::: notes", notes, ":::", ""]
    lines += ["# Kontakt", "", "## Spørsmål om rapporten", "",
              "Kristin Haugland, fagsjef utdanning og kompetanse, Akademikerne", ""]
    return "\n".join(lines)


def build(out) -> list[dict]:
    import pypandoc
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "tiltak.md"
        src.write_text(markdown(), encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
        subprocess.run([pypandoc.get_pandoc_path(), str(src), "-f", "markdown", "-t", "pptx", "--slide-level=2",
                        "-o", str(out / FILENAME)], check=True, env=env)
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, d) for _s, n, d, dm, a, m, _no, seed, ty in ROWS if ty]


def text(path) -> str:
    from pptx import Presentation
    prs = Presentation(str(path))
    out = []
    for slide in prs.slides:
        for sh in slide.shapes:
            if sh.has_text_frame:
                out += [p.text for p in sh.text_frame.paragraphs]
        if slide.has_notes_slide:
            out.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(out)
