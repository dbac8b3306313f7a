"""Unio: a Word report whose measures are a numbered list (Word's List Number style, numbering from numbering.xml,
not typed), each item the bold name, followed by three indented lines «Hva:», «Hvorfor:» and «Hvem:». The goal is
in Unio's words under «Hvorfor:» (once with the code in brackets); no kind anywhere, so the type is read from the
text; the responsible union and the partners in one sentence under «Hvem:». A course told to start again next
autumn."""
from __future__ import annotations

from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Unio – rapport om kompetansetiltak 2087.docx"
MEMBER = "Unio"
FORMAT = "DOCX (python-docx), Word's List Number paragraphs with indented label paragraphs, zip normalised"
SHAPE = ("numbered list report: title, intro, each measure a List Number item with the bold name, then indented "
         "paragraphs «Hva: …» (the description), «Hvorfor: …» (the goal in Unio's words, once «(1.1)» added) and "
         "«Hvem: Utdanningsforbundet leder arbeidet, sammen med X og Y.»; no kind given; an item that starts again "
         "next autumn; a contact line")
NOT_TRUTH = ("the title and intro, the labels, the «Hvorfor:» text, the words around the names in «Hvem:», item 7 "
             "'Lederkurs for tillitsvalgte i barnehagen' (last class ended before Christmas last year, next start "
             "next autumn), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, hva, hvorfor, lead, partners, seed, dm, type
ITEMS = [
    ("Unios plass i Kompetansebehovsutvalget",
     "Unio deltok i utvalgets fem møter og bidro til kapitlet om lærer- og sykepleiermangel i hovedrapporten.",
     "bedre kunnskap om hvilken kompetanse samfunnet trenger (1.1)", "Unio-sekretariatet", [], "M02", "1.1", RAD),
    ("Observatør i UHR-Lærerutdanning",
     "Utdanningsforbundet har en observatørplass i UHRs strategiske enhet for lærerutdanningene og deltok i arbeidet "
     "med praksis i de nye femårige lærerutdanningene.",
     "lærerutdanninger som er tett på skolene og barnehagene", "Utdanningsforbundet", [], "M03", "1.4", RAD),
    ("Digital grunnmur",
     "Nettkurset i grunnleggende digital kompetanse og informasjonssikkerhet ble gjort tilgjengelig for alle "
     "Unio-forbundenes medlemmer. 5 200 medlemmer fullførte kurset i 2087.",
     "at alle arbeidstakere henger med i den digitale utviklingen", "Forskerforbundet",
     ["YS", "HK-dir"], "J05", "2.1", KURS),
    ("Mentorordning for nyutdannede sykepleiere",
     "Nyutdannede sykepleiere på sju sykehus fikk en erfaren kollega som mentor det første året. Ordningen ble "
     "prøvd ut på ni avdelinger og skal evalueres neste år.",
     "samarbeid mellom utdanningene og arbeidslivet", "Norsk Sykepleierforbund",
     ["Spekter", "Helse Sør-Øst RHF"], None, "1.4", PROSJEKT),
    ("Kartlegging av etter- og videreutdanning i politiet",
     "En spørreundersøkelse blant 4 000 polititjenestemenn om hvilken videreutdanning de har tatt, og hva som "
     "hindrer dem. Rapporten kom i november.",
     "mer kunnskap om læring i arbeidslivet", "Politiets Fellesforbund", ["Politihøgskolen"], None, "2.2", FOU),
    ("Fagdag om rehabilitering i kommunene",
     "Fagdagen samlet 320 fysioterapeuter og ergoterapeuter i Bergen i september, med vekt på ny kunnskap og "
     "videreutdanningstilbud.",
     "etter- og videreutdanning som svarer på behovene i tjenestene", "Norsk Fysioterapeutforbund",
     ["Ergoterapeutene", "Høgskulen på Vestlandet"], None, "2.4", ARR),
    ("Lederkurs for tillitsvalgte i barnehagen",
     "Siste kull ble avsluttet før jul i fjor. Kurset starter igjen til høsten neste år.",
     "etter- og videreutdanning som svarer på behovene i tjenestene", "Utdanningsforbundet", [], "", "", None),
]


def _and(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def _label(d, label, text):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(2)
    add_runs(p, [(label + " ", "i"), (text, "")])


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11)
    t = d.add_paragraph()
    add_runs(t, [("Unios kompetansetiltak i 2087", "b")])
    t.runs[0].font.size = Pt(17)
    d.add_paragraph("Unio rapporterer her hva Unio og forbundene har gjort i 2087 for å følge opp Nasjonal "
                    "kompetansepolitisk strategi.")
    rows = []
    for name, hva, hvorfor, lead, partners, seed, dm, ty in ITEMS:
        p = d.add_paragraph(style="List Number")
        add_runs(p, [(name, "b")])
        _label(d, "Hva:", hva)
        _label(d, "Hvorfor:", hvorfor[0].upper() + hvorfor[1:] + ".")
        who = f"{lead} leder arbeidet"
        who += f", sammen med {_and(partners)}." if partners else "."
        _label(d, "Hvem:", who)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, lead, ", ".join(partners), hva))
    d.add_paragraph()
    d.add_paragraph("Kontakt: Sigrid Lunde Eide, rådgiver i Unio, 15. januar 2088.")
    save_docx(d, out / FILENAME, "Sigrid Lunde Eide")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
