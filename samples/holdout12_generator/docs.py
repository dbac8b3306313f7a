"""Word-based reports (python-docx); some are converted by LibreOffice afterwards."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .data import ARR, FOU, INFO, KURS, PROS, RAD, R

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def _doc(author: str, created: dt.datetime) -> Document:
    d = Document()
    d.core_properties.author = author
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.comments = ""
    d.core_properties.last_modified_by = author
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def _bold_cell(cell, text: str) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _area_row(table, text: str, fill: str = "D9E2F3") -> None:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    _bold_cell(merged, text)
    _shade(merged, fill)


# ------------------------------------------------------------------ Regjeringen
def regjeringen(path: Path, rows: list[R]) -> None:
    d = _doc("Kunnskapsdepartementet", dt.datetime(2033, 1, 27, 9, 0))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = d.add_paragraph()
    r = p.add_run("Kunnskapsdepartementet")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    d.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2032", 1)
    d.add_paragraph(
        "Rapporten er samordnet av Kunnskapsdepartementet etter innspill fra Arbeids- og "
        "inkluderingsdepartementet, Kommunal- og distriktsdepartementet, Nærings- og fiskeridepartementet og "
        "Helse- og omsorgsdepartementet. Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. "
        "Kolonnen «Type tiltak» er fylt ut der departementet har vurdert det som hensiktsmessig.")
    head = ["Ansv. dep.", "Tiltak", "Om tiltaket", "Delmål", "Type tiltak", "Samarbeid med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        _bold_cell(c, h)
        _shade(c, "1F3A60")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _repeat_header(t.rows[0])
    area = ""
    for r in rows:
        if r.delmal[0] != area:
            area = r.delmal[0]
            _area_row(t, AREAS[area])
        cells = t.add_row().cells
        vals = [r.ans, r.tiltak, r.desc, r.dm or "", r.ty or "", r.partners]
        for c, v in zip(cells, vals):
            c.text = v
    widths = [Cm(1.9), Cm(6.3), Cm(8.4), Cm(2.0), Cm(2.9), Cm(4.6)]
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    d.add_paragraph("Oslo, 27. januar 2033")
    d.add_paragraph("Kunnskapsdepartementet, Avdeling for kompetansepolitikk")
    d.save(path)


# ------------------------------------------------------------------ LO
def lo_prose(path: Path, rows: list[R]) -> None:
    d = _doc("LO Samfunnspolitisk avdeling", dt.datetime(2033, 2, 1, 14, 30))
    d.add_heading("LOs rapport til Kompetansepolitisk råd for 2032", 0)
    d.add_paragraph(
        "Landsorganisasjonen i Norge legger med dette fram sin rapport om oppfølgingen av Nasjonal "
        "kompetansepolitisk strategi i 2032. Året var preget av omstilling i industrien, nye krav til "
        "digital kompetanse i alle yrker og stor etterspørsel etter fagarbeidere. LO har prioritert arbeidet "
        "gjennom de partssammensatte organene og gjennom forbundenes eget arbeid med tillitsvalgte.")
    d.add_paragraph(
        "Nedenfor omtaler vi LOs viktigste bidrag under hvert av strategiens hovedinnsatsområder. For hvert "
        "tiltak oppgir vi delmålet det først og fremst støtter, og hvem vi har samarbeidet med.")
    area = ""
    for r in rows:
        if r.delmal[0] != area:
            area = r.delmal[0]
            d.add_heading(AREAS[area].split(": ", 1)[1], 1)
        d.add_heading(r.tiltak, 3)
        d.add_paragraph(r.desc)
        meta = r.dm or ""
        if r.partners:
            meta += f" · Samarbeid: {r.partners}"
        p = d.add_paragraph()
        run = p.add_run(meta)
        run.italic = True
        run.font.size = Pt(9)
    d.add_heading("Avslutning", 1)
    d.add_paragraph(
        "LO vil i 2033 særlig arbeide for at partene får en tydeligere rolle i de regionale "
        "kompetansepartnerskapene, og for at finansieringen av etter- og videreutdanning blir mer "
        "forutsigbar for arbeidstakere uten høyere utdanning.")
    d.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\nSamfunnspolitisk avdeling")
    d.save(path)


# ------------------------------------------------------------------ Unio
def unio_letter(path: Path, rows: list[R]) -> None:
    d = _doc("Unio sekretariatet", dt.datetime(2033, 1, 30, 10, 0))
    p = d.add_paragraph()
    r = p.add_run("UNIO\nHovedorganisasjon for universitets- og høyskoleutdannede")
    r.bold = True
    d.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet, Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    p = d.add_paragraph("Deres ref.: 32/1187        Vår ref.: 2033/014-2        Dato: 30.01.2033")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph()
    p.add_run("Unios rapportering om tiltak i 2032").bold = True
    d.add_paragraph(
        "Vi viser til brev av 2. desember 2032 med frist for rapportering om medlemmenes oppfølging av Nasjonal "
        "kompetansepolitisk strategi. Unio har i 2032 arbeidet med tiltakene nedenfor. Tallene i parentes "
        "viser til strategiens delmål.")
    for i, r in enumerate(rows, 1):
        tail = f"; sammen med {r.partners}" if r.partners else ""
        d.add_paragraph(f"{i}.  {r.tiltak} – {r.desc} (delmål {r.dm}; {r.ty}{tail})")
    d.add_paragraph(
        "I tillegg har Unios forbund en rekke egne tiltak for sine medlemmer, som rapporteres i forbundenes "
        "årsberetninger og ikke gjentas her.")
    d.add_paragraph("Med hilsen\n\nRagnhild Sætre\nleder, Unio\n\t\t\t\tEinar Oftedal\n\t\t\t\tseniorrådgiver")
    d.save(path)


# ------------------------------------------------------------------ KS
TYPES_ORDER = [FOU, KURS, RAD, PROS, INFO, ARR]


def ks_form(path: Path, rows: list[R]) -> None:
    d = _doc("KS", dt.datetime(2033, 1, 24, 8, 45))
    d.add_heading("Skjema for rapportering til Kompetansepolitisk råd – 2032", 1)
    d.add_paragraph("Rådsmedlem: KS – kommunesektorens organisasjon")
    d.add_paragraph("Kontaktperson: Marit Løvli, avdeling for arbeidsgiverpolitikk")
    d.add_paragraph("Fyll ut ett skjema per tiltak. Delmål kan oppgis med nummer eller med ordlyd fra strategien.")
    for i, r in enumerate(rows, 1):
        d.add_paragraph().add_run(f"Tiltak {i} av {len(rows)}").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        boxes = "   ".join(("☒ " if ty == r.ty else "☐ ") + ty for ty in TYPES_ORDER)
        for k, v in [("Tiltakets navn", r.tiltak), ("Delmål (nr. eller tekst)", r.dm or ""),
                     ("Type tiltak", boxes), ("Ansvarlig", r.ans), ("Samarbeidspartnere", r.partners),
                     ("Kort beskrivelse", r.desc)]:
            c = t.add_row().cells
            _bold_cell(c[0], k)
            _shade(c[0], "EDEDED")
            c[1].text = v
            c[0].width = Cm(4.5)
            c[1].width = Cm(11.5)
        d.add_paragraph()
    d.save(path)


# ------------------------------------------------------------------ Akademikerne
def akademikerne(path: Path, rows: list[R], final: bool) -> None:
    when = dt.datetime(2033, 2, 3, 12, 0) if final else dt.datetime(2033, 1, 15, 16, 20)
    d = _doc("Akademikerne", when)
    if final:
        d.add_paragraph().add_run("Revidert versjon 3. februar 2033 – erstatter utkast av 15. januar 2033").italic = True
    else:
        d.add_paragraph().add_run("UTKAST 15.01.2033 – ikke ferdig behandlet").bold = True
    d.add_heading("Akademikernes rapportering til Kompetansepolitisk råd 2032", 1)
    d.add_paragraph(
        "Akademikerne organiserer 13 foreninger med til sammen over 250 000 medlemmer med høyere utdanning. "
        "Nedenfor følger våre tiltak i 2032, sortert etter strategiens innsatsområder (I–III) og delmål.")
    roman = {"1": "I", "2": "II", "3": "III"}
    area = ""
    for r in rows:
        if r.delmal[0] != area:
            area = r.delmal[0]
            d.add_heading(f"Innsatsområde {roman[area]} – " + AREAS[area].split(": ", 1)[1], 2)
        p = d.add_paragraph()
        p.add_run(f"Delmål {r.dm} – ").bold = False
        p.add_run(r.tiltak).bold = True
        d.add_paragraph(r.desc)
        if r.partners:
            d.add_paragraph(f"Samarbeid: {r.partners}")
    d.add_paragraph(f"Oslo, {when.day}. {'februar' if final else 'januar'} 2033")
    d.save(path)


# ------------------------------------------------------------------ Spekter
def spekter_memo(path: Path, rows: list[R]) -> None:
    d = _doc("Spekter", dt.datetime(2033, 1, 29, 11, 0))
    d.add_paragraph().add_run("NOTAT").bold = True
    t = d.add_table(rows=0, cols=2)
    for k, v in [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "Spekter, avdeling for kompetanse"),
                 ("Dato:", "29.01.2033"), ("Sak:", "Spekters tiltak i 2032 – Nasjonal kompetansepolitisk strategi")]:
        c = t.add_row().cells
        _bold_cell(c[0], k)
        c[1].text = v
    d.add_paragraph(
        "Spekter har gjennomført eller deltatt i følgende tiltak i 2032. Flere av tiltakene er gjennomført "
        "sammen med helseforetakene og de andre partene i helse- og omsorgssektoren.")
    head = ["Delmål", "Tiltak", "Type", "Ansvarlig (samarbeidspartnere)", "Kommentar"]
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, head):
        _bold_cell(c, h)
    for r in rows:
        c = tb.add_row().cells
        resp = r.ans + (f" ({r.partners})" if r.partners else "")
        for cell, v in zip(c, [r.dm or "", r.tiltak, r.ty or "", resp, r.desc]):
            cell.text = v
    d.add_paragraph()
    d.add_paragraph("Kontakt: Hilde Brekke, spesialrådgiver")
    d.save(path)


# ------------------------------------------------------------------ VOFO
def vofo(path: Path, rows: list[R]) -> None:
    d = _doc("VOFO", dt.datetime(2033, 1, 31, 13, 0))
    d.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    d.add_paragraph("Rapport om tiltak i 2032 til Kompetansepolitisk råd")
    d.add_paragraph(
        "VOFO samler 13 studieforbund. Tiltakene under er knyttet til delmålene i strategien med stikkord "
        "for delmålet. Studieforbundenes egne kurs rapporteres samlet i VOFOs statistikk.")
    head = ["Delmål (stikkord)", "Hva vi gjorde", "Beskrivelse", "Ansvarlig", "Partnere"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, head):
        _bold_cell(c, h)
    area = ""
    for r in rows:
        if r.delmal[0] != area:
            area = r.delmal[0]
            _area_row(t, AREAS[area].split(": ", 1)[1], "FFF2CC")
        c = t.add_row().cells
        for cell, v in zip(c, [r.dm or "", r.tiltak, r.desc, r.ans, r.partners]):
            cell.text = v
    d.add_paragraph()
    d.add_paragraph("Oslo, 31. januar 2033 – VOFO")
    d.save(path)


# ------------------------------------------------------------------ Vestland (Nynorsk)
def vestland(path: Path, rows: list[R]) -> None:
    d = _doc("Vestland fylkeskommune", dt.datetime(2033, 1, 26, 9, 30))
    d.add_heading("Rapportering frå Vestland fylkeskommune til Kompetansepolitisk råd 2032", 1)
    d.add_paragraph(
        "Vestland fylkeskommune rapporterer her tiltak som fylkeskommunen har ansvaret for eller tek del i. "
        "Tiltaka følgjer opp den regionale kompetansestrategien for Vestland og Nasjonal kompetansepolitisk "
        "strategi.")
    head = ["Delmål", "Tiltak", "Kva slags tiltak", "Skildring", "Ansvarleg", "Samarbeidspartnarar"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        _bold_cell(c, h)
        _shade(c, "C6E0B4")
    for r in rows:
        c = t.add_row().cells
        for cell, v in zip(c, [r.dm or "", r.tiltak, r.ty or "", r.desc, r.ans, r.partners]):
            cell.text = v
    d.add_paragraph()
    d.add_paragraph("Bergen, 26. januar 2033\nSeksjon for kompetanse og næring")
    d.save(path)


# ------------------------------------------------------------------ not a report
def agenda(path: Path) -> None:
    d = _doc("Kunnskapsdepartementet", dt.datetime(2033, 2, 20, 10, 0))
    d.add_heading("Innkalling til møte i Kompetansepolitisk råd", 1)
    d.add_paragraph("Tid: 12. mars 2033 kl. 10.00–14.30\nSted: Kunnskapsdepartementet, Kirkegata 18, møterom 5")
    d.add_paragraph("Rådets medlemmer innkalles med dette til første møte i 2033. Saksdokumenter ettersendes.")
    items = [
        ("1", "Innledende saker", [("1.1", "Godkjenning av innkalling og dagsorden"),
                                   ("1.2", "Godkjenning av referat fra møtet 14. november 2032")]),
        ("2", "Orienteringssaker", [("2.1", "Kompetansebehovsutvalgets rapport 2032 v/ utvalgets leder"),
                                    ("2.2", "Oppsummering av medlemmenes rapportering for 2032 v/ sekretariatet"),
                                    ("2.3", "Status for Læreplass 2030 v/ KD")]),
        ("3", "Drøftingssaker", [("3.1", "Innspill til revidert kompetansepolitisk strategi"),
                                 ("3.2", "Rådets arbeidsform og møteplan 2033")]),
        ("4", "Eventuelt", []),
    ]
    for num, title, subs in items:
        d.add_heading(f"{num} {title}", 2)
        for code, text in subs:
            d.add_paragraph(f"{code} {text}")
    d.add_paragraph("Meld forfall til sekretariatet innen 5. mars.\n\nVennlig hilsen\nSekretariatet")
    d.save(path)
