"""LO: an ordinary Word table where the goal column quotes the opening words of the strategy's own delmål text
(«Samarbeide om å synliggjøre og utvikle karrieremulighetene …») with no code, so the clerk must recognise the delmål
from its wording. LO's column names (Tiltak / Hva skjedde i 2089 / Hvilket mål i strategien? / Form / Hvem i
LO-familien / Sammen med) and kind words (Plass i utvalg, Prosjektdeltakelse, Tillitsvalgtkurs, Konferanse). The KBU
seat is named by LO's place. The trap is a regional version of the joint project that LO Trøndelag runs alone, right
under it. A row for a course planned for next spring is not a 2089 measure."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, simple_table

FILENAME = "LO rapport KPR 2089.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table whose goal column quotes the opening words of the strategy's delmål text, ending in «…», "
         "with no code («Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …»); header Tiltak / "
         "Hva skjedde i 2089 / Hvilket mål i strategien? / Form / Hvem i LO-familien / Sammen med; LO's kind words "
         "(Plass i utvalg, Prosjektdeltakelse, Tillitsvalgtkurs, Konferanse); partners joined with «og»; the KBU "
         "seat named «LO-plassen i Kompetansebehovsutvalget»; a regional version of the joint project right under "
         "it; a row for a course that starts next spring")
NOT_TRUTH = ("the title and intro, the header, the Hvilket mål and Form cells, the row 'Nettkurs om KI for "
             "tillitsvalgte' (starts in the spring of 2090), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

S11 = "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter …"
S25 = "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …"
S22 = "Styrke kunnskapsgrunnlaget om læring i arbeidslivet …"
S23 = "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker …"
S21 = "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken …"

# name, text, strategy words, form, hvem, sammen med (as written), partners (list), seed, dm, type
ROWS = [
    ("LO-plassen i Kompetansebehovsutvalget",
     "LOs sjeføkonom har sittet i utvalget også i den nye perioden. Vi fikk gjennomslag for at rapporten om helse "
     "og omsorg skulle ta med behovet for fagarbeidere i hjemmetjenesten.", S11, "Plass i utvalg",
     "LO Samfunnspolitisk avdeling", "", "", "M02", "1.1", RAD),
    ("Helsefagarbeider nå",
     "Fagforbundet har rekruttert deltakere blant assistenter på sykehjem og i hjemmetjenesten. 380 var med i 2089, "
     "og 150 besto fagprøven i helsearbeiderfaget.", S25, "Prosjektdeltakelse", "Fagforbundet",
     "KS og Spekter", "KS, Spekter", "J02", "2.5", PROSJEKT),
    ("Helsefagarbeider nå – Trøndelag",
     "LO Trøndelag har laget en egen variant for private omsorgsbedrifter i regionen, med lesesirkler og "
     "fagprøvekurs. Den trønderske varianten er LO Trøndelags egen og er ikke en del av det nasjonale prosjektet.",
     S25, "Prosjektdeltakelse", "LO Trøndelag", "Trøndelag fylkeskommune og NHO Geneo",
     "Trøndelag fylkeskommune, NHO Geneo", None, "2.5", PROSJEKT),
    ("Tillitsvalgtkurs i kompetanseplanlegging",
     "Tre kurs for tillitsvalgte om hvordan de kan kreve og følge opp kompetanseplaner i egen virksomhet. 95 "
     "deltakere. Kursene bygger på Fafos nye tall for læring på jobb.", S22, "Tillitsvalgtkurs",
     "LO Utdanning", "AOF Norge og Fafo", "AOF Norge, Fafo", None, "2.2", KURS),
    ("Yrkesfagkonferansen i Bergen",
     "Konferanse for rådgivere, lærere og tillitsvalgte om karriereveier etter fagbrev. 210 deltakere.", S23,
     "Konferanse", "LO i Vestland", "Vestland fylkeskommune", "Vestland fylkeskommune", None, "2.3", ARR),
    ("Nettkurs om KI for tillitsvalgte",
     "Kurset er under utvikling og starter våren 2090.", S21, "Tillitsvalgtkurs", "LO Utdanning", "AOF Norge", "",
     "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Sans", size=9.5, margins_cm=1.7)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("LO – rapportering til Kompetansepolitisk råd for 2089", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Under følger tiltakene LO og forbundene har gjennomført i 2089. I kolonnen om mål har vi sitert "
                    "begynnelsen på målet slik det står i strategien.")
    rows = []
    trs = []
    for name, txt, strat, form, hvem, med, partners, seed, dm, ty in ROWS:
        trs.append([name, txt, strat, form, hvem, med])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, partners, txt))
    simple_table(d, ["Tiltak", "Hva skjedde i 2089", "Hvilket mål i strategien?", "Form", "Hvem i LO-familien",
                     "Sammen med"], trs, [4.6, 8.6, 5.2, 2.6, 2.9, 2.4], fill="FCE4D6")
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen LO Utdanning, 15. januar 2090")
    save_docx(d, out / FILENAME, "LO Utdanning")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
