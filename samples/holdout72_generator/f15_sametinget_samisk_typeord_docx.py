"""Sametinget: an ordinary landscape Word table with the goal in the last column as Sametinget's own words (no codes)
and the kind written in North Sámi with the Norwegian word in brackets («fierpmádat (nettverk)», «prošeakta
(prosjekt)», «oahpahus (kurs)», «diehtojuohkin (informasjon)», «dáhpáhus (arrangement)»). Header Tiltak / Hva ble
gjort / Tiltakstype / Ansvarlig avdeling / Samarbeid / Strategimål. The trap is Sametinget's own network for career
counsellors in Sámi municipalities. One row is a fair held every third year, last in 2090."""
from __future__ import annotations

from docx.shared import Pt

from .common import INFO, KURS, NFK, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Sametinget – rapport om kompetansetiltak 2092.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: a head «Sámediggi – Sametinget», intro, header Tiltak / Hva ble gjort / Tiltakstype / "
         "Ansvarlig avdeling / Samarbeid / Strategimål; the goal in the last column in Sametinget's words only "
         "(«Karriereveiledning med samisk perspektiv», «Flere velger yrkesfag i samiske næringer»); the kind in North "
         "Sámi with the Norwegian word in brackets («fierpmádat (nettverk)», «prošeakta (prosjekt)», «oahpahus "
         "(kurs)», «diehtojuohkin (informasjon)», «dáhpáhus (arrangement)»); the NFK seat named «Sametingets plass i "
         "Nasjonalt forum for karriereveiledning»; one row for a fair held every third year, last in 2090")
NOT_TRUTH = ("the head and intro, the header, the Tiltakstype and Strategimål cells, the row 'Samisk yrkesmesse i "
             "Karasjok' (every third year, last in 2090), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Hva ble gjort", "Tiltakstype", "Ansvarlig avdeling", "Samarbeid", "Strategimål"]

# name, text, kind, ansvar, samarbeid, goal words, seed, delmål, type
ROWS = [
    ("Sametingets plass i Nasjonalt forum for karriereveiledning",
     "Sametinget deltok på forumets møter og la fram arbeidet med karriereveiledning på samisk. Forumet vedtok å ta "
     "samiske perspektiver inn i kvalitetsrammeverket for karriereveiledning.",
     "fierpmádat (nettverk)", "Opplæringsavdelingen", "", "Karriereveiledning med samisk perspektiv", NFK, "1.3", RAD),
    ("Karrieresamtalen.no – veiledning på nordsamisk",
     "Fra mars kunne brukerne av Karrieresamtalen.no velge en veileder som snakker nordsamisk. Sametinget "
     "finansierte to veiledere og laget ordlister for veiledning på samisk.",
     "diehtojuohkin (informasjon)", "Opplæringsavdelingen", "HK-dir", "Karriereveiledning med samisk perspektiv",
     "J05", "1.3", INFO),
    ("Nettverk for karriereveiledere i samiske kommuner",
     "Nettverket samler veiledere i 14 kommuner i forvaltningsområdet for samisk språk og møttes tre ganger. "
     "Nettverket er Sametingets eget og er ikke en del av Nasjonalt forum for karriereveiledning.",
     "fierpmádat (nettverk)", "Opplæringsavdelingen", "Karriere Finnmark", "Karriereveiledning med samisk perspektiv",
     None, "1.3", RAD),
    ("Læreplassprosjekt i reindrift",
     "Prosjektet skaffet 12 nye læreplasser i reindriftsfaget og fulgte opp lærlingene med en egen koordinator.",
     "prošeakta (prosjekt)", "Næringsavdelingen", "Troms fylkeskommune, Finnmark fylkeskommune",
     "Flere velger yrkesfag i samiske næringer", None, "2.3", PROSJEKT),
    ("Videreutdanning i samisk for barnehagelærere",
     "30 studiepoeng i nordsamisk for barnehagelærere i samiske barnehager, gitt som nettstudium med samlinger. 26 "
     "studenter fullførte.", "oahpahus (kurs)", "Opplæringsavdelingen", "Sámi allaskuvla",
     "Etter- og videreutdanning i samiske samfunn", None, "2.4", KURS),
    ("Samisk yrkesmesse i Karasjok",
     "Messa holdes hvert tredje år og ble sist holdt i 2090.", "dáhpáhus (arrangement)", "Næringsavdelingen",
     "Karasjok kommune", "Flere velger yrkesfag i samiske næringer", None, None, None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, landscape=True, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi – Sametinget", "b")])
    p.runs[0].font.size = Pt(15)
    p = d.add_paragraph()
    add_runs(p, [("Rapport om kompetansetiltak 2092 til Kompetansepolitisk råd", "b")])
    d.add_paragraph("Sametinget rapporterer her tiltakene som følger opp Nasjonal kompetansepolitisk strategi. "
                    "Tiltakstypen står på samisk med norsk i parentes.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DAE3F3")
    rows = []
    for name, txt, kind, ans, sam, goal, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, kind, ans, sam, goal]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, sam, txt))
    set_col_widths(t, [5.0, 8.4, 3.2, 3.0, 3.0, 3.1])
    d.add_paragraph()
    d.add_paragraph("Kárášjohka/Karasjok, 17.01.2093")
    d.add_paragraph("Ánde Somby Eira, seksjonsleder, Opplæringsavdelingen")
    save_docx(d, out / FILENAME, "Ánde Somby Eira")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
