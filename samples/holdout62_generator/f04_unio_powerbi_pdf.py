"""Unio: a Power BI report exported to PDF. Page 1 «Oversikt» has a year slicer set to 2082, three cards, a bar
chart of measures per delmål and a table visual Tiltak / Delmål / Kategori / Ansvarlig forbund. Page 2 «Detaljer»
is not synced with the slicer: its table visual lists every measure in the register, 2081 and 2083 included, with
Rapportår / Tiltak / Samarbeid / Beskrivelse. A measure's facts are thus split over two pages and must be joined by
name; the year comes from page 2's Rapportår column or from page 1's filtered table."""
from __future__ import annotations

import io

from .common import ARR, FOU, KURS, RAD, canvas_table, pdf_text_with_cells, row, setup_reportlab

FILENAME = "Unio kompetanserapport 2082 (Power BI).pdf"
MEMBER = "Unio"
FORMAT = ("PDF (reportlab canvas, invariant) imitating Power BI's 'Eksporter til PDF': two 16:9 pages, visuals "
          "drawn as boxes (slicer, cards, bar chart, table visuals with gridlines); Creator 'Microsoft Power BI'")
SHAPE = ("BI report: page «Oversikt» with a slicer Rapportår (☐ 2081 ☑ 2082 ☐ 2083), cards (Tiltak / Forbund med "
         "/ Deltakere), a bar chart «Antall tiltak per delmål» and a table visual «Tiltak 2082» (Tiltak / Delmål / "
         "Kategori / Ansvarlig forbund); page «Detaljer», not filtered by the slicer, with a table visual «Alle "
         "tiltak i registeret» (Rapportår / Tiltak / Samarbeid / Beskrivelse) sorted by name, 2081 and 2083 rows "
         "among them; a measure's facts are joined across the pages by its name")
NOT_TRUTH = ("the report title band, page titles, the slicer, the cards, the bar chart and its labels, the headers, "
             "the Rapportår, Delmål and Kategori cells, the rows on page 2 with Rapportår 2081 ('Lederutvikling for "
             "rektorer – avslutning') and 2083 ('Mentorprogram for nyutdannede fysioterapeuter', 'Karrieredag for "
             "postdoktorer'), the source line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# year, name, dm, kategori, forbund, samarbeid, beskrivelse, seed, type
ITEMS = [
    (2082, "Råd for samarbeid med arbeidslivet ved Høgskulen på Vestlandet", "1.4", "Rådsplass",
     "Norsk Sykepleierforbund", "",
     "Unio har én plass i rådet. Rådet vedtok i 2082 en felles plan for praksisplasser i sykepleie og vernepleie i "
     "Vestland.", "M01", RAD),
    (2082, "Nasjonalt råd for lærerutdanning (NRLU)", "1.4", "Rådsplass", "Utdanningsforbundet", "",
     "Utdanningsforbundet møter som observatør og tok opp rekrutteringen til lærerutdanningene i Nord-Norge.",
     "M03", RAD),
    (2082, "Kompetansebarometeret – felles undersøkelse i kommunesektoren", "2.2", "Undersøkelse", "Unio-sekretariatet", "KS, YS",
     "Unio-forbundene bidro med utvalg fra skoler, barnehager og helsetjenester og kommenterte rapporten før den "
     "ble publisert.", "J02", FOU),
    (2082, "Unios tilleggsspørsmål til Kompetansebarometeret", "2.2", "Analyse", "Forskerforbundet", "",
     "Egne spørsmål om tid til faglig oppdatering, stilt til medlemmer i Unio-forbundene og analysert av Unio. "
     "Tilleggsspørsmålene er ikke en del av det felles barometeret.", None, FOU),
    (2082, "Videreutdanning i veiledning for sykepleiere", "2.4", "Videreutdanning", "Norsk Sykepleierforbund",
     "OsloMet, Universitetet i Agder",
     "Deltidsstudium på 15 studiepoeng for sykepleiere som veileder studenter og nyansatte; 180 tok emnet i 2082.",
     None, KURS),
    (2082, "Karrierekafé for ansatte i politiet", "1.3", "Arrangement", "Politiets Fellesforbund", "Karriere Oslo",
     "Seks kvelder med veiledning for politiansatte som vurderer nye oppgaver eller å bytte yrke.", None, ARR),
    (2081, "Lederutvikling for rektorer – avslutning", "2.4", "Kurs", "Skolelederforbundet", "BI",
     "Siste samling for kullet som startet i 2079.", "", None),
    (2083, "Mentorprogram for nyutdannede fysioterapeuter", "2.4", "Mentorordning", "Fysioterapeutforbundet", "",
     "Planlagt oppstart i februar 2083.", "", None),
    (2083, "Karrieredag for postdoktorer", "1.3", "Arrangement", "Forskerforbundet", "Universitetet i Oslo",
     "Planlagt til mai 2083.", "", None),
]
W, H = 960.0, 540.0
TEAL = (0.05, 0.33, 0.36)


def _band(c, page_title: str) -> None:
    c.setFillColorRGB(*TEAL)
    c.rect(0, H - 46, W, 46, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV-B", 18)
    c.drawString(20, H - 30, "Unio – kompetansetiltak")
    c.setFont("DV", 9)
    c.drawRightString(W - 20, H - 28, "Rapport til Kompetansepolitisk råd")
    c.setFillColorRGB(0.15, 0.15, 0.15)
    c.setFont("DV-B", 12)
    c.drawString(20, H - 66, page_title)
    c.setFont("DV", 7)
    c.setFillColorRGB(0.45, 0.45, 0.45)
    c.drawString(20, 14, "Kilde: Unios tiltaksregister · Sist oppdatert 12.01.2083 08:14")
    c.setFillColorRGB(0, 0, 0)


def _visual_frame(c, x, y_top, w, h, title: str | None) -> None:
    c.setStrokeColorRGB(0.85, 0.85, 0.85)
    c.setLineWidth(0.6)
    c.rect(x, y_top - h, w, h, stroke=1, fill=0)
    if title:
        c.setFont("DV-B", 9)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(x + 8, y_top - 15, title)
        c.setFillColorRGB(0, 0, 0)


def _checkbox(c, x, y, checked: bool) -> None:
    c.setStrokeColorRGB(0.3, 0.3, 0.3)
    c.setLineWidth(0.8)
    if checked:
        c.setFillColorRGB(*TEAL)
        c.rect(x, y, 9, 9, stroke=1, fill=1)
        c.setStrokeColorRGB(1, 1, 1)
        c.setLineWidth(1.3)
        p = c.beginPath()
        p.moveTo(x + 2, y + 4.5)
        p.lineTo(x + 4, y + 2.2)
        p.lineTo(x + 7.5, y + 7)
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.rect(x, y, 9, 9, stroke=1, fill=0)
    c.setFillColorRGB(0, 0, 0)


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Unio kompetanserapport 2082")
    c.setAuthor("Unio")
    c.setCreator("Microsoft Power BI")
    c.setProducer("Microsoft Power BI")
    cur = [it for it in ITEMS if it[0] == 2082]

    # page 1 – Oversikt
    _band(c, "Oversikt")
    cards = [(str(len(cur)), "Tiltak"), (str(len({it[4] for it in cur if it[4] != "Unio-sekretariatet"})),
                                           "Forbund med"), ("2 140", "Deltakere")]
    for k, (num, lab) in enumerate(cards):
        x = 20 + k * 170
        _visual_frame(c, x, H - 80, 160, 74, None)
        c.setFont("DV-B", 26)
        c.setFillColorRGB(*TEAL)
        c.drawCentredString(x + 80, H - 122, num)
        c.setFont("DV", 9)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawCentredString(x + 80, H - 142, lab)
    c.setFillColorRGB(0, 0, 0)
    # bar chart
    counts: dict[str, int] = {}
    for it in cur:
        counts[it[2]] = counts.get(it[2], 0) + 1
    bx, btop, bw, bh = 540, H - 80, 210, 160
    _visual_frame(c, bx, btop, bw, bh, "Antall tiltak per delmål")
    keys = sorted(counts)
    for i, k in enumerate(keys):
        y = btop - 40 - i * 28
        c.setFont("DV", 8)
        c.drawRightString(bx + 38, y + 4, k)
        c.setFillColorRGB(*TEAL)
        c.rect(bx + 44, y, 60 * counts[k], 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(bx + 48 + 60 * counts[k], y + 4, str(counts[k]))
    # slicer
    sx, stop = 770, H - 80
    _visual_frame(c, sx, stop, 170, 92, "Rapportår")
    for i, (yr, on) in enumerate([("2081", False), ("2082", True), ("2083", False)]):
        y = stop - 36 - i * 18
        _checkbox(c, sx + 12, y, on)
        c.setFont("DV", 9)
        c.drawString(sx + 28, y + 1, yr)
    # table visual
    _visual_frame(c, 20, H - 250, 920, 230, "Tiltak 2082")
    rows1 = [["Tiltak", "Delmål", "Kategori", "Ansvarlig forbund"]]
    rows1 += [[it[1], it[2], it[3], it[4]] for it in cur]
    canvas_table(c, 28, H - 272, [430, 70, 150, 250], rows1, font="DV", size=8, head_font="DV-B",
                 head_fill=(0.92, 0.92, 0.92), grid=(0.8, 0.8, 0.8))
    c.showPage()

    # page 2 – Detaljer
    _band(c, "Detaljer")
    _visual_frame(c, 20, H - 80, 920, 430, "Alle tiltak i registeret")
    rows2 = [["Rapportår", "Tiltak", "Samarbeid", "Beskrivelse"]]
    rows2 += [[str(it[0]), it[1], it[5], it[6]] for it in sorted(ITEMS, key=lambda it: it[1])]
    canvas_table(c, 28, H - 102, [56, 250, 150, 444], rows2, font="DV", size=7.5, head_font="DV-B",
                 head_fill=(0.92, 0.92, 0.92), grid=(0.8, 0.8, 0.8))
    c.showPage()
    c.save()
    (out / FILENAME).write_bytes(buf.getvalue())
    return [row(FILENAME, MEMBER, name, seed, dm, ty, forb, med, txt)
            for yr, name, dm, _kat, forb, med, txt, seed, ty in ITEMS if ty]


def text(path) -> str:
    return pdf_text_with_cells(path)
