"""Word documents converted by LibreOffice: LO and Sametinget (PDF),
YS (DOC form per measure) and Virke (ODT table)."""
from __future__ import annotations

from pathlib import Path

from .common import fix_pdf_dates, normalise_zip, soffice_convert
from .wordkit import (cell_text, col_widths, new_doc, para,
                      repeat_header, shade)


def _convert(doc, stem: str, fmt: str, out: Path, work: Path) -> Path:
    src = work / f"{stem}.docx"
    doc.save(src)
    normalise_zip(src)
    produced = soffice_convert(src, fmt, out)
    if produced.suffix == ".pdf":
        fix_pdf_dates(produced)
    elif produced.suffix == ".odt":
        normalise_zip(produced)
    return produced


def build_lo(m: dict, out: Path, work: Path) -> Path:
    doc = new_doc("LOs tiltak 2050", "LO", font="Arial", size=10, landscape=True)
    para(doc, "Landsorganisasjonen i Norge", bold=True, size=13, space_after=0)
    para(doc, "Avdeling for utdanning og kompetanse", size=9)
    para(doc, "Til: Sekretariatet for Kompetansepolitisk råd", size=10, space_after=0)
    para(doc, "Oslo, 10. januar 2051", size=10)
    para(doc, "Innspill – LOs tiltak i 2050", bold=True, size=12)
    para(doc, "LO viser til invitasjonen om å rapportere tiltak for 2050. Tabellen "
              "under gir en kortfattet oversikt. Flere av tiltakene gjennomføres "
              "av forbundene, og noen av dem rapporteres trolig også av andre "
              "medlemmer av rådet.")
    cols = ["Nr.", "Hva (tiltak)", "Strategiens mål", "Form", "Hvem leder",
            "Sammen med"]
    rows = m["rows"]
    t = doc.add_table(rows=1 + len(rows) + 2, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True)
        shade(c, "E7CBCB")
    repeat_header(t.rows[0])
    for i, (_k, dm, _t, name, ans, partners, _d, raw) in enumerate(rows, 1):
        vals = [str(i), name, f"delmål {dm}", raw, ans, partners]
        for c, v in zip(t.rows[i].cells, vals):
            cell_text(c, v)
    # an empty row left over, then a line for a delmål without measures
    last = t.rows[-1].cells
    for c, v in zip(last, ["–", "Ingen tiltak", "delmål 3.4", "", "", ""]):
        cell_text(c, v, italic=True)
    col_widths(t, [1.0, 7.5, 3.0, 3.8, 4.2, 6.0])
    para(doc, "")
    para(doc, "LO vil understreke at trepartssamarbeidet er avgjørende for at "
              "bransjeprogrammene skal nå de ansatte som trenger kompetanse mest.")
    para(doc, "Kontaktperson: Per Arne Strand, rådgiver, pas@lo.example")
    return _convert(doc, Path(m["file"]).stem, "pdf", out, work)


def build_sametinget(m: dict, out: Path, work: Path) -> Path:
    doc = new_doc("Sametingets rapportering 2050", "Sametinget", font="Cambria")
    para(doc, "Sámediggi – Sametinget", bold=True, size=12)
    doc.add_heading("Sametingets rapportering til Kompetansepolitisk råd 2050", 1)
    para(doc, "Buorre beaivi! Sametinget rapporterer med dette sine tiltak for 2050. "
              "Tiltakene er ordnet etter delmål (dm) i strategien. Tiltakstype er "
              "angitt i hakeparentes.")
    short = {"1.2": "Regionalt folkevalgt nivå", "1.3": "Karriereveiledning",
             "2.2": "Kunnskapsgrunnlaget", "2.3": "Yrkesfaglige utdanninger",
             "3.1": "Fleksibel opplæring for voksne"}
    for code in sorted({r[1] for r in m["rows"]}):
        doc.add_heading(f"dm {code} – {short[code]}", 2)
        for (_k, dm, _t, name, ans, partners, desc, raw) in m["rows"]:
            if dm != code:
                continue
            doc.add_heading(f"{name} [{raw}]", 3)
            para(doc, desc, space_after=2)
            para(doc, f"Ansvar: {ans} – samarbeid: {partners}", size=10,
                 italic=True, space_after=10)
    para(doc, "")
    para(doc, "Sametinget ønsker at samisk språk og kultur blir en tydeligere del av "
              "neste års rapportering. Kontakt: rådgiver Máret Somby, "
              "tlf. 78 47 40 00.")
    return _convert(doc, Path(m["file"]).stem, "pdf", out, work)


YS_BOXES = [("FoU", "FoU/utredning"), ("Kurs/utdanning", "Kurs/utdanning"),
            ("Råd/utvalg/nettverk", "Råd/utvalg/nettverk"), ("Prosjekt", "Prosjekt"),
            ("Informasjon", "Informasjon"), ("Arrangement", "Arrangement")]


def _ys_form(doc, nr: int, row: tuple | None) -> None:
    para(doc, f"Tiltak {nr}", bold=True, size=12, space_after=2)
    if row:
        _k, dm, _t, name, ans, partners, desc, raw = row
    else:
        dm = name = ans = partners = desc = raw = ""
    boxes = "  ".join(("☒ " if key == raw else "☐ ") + label
                      for key, label in YS_BOXES)
    fields = [("Tiltakets navn", name), ("Delmål (nr.)", dm), ("Type tiltak", boxes),
              ("Ansvarlig organisasjon", ans), ("Samarbeidspartnere", partners),
              ("Kort beskrivelse", desc)]
    t = doc.add_table(rows=len(fields), cols=2)
    t.style = "Table Grid"
    for r, (label, val) in zip(t.rows, fields):
        cell_text(r.cells[0], label, bold=True, size=9)
        shade(r.cells[0], "EDEDED")
        cell_text(r.cells[1], val, size=9)
    col_widths(t, [4.5, 12.5])
    para(doc, "")


def build_ys(m: dict, out: Path, work: Path) -> Path:
    doc = new_doc("Skjema for rapportering av tiltak", "YS", font="Times New Roman")
    para(doc, "Yrkesorganisasjonenes Sentralforbund (YS)", bold=True, size=13)
    para(doc, "Skjema for rapportering av tiltak – Kompetansepolitisk råd – "
              "rapporteringsår 2050", bold=True)
    para(doc, "Fyll ut ett skjema per tiltak. Kryss av for én type.", italic=True,
         size=9)
    for i, row in enumerate(m["rows"], 1):
        _ys_form(doc, i, row)
    _ys_form(doc, len(m["rows"]) + 1, None)
    para(doc, "Skjemaet er fylt ut av YS-sekretariatet i samråd med forbundene.",
         size=9)
    return _convert(doc, Path(m["file"]).stem, "doc:MS Word 97", out, work)


def build_virke(m: dict, out: Path, work: Path) -> Path:
    doc = new_doc("Virkes rapportering 2050", "Virke", font="Verdana", size=9,
                  landscape=True)
    para(doc, "Virke – Hovedorganisasjonen for virksomheter i handel og tjenester",
         bold=True, size=12)
    para(doc, "Rapportering til Kompetansepolitisk råd, år 2050", size=11)
    para(doc, "Her er Virkes tiltak. Kolonnen «Art» viser hva slags tiltak det er.")
    cols = ["Delmål", "Vårt tiltak", "Art", "Hvem har ballen", "Hvem er med",
            "Kommentar"]
    rows = sorted(m["rows"], key=lambda r: r[1])
    body = []
    for r in rows:
        body.append(r)
        if r[1] == "2.2":
            body.append(None)            # a stray empty row
    body.append(("", "3.4", "", "Ingen tiltak i år", "", "", "", ""))
    t = doc.add_table(rows=1 + len(body), cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True, color="FFFFFF")
        shade(c, "006E51")
    for tr, r in zip(t.rows[1:], body):
        if r is None:
            continue
        _k, dm, _t, name, ans, partners, desc, raw = r
        for c, v in zip(tr.cells, [dm.replace(".", ","), name, raw, ans, partners,
                                   desc]):
            cell_text(c, v)
    col_widths(t, [1.6, 6.0, 2.4, 3.0, 4.0, 8.0])
    para(doc, "")
    para(doc, "Spørsmål kan rettes til Hanne Brekke i Virkes kompetanseavdeling.")
    return _convert(doc, Path(m["file"]).stem, "odt", out, work)
