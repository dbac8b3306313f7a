"""Kompetanseforbundet: an extract of the annual report written in Word and exported to PDF. Chapters 1 and 2 are
about the organisation and its members (not measures); chapter 3 «Oppfølging av kompetansestrategien» is a bullet
list, one bullet per measure: the bold name, «(delmål x.y):», the description, then «Ansvar: … Samarbeid: …» inside
the same bullet. No kind is given anywhere; the clerk reads it from the text. One bullet is next year's."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Kompetanseforbundet – årsmelding 2088 (utdrag).pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with numbered Heading 1s and List Bullet paragraphs; dates and /ID fixed"
SHAPE = ("annual-report extract: «1 Om forbundet», «2 Medlemmer og økonomi» (key figures, no measures), then «3 "
         "Oppfølging av kompetansestrategien» as a bullet list, one bullet per measure: bold name, «(delmål 1.3):», "
         "the description and «Ansvar: … Samarbeid: A og B.» in the same bullet; no kind given anywhere (inferred "
         "from the text); one bullet is next year's («Flyttet til våren 2089»)")
NOT_TRUTH = ("the title, chapters 1 and 2 (organisation, members, key figures), the «(delmål x.y):» brackets, the "
             "labels «Ansvar:» and «Samarbeid:», the bullet 'Medlemsseminar i Tromsø' (moved to the spring of 2089), "
             "the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, text, ansvar, partners, seed, type
ITEMS = [
    ("Arbeidsgruppen for kvalitet i Nasjonalt forum for karriereveiledning", "1.3",
     "Kompetanseforbundet har en plass i forumet og ledet i 2088 arbeidsgruppen for kvalitet i veiledningen av voksne "
     "i arbeid.", "Kompetanseforbundet", [], "M01", RAD),
    ("Pilotprosjektet VIA", "1.3",
     "Vi har rekruttert bedrifter i Agder og Buskerud til pilotprosjektet med karriereveiledning på arbeidsplassen, "
     "og 14 av dem var med i 2088.", "Kompetanseforbundet", ["Karriere Agder", "Karriere Buskerud"], "J01",
     PROSJEKT),
    ("Validering i praksis", "2.5",
     "Kompetanseforbundet leder prosjektet som utvikler en metode for å dokumentere og vurdere kompetanse ervervet i "
     "arbeidslivet. Metoden ble prøvd ut i 30 virksomheter.", "Kompetanseforbundet", ["UHR", "Virke", "HK-dir"],
     "J06", PROSJEKT),
    ("Kurs i kompetansekartlegging for HR-ansatte", "2.4",
     "Fire todagerskurs med til sammen 120 HR-ansatte fra små og mellomstore bedrifter.", "Kompetanseforbundet",
     ["Fagskolen Innlandet"], None, KURS),
    ("Rapport om læring i små bedrifter", "2.2",
     "Rapporten bygger på intervjuer i 40 bedrifter om hvordan de organiserer læring på arbeidsplassen, og ble lagt "
     "fram i september.", "Kompetanseforbundet", ["Høgskolen i Innlandet"], None, FOU),
    ("Medlemsseminar i Tromsø", "2.4", "Flyttet til våren 2089.", "", [], "", None),
]


def _med(parts):
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " og " + parts[-1]


def build(out) -> list[dict]:
    d = base_docx(font="Cambria", size=11, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("Kompetanseforbundet – årsmelding 2088", "b")])
    p.runs[0].font.size = Pt(18)
    d.add_paragraph("Utdrag sendt til Kompetansepolitisk råd")
    d.add_heading("1 Om forbundet", level=1)
    d.add_paragraph("Kompetanseforbundet samler fagfolk som arbeider med læring, opplæring og kompetanseutvikling i "
                    "arbeidslivet. Forbundet har sekretariat i Hamar og regionale kontakter i fem fylker.")
    d.add_heading("2 Medlemmer og økonomi", level=1)
    d.add_paragraph("Ved utgangen av 2088 hadde forbundet 2 140 personlige medlemmer og 86 virksomhetsmedlemmer. "
                    "Driftsresultatet ble 0,4 millioner kroner.")
    d.add_heading("3 Oppfølging av kompetansestrategien", level=1)
    d.add_paragraph("Dette gjorde vi i 2088:")
    rows = []
    for name, dm, txt, ans, med, seed, ty in ITEMS:
        p = d.add_paragraph(style="List Bullet")
        parts = [(name, "b"), (f" (delmål {dm}): ", ""), (txt, "")]
        if ans:
            parts.append((f" Ansvar: {ans}.", ""))
        if med:
            parts.append((f" Samarbeid: {_med(med)}.", ""))
        add_runs(p, parts)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt))
    d.add_paragraph("Styret takker medlemmene og samarbeidspartnerne for innsatsen i 2088.")
    docx_to_pdf(d, out / FILENAME, author="Kompetanseforbundet")
    return rows


def text(path) -> str:
    return pdf_text(path)
