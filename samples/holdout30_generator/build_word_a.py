"""DOCX reports: KD (headings + paragraphs), Vestland (Nynorsk tables),
VOFO (Nynorsk table with delmål group rows), and the non-report invitation."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from .common import DELMAL, OMRADE, normalise_zip
from .wordkit import (cell_rich, cell_text, col_widths, new_doc, para,
                      repeat_header, shade)


def build_kd(m: dict, out: Path) -> Path:
    doc = new_doc("Rapportering til Kompetansepolitisk råd 2050",
                  "Kunnskapsdepartementet")
    para(doc, "Kunnskapsdepartementet", bold=True, size=10)
    para(doc, "Kompetansepolitisk avdeling", size=10)
    doc.add_heading("Rapportering til Kompetansepolitisk råd – tiltak i 2050", 0)
    para(doc, "Vår ref.: 50/1187-4    Dato: 14.01.2051", size=9, italic=True)
    para(doc, "Departementet viser til brev fra sekretariatet om rapportering på "
              "oppfølgingen av Nasjonal kompetansepolitisk strategi. Nedenfor følger "
              "en oversikt over regjeringens tiltak i 2050, ordnet etter "
              "innsatsområder og delmål i strategien.")
    doc.add_heading("Sammendrag", 1)
    para(doc, "Regjeringen har i 2050 særlig prioritert kunnskapsgrunnlaget, "
              "bransjeprogrammene og godkjenning av utenlandsk utdanning. Flere "
              "tiltak gjennomføres av Direktoratet for høyere utdanning og "
              "kompetanse (HK-dir) på oppdrag fra departementet.")
    by_dm: dict[str, list] = {}
    for r in m["rows"]:
        by_dm.setdefault(r[1], []).append(r)
    empty = {"3.4": "Ingen nye tiltak i 2050. Arbeidet følges opp gjennom "
                    "ordinær etatsstyring av HK-dir og IMDi."}
    codes = sorted(set(by_dm) | set(empty))
    last_area = None
    for code in codes:
        area = code[0]
        if area != last_area:
            doc.add_heading(f"Innsatsområde {area} – {OMRADE[area]}", 1)
            last_area = area
        doc.add_heading(f"{code} {DELMAL[code]}", 2)
        if code in empty:
            para(doc, empty[code], italic=True)
            continue
        for (_k, _dm, _t, name, ans, partners, desc, raw) in by_dm[code]:
            p = doc.add_paragraph()
            p.add_run(name).bold = True
            p.add_run(f" ({raw})")
            p.paragraph_format.space_after = Pt(2)
            para(doc, desc, space_after=2)
            line = f"Ansvarlig: {ans}."
            if partners:
                line += f" Samarbeidspartnere: {partners}."
            para(doc, line, italic=True, size=10, space_after=10)
    doc.add_heading("Kontakt", 1)
    para(doc, "Spørsmål om rapporteringen kan rettes til seniorrådgiver "
              "Ingrid Haugland, tlf. 22 24 00 00.")
    para(doc, "Med hilsen\nTorbjørn Lie (e.f.)\navdelingsdirektør")
    path = out / m["file"]
    doc.save(path)
    normalise_zip(path)
    return path


def build_vestland(m: dict, out: Path) -> Path:
    doc = new_doc("Rapportering av tiltak 2050", "Vestland fylkeskommune",
                  font="Arial", size=10)
    para(doc, "VESTLAND FYLKESKOMMUNE", bold=True, size=14)
    para(doc, "Avdeling for opplæring og kompetanse", size=10)
    doc.add_heading("Rapportering av tiltak til Kompetansepolitisk råd 2050", 1)
    para(doc, "Vestland fylkeskommune rapporterer her tiltaka våre for 2050. "
              "Tiltaka er sortert etter hovudinnsatsområda i strategien. Type tiltak "
              "står i parentes etter namnet.")
    areas = {"1": "Gode val for den enkelte og for samfunnet",
             "2": "Læring i arbeidslivet",
             "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}
    nr = 0
    for area in "123":
        rows = [r for r in m["rows"] if r[1][0] == area]
        doc.add_heading(f"Hovudinnsatsområde {area}: {areas[area]}", 2)
        extra = 1 if area == "3" else 0
        t = doc.add_table(rows=1 + len(rows) + extra, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Nr.", "Tiltak (namn og kort omtale)",
                                          "Delmål", "Ansvar og partnarar"]):
            cell_text(c, h, bold=True, color="FFFFFF")
            shade(c, "1F5C99")
        repeat_header(t.rows[0])
        for i, (_k, dm, _t, name, ans, partners, desc, raw) in enumerate(rows, 1):
            nr += 1
            cells = t.rows[i].cells
            cell_text(cells[0], f"{nr}.")
            cell_rich(cells[1], [(name, True), (f" ({raw})\n{desc}", False)])
            cell_text(cells[2], dm)
            cell_text(cells[3], f"Ansvarleg: {ans}\nPartnarar: {partners}")
        if extra:
            cells = t.rows[-1].cells
            cell_text(cells[0], "–")
            cell_text(cells[1], "Ingen tiltak under delmål 3.6 i 2050.", italic=True)
            cell_text(cells[2], "3.6")
        col_widths(t, [1.2, 9.0, 1.8, 5.0])
        para(doc, "")
    para(doc, "Merknad: Fleire av tiltaka er finansierte over det regionale "
              "kompetanseprogrammet og vil halde fram i 2051.", italic=True)
    para(doc, "Med helsing\nSolveig Myklebust\nrådgjevar, tlf. 55 23 90 00")
    path = out / m["file"]
    doc.save(path)
    normalise_zip(path)
    return path


VOFO_GROUPS = [
    ("Karriererettleiing", None),
    ("Digital kompetanse i arbeidsstyrken", "2.1"),
    ("Fleksibel opplæring på vaksne sine premissar", "3.1"),
    ("Kompetansepluss-ordningane", "3.2"),
    ("Læring i frivillig sektor", "3.6"),
]


def build_vofo(m: dict, out: Path) -> Path:
    doc = new_doc("Rapport til Kompetansepolitisk råd 2050", "VOFO",
                  font="Georgia", size=10)
    doc.add_heading("Rapport frå Voksenopplæringsforbundet (VOFO) for 2050", 1)
    para(doc, "VOFO er paraplyorganisasjonen for studieforbunda. Tabellen under "
              "viser tiltak der VOFO eller studieforbunda har hovudansvaret, "
              "gruppert etter delmåla i strategien.")
    cols = ["Tiltak", "Kva slag tiltak", "Kven har ansvaret", "Samarbeid med",
            "Kort om tiltaket"]
    n_rows = 1 + len(VOFO_GROUPS) + len(m["rows"]) + 1 + 1
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    ri = 1
    for label, code in VOFO_GROUPS:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[4])
        cell_text(merged, label, bold=True, italic=True)
        shade(merged, "F2F2F2")
        ri += 1
        if code is None:
            cell_text(t.rows[ri].cells[0], "Ingen tiltak i 2050", italic=True)
            ri += 1
            continue
        for (_k, dm, _t, name, ans, partners, desc, raw) in m["rows"]:
            if dm != code:
                continue
            cells = t.rows[ri].cells
            for c, v in zip(cells, [name, raw, ans, partners, desc]):
                cell_text(c, v)
            ri += 1
    # the last row is left empty, as in the template
    col_widths(t, [4.0, 2.4, 3.0, 2.6, 5.5])
    para(doc, "")
    para(doc, "Samla sett har studieforbunda hatt om lag 40 000 kurstimar knytte "
              "til tiltaka over. Talet er førebels.")
    para(doc, "Kontakt: Kari Fjellheim, VOFO, kari.fjellheim@vofo.example")
    path = out / m["file"]
    doc.save(path)
    normalise_zip(path)
    return path


def build_invitation(out: Path) -> Path:
    """Not a member report: the secretariat's seminar invitation."""
    doc = new_doc("Invitasjon til fagseminar", "Sekretariatet for Kompetansepolitisk råd")
    doc.add_heading("Invitasjon: Fagseminar om kompetansepolitikk 12. mars 2051", 1)
    para(doc, "Sekretariatet for Kompetansepolitisk råd inviterer rådets medlemmer "
              "til et halvdags fagseminar om erfaringene fra 2050. Seminaret holdes "
              "i Kunnskapsdepartementets lokaler og strømmes.")
    t = doc.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    prog = [("Kl.", "Innhold", "Ved"),
            ("09.00", "Velkommen og kaffe", "Sekretariatet"),
            ("09.15", "Kompetansebehovsutvalgets rapport 2050 – hovedfunn",
             "Leder av KBU"),
            ("10.00", "Erfaringer fra rådene for samarbeid med arbeidslivet",
             "Panel med UHR, NHO og LO"),
            ("10.45", "Pause", ""),
            ("11.00", "Hvordan rapportere tiltak i 2051? Ny mal og frister",
             "Sekretariatet"),
            ("11.45", "Oppsummering og lunsj", "")]
    for row, vals in zip(t.rows, prog):
        for c, v in zip(row.cells, vals):
            cell_text(c, v, bold=(vals is prog[0]))
    col_widths(t, [2.0, 10.0, 5.0])
    para(doc, "")
    p = para(doc, "Påmelding innen 1. mars 2051 til postmottak@kpr-sekretariat.example.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    para(doc, "Vel møtt!")
    path = out / "invitasjon_fagseminar_2051.docx"
    doc.save(path)
    normalise_zip(path)
    return path
