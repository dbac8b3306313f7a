"""Unio: the measures laid out as a logic model (endringslogikk). Each row reads left to right from inputs (who is
responsible and who takes part) via the activity (the measure: bold name and what was done) and the results in
2080 to the effect sought in the strategy, written as a paraphrase of the delmål; no kind word anywhere."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Unio endringslogikk kompetanse 2080.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), landscape, one four-column table with arrow header cells and shading, zip normalised"
SHAPE = ("logic model: header Innsats (hvem) → Aktivitet 2080 → Resultater 2080 → Ønsket effekt (strategien); the "
         "Innsats cell holds «Ansvar: union» / «Med: …» lines, the Aktivitet cell the bold name and a sentence, "
         "Resultater figures, Ønsket effekt a paraphrase of the delmål (no codes); no kind word; a grey row «ikke "
         "med i 2080» with one 2079 and one 2081 item")
NOT_TRUTH = ("the title, the intro, the header, the Resultater and Ønsket effekt cells, the grey row 'Ikke med i "
             "2080' (Forskerforbundets seniorundersøkelse, gjennomført 2079; Mentorordning for nyutdannede "
             "sykepleiere, oppstart 2081), the closing paragraph")

# ansvar, med, name, sentence, results, effect phrase, delmål, seed, type
ITEMS = [
    ("Utdanningsforbundet", "UHR, lærerutdanningsinstitusjonene", "Nasjonalt råd for lærerutdanning",
     "Utdanningsforbundet møtte i rådet og fremmet forslag om felles rammer for praksis i lærerutdanningene.",
     "4 rådsmøter; forslaget vedtatt i november", "Utdanningene svarer bedre på behovene i arbeidslivet", "1.4",
     "M03", RAD),
    ("Norsk Sykepleierforbund", "OsloMet, Spekter", "RSA ved OsloMet",
     "Sykepleierforbundet har arbeidstakerplassen i OsloMets råd for samarbeid med arbeidslivet.",
     "3 møter; innspill til ny bachelorplan", "Tettere samarbeid mellom utdanning og arbeidsliv", "1.4", "M06",
     RAD),
    ("Unio sentralt", "KS, Spekter, Fafo", "Kompetansebarometeret for offentlig sektor",
     "Unio var med på å utforme spørsmålene og bidro med svar fra 3 200 tillitsvalgte.",
     "Rapport lagt fram i oktober", "Bedre kunnskap om læring på arbeidsplassen", "2.2", "J05", FOU),
    ("Utdanningsforbundet", "Høgskulen på Vestlandet",
     "Videreutdanning i veiledning for praksislærere i barnehagen",
     "Emne på 15 studiepoeng for barnehagelærere som tar imot studenter i praksis.",
     "94 studenter, 81 fullførte", "Utdanningene svarer bedre på behovene i arbeidslivet", "1.4", None, KURS),
    ("Unio sentralt", "", "Unios EVU-dag 2080",
     "Dagskonferanse i Oslo om rett til etter- og videreutdanning i offentlig sektor.",
     "260 deltakere, 1 400 så strømmingen", "Koble kompetansebehov og tilbud om etter- og videreutdanning", "2.4",
     None, ARR),
]


def build(out) -> list[dict]:
    d = base_docx(size=9.5, landscape=True, margins_cm=1.6)
    d.add_heading("Endringslogikk – Unios kompetansepolitiske arbeid 2080", level=1)
    d.add_paragraph("Tabellen leses fra venstre mot høyre: hvem som står bak, hva vi gjorde, hva det ga i 2080, og "
                    "hvilken effekt i Nasjonal kompetansepolitisk strategi vi vil bidra til.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Innsats (hvem) →", "Aktivitet 2080 →", "Resultater 2080 →",
                                      "Ønsket effekt (strategien)"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FCE4D6")
    rows = []
    for ans, med, name, sent, res, eff, dm, seed, ty in ITEMS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [("Ansvar: ", "b"), (ans, "")])
        if med:
            add_runs(cells[0].add_paragraph(), [("Med: ", "b"), (med, "")])
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        cells[1].add_paragraph(sent)
        cells[2].text = res
        cells[3].text = eff
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, sent))
    cells = t.add_row().cells
    merged = cells[0].merge(cells[3])
    set_cell_shading(merged, "EDEDED")
    add_runs(merged.paragraphs[0], [("Ikke med i 2080: ", "b"),
                                    ("Forskerforbundets seniorundersøkelse (gjennomført 2079, rapportert i fjor) · "
                                     "Mentorordning for nyutdannede sykepleiere (oppstart 2081)", "i")])
    set_col_widths(t, [5.2, 9.4, 5.6, 6.2])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Unio, 14. januar 2081 – kontakt: Unio-sekretariatet, kompetanse@unio.example")
    save_docx(d, out / FILENAME, "Unio")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
