"""LO: an ordinary Word table whose column «Hvem» holds the responsible and the partners in one cell, the responsible
first and the partners after a semicolon («Fellesforbundet; NHO, fylkeskommunene»), as the intro explains. LO's kind
words in «Slags innsats» (Representasjon, Utviklingsarbeid, Konferanse, Forskningsoppdrag, Opplæring). The SRY seat is
named by the faglig råd. The trap is LO's own conference for shop stewards about the joint project, the row right under
it and named after it. Two rows are outside 2093, said only in words («Siste samling var i desember 2092», «skal gå
høsten 2094»)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO rapport kompetansetiltak 2093.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled five-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, an intro that explains the «Hvem» column, header Tiltak / Hva vi gjorde / "
         "Strategien / Slags innsats / Hvem; «Hvem» holds the responsible first and the partners after a semicolon "
         "(«Fellesforbundet; NHO, fylkeskommunene»), a cell without a semicolon names the responsible only; delmål "
         "as a plain code; LO's kind words (Representasjon, Utviklingsarbeid, Konferanse, Forskningsoppdrag, "
         "Opplæring, Kampanje); the SRY seat named by the faglig råd («Faglig råd for elektro og datateknologi»); "
         "LO's own conference about the joint project right under it; two rows outside 2093 only by words in «Hva vi "
         "gjorde» («Siste samling var i desember 2092», «skal gå høsten 2094»); place, date and a name under the table")
NOT_TRUTH = ("the title and intro, the header, the Strategien and Slags innsats cells, the semicolons of «Hvem», the row "
             "'Skolering i læreplanarbeid' (last gathering in December 2092, the offer closed), the row 'Kampanjen "
             "«Fagbrev er gull»' (to run in the autumn of 2094), the place, date and name")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, hva, strategien, slags, ansvarlig, partnere, seed, dm, type
ROWS = [
    ("Medlem i Kompetansebehovsutvalget",
     "LOs sjeføkonom sitter i utvalget. LO fikk gjennomslag for et eget kapittel om fagarbeidere i utredningen om "
     "offentlig sektor.", "1.1", "Representasjon", "Samfunnspolitisk avdeling", "", "M02", "1.1", RAD),
    ("Faglig råd for elektro og datateknologi",
     "El og IT Forbundet ledet det faglige rådet i 2093. Rådet foreslo to nye lærefag og reviderte læreplanen i "
     "automatiseringsfaget.", "2.3", "Representasjon", "El og IT Forbundet", "", "M04", "2.3", RAD),
    ("Fagbrev på tvers",
     "Fellesforbundet og NHO driver prosjektet, som hjelper fagarbeidere med ett fagbrev fram til fagbrev nummer to i "
     "et nærliggende fag. 310 deltakere i industri og bygg var med i 2093, og 95 tok sitt andre fagbrev.", "2.5",
     "Utviklingsarbeid", "Fellesforbundet", "NHO, fylkeskommunene", "J01", "2.5", PROSJEKT),
    ("Fagbrev på tvers – erfaringskonferanse for tillitsvalgte",
     "Konferanse i november for 140 tillitsvalgte om hvordan de kan rekruttere og følge opp kandidater. Konferansen "
     "var LOs egen og er ikke en del av prosjektet.", "2.5", "Konferanse", "Fellesforbundet", "AOF Norge", None,
     "2.5", ARR),
    ("Studie om lærlinger som slutter",
     "Fafo har på oppdrag fra LO intervjuet 60 lærlinger som avbrøt læretiden, om hva som fikk dem til å slutte. "
     "Rapporten kom i september.", "2.3", "Forskningsoppdrag", "Utdanningsavdelingen", "Fafo", None, "2.3", FOU),
    ("Grunnkurs i digital sikkerhet for tillitsvalgte",
     "Nettkurs på seks timer med samlinger i fem byer. 820 tillitsvalgte fullførte kurset.", "2.1", "Opplæring",
     "Utdanningsavdelingen", "AOF Norge", None, "2.1", KURS),
    ("Skolering i læreplanarbeid",
     "Siste samling var i desember 2092, og tilbudet er nå lagt ned.", "2.3", "Opplæring", "Utdanningsavdelingen",
     "", "", "", None),
    ("Kampanjen «Fagbrev er gull»",
     "Kampanjen er vedtatt i LOs sekretariat og skal gå høsten 2094.", "2.5", "Kampanje", "LO Ung",
     "Fellesforbundet", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("LO – rapport om kompetansetiltak 2093", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er LOs og forbundenes bidrag til Nasjonal kompetansepolitisk strategi i 2093. I kolonnen "
                    "«Hvem» står den som har ansvaret først. Samarbeidspartnerne står etter semikolon.")
    head = ["Tiltak", "Hva vi gjorde", "Strategien", "Slags innsats", "Hvem"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FDE9D9")
    rows = []
    for name, hva, strat, slags, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        hvem = f"{ans}; {med}" if med else ans
        for c, v in zip(cells[1:], [hva, strat, slags, hvem]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, hva))
    set_col_widths(t, [5.6, 10.6, 2.3, 3.4, 4.2])
    d.add_paragraph()
    d.add_paragraph("Oslo, 12. januar 2094")
    d.add_paragraph("Tor Einar Haugland, utdanningsavdelingen i LO")
    save_docx(d, out / FILENAME, "Tor Einar Haugland")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
