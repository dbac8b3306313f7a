"""Spekter: an ordinary Word report with two ruled tables of different shape. Table A «Organer der Spekter er
representert» (Organ / Hvem møter for Spekter / Hva ble behandlet i 2090 / Strategimål) has no type column: the
table's heading says they are seats, and the one who meets (a regional health authority or a hospital trust) is the
responsible. Table B «Egne og felles tiltak» (Tiltak / Beskrivelse / Strategimål / Type / Ansvarlig / I samarbeid
med) lists partners separated by semicolons. The trap is Spekter's own survey of the hospital trusts about the RSA
councils, in table B, while the RSA seat is in table A. One row in table B ended last year."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Spekter – kompetansetiltak 2090.docx"
MEMBER = "Spekter"
FORMAT = "DOCX (python-docx), portrait, two ruled tables with different headers under bold letter headings, zip normalised"
SHAPE = ("ordinary Word report with two tables: A «Organer der Spekter er representert» (Organ / Hvem møter for "
         "Spekter / Hva ble behandlet i 2090 / Strategimål) with no type column – the heading makes them seats, the "
         "one who meets is the responsible; B «Egne og felles tiltak» (Tiltak / Beskrivelse / Strategimål / Type / "
         "Ansvarlig / I samarbeid med) with Spekter's type words (Undersøkelse, Kartlegging, Lederprogram, "
         "Konferanse, Prosjekt) and partners separated by semicolons; delmål as plain codes; one row in B ended "
         "last year")
NOT_TRUTH = ("the title and intro, the two table headings and headers, the Strategimål and Type cells, the «–» cell, "
             "row 'Simuleringssenter-prosjektet' (ended last year), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# A: organ, hvem, text, code, seed
SEATS = [
    ("Faglig råd for helse- og oppvekstfag", "Helse Sør-Øst RHF",
     "Rådet arbeidet med ny læreplan for helsefagarbeiderfaget og med tiltak mot frafall i læretiden. Spekter la "
     "fram tall for lærlinger i sykehusene.", "2.3", "M02"),
    ("Arbeidslivsrådet ved OsloMet", "Oslo universitetssykehus HF",
     "Rådet ga råd om praksisplasser i sykepleie og radiografi og om et nytt videreutdanningstilbud i "
     "akuttsykepleie.", "1.4", "M04"),
]
# B: name, text, code, type word, ansvarlig, partners (as written), seed, type
OWN = [
    ("Læringsbarometeret 2090 – helse og spesialisthelsetjenesten",
     "Spekter har ansvaret for utvalget av sykehus og helseforetak i barometeret. 2 600 ansatte i helseforetakene "
     "svarte. Halvparten har fått opplæring i nye digitale verktøy det siste året.", "2.2", "Undersøkelse", "Spekter",
     "Virke; Akademikerne", "J03", FOU),
    ("Kartlegging av helseforetakenes erfaringer med RSA-rådene",
     "Spekter har spurt alle helseforetak hvordan de opplever rådene for samarbeid med arbeidslivet ved "
     "universitetene. Kartleggingen er Spekters egen og er ikke arbeid i rådene.", "1.4", "Kartlegging", "Spekter",
     "–", None, FOU),
    ("Lederprogram for avdelingsledere i sykehus",
     "Program på 30 studiepoeng i ledelse og kompetanseplanlegging for avdelingsledere. 90 ledere fra åtte "
     "helseforetak fullførte.", "2.4", "Lederprogram", "Spekter", "Handelshøyskolen BI", None, KURS),
    ("Nasjonal lærlingkonferanse for helseforetakene",
     "Konferanse for lærlinger, instruktører og ledere i helseforetakene om hvordan flere kan få læreplass i "
     "sykehus. 280 deltakere.", "2.3", "Konferanse", "Spekter", "Helse Nord RHF; Helse Vest RHF", None, ARR),
    ("Simuleringssenter-prosjektet",
     "Prosjektet ble avsluttet i fjor; se forrige rapport.", "2.4", "Prosjekt", "Spekter", "Helse Midt-Norge RHF", "",
     None),
]


def _table(d, head, fill, widths):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, fill)
    return t


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Spekter – kompetansetiltak 2090", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Rapport til Kompetansepolitisk råd. Del A viser organene der Spekter og virksomhetene våre er "
                    "representert; del B viser tiltak Spekter har satt i gang selv eller sammen med andre.")
    rows = []
    p = d.add_paragraph()
    add_runs(p, [("A. Organer der Spekter er representert", "b")])
    t = _table(d, ["Organ", "Hvem møter for Spekter", "Hva ble behandlet i 2090", "Strategimål"], "DDEBF7",
               [4.6, 3.4, 7.2, 1.8])
    for organ, hvem, txt, code, seed in SEATS:
        cells = t.add_row().cells
        for c, v in zip(cells, [organ, hvem, txt, code]):
            c.paragraphs[0].add_run(v)
        rows.append(row(FILENAME, MEMBER, organ, seed, code, RAD, hvem, "", txt))
    set_col_widths(t, [4.6, 3.4, 7.2, 1.8])
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("B. Egne og felles tiltak", "b")])
    widths = [3.6, 5.4, 1.7, 2.2, 1.7, 2.4]
    t = _table(d, ["Tiltak", "Beskrivelse", "Strategimål", "Type", "Ansvarlig", "I samarbeid med"], "DDEBF7", widths)
    for name, txt, code, tw, ans, med, seed, ty in OWN:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, txt, code, tw, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            partners = "" if med == "–" else ", ".join(x.strip() for x in med.split(";"))
            rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ans, partners, txt))
    set_col_widths(t, widths)
    d.add_paragraph()
    d.add_paragraph("Spekter, februar 2091 – avdeling for kompetanse og arbeidsliv")
    save_docx(d, out / FILENAME, "Spekter")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
