"""Fagskolerådet: a Word report with two tables of different shape: «A. Verv og representasjon» (Organ / Hva som
skjedde i 2087 / Delmål / Representert ved – no kind column, a seat is Råd/utvalg/nettverk) and «B. Egne tiltak»
(Tiltak / Beskrivelse / Delmål / Tiltakstype / Ansvarlig / Partnere). The trap is Fagskolerådet's own working
committee listed among the seats. A conference held every second year and not this year."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Fagskolerådet – rapport til KPR 2087.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), portrait, two ruled tables under bold letter headings, zip normalised"
SHAPE = ("two tables with different headers: «A. Verv og representasjon» Organ / Hva som skjedde i 2087 / Delmål / "
         "Representert ved (no kind column) and «B. Egne tiltak» Tiltak / Beskrivelse / Delmål / Tiltakstype / "
         "Ansvarlig / Partnere; Fagskolerådet's own working committee listed in table A; a conference held every "
         "second year")
NOT_TRUTH = ("the title, intro and the two table headings and headers, the Delmål and Tiltakstype cells, row B4 "
             "'Fagskolekonferansen' (every second year, none this year, next autumn), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

SEATS = [
    ("Nasjonalt fagskoleråd",
     "Fagskolerådet har to plasser i rådet. Rådet ga i 2087 råd om finansiering av korte fagskoleemner og om "
     "fagskoletilbud innen grønn energi.", "2.4", "Styreleder", "M05", "2.4", RAD),
    ("Fagskolerådets arbeidsutvalg",
     "Arbeidsutvalget forbereder sakene til styret og hadde ti møter. Utvalget er Fagskolerådets eget organ og er "
     "ikke Nasjonalt fagskoleråd.", "2.4", "Sekretariatet", None, "2.4", RAD),
]
OWN = [
    ("Fagskolemessen i Bodø",
     "Messe der 22 fagskoler viste fram tilbudene sine for elever i videregående og for voksne. 3 500 besøkende.",
     "2.3", "Messe", "Fagskolen i Nordland", ["Nordland fylkeskommune"], None, "2.3", ARR),
    ("Nettbasert fagskoletilbud i grønn energi",
     "Et nytt nettbasert tilbud på 60 studiepoeng om solenergi og batterisystemer for elektrikere i jobb. 180 "
     "studenter begynte.",
     "2.4", "Studietilbud", "Fagskolen Innlandet", ["El og IT Forbundet", "Norsk Industri"], None, "2.4", KURS),
    ("Kartlegging av fagskolestudentenes arbeidsgivere",
     "Undersøkelse blant 1 200 arbeidsgivere om hvorfor de betaler for at ansatte tar fagskole. Rapporten kom i "
     "desember.",
     "2.2", "Kartlegging", "Sekretariatet", ["NIFU"], None, "2.2", FOU),
    ("Fagskolekonferansen",
     "Konferansen holdes annethvert år. Det var ingen konferanse i år; neste gang er til høsten neste år.",
     "1.4", "Konferanse", "Sekretariatet", [], "", "", None),
]


def _head(t, head, fill):
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, fill)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10)
    p = d.add_paragraph()
    add_runs(p, [("Fagskolerådet – rapport til Kompetansepolitisk råd for 2087", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Fagskolerådet rapporterer først vervene våre og deretter tiltakene vi selv har stått for.")
    rows = []
    h = d.add_paragraph()
    add_runs(h, [("A. Verv og representasjon", "b")])
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    _head(t, ["Organ", "Hva som skjedde i 2087", "Delmål", "Representert ved"], "FFF2CC")
    for organ, desc, dmt, rep, seed, dm, ty in SEATS:
        cells = t.add_row().cells
        for c, v in zip(cells, [organ, desc, dmt, rep]):
            c.paragraphs[0].add_run(v)
        rows.append(row(FILENAME, MEMBER, organ, seed, dm, ty, rep, "", desc))
    set_col_widths(t, [4.0, 8.6, 1.6, 2.8])
    d.add_paragraph()
    h = d.add_paragraph()
    add_runs(h, [("B. Egne tiltak", "b")])
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    _head(t, ["Tiltak", "Beskrivelse", "Delmål", "Tiltakstype", "Ansvarlig", "Partnere"], "FFF2CC")
    for name, desc, dmt, kind, ans, partners, seed, dm, ty in OWN:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, desc, dmt, kind, ans, ", ".join(partners)]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), desc))
    set_col_widths(t, [3.2, 6.4, 1.4, 2.0, 2.2, 2.4])
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Lise Aune Bakken, daglig leder i Fagskolerådet")
    save_docx(d, out / FILENAME, "Lise Aune Bakken")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
