"""Word-family renderers (DOCX written here; PDF/ODT/RTF/DOC made from them by LibreOffice in build.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .data import (AKADEMIKERNE, AKADEMIKERNE_OLD, FAGSKOLERADET, KS, LO, REGJERINGEN, TRONDELAG, UHR, UNIO,
                   VESTLAND, YS)

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def _doc(author: str, when: dt.datetime) -> Document:
    d = Document()
    d.core_properties.author = author
    d.core_properties.created = when
    d.core_properties.modified = when
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def _cell(cell, text: str, bold: bool = False) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def regjeringen(out: Path) -> None:
    d = _doc("Kunnskapsdepartementet", dt.datetime(2028, 1, 22, 9, 0))
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2027", 1)
    d.add_paragraph("Kunnskapsdepartementet rapporterer på vegne av de berørte departementene. Tabellen viser "
                    "tiltak som ble satt i gang eller videreført i 2027, ordnet etter strategiens hovedinnsatsområder.")
    cols = ["Nr.", "Tiltak (med kort omtale)", "Delmål", "Kategori", "Ansvarlig", "Medvirkende"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        _cell(c, h, bold=True)
    _repeat_header(t.rows[0])
    area = None
    for n, r in enumerate(REGJERINGEN, 1):
        if r.delmal[0] != area:
            area = r.delmal[0]
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            _cell(m, AREAS[area], bold=True)
        cells = t.add_row().cells
        _cell(cells[0], f"{n}.")
        _cell(cells[1], r.tiltak, bold=True)
        cells[1].add_paragraph(r.beskr)
        _cell(cells[2], r.shown_dm)
        _cell(cells[3], r.shown_type or "")
        _cell(cells[4], r.ansvarlig)
        _cell(cells[5], r.partnere)
    _widths(d, t, [1.0, 7.4, 1.5, 2.4, 2.2, 3.5])
    d.add_paragraph("")
    d.add_paragraph("Kontaktperson: seniorrådgiver Ingrid Holm, Kompetanse- og integreringsavdelingen.")
    d.save(out)


def lo_letter(out: Path) -> None:
    d = _doc("LO", dt.datetime(2028, 1, 15, 13, 0))
    p = d.add_paragraph()
    p.add_run("Landsorganisasjonen i Norge").bold = True
    d.add_paragraph("Youngs gate 11, 0181 Oslo")
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nKunnskapsdepartementet")
    pr = d.add_paragraph("Oslo, 15. januar 2028\nVår ref.: 27/1184")
    pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph().add_run("LOs innrapportering av tiltak for 2027").bold = True
    d.add_paragraph("Vi viser til brev om rapportering av tiltak som følger opp Nasjonal kompetansepolitisk strategi. "
                    "Nedenfor følger LOs tiltak for 2027, ordnet etter hovedinnsatsområde. Der vi har oppgitt type "
                    "tiltak, står den i hakeparentes.")
    groups = [("Gode valg for den enkelte og for samfunnet", "1"), ("Læring i arbeidslivet", "2")]
    n = 0
    for head, a in groups:
        d.add_paragraph().add_run(head).bold = True
        for r in [x for x in LO if x.delmal[0] == a]:
            n += 1
            txt = f"{n}) {r.tiltak} – {r.beskr}"
            if r.partnere:
                txt += f" Samarbeid med {r.partnere}."
            if r.shown_type:
                txt += f" [{r.shown_type}]"
            txt += f" ({r.shown_dm})"
            d.add_paragraph(txt)
    d.add_paragraph("LO vil også framover prioritere arbeidet med kompetanse i tariffavtalene og legger vekt på at "
                    "rådet følger opp strategien for perioden etter 2027.")
    d.add_paragraph("Med vennlig hilsen\n\nTorunn Aas\nrådgiver, LO")
    d.save(out)


def unio_memo(out: Path) -> None:
    d = _doc("Unio", dt.datetime(2028, 1, 14, 10, 0))
    d.add_heading("Notat", 1)
    for line in ["Til: Kompetansepolitisk råd v/sekretariatet", "Fra: Unio", "Dato: 14.01.2028",
                 "Sak: Unios tiltak i 2027"]:
        d.add_paragraph(line)
    d.add_paragraph("Unio rapporterer her sine tiltak i 2027. Hvert tiltak er beskrevet med delmål, type, ansvar "
                    "og samarbeidspartnere.")
    for r in UNIO:
        p = d.add_paragraph()
        p.add_run(r.tiltak).bold = True
        d.add_paragraph(f"Delmål: {r.shown_dm}")
        if r.shown_type:
            d.add_paragraph(f"Type: {r.shown_type}")
        d.add_paragraph(f"Ansvar: {r.ansvarlig}")
        if r.partnere:
            d.add_paragraph(f"Samarbeid: {r.partnere}")
        if r.beskr:
            d.add_paragraph(r.beskr)
    d.add_paragraph("Spørsmål om notatet kan rettes til Unios sekretariat.")
    d.save(out)


KS_HEADS = {
    "1.3": "Delmål 1.3 Karriereveiledning",
    "1.4": "Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Delmål 2.1 Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Delmål 2.2 Kunnskap om læring i arbeidslivet",
    "2.3": "Delmål 2.3 Karrieremuligheter i yrkesfagene",
    "3.1": "Delmål 3.1 Fleksibel opplæring for voksne",
}


def ks_report(out: Path) -> None:
    d = _doc("KS", dt.datetime(2028, 1, 19, 8, 30))
    d.add_heading("KS – rapport til Kompetansepolitisk råd for 2027", 0)
    d.add_paragraph("KS har i 2027 prioritert rekruttering og kompetanse i helse og omsorg. Under følger tiltakene "
                    "våre, sortert etter delmål i strategien.")
    cur = None
    for r in KS:
        if r.delmal != cur:
            cur = r.delmal
            d.add_heading(KS_HEADS[cur], 2)
        p = d.add_paragraph(style="List Bullet")
        p.add_run(r.tiltak).bold = True
        rest = ""
        if r.beskr:
            rest += f". {r.beskr}"
        if r.partnere:
            rest += f" Samarbeid med {r.partnere}."
        p.add_run(rest)
    d.add_heading("Videre arbeid", 2)
    d.add_paragraph("I 2028 vil KS legge særlig vekt på lærlinger i helsearbeiderfaget og på kompetanse for "
                    "ledere i kommunene.")
    d.save(out)


def _vmerge(a, b, text: str) -> None:
    m = a.merge(b)
    _cell(m, text, bold=True)


def ys_table(out: Path) -> None:
    d = _doc("YS", dt.datetime(2028, 1, 12, 14, 0))
    d.add_heading("YS – tiltak 2027 i oppfølgingen av kompetansestrategien", 1)
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    _vmerge(h0[0], h0[1], "Tiltak")
    _cell(h1[0], "Navn", bold=True)
    _cell(h1[1], "Omtale", bold=True)
    for i, h in zip(range(2, 6), ["Delmål", "Type", "Ansvarlig", "Samarbeidspartnere"]):
        _vmerge(h0[i], h1[i], h)
    for r in YS:
        c = t.add_row().cells
        for i, v in enumerate([r.tiltak, r.beskr, r.shown_dm, r.shown_type or "", r.ansvarlig, r.partnere]):
            _cell(c[i], v)
    _widths(d, t, [3.8, 5.4, 1.5, 2.1, 2.0, 3.2])
    d.add_paragraph("")
    d.add_paragraph("Oslo, 12. januar 2028 – YS-sekretariatet")
    d.save(out)


def akademikerne_form(out: Path, final: bool) -> None:
    when = dt.datetime(2028, 1, 20, 11, 0) if final else dt.datetime(2027, 12, 3, 15, 0)
    d = _doc("Akademikerne", when)
    d.add_heading("Rapporteringsskjema – Kompetansepolitisk råd 2027", 1)
    d.add_paragraph("Organisasjon: Akademikerne")
    d.add_paragraph("Versjon: endelig, 20. januar 2028" if final else "Versjon: utkast, 3. desember 2027 (ikke ferdig)")
    d.add_paragraph("Fyll inn ett skjema per tiltak. Kopier tabellen ved behov.")
    labels = ["Tiltakets navn", "Delmål (nummer)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    if final:
        items = [[r.tiltak, r.shown_dm, r.shown_type or "", r.ansvarlig, r.partnere, r.beskr] for r in AKADEMIKERNE]
    else:
        items = [[t, dm, ty, a, p, ""] for dm, t, ty, a, p in AKADEMIKERNE_OLD]
    for n, vals in enumerate(items, 1):
        d.add_paragraph().add_run(f"Tiltak {n}").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, v in zip(labels, vals):
            c = t.add_row().cells
            _cell(c[0], lab, bold=True)
            _cell(c[1], v)
        d.add_paragraph("")
    d.save(out)


def uhr_table(out: Path) -> None:
    d = _doc("UHR", dt.datetime(2028, 1, 18, 12, 0))
    d.add_heading("Universitets- og høgskolerådet (UHR): Innsats i 2027", 1)
    d.add_paragraph("UHR rapporterer for første gang som fullt medlem av rådet. Delmålene er angitt med strategiens ord.")
    cols = ["Innsats", "Beskrivelse", "Delmål i strategien", "Ansvar", "Partnere"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        _cell(c, h, bold=True)
    _repeat_header(t.rows[0])
    for i, r in enumerate(UHR):
        if i == 3:  # header row pasted again, as when a table is copied from a longer document
            for c, h in zip(t.add_row().cells, cols):
                _cell(c, h, bold=True)
        c = t.add_row().cells
        for j, v in enumerate([r.tiltak, r.beskr, r.shown_dm, r.ansvarlig, r.partnere]):
            _cell(c[j], v)
    d.save(out)


def _widths(d, t, cms: list[float]) -> None:
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    t.autofit = False
    for col, w in zip(t.columns, cms):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def vestland_table(out: Path) -> None:
    d = _doc("Vestland fylkeskommune", dt.datetime(2028, 1, 16, 9, 0))
    d.add_heading("Rapportering frå Vestland fylkeskommune til Kompetansepolitisk råd 2027", 1)
    d.add_paragraph("Fylkeskommunen rapporterer tiltak innanfor regional kompetansepolitikk, karriererettleiing og "
                    "opplæring for vaksne.")
    cols = ["Delmål", "Tiltak", "Skildring", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        _cell(c, h, bold=True)
    for r in VESTLAND:
        c = t.add_row().cells
        for j, v in enumerate([r.shown_dm, r.tiltak, r.beskr, r.shown_type or "", r.ansvarlig, r.partnere]):
            _cell(c[j], v)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    _widths(d, t, [2.1, 5.5, 7.5, 2.6, 3.8, 5.2])
    d.add_paragraph("")
    d.add_paragraph("Bergen, 16. januar 2028. Kontakt: Kompetanse og næring, Vestland fylkeskommune.")
    d.save(out)


def trondelag_letter(out: Path) -> None:
    d = _doc("Trøndelag fylkeskommune", dt.datetime(2028, 1, 21, 10, 0))
    d.add_paragraph().add_run("Trøndelag fylkeskommune").bold = True
    d.add_paragraph("Kunnskapsdepartementet\nv/sekretariatet for Kompetansepolitisk råd")
    d.add_paragraph("Steinkjer, 21.01.2028")
    d.add_paragraph().add_run("Svar – rapportering av tiltak 2027").bold = True
    d.add_paragraph("Trøndelag fylkeskommune viser til henvendelsen og rapporterer følgende tiltak for 2027:")
    for letter, r in zip("abcdefg", TRONDELAG):
        p = d.add_paragraph()
        p.add_run(f"{letter}) {r.tiltak} ({r.shown_dm})").bold = True
        d.add_paragraph(r.beskr)
        line = f"Ansvarlig: {r.ansvarlig}"
        if r.partnere:
            line += f". Samarbeidspartnere: {r.partnere}"
        d.add_paragraph(line)
    d.add_paragraph("Fylkeskommunen bidrar gjerne med utdypende informasjon ved behov.")
    d.add_paragraph("Med hilsen\nKari Lyng\nfylkesdirektør for utdanning og kompetanse")
    d.save(out)


def fagskoleradet_mail(out: Path) -> None:
    d = _doc("Fagskolerådet", dt.datetime(2028, 1, 23, 16, 0))
    d.add_paragraph("Fra: Fagskolerådet <post@fagskoleradet.no>")
    d.add_paragraph("Emne: Tiltak 2027 fra Fagskolerådet")
    d.add_paragraph("Hei,")
    d.add_paragraph("Fagskolerådet ble med i rådet i 2027 og sender her våre tiltak for året:")
    for r in FAGSKOLERADET:
        d.add_paragraph(f"•\t{r.tiltak} ({r.shown_dm}): {r.beskr} Partnere: {r.partnere}.")
    d.add_paragraph("Vennlig hilsen\nFagskolerådet v/ daglig leder")
    d.save(out)


def kommuneplan(out: Path) -> None:
    d = _doc("Nordvik kommune", dt.datetime(2027, 11, 2, 9, 0))
    d.add_heading("Kompetanseplan for helse og omsorg, Nordvik kommune 2027–2030", 0)
    d.add_paragraph("Vedtatt i kommunestyret 28. oktober 2027, sak 88/27.")
    secs = [
        ("1 Innledning", None),
        ("1.1 Bakgrunn", "Kommunen står foran en økende mangel på sykepleiere og helsefagarbeidere."),
        ("1.2 Mål for planen", "Planen skal sikre at tjenestene har riktig kompetanse i hele planperioden."),
        ("2 Kompetansebehov", None),
        ("2.1 Digital kompetanse", "Velferdsteknologi krever ny kompetanse hos alle ansatte."),
        ("2.2 Kunnskapsgrunnlag", "Kartleggingen i 2027 viser at 40 prosent av de ufaglærte ønsker fagbrev."),
        ("3 Tiltak", None),
    ]
    for h, txt in secs:
        d.add_heading(h, 2 if "." in h else 1)
        if txt:
            d.add_paragraph(txt)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Ansvar", "Frist"]):
        _cell(c, h, bold=True)
    for row in [("Fagbrev for ufaglærte assistenter", "Kommunalsjef helse", "2028"),
                ("Videreutdanning i demensomsorg", "Enhetsledere", "2029"),
                ("Opplæring i velferdsteknologi", "IKT-avdelingen", "2028")]:
        c = t.add_row().cells
        for j, v in enumerate(row):
            _cell(c[j], v)
    d.add_heading("3.1 Oppfølging", 2)
    d.add_paragraph("Planen rulleres årlig i forbindelse med budsjettet.")
    d.save(out)
