"""KS: an ordinary Word report with two tables: «Tiltak der KS har ansvaret» and «Tiltak der KS deltar». The second
table has other columns – «Ledes av» names the lead (UHR, Fafo, IMDi), «Med i arbeidet» lists everyone taking part,
KS among them, and «KS' rolle» describes what KS did. So the responsible differs from the member for the council seat
and the two joint measures. One row in each table is outside 2084, only by words in its text."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "KS – kompetansetiltak 2084.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx), portrait, two ruled tables with different headers, zip normalised"
SHAPE = ("ordinary Word report with two tables under two headings: «Tiltak der KS har ansvaret» (Tiltak / Delmål / "
         "Art / Beskrivelse / Samarbeidspartnere) and «Tiltak der KS deltar» (Tiltak / Delmål / Art / Ledes av / Med i "
         "arbeidet / KS' rolle), so in the second table the lead is another body and KS is one of those taking part; "
         "delmål as a plain code; KS's kind words (Forprosjekt, Lederprogram, Rekrutteringskampanje, Nettverk, "
         "Utvalgsplass, Undersøkelse, Prosjekt, Konferanse); one row in each table outside 2084 only by its text")
NOT_TRUTH = ("the title, intro and the two table headings, the headers, the Delmål and Art cells, the row "
             "'Kompetansenettverk for personalledere' (closed last year), the row 'Nasjonal konferanse om "
             "heltidskultur' (held in March next year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, art, beskrivelse, partners, seed, type
OWN = [
    ("Norsk på vakt i barnehagene – forprosjekt", "3.4", "Forprosjekt",
     "KS har startet et eget forprosjekt for å prøve ut arbeidsplassbasert norskopplæring for assistenter i "
     "barnehager. Forprosjektet er KS' eget og er ikke en del av Norsk på vakt, som bare gjelder helse og omsorg. "
     "Seks barnehager er med.", "Oslo kommune, Drammen kommune", None, PROSJEKT),
    ("Lederprogram i digital omstilling", "2.1", "Lederprogram",
     "Program over fire samlinger for kommunale ledere som skal lede innføring av nye digitale verktøy. 180 ledere "
     "fra 61 kommuner fullførte i 2084.", "Høgskolen i Innlandet, Digdir", None, KURS),
    ("Kampanjen «Bli helsefagarbeider»", "2.3", "Rekrutteringskampanje",
     "Kampanje i sosiale medier og på ungdomsskoler som viser fram helsefagarbeideryrket og karriereveiene etter "
     "fagbrev. Kampanjen ble sett av om lag 400 000 og ble kjørt i to perioder, før søknadsfristen og i august.",
     "Fagforbundet, fylkeskommunene", None, INFO),
    ("Kompetansenettverk for personalledere", "2.4", "Nettverk",
     "Nettverket ble avviklet i fjor etter fire år, og erfaringene er samlet i en veileder.", "", "", None),
]
# name, dm, art, ledes av, med i arbeidet, rolle, seed, type
PART = [
    ("Arbeidslivsutvalget i UHR-Lærerutdanning", "1.4", "Utvalgsplass", "UHR",
     "KS, Utdanningsforbundet, Skolelederforbundet",
     "KS er kommunenes stemme i utvalget under UHR-Lærerutdanning og la vekt på praksis i barnehage- og "
     "grunnskolelærerutdanningene. Utvalget hadde fem møter.", "M03", RAD),
    ("LIA 2084 – kommunal sektor", "2.2", "Undersøkelse", "Fafo", "KS, YS, Unio",
     "KS finansierte utvalget av kommuneansatte i Læring i arbeidslivet-undersøkelsen og deltok i "
     "referansegruppen. 3 200 kommuneansatte svarte.", "J03", FOU),
    ("Norsk på vakt (kommunenes del)", "3.4", "Prosjekt", "IMDi", "KS, VOFO, Fagforbundet",
     "KS rekrutterte kommunene til prosjektet og holder samlinger for lederne på sykehjemmene som er med. 46 "
     "kommuner deltok i 2084.", "J06", PROSJEKT),
    ("Nasjonal konferanse om heltidskultur", "2.4", "Konferanse", "Helse- og omsorgsdepartementet", "KS, Fagforbundet",
     "Konferansen holdes i mars neste år. KS sitter i programkomiteen.", "", None),
]


def _table(d, head, widths):
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E2EFD9")
    return t


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("KS – kompetansetiltak 2084", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("KS rapporterer her om tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Vi skiller "
                    "mellom tiltak KS selv har ansvaret for, og tiltak der andre leder arbeidet og KS deltar.")
    rows = []
    d.add_heading("1 Tiltak der KS har ansvaret", level=2)
    t = _table(d, ["Tiltak", "Delmål", "Art", "Beskrivelse", "Samarbeidspartnere"], None)
    for name, dm, art, txt, med, seed, ty in OWN:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, art, txt, med or "–"]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, "KS", med, txt))
    set_col_widths(t, [3.8, 1.4, 2.6, 6.4, 3.0])
    d.add_paragraph()
    d.add_heading("2 Tiltak der KS deltar", level=2)
    t = _table(d, ["Tiltak", "Delmål", "Art", "Ledes av", "Med i arbeidet", "KS' rolle"], None)
    for name, dm, art, leder, med, rolle, seed, ty in PART:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm, art, leder, med, rolle]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, med, rolle))
    set_col_widths(t, [3.4, 1.3, 2.2, 2.2, 2.9, 5.2])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Marit Solberg Aune, spesialrådgiver, KS Arbeidsgiverpolitikk", "i")])
    save_docx(d, out / FILENAME, "Marit Solberg Aune")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
