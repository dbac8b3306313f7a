"""Unio: an ordinary Word report with one Heading 2 per union (Unio-sekretariatet, Utdanningsforbundet, Norsk
Sykepleierforbund, Forskerforbundet, Politiets Fellesforbund) – the heading is the responsible – and Word's numbered
list under each, the numbering running on across the headings (1–7). Each item: bold name, an en dash, the
description, and a bracketed tail «[Strategipunkt 2.4 · Opplæringsprogram · Med: KS og Fagskolerådet]» with Unio's
kind words (Rådsarbeid, Notat, Opplæringsprogram, Undersøkelse, Etterutdanning, Konferanse). The KBU seat and Unio's
own note to KBU stand side by side; a conference not held this year is an item like the others."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Unio – innrapportering av tiltak 2090.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), Heading 2 per union and List Number paragraphs numbered on across the headings, zip normalised"
SHAPE = ("ordinary Word report: title, intro, one Heading 2 per union (the responsible), Word's numbered list under "
         "each with the numbers running on from one union to the next; each item bold name – description [Strategipunkt "
         "x.y · kind · Med: …] with Unio's kind words (Rådsarbeid, Notat, Opplæringsprogram, Undersøkelse, "
         "Etterutdanning, Konferanse) and partners joined by «og»; the KBU seat and Unio's own note to KBU as "
         "neighbouring items; an item for a conference not held this year")
NOT_TRUTH = ("the title, intro and union headings, the bracketed tails' labels, Strategipunkt and kind values, the item "
             "'Lærerløftet-konferansen' (not held this year: the last one last year, the next in the autumn of next "
             "year), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (union, [(name, text, code, kind, med as written, partners truth, seed, type)])
UNIONS = [
    ("Unio-sekretariatet", [
        ("Kompetansebehovsutvalget – arbeidet med hovedrapporten",
         "Unio har én plass i utvalget og var med på å skrive hovedrapporten som kom i juni. Vi fikk inn et eget "
         "kapittel om behovet for lærere og sykepleiere i distriktene.", "1.1", "Rådsarbeid", "", "", "M03", RAD),
        ("Innspillsnotat til KBU om lærer- og sykepleiermangel",
         "Før utvalget startet arbeidet med hovedrapporten, sendte Unio et eget notat med tall fra forbundenes "
         "medlemsregistre. Notatet er Unios eget innspill og er ikke en del av utvalgets rapport.", "1.1", "Notat", "",
         "", None, FOU),
    ]),
    ("Utdanningsforbundet", [
        ("Arbeidslivsrepresentant i UHR-Lærerutdanning",
         "Utdanningsforbundet har arbeidslivets plass i styringsgruppen i UHR-Lærerutdanning. I 2090 var "
         "praksisopplæringen og veiledning av nyutdannede lærere hovedsaker.", "1.4", "Rådsarbeid", "", "", "M06",
         RAD),
        ("Lærerløftet-konferansen",
         "Konferansen ble ikke holdt i år. Den forrige var i fjor, og den neste er planlagt til høsten neste år.",
         "2.4", "Konferanse", "KS", "", "", None),
    ]),
    ("Norsk Sykepleierforbund", [
        ("Kompetanseløft i omsorg – sykepleiernes veiledningsdel",
         "Sykepleiere i kommunene veileder deltakerne i programmet mellom modulene. NSF har laget opplegget for "
         "veilederne og holdt fire veiledersamlinger med til sammen 320 sykepleiere.", "2.4", "Opplæringsprogram",
         "KS og Fagskolerådet", "KS, Fagskolerådet", "J04", KURS),
    ]),
    ("Forskerforbundet", [
        ("Undersøkelse om midlertidighet og kompetanseutvikling i akademia",
         "Spørreundersøkelse til 3 900 medlemmer om hvor mye midlertidig ansatte får av kompetanseutvikling. "
         "Resultatene ble lagt fram i oktober.", "2.2", "Undersøkelse", "NIFU", "NIFU", None, FOU),
    ]),
    ("Politiets Fellesforbund", [
        ("Etterutdanning i digital etterforskning for sivilt ansatte",
         "Nytt etterutdanningstilbud på 15 studiepoeng for sivilt ansatte i politiet. 75 tok tilbudet i 2090.", "2.1",
         "Etterutdanning", "Politihøgskolen", "Politihøgskolen", None, KURS),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Unios innrapportering til Kompetansepolitisk råd – tiltak i 2090", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Unio rapporterer her tiltakene sekretariatet og forbundene har gjennomført i 2090. Under hvert "
                    "forbund står tiltakene forbundet har ansvaret for. I klammen bak hvert tiltak står punktet i "
                    "strategien, hva slags tiltak det er og hvem vi har samarbeidet med.")
    rows = []
    for union, items in UNIONS:
        d.add_heading(union, level=2)
        for name, txt, code, kind, med, partners, seed, ty in items:
            p = d.add_paragraph(style="List Number")
            tail = f" [Strategipunkt {code} · {kind}" + (f" · Med: {med}]" if med else "]")
            add_runs(p, [(name, "b"), (" – " + txt, ""), (tail, "")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, code, ty, union, partners, txt))
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Unio – Ingrid Marstein, seniorrådgiver")
    save_docx(d, out / FILENAME, "Ingrid Marstein")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
