"""Virke: an ordinary Word table where the kind is encoded only in the first letter of Virke's own measure id («R-01»
råd, «K-01» kurs, «P-01» prosjekt, «F-01» analyse og innspill, «I-01» informasjon, «A-01» arrangement), explained by a
key under the table, and the delmål is written with a letter for the hovedinnsatsområde and the delmål's number («B3»
= 2.3, «C4» = 3.4; A = Gode valg, B = Læring i arbeidslivet, C = Svak tilknytning), explained in the intro. The trap is
Virke's own input note to SRY (about the council, not a seat in it). A course moved to the autumn of 2096 is told only
in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, \
    save_docx

FILENAME = "Virke – innsats i kompetansestrategien 2095.docx"
MEMBER = "Virke"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row and a key under it, zip normalised"
SHAPE = ("ordinary Word table: title, intro that explains the goal column (A = Gode valg, B = Læring i arbeidslivet, "
         "C = Svak tilknytning, the digit is the delmål), header ID / Tiltak / Virkes rolle og resultat / Mål (A–C) / "
         "Ansvarlig / Partnere; the delmål as a letter and a digit («B3» = 2.3, «C4» = 3.4, «B1» = 2.1, «B2» = 2.2, "
         "«B4» = 2.4); no kind column: the kind only as the first letter of Virke's id (R-, K-, P-, F-, I-, A-), "
         "explained by a key line under the table; the SRY seat «Virke i SRY – plass for handel og tjenesteyting»; "
         "Virke's own input note to SRY's report (about the council); a course moved to the autumn of 2096 told only "
         "in words")
NOT_TRUTH = ("the title and intro, the header, the ID and Mål cells, the row K-02 'Lederkurs i bærekraftig handel' "
             "(cancelled in 2095, moved to the autumn of 2096), the key line, the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

AREA = {"1": "A", "2": "B", "3": "C"}

# id, name, rolle, dm, ansvarlig, partnere, seed, type
ROWS = [
    ("R-01", "Virke i SRY – plass for handel og tjenesteyting",
     "Virke har en fast plass i Samarbeidsrådet for yrkesopplæring. SRY la i 2095 fram forslag til ny "
     "tilbudsstruktur, og Virke fulgte særlig opp salgsfaget.", "2.3", "Virke Utdanning", "", "M02", RAD),
    ("P-01", "Språkløypa i varehandelen",
     "Ansatte med kort botid i 22 butikker lærte norsk og fagspråk i korte moduler på jobben. 160 deltok.", "3.4",
     "Virke Handel", "LO, Handel og Kontor", "J04", PROSJEKT),
    ("K-01", "Digidugnaden – kurs for små butikker",
     "Virke rekrutterte 90 små butikker og ideelle virksomheter til kursene i grunnleggende digitale ferdigheter.",
     "2.1", "Virke Handel", "KS, Kompetanseforbundet", "J06", KURS),
    ("F-01", "Virkes innspill til SRYs rapport om tilbudsstrukturen",
     "Virke skrev et eget innspillsnotat om salgsfaget og logistikkfaget. Notatet er Virkes eget innspill og er ikke "
     "en del av rådets arbeid.", "2.3", "Virke Utdanning", "", None, FOU),
    ("I-01", "Bransjeguide for kompetanseplaner i ideelle virksomheter",
     "Nettguide med maler for kompetanseplaner, laget sammen med ti ideelle virksomheter i helse og omsorg.", "2.2",
     "Virke Ideell", "Frelsesarmeen, Kirkens Bymisjon", None, INFO),
    ("A-01", "Handelens kompetansedag",
     "Dagskonferanse i Oslo i september om etter- og videreutdanning i handelen. 240 deltakere.", "2.4",
     "Virke Handel", "Handelshøyskolen BI", None, ARR),
    ("K-02", "Lederkurs i bærekraftig handel",
     "Kurset ble avlyst i 2095 og er flyttet til høsten 2096.", "2.4", "Virke Handel", "", "", None),
]


def code(dm: str) -> str:
    a, n = dm.split(".")
    return AREA[a] + n


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.7)
    p = d.add_paragraph()
    add_runs(p, [("Virke – innsats i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("I kolonnen «Mål» viser bokstaven til hovedinnsatsområdet i strategien (A = Gode valg for den "
                    "enkelte og for samfunnet, B = Læring i arbeidslivet, C = Voksne med svak tilknytning til "
                    "arbeidslivet), og tallet er delmålets nummer. B3 er altså delmål 3 under Læring i arbeidslivet.")
    head = ["ID", "Tiltak", "Virkes rolle og resultat", "Mål (A–C)", "Ansvarlig", "Partnere"]
    body = [[i, n, r, code(dm), a, p_] for i, n, r, dm, a, p_, *_x in ROWS]
    docx_table(d, head, body, [1.4, 5.8, 9.8, 1.8, 3.0, 4.4], fill="C6E0B4")
    d.add_paragraph("ID-bokstaven viser hva slags tiltak det er: R = råd og utvalg, K = kurs og opplæring, P = "
                    "prosjekt, F = analyse og innspill, I = informasjon, A = arrangement.").runs[0].italic = True
    d.add_paragraph("Kontakt: Henrik Aas, Virke Utdanning")
    save_docx(d, out / FILENAME, "Henrik Aas")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p_, r) for _i, n, r, dm, a, p_, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_text_deep(path)
