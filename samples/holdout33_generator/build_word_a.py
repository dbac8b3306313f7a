"""Word documents written directly as .docx: KD, VOFO, Vestland, UHR."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .common import (cell_text, landscape, normalize_zip, repeat_header,
                     set_core, set_widths, shade)

OMR = {1: "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
       2: "Hovedinnsatsområde 2: Læring i arbeidslivet",
       3: "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak "
          "tilknytning til arbeidslivet"}


def _base(title, author, font="Calibri", size=10.5):
    doc = Document()
    set_core(doc, title, author)
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def _save(doc, out_dir, fname):
    path = os.path.join(out_dir, fname)
    doc.save(path)
    normalize_zip(path)
    return path


def build_kd(out_dir, fname, rows):
    doc = _base("Regjeringens rapportering til Kompetansepolitisk råd 2053",
                "Kunnskapsdepartementet")
    sec = doc.sections[0]
    landscape(sec)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    p = doc.add_paragraph()
    r = p.add_run("Kunnskapsdepartementet")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd – "
                    "tiltak i 2053", level=1)
    doc.add_paragraph(
        "Oversikten gjelder tiltak i regi av departementene og underliggende "
        "virksomheter som følger opp Nasjonal kompetansepolitisk strategi i 2053. "
        "Tiltakene er sortert etter hovedinnsatsområde og delmål. Tiltak som "
        "rapporteres av flere medlemmer, er tatt med når staten har hovedansvaret.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Delmål", "Tiltak", "Kort omtale", "Kategori"]
    for i, h in enumerate(heads):
        top, bot = t.cell(0, i), t.cell(1, i)
        top.merge(bot)
        cell_text(top, h, bold=True, size=9.5)
        shade(top, "1F3A5F")
        top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    ans = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(ans, "Ansvar", bold=True, size=9.5)
    ans.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(ans, "1F3A5F")
    ans.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, h in ((4, "Hovedansvar"), (5, "Samarbeid med")):
        cell_text(t.cell(1, i), h, bold=True, size=9)
        shade(t.cell(1, i), "D6E0EC")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    cur = None
    for row in rows:
        if row["omr"] != cur:
            cur = row["omr"]
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            cell_text(m, OMR[cur], bold=True, size=9.5)
            shade(m, "EEF2F7")
        c = t.add_row().cells
        cell_text(c[0], row["dm"], size=9)
        cell_text(c[1], row["tiltak"], bold=True, size=9)
        cell_text(c[2], row["desc"], size=9)
        cell_text(c[3], row["tt"], size=9)
        cell_text(c[4], row["ans"], size=9)
        cell_text(c[5], row["sam"], size=9)
    set_widths(t, [3.3, 4.8, 8.6, 2.6, 2.0, 3.1])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 24. januar 2054")
    doc.add_paragraph("Avdeling for kompetansepolitikk")
    return _save(doc, out_dir, fname)


def build_vofo(out_dir, fname, rows):
    doc = _base("VOFO – rapportering av tiltak 2053", "Voksenopplæringsforbundet",
                font="Arial", size=10)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", level=1)
    doc.add_paragraph("Rapporteringsskjema til Kompetansepolitisk råd\n"
                      "Rapporteringsår: 2053\nInnsendt: 3. februar 2054")
    doc.add_paragraph(
        "Skjemaet fylles ut med én tabell per tiltak. VOFO rapporterer på vegne "
        "av studieforbundene der tiltakene er felles.")
    labels = [("Navn på tiltak", "tiltak"), ("Delmål i strategien", "dm"),
              ("Type tiltak", "tt"), ("Ansvarlig", "ans"),
              ("Samarbeidspartnere", "sam"), ("Beskrivelse", "desc")]
    for n, row in enumerate(rows, 1):
        h = doc.add_paragraph()
        rr = h.add_run(f"Tiltak {n} av {len(rows)}")
        rr.bold = True
        rr.font.size = Pt(11)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, key in labels:
            c = t.add_row().cells
            cell_text(c[0], label, bold=True, size=9.5)
            shade(c[0], "E8EEE3")
            cell_text(c[1], row[key], size=9.5)
        set_widths(t, [4.2, 11.7])
        doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: rådgiver Ingvild Sæther, VOFO")
    return _save(doc, out_dir, fname)


def build_vestland(out_dir, fname, rows):
    doc = _base("Vestland fylkeskommune – rapportering 2053",
                "Vestland fylkeskommune", font="Cambria", size=11)
    doc.add_heading("Rapport til Kompetansepolitisk råd for rapporteringsåret 2053",
                    level=1)
    doc.add_paragraph("Vestland fylkeskommune, Avdeling for strategisk utvikling "
                      "og digitalisering. Bergen, 30. januar 2054.")
    doc.add_paragraph(
        "Nedanfor følgjer tiltaka fylkeskommunen har sett i verk eller vidareført i "
        "2053 for å følgje opp den nasjonale kompetansepolitiske strategien. "
        "Tiltaka er ordna etter delmål, og type tiltak står i parentes etter "
        "namnet.")
    cur, n = None, 0
    for row in rows:
        if row["dm"] != cur:
            cur, n = row["dm"], 0
            doc.add_heading("Delmål " + cur, level=2)
        n += 1
        p = doc.add_paragraph()
        p.add_run(f"{row['delmal']}.{n} {row['tiltak']}").bold = True
        tt = p.add_run(f" ({row['tt']})")
        tt.italic = True
        doc.add_paragraph(row["desc"])
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.add_run("Ansvarleg: ").italic = True
        p.add_run(row["ans"])
        if row["sam"]:
            p.add_run("\n")
            p.add_run("Samarbeidspartnarar: ").italic = True
            p.add_run(row["sam"])
    doc.add_paragraph()
    doc.add_paragraph("Med helsing\nSiri Haugland Myklebust\nfylkesdirektør")
    return _save(doc, out_dir, fname)


def build_uhr(out_dir, fname, rows):
    doc = _base("UHR – oversendelse av rapportering 2053",
                "Universitets- og høgskolerådet", font="Georgia", size=10.5)
    doc.add_paragraph("Universitets- og høgskolerådet\nPostboks 1015 Sentrum\n"
                      "0104 Oslo")
    doc.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet i "
                      "Kunnskapsdepartementet")
    p = doc.add_paragraph("Vår ref.: 53/0412\t\tDato: 28.01.2054")
    p.paragraph_format.space_after = Pt(18)
    h = doc.add_paragraph()
    h.add_run("Oversendelse av UHRs rapportering for 2053").bold = True
    for txt in (
        "Vi viser til brev fra sekretariatet av 1. november 2053 med invitasjon til "
        "å rapportere tiltak som følger opp Nasjonal kompetansepolitisk strategi.",
        "UHR rapporterer tiltak som er forankret i UHRs styre, strategiske enheter og "
        "fellessekretariat. Tiltak ved den enkelte institusjon rapporteres ikke "
        "særskilt, men inngår der de er del av felles ordninger.",
        "Tiltaksoversikten følger som vedlegg 1. Vi står gjerne til disposisjon "
        "dersom sekretariatet har spørsmål."):
        doc.add_paragraph(txt)
    doc.add_paragraph("Med vennlig hilsen\n\nAlf Rune Torsvik\ngeneralsekretær")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    doc.add_heading("Vedlegg 1 – Tiltaksoversikt for rapporteringsåret 2053",
                    level=2)
    heads = ["Delmål nr.", "Tiltak", "Omtale", "Art", "Eier", "Samarbeidspartnere"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Light Grid Accent 1"
    for i, hd in enumerate(heads):
        cell_text(t.rows[0].cells[i], hd, bold=True, size=9.5)
    repeat_header(t.rows[0])
    for row in rows:
        c = t.add_row().cells
        for i, key in enumerate(("delmal", "tiltak", "desc", "tt", "ans", "sam")):
            cell_text(c[i], row[key], size=9.5)
    set_widths(t, [1.8, 4.8, 8.6, 2.2, 2.8, 4.4])
    doc.add_paragraph()
    doc.add_paragraph("Kilde: UHRs fellessekretariat.").runs[0].italic = True
    return _save(doc, out_dir, fname)
