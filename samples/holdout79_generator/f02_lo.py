"""LO: an ordinary Word table whose goal column holds a link to the delmål in the web edition of the strategy, so
the code is only in the URL's anchor («…/kompetansestrategien#delmal-2-3»). A campaign postponed to February 2100
is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO – innrapportering KPR 2099.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table whose goal cells are printed web addresses: title, an intro saying the column gives "
         "the link to the delmål in the web edition of the strategy, header Innsats / Dette ble gjort i 2099 / "
         "Kobling til strategien / Virkemiddel / Ansvarlig ledd / Allianser; each goal cell is plain text such as "
         "«regjeringen.no/kompetansestrategien#delmal-2-3» (some with https://www.), so the delmål is only the "
         "anchor with hyphens; LO's kind words (Rådsplass, Kampanje, Skolering, Fagdag, Forskningsoppdrag, "
         "Nettverk); the SRY seat «LO-forbundenes representanter i SRY og de faglige rådene»; a campaign postponed "
         "to February 2100 told only in words; a note under the table and a signature")
NOT_TRUTH = ("the title and intro, the header, the web addresses in the goal column, the Virkemiddel cells, the row "
             "'Kampanje om retten til utdanningspermisjon' (postponed to February 2100), the note under the table, "
             "the signature")
SPLIT_FIELDS = ("ansvarlig", "samarbeidspartnere")

BASE = "regjeringen.no/kompetansestrategien#delmal-"

# name, text, delmål, with https?, kind, ledd, allies, seed, type
ROWS = [
    ("LO-forbundenes representanter i SRY og de faglige rådene",
     "LO har to faste plasser i SRY og 33 medlemmer og varamedlemmer i de faglige rådene. Rådene arbeidet særlig med "
     "nye læreplaner i elektrofag og med dimensjoneringen av helsearbeiderfaget.",
     "2.3", False, "Rådsplass", "LO, avdeling for utdanning og kompetanse", "", "M01", RAD),
    ("Voksenløftet: tillitsvalgte som fagbrevambassadører",
     "150 tillitsvalgte fikk opplæring som ambassadører for kampanjen og holdt lunsjmøter om "
     "praksiskandidatordningen på egne arbeidsplasser.",
     "3.1", True, "Kampanje", "Fellesforbundet, Fagforbundet", "HK-dir, fylkeskommunene", "J02", INFO),
    ("Skolering i omstillingsavtaler for klubbledere",
     "Kurs i hvordan klubbene kan forhandle lokale avtaler om opplæring når arbeidsplassen digitaliseres. 420 "
     "klubbledere deltok på kursene i fire regioner.",
     "2.1", False, "Skolering", "LO Stat", "AOF Norge", None, KURS),
    ("Fagdag om kompetanse i grønn industri",
     "Fagdag i Mo i Rana der tillitsvalgte, bedrifter og fagskoler drøftet hvilke kurs industrien trenger i det "
     "grønne skiftet. 190 deltok.",
     "2.4", True, "Fagdag", "Fellesforbundet, Industri Energi", "Norsk Industri", None, ARR),
    ("Forskningsoppdrag om ufaglærte i varehandelen",
     "Fafo kartla hvor mange ufaglærte som arbeider i varehandelen, og hva som skal til for at de tar fagbrev. "
     "Rapporten kom i oktober.",
     "2.2", False, "Forskningsoppdrag", "Handel og Kontor", "Fafo", None, FOU),
    ("Nettverk for LO-representanter i de regionale kompetanseforaene",
     "Nettverket samlet LOs representanter i fylkenes kompetanseforum til fire digitale møter for å dele erfaringer "
     "og samordne innspill til de regionale planene.",
     "1.2", False, "Nettverk", "LO, avdeling for utdanning og kompetanse", "", None, RAD),
    ("Kampanje om retten til utdanningspermisjon",
     "Kampanjen ble utsatt og starter først i februar 2100.",
     "2.4", False, "Kampanje", "Fagforbundet", "", "", None),
]


def link(code: str, https: bool) -> str:
    return ("https://www." if https else "") + BASE + code.replace(".", "-")


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("LO – innrapportering til Kompetansepolitisk råd for 2099", "bs15")])
    d.add_paragraph(
        "Her er LOs og forbundenes tiltak i 2099. Kolonnen «Kobling til strategien» viser lenken til delmålet i "
        "nettutgaven av strategien på regjeringen.no, slik sekretariatet ba om i fjor.")
    head = ["Innsats", "Dette ble gjort i 2099", "Kobling til strategien", "Virkemiddel", "Ansvarlig ledd",
            "Allianser"]
    body = [[n, t, link(dm, h), k, le, a] for n, t, dm, h, k, le, a, *_r in ROWS]
    ruled_table(d, head, body, [3.2, 5.0, 3.4, 1.9, 2.2, 1.7], fill="FCE4D6", size=9)
    p = d.add_paragraph()
    runs(p, [("Adressene kan limes rett inn i nettleseren.", "g")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Med hilsen\nSindre Aune\nfagsjef, avdeling for utdanning og kompetanse, LO", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Sindre Aune"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, le, a, t) for n, t, dm, _h, _k, le, a, seed, ty in ROWS if ty]


def goal_cells(path) -> list[str]:
    import docx
    t = docx.Document(str(path)).tables[0]
    return [r.cells[2].text for r in t.rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
