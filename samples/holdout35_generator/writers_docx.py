"""Word-based documents (some later converted with LibreOffice)."""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from .pinning import pin_core

INNSATS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w


def _cell_text(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    return p


def _base(title, author, font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    pin_core(doc, title, author)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    return doc


# ---------------------------------------------------------------------------- LO
def write_lo(spec, path):
    rows = spec["rows"]
    doc = _base("LOs rapportering 2055", "LO Utdanning og kompetanse")
    sec = doc.sections[0]
    # landscape for the wide table
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.add_heading("LOs rapportering til Kompetansepolitisk råd – 2055", level=1)
    doc.add_paragraph(
        "Landsorganisasjonen i Norge (LO) rapporterer her på tiltak som bidrar til å nå målene i "
        "Nasjonal kompetansepolitisk strategi. Oversikten er utarbeidet av LOs avdeling for utdanning "
        "og kompetanse og gjelder kalenderåret 2055.")
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    _cell_text(a, "Tiltak", bold=True)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    _cell_text(b, "Plassering i strategien", bold=True)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    _cell_text(c, "Gjennomføring", bold=True)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    _cell_text(d, "Kort omtale", bold=True)
    e = t.cell(0, 6).merge(t.cell(1, 6))
    _cell_text(e, "Status", bold=True)
    for i, h in [(1, "Delmål"), (2, "Type tiltak"), (3, "Ansvarlig"), (4, "Partnere")]:
        _cell_text(t.cell(1, i), h, bold=True)
    for r in range(2):
        for ci in range(7):
            _shade(t.cell(r, ci), "D9E2F3")
    status = ["Løpende", "Løpende", "Pågår", "Gjennomført", "Gjennomført", "Pågår"]
    groups = [("1", [0]), ("2", [1, 2, 3, 4, 5]), ("3", [])]
    for g, idxs in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        _cell_text(m, "Innsatsområde %s – %s" % (g, INNSATS[g]), bold=True, size=9)
        _shade(m, "F2F2F2")
        if not idxs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[6])
            _cell_text(m, "Ingen egne tiltak rapportert for 2055.", italic=True)
        for i in idxs:
            row = rows[i]
            cells = t.add_row().cells
            vals = [row["tiltak"], row["delmal"], row["label"] or "", row["ans"], row["sam"],
                    row["desc"], status[i]]
            for ci, v in enumerate(vals):
                _cell_text(cells[ci], v)
    widths = [Cm(5.2), Cm(1.7), Cm(2.3), Cm(2.3), Cm(3.6), Cm(8.4), Cm(2.4)]
    _widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: Marit Sandvik, rådgiver, LO Utdanning og kompetanse.")
    doc.save(path)


# ---------------------------------------------------------------------------- KS (direct numbering)
def _add_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in [("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")]:
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "426")
    ind.set(qn("w:hanging"), "426")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:b"))
    lvl.append(rpr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def _numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


DELMAL_SHORT = {
    "1.1": "Kunnskap om kompetansebehov",
    "1.2": "Regionalt ansvar og samordning",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag",
    "2.4": "Etter- og videreutdanning tilpasset virksomhetene",
    "2.5": "Dokumentasjon av realkompetanse",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetansepluss",
    "3.3": "Arbeidsmarkeds- og integreringspolitikk",
    "3.4": "Kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Opplæring i frivillig sektor",
}


def write_ks(spec, path):
    doc = _base("KS rapport 2055", "KS Arbeidsgiverpolitikk", font="Arial", size=10)
    num_id = _add_numbering(doc)
    doc.add_heading("KS – rapportering på Nasjonal kompetansepolitisk strategi 2055", level=1)
    doc.add_paragraph(
        "KS rapporterer nedenfor tiltak der KS har hatt en aktiv rolle i 2055. Tiltakene er ordnet "
        "etter delmål i strategien. Tiltak som kommunene selv gjennomfører, er ikke tatt med.")
    for row in spec["rows"]:
        doc.add_heading("Delmål %s %s" % (row["delmal"], DELMAL_SHORT[row["delmal"]]), level=2)
        text = row["tiltak"] + (" – %s." % row["label"] if row["label"] else "")
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        _numbered(p, num_id)
        d = doc.add_paragraph(row["desc"])
        d.paragraph_format.left_indent = Cm(0.75)
        if row["ans"]:
            line = "Ansvar: " + row["ans"] + "."
            if row["sam"]:
                line += " Samarbeid: " + row["sam"] + "."
            a = doc.add_paragraph()
            a.paragraph_format.left_indent = Cm(0.75)
            ra = a.add_run(line)
            ra.italic = True
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 24. januar 2056\nKS – Kommunesektorens organisasjon")
    doc.save(path)


# ---------------------------------------------------------------------------- Spekter (form -> .doc)
BOXES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


def write_spekter(spec, path):
    doc = _base("Rapporteringsskjema Spekter 2055", "Spekter", font="Times New Roman", size=11)
    doc.add_heading("Spekter – skjema for rapportering av tiltak 2055", level=1)
    doc.add_paragraph(
        "Fyll ut ett skjema per tiltak. Kryss av for den typen som passer best. Skjemaet sendes "
        "sekretariatet for Kompetansepolitisk råd innen 20. januar.")
    for i, row in enumerate(spec["rows"], 1):
        hp = doc.add_paragraph()
        hr = hp.add_run("Skjema %d av %d" % (i, len(spec["rows"])))
        hr.bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        boxes = "   ".join(("☒ " if row["label"] == b else "☐ ") + b for b in BOXES)
        vals = [("Navn på tiltak", row["tiltak"]), ("Delmål (nr.)", row["delmal"]),
                ("Type tiltak", boxes), ("Ansvarlig", row["ans"]),
                ("Samarbeidspartnere", row["sam"]), ("Kort beskrivelse", row["desc"])]
        for r, (k, v) in enumerate(vals):
            _cell_text(t.cell(r, 0), k, bold=True, size=10)
            _shade(t.cell(r, 0), "EDEDED")
            _cell_text(t.cell(r, 1), v, size=10)
            t.cell(r, 0).width = Cm(4.2)
            t.cell(r, 1).width = Cm(12.4)
        doc.add_paragraph()
    doc.add_paragraph("Utfylt av: Henrik Aasen, Spekter, 19.01.2056")
    doc.save(path)


# ---------------------------------------------------------------------------- VOFO (block -> .odt)
def write_vofo(spec, path):
    doc = _base("VOFO rapport 2055", "VOFO", font="Liberation Sans", size=11)
    t = doc.add_paragraph()
    r = t.add_run("VOFO – Voksenopplæringsforbundet")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Rapport om tiltak 2055 til Kompetansepolitisk råd")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjon for studieforbundene. Under følger tiltak VOFO har hatt ansvar "
        "for eller deltatt i. Studieforbundenes egne kurs rapporteres gjennom årsstatistikken.")
    for row in spec["rows"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        rr = p.add_run(row["tiltak"])
        rr.bold = True
        rr.font.size = Pt(12)
        lines = [("Delmål", row["delmal"])]
        if row["label"]:
            lines.append(("Tiltakstype", row["label"]))
        lines.append(("Ansvarlig", row["ans"]))
        if row["sam"]:
            lines.append(("Samarbeid", row["sam"]))
        for k, v in lines:
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            kr = q.add_run(k + ": ")
            kr.bold = True
            q.add_run(v)
        doc.add_paragraph(row["desc"])
    doc.add_paragraph("Oslo, januar 2056")
    doc.save(path)


# ---------------------------------------------------------------------------- Fagskolerådet (-> .rtf)
def write_fsr(spec, path):
    doc = _base("Fagskolerådet rapport 2055", "Fagskolerådet", font="Cambria", size=11)
    doc.add_heading("Fagskolerådet – rapport til Kompetansepolitisk råd for 2055", level=1)
    doc.add_paragraph("Fagskolerådet har i 2055 arbeidet med følgende tiltak:")
    for letter, row in zip("abcd", spec["rows"]):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run("%s) %s" % (letter, row["tiltak"]))
        r.bold = True
        p.add_run(" (%s, delmål %s)" % (row["label"], row["delmal"]))
        d = doc.add_paragraph(row["desc"])
        d.paragraph_format.left_indent = Cm(0.6)
        if row["sam"]:
            s = doc.add_paragraph("Samarbeidspartnere: " + row["sam"])
            s.paragraph_format.left_indent = Cm(0.6)
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen\nFagskolerådet\nsekretariatsleder Åse Lindqvist")
    doc.save(path)


# ---------------------------------------------------------------------------- Vestland draft
def write_vestland_draft(spec, path):
    doc = _base("Rapportering 2055 UTKAST", "Vestland fylkeskommune")
    hdr = doc.sections[0].header.paragraphs[0]
    hr = hdr.add_run("UTKAST 0.3 – ikkje til vidare bruk")
    hr.bold = True
    hr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2055 (utkast)",
                    level=1)
    doc.add_paragraph("Versjon 0.3, 14. januar 2056. Tabellen er ikkje kvalitetssikra.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Tiltak", "Delmål", "Type", "Skildring"]):
        _cell_text(t.cell(0, i), h, bold=True, size=10)
    for row in spec["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate([row["tiltak"], row["delmal"], row["label"], row["desc"]]):
            _cell_text(cells[i], v, size=10)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Merknad frå sakshandsamar: Skal Y-nemnda vere med? Kompetansedagen manglar. "
                  "Avklar med seksjonsleiar før innsending.")
    r.italic = True
    r.font.highlight_color = 7  # yellow
    doc.save(path)


# ---------------------------------------------------------------------------- Regjeringen (plain)
def write_regjeringen(spec, path):
    doc = _base("Regjeringens rapportering 2055", "Kunnskapsdepartementet", font="Georgia", size=10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2055", level=1)
    doc.add_paragraph("Kunnskapsdepartementet har samordnet rapporteringen fra berørte departementer.")
    heads = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        _cell_text(t.cell(0, i), h, bold=True)
    for row in spec["rows"]:
        cells = t.add_row().cells
        for i, v in enumerate([row["tiltak"], row["delmal"], row["label"], row["ans"], row["sam"],
                               row["desc"]]):
            _cell_text(cells[i], v)
    widths = [Cm(4.6), Cm(1.6), Cm(3.0), Cm(4.4), Cm(4.4), Cm(7.6)]
    _widths(t, widths)
    doc.save(path)


# ---------------------------------------------------------------------------- Sametinget (-> pdf)
def write_sametinget(spec, path):
    doc = _base("Sametinget rapport 2055", "Sametinget", font="Liberation Serif", size=11.5)
    doc.add_heading("Sametinget – rapportering til Kompetansepolitisk råd 2055", level=1)
    doc.add_paragraph(
        "Sametinget deltar i Kompetansepolitisk råd som observatør. Vi rapporterer likevel tiltak "
        "som er relevante for strategien, med vekt på samiske områder og samisk språk.")
    current = None
    for row in spec["rows"]:
        if row["delmal"] != current:
            current = row["delmal"]
            h = doc.add_paragraph()
            h.paragraph_format.space_before = Pt(10)
            hr = h.add_run("Delmål " + current)
            hr.bold = True
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(row["tiltak"])
        if row["label"]:
            p.add_run(" (%s)" % row["label"])
        d = doc.add_paragraph(row["desc"])
        d.paragraph_format.left_indent = Cm(1.27)
        if row["sam"]:
            s = doc.add_paragraph("Samarbeid: " + row["sam"])
            s.paragraph_format.left_indent = Cm(1.27)
    doc.add_paragraph()
    doc.add_paragraph("Kárášjohka/Karasjok, 17. januar 2056")
    doc.save(path)
