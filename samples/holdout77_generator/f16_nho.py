"""Not a member report: HK-dir's grant award letter («tilsagnsbrev») to NHO for a second phase of Havvindskolen in
2098, which NHO forwarded to the secretariat for information together with its report. It names a joint measure, a
budget and conditions, but it reports nothing done in 2097 and is not from a member; it gives no truth rows."""
from __future__ import annotations

from docx.shared import Cm, Pt

from .common import docx_bytes, new_docx, pdf_cells, ruled_table, runs, stable_pdf

FILENAME = "Tilsagnsbrev HK-dir – Havvindskolen 2098 (til orientering).pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with a letterhead, a borderless two-column "
          "reference block and a ruled payment table; dates and /ID fixed")
SHAPE = ("NOT a member report: the Directorate for Higher Education and Skills' grant award letter «Tilsagn om "
         "tilskudd – Havvindskolen, fase 2 (2098)» to NHO, forwarded for information: letterhead, reference block "
         "(Vår ref. / Deres ref. / Dato), the decision, a payment table (Utbetaling / Tidspunkt / Beløp), numbered "
         "conditions (reporting by 1 March 2099, use of funds, publicity), how to accept, signatures «godkjent "
         "elektronisk»; no truth rows")
NOT_TRUTH = "everything (not a member report): the letter, the payment table, the conditions and the signatures"
SPLIT_FIELDS = ()


def _refblock(d, pairs):
    t = d.add_table(rows=len(pairs), cols=2)
    for (k, v), r in zip(pairs, t.rows):
        runs(r.cells[0].paragraphs[0], [(k, "g")])
        runs(r.cells[1].paragraphs[0], [(v, "")])
        r.cells[0].width, r.cells[1].width = Cm(3.2), Cm(6.0)


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=10.5, margin_cm=2.3)
    p = d.add_paragraph()
    runs(p, [("Direktoratet for høyere utdanning og kompetanse", "bs12"), ("\nHK-dir", "g")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Næringslivets Hovedorganisasjon (NHO)\nv/ avdeling Arbeidsliv og kompetanse\nPostboks 5250 Majorstuen"
              "\n0303 OSLO", "")])
    _refblock(d, [("Vår ref.:", "2097/4412-7"), ("Deres ref.:", "Søknad av 15.10.2097"), ("Dato:", "19.12.2097"),
                  ("Saksbehandler:", "Torstein Aas")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Tilsagn om tilskudd – Havvindskolen, fase 2 (2098)", "bs13")])
    d.add_paragraph(
        "Vi viser til søknaden deres om tilskudd til andre fase av Havvindskolen. HK-dir har behandlet søknaden etter "
        "regelverket for tilskudd til bransjeprogram og gir med dette tilsagn om inntil 4 800 000 kroner for 2098.")
    d.add_paragraph(
        "Tilskuddet skal brukes til å utvikle tre nye moduler (kabelterminering, hydraulikk og digitale tvillinger) og "
        "til å gi kursplasser til fagarbeidere i leverandørindustrien. Tilsagnet gjelder bare aktivitet i 2098.")
    p = d.add_paragraph()
    runs(p, [("Utbetaling", "b")])
    ruled_table(d, ["Utbetaling", "Tidspunkt", "Beløp (kr)"],
                [["1. utbetaling", "Når tilsagnet er akseptert", "2 400 000"],
                 ["2. utbetaling", "Etter godkjent statusrapport 1. september 2098", "1 900 000"],
                 ["Sluttutbetaling", "Etter godkjent sluttrapport", "500 000"],
                 ["Sum", "", "4 800 000"]], [4.0, 8.0, 3.0], fill="E7E6E6", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Vilkår", "b")])
    for i, txt in enumerate((
            "Tilskuddet kan bare brukes til formålet som er beskrevet i søknaden og i dette brevet.",
            "Sluttrapport med regnskap skal sendes HK-dir innen 1. mars 2099.",
            "Midler som ikke er brukt innen 31. desember 2098, skal betales tilbake.",
            "HK-dir skal nevnes som bidragsyter i all informasjon om tiltaket."), 1):
        d.add_paragraph(f"{i}. {txt}")
    d.add_paragraph(
        "Tilsagnet må aksepteres i tilskuddsportalen innen tre uker fra datoen på dette brevet. Hvis tilsagnet ikke "
        "aksepteres innen fristen, faller det bort.")
    d.add_paragraph("Med hilsen")
    t = d.add_table(rows=2, cols=2)
    for c, v in zip(t.rows[0].cells, ("Ingvild Rø\navdelingsdirektør", "Torstein Aas\nseniorrådgiver")):
        runs(c.paragraphs[0], [(v, "")])
    for c in t.rows[1].cells:
        runs(c.paragraphs[0], [("Dokumentet er godkjent elektronisk", "g")])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    runs(p, [("Kopi: Sekretariatet for Kompetansepolitisk råd (til orientering, oversendt av NHO 14.01.2098)", "g")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "HK-dir"), ".docx"))
    return []


def text(path) -> str:
    return pdf_cells(path)
