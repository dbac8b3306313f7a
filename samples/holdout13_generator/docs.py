"""Word-based reports (DOCX written with python-docx; some converted by LibreOffice afterwards)."""
import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import data as d

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den einskilde og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}


def _doc(author: str, when: dt.datetime, landscape: bool = False) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.created = when
    cp.modified = when
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.8)
    return doc


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _widths(t, widths) -> None:
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def regjeringen(path: str) -> None:
    doc = _doc("Kunnskapsdepartementet", dt.datetime(2034, 1, 30, 9, 12), landscape=True)
    doc.add_paragraph("Kunnskapsdepartementet").runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2033", 1)
    doc.add_paragraph(
        "Oversikten under er samordnet mellom KD, AID, KDD, NFD og KUD og viser tiltak som ble gjennomført "
        "eller videreført i 2033. Tiltakene er ordnet etter hovedinnsatsområde. Der et departement har "
        "ansvaret på vegne av flere, står det første departementet som ansvarlig.")
    cols = ["Nr.", "Innsats (med kort omtale)", "Delmål", "Kategori", "Ansv. dep.", "Samarbeider med"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        _bold_cell(t.rows[0].cells[i], c)
        _shade(t.rows[0].cells[i], "D9E2F3")
    _repeat_header(t.rows[0])
    area = None
    for n, r in enumerate(d.REGJERINGEN, 1):
        a = r.dm.split(".")[0]
        if a != area:
            area = a
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            _bold_cell(m, f"Hovedinnsatsområde {a}: {AREAS[a]}")
            _shade(m, "F2F2F2")
        row = t.add_row().cells
        row[0].text = f"{n}."
        row[1].text = ""
        row[1].paragraphs[0].add_run(r.tiltak).bold = True
        row[1].add_paragraph(r.desc)
        row[2].text = r.dm_txt or ""
        row[3].text = r.typ_txt or ""
        row[4].text = r.ans
        row[5].text = r.partners
    widths = [Cm(1.1), Cm(10), Cm(2.0), Cm(3), Cm(2.4), Cm(5.6)]
    _widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgiver i Avdeling for kompetansepolitikk, KD.")
    doc.save(path)


def lo(path: str) -> None:
    doc = _doc("LO", dt.datetime(2034, 2, 2, 14, 0))
    doc.add_heading("LOs rapportering til Kompetansepolitisk råd for 2033", 0)
    doc.add_paragraph(
        "Året har vært preget av omstilling i industrien og et stramt arbeidsmarked i helse og bygg. "
        "For LO har det vært viktig at kompetansepolitikken når dem som har minst formell utdanning, og "
        "at partene får en reell rolle i de nye ordningene. Nedenfor gjør vi rede for hva LO og "
        "forbundene har gjort under hvert av strategiens innsatsområder.")
    area = None
    for r in d.LO:
        a = r.dm.split(".")[0]
        if a != area:
            area = a
            doc.add_heading(f"Innsatsområde {a}: {AREAS[a]}", 1)
        head = f"{r.dm_txt} {r.tiltak}" if r.dm_txt else r.tiltak
        doc.add_heading(head, 2)
        doc.add_paragraph(r.desc)
    doc.add_heading("Veien videre", 1)
    doc.add_paragraph(
        "LO vil i 2034 særlig følge arbeidet med ny stortingsmelding om fagskolene og neste fase av "
        "satsingen på kunstig intelligens. Vi mener rådet bør drøfte hvordan partene kan få mer "
        "innflytelse over de regionale kompetanseplanene.")
    doc.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\nAvdeling for samfunnspolitikk")
    doc.save(path)


def unio(path: str) -> None:
    doc = _doc("Unio", dt.datetime(2034, 1, 26, 10, 30))
    for line in ["Unio", "Stortingsgata 2", "0158 Oslo"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in ["Sekretariatet for Kompetansepolitisk råd", "Kunnskapsdepartementet"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph("Oslo, 26. januar 2034")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run("Unios rapportering av tiltak i 2033").bold = True
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet med frist for rapportering 1. februar. Unio og "
        "forbundene har i 2033 arbeidet med disse tiltakene:")
    for i, r in enumerate(d.UNIO, 1):
        typ = f"; {r.typ_txt}" if r.typ_txt else ""
        p = doc.add_paragraph(f"{i}.\t{r.tiltak} (delmål {r.dm_txt}{typ}) – {r.desc}")
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.first_line_indent = Cm(-1)
    doc.add_paragraph(
        "Unio deltar gjerne i rådets drøfting av hvordan videreutdanning kan kombineres med turnusarbeid.")
    doc.add_paragraph("Med hilsen\n\nleder\nUnio")
    doc.save(path)


def _ks(path: str, rows, revised: bool) -> None:
    when = dt.datetime(2034, 2, 3, 11, 0) if revised else dt.datetime(2034, 1, 20, 15, 45)
    doc = _doc("KS", when)
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    doc.add_paragraph("Medlem: KS (kommunesektorens organisasjon)")
    if revised:
        doc.add_paragraph("Versjon: revidert 3. februar 2034 (erstatter versjonen sendt 20. januar 2034)")
    else:
        doc.add_paragraph("Versjon: utkast 20. januar 2034")
    doc.add_paragraph("Rapporteringsår: 2033")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Bruk strategiens nummerering av delmålene.")
    labels = ["Navn på tiltaket", "Delmål (nr.)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
              "Kort beskrivelse"]
    for i, r in enumerate(rows, 1):
        doc.add_paragraph().add_run(f"Tiltak {i}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r.tiltak, r.dm_txt or "", r.typ_txt or "", r.ans, r.partners, r.desc]
        for row, lab, val in zip(t.rows, labels, vals):
            _bold_cell(row.cells[0], lab)
            _shade(row.cells[0], "EDEDED")
            row.cells[1].text = val
            row.cells[0].width = Cm(4.5)
            row.cells[1].width = Cm(11.5)
    doc.save(path)


def ks_old(path: str) -> None:
    _ks(path, d.KS_OLD, revised=False)


def ks_new(path: str) -> None:
    _ks(path, d.KS, revised=True)


def spekter(path: str) -> None:
    doc = _doc("Spekter", dt.datetime(2034, 1, 31, 8, 50))
    doc.add_heading("Spekters innspill til rapporteringen for 2033", 1)
    doc.add_paragraph(
        "Spekter organiserer virksomheter i helse, samferdsel, kultur og annen offentlig eid "
        "virksomhet. Tabellen viser hva vi har gjort, og hvilket mål i strategien det hører til.")
    cols = ["Hva Spekter har gjort i 2033", "Strategiens mål", "Form", "Med hvem"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        _bold_cell(t.rows[0].cells[i], c)
    for r in d.SPEKTER:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = r.tiltak, r.dm_txt, r.typ_txt or "", r.partners
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om innspillet kan rettes til Spekters avdeling for kompetanse og utdanning.")
    doc.save(path)


def vofo(path: str) -> None:
    doc = _doc("VOFO", dt.datetime(2034, 1, 29, 13, 5))
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd – tiltak i 2033")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjon for studieforbundene. Vi bruker strategiens innsatsområder med "
        "romertall, slik de står i vår egen handlingsplan.")
    roman = {"1": "I", "2": "II", "3": "III"}
    area = None
    for r in d.VOFO:
        a = r.dm.split(".")[0]
        if a != area:
            area = a
            doc.add_heading(f"Innsatsområde {roman[a]} – {AREAS[a]}", 2)
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(r.tiltak).bold = True
        p.add_run(f" (delmål {r.dm_txt}). {r.desc}")
    doc.add_paragraph()
    doc.add_paragraph("Studieforbundene hadde i 2033 til sammen over 500 000 deltakere. Tallene er foreløpige.")
    doc.save(path)


def uhr(path: str) -> None:
    doc = _doc("Universitets- og høgskolerådet", dt.datetime(2034, 1, 25, 9, 0), landscape=True)
    doc.add_heading("Universitets- og høgskolerådet (UHR) – rapport for 2033", 1)
    doc.add_paragraph(
        "UHR har vært medlem av Kompetansepolitisk råd siden 2020. Rapporten omfatter tiltak der UHR "
        "sentralt eller UHRs strategienheter har hatt en rolle.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    g = h0[0].merge(h0[1])
    _bold_cell(g, "Tiltak")
    _bold_cell(h1[0], "Navn")
    _bold_cell(h1[1], "Omtale")
    for i, lab in zip(range(2, 6), ["Delmål", "Type", "Ansvarlig", "Samarbeid"]):
        m = h0[i].merge(h1[i])
        _bold_cell(m, lab)
    for r in d.UHR:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = r.tiltak, r.desc, r.dm_txt
        c[3].text, c[4].text, c[5].text = r.typ_txt, r.ans, r.partners
    doc.save(path)


def vestland(path: str) -> None:
    doc = _doc("Vestland fylkeskommune", dt.datetime(2034, 1, 27, 12, 0))
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2033", 1)
    doc.add_paragraph(
        "Vestland fylkeskommune rapporterer her tiltak som fylket har sett i verk eller vore med på i "
        "2033. Kvart tiltak har ei kort utgreiing.")
    for r in d.VESTLAND:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        run = p.add_run(r.tiltak)
        run.bold = True
        run.font.size = Pt(12)
        fields = [("Delmål", r.dm_txt), ("Kategori", r.typ_txt), ("Ansvarleg", r.ans),
                  ("Partnarar", r.partners)]
        for lab, val in fields:
            if val:
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                q.add_run(f"{lab}: ").italic = True
                q.add_run(val)
        doc.add_paragraph(r.desc)
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: Seksjon for kompetanse og karriere, Vestland fylkeskommune.")
    doc.save(path)


def trondelag(path: str) -> None:
    doc = _doc("Trøndelag fylkeskommune", dt.datetime(2034, 1, 30, 16, 20), landscape=True)
    doc.add_heading("Trøndelag fylkeskommune", 1)
    doc.add_paragraph("Tiltak i 2033 – rapport til sekretariatet for Kompetansepolitisk råd")
    cols = ["Dm", "Tiltak", "Om tiltaket", "Ansvar", "Partnere"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        _bold_cell(t.rows[0].cells[i], c)
        _shade(t.rows[0].cells[i], "C6E0B4")
    _repeat_header(t.rows[0])
    area = None
    for r in d.TRONDELAG:
        a = r.dm.split(".")[0]
        if a != area:
            area = a
            row = t.add_row()
            m = row.cells[0].merge(row.cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(f"{AREAS[a]}").italic = True
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = r.dm_txt, r.tiltak, r.desc, r.ans, r.partners
    widths = [Cm(2.0), Cm(6), Cm(8.5), Cm(4), Cm(5)]
    _widths(t, widths)
    doc.add_paragraph()
    doc.add_paragraph("Godkjent av fylkesdirektør for utdanning 30.01.2034.")
    doc.save(path)


def fagskoleradet(path: str) -> None:
    doc = _doc("Fagskolerådet", dt.datetime(2034, 2, 1, 10, 0))
    doc.add_heading("Fagskolerådet – rapportering 2033", 1)
    doc.add_paragraph(
        "Fagskolerådet ble tatt opp som medlem av Kompetansepolitisk råd i 2032, og dette er vår første "
        "rapportering. Tallet i parentes viser delmålet.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _bold_cell(t.rows[0].cells[0], "Tiltak og beskrivelse")
    _bold_cell(t.rows[0].cells[1], "Status")
    status = ["Pågår", "Gjennomført", "Pågår"]
    for r, s in zip(d.FAGSKOLERADET, status):
        c = t.add_row().cells
        c[0].text = f"{r.tiltak} ({r.dm_txt}) – {r.desc}"
        c[1].text = s
    doc.save(path)
