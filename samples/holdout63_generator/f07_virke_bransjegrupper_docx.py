"""Virke: a Word table grouped by Virke's own industries. Every group is a shaded row merged across the table
(«HANDEL», «KUNNSKAP OG UTDANNING», «IDEELL SEKTOR», «HELSE OG OMSORG»); the measures are the rows under it. The
grouping is Virke's, not the strategy's: the delmål is in its own column. Virke's panel of member firms that advises
colleges is not the RSA seat. Two rows are outside 2083 by their text only."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Virke kompetansetiltak 2083 etter bransje.docx"
MEMBER = "Virke"
FORMAT = "DOCX (python-docx), landscape, one ruled table with merged shaded group rows, zip normalised"
SHAPE = ("Word table grouped by Virke's industries: header Tiltak / Delmål / Tiltaksform / Hvem hos Virke / Sammen "
         "med / Omtale, and a shaded row merged across all columns for each industry (HANDEL, KUNNSKAP OG UTDANNING, "
         "IDEELL SEKTOR, HELSE OG OMSORG) with its measures under it; delmål as code; Virke's kind words (Opplæring, "
         "Rådsplass, Panel, Prosjekt, Kartlegging, Samling); two rows outside 2083 by their text (ended last year, "
         "starts next autumn)")
NOT_TRUTH = ("the title and intro, the header, the industry group rows, the Delmål and Tiltaksform cells, the row "
             "'Bransjeprogram for varehandelen' (ended last year), the row 'Fagskoletilbud i velferdsteknologi' "
             "(planned start next autumn), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# group, [(name, dm, form, hvem, med, text, seed, type)]
GROUPS = [
    ("HANDEL", [
        ("Digital grunnmur – nettkurs for varehandelen", "2.1", "Opplæring", "Virke Handel", "YS, HK-dir",
         "Sammen med YS har Virke laget et nettkurs i grunnleggende digitale ferdigheter for butikkansatte. Kurset er "
         "tatt i bruk i 410 butikker.", "J05", KURS),
        ("Bransjeprogram for varehandelen", "2.4", "Opplæring", "Virke Handel", "Handel og Kontor i Norge",
         "Programmet ble avsluttet i fjor. Erfaringene er brukt i Digital grunnmur.", "", None),
    ]),
    ("KUNNSKAP OG UTDANNING", [
        ("Rådet for samarbeid med arbeidslivet ved Høgskolen i Innlandet", "1.4", "Rådsplass", "Virke Innlandet", "",
         "Virke representerer arbeidsgiverne i handel og service. Rådet vedtok en ny bachelor i handelsledelse med "
         "praksis i butikk.", "M05", RAD),
        ("Virkes arbeidslivspanel for høyskolene", "1.4", "Panel", "Virke Kunnskap", "",
         "Et panel av 25 medlemsvirksomheter som gir høyskolene innspill til nye studietilbud. Panelet er Virkes eget "
         "og er ikke det samme som rådene for samarbeid med arbeidslivet.", None, RAD),
    ]),
    ("IDEELL SEKTOR", [
        ("Lærlingordning i ideelle barnehager", "2.3", "Prosjekt", "Virke Ideell og frivillighet", "Fagforbundet",
         "Prosjektet har gitt 45 nye læreplasser i barne- og ungdomsarbeiderfaget i ideelle barnehager.", None,
         PROSJEKT),
        ("Kompetansekartlegging i ideell sektor", "2.2", "Kartlegging", "Virke Ideell og frivillighet",
         "Senter for forskning på sivilsamfunn og frivillig sektor",
         "Spørreundersøkelse blant 300 ideelle virksomheter om kompetansebehov og bruk av etter- og "
         "videreutdanning.", None, FOU),
    ]),
    ("HELSE OG OMSORG", [
        ("Lederdag for helse- og omsorgsvirksomheter", "2.4", "Samling", "Virke Helse", "VID vitenskapelige høgskole",
         "Samling i Oslo for ledere i ideelle og private helsevirksomheter om hvordan de kan bruke etter- og "
         "videreutdanning i rekrutteringen; 140 deltakere.", None, ARR),
        ("Fagskoletilbud i velferdsteknologi", "2.4", "Opplæring", "Virke Helse", "Fagskolen Oslo",
         "Planlagt oppstart neste høst.", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=1.7)
    p = d.add_paragraph()
    add_runs(p, [("Virkes kompetansetiltak 2083", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Oversikten er ordnet etter Virkes bransjeområder. Delmålene viser til Nasjonal "
                    "kompetansepolitisk strategi.")
    head = ["Tiltak", "Delmål", "Tiltaksform", "Hvem hos Virke", "Sammen med", "Omtale"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "BFBFBF")
    rows = []
    for group, items in GROUPS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[-1])
        add_runs(merged.paragraphs[0], [(group, "b")])
        set_cell_shading(merged, "E2EFD9")
        for name, dm, form, hvem, med, txt, seed, ty in items:
            cells = t.add_row().cells
            add_runs(cells[0].paragraphs[0], [(name, "b")])
            for c, v in zip(cells[1:], [dm, form, hvem, med or "–", txt]):
                c.paragraphs[0].add_run(v)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, med, txt))
    set_col_widths(t, [5.8, 1.8, 2.7, 3.6, 4.2, 8.1])
    d.add_paragraph()
    d.add_paragraph("Kontakt: Camilla Strand, fagsjef kompetanse, Virke")
    save_docx(d, out / FILENAME, "Camilla Strand")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
