"""More Word-born shapes: Spekter's transposed table (to .doc), VOFO's draft and final, UHR's sectioned table,
Vestland's Nynorsk two-row table, and the meeting minutes that are not a report."""
import datetime as dt
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.shared import Cm

from .common import Row, soffice_convert
from .content_b import VOFO_DRAFT
from .wordkit import bold_cell, new_doc, para, save, shade, table

DELMAL_WORDS = {
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Tilgang til karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.4": "Koble kompetansebehov til etter- og videreutdanningstilbud",
}


def spekter(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Spekter rapport KPR 2047", "Spekter")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading("Spekters tiltak 2047", level=1)
    para(doc, "Tabellen leses kolonnevis: ett tiltak per kolonne.", italic=True)
    fields = [("Tiltak", lambda r: r.t), ("Delmål", lambda r: r.show_d), ("Type", lambda r: r.show_ty),
              ("Ansvarlig", lambda r: r.a), ("Partnere", lambda r: r.p), ("Beskrivelse", lambda r: r.b)]
    t = doc.add_table(rows=len(fields), cols=len(rows) + 1)
    t.style = "Table Grid"
    for i, (label, get) in enumerate(fields):
        bold_cell(t.rows[i].cells[0], label, "FCE4D6")
        for j, r in enumerate(rows, 1):
            t.rows[i].cells[j].text = get(r)
    para(doc, "")
    para(doc, "Spekter, 9. februar 2048")
    src = tmp / "Spekter_2047.docx"
    save(doc, src)
    soffice_convert(src, "doc", out / "Spekter_KPR_2047.doc")


def _vofo_table(doc, rows: list[tuple[str, str, str, str, str]]) -> None:
    table(doc, ["Tiltak", "Beskrivelse", "Delmål", "Type", "Ansvarlig / partnere"],
          [[t, b, d, ty, ap] for t, b, d, ty, ap in rows], fill="E2EFD9")


def vofo(rows: list[Row], out: Path, tmp: Path) -> None:
    draft = new_doc("VOFO rapport 2047 – UTKAST", "VOFO", modified=dt.datetime(2048, 1, 19, 11, 0))
    draft.add_heading("Voksenopplæringsforbundet (VOFO) – rapportering 2047", level=1)
    para(draft, "UTKAST 19.01.2048 – ikke ferdig behandlet i styret", bold=True)
    _vofo_table(draft, [(t, b, d, ty, ap) for t, d, ty, ap, b in VOFO_DRAFT])
    save(draft, out / "VOFO_rapport_2047_utkast.docx")

    final = new_doc("VOFO rapport 2047 – endelig", "VOFO", modified=dt.datetime(2048, 2, 8, 15, 20))
    final.add_heading("Voksenopplæringsforbundet (VOFO) – rapportering 2047", level=1)
    para(final, "Endelig versjon 08.02.2048, vedtatt av styret. Erstatter utkast av 19.01.2048.", bold=True)
    para(final, "VOFO og studieforbundene rapporterer her tiltak som følger opp strategien i 2047.")
    _vofo_table(final, [(r.t, r.b, r.show_d, r.show_ty, f"{r.a} / {r.p}" if r.p else r.a) for r in rows])
    save(final, out / "VOFO_rapport_2047_endelig.docx")


def uhr(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("UHR rapportering 2047", "Universitets- og høgskolerådet")
    doc.add_heading("Universitets- og høgskolerådet (UHR): rapport til Kompetansepolitisk råd for 2047", level=1)
    para(doc, "UHR rapporterer på vegne av medlemsinstitusjonene og de fagstrategiske enhetene.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Partnere"]):
        bold_cell(cell, h, "DDEBF7")
    current = ""
    for r in rows:
        if r.d != current:
            current = r.d
            cells = t.add_row().cells
            merged = cells[0].merge(cells[4])
            bold_cell(merged, f"Delmål {r.d} {DELMAL_WORDS[r.d]}", "F2F2F2")
        cells = t.add_row().cells
        for cell, v in zip(cells, [r.t, r.b, r.show_ty, r.a, r.p]):
            cell.text = v
    save(doc, out / "UHR_rapport_KPR_2047.docx")


def vestland(rows: list[Row], out: Path, tmp: Path) -> None:
    doc = new_doc("Rapportering 2047 – Vestland fylkeskommune", "Vestland fylkeskommune")
    para(doc, "Vestland fylkeskommune · Avdeling for opplæring og kompetanse", bold=True)
    doc.add_heading("Tiltak i 2047 – oppfølging av den nasjonale kompetansepolitiske strategien", level=1)
    para(doc, "Fylkeskommunen rapporterer her tiltak frå 2047. Skildringa står i rada under kvart tiltak.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Delmål", "Tiltak", "Type", "Ansvarleg", "Samarbeidspartnarar"]):
        bold_cell(cell, h, "FFF2CC")
    for r in rows:
        cells = t.add_row().cells
        for cell, v in zip(cells, [r.show_d, r.t, r.show_ty, r.a, r.p]):
            cell.text = v
        desc = t.add_row().cells
        merged = desc[1].merge(desc[4])
        merged.text = f"Skildring: {r.b}"
        shade(desc[0], "F7F7F7")
    para(doc, "")
    para(doc, "Bergen, 6. februar 2048")
    save(doc, out / "Vestland_fylkeskommune_rapport_2047.docx")


def minutes(out: Path, tmp: Path) -> None:
    doc = new_doc("Referat – arbeidsutvalget 12. mars 2047", "Sekretariatet")
    doc.add_heading("Referat fra møte i arbeidsutvalget for Kompetansepolitisk råd", level=1)
    para(doc, "Tid: 12. mars 2047 kl. 10.00–12.00. Sted: Kunnskapsdepartementet, møterom 4.")
    para(doc, "Til stede: KD, LO, NHO, KS, Unio. Forfall: Virke.")
    items = [
        ("1. Godkjenning av innkalling og dagsorden", "Innkalling og dagsorden ble godkjent."),
        ("2. Orientering om Kompetansebehovsutvalgets arbeid", "Sekretariatet orienterte om KBUs plan for "
         "temarapporten om grønn industri. Arbeidsutvalget tok orienteringen til etterretning."),
        ("3. Rapporteringen for 2047", "Sekretariatet sender invitasjon til rapportering i januar 2048. "
         "Skjemaet videreføres uendret."),
        ("3.1 Frister", "Frist for innsending er 10. februar 2048."),
        ("3.2 Oppsummering", "Oppsummeringen legges fram på rådsmøtet i april."),
        ("4. Neste møte", "Neste møte holdes 4. juni 2047."),
        ("5. Eventuelt", "Ingen saker."),
    ]
    for head, body in items:
        doc.add_heading(head, level=3 if head[2:3].isdigit() else 2)
        para(doc, body)
    para(doc, "Referent: Sekretariatet", italic=True)
    save(doc, out / "Referat_AU_2047-03-12.docx")
