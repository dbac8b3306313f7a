"""LO: an ordinary Word table with a running number, LO's own column names (Nr. / Tiltak / Kort om gjennomføringen i
2091 / Strategiens delmål / Arbeidsform / LO-ledd / Partnere) and kind words (Representasjon, Nettverksarbeid,
Utviklingsarbeid, Opplæring, Utredningsarbeid). The delmål is a code with one key word in brackets («1.3
(karriereveiledning)»). Seats are named by the body and LO's place in it; partners «–» where there are none. The trap
is LO's own network of counselling shop stewards, told right after the NFK seat. Two rows are outside 2091, said only
in the text («lagt ned etter kullet i fjor sommer», «etter vinterferien neste år»)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO – rapportering om kompetansetiltak 2091.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled seven-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, a two-sentence intro, header Nr. / Tiltak / Kort om gjennomføringen i 2091 / "
         "Strategiens delmål / Arbeidsform / LO-ledd / Partnere; the delmål as a code with a key word in brackets "
         "(«2.3 (yrkesfag)»); LO's kind words (Representasjon, Nettverksarbeid, Utviklingsarbeid, Opplæring, "
         "Utredningsarbeid); the NFK seat named «Nasjonalt forum for karriereveiledning – LOs plass», the SRY seat by "
         "the faglig råd alone («Faglig råd for helse- og oppvekstfag»); «–» for no partners; two numbered rows "
         "outside 2091 told only in the text; place, date and name under the table")
NOT_TRUTH = ("the title and intro, the header, the Nr., Strategiens delmål and Arbeidsform cells, «–» partner cells, "
             "row 7 'Sommerskolen for unge tillitsvalgte' (closed after last summer's class), row 8 'Bransjekurs i "
             "grønn industri' (first course after the winter holiday next year), the place, date and name")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål cell, kind, LO-ledd, partners cell, seed, dm, type (type None = not a truth row)
ROWS = [
    ("Nasjonalt forum for karriereveiledning – LOs plass",
     "LO har én av arbeidstakerplassene i forumet. I 2091 la forumet særlig vekt på veiledning for ansatte som "
     "berøres av omstilling, og LO la fram erfaringer fra tillitsvalgte som veileder kolleger.",
     "1.3 (karriereveiledning)", "Representasjon", "Samfunnspolitisk avdeling", "–", "M01", "1.3", RAD),
    ("LOs veiledernettverk for tillitsvalgte",
     "Et nettverk for tillitsvalgte som veileder kolleger om utdanning og karriere, med fire samlinger i året. "
     "Nettverket er LOs eget og er ikke en del av Nasjonalt forum for karriereveiledning.",
     "1.3 (karriereveiledning)", "Nettverksarbeid", "Utdanningsavdelingen", "AOF Norge", None, "1.3", RAD),
    ("Faglig råd for helse- og oppvekstfag",
     "Fagforbundet representerer LO i det faglige rådet. Rådet hadde fem møter og arbeidet med ny læreplan i "
     "helsearbeiderfaget og med dimensjoneringen av læreplasser.",
     "2.3 (yrkesfag)", "Representasjon", "Fagforbundet", "–", "M02", "2.3", RAD),
    ("Læreplassløftet i helse – Fagforbundets innsats",
     "Fagforbundets tillitsvalgte har kartlagt ledige læreplasser i kommunene og sykehusene og fulgt opp lærlingene. "
     "I 2091 ble det opprettet 410 nye læreplasser i helsearbeiderfaget. Prosjektet ledes sammen med KS og Spekter.",
     "2.3 (yrkesfag)", "Utviklingsarbeid", "Fagforbundet", "KS, Spekter", "J02", "2.3", PROSJEKT),
    ("Digitalt grunnkurs for tillitsvalgte",
     "Et nettkurs i digitale verktøy og personvern for tillitsvalgte på arbeidsplassene. 1 150 tillitsvalgte "
     "fullførte kurset i 2091.",
     "2.1 (digital kompetanse)", "Opplæring", "Utdanningsavdelingen", "AOF Norge", None, "2.1", KURS),
    ("Utredning om betalt utdanningspermisjon",
     "Fafo har på oppdrag fra LO sett på hvordan de nordiske landene finansierer utdanningspermisjon, og hva en norsk "
     "ordning vil koste. Rapporten kom i juni.",
     "2.2 (kunnskapsgrunnlag)", "Utredningsarbeid", "Samfunnspolitisk avdeling", "Fafo", None, "2.2", FOU),
    ("Sommerskolen for unge tillitsvalgte",
     "Sommerskolen ble lagt ned etter kullet i fjor sommer og er erstattet av det digitale grunnkurset.",
     "2.4 (etter- og videreutdanning)", "Opplæring", "LO Ung", "AOF Norge", "", "", None),
    ("Bransjekurs i grønn industri",
     "Planlagt sammen med Fellesforbundet. Det første kurset holdes etter vinterferien neste år.",
     "2.4 (etter- og videreutdanning)", "Opplæring", "Utdanningsavdelingen", "Fellesforbundet", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Rapportering fra LO om kompetansetiltak – 2091", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er LOs bidrag til oppfølgingen av Nasjonal kompetansepolitisk strategi i 2091. "
                    "Tiltakene er nummerert fortløpende, og forbundene står oppført der de har hatt ansvaret.")
    head = ["Nr.", "Tiltak", "Kort om gjennomføringen i 2091", "Strategiens delmål", "Arbeidsform", "LO-ledd",
            "Partnere"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9D9D9")
    rows = []
    for n, (name, txt, mal, kind, ledd, med, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(f"{n}.")
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[2:], [txt, mal, kind, ledd, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ledd, "" if med == "–" else med, txt))
    set_col_widths(t, [1.0, 4.6, 9.4, 3.3, 2.9, 3.2, 1.7])
    d.add_paragraph()
    d.add_paragraph("Oslo, 15. januar 2092")
    d.add_paragraph("Hege Aasen, rådgiver i LOs utdanningsavdeling")
    save_docx(d, out / FILENAME, "Hege Aasen")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
