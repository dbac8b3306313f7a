"""01 – Regjeringen: landscape status table stored on portrait pages with /Rotate 90."""
from __future__ import annotations

from pathlib import Path

from .common import R, esc, register_dejavu

FILE = "Regjeringen_statusrapport_kompetansestrategien_2070.pdf"
MEMBER = "Regjeringen"
HOW = "PDF (reportlab canvas, invariant); portrait MediaBox with /Rotate 90, content drawn turned 90°"
SHAPE = ("Status table that reads as landscape in a viewer, but every page is a portrait page "
         "with /Rotate 90 and the text runs bottom-to-top in page space; columns Virkemiddel / "
         "Delmål / Kategori / Hva er gjort i 2070 / Ansvarlig / Samarbeid; header repeated on page 2; "
         "a 2069-finished and a 2071-planned line under the table")

ROWS = [
    R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk", "KD",
      "Partene i arbeidslivet, forskningsmiljøer, HK-dir",
      "Utvalget la fram sin tiende rapport i juni 2070. KD har oppnevnt medlemmer for perioden "
      "2070–2074 og finansierer sekretariatet i HK-dir.", kat="Utvalg"),
    R("Bransjeprogram for varehandel", "J03", "2.4", "Prosjekt", "KD / HK-dir", "Virke, LO/HK",
      "Tredje kull av modulbaserte videreutdanningstilbud for ansatte i butikk og netthandel; "
      "om lag 640 deltakere.", kat="Program"),
    R("Informasjonstiltak om godkjenning av utenlandsk utdanning", "J10", "2.6", "Informasjon",
      "HK-dir", "Unio, NAV, IMDi",
      "Ny veiviser på flere språk og målrettet informasjon til helsepersonell med utdanning fra "
      "land utenfor EØS.", kat="Informasjon"),
    R("Modulstrukturert videregående opplæring for voksne – nasjonal innføring", "U01", "3.1",
      "Kurs/utdanning", "KD / Udir", "Fylkeskommunene, NAV",
      "Alle fylkeskommuner tilbyr nå modulstrukturerte løp for voksne i minst tolv lærefag.",
      kat="Opplæring"),
    R("Forskningsprogram om læring i arbeidslivet (LÆRA)", "U02", "2.2", "FoU",
      "KD / Forskningsrådet", "Partene i arbeidslivet",
      "Fire nye prosjekter om effekter av bedriftsintern opplæring fikk tildeling i 2070.",
      kat="Forskning"),
    R("Forsøk med arbeidsrettet norskopplæring i introduksjonsprogrammet", "U03", "3.4",
      "Prosjekt", "AID / IMDi", "KS, kommunene",
      "Forsøket med norskopplæring kombinert med språkpraksis i bedrift ble utvidet til 18 kommuner.",
      kat="Forsøk"),
]

HEAD = ["Virkemiddel", "Delmål", "Kategori", "Hva er gjort i 2070", "Ansvarlig", "Samarbeid"]


def _table(rows):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = ParagraphStyle("c", fontName="DejaVu", fontSize=8.5, leading=10.5)
    sth = ParagraphStyle("h", parent=st, fontName="DejaVu-Bold")
    data = [[Paragraph(h, sth) for h in HEAD]]
    for r in rows:
        data.append([Paragraph(esc(v), st) for v in (
            r.tiltak, r.delmal, r.x("kat"), r.beskrivelse, r.ansvarlig, r.samarbeidspartnere)])
    t = Table(data, colWidths=[150, 52, 70, 243, 90, 140], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.89, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def build(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_dejavu()
    path = out / FILE
    W, H = A4  # the media box ends up portrait: reportlab swaps the given size for /Rotate 90
    c = canvas.Canvas(str(path), pagesize=(H, W), invariant=1)
    c.setTitle("Statusrapport 2070 – Nasjonal kompetansepolitisk strategi")
    c.setAuthor("Kunnskapsdepartementet")
    c.setCreator("Microsoft Print to PDF")
    pages = [ROWS[:3], ROWS[3:]]
    for i, rows in enumerate(pages, 1):
        c.setPageRotation(90)
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        LW, LH = H, W  # landscape coordinate system
        c.setFont("DejaVu-Bold", 13)
        c.drawString(40, LH - 45, "Kunnskapsdepartementet")
        c.setFont("DejaVu", 10)
        c.drawString(40, LH - 62, "Statusrapport 2070 – oppfølging av Nasjonal kompetansepolitisk strategi")
        c.drawRightString(LW - 40, LH - 45, f"Side {i} av {len(pages)}")
        if i == 1:
            c.setFont("DejaVu", 9)
            c.drawString(40, LH - 84, "Tabellen viser departementenes virkemidler i 2070. Delmål viser til nummereringen i strategien.")
        t = _table(rows)
        tw, th = t.wrapOn(c, LW - 80, LH - 150)
        top = LH - 100
        t.drawOn(c, 40, top - th)
        if i == len(pages):
            y = top - th - 24
            c.setFont("DejaVu-Bold", 9)
            c.drawString(40, y, "Til orientering (ikke tiltak i 2070):")
            c.setFont("DejaVu", 9)
            c.drawString(40, y - 14, "• Avsluttet i 2069: Digitaliseringsløftet for statsansatte (ble ikke videreført).")
            c.drawString(40, y - 28, "• Planlagt for 2071: Forsøk med karriereveiledning på NAV-kontor i samarbeid med fylkeskommunene.")
        c.setFont("DejaVu", 7.5)
        c.drawString(40, 25, "KD – Avdeling for kompetansepolitikk · saksnr. 70/4412")
        c.restoreState()
        c.showPage()
    c.save()
    return path
