"""Word documents sent on through LibreOffice, part 1: LO (PDF, a long
table over a page break), Nordland (PDF, bullet report) and YS (RTF
letter with a number key for the type)."""
from __future__ import annotations

import os

from docx.shared import Cm, Pt

from .build_docx import cell_text, new_doc, shade, widths
from .common import AREA_NB, DM_NB, docx_props, fix_zip, soffice_convert
from .data_a import LO, YS
from .data_b import NORDLAND


def _stage(doc, tmp, name, title, author):
    docx_props(doc, title, author)
    path = os.path.join(tmp, name)
    doc.save(path)
    fix_zip(path)
    return path


# ------------------------------------------------------------------ LO
def lo(out, tmp):
    doc = new_doc("Arial", 10.5)
    doc.add_paragraph("Landsorganisasjonen i Norge").runs[0].bold = True
    doc.add_paragraph("Youngs gate 11, 0181 Oslo")
    doc.add_heading("LOs innrapportering til Kompetansepolitisk råd "
                    "for 2051", level=1)
    doc.add_heading("Innledning", level=2)
    for txt in (
        "LO viser til invitasjonen fra sekretariatet om å rapportere tiltak "
        "som følger opp Nasjonal kompetansepolitisk strategi. LO og "
        "forbundene arbeider med kompetanse på mange arenaer: i "
        "trepartssamarbeidet, i råd og utvalg, gjennom tariffavtalene og "
        "gjennom AOF og Fagskolen Aof.",
        "For LO er det viktig at flere voksne får mulighet til å ta fagbrev "
        "og at opplæring på arbeidsplassen blir en rettighet i praksis. "
        "Vi har derfor prioritert å delta aktivt i rådene som dimensjonerer "
        "fag- og yrkesopplæringen, og i bransjeprogrammene.",
        "Oversikten under omfatter tiltak der LO sentralt har hatt en aktiv "
        "rolle i 2051. Forbundenes egne tiltak er ikke tatt med, med unntak "
        "av bransjeprogrammene, der forbundene er part. Delmål er oppgitt "
        "med nummer fra strategien.",
        "Tiltakene er gruppert etter innsatsområde i samme rekkefølge som i "
        "strategien. Der et tiltak bidrar til flere delmål, er det oppført "
        "under det delmålet som passer best.",
    ):
        doc.add_paragraph(txt)
    doc.add_heading("Oversikt over tiltak", level=2)
    cols = ["Nr.", "Delmål", "Tiltak og beskrivelse", "Type",
            "Ansvar og samarbeid"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, "F2DCDB")
    for i, r in enumerate(LO, 1):
        cells = t.add_row().cells
        cell_text(cells[0], f"{i}.", size=10)
        cell_text(cells[1], r.delmal, size=10)
        cell_text(cells[2], r.tiltak, bold=True, size=10)
        cells[2].add_paragraph().add_run(r.beskrivelse).font.size = Pt(10)
        cell_text(cells[3], r.tw, size=10)
        cell_text(cells[4], f"Ansvarlig: {r.ansvarlig}", size=10)
        if r.partnere:
            cells[4].add_paragraph().add_run(
                f"Samarbeid: {r.partnere}").font.size = Pt(10)
    widths(t, [1.0, 2.0, 6.6, 2.3, 4.7])
    doc.add_paragraph()
    doc.add_paragraph(
        "LO ønsker at rådet i 2052 drøfter hvordan bransjeprogrammene kan "
        "gjøres permanente. Kontaktperson: rådgiver Nils Aune, "
        "nils.aune@lo.no.")
    src = _stage(doc, tmp, "LO_innrapportering_2051.docx",
                 "Innrapportering 2051", "Nils Aune")
    return soffice_convert(src, "pdf", out)


# ------------------------------------------------------------------ Nordland
def nordland(out, tmp):
    doc = new_doc("Calibri", 11)
    doc.add_heading("Nordland fylkeskommune", level=1)
    doc.add_paragraph("Årsrapport kompetanse 2051 – innspill til "
                      "Kompetansepolitisk råd").runs[0].bold = True
    doc.add_heading("Sammendrag", level=2)
    doc.add_paragraph(
        "Nordland har i 2051 særlig satset på partnerskap, desentraliserte "
        "tilbud og kvalifisering av ledige i sjømatnæringen. Samarbeidet med "
        "Sametinget om samisk språk i arbeidslivet er inne i sitt andre år. "
        "Under følger tiltakene ordnet etter innsatsområde og delmål.")
    areas = {}
    for r in NORDLAND:
        areas.setdefault(r.delmal[0], []).append(r)
    for area in ("1", "2", "3"):
        doc.add_heading(f"Innsatsområde {area} – {AREA_NB[area]}", level=2)
        last = None
        for r in areas.get(area, []):
            if r.delmal != last:
                last = r.delmal
                p = doc.add_paragraph()
                p.add_run(f"{DM_NB[r.delmal]} ({r.delmal})").underline = True
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(r.tiltak).bold = True
            for label, val in (("Type", r.tw), ("Ansvar", r.ansvarlig),
                               ("Partnere", r.partnere)):
                if not val:
                    continue
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(1.27)
                q.paragraph_format.space_after = Pt(0)
                q.add_run(f"{label}: ").italic = True
                q.add_run(val)
            q = doc.add_paragraph(r.beskrivelse)
            q.paragraph_format.left_indent = Cm(1.27)
    doc.add_paragraph(
        "Tiltak under delmål 3.4 og 3.5 rapporteres av kommunene og NAV og "
        "er derfor ikke tatt med her.")
    doc.add_paragraph("Bodø, 30. januar 2052\nAvdeling for utdanning og "
                      "kompetanse")
    src = _stage(doc, tmp, "Nordland_fk_arsrapport_2051.docx",
                 "Årsrapport kompetanse 2051", "Nordland fylkeskommune")
    return soffice_convert(src, "pdf", out)


# ------------------------------------------------------------------ YS
def ys(out, tmp):
    doc = new_doc("Georgia", 11)
    doc.add_paragraph("YS – Yrkesorganisasjonenes Sentralforbund\n"
                      "Postboks 9232 Grønland, 0134 Oslo")
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\n"
                      "v/ Kunnskapsdepartementet")
    doc.add_paragraph("Vår ref.: 2052/017          Oslo, 25. januar 2052")
    p = doc.add_paragraph()
    p.add_run("YS' rapportering av tiltak for 2051").bold = True
    doc.add_paragraph(
        "Vi viser til henvendelse om rapportering av medlemmenes tiltak. "
        "YS har i 2051 hatt fire tiltak som vi mener bidrar til å nå "
        "målene i strategien. Hvert tiltak er merket med delmål og en "
        "typekode i klammer.")
    doc.add_paragraph(
        "Typekoder: 1 = Råd/utvalg/nettverk, 2 = Kurs/utdanning, "
        "3 = Prosjekt, 4 = FoU, 5 = Arrangement, 6 = Informasjon.")
    for r in YS:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(f"Delmål {r.delmal}: ")
        p.add_run(r.tiltak).bold = True
        p.add_run(f" [{r.tw}]")
        doc.add_paragraph(r.beskrivelse)
        line = f"Ansvarlig: {r.ansvarlig}"
        if r.partnere:
            line += f" – Samarbeidspartnere: {r.partnere}"
        doc.add_paragraph(line).runs[0].italic = True
    doc.add_paragraph(
        "YS vil også peke på at mange av forbundenes egne kurs for "
        "tillitsvalgte bidrar til læring i arbeidslivet, men disse er ikke "
        "tatt med i oversikten.")
    doc.add_paragraph("Med vennlig hilsen\nYS\n\nHans Olav Dahl\nfagsjef")
    src = _stage(doc, tmp, "YS_brev_2051.docx", "Rapportering 2051",
                 "Hans Olav Dahl")
    return soffice_convert(src, "rtf", out)


def build(out, tmp):
    return [lo(out, tmp), nordland(out, tmp), ys(out, tmp)]
