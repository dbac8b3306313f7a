"""Sametinget: a report on its grant schemes and own measures. Part 1 is a table of application-based grant
schemes – each scheme is a measure, one of them discontinued at the end of 2080; part 2 a table of direct operating
grants to institutions (recipients and amounts, not measures); part 3 Sametinget's own measures as run-in bold names
in prose with the facts in a bracket. Headings are given in Northern Sámi and Norwegian."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Sametinget tilskuddsordninger og tiltak kompetanse 2081.pdf"
MEMBER = "Sametinget"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx), two ruled tables; dates and /ID fixed"
SHAPE = ("grant-scheme report with Sámi/Norwegian headings: «1 Ohcanvuđot doarjjaortnegat – Søkerbaserte "
         "tilskuddsordninger» (table Ordning / Forvaltes av / Budsjett 2081 (kr) / Tilsagn / Formål / Strategien; "
         "a scheme discontinued 31.12.2080 with 0 kr), «2 Njuolggodoarjagat – Direkte tilskudd» (table Mottaker / "
         "Beløp (kr) / Formål: operating grants), «3 Sámedikki iežas doaibmabijut – Sametingets egne tiltak» "
         "(prose, bold run-in names, bracket «(Delmål 1.3. Ansvar: … Samarbeid: …)»), «4 Viidáset – Videre arbeid "
         "2082»")
NOT_TRUTH = ("the titles, the intro, the headers, the Budsjett and Tilsagn cells, the row 'Tilskudd til lærlinger i "
             "samiske fag' (discontinued 31.12.2080), the whole table of direct grants (recipients and operating "
             "grants, not measures), part 4 (a new scheme for samisk lærlingformidling from 2082), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

OPP = "Opplærings- og utdanningsavdelingen"
# scheme, forvaltes av, budget, tilsagn, formål, dm, seed, type (None = not truth)
SCHEMES = [
    ("Stipend til samiske fagskolestudenter", OPP, "2 400 000", "118",
     "Stipend til studenter ved fagskoler som tar utdanning i duodji, reindrift eller samisk språk og kultur.",
     "1.4", None, KURS),
    ("Tilskudd til samiskopplæring for voksne på arbeidsplassen", OPP, "3 100 000", "46",
     "Tilskudd til arbeidsgivere som gir ansatte kurs i samisk i arbeidstiden, etter modell av Kompetansepluss.",
     "3.2", None, KURS),
    ("Tilskudd til lærlinger i samiske fag", "Næringsavdelingen", "0", "0",
     "Ordningen ble avviklet 31.12.2080 og erstattet av stipendordningen.", "2.3", "", None),
]
DIRECT = [("Samisk studiesenter Karasjok", "900 000", "Driftstilskudd 2081"),
          ("Sámi allaskuvla", "2 000 000", "Driftstilskudd til desentralisert undervisning"),
          ("Samisk videregående skole og reindriftsskole", "1 200 000", "Utstyr til duodjiverkstedet")]
# name, text, dm, ansvar, samarbeid, seed, type
OWN = [
    ("Nasjonalt forum for karriereveiledning",
     "Sametinget har en fast plass i forumet og la i 2081 fram et notat om veiledning i samiske områder.", "1.3",
     OPP, "", "M02", RAD),
    ("Samisk veiledersamling før forumets møter",
     "Før hvert møte i forumet samlet Sametinget samiske karriereveiledere i Karasjok for å hente inn erfaringer. "
     "Samlingen er Sametingets egen.", "1.3", OPP, "karrieresenteret i Troms og Finnmark", None, ARR),
    ("Kartlegging av kompetansebehov i samiske næringer",
     "Spørreundersøkelse til 300 virksomheter i reindrift, duodji, fiske og reiseliv om hvilken kompetanse de "
     "mangler.", "2.4", "Næringsavdelingen", "Nordlandsforskning", None, FOU),
]


def _head(d, sami, norsk):
    h = d.add_heading(level=2)
    h.add_run(f"{sami} – {norsk}")


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.9)
    p = d.add_paragraph()
    add_runs(p, [("Sámedikki doarjjaortnegat ja doaibmabijut gelbbolašvuođa várás 2081", "b")])
    p.runs[0].font.size = Pt(14)
    p2 = d.add_paragraph()
    add_runs(p2, [("Sametingets tilskuddsordninger og tiltak for kompetanse 2081", "b")])
    p2.runs[0].font.size = Pt(13)
    d.add_paragraph("Rapport til Kompetansepolitisk råd. Sametinget deltar i rådet som observatør.")
    _head(d, "1 Ohcanvuđot doarjjaortnegat", "Søkerbaserte tilskuddsordninger")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ordning", "Forvaltes av", "Budsjett 2081 (kr)", "Tilsagn", "Formål",
                                      "Strategien"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DCE6F0")
    rows = []
    for name, by, bud, n, purpose, dm, seed, ty in SCHEMES:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, by, bud, n, purpose, f"Delmål {dm}"]):
            c.text = v
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, by, "", purpose))
    set_col_widths(t, [3.3, 3.9, 1.9, 1.7, 4.3, 2.1])
    _head(d, "2 Njuolggodoarjagat", "Direkte tilskudd")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Mottaker", "Beløp (kr)", "Formål"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DCE6F0")
    for vals in DIRECT:
        for c, v in zip(t2.add_row().cells, vals):
            c.text = v
    set_col_widths(t2, [6.0, 2.6, 8.6])
    _head(d, "3 Sámedikki iežas doaibmabijut", "Sametingets egne tiltak")
    for name, txt, dm, ans, med, seed, ty in OWN:
        br = f"(Delmål {dm}. Ansvar: {ans}." + (f" Samarbeid: {med}.)" if med else ")")
        add_runs(d.add_paragraph(), [(name + ". ", "b"), (txt + " ", ""), (br, "")])
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    _head(d, "4 Viidáset", "Videre arbeid 2082")
    d.add_paragraph("Fra 2082 innfører Sametinget en ny tilskuddsordning for samisk lærlingformidling.")
    d.add_paragraph()
    d.add_paragraph("Kárášjohka/Karasjok, 21.01.2082 – Sámediggi/Sametinget")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
