"""One builder per file. Each returns (filename, member, records, scan_lines_or_None)."""
import os
import random
import shutil
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from . import data as D
from .util import (FIXED_DT, FONT_DIR, fmt_partners, pin_doc, pin_pdf, pin_rtf, pin_zip,
                   soffice_convert)

_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DV-I", "DejaVuSans-Oblique.ttf"), ("DVS", "DejaVuSerif.ttf"),
                     ("DVS-B", "DejaVuSerif-Bold.ttf"), ("DVS-I", "DejaVuSerif-Italic.ttf"),
                     ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")
    registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")
    registerFontFamily("DVC", normal="DVC", bold="DVC-B", italic="DVC", boldItalic="DVC-B")
    _FONTS_DONE = True


def new_docx(author, title):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_docx(doc, path):
    doc.save(path)
    pin_zip(path)


def set_cell_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def rl_meta(author, title):
    return dict(author=author, title=title, subject="Kompetansepolitisk råd – rapportering 2059",
                creator=author, producer="ReportLab", invariant=1)


def pstyle(name, font="DV", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- 01 LO (DOCX prose)
def b01_lo(out):
    fn = "01_LO_rapport_kompetansepolitisk_raad_2059.docx"
    recs = {r["seed"]: r for r in D.LO}
    doc = new_docx("LO", "LOs rapportering 2059")
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "LO – Landsorganisasjonen i Norge · Samfunnspolitisk avdeling"
    doc.add_heading("LOs rapportering til Kompetansepolitisk råd", 0)
    p = doc.add_paragraph("Rapporteringsår 2059 · oversendt sekretariatet 16. januar 2060")
    p.runs[0].italic = True
    doc.add_paragraph(
        "LO legger med dette fram en kort omtale av tiltakene forbundet og konføderasjonen har "
        "gjennomført i 2059. Tiltakene er ordnet etter de tre hovedinnsatsområdene i strategien. "
        "Der et tiltak er gjennomført sammen med andre, er partnerne nevnt.")

    def measure(r):
        doc.add_heading(r["tiltak"], 3)
        doc.add_paragraph(r["beskrivelse"])
        s = f"Ansvar: {r['ansvarlig']}."
        if r["partners"]:
            s += f" Samarbeid med: {fmt_partners(r['partners'])}."
        q = doc.add_paragraph()
        run = q.add_run(s)
        run.italic = True
        run.font.size = Pt(9)

    doc.add_heading("1  Gode valg for den enkelte og for samfunnet", 1)
    doc.add_heading("Kunnskap om hvilken kompetanse Norge trenger", 2)
    measure(recs["M01"])
    doc.add_heading("2  Læring i arbeidslivet", 1)
    doc.add_heading("Digital kompetanse i hele arbeidsstyrken", 2)
    measure(recs["U-LO-1"])
    doc.add_heading("Synlige karriereveier i yrkesfagene", 2)
    measure(recs["M02"])
    measure(recs["J02"])
    measure(recs["T-LO-SRY"])
    doc.add_heading("Etter- og videreutdanning som treffer bransjenes behov", 2)
    measure(recs["J01"])
    doc.add_heading("3  Voksne med svak tilknytning til arbeidslivet", 1)
    doc.add_paragraph(
        "LO har ikke rapportert egne tiltak under dette innsatsområdet for 2059. Vi viser til "
        "partenes felles innspill om norskopplæring på arbeidsplassen, som ble sendt "
        "departementet i mai.")
    doc.add_paragraph("Kontaktperson: rådgiver Kari Nordvik, samfunnspolitisk avdeling.")
    save_docx(doc, os.path.join(out, fn))
    order = ["M01", "U-LO-1", "M02", "J02", "T-LO-SRY", "J01"]
    return fn, "LO", [recs[s] for s in order], None


# ---------------------------------------------------------------- 02 NHO (XLSX transposed)
def b02_nho(out):
    fn = "02_NHO_tiltak_2059_snudd.xlsx"
    recs = D.NHO
    wb = openpyxl.Workbook()
    wb.properties.creator = "NHO"
    wb.properties.lastModifiedBy = "NHO"
    wb.properties.title = "NHO tiltak 2059"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Tiltak 2059"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "NHO – innrapportering til Kompetansepolitisk råd, rapporteringsår 2059"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Innsatsområde"
    ws["A2"].font = bold
    ws.merge_cells("B2:D2")
    ws["B2"] = "1 Gode valg for den enkelte og for samfunnet"
    ws.merge_cells("E2:G2")
    ws["E2"] = "2 Læring i arbeidslivet"
    for c in ("B2", "E2"):
        ws[c].font = bold
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="DCE6F1")
    labels = ["Tiltak nr.", "Navn på tiltaket", "Delmål (nr.)", "Hva slags tiltak",
              "Ansvarlig i NHO-fellesskapet", "Samarbeider med", "Kort om tiltaket"]
    for i, lab in enumerate(labels):
        c = ws.cell(row=3 + i, column=1, value=lab)
        c.font = bold
        c.alignment = wrap
        c.border = box
    for j, r in enumerate(recs):
        col = 2 + j
        vals = [f"Tiltak {j + 1}", r["tiltak"], r["delmal"], r["shown_type"], r["ansvarlig"],
                fmt_partners(r["partners"], last=None) if r["partners"] else "–", r["beskrivelse"]]
        for i, v in enumerate(vals):
            c = ws.cell(row=3 + i, column=col, value=v)
            c.alignment = wrap
            c.border = box
            if i == 0:
                c.font = bold
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 30
    ws.column_dimensions["A"].width = 26
    ws.row_dimensions[9].height = 90
    ws.freeze_panes = "B3"
    ws2 = wb.create_sheet("Om skjemaet")
    ws2["A1"] = "Skjemaet er snudd slik at hvert tiltak står i en egen kolonne."
    ws2["A2"] = "Kontakt: Kompetanseavdelingen i NHO."
    path = os.path.join(out, fn)
    wb.save(path)
    pin_zip(path)
    return fn, "NHO", recs, None


# ---------------------------------------------------------------- 03 Vestland (PDF nynorsk table)
def b03_vestland(out):
    fonts()
    fn = "03_Vestland_fylkeskommune_aarsrapport_kompetanse_2059.pdf"
    recs = D.VESTLAND
    path = os.path.join(out, fn)
    H = pstyle("h", "DV-B", 15, spaceAfter=8)
    H2 = pstyle("h2", "DV-B", 11.5, spaceBefore=8, spaceAfter=4)
    B = pstyle("b", "DV", 9.5, spaceAfter=5)
    C = pstyle("c", "DV", 7.6, 9.6)
    CB = pstyle("cb", "DV-B", 7.6, 9.6)
    FN = pstyle("fn", "DV", 7.5, 9.5)

    def deco(cv, doc):
        cv.saveState()
        cv.setFont("DV", 8)
        cv.setFillColor(colors.HexColor("#1b4f72"))
        cv.drawString(2 * cm, A4[1] - 1.2 * cm, "Vestland fylkeskommune")
        cv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Årsrapport kompetansepolitikk 2059")
        cv.line(2 * cm, A4[1] - 1.35 * cm, A4[0] - 2 * cm, A4[1] - 1.35 * cm)
        cv.drawString(2 * cm, 1.1 * cm, "Opplæring og kompetanse · Rapport til Kompetansepolitisk råd")
        cv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Side {doc.page}")
        cv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, **rl_meta("Vestland fylkeskommune", "Årsrapport kompetansepolitikk 2059"))
    story = [Paragraph("Rapport om kompetansepolitiske tiltak 2059", H),
             Paragraph("Innleiing", H2),
             Paragraph("Vestland fylkeskommune rapporterer her tiltak som fylkeskommunen har sett i verk eller "
                       "delteke i i 2059, og som følgjer opp den nasjonale kompetansepolitiske strategien. "
                       "Rapporten er handsama i hovudutval for opplæring og kompetanse 9. januar 2060.", B),
             Paragraph("Fylket har i 2059 hatt særleg merksemd på vaksne utan fullført vidaregåande opplæring, "
                       "omstilling i industrien og godt samarbeid med partane i arbeidslivet. Arbeidsløysa i "
                       "fylket var låg gjennom heile året, og mange verksemder melde om mangel på fagarbeidarar. "
                       "Det regionale kompetanseforumet har difor prioritert tiltak som gjer det lettare for "
                       "vaksne å ta fagbrev, og tiltak som knyter utdanningsinstitusjonane tettare til næringslivet.", B),
             Paragraph("Samandrag", H2),
             Paragraph("Om lag 2 300 vaksne tok del i vidaregåande opplæring for vaksne i 2059, ein auke på "
                       "elleve prosent frå året før. Karriere Vestland gjennomførte 6 100 rettleiingssamtalar, "
                       "og ein stadig større del av samtalane vart haldne digitalt. Fylkeskommunen har òg "
                       "styrkt samarbeidet med NAV om kvalifisering av arbeidssøkjarar.", B),
             Paragraph("Partane i arbeidslivet har vore tett involverte gjennom det regionale "
                       "kompetanseforumet, og fleire bransjar har fått eigne opplæringsløp. Industrien i "
                       "Sunnhordland og Indre Sogn har hatt særleg behov for omstilling, og fylkeskommunen "
                       "har difor gått inn i ein regional pilot saman med partane i industrien.", B),
             Paragraph("Arbeidet med norskopplæring på arbeidsplassen er vidareutvikla, og fleire kommunar "
                       "har teke modellen i bruk. Fylkeskommunen har i tillegg bidrege til at karriererettleiing "
                       "for vaksne er gjort kjend i heile fylket, mellom anna gjennom nettverk for "
                       "rådgjevarar i skulane.", B),
             Paragraph("Tiltaka er lista i tabellen under. Kolonnen «Delmål» viser til nummereringa i "
                       "handlingsplanen. Kolonnen «Kva type» er fylkeskommunen si eiga inndeling.", B),
             Paragraph("Oversikt over tiltak", H2)]
    head = ["Nr.", "Tiltak", "Ansvarleg eining", "Delmål", "Kva type", "Samarbeid med", "Omtale"]
    rows = [[Paragraph(h, CB) for h in head]]
    for i, r in enumerate(recs, 1):
        omtale = esc(r["beskrivelse"])
        if r["seed"] == "U-VL-KGI":
            omtale += "<super>1</super>"
        if r["seed"] == "J10":
            omtale += "<super>2</super>"
        rows.append([Paragraph(str(i), C), Paragraph(esc(r["tiltak"]), CB), Paragraph(esc(r["ansvarlig"]), C),
                     Paragraph(r["delmal"], C), Paragraph(esc(r["shown_type"]), C),
                     Paragraph(esc(", ".join(r["partners"])) or "–", C), Paragraph(omtale, C)])
    t = Table(rows, colWidths=[0.8 * cm, 3.8 * cm, 2.8 * cm, 1.5 * cm, 1.9 * cm, 2.8 * cm, 3.4 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6eaf8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(Paragraph("<super>1</super> KGI Vestland er ein regional pilot og kjem i tillegg til det "
                           "nasjonale bransjeprogrammet som partane rapporterer sjølve.", FN))
    story.append(Paragraph("<super>2</super> Tidlegare rapportert som «Norsk på jobb»; 2059 er første år "
                           "med den nye modellen.", FN))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Vidare arbeid", H2))
    for t in ["I 2060 vil fylkeskommunen vidareføre samarbeidet med partane og "
              "utdanningsinstitusjonane, og leggje fram ein ny regional kompetansestrategi "
              "for fylkestinget.",
              "Arbeidet med å betre tilgangen på fagarbeidarar og å styrkje vaksenopplæringa held fram. "
              "Fylkeskommunen vil særleg sjå på korleis fleire vaksne kan ta fagbrev på arbeidsplassen.",
              "Spørsmål om rapporten kan rettast til seksjon for kompetanse, avdeling for opplæring og kompetanse."]:
        story.append(Paragraph(t, B))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return fn, "Vestland fylkeskommune", recs, None


# ---------------------------------------------------------------- 04 KS (letter PDF)
def b04_ks(out):
    fonts()
    fn = "04_KS_brev_rapportering_2059.pdf"
    recs = D.KS
    path = os.path.join(out, fn)
    B = pstyle("b", "DVS", 10.5, 14, spaceAfter=7)
    SM = pstyle("sm", "DVS", 9, 11.5)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, **rl_meta("KS", "Rapportering 2059"))
    story = [Paragraph("<b>KS</b> – Kommunesektorens organisasjon", pstyle("lh", "DVS", 16, 20)),
             Paragraph("Postboks 1378 Vika, 0114 Oslo · ks.no", SM), Spacer(1, 24),
             Paragraph("Sekretariatet for Kompetansepolitisk råd<br/>Kunnskapsdepartementet<br/>Postboks 8119 Dep<br/>0032 Oslo", B),
             Spacer(1, 8),
             Table([["Vår ref.: 60/00123", "Deres ref.: KPR-2059", "Dato: 14.01.2060"]],
                   colWidths=[5 * cm, 5 * cm, 5 * cm],
                   style=[("FONT", (0, 0), (-1, -1), "DVS", 9)]),
             Spacer(1, 14),
             Paragraph("<b>KS' rapportering av tiltak for 2059</b>", pstyle("s", "DVS-B", 12, 16, spaceAfter=10)),
             Paragraph("Vi viser til brev av 1. november 2059 med invitasjon til å rapportere tiltak som "
                       "følger opp strategien. KS har i 2059 arbeidet med følgende tiltak:", B)]
    for i, r in enumerate(recs, 1):
        txt = f"<b>{i}. {esc(r['tiltak'])}</b> (delmål {r['delmal']}). {esc(r['beskrivelse'])}"
        if r["ansvarlig"]:
            txt += f" Ansvarlig: {esc(r['ansvarlig'])}."
        if r["partners"]:
            txt += f" Samarbeidspartnere: {esc(', '.join(r['partners']))}."
        story.append(Paragraph(txt, pstyle(f"li{i}", "DVS", 10.5, 14, leftIndent=14, firstLineIndent=-14, spaceAfter=7)))
    story += [Paragraph("Tiltak 2 og 3 henger sammen: KS er selv medlem av forumet, og kartleggingen ble "
                        "gjennomført for å gi forumet et bedre grunnlag for arbeidet med kvalitet i veiledningen.", B),
              Paragraph("Vi ber om at eventuelle spørsmål rettes til avdeling for arbeidsgiverpolitikk.", B),
              Spacer(1, 10), Paragraph("Med vennlig hilsen", B), Spacer(1, 18),
              Paragraph("Ingrid Solberg Haugen<br/>direktør, arbeidsgiverpolitikk", B),
              Paragraph("<i>Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.</i>", SM)]
    doc.build(story)
    return fn, "KS", recs, None


# ---------------------------------------------------------------- 05 Unio (ODT labelled blocks)
UNIO_DELMAL_TXT = {"1.1": "1.1 Kompetansebehovsutvalget", "2.1": "2.1 Digital kompetanse",
                   "2.5": "2.5 Dokumentasjon av kompetanse fra arbeidslivet",
                   "2.6": "2.6 Godkjenning av utenlandsk utdanning"}


def b05_unio(out, tmp):
    fn = "05_Unio_innrapportering_2059.odt"
    recs = D.UNIO
    doc = new_docx("Unio", "Unio innrapportering 2059")
    doc.add_heading("Unio – innrapportering av tiltak 2059", 1)
    doc.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd. Fra: Unio-sekretariatet. "
                      "Ett tiltak per blokk.")
    for r in recs:
        doc.add_paragraph("—" * 30)
        rows = [("Tiltak", r["tiltak"]), ("Delmål", UNIO_DELMAL_TXT[r["delmal"]]),
                ("Kategori", r["shown_type"]), ("Ansvarlig", r["ansvarlig"]),
                ("Partnere", ", ".join(r["partners"]) if r["partners"] else "–"),
                ("Beskrivelse", r["beskrivelse"])]
        for lab, val in rows:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            run = p.add_run(lab + ": ")
            run.bold = True
            p.add_run(val)
    doc.add_paragraph("—" * 30)
    doc.add_paragraph("Unio, 18. januar 2060")
    src = os.path.join(tmp, "05_Unio_innrapportering_2059.docx")
    save_docx(doc, src)
    res = soffice_convert(src, "odt", outdir=tmp)
    pin_zip(res, is_odf=True)
    shutil.copyfile(res, os.path.join(out, fn))
    return fn, "Unio", recs, None


# ---------------------------------------------------------------- 06 Akademikerne (RTF table, multi-tiltak cell)
def b06_akademikerne(out, tmp):
    fn = "06_Akademikerne_tiltak_2059.rtf"
    recs = {r["seed"]: r for r in D.AKADEMIKERNE}
    doc = new_docx("Akademikerne", "Akademikernes tiltak 2059")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Akademikernes tiltak i 2059", 1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd. Tiltakene er sortert etter delmål i handlingsplanen.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    hdr = ["Delmål (kode og stikkord)", "Våre tiltak 2059", "Form", "Ansvar / samarbeid", "Merknad"]
    for c, h in zip(table.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shade(c, "E8E8E8")

    def row(delm, tiltak_lines, form, ansvar, merknad):
        cells = table.add_row().cells
        cells[0].text = delm
        cells[1].text = ""
        for k, t in enumerate(tiltak_lines):
            p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            p.add_run(("• " if len(tiltak_lines) > 1 else "") + t)
        cells[2].text = form
        cells[3].text = ansvar
        cells[4].text = merknad

    r = recs["U-AK-1"], recs["U-AK-2"]
    row("1.3 Karriereveiledning", [r[0]["tiltak"], r[1]["tiltak"]], "Informasjon og arrangement",
        "Akademikerne næringsliv",
        "Webinarene hadde 1 100 påmeldte; verkstedet ble holdt i Oslo og Bergen.")
    m = recs["M04"]
    row("1.4 Utdanning og arbeidsliv", [m["tiltak"]], "Råd/utvalg",
        "Akademikernes sekretariat / UHR", "–")
    j = recs["J04"]
    row("2.2 Kunnskap om læring i arbeidslivet", [j["tiltak"]], "Forskning",
        "Akademikernes sekretariat / UHR, Virke, Fafo", j["beskrivelse"])
    j7 = recs["J07"]
    row("2.6 Godkjenning av utenlandsk utdanning", [j7["tiltak"]], "Prosjekt",
        "Akademikernes sekretariat / Unio, HK-dir", "–")
    u = recs["U-AK-3"]
    row("3.4 Kvalifisering av innvandrere", [u["tiltak"]], "Prosjekt",
        "Samfunnsøkonomene og Tekna / IMDi", u["beskrivelse"])
    doc.add_paragraph("")
    doc.add_paragraph("Merk: Der flere tiltak står i samme celle, er de rapportert samlet fordi de hører inn under samme delmål.")
    src = os.path.join(tmp, "06_Akademikerne_tiltak_2059.docx")
    save_docx(doc, src)
    res = soffice_convert(src, "rtf", outdir=tmp)
    pin_rtf(res)
    shutil.copyfile(res, os.path.join(out, fn))
    order = ["U-AK-1", "U-AK-2", "M04", "J04", "J07", "U-AK-3"]
    return fn, "Akademikerne", [recs[s] for s in order], None


# ---------------------------------------------------------------- 07 Innlandet (scanned PDF)
def b07_innlandet(out):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    fonts()
    fn = "07_Innlandet_fylkeskommune_skannet_rapport.pdf"
    recs = D.INNLANDET
    rnd = random.Random(3905)
    W, Hh = 1754, 1240  # A4 landscape at 150 dpi
    img = Image.new("L", (W, Hh), 250)
    dr = ImageDraw.Draw(img)
    fB = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 30)
    f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 21)
    fb = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 21)
    lines = []
    y = 90
    for t, fo in [("INNLANDET FYLKESKOMMUNE", fB),
                  ("Rapportering til Kompetansepolitisk råd – tiltak i 2059", fb)]:
        dr.text((110, y), t, font=fo, fill=20)
        lines.append(t)
        y += 50
    intro = "Tiltakene under er vedtatt rapportert av fylkesdirektøren. Skjemaet er fylt ut for hånd og skannet."
    dr.text((110, y), intro, font=f, fill=30)
    lines.append(intro)
    y += 60
    cols = [("Tiltak", 110), ("Delmål", 640), ("Type", 750), ("Ansvar", 1010), ("Samarbeidspartnere", 1350)]
    top = y - 10
    for name, x in cols:
        dr.text((x, y), name, font=fb, fill=15)
    lines.append(" ".join(c[0] for c in cols))
    y += 45
    dr.line((100, y - 8, 1700, y - 8), fill=40, width=2)
    for r in recs:
        vals = [r["tiltak"], r["delmal"], r["type"], r["ansvarlig"], ", ".join(r["partners"])]
        # partner text may need two lines
        pl = vals[4]
        p_lines = [pl]
        if dr.textlength(pl, font=f) > 330:
            parts = r["partners"]
            p_lines = [", ".join(parts[:-1]) + ",", parts[-1]]
        for (name, x), v in zip(cols[:4], vals[:4]):
            dr.text((x, y), v, font=f, fill=25)
        for k, pv in enumerate(p_lines):
            dr.text((1350, y + k * 30), pv, font=f, fill=25)
        lines.append(" ".join(vals[:4] + p_lines))
        y += 30 * max(1, len(p_lines)) + 28
        dr.line((100, y - 14, 1700, y - 14), fill=90, width=1)
    for _, x in cols[1:]:
        dr.line((x - 12, top, x - 12, y - 14), fill=90, width=1)
    y += 40
    sig = "Hamar, 12.01.2060     Underskrift: ______________________  (fylkesdirektør)"
    dr.text((110, y), sig, font=f, fill=30)
    lines.append(sig)
    # stamp
    stamp = Image.new("L", (420, 90), 255)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((2, 2, 417, 87), outline=90, width=4)
    sd.text((20, 25), "MOTTATT 20.01.2060", font=fB, fill=90)
    stamp = stamp.rotate(7, expand=True, fillcolor=255)
    img.paste(Image.eval(stamp, lambda v: v), (1250, 1000), Image.eval(stamp, lambda v: 255 - v))
    # scan artefacts: slight rotation, speckle noise, blur
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=245)
    px = img.load()
    for _ in range(9000):
        xx, yy = rnd.randrange(W), rnd.randrange(Hh)
        px[xx, yy] = rnd.choice((60, 110, 160, 200))
    for xx in range(0, W, 1):
        for yy in range(0, Hh, 7):
            if rnd.random() < 0.02:
                px[xx, yy] = max(0, px[xx, yy] - 40)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    import io
    from reportlab.lib.utils import ImageReader
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    buf.seek(0)
    png = ImageReader(buf)
    path = os.path.join(out, fn)
    cv = rl_canvas.Canvas(path, pagesize=landscape(A4), invariant=1)
    cv.setAuthor("Innlandet fylkeskommune")
    cv.setTitle("Skannet dokument")
    cv.setCreator("ScanStation 4400")
    cv.drawImage(png, 0, 0, width=landscape(A4)[0], height=landscape(A4)[1])
    cv.showPage()
    cv.save()
    return fn, "Innlandet fylkeskommune", recs, lines


# ---------------------------------------------------------------- 08 Virke (slide deck PDF)
def b08_virke(out):
    fonts()
    fn = "08_Virke_presentasjon_tiltak_2059.pdf"
    recs = {r["seed"]: r for r in D.VIRKE}
    path = os.path.join(out, fn)
    PW, PH = 960, 540
    cv = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    cv.setAuthor("Virke")
    cv.setTitle("Virkes tiltak 2059 – presentasjon for Kompetansepolitisk råd")
    cv.setCreator("Microsoft PowerPoint")
    n = [0]

    def slide_base():
        n[0] += 1
        cv.setFillColor(colors.HexColor("#f4f1ea"))
        cv.rect(0, 0, PW, PH, stroke=0, fill=1)
        cv.setFillColor(colors.HexColor("#e2001a"))
        cv.rect(0, PH - 12, PW, 12, stroke=0, fill=1)
        cv.setFillColor(colors.HexColor("#555555"))
        cv.setFont("DV", 10)
        cv.drawString(40, 20, "Virke | Kompetansepolitisk råd | 2059")
        cv.drawRightString(PW - 40, 20, str(n[0]))

    def end():
        cv.showPage()

    slide_base()
    cv.setFillColor(colors.HexColor("#222222"))
    cv.setFont("DV-B", 40)
    cv.drawString(70, 300, "Virkes tiltak 2059")
    cv.setFont("DV", 20)
    cv.drawString(70, 255, "Rapportering til Kompetansepolitisk råd")
    cv.drawString(70, 225, "Januar 2060")
    end()

    order = ["T-VIRKE-KBU", "J04", "J08", "U-VIRKE-1"]
    slide_base()
    cv.setFillColor(colors.HexColor("#222222"))
    cv.setFont("DV-B", 30)
    cv.drawString(70, 440, "Dette har vi gjort")
    cv.setFont("DV", 20)
    for k, s in enumerate(order):
        cv.drawString(90, 380 - k * 44, f"•  {recs[s]['tiltak']}")
    end()

    tags = {"T-VIRKE-KBU": "Møteplass", "J04": "Forskning", "J08": "Samarbeidsprosjekt",
            "U-VIRKE-1": "Nettverk"}
    goal = {"T-VIRKE-KBU": "Delmål 1.1 – Kompetansebehovsutvalget",
            "J04": "Delmål 2.2",
            "J08": "Koble virksomhetenes kompetansebehov til tilbyderne av etter- og videreutdanning",
            "U-VIRKE-1": "Digital kompetanse i hele arbeidsstyrken"}
    from reportlab.lib.utils import simpleSplit
    for s in order:
        r = recs[s]
        slide_base()
        cv.setFillColor(colors.HexColor("#e2001a"))
        cv.roundRect(PW - 250, PH - 80, 200, 34, 8, stroke=0, fill=1)
        cv.setFillColor(colors.white)
        cv.setFont("DV-B", 14)
        cv.drawCentredString(PW - 150, PH - 69, tags[s])
        cv.setFillColor(colors.HexColor("#222222"))
        cv.setFont("DV-B", 28)
        cv.drawString(60, PH - 120, r["tiltak"])
        cv.setFont("DV-I", 15)
        cv.drawString(60, PH - 155, goal[s])
        y = PH - 215
        bullets = [("Hva", r["beskrivelse"]), ("Ansvar", r["ansvarlig"])]
        if r["partners"]:
            bullets.append(("Med", " og ".join(r["partners"])))
        for lab, val in bullets:
            cv.setFont("DV-B", 18)
            cv.drawString(70, y, f"{lab}:")
            cv.setFont("DV", 18)
            for ln in simpleSplit(val, "DV", 18, PW - 260):
                cv.drawString(170, y, ln)
                y -= 26
            y -= 14
        end()
    slide_base()
    cv.setFillColor(colors.HexColor("#222222"))
    cv.setFont("DV-B", 36)
    cv.drawCentredString(PW / 2, 290, "Takk!")
    cv.setFont("DV", 16)
    cv.drawCentredString(PW / 2, 250, "Spørsmål: kompetansepolitikk@virke.no")
    end()
    cv.save()
    return fn, "Virke", [recs[s] for s in order], None


# ---------------------------------------------------------------- 09 Trøndelag (form with checkboxes, DOCX)
ALL_CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
             "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
TYPES = [D.FOU, D.KURS, D.RAAD, D.PROSJ, D.INFO, D.ARR]


def b09_trondelag(out):
    fn = "09_Trondelag_fylkeskommune_skjema_2059.docx"
    recs = D.TRONDELAG
    doc = new_docx("Trøndelag fylkeskommune", "Rapporteringsskjema 2059")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte"
    sec.footer.paragraphs[0].text = "Skjema for rapportering av tiltak – Kompetansepolitisk råd – 2059"
    doc.add_heading("Rapporteringsskjema – tiltak 2059", 1)
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Kryss av for ett delmål og én type.")
    for i, r in enumerate(recs, 1):
        if i > 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(f"Skjema {i} av {len(recs)}", 2)
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        labels = ["1. Navn på tiltaket", "2. Delmål (kryss av)", "3. Type tiltak (kryss av)",
                  "4. Ansvarlig enhet", "5. Samarbeidspartnere", "6. Kort beskrivelse"]
        boxes_d = "   ".join(("☒ " if c == r["delmal"] else "☐ ") + c for c in ALL_CODES)
        boxes_t = "   ".join(("☒ " if ty == r["type"] else "☐ ") + ty for ty in TYPES)
        vals = [r["tiltak"], boxes_d, boxes_t, r["ansvarlig"],
                ", ".join(r["partners"]) if r["partners"] else "", r["beskrivelse"]]
        for k, (lab, val) in enumerate(zip(labels, vals)):
            a, b = t.rows[k].cells
            a.text = ""
            a.paragraphs[0].add_run(lab).bold = True
            set_cell_shade(a, "F2F2F2")
            b.text = val
            a.width = Cm(4.5)
            b.width = Cm(11.5)
    doc.add_paragraph("")
    doc.add_paragraph("Skjemaene er godkjent av fylkesdirektør for utdanning 13.01.2060.")
    save_docx(doc, os.path.join(out, fn))
    return fn, "Trøndelag fylkeskommune", recs, None


# ---------------------------------------------------------------- 10 UHR (annual report chapter, DOC)
def b10_uhr(out, tmp):
    fn = "10_UHR_aarsmelding_2059_kapittel3.doc"
    recs = {r["seed"]: r for r in D.UHR}
    doc = new_docx("Universitets- og høgskolerådet", "Årsmelding 2059 – kapittel 3")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "UHR – Årsmelding 2059"
    doc.add_heading("Kapittel 3  Samspill med arbeidslivet", 1)
    doc.add_paragraph(
        "Dette kapitlet er hentet fra UHRs årsmelding for 2059 og sendes Kompetansepolitisk råd som "
        "UHRs rapportering av tiltak. Kapitlet beskriver hvordan sektoren har arbeidet for at "
        "utdanningene skal være relevante for arbeidslivet.")
    doc.add_heading("3.1  Fagstrategiske enheter", 2)
    m = recs["M04"]
    doc.add_paragraph(
        "UHRs fagstrategiske enheter er sektorens viktigste arena for faglig samordning på tvers av "
        f"institusjonene. I 2059 har UHR hatt lederansvaret for {m['tiltak']}. {m['beskrivelse']} "
        "Arbeidet følger opp handlingsplanens mål om å videreutvikle samarbeidet mellom "
        "utdanningstilbydere og arbeidslivet.")
    doc.add_heading("3.2  Kunnskap om læring i arbeidslivet", 2)
    j = recs["J04"]
    doc.add_paragraph(
        f"Sammen med Akademikerne og Virke har UHR i 2059 startet {j['tiltak']}. {j['beskrivelse']} "
        "De første resultatene ventes i 2061.")
    doc.add_paragraph(
        "UHR har også bidratt med innspill til Kompetansebehovsutvalgets hovedrapport gjennom "
        "høringsmøtet i april. Dette regnes som ordinær høringsvirksomhet og rapporteres ikke som eget tiltak.")
    doc.add_heading("3.3  Rådene for samarbeid med arbeidslivet", 2)
    t = recs["T-UHR-RSA"]
    doc.add_paragraph(
        "Alle universiteter og høyskoler skal ha et råd for samarbeid med arbeidslivet. For å få et "
        "bedre bilde av hvordan rådene fungerer, ble resultatene fra "
        f"«{t['tiltak']}» publisert høsten 2059. {t['beskrivelse']}")
    doc.add_heading("3.4  Møteplasser", 2)
    u = recs["U-UHR-1"]
    doc.add_paragraph(
        f"{u['tiltak']} ble arrangert i samarbeid med HK-dir. {u['beskrivelse']} "
        "Konferansen samlet ledere fra utdanningsinstitusjonene, partene i arbeidslivet og fylkeskommunene.")
    doc.add_heading("3.5  Veien videre", 2)
    doc.add_paragraph(
        "I 2060 vil UHR prioritere oppfølging av anbefalingene fra arbeidsgruppen og videreføre "
        "dialogen med partene om fleksible videreutdanningstilbud.")
    src = os.path.join(tmp, "10_UHR_aarsmelding_2059_kapittel3.docx")
    save_docx(doc, src)
    res = soffice_convert(src, "doc", "MS Word 97", outdir=tmp)
    pin_doc(res)
    shutil.copyfile(res, os.path.join(out, fn))
    return fn, "UHR", [recs[s] for s in ["M04", "J04", "T-UHR-RSA", "U-UHR-1"]], None


# ---------------------------------------------------------------- 11/12 Agder (draft DOCX + final PDF via LO)
HIO = {"1": "1 Gode valg", "2": "2 Læring i arbeidslivet", "3": "3 Voksne med svak tilknytning"}


def _agder_doc(rows, title, status_note, draft):
    doc = new_docx("Agder fylkeskommune", title)
    doc.styles["Normal"].font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = ("UTKAST – ikke til videreformidling" if draft
                                     else "Agder fylkeskommune – endelig versjon")
    doc.add_heading(title, 1)
    doc.add_paragraph(status_note)
    hdr = ["Innsatsområde", "Delmål", "Tiltak", "Beskrivelse", "Kategori", "Eier", "Partnere"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shade(c, "CFE2F3")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    t.autofit = False
    widths = [Cm(w) for w in (3.4, 1.5, 5.2, 6.2, 3.0, 3.6, 3.2)]
    for k, w in enumerate(widths):
        t.columns[k].width = w
        for c in t.columns[k].cells:
            c.width = w
    return doc


def b11_12_agder(out, tmp):
    fn_d = "11_Agder_fylkeskommune_rapport_2059_UTKAST.docx"
    fn_f = "12_Agder_fylkeskommune_rapport_2059_endelig.pdf"
    recs = {r["seed"]: r for r in D.AGDER}
    draft_rows = [
        ["1 Gode valg", "1.3", "Seniornettverk karriereveiledning (arbeidstittel)", "Nettverk for veiledere – skrives ut",
         "Nettverk", "Karrieresenteret Agder", "Innlandet fk, NAV"],
        ["1 Gode valg", "1.2", "Agder kompetansepartnerskap", "[Mangler tekst]", "Partnerskap",
         "Seksjon for kompetanse", "NHO Agder, LO Agder, UiA, NAV Agder"],
        ["1 Gode valg", "1.4", "Kompetansedag i Kristiansand", "Utgår? Sjekk med arrangør", "Arrangement",
         "Seksjon for kompetanse", ""],
        ["3 Voksne med svak tilknytning", "3.6", "Lær i laget", "Kurs i frivillige lag", "Prosjekt",
         "Seksjon for kompetanse", "VOFO"],
    ]
    doc = _agder_doc(draft_rows, "Agder fylkeskommune – rapportering 2059 (UTKAST)",
                     "Utkast 3, 08.01.2060. Kommentarer til seksjonsleder innen fredag. "
                     "Ikke send til sekretariatet før endelig versjon er godkjent.", True)
    doc.add_paragraph("[Kommentar: sjekk med Innlandet hva nettverket heter offisielt.]")
    save_docx(doc, os.path.join(out, fn_d))

    order = ["J05", "U-AGD-1", "U-AGD-2", "J06"]
    rows = []
    for s in order:
        r = recs[s]
        rows.append([HIO[r["delmal"][0]], r["delmal"], r["tiltak"], r["beskrivelse"], r["shown_type"],
                     r["ansvarlig"], ", ".join(r["partners"])])
    doc = _agder_doc(rows, "Agder fylkeskommune – Rapportering til Kompetansepolitisk råd 2059",
                     "Endelig versjon, godkjent av fylkesdirektøren 20.01.2060. Erstatter tidligere utkast.", False)
    src = os.path.join(tmp, "12_Agder_fylkeskommune_rapport_2059_endelig.docx")
    save_docx(doc, src)
    res = soffice_convert(src, "pdf", outdir=tmp)
    pin_pdf(res)
    shutil.copyfile(res, os.path.join(out, fn_f))
    return [(fn_d, "Agder fylkeskommune", [], None),
            (fn_f, "Agder fylkeskommune", [recs[s] for s in order], None)]


# ---------------------------------------------------------------- 13 Fagskolerådet (two-column PDF)
def b13_fagskoleradet(out):
    fonts()
    fn = "13_Fagskoleraadet_aarsrapport_2059.pdf"
    recs = D.FAGSKOLERADET
    path = os.path.join(out, fn)
    W, Hh = A4
    m = 1.8 * cm
    gap = 0.8 * cm
    colw = (W - 2 * m - gap) / 2
    title_h = 3.2 * cm
    doc = BaseDocTemplate(path, pagesize=A4, **rl_meta("Fagskolerådet", "Årsrapport 2059"))
    f_title = Frame(m, Hh - m - title_h, W - 2 * m, title_h, id="title")
    f1a = Frame(m, m, colw, Hh - 2 * m - title_h, id="c1")
    f1b = Frame(m + colw + gap, m, colw, Hh - 2 * m - title_h, id="c2")
    f2a = Frame(m, m, colw, Hh - 2 * m, id="d1")
    f2b = Frame(m + colw + gap, m, colw, Hh - 2 * m, id="d2")

    def deco(cv, d):
        cv.saveState()
        cv.setFont("DV", 7.5)
        cv.drawCentredString(W / 2, 0.9 * cm, f"Fagskolerådet · Årsrapport 2059 · {d.page}")
        cv.restoreState()

    doc.addPageTemplates([PageTemplate("first", [f_title, f1a, f1b], onPage=deco, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2a, f2b], onPage=deco)])
    T = pstyle("t", "DVS-B", 22, 26)
    ST = pstyle("st", "DVS", 12, 15, textColor=colors.HexColor("#555555"))
    H = pstyle("h", "DVS-B", 11.5, 14, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor("#0b5345"))
    META = pstyle("m", "DV", 7.8, 10, textColor=colors.HexColor("#333333"), spaceAfter=3)
    B = pstyle("b", "DVS", 9.3, 12.2, spaceAfter=5)
    story = [Paragraph("Fagskolerådet", T), Spacer(1, 4),
             Paragraph("Årsrapport 2059 – tiltak rapportert til Kompetansepolitisk råd", ST), FrameBreak(),
             Paragraph("Leder har ordet", H),
             Paragraph("Fagskolene har et år bak seg med rekordmange studenter og sterkere bånd til "
                       "arbeidslivet. Mange bransjer trenger folk med høyere yrkesfaglig kompetanse, og "
                       "fagskolene har svart med korte, fleksible tilbud. Samtidig ser vi at mange voksne "
                       "som har lang erfaring, møter hindringer når de skal få den vurdert.", B),
             Paragraph("Under omtaler vi de tiltakene Fagskolerådet har hatt ansvar for eller deltatt i. "
                       "Hvert tiltak er merket med delmål og type slik sekretariatet har bedt om.", B)]
    typ_words = {D.RAAD: "Råd/utvalg", D.PROSJ: "Prosjekt", D.FOU: "FoU"}
    for r in recs:
        meta = f"Delmål {r['delmal']} · {typ_words[r['type']]} · Ansvar: {esc(r['ansvarlig'])}"
        if r["partners"]:
            meta += f" · Partnere: {esc(', '.join(r['partners']))}"
        story.append(KeepTogether([Paragraph(esc(r["tiltak"]), H), Paragraph(meta, META),
                                   Paragraph(esc(r["beskrivelse"]), B)]))
    story.append(Paragraph("Økonomi og organisasjon", H))
    for _ in range(2):
        story.append(Paragraph("Fagskolerådet finansieres av medlemskontingenter fra fagskolene. "
                               "Sekretariatet har i 2059 bestått av fire årsverk. Styret har hatt seks "
                               "møter og behandlet blant annet strategi for 2060–2063 og innspill til "
                               "statsbudsjettet.", B))
    doc.build(story)
    return fn, "Fagskolerådet", recs, None


# ---------------------------------------------------------------- 14 Invitation (no tiltak)
def b14_invitasjon(out):
    fonts()
    fn = "14_Invitasjon_raadsmote_mars_2060.pdf"
    path = os.path.join(out, fn)
    B = pstyle("b", "DV", 10.5, 14.5, spaceAfter=7)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            **rl_meta("Sekretariatet for Kompetansepolitisk råd", "Invitasjon"))
    story = [Paragraph("Invitasjon til møte i Kompetansepolitisk råd", pstyle("t", "DV-B", 17, 22, spaceAfter=12)),
             Paragraph("Tid: 12. mars 2060 kl. 10.00–15.00<br/>Sted: Kunnskapsdepartementet, Kirketeigen 1, Oslo", B),
             Paragraph("Til rådets medlemmer og varamedlemmer", B),
             Paragraph("Sekretariatet inviterer til rådets første møte i 2060. Frist for rapportering av "
                       "tiltak for 2059 var 20. januar. Sekretariatet vil presentere en sammenstilling "
                       "av rapporteringen på møtet.", B),
             Paragraph("<b>Forslag til dagsorden</b>", B)]
    agenda = ["Velkommen og godkjenning av innkalling",
              "Kompetansebehovsutvalget (KBU) presenterer hovedrapporten 2059",
              "Sammenstilling av medlemmenes tiltak for 2059",
              "Erfaringer fra SRY og Nasjonalt fagskoleråd – innledning ved rådenes ledere",
              "Digital kompetanse i arbeidsstyrken – hva nå?",
              "Eventuelt"]
    for i, a in enumerate(agenda, 1):
        story.append(Paragraph(f"Sak {i}/60: {a}", pstyle(f"a{i}", "DV", 10.5, 14.5, leftIndent=12)))
    story += [Spacer(1, 10),
              Paragraph("Påmelding innen 1. mars via lenken i e-posten. Lunsj serveres. Gi beskjed om "
                        "allergier.", B),
              Paragraph("Vel møtt!", B), Paragraph("Sekretariatet for Kompetansepolitisk råd", B)]
    doc.build(story)
    return fn, "", [], None


# ---------------------------------------------------------------- 15 YS policy paper (no tiltak)
def b15_ys_notat(out):
    fn = "15_YS_notat_kompetansereform_etter_2060.docx"
    doc = new_docx("YS", "YS-notat kompetansereformen")
    doc.add_heading("YS-notat: Kompetansereformen etter 2060 – våre forslag", 0)
    doc.add_paragraph("Innspill til Kompetansepolitisk råd, januar 2060. Notatet er et politisk innspill "
                      "og ikke YS' rapportering av tiltak; tiltaksrapporteringen for 2059 ettersendes.")
    secs = [
        ("1 Innledning", None),
        ("1.1 Bakgrunn", "Strategiperioden går mot slutten, og YS mener tiden er inne for å vurdere hva som "
                         "har virket."),
        ("1.2 Kompetansebehovsutvalget bør få et bredere mandat",
         "YS foreslår at KBU også skal analysere behov i små virksomheter og i offentlig sektor regionalt."),
        ("1.3 Karriereveiledning for voksne", "Karrieresentrene bør få et lovfestet ansvar for voksne i arbeid."),
        ("2 Læring i arbeidslivet", None),
        ("2.1 Digital kompetanse for alle", "Det bør opprettes en ny ordning for digital grunnopplæring, "
                                           "finansiert over statsbudsjettet."),
        ("2.3 Styrk SRY og de faglige rådene", "Partene bør få flere ressurser til arbeidet i SRY."),
        ("2.5 Realkompetanse", "Vurdering av realkompetanse må bli en rettighet."),
        ("3 Voksne utenfor arbeidslivet", None),
        ("3.4 Norskopplæring på arbeidsplassen", "Arbeidsplassbasert norskopplæring bør bli et varig tilbud."),
        ("4 Oppsummering", "YS ber rådet drøfte forslagene på møtet i mars."),
    ]
    for h, body in secs:
        lvl = 1 if "." not in h.split(" ")[0] else 2
        doc.add_heading(h, lvl)
        if body:
            doc.add_paragraph(body)
    save_docx(doc, os.path.join(out, fn))
    return fn, "", [], None


# ---------------------------------------------------------------- 16 Spekter (checklist matrix XLSX)
def b16_spekter(out):
    fn = "16_Spekter_sjekkliste_tiltak_2059.xlsx"
    recs = D.SPEKTER
    wb = openpyxl.Workbook()
    wb.properties.creator = "Spekter"
    wb.properties.lastModifiedBy = "Spekter"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Rapportering"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="888888")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Spekter – tiltak i 2059 (sjekkliste til Kompetansepolitisk råd)"
    ws["A1"].font = Font(bold=True, size=13)
    type_hdr = ["FoU", "Kurs/utd.", "Råd/utvalg/nettverk", "Prosjekt", "Info", "Arrangement"]
    type_of = dict(zip(TYPES, range(6)))
    # multi-row header rows 3-4
    ws.merge_cells("A3:A4"); ws["A3"] = "Nr"
    ws.merge_cells("B3:B4"); ws["B3"] = "Tiltak"
    ws.merge_cells("C3:D3"); ws["C3"] = "Koblet til handlingsplanen"
    ws["C4"] = "Delmål"; ws["D4"] = "Stikkord"
    ws.merge_cells("E3:J3"); ws["E3"] = "Type (sett x)"
    for k, th in enumerate(type_hdr):
        ws.cell(row=4, column=5 + k, value=th)
    ws.merge_cells("K3:K4"); ws["K3"] = "Ansvarlig i Spekter"
    ws.merge_cells("L3:L4"); ws["L3"] = "Partnere"
    ws.merge_cells("M3:M4"); ws["M3"] = "Kommentar"
    for row in ws.iter_rows(min_row=3, max_row=4, min_col=1, max_col=13):
        for c in row:
            c.font = bold
            c.alignment = center
            c.border = box
            c.fill = PatternFill("solid", fgColor="FDE9D9")
    stikk = {"1.1": "KBU", "1.4": "Utdanning–arbeidsliv", "2.3": "Yrkesfag", "2.5": "Realkompetanse",
             "2.4": "EVU og virksomhetene"}
    for i, r in enumerate(recs, 1):
        rr = 4 + i
        vals = [i, r["tiltak"], r["delmal"], stikk[r["delmal"]]] + [""] * 6 + \
               [r["ansvarlig"], ", ".join(r["partners"]), r["beskrivelse"]]
        vals[4 + type_of[r["type"]]] = "x"
        for k, v in enumerate(vals):
            c = ws.cell(row=rr, column=1 + k, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 4 <= k <= 9 or k in (0, 2) else None)
    ws.cell(row=5 + len(recs) + 1, column=1, value="x = hovedtype. Delmål oppgis med nummer fra handlingsplanen.")
    widths = {"A": 5, "B": 42, "C": 8, "D": 18, "K": 26, "L": 20, "M": 34}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for k in range(6):
        ws.column_dimensions[openpyxl.utils.get_column_letter(5 + k)].width = 10
    ws2 = wb.create_sheet("Kontakt")
    ws2["A1"] = "Kontaktperson"
    ws2["B1"] = "Seniorrådgiver, avdeling for kompetanse"
    path = os.path.join(out, fn)
    wb.save(path)
    pin_zip(path)
    return fn, "Spekter", recs, None


# ---------------------------------------------------------------- 17 Sametinget (bilingual table DOCX)
def b17_sametinget(out):
    fn = "17_Sametinget_raporta_rapport_2059.docx"
    recs = D.SAMETINGET
    doc = new_docx("Sametinget", "Raporta / Rapport 2059")
    doc.add_heading("Sámediggi / Sametinget", 1)
    doc.add_paragraph("Raporta Gelbbolašvuođapolitihkalaš ráđđái 2059 / "
                      "Rapport til Kompetansepolitisk råd 2059")
    hdr = ["Doaibmabidju / Tiltak", "Ulbmil / Delmål", "Ovddasvástádus / Ansvar",
           "Ovttasbargoguoimmit / Samarbeidspartnere", "Čilgehus / Beskrivelse"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shade(c, "FCE4D6")
    for r in recs:
        cells = t.add_row().cells
        vals = [r["tiltak"], r["delmal"], r["ansvarlig"], ", ".join(r["partners"]), r["beskrivelse"]]
        for c, v in zip(cells, vals):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Kárášjohka / Karasjok, 17.01.2060")
    save_docx(doc, os.path.join(out, fn))
    return fn, "Sametinget", recs, None
