"""Word-based reports (some are converted to PDF, RTF, DOC or ODT afterwards)."""
import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from . import data as D


def _doc(author: str, created: dt.datetime) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created
    cp.last_modified_by = author
    return doc


def _bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def _shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _set_widths(table, widths):
    """Fixed column widths in the grid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def _cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


AREA = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
DM_SHORT = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivås ansvar og regionalt samarbeid",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Kobling av virksomheters behov og utdanningstilbud",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Opplæring i frivillig sektor",
}


def regjeringen(path):
    doc = _doc("Kunnskapsdepartementet", dt.datetime(2044, 2, 26, 9, 0))
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2043", 0)
    doc.add_paragraph("Kunnskapsdepartementet, på vegne av de berørte departementene. Februar 2044.")
    doc.add_heading("Innledning", 1)
    doc.add_paragraph(
        "Denne rapporten gjør rede for hvordan departementene har fulgt opp Nasjonal kompetansepolitisk "
        "strategi i 2043. Omtalen følger strategiens hovedinnsatsområder og delmål. For hvert tiltak oppgis "
        "hvilket departement eller hvilken etat som har ansvaret, og hvem det samarbeides med. Tiltak som er "
        "videreført uten vesentlige endringer fra 2042, er ikke tatt med på nytt.")
    doc.add_paragraph(
        "Året har vært preget av arbeidet med å følge opp kompetansereformen i kommunesektoren og av at flere "
        "forsøksordninger er gjort permanente. Samarbeidet med partene i arbeidslivet har fungert godt, og "
        "flere av tiltakene nedenfor er utformet i fellesskap med dem.")
    area = None
    dm = None
    for r in D.REGJERINGEN:
        if r.dm[0] != area:
            area = r.dm[0]
            doc.add_heading(AREA[area], 1)
        if r.dm != dm:
            dm = r.dm
            doc.add_heading(f"Delmål {dm} – {DM_SHORT[dm]}", 2)
        _bold_para(doc, r.t)
        doc.add_paragraph(r.besk)
        p = doc.add_paragraph()
        txt = f"Ansvarlig: {r.ans}."
        if r.sam:
            txt += f" Samarbeidspartnere: {r.sam}."
        p.add_run(txt).italic = True
    doc.add_heading("Vurdering og veien videre", 1)
    doc.add_paragraph(
        "Departementene mener at arbeidet i 2043 har gitt et bedre grunnlag for å møte kompetansebehovene i "
        "årene som kommer. Kompetansebehovsutvalgets analyser blir i økende grad brukt i styringen av "
        "utdanningssektoren, og samarbeidet med fylkeskommunene om regionale kompetansebehov er styrket.")
    doc.add_paragraph(
        "I 2044 vil regjeringen legge særlig vekt på voksne med svake grunnleggende ferdigheter og på at "
        "flere skal kunne ta fagbrev i voksen alder. Departementet tar gjerne imot innspill fra rådets "
        "medlemmer til hvordan rapporteringen kan gjøres enklere.")
    doc.save(path)


def nho(path, rows, revised: bool):
    created = dt.datetime(2044, 2, 20, 14, 5) if revised else dt.datetime(2044, 2, 3, 10, 30)
    doc = _doc("NHO Kompetanse", created)
    title = "NHOs rapportering til Kompetansepolitisk råd 2043"
    if revised:
        title += " (revidert versjon)"
    doc.add_heading(title, 1)
    if revised:
        doc.add_paragraph("Oslo, 20. februar 2044. Denne versjonen erstatter rapporten som ble sendt "
                          "3. februar 2044. Endringer: ett tiltak er tatt ut og ett er lagt til, og flere "
                          "omtaler er utfylt.")
    else:
        doc.add_paragraph("Oslo, 3. februar 2044")
    if revised:
        cols = ["Delmål", "Tiltak og omtale", "Kategori", "Ansvar (partnere)"]
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            _cell_text(c, h, bold=True)
            _shade(c)
        _repeat_header(t.rows[0])
        for r in rows:
            cells = t.add_row().cells
            _cell_text(cells[0], r.dmx)
            cells[1].text = ""
            p = cells[1].paragraphs[0]
            run = p.add_run(r.t)
            run.bold = True
            run.font.size = Pt(9)
            p2 = cells[1].add_paragraph()
            run2 = p2.add_run(r.besk)
            run2.font.size = Pt(9)
            _cell_text(cells[2], r.tx)
            _cell_text(cells[3], f"{r.ans} ({r.sam})" if r.sam else r.ans)
        widths = [Cm(1.7), Cm(8.9), Cm(2.4), Cm(4.4)]
    else:
        cols = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, cols):
            _cell_text(c, h, bold=True)
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [r.t, r.dmx, r.tx, r.ans, r.sam, r.besk]):
                _cell_text(c, v)
        widths = [Cm(4), Cm(1.6), Cm(2), Cm(2), Cm(3), Cm(4.4)]
    _set_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: Seksjon for kompetanse og arbeidsliv, NHO")
    doc.save(path)


UNIO_TAILS = ["(delmål 1.1; råd)", "(dm. 1.4)", "Jf. delmål 2,4.", "[2.2] – forskning.",
              "(delmål 2.2) Type: kurs."]


def unio(path):
    doc = _doc("Unio", dt.datetime(2044, 2, 27, 11, 0))
    for line in ["Unio", "Stortingsgata 2, 0158 Oslo", ""]:
        doc.add_paragraph(line)
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ HK-dir")
    p = doc.add_paragraph("Oslo, 27.02.2044\nVår ref.: 44/112-3 KH")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _bold_para(doc, "Unios rapportering av tiltak i oppfølgingen av kompetansestrategien – 2043", 13)
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet med frist 1. mars for rapportering av tiltak for 2043. Unio har "
        "i år valgt å rapportere i brevform. Nedenfor følger de tiltakene Unio og Unio-forbundene har "
        "arbeidet med. Delmål og type er angitt i parentes der det er naturlig.")
    for i, (r, tail) in enumerate(zip(D.UNIO, UNIO_TAILS), 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.add_run(f"{i}.\t")
        p.add_run(f"{r.t}:").bold = True
        p.add_run(f" {r.besk} {tail}")
    doc.add_paragraph(
        "Unio vil også i 2044 prioritere arbeidet med kompetanse i helse- og utdanningssektoren, og ser fram "
        "til videre samarbeid i rådet.")
    doc.add_paragraph("Med vennlig hilsen\n\nKirsten Haugland\nleder, Unio")
    doc.save(path)


def ys(path):
    doc = _doc("YS", dt.datetime(2044, 2, 24, 13, 0))
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    doc.add_paragraph("Rapporteringsår: 2043\nRådsmedlem: YS – Yrkesorganisasjonenes Sentralforbund\n"
                      "Utfylt av: Avdeling for samfunnspolitikk")
    doc.add_paragraph("Fyll ut én boks per tiltak. Kopier boksen ved behov.").runs[0].italic = True
    labels = ["Navn på tiltaket", "Delmål i strategien", "Kategori", "Ansvarlig", "Samarbeidspartnere",
              "Beskrivelse (maks 500 tegn)"]
    for i, r in enumerate(D.YS, 1):
        _bold_para(doc, f"Tiltak {i}")
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for row, lab, val in zip(t.rows, labels, [r.t, r.dmx, r.tx, r.ans, r.sam, r.besk]):
            _cell_text(row.cells[0], lab, bold=True, size=10)
            _shade(row.cells[0], "EDEDED")
            _cell_text(row.cells[1], val, size=10)
        _set_widths(t, [Cm(4.5), Cm(12)])
        doc.add_paragraph()
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 1. mars.")
    doc.save(path)


def akademikerne(path):
    doc = _doc("Akademikerne", dt.datetime(2044, 2, 28, 8, 45))
    _bold_para(doc, "NOTAT", 16)
    t = doc.add_table(rows=4, cols=2)
    for row, (a, b) in zip(t.rows, [("Til:", "Kompetansepolitisk råd v/sekretariatet"),
                                    ("Fra:", "Akademikerne, fagpolitisk avdeling"),
                                    ("Dato:", "28. februar 2044"),
                                    ("Sak:", "Akademikernes tiltak i 2043 – rapportering")]):
        _cell_text(row.cells[0], a, bold=True, size=11)
        _cell_text(row.cells[1], b, size=11)
    doc.add_paragraph()
    doc.add_paragraph(
        "Akademikerne rapporterer her kort om årets tiltak, ordnet etter hva i strategien de bidrar til. "
        "Notatet er i utgangspunktet skrevet for styret og er oversendt rådet uten vesentlige endringer.")
    cur = None
    for r in D.AKADEMIKERNE:
        if r.dmx != cur:
            cur = r.dmx
            doc.add_heading(cur, 2)
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(r.t + ".").bold = True
        txt = " " + r.besk
        if r.ans:
            txt += f" Ansvar: {r.ans}."
        if r.sam:
            txt += f" Samarbeid: {r.sam}."
        p.add_run(txt)
    doc.add_heading("Til styrets orientering", 2)
    doc.add_paragraph(
        "Sekretariatet vil i mars legge fram et forslag til hvordan Akademikerne kan bruke rådet mer aktivt "
        "i 2044, blant annet i spørsmålet om finansiering av etter- og videreutdanning.")
    doc.save(path)


SPEKTER_HDR = ["Aktivitet", "Nærmere om aktiviteten", "Delmål", "Tiltakstype", "Ansvar", "Partnere"]


def spekter(path):
    doc = _doc("Spekter", dt.datetime(2044, 2, 25, 15, 20))
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading("Spekter – oppfølging av Nasjonal kompetansepolitisk strategi 2043", 1)
    doc.add_paragraph(
        "Oversikten under viser Spekters aktiviteter i 2043, gruppert etter hovedinnsatsområde. Spekter har "
        "ikke rapportert tiltak under hovedinnsatsområde 3 i år.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, SPEKTER_HDR):
        _cell_text(c, h, bold=True)
        _shade(c, "C6E0B4")
    _repeat_header(t.rows[0])
    area = None
    for r in D.SPEKTER:
        if r.dm[0] != area:
            if area is not None:
                # header row pasted again from the previous year's file
                cells = t.add_row().cells
                for c, h in zip(cells, SPEKTER_HDR):
                    _cell_text(c, h, bold=True)
                    _shade(c, "C6E0B4")
            area = r.dm[0]
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[5])
            _cell_text(merged, AREA[area], bold=True)
            _shade(merged, "F2F2F2")
        cells = t.add_row().cells
        for c, v in zip(cells, [r.t, r.besk, r.dmx, r.tx, r.ans, r.sam]):
            _cell_text(c, v)
    widths = [Cm(5.5), Cm(8.5), Cm(1.8), Cm(2.8), Cm(2.5), Cm(5.0)]
    _set_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om rapporteringen kan rettes til Spekters avdeling for arbeidsliv.")
    doc.save(path)


def vofo(path):
    doc = _doc("VOFO", dt.datetime(2044, 2, 26, 12, 0))
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd – tiltak i 2043")
    doc.add_paragraph(
        "Hvert tiltak er merket med delmål og kategori i hakeparentes. Delmålene er skrevet med romertall "
        "for hovedinnsatsområdet (I–III) og arabertall for delmålet, slik vi har gjort tidligere år.")
    for i, r in enumerate(D.VOFO, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(f"{i}. ").bold = True
        p.add_run(r.t).bold = True
        p.add_run(f"  [{r.dmx} – {r.tx}]")
        d = doc.add_paragraph(r.besk)
        d.paragraph_format.left_indent = Cm(0.7)
        a = doc.add_paragraph(f"Ansvar: {r.ans}. Samarbeid: {r.sam}.")
        a.paragraph_format.left_indent = Cm(0.7)
        a.runs[0].italic = True
    doc.add_paragraph()
    doc.add_paragraph("VOFO, 26. februar 2044")
    doc.save(path)


def uhr(path):
    doc = _doc("Universitets- og høgskolerådet", dt.datetime(2044, 2, 27, 10, 10))
    doc.add_heading("Universitets- og høgskolerådet (UHR)", 1)
    doc.add_paragraph("Innrapportering til Kompetansepolitisk råd for 2043")
    doc.add_paragraph(
        "UHR har som medlem av rådet samlet innspill fra universitetene og høyskolene. Tabellen viser de "
        "viktigste innsatsene i sektoren i 2043.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["Delmål", "Innsats", "Hva ble gjort i 2043", "Ansvar / samarbeid"]):
        _cell_text(c, h, bold=True, size=10)
    for r in D.UHR:
        cells = t.add_row().cells
        for c, v in zip(cells, [r.dmx, r.t, r.besk, f"Ansvar: {r.ans}. Samarbeid: {r.sam}."]):
            _cell_text(c, v, size=10)
    widths = [Cm(1.6), Cm(5), Cm(6.4), Cm(4)]
    _set_widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 27. februar 2044\nUHR, sekretariatet")
    doc.save(path)


VL_HEAD = {
    "1.2": "Delmål 1.2 – Regionalt samarbeid om kompetanse",
    "1.3": "Delmål 1.3 – Karriererettleiing",
    "2.1": "Delmål 2.1 – Digital kompetanse",
    "2.4": "Delmål 2.4 – Etter- og vidareutdanning i tråd med behova i arbeidslivet",
    "3.1": "Delmål 3.1 – Fleksibel opplæring for vaksne",
    "3.4": "Delmål 3.4 – Kvalifisering av innvandrarar",
}


def vestland(path):
    doc = _doc("Vestland fylkeskommune", dt.datetime(2044, 2, 22, 9, 30))
    doc.add_heading("Vestland fylkeskommune", 0)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd for 2043")
    doc.add_heading("Innleiing", 1)
    doc.add_paragraph(
        "Vestland fylkeskommune rapporterer i år på dei delmåla der fylkeskommunen har hatt eigne tiltak "
        "eller har teke aktivt del i nasjonale tiltak. Tiltaka er nummererte etter delmålet dei høyrer til.")
    cur = None
    n = 0
    for r in D.VESTLAND:
        if r.dm != cur:
            cur = r.dm
            n = 0
            doc.add_heading(VL_HEAD[cur], 1)
        n += 1
        doc.add_heading(f"{cur}.{n} {r.t}", 2)
        doc.add_paragraph(r.besk)
        line = f"Ansvar: {r.ans}."
        if r.sam:
            line += f" Samarbeidspartnarar: {r.sam}."
        doc.add_paragraph(line).runs[0].italic = True
    doc.add_heading("Avslutning", 1)
    doc.add_paragraph(
        "Fylkeskommunen vil i 2044 halde fram arbeidet i Kompetanseforum Vestland og vurdere om DiGA Vest "
        "skal gjerast permanent.")
    doc.save(path)


def innkalling(path):
    doc = _doc("Sekretariatet for Kompetansepolitisk råd", dt.datetime(2044, 2, 10, 9, 0))
    doc.add_heading("Innkalling til møte i Kompetansepolitisk råd", 1)
    doc.add_paragraph("Tid: 14. mars 2044 kl. 10.00–14.00\nSted: HK-dir, Bergen, og digitalt\n"
                      "Møteleder: statssekretær i Kunnskapsdepartementet")
    doc.add_heading("Saksliste", 2)
    items = [
        ("Sak 1/44", "Godkjenning av innkalling og saksliste"),
        ("Sak 2/44", "Godkjenning av referat fra møtet 23. november 2043"),
        ("Sak 3/44", "Kompetansebehovsutvalgets hovedrapport – orientering ved utvalgets leder"),
        ("Sak 4/44", "Rapportering av tiltak for 2043 – status og videre behandling"),
        ("Sak 5/44", "Revisjon av strategiens delmål 2.1 og 3.5 – drøfting"),
        ("Sak 6/44", "Eventuelt"),
    ]
    t = doc.add_table(rows=0, cols=2)
    for a, b in items:
        cells = t.add_row().cells
        _cell_text(cells[0], a, bold=True, size=11)
        _cell_text(cells[1], b, size=11)
    _set_widths(t, [Cm(2.6), Cm(13.5)])
    doc.add_paragraph()
    doc.add_paragraph(
        "Medlemmene bes om å sende rapporteringen for 2043 innen 1. mars dersom det ikke allerede er gjort. "
        "Sakspapirer sendes ut én uke før møtet. Meld forfall til sekretariatet.")
    doc.add_paragraph("Med hilsen\nsekretariatet for Kompetansepolitisk råd")
    doc.save(path)
