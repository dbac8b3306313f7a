"""LO: an ordinary Word table in which the first column carries the measure name with the responsible union or LO
department in brackets after it («Kompetansebehovsutvalget (LO sentralt)»): the clerk types the name without the
brackets and the bracket as ansvarlig. LO's kind words are Representasjon, Partsprosjekt, Konferanse,
Tillitsvalgtopplæring; the delmål a code with LO's own short label («1.1 Kompetansebehov»). A conference held for the
third time (the first two years ago) is a 2086 measure; a study trip postponed to next summer is not."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "LO_rapport_kompetansetiltak_2086.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Tiltak (ansvarlig) / Dette gjorde vi / Delmål / Arbeidsform / "
         "Sammen med; the responsible union or department in brackets after each measure name; delmål as a code "
         "with LO's short label («2.3 Yrkesfag»); LO's kind words (Representasjon, Partsprosjekt, Konferanse, "
         "Tillitsvalgtopplæring); a conference «arrangert for tredje gang» that is a 2086 measure; a row postponed "
         "to next summer; a contact line")
NOT_TRUTH = ("the title and intro, the header, the Delmål and Arbeidsform cells, the brackets after the names (they "
             "give the responsible), the row 'Studietur til Danmark om voksnes læring (LO Ung)' (postponed until "
             "after the summer holiday next year), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Kompetansebehovsutvalget", "LO sentralt",
     "LOs representant i utvalget fikk gjennomslag for at årets hovedrapport skulle ha et eget kapittel om "
     "seniorer med fagbrev.", "1.1 Kompetansebehov", "Representasjon", "", "M02", RAD),
    ("Faglig råd for bygg- og anleggsteknikk", "Fellesforbundet",
     "Fellesforbundet har tre av arbeidstakerplassene i det faglige rådet under SRY. Rådet hadde sju møter og la "
     "fram forslag til ny tilbudsstruktur for anleggsfagene.", "2.3 Yrkesfag", "Representasjon", "", "M03", RAD),
    ("Karriereveiledning på arbeidsplassen (KPA)", "LO Stat",
     "LO Stat har sammen med NHO og Kompetanseforbundet prøvd ut karriereveiledning i arbeidstiden i ti statlige "
     "og private virksomheter. 640 ansatte fikk minst én samtale.", "1.3 Karriereveiledning", "Partsprosjekt",
     "NHO, Kompetanseforbundet", "J01", PROSJEKT),
    ("Fagkonferansen «Tariff og kompetanse»", "Handel og Kontor",
     "Arrangert for tredje gang, etter at den første konferansen ble holdt for to år siden. 310 tillitsvalgte "
     "deltok, og temaet var kompetanseplaner i tariffavtalene.", "2.4 Etter- og videreutdanning", "Konferanse",
     "Virke, NHO Service og Handel", None, ARR),
    ("Kurs i kompetanseplanlegging for tillitsvalgte", "Fagforbundet",
     "Todagers kurs om hvordan tillitsvalgte kan være med på å lage kompetanseplaner i kommunene. 22 kurs med 540 "
     "deltakere.", "2.4 Etter- og videreutdanning", "Tillitsvalgtopplæring", "AOF Norge", None, KURS),
    ("Seniornettverket i El og IT Forbundet", "El og IT Forbundet",
     "Nettverk for tillitsvalgte som arbeider med at eldre elektrikere skal få etterutdanning i ny teknologi. "
     "Nettverket hadde fire digitale samlinger.", "2.1 Digital kompetanse", "Nettverk", "Nelfo", None, RAD),
    ("Studietur til Danmark om voksnes læring", "LO Ung",
     "Utsatt til etter sommerferien neste år på grunn av få påmeldte.", "3.6 Læringsmotivasjon", "Konferanse", "",
     "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("LO – rapport om tiltak i kompetansepolitikken 2086", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Her er LOs og forbundenes tiltak i 2086. Den som har ansvaret, står i parentes etter navnet på "
                    "tiltaket. Kolonnen «Sammen med» viser eksterne samarbeidspartnere.")
    data = [[f"{n} ({a})", desc, dm, kind, med] for n, a, desc, dm, kind, med, _s, _t in ROWS]
    docx_table(d, ["Tiltak (ansvarlig)", "Dette gjorde vi", "Delmål", "Arbeidsform", "Sammen med"], data,
               [4.2, 6.6, 2.4, 2.4, 2.4], fill="FBE4D5", size=9)
    d.add_paragraph()
    d.add_paragraph("Kontakt: Jørn-Are Myrvang, rådgiver i LOs avdeling for samfunnspolitikk, 23 06 10 00.")
    save_docx(d, out / FILENAME, "Jørn-Are Myrvang")
    return [row(FILENAME, MEMBER, n, s, dm.split()[0], t, a, med, desc)
            for n, a, desc, dm, _k, med, s, t in ROWS if t]


def text(path) -> str:
    return docx_text_deep(path)
