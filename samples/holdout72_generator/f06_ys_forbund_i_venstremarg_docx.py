"""YS: an ordinary Word report laid out as a borderless two-column table: the narrow shaded left column names the YS
union responsible (merged down over that union's measures), the wide right column holds each measure as a bold name,
a description and a grey fact line «I strategien: …; Arbeidsform: …; Med: …» with the goal paraphrased. The SRY seat
is named by the faglig råd. The trap is YS's own yearly barometer, named like the joint survey. One measure is a
conference held every second year, last in 2091."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, FOU, INFO, KURS, RAD, SRY, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "YS – tiltak 2092.docx"
MEMBER = "YS"
FORMAT = ("DOCX (python-docx), portrait, a borderless two-column layout table with a shaded left column merged "
          "vertically per union, grey small-print fact lines, zip normalised")
SHAPE = ("ordinary report laid out as a borderless two-column table: the left column names the responsible union "
         "(Parat, Delta, YS sentralt, Finansforbundet), merged down over two measures for Delta and YS sentralt; the "
         "right column per measure a bold name, a description and a grey line «I strategien: <paraphrase>; "
         "Arbeidsform: <YS word>; Med: …»; YS's kind words (rådsplass, kurs, veiledningstilbud, arrangement, "
         "undersøkelse, sertifiseringsordning); the SRY seat named «Faglig råd for service og samferdsel»; a "
         "conference held every second year, last in 2091")
NOT_TRUTH = ("the title, intro and closing lines, the union names in the left column (they give the responsible), the "
             "«I strategien» and «Arbeidsform» parts of the grey lines and their labels, the «Med: –» values, the "
             "measure 'Kompetansekonferanse for YS-forbundene' (held every second year, last in 2091)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# union, items: name, text, strategien, arbeidsform, med (text), partners (truth), seed, delmål, type
UNIONS = [
    ("Parat", [
        ("Faglig råd for service og samferdsel",
         "Parat har YS' plass i det faglige rådet for service og samferdsel under SRY. Rådet arbeidet i 2092 med ny "
         "struktur i salgsfaget og med dimensjonering av læreplasser i Akershus og Buskerud.",
         "flere velger yrkesfag og får læreplass", "rådsplass", "–", "", SRY, "2.3", RAD),
    ]),
    ("Delta", [
        ("DigiTV for tillitsvalgte i kommunene",
         "Delta holdt DigiTV-kurset for 460 tillitsvalgte i kommuner og fylkeskommuner. Kurset ble gitt både som "
         "heldagskurs og som nettkurs i fire deler.",
         "digital kompetanse i hele arbeidsstyrken", "kurs", "Unio", "Unio", "J02", "2.1", KURS),
        ("Karriereveiledning for medlemmer i omstilling",
         "Delta ga 380 medlemmer som står i omstilling en samtale med karriereveileder, og laget en egen "
         "veiledningsside på nett.",
         "karriereveiledning for voksne i jobb", "veiledningstilbud", "Karriere Oslo", "Karriere Oslo", None, "1.3",
         INFO),
    ]),
    ("YS sentralt", [
        ("Fagskoleuka 2092 – YS på stand",
         "YS og forbundene hadde stand og innlegg under fagskoleuka ved seks fagskoler og møtte om lag 900 "
         "besøkende.",
         "samarbeid mellom fagskolene og arbeidslivet", "arrangement", "Fagskolerådet og Virke",
         "Fagskolerådet, Virke", "J04", "1.4", ARR),
        ("YS Arbeidslivsbarometer 2092",
         "Den årlige undersøkelsen blant 3 000 arbeidstakere hadde i år et eget tema om læring på jobben. "
         "Barometeret er YS' egen undersøkelse og er ikke det samme som Læringsbarometeret.",
         "mer kunnskap om læring i arbeidslivet", "undersøkelse", "Respons Analyse", "Respons Analyse", None, "2.2",
         FOU),
        ("Kompetansekonferanse for YS-forbundene",
         "Konferansen holdes hvert annet år og ble sist arrangert i 2091.",
         "etter- og videreutdanning", "konferanse", "–", "", None, None, None),
    ]),
    ("Finansforbundet", [
        ("Bransjesertifisering i skadeforsikring",
         "Finansforbundet og Finans Norge fornyet sertifiseringsordningen for ansatte i skadeforsikring. 1 900 "
         "ansatte tok sertifiseringen i 2092.",
         "videreutdanning som bransjene etterspør", "sertifiseringsordning", "Finans Norge", "Finans Norge", None,
         "2.4", KURS),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("YS – rapportering til Kompetansepolitisk råd for 2092", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Her er tiltakene YS og YS-forbundene har gjennomført i 2092 for å følge opp Nasjonal "
                    "kompetansepolitisk strategi. Forbundet som har ansvaret står til venstre.")
    n = sum(len(items) for _u, items in UNIONS)
    t = d.add_table(rows=n, cols=2)
    rows = []
    k = 0
    for union, items in UNIONS:
        first = t.cell(k, 0)
        cell0 = first.merge(t.cell(k + len(items) - 1, 0)) if len(items) > 1 else first
        add_runs(cell0.paragraphs[0], [(union, "b")])
        set_cell_shading(cell0, "E7EEF7")
        for name, txt, strat, form, med, partners, seed, dm, ty in items:
            c = t.cell(k, 1)
            add_runs(c.paragraphs[0], [(name, "b")])
            c.add_paragraph(txt)
            fp = c.add_paragraph()
            r = fp.add_run(f"I strategien: {strat}; Arbeidsform: {form}; Med: {med}")
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x6E, 0x6E, 0x6E)
            fp.paragraph_format.space_after = Pt(8)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, union, partners, txt))
            k += 1
    set_col_widths(t, [3.8, 12.8])
    d.add_paragraph()
    d.add_paragraph("Oslo, 15. januar 2093")
    d.add_paragraph("Eirik Sandvold, fagsjef kompetanse, YS")
    save_docx(d, out / FILENAME, "Eirik Sandvold")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
