"""LO: an ordinary landscape Word table with LO's own column names (Innsats / Hva skjedde i 2088 / Delmål (strategien)
/ Slags tiltak / Hvem i LO-familien / Sammen med). The delmål is a code followed by a tag in brackets («1.3
(karriereveiledning)»). Partners are joined with «+» in one cell. The SRY seat is named by the faglig råd. The trap is
LO's own follow-up of the joint VIA pilot for laid-off members. Two rows are outside 2088, said only in words."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "LO_oppfolging_kompetansestrategien_2088.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, a short intro, header Innsats / Hva skjedde i 2088 / Delmål (strategien) / "
         "Slags tiltak / Hvem i LO-familien / Sammen med; the delmål as a code with a tag in brackets («1.3 "
         "(karriereveiledning)»); LO's kind words (Representasjon, Pilot, Tillitsvalgtopplæring, Utviklingsarbeid, "
         "Kampanje, Nettverk); partners joined with «+» in one cell; the SRY seat named by the faglig råd («Faglig råd "
         "for elektro og datateknologi»); two rows outside 2088 only by words in the text («høsten 2087», «Starter "
         "opp i februar 2089»); a signature under the table")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Slags tiltak cells, the «–» cells, the row 'Kampanjen «Fag "
             "for framtida»' (ran in the autumn of 2087), the row 'Nettverk for unge tillitsvalgte i lærebedrifter' "
             "(starts in February 2089), the place, date and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, what happened, delmål text, kind, who, partners (list), seed, dm, type
ROWS = [
    ("Kompetansebehovsutvalget – LOs plass",
     "LO-sekretær Trond Aas har LOs plass i utvalget. I 2088 arbeidet utvalget med kompetansebehovene i omstillingen "
     "til lavutslippssamfunnet, og LO la vekt på behovet for fagarbeidere i industri og bygg.",
     "1.1 (KBU)", "Representasjon", "LO sentralt", [], "M02", "1.1", RAD),
    ("Faglig råd for elektro og datateknologi",
     "EL og IT Forbundet har to plasser i det faglige rådet under Samarbeidsrådet for yrkesopplæring (SRY). Rådet "
     "hadde fem møter og ga råd om ny struktur for automatiseringsfaget.",
     "2.3 (yrkesfag)", "Representasjon", "EL og IT Forbundet", [], "M04", "2.3", RAD),
    ("VIA – veiledning i arbeid",
     "Forbundene har sammen med karrieresentrene og arbeidsgiverne fått karriereveiledning inn på arbeidsplassen. "
     "Tillitsvalgte i 34 bedrifter rekrutterte kolleger til samtaler, og 920 ansatte fikk veiledning i arbeidstiden.",
     "1.3 (karriereveiledning)", "Pilot", "Fellesforbundet", ["karrieresentrene", "NHO"], "J01", "1.3", PROSJEKT),
    ("VIA-modellen for permitterte",
     "Fellesforbundets egen oppfølger der veiledningen tilbys medlemmer som er permittert, med samtaler i forbundets "
     "lokaler. 150 medlemmer fikk tilbudet. Tilbudet er forbundets eget og er ikke en del av pilotprosjektet VIA.",
     "1.3 (karriereveiledning)", "Pilot", "Fellesforbundet", ["Nav"], None, "1.3", PROSJEKT),
    ("Tillitsvalgtkurs i kompetanseplanlegging",
     "Todagers kurs for tillitsvalgte om hvordan de kan bruke drøftingsretten om opplæring i hovedavtalen og koble "
     "bedriftens behov til tilbudene i regionen. 26 kurs med 480 deltakere.",
     "2.4 (etter- og videreutdanning)", "Tillitsvalgtopplæring", "LOs utdanningsavdeling", ["AOF Norge"], None,
     "2.4", KURS),
    ("Fagbrev på jobb for renholdere",
     "Fagforbundet har hjulpet 140 renholdere i gang med praksiskandidatordningen, med lesekurs og teori på "
     "arbeidsplassen. 61 tok fagprøven i 2088.",
     "2.5 (dokumentere kompetanse)", "Utviklingsarbeid", "Fagforbundet", ["NHO Service og Handel", "Oslo kommune"],
     None, "2.5", PROSJEKT),
    ("Kampanjen «Fag for framtida»",
     "Kampanjen gikk høsten 2087 og er tatt med fordi den ble omtalt på forrige rådsmøte.",
     "2.3 (yrkesfag)", "Kampanje", "LO Ung", ["Fellesforbundet"], "", "", None),
    ("Nettverk for unge tillitsvalgte i lærebedrifter",
     "Starter opp i februar 2089. Forberedelsene er gjort i 2088.",
     "2.3 (yrkesfag)", "Nettverk", "LO Ung", [], "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("LOs oppfølging av kompetansestrategien i 2088", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er innsatsen fra LO og forbundene i 2088. Der flere er med, står partnerne i siste kolonne.")
    head = ["Innsats", "Hva skjedde i 2088", "Delmål (strategien)", "Slags tiltak", "Hvem i LO-familien",
            "Sammen med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FBE4D5")
    rows = []
    for name, txt, dmt, kind, who, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, dmt, kind, who, " + ".join(med) if med else "–"]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, who, ", ".join(med), txt))
    set_col_widths(t, [4.8, 10.4, 3.0, 2.9, 3.2, 2.8])
    d.add_paragraph()
    d.add_paragraph("Oslo, 13. januar 2089")
    d.add_paragraph("Ingrid Myhre Lunde\nrådgiver, LOs utdanningsavdeling")
    save_docx(d, out / FILENAME, "Ingrid Myhre Lunde")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
