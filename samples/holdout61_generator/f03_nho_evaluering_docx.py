"""NHO: an evaluation of the year's skills measures. Each measure is a table row scored with one to five stars;
its delmål, NHO's own kind word, the owner and the partners sit in a small grey line under the bold name. A
programme that ended in 2080 but was evaluated in 2081 is scored too, and the last column and a closing line speak
of 2082."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "NHO evaluering av kompetansetiltak 2081.docx"
MEMBER = "NHO"
FORMAT = "DOCX (python-docx), landscape, one table with star ratings (★/☆) and shaded header, zip normalised"
SHAPE = ("evaluation table: title, intro and a star legend, header Tiltak / Mål for 2081 / Måloppnåelse / Dette "
         "fungerte / Dette gjør vi annerledes; the Tiltak cell holds the bold name and a grey line «DM 2.3 · "
         "Rådsarbeid · Ansvar: … · Med: …»; Måloppnåelse is one to five stars; a row for a programme ended in "
         "2080 and only evaluated in 2081; a closing line on new measures from 2082")
NOT_TRUTH = ("the title, the intro and legend, the header, the Mål for 2081, Måloppnåelse and «Dette gjør vi "
             "annerledes» cells, the row 'Bransjeprogram for reiseliv' (ended 2080, evaluated 2081), the closing "
             "line naming 'Lærlingløftet i havbruk' (from 2082), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, kind, ansvar, med, goal, stars, worked, change, seed, type
ROWS = [
    ("Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Rådsarbeid", "NHO Kompetanse og utdanning", "",
     "Få anbefalinger som gir flere læreplasser i privat sektor.", 4,
     "NHOs to representanter fikk rådet til å anbefale en ny tilskuddsmodell for lærebedrifter i grønn industri.",
     "Forankre sakene bedre i landsforeningene før møtene.", "M01", RAD),
    ("Råd for samarbeid med arbeidslivet ved NTNU", "1.4", "Rådsarbeid", "NHO Trøndelag", "",
     "Mer praksis og flere oppgaver i bedrift for studentene.", 3,
     "Rådet etablerte et fast samarbeid om masteroppgaver i bedrift; 40 oppgaver ble skrevet i 2081.",
     "Trekke inn flere små bedrifter.", "M04", RAD),
    ("Praksisbrev for voksne", "3.1", "Pilot", "NHO Byggenæringen", "LO, fylkeskommunene",
     "50 voksne i gang med praksisbrev i medlemsbedrifter.", 5,
     "58 voksne startet praksisbrevløpet i 31 medlemsbedrifter, og frafallet var lavt.",
     "Spre modellen til industrien.", "J02", PROSJEKT),
    ("Kompetanseundersøkelsen blant NHO-bedrifter 2081", "2.2", "Undersøkelse", "NHO Analyse", "NIFU",
     "Oppdatert kunnskap om bedriftenes behov.", 4,
     "5 400 bedrifter svarte. To av tre mangler fagarbeidere, og behovet er størst i bygg og industri.",
     "Flere spørsmål om digital kompetanse.", None, FOU),
    ("Lærlingambassadører i ungdomsskolen", "2.3", "Informasjon", "NHO Kompetanse og utdanning",
     "fylkeskommunene",
     "200 skolebesøk der lærlinger forteller om fagene sine.", 2,
     "120 lærlinger besøkte 46 ungdomsskoler. Det ble færre besøk enn planlagt fordi mange ambassadører falt fra.",
     "Bedre oppfølging av ambassadørene.", None, INFO),
    ("Samarbeidsforum for yrkesopplæring i Nordland", "2.3", "Nettverk", "NHO Nordland",
     "Nordland fylkeskommune, LO i Nordland",
     "Et regionalt møtested for partene og fylket om læreplasser.", 3,
     "Forumet er bygd opp etter mønster av SRY, men er NHO Nordlands eget. Partene og fylket møttes fire ganger "
     "om læreplasser og dimensjonering i regionen.",
     "Invitere kommunene med.", None, RAD),
    ("Bransjeprogram for reiseliv", "2.4", "Kurs", "NHO Reiseliv", "", "Avsluttet 2080 – evaluert i 2081.", 3,
     "Sluttevalueringen kom i mars 2081. Programmet ble avsluttet i 2080.", "–", "", None),
]


def _stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, landscape=True, margins_cm=1.7)
    t0 = d.add_paragraph()
    add_runs(t0, [("Evaluering av NHOs kompetansetiltak 2081", "b")])
    t0.runs[0].font.size = Pt(16)
    d.add_paragraph("NHO har vurdert hvert tiltak ut fra målet vi satte for 2081. Oversikten er NHOs rapport til "
                    "Kompetansepolitisk råd.")
    add_runs(d.add_paragraph(), [("Skala: ★★★★★ = målet er nådd fullt ut, ★☆☆☆☆ = målet er ikke nådd.", "g")])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Mål for 2081", "Måloppnåelse", "Dette fungerte",
                                      "Dette gjør vi annerledes"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DDEBF7")
    rows = []
    for name, dm, kind, ans, med, goal, stars, worked, change, seed, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        if ty:
            fact = f"DM {dm} · {kind} · Ansvar: {ans}" + (f" · Med: {med}" if med else "")
        else:
            fact = f"DM {dm} · {kind} · Ansvar: {ans}"
        add_runs(cells[0].add_paragraph(), [(fact, "g")])
        cells[1].text = goal
        cells[2].text = _stars(stars)
        cells[2].paragraphs[0].runs[0].font.size = Pt(12)
        cells[3].text = worked
        cells[4].text = change
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, worked))
    set_col_widths(t, [7.2, 5.0, 2.6, 6.8, 4.6])
    d.add_paragraph()
    d.add_paragraph("Nye tiltak fra 2082: Lærlingløftet i havbruk, sammen med Sjømat Norge og fylkeskommunene "
                    "langs kysten.")
    d.add_paragraph("Oslo, 18. januar 2082 – NHO, avdeling for kompetanse og utdanning")
    save_docx(d, out / FILENAME, "NHO")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
