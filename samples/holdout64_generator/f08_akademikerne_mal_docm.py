"""Akademikerne: a macro-enabled Word document (.docm) made from Akademikerne's own report template. The main part is
typed application/vnd.ms-word.document.macroEnabled.main+xml (no VBA project is left; the gateway strips macros).
The template's document-information table sits at the top; the measures are in one table «Tiltaksoversikt» with a
column for the member association. The template's empty last row with bracketed placeholders («[Skriv tiltakets
navn]») is still there. One row is outside 2084, only by its text («avsluttet i fjor»)."""
from __future__ import annotations

import datetime as _dt
import zipfile

from docx.shared import Pt, RGBColor
from lxml import etree

from .common import ARR, FOU, PROSJEKT, RAD, add_runs, base_docx, normalise_ooxml, row, set_cell_shading, \
    set_col_widths

FILENAME = "Akademikerne tiltak 2084.docm"
MEMBER = "Akademikerne"
FORMAT = ("DOCM: macro-enabled Word document (landscape) written with python-docx, main part re-typed as "
          "application/vnd.ms-word.document.macroEnabled.main+xml, no VBA project; zip normalised")
SHAPE = ("member's own template: a document-information table (Dokumenttype / Mottaker / Vår ref. / Dato / "
         "Saksbehandler), a heading «Tiltaksoversikt 2084» and one ruled table Nr. / Tiltak / Forening / Mål i "
         "strategien / Virkemiddel / Omtale / Partnere, where Forening names the member association that is "
         "responsible; delmål as «Delmål 1.4»; Akademikerne's kind words (Rådsplass, Utvalgsplass, Innspill, "
         "Program, Fagdager, Veiledning); the template's empty last row with bracketed grey placeholders; one row "
         "outside 2084 by its text; a short «Merknader» section")
NOT_TRUTH = ("the document-information table, the heading, the header row, the Nr., Mål i strategien and Virkemiddel "
             "cells, row 6 'Karriereveiledning for forskere' (ended last year), row 7 (the empty template row with "
             "placeholders), the «Merknader» section and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

MACRO_CT = b"application/vnd.ms-word.document.macroEnabled.main+xml"
DOCX_CT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# name, forening, delmål, virkemiddel, omtale, partners, seed, dm, type
ROWS = [
    ("Rådet for samarbeid med arbeidslivet ved NTNU – Teknas plass", "Tekna", "Delmål 1.4", "Rådsplass",
     "Tekna har en av arbeidslivets plasser i NTNUs RSA. Rådet ga i 2084 råd om flere korte videreutdanningsemner "
     "for ingeniører og om bedre kobling mellom masteroppgaver og næringslivet i Midt-Norge.", "", "M01", "1.4",
     RAD),
    ("KBU – Akademikernes representant", "Akademikerne sentralt", "Delmål 1.1", "Utvalgsplass",
     "Akademikernes representant i Kompetansebehovsutvalget har særlig fulgt arbeidet med behovet for leger, psykologer og "
     "ingeniører. Utvalget hadde fem møter i 2084.", "", "M02", "1.1", RAD),
    ("Notat til Kompetansebehovsutvalget om spesialistmangel", "Den norske legeforening", "Delmål 1.1", "Innspill",
     "Legeforeningen og Tannlegeforeningen skrev et felles notat om mangelen på spesialister i helsetjenesten, "
     "særlig i Nord-Norge. Notatet er vårt eget innspill og ikke en del av utvalgets arbeid.",
     "Den norske tannlegeforening", None, "1.1", FOU),
    ("Mentorprogram for akademikere med utdanning fra utlandet", "Akademikerne sentralt", "Delmål 3.4", "Program",
     "Innvandrere med høyere utdanning fikk en mentor i samme fag i ett år. 64 par ble satt sammen i 2084, og "
     "halvparten av mentorandene fikk jobb i eget fag innen programmet var over.", "IMDi, Oslo Business Region",
     None, "3.4", PROSJEKT),
    ("Juristenes etterutdanningsdager", "Juristforbundet", "Delmål 2.4", "Fagdager",
     "To fagdager i Bergen om ny arbeidsrett og kunstig intelligens i juridisk arbeid, laget etter innspill fra "
     "arbeidsgivere i offentlig sektor. 380 deltakere.", "Universitetet i Bergen", None, "2.4", ARR),
    ("Karriereveiledning for forskere", "Forskerforbundet", "Delmål 1.3", "Veiledning",
     "Tilbudet ble avsluttet i fjor fordi finansieringen falt bort.", "", "", "", None),
]
PLACEHOLDER = ["7", "[Skriv tiltakets navn]", "[Velg forening]", "[Delmål]", "[Velg virkemiddel]",
               "[Kort omtale, maks 80 ord]", "[Partnere]"]


def build(out) -> list[dict]:
    d = base_docx(font="Segoe UI", size=9.5, landscape=True, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("AKADEMIKERNE", "b")])
    p.runs[0].font.size = Pt(18)
    p.runs[0].font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Dokumenttype", "Rapport"), ("Mottaker", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Vår ref.", "24/311-4"), ("Dato", "15.01.2085"), ("Saksbehandler", "Tone Myhre Haugen")]:
        c = info.add_row().cells
        add_runs(c[0].paragraphs[0], [(k, "b")])
        set_cell_shading(c[0], "EAF1F8")
        c[1].paragraphs[0].add_run(v)
    set_col_widths(info, [3.5, 8.0])
    d.add_paragraph()
    d.add_heading("Tiltaksoversikt 2084", level=1)
    d.add_paragraph("Oversikten viser tiltak i Akademikerne og medlemsforeningene som følger opp Nasjonal "
                    "kompetansepolitisk strategi.")
    head = ["Nr.", "Tiltak", "Forening", "Mål i strategien", "Virkemiddel", "Omtale", "Partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "004B87")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rows = []
    for i, (name, foren, dmt, virk, omt, med, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), name, foren, dmt, virk, omt, med or "–"]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, foren, med, omt))
    cells = t.add_row().cells
    for c, v in zip(cells, PLACEHOLDER):
        r = c.paragraphs[0].add_run(v)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    set_col_widths(t, [1.0, 4.2, 3.0, 2.2, 2.4, 8.6, 3.6])
    d.add_paragraph()
    d.add_heading("Merknader", level=2)
    d.add_paragraph("Foreningenes egne kurs og konferanser er bare tatt med der de er laget for å møte et behov i "
                    "arbeidslivet som strategien peker på.")
    d.add_paragraph("Med vennlig hilsen\nTone Myhre Haugen\nfagleder utdanning, Akademikerne")
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Tone Myhre Haugen"
    cp.created = _dt.datetime(2085, 1, 14, 9, 0, 0)
    cp.modified = _dt.datetime(2085, 1, 16, 10, 20, 0)
    cp.revision = 4
    path = out / FILENAME
    d.save(str(path))
    normalise_ooxml(path, extra={"[Content_Types].xml": lambda b: b.replace(DOCX_CT, MACRO_CT)})
    return rows


def text(path) -> str:
    """Paragraph text of the main part in document order (python-docx refuses the macro-enabled content type)."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p"))
