"""Vestland fylkeskommune: an ordinary Nynorsk Word table Tiltak / Kva vi gjorde i 2088 / Kva mål i strategien /
Slag tiltak / Ansvarleg / Partnarar. The goal is only the county's Nynorsk paraphrase, no codes. The NFK seat is named
in Nynorsk («Nasjonalt forum for karriererettleiing»), and so is the joint VIA project («Rettleiing i arbeid (VIA)»)
and the joint vocational week («Yrkesfagveka 2088»). The trap is the county's own vocational day in Sunnfjord. One row
is outside 2088, said in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Vestland fylkeskommune – rapport KPR 2088.docx"
MEMBER = "Vestland fylkeskommune"
FORMAT = "DOCX (python-docx), portrait, Nynorsk, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Nynorsk Word table: a letter-like head, intro, header Tiltak / Kva vi gjorde i 2088 / Kva mål i "
         "strategien / Slag tiltak / Ansvarleg / Partnarar; the goal only as the county's Nynorsk paraphrase "
         "(«tilgang til karriererettleiing for alle», «fleire skal velje yrkesfag», «regionalt "
         "kompetansesamarbeid»); kind words Forumplass, Prosjekt, Arrangement, Samarbeidsforum, Opplæringstilbod; the "
         "NFK seat and the joint measures named in Nynorsk; one row outside 2088 by its text («Vart ikkje "
         "arrangert i 2088»)")
NOT_TRUTH = ("the head and intro, the header, the Kva mål i strategien and Slag tiltak cells, the «–» cells, the row "
             "'Karrieremessa i Bergen' (not held in 2088, next in February 2089), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

G13 = "tilgang til karriererettleiing for alle"
G23 = "fleire skal velje yrkesfag"
G12 = "regionalt kompetansesamarbeid"
G31 = "fleksibel opplæring for vaksne"
KOO = "Opplæring og kompetanse"

# name, text, goal, kind, ansvarleg, partnarar, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing",
     "Leiaren for Karriere Vestland representerte fylkeskommunane i forumet. Forumet arbeidde i 2088 med kvalitet i "
     "rettleiinga for vaksne.", G13, "Forumplass", "Karriere Vestland", [], "M01", "1.3", RAD),
    ("Rettleiing i arbeid (VIA)",
     "Karriere Vestland gav karriererettleiing på arbeidsplassen i 22 verksemder, saman med LO og NHO Vestland. "
     "610 tilsette fekk samtale i arbeidstida.", G13, "Prosjekt", "Karriere Vestland", ["LO", "NHO Vestland"], "J01",
     "1.3", PROSJEKT),
    ("Yrkesfagveka 2088",
     "Alle dei vidaregåande skulane med yrkesfag opna verkstadene for ungdomsskuleelevar i veke 42. 7 400 elevar var "
     "innom.", G23, "Arrangement", KOO, ["NHO Vestland", "LO i Vestland"], "J04", "2.3", ARR),
    ("Yrkesfagdag i Sunnfjord",
     "Eigen dag for bedrifter og elevar i Førde i mars, med 30 lærebedrifter. Dagen var fylkeskommunen sitt eige "
     "arrangement og ikkje ein del av Yrkesfagveka.", G23, "Arrangement", KOO, ["Sunnfjord næringsutvikling"], None,
     "2.3", ARR),
    ("Kompetanseforum Vestland",
     "Regionalt forum der partane, fagskulane, universiteta og Nav samordnar kompetansetiltaka i fylket. Forumet "
     "vedtok ein ny handlingsplan i juni.", G12, "Samarbeidsforum", "Strategi og utvikling",
     ["NHO Vestland", "LO i Vestland", "Høgskulen på Vestlandet", "Nav Vestland"], None, "1.2", RAD),
    ("Vaksenopplæring i modular",
     "Vaksne utan fullført vidaregåande opplæring tok fag i modular på kveldstid ved fem skular. 260 deltakarar.",
     G31, "Opplæringstilbod", KOO, ["Nav Vestland"], None, "3.1", KURS),
    ("Karrieremessa i Bergen",
     "Vart ikkje arrangert i 2088. Neste messe er i februar 2089.", G13, "Messe", "Karriere Vestland", [], "", "",
     None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    d.add_paragraph("Vestland fylkeskommune\nAvdeling for opplæring og kompetanse")
    d.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nDato: 15.01.2089")
    p = d.add_paragraph()
    add_runs(p, [("Rapport om tiltak i den kompetansepolitiske strategien 2088", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Her er tiltaka fylkeskommunen har gjennomført i 2088. Målet i strategien er skildra med våre "
                    "eigne ord.")
    head = ["Tiltak", "Kva vi gjorde i 2088", "Kva mål i strategien", "Slag tiltak", "Ansvarleg", "Partnarar"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9E2F3")
    rows = []
    for name, txt, goal, kind, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, goal, kind, ans, ", ".join(med) if med else "–"]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt))
    set_col_widths(t, [3.0, 5.4, 2.6, 2.1, 2.0, 2.0])
    d.add_paragraph()
    d.add_paragraph("Med helsing\nGunnhild Rygg Tveit\nseniorrådgjevar")
    save_docx(d, out / FILENAME, "Gunnhild Rygg Tveit")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
