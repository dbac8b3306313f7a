"""Word files: Spekter (e-mail letter + annex), Fagskolerådet (check-box form),
secretariat's reporting template (not a member report)."""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, Cm

from .common import DELMAL, HOVED, TYPES, normalise_zip, pin_docx
from .data_b import SPEKTER, FAGSKOLERADET
from .docx_util import (base_font, cell_text, col_widths, set_borders, shade, landscape,
                        repeat_header)


def write_spekter(out):
    name = "Spekter_epost_rapportering_2054.docx"
    doc = Document()
    base_font(doc, "Segoe UI", 10)
    hdr = [("Fra:", "Ingvild Rønneberg <ingvild.ronneberg@spekter.example>"),
           ("Sendt:", "fredag 17. januar 2055 15:42"),
           ("Til:", "sekretariatet@kompetanseradet.example"),
           ("Kopi:", "Arne Vik <arne.vik@spekter.example>"),
           ("Emne:", "SV: Rapportering for 2054 – frist 20. januar"),
           ("Vedlegg:", "Vedlegg 1 Spekters tiltak 2054")]
    for k, v in hdr:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + " ").bold = True
        p.add_run(v)
    doc.add_paragraph("_" * 70)
    body = [
        "Hei,",
        "Takk for påminnelsen. Her kommer Spekters rapportering for 2054, samlet i vedlegget nederst "
        "i denne e-posten slik dere ba om.",
        "Kort oppsummert har vi i år hatt mest trykk på helse: sammen med Sykepleierforbundet har vi "
        "fått på plass flere utdanningsstillinger for spesialsykepleiere, og vi har fortsatt arbeidet "
        "med fagbrev på jobb i sykehusene. Vi sitter også fortsatt i SRY. Ellers har vi hatt et "
        "frokostmøte om KI som samlet mange.",
        "Gi gjerne beskjed hvis noe er uklart eller om dere trenger tallene fordelt på helseforetak.",
        "Vennlig hilsen\nIngvild Rønneberg\nfagsjef kompetanse, Spekter\nMob. 900 00 000",
    ]
    for b in body:
        doc.add_paragraph(b)
    p = doc.add_paragraph("-----Opprinnelig melding-----\nFra: Sekretariatet for Kompetansepolitisk råd\n"
                          "Sendt: 6. januar 2055\nEmne: Rapportering for 2054 – frist 20. januar\n\n"
                          "Vi minner om fristen for å rapportere tiltak for 2054.")
    for r in p.runs:
        r.font.size = Pt(8.5)
        r.italic = True
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Vedlegg 1 – Spekters tiltak 2054", level=2)
    t = doc.add_table(rows=1, cols=6)
    set_borders(t)
    heads = ["Hva", "Delmål", "Form", "Hvem i Spekter", "Sammen med", "Om tiltaket"]
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True, size=9, color="FFFFFF")
        shade(c, "1F4E79")
    for x in SPEKTER:
        c = t.add_row().cells
        for cell, v in zip(c, [x["t"], x["d"], x["tw"], x["a"], x["p"], x["b"]]):
            cell_text(cell, v, size=9)
    col_widths(t, [3.6, 1.4, 1.8, 2.2, 3.2, 5.2])
    pin_docx(doc, "SV: Rapportering for 2054", "Ingvild Rønneberg", dt.datetime(2055, 1, 17, 15, 42))
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="Spekter", rows=SPEKTER,
                shape="docx e-mail printout (headers, prose summary, quoted message) with annex table "
                      "headed Hva/Delmål/Form/Hvem/Sammen med/Om tiltaket")


def _box(on):
    return "☒" if on else "☐"


def write_fagskoleradet(out):
    name = "Fagskoleradet_rapportskjema_2054.docx"
    doc = Document()
    base_font(doc, "Calibri", 10)
    doc.add_heading("Rapporteringsskjema 2054 – Kompetansepolitisk råd", level=1)
    p = doc.add_paragraph()
    p.add_run("Medlem: ").bold = True
    p.add_run("Fagskolerådet    ")
    p.add_run("Rapporteringsår: ").bold = True
    p.add_run("2054    ")
    p.add_run("Utfylt av: ").bold = True
    p.add_run("Sigrun Holtet, 15.01.2055")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Kryss av for hovedområde og type.").runs[0].italic = True
    for n, x in enumerate(FAGSKOLERADET, 1):
        doc.add_heading(f"Skjema {n} av {len(FAGSKOLERADET)}", level=3)
        t = doc.add_table(rows=0, cols=2)
        set_borders(t, 4)
        ho = x["d"].split(".")[0]
        rows = [
            ("Navn på tiltaket", x["t"]),
            ("Hovedområde", "   ".join(f"{_box(k == ho)} {k}" for k in HOVED)),
            ("Delmål (nr.)", x["d"]),
            ("Type tiltak", "   ".join(f"{_box(ty == x['ty'])} {ty}" for ty in TYPES)),
            ("Ansvarlig", x["a"]),
            ("Samarbeidspartnere", x["p"]),
            ("Kort beskrivelse (maks 500 tegn)", x["b"]),
        ]
        for k, v in rows:
            c = t.add_row().cells
            cell_text(c[0], k, bold=True, size=9)
            shade(c[0], "EDEDED")
            cell_text(c[1], v, size=9.5)
        col_widths(t, [4.2, 12.0])
        doc.add_paragraph()
    pin_docx(doc, "Rapporteringsskjema 2054 – Fagskolerådet", "Fagskolerådet",
             dt.datetime(2055, 1, 15, 10, 0))
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="Fagskolerådet", rows=FAGSKOLERADET,
                shape="docx form, one boxed form per tiltak with ☒/☐ check boxes for hovedområde and "
                      "type; delmål number written in")


def write_template(out):
    name = "Sekretariatet_mal_rapportering_2054.docx"
    doc = Document()
    base_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    landscape(sec)
    doc.add_heading("Mal for rapportering av tiltak for 2054", level=1)
    doc.add_paragraph("Fra: Sekretariatet for Kompetansepolitisk råd. Sendt til rådets medlemmer "
                      "1. desember 2054. Frist for innsending: 20. januar 2055.")
    doc.add_heading("Veiledning", level=2)
    for s in [
        "Før opp ett tiltak per rad. Bruk tiltakets offisielle navn.",
        "Oppgi delmål med nummer (for eksempel 2.4). Se listen over delmål nederst.",
        "Velg én type: " + ", ".join(TYPES) + ".",
        "Deltakelse i felles råd (KBU, SRY, RSA, Nasjonalt fagskoleråd m.fl.) rapporteres som "
        "eget tiltak av hvert medlem.",
        "Slett eksempelraden før innsending.",
    ]:
        doc.add_paragraph(s, style="List Number")
    t = doc.add_table(rows=1, cols=6)
    set_borders(t)
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Type", "Ansvarlig",
                                      "Samarbeidspartnere", "Beskrivelse"]):
        cell_text(c, h, bold=True, size=9)
        shade(c, "FFF2CC")
    repeat_header(t.rows[0])
    ex = ["Eksempel: Kurs i digital kompetanse for tillitsvalgte", "2.1", "Kurs/utdanning",
          "Organisasjonens kursavdeling", "Studieforbund X", "Kort om mål, omfang og resultater i 2054."]
    c = t.add_row().cells
    for cell, v in zip(c, ex):
        cell_text(cell, v, size=9, italic=True, color="7F7F7F")
    for _ in range(4):
        t.add_row()
    col_widths(t, [5.0, 1.6, 2.8, 3.4, 4.0, 8.0])
    doc.add_heading("Delmål i strategien", level=2)
    for k, v in DELMAL.items():
        doc.add_paragraph(f"{k} {v}", style="List Bullet")
    pin_docx(doc, "Mal for rapportering 2054", "Sekretariatet for Kompetansepolitisk råd",
             dt.datetime(2054, 12, 1, 9, 0))
    path = os.path.join(out, name)
    doc.save(path)
    normalise_zip(path)
    return dict(file=name, member="", rows=[],
                shape="not a member report: the secretariat's blank reporting template with an "
                      "example row and the list of delmål")
