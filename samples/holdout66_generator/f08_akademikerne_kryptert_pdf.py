"""Akademikerne: a PDF memo protected against changes: encrypted with the standard security handler (RC4 128-bit,
revision 3) with an owner password only, so it opens without a password but editing is not allowed (/P without the
modify bit). The page is an ordinary memo with a ruled table (Tiltak / Forening / Hva ble gjort / Delmål / Form /
Samarbeid). A delmål cell can name a second goal in brackets («2.2 (også 1.1)»): the first is the one meant.
A breakfast seminar moved to the first quarter of next year is outside 2086."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, pdf_text_with_cells, row, setup_reportlab

FILENAME = "Akademikerne – kompetansetiltak 2086 (låst).pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF (reportlab platypus, invariant), encrypted with the standard security handler: RC4 128-bit (V 2, R 3), "
          "owner password only (opens without a password), permissions without modify; DejaVu fonts")
SHAPE = ("memo protected against editing: memo head (Til / Fra / Dato / Sak), intro, one ruled table Tiltak / "
         "Forening / Hva ble gjort / Delmål / Form / Samarbeid; delmål as code, twice with a second goal in brackets "
         "(«2.2 (også 1.1)»); Akademikerne's kind words (Utvalgsplass, Undersøkelse, Kursdager, "
         "Karriereveiledning); a seminar moved to next year; a closing line")
NOT_TRUTH = ("the memo head and intro, the header, the Delmål and Form cells (including the second goals in "
             "brackets), the row 'Frokostseminar om etter- og videreutdanning' (moved to the first quarter of next "
             "year), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Akademikernes plass i Kompetansebehovsutvalget", "Akademikerne",
     "Akademikernes representant la vekt på behovet for helsepersonell og ingeniører i utvalgets hovedrapport.",
     "1.1", "Utvalgsplass", "", "M02", RAD),
    ("Arbeidslivsgruppen i UHR-MNT", "Tekna",
     "Tekna har en plass i arbeidslivsgruppen under UHRs fagstrategiske enhet for matematikk, naturvitenskap og "
     "teknologi. Gruppen arbeidet med etter- og videreutdanning for ingeniører.", "1.4", "Utvalgsplass", "", "M04",
     RAD),
    ("Kompetansebarometeret 2086 – akademikerutvalget", "Akademikerne",
     "Akademikerne har bidratt med et eget utvalg av 1 800 medlemmer med master- eller profesjonsutdanning i den "
     "felles undersøkelsen.", "2.2 (også 1.1)", "Undersøkelse", "YS, Opinion", "J05", FOU),
    ("Kursdager i kunstig intelligens for jurister", "Juristforbundet",
     "Seks kursdager om KI-verktøy i saksbehandling og rådgivning. 520 deltakere.", "2.1", "Kursdager",
     "Universitetet i Oslo", None, KURS),
    ("Karrieresamtaler for seniorer", "Samfunnsviterne",
     "Medlemmer over 60 år kan få to samtaler med karriereveileder om de siste årene i arbeidslivet. 170 brukte "
     "tilbudet.", "1.3 (også 2.4)", "Karriereveiledning", "Karriere Oslo", None, INFO),
    ("Etterutdanning i klinisk etikk", "Den norske legeforening",
     "Kurs over tre samlinger for leger i spesialisering, med 140 deltakere fra alle helseregionene.", "2.4",
     "Kursdager", "De regionale helseforetakene", None, KURS),
    ("Frokostseminar om etter- og videreutdanning", "Akademikerne",
     "Flyttet til første kvartal neste år.", "2.4", "Seminar", "", "", None),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", fontName="DVC", fontSize=7.5, leading=9.5)
    bcell = ParagraphStyle("bc", parent=cell, fontName="DVC-B")
    title = ParagraphStyle("t", fontName="DV-B", fontSize=15, leading=19, spaceAfter=8)
    enc = StandardEncryption("", ownerPassword="AkAd-2087-lås", canPrint=1, canModify=0, canCopy=1, canAnnotate=0,
                             strength=128)
    doc = SimpleDocTemplate(str(out / FILENAME), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="Notat – kompetansetiltak 2086",
                            author="Akademikerne", encrypt=enc, creator="Microsoft® Word for Microsoft 365")
    story = [Paragraph("NOTAT", title)]
    head = [["Til:", "Sekretariatet for Kompetansepolitisk råd"], ["Fra:", "Akademikerne, v/ Lars Øye Mikkelsen"],
            ["Dato:", "17.01.2087"], ["Sak:", "Akademikernes tiltak i kompetansepolitikken 2086"]]
    ht = Table([[Paragraph(a, bcell), Paragraph(b, cell)] for a, b in head], colWidths=[2 * cm, 12 * cm])
    story += [ht, Spacer(1, 10),
              Paragraph("Akademikerne og medlemsforeningene har gjennomført tiltakene i tabellen nedenfor. Der to "
                        "delmål er oppgitt, er det første hovedmålet.", body), Spacer(1, 8)]
    data = [[Paragraph(h, bcell) for h in ["Tiltak", "Forening", "Hva ble gjort", "Delmål", "Form", "Samarbeid"]]]
    rows = []
    for name, forening, desc, dm, form, med, seed, ty in ROWS:
        data.append([Paragraph(name, bcell), Paragraph(forening, cell), Paragraph(desc, cell), Paragraph(dm, cell),
                     Paragraph(form, cell), Paragraph(med or "–", cell)])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm.split()[0], ty, forening, med, desc))
    t = Table(data, colWidths=[4.5 * cm, 2.5 * cm, 3.8 * cm, 1.5 * cm, 3.0 * cm, 2.7 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4DFEC")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 12), Paragraph("Notatet er låst for endringer. Ta kontakt om dere trenger en redigerbar "
                                          "versjon.", body)]
    doc.build(story)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
