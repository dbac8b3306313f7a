"""python-docx documents (files 02, 04→pdf, 08→pdf, 11, 14, 15, 17)."""
import datetime
import os
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

from .common import normalize_zip, to_pdf_via_soffice
from .data import DELMAL, fill

FIXED = datetime.datetime(2066, 1, 15, 9, 0, 0)


def _new(author, title):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def _save(d, path):
    d.save(path)
    normalize_zip(path)


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _set_widths(table, widths):
    """Fix column widths so that LibreOffice and Word both honour them."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = widths[j]


def _cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- 02 LO (Q&A form)
def write_lo(fd, path):
    d = _new("LO Avdeling for utdanning og kompetanse", "Rapporteringsskjema 2065")
    d.add_heading("Rapporteringsskjema for medlemmer av Kompetansepolitisk råd", level=1)
    d.add_paragraph("Rapporteringsår: 2065. Skjemaet sendes sekretariatet innen 15. januar 2066.")
    qa = [
        ("Spørsmål 1: Navn på organisasjonen", ["Svar: Landsorganisasjonen i Norge (LO)"]),
        ("Spørsmål 2: Kontaktperson", ["Svar: Rådgiver i Avdeling for utdanning og kompetanse"]),
    ]
    for q, answers in qa:
        p = d.add_paragraph()
        p.add_run(q).bold = True
        for a in answers:
            d.add_paragraph(a)
    rows = {r["id"]: r for r in fd["rows"]}
    blocks = [
        ("Spørsmål 3: Hvilke tiltak har dere gjennomført under hovedinnsatsområde 1 «Gode valg for den enkelte og "
         "for samfunnet»? Oppgi delmål og type tiltak.", ["M01", "M02", "M05", "U0201"]),
        ("Spørsmål 4: Hvilke tiltak har dere gjennomført under hovedinnsatsområde 2 «Læring i arbeidslivet»?",
         ["J01"]),
        ("Spørsmål 5: Hvilke tiltak har dere gjennomført under hovedinnsatsområde 3 «Styrke kompetansen til voksne "
         "med svak tilknytning til arbeidslivet»?", ["J09"]),
    ]
    for q, ids in blocks:
        p = d.add_paragraph()
        p.add_run(q).bold = True
        first = True
        for i in ids:
            txt = fill(rows[i])
            para = d.add_paragraph()
            if first:
                para.add_run("Svar: ").italic = True
                first = False
            para.add_run(txt)
    p = d.add_paragraph()
    p.add_run("Spørsmål 6: Har dere andre kommentarer til rapporteringen?").bold = True
    d.add_paragraph("Svar: LO ønsker at rådet i 2066 ser nærmere på finansiering av etter- og videreutdanning, "
                    "men dette er ikke et eget tiltak fra vår side.")
    p = d.add_paragraph()
    p.add_run("Spørsmål 7: Er rapporten forankret i organisasjonen?").bold = True
    d.add_paragraph("Svar: Ja, rapporten er godkjent av LOs ledelse.")
    _save(d, path)


# ---------------------------------------------------------------- 04 KS (table per delmål → PDF)
KS_HEAD = {"1.1": "Delmål 1.1 – Kunnskap om kompetansebehov",
           "1.4": "Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv",
           "2.2": "Delmål 2.2 – Kunnskap om læring i arbeidslivet",
           "2.4": "Delmål 2.4 – Kobling mellom kompetansebehov og tilbydere",
           "2.5": "Delmål 2.5 – Dokumentasjon av kompetanse fra arbeidslivet"}


def write_ks(fd, path):
    d = _new("KS", "KS rapport til Kompetansepolitisk råd 2065")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "KS – Kommunesektorens organisasjon"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Rapport til Kompetansepolitisk råd for 2065", level=0)
    d.add_paragraph("KS rapporterer her tiltak som kommunesektoren og KS har gjennomført i 2065. Tiltakene er "
                    "gruppert etter delmål i Nasjonal kompetansepolitisk strategi. Hver tabell viser tiltakene "
                    "under ett delmål.")
    order = []
    for r in fd["rows"]:
        if r["dm"] not in order:
            order.append(r["dm"])
    for dm in order:
        d.add_heading(KS_HEAD[dm], level=2)
        rows = [r for r in fd["rows"] if r["dm"] == dm]
        t = d.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(["Tiltak", "Type", "Ansvarlig i KS", "Samarbeid med", "Omtale"]):
            _cell(t.rows[0].cells[j], h, bold=True, size=8.5)
            _shade(t.rows[0].cells[j], "D9E2F3")
        for i, r in enumerate(rows, 1):
            vals = [r["tiltak"], r["tw"], r["ansv"], r["partners"] or "–", r["desc"]]
            for j, v in enumerate(vals):
                _cell(t.rows[i].cells[j], v, bold=(j == 0), size=8.5)
        _set_widths(t, [Cm(4.8), Cm(3.0), Cm(4.4), Cm(4.6), Cm(8.9)])
        d.add_paragraph()
    d.add_paragraph("Vedlegg: Kompetanseplanverktøyets brukerstatistikk kan fås ved henvendelse til KS.")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".docx")
        _save(d, src)
        to_pdf_via_soffice(src, path)


# ---------------------------------------------------------------- 08 Vestland (Nynorsk letter → PDF)
def write_vestland(fd, path):
    d = _new("Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2065")
    p = d.add_paragraph()
    r = p.add_run("Vestland fylkeskommune")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5B, 0x82)
    d.add_paragraph("Avdeling for opplæring og kompetanse")
    d.add_paragraph()
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Direktoratet for høgare utdanning og kompetanse")
    meta = d.add_paragraph("Vår dato: 12.01.2066        Vår referanse: 2066/00412        Dykkar referanse: 2065/9")
    meta.runs[0].font.size = Pt(9)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Rapportering frå Vestland fylkeskommune for 2065").bold = True
    d.add_paragraph("Vi viser til brev om årleg rapportering frå medlemmene i Kompetansepolitisk råd. Vestland "
                    "fylkeskommune har i 2065 arbeidd med desse tiltaka:")
    for i, r in enumerate(fd["rows"], 1):
        para = d.add_paragraph()
        para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.first_line_indent = Cm(-0.8)
        para.add_run(f"{i})\t")
        para.add_run(r["tiltak"]).bold = True
        txt = f" (delmål {r['dm']}, {r['tw']}). {r['desc']}"
        if r["ansv"]:
            txt += f" Ansvarleg: {r['ansv']}."
        if r["partners"]:
            txt += f" Samarbeid: {r['partners']}."
        para.add_run(txt)
    d.add_paragraph("Vidare arbeid: I 2066 planlegg vi eit nytt rettleiingstilbod for lærlingar som hevar "
                    "lærekontrakten. Dette er ikkje sett i gang enno, og vert rapportert neste år.")
    d.add_paragraph()
    d.add_paragraph("Med helsing")
    d.add_paragraph("Fylkesdirektør opplæring og kompetanse\n\nDokumentet er elektronisk godkjent og har difor "
                    "ikkje handskrivne signaturar.")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".docx")
        _save(d, src)
        to_pdf_via_soffice(src, path)


# ---------------------------------------------------------------- 11 Troms og Finnmark
TF_HEAD = {"1.2": "Delmål 1.2 – Regionalt folkevalgt nivås samordningsrolle",
           "1.3": "Delmål 1.3 – Karriereveiledning",
           "2.5": "Delmål 2.5 – Dokumentasjon av kompetanse fra arbeidslivet",
           "3.1": "Delmål 3.1 – Fleksibel opplæring for voksne"}


def _tf_table(d, header, groups, shade_groups=True):
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        _cell(t.rows[0].cells[j], h, bold=True, size=9)
        _shade(t.rows[0].cells[j], "BDD7EE")
    ri, n = 1, 0
    for title, rows in groups:
        c = t.rows[ri].cells[0].merge(t.rows[ri].cells[-1])
        _cell(c, title, bold=True, size=9.5)
        if shade_groups:
            _shade(c, "F2F2F2")
        ri += 1
        for vals in rows:
            n += 1
            for j, v in enumerate([str(n)] + vals):
                _cell(t.rows[ri].cells[j], v, size=9)
            ri += 1
    _set_widths(t, [Cm(0.8), Cm(3.6), Cm(2.2), Cm(3.2), Cm(3.0), Cm(4.2)][:len(header)])
    return t


def write_troms_finnmark(fd, path):
    d = _new("Troms og Finnmark fylkeskommune", "Tiltak 2065")
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(2)
    d.add_heading("Troms og Finnmark fylkeskommune – tiltak 2065", level=1)
    d.add_paragraph("Rapport til Kompetansepolitisk råd. Tiltakene er nummerert fortløpende og sortert etter delmål.")
    groups = []
    for dm in ["1.2", "1.3", "2.5", "3.1"]:
        rows = [[r["tiltak"], r["tw"], r["ansv"], r["partners"], r["desc"]] for r in fd["rows"] if r["dm"] == dm]
        groups.append((TF_HEAD[dm], rows))
    _tf_table(d, ["Nr", "Tiltak", "Type", "Ansvar", "Samarbeid", "Omtale"], groups)
    d.add_paragraph()
    d.add_heading("Tiltak fra 2064 som er avsluttet", level=2)
    d.add_paragraph("Tiltakene under ble avsluttet i 2064 og er tatt med for sammenhengens skyld. De inngår ikke i "
                    "rapporteringen for 2065.")
    _tf_table(d, ["Nr", "Tiltak", "Type", "Ansvar", "Samarbeid", "Omtale"], [
        ("Delmål 2.4 – Kobling mellom bedrifter og tilbydere",
         [["Kompetanseløft for reiselivet i Finnmark", "Prosjekt", "Næringsavdelingen", "NHO Reiseliv",
           "Avsluttet juni 2064 med sluttrapport."]]),
        ("Delmål 3.4 – Kvalifisering av innvandrere",
         [["Språkpraksis i fiskeindustrien", "Prosjekt", "Voksenopplæringen", "Sjømat Norge",
           "Avsluttet desember 2064."]]),
    ])
    d.add_paragraph()
    d.add_heading("Planlagt for 2066", level=2)
    d.add_paragraph("Følgende tiltak er vedtatt, men ikke startet. De rapporteres først når de er i gang:")
    d.add_paragraph("Karrieresenter med fast tilstedeværelse på Svalbard (delmål 1.3).", style="List Bullet")
    d.add_paragraph("Kompetansenettverk for grønn industri i Hammerfest (delmål 2.4).", style="List Bullet")
    _save(d, path)


# ---------------------------------------------------------------- 14 Akademikerne (one card per measure)
def write_akademikerne(fd, path):
    d = _new("Akademikerne", "Tiltakskort 2065")
    d.add_heading("Akademikerne – tiltakskort 2065", level=1)
    d.add_paragraph("Akademikerne rapporterer sine tiltak for 2065 til Kompetansepolitisk råd med ett kort per tiltak.")
    omr = {"1": "Hovedinnsatsområde 1", "2": "Hovedinnsatsområde 2", "3": "Hovedinnsatsområde 3"}
    for i, r in enumerate(fd["rows"], 1):
        d.add_heading(f"Tiltak {i}", level=2)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [("Navn på tiltak", r["tiltak"]),
                ("Delmål", f"{omr[r['dm'][0]]} / delmål {r['dm']}"),
                ("Tiltakstype", r["tw"]),
                ("Ansvarlig", r["ansv"]),
                ("Samarbeidspartnere", r["partners"] or "Ingen"),
                ("Beskrivelse", r["desc"])]
        _set_widths(t, [Cm(4), Cm(12)])
        for k, (a, b) in enumerate(vals):
            _cell(t.rows[k].cells[0], a, bold=True, size=10)
            _shade(t.rows[k].cells[0], "E7E6E6")
            _cell(t.rows[k].cells[1], b, bold=(k == 0), size=10)
        d.add_paragraph()
    d.add_paragraph("Kontakt: Akademikernes sekretariat, Oslo.")
    _save(d, path)


# ---------------------------------------------------------------- 15 Sametinget (bilingual table)
SAME_DM = {"1.3": "1.3 Karriereveiledning", "1.4": "1.4 Utdanning og arbeidsliv",
           "2.5": "2.5 Dokumentasjon av kompetanse", "3.2": "3.2 Kompetansepluss"}


def write_sametinget(fd, path):
    d = _new("Sámediggi / Sametinget", "Jahkedieđáhus 2065")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Sámediggi – Sametinget", level=1)
    d.add_paragraph("Jahkedieđáhus 2065 / Årsrapportering 2065 til Kompetansepolitisk råd")
    d.add_paragraph("Sametinget rapporterer tiltak som styrker kompetanse i samiske samfunn og i samisk "
                    "nærings- og kulturliv.")
    hdr = ["Doaibmabidju / Tiltak", "Válddahus / Beskrivelse", "Oassemihttu / Delmål",
           "Ovddasvástideaddji / Ansvarlig", "Ovttasbargoguoimmit / Samarbeid"]
    t = d.add_table(rows=1 + len(fd["rows"]), cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        _cell(t.rows[0].cells[j], h, bold=True, size=9)
        _shade(t.rows[0].cells[j], "FCE4D6")
    for i, r in enumerate(fd["rows"], 1):
        for j, v in enumerate([r["tiltak"], r["desc"], SAME_DM[r["dm"]], r["ansv"], r["partners"]]):
            _cell(t.rows[i].cells[j], v, bold=(j == 0), size=9)
    _set_widths(t, [Cm(3.6), Cm(5.4), Cm(2.6), Cm(2.9), Cm(2.9)])
    d.add_paragraph()
    d.add_paragraph("Giitu! Takk til alle samarbeidspartnere i 2065. Kárášjohka/Karasjok, 16.01.2066.")
    _save(d, path)


# ---------------------------------------------------------------- 17 press release (no truth)
def write_pressemelding(fd, path):
    d = _new("HK-dir kommunikasjon", "Pressemelding")
    p = d.add_paragraph()
    p.add_run("PRESSEMELDING – 8. januar 2066").bold = True
    d.add_heading("Rekordmange tok fagbrev på jobb i 2065", level=1)
    d.add_paragraph("Direktoratet for høyere utdanning og kompetanse (HK-dir) melder at over 2 100 voksne tok "
                    "fagbrev gjennom ordningen Fagbrev på jobb i 2065. Det er en økning på 18 prosent fra året før.")
    d.add_paragraph("– Dette viser at arbeidsplassen er en god læringsarena, sier direktøren i HK-dir. Flest "
                    "kandidater kom fra helsearbeiderfaget, barne- og ungdomsarbeiderfaget og industrimekanikerfaget.")
    d.add_paragraph("Ordningen forvaltes av fylkeskommunene, og kommunene er de største arbeidsgiverne. "
                    "Kompetansepolitisk råd vil drøfte erfaringene i sitt møte i februar.")
    d.add_paragraph("For mer informasjon, kontakt kommunikasjonsavdelingen i HK-dir.")
    _save(d, path)
