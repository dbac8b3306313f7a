"""Virke: an ordinary landscape Word table (Virkes innsats / Slik bidro vi / Strategiens delmål / Virkemiddel / Eier
i Virke / Partnere). The delmål is a code with Virke's own words («2.4 – bransjenære etter- og
videreutdanninger»); Virke's kind words (Oppnevnt medlem, Kampanje, Egen analyse, Bransjekurs). The RSA seat is
named by OsloMet's own name for its council. One partner cell only says «Se note 1»: the partners stand in the note
under the table. Virke's own analysis of the barometer data is a trap (Virke is not among the owners of the
barometer); a network wound up before last summer is outside 2086."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Virke – rapport til Kompetansepolitisk råd 2086.docx"
MEMBER = "Virke"
FORMAT = "DOCX (python-docx), landscape, one ruled table with a shaded header row and a note under it, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Virkes innsats / Slik bidro vi / Strategiens delmål / Virkemiddel "
         "/ Eier i Virke / Partnere; delmål as code with Virke's words («2.3 – synlige yrkesfag»); Virke's kind "
         "words (Oppnevnt medlem, Kampanje, Egen analyse, Bransjekurs); the RSA seat named «Strategisk råd for "
         "samarbeid med arbeidslivet ved OsloMet»; one partner cell «Se note 1» with the partners in the note under "
         "the table; a network wound up before last summer")
NOT_TRUTH = ("the title and intro, the header, the Strategiens delmål and Virkemiddel cells, the words «Se note 1», "
             "the label «Note 1:», the row 'Ledernettverk for ideelle barnehager' (wound up before the summer of "
             "the previous year), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

NOTE = ("Note 1: Kampanjen ble laget sammen med YS, Vestland fylkeskommune og Utdanningsdirektoratet, som også "
        "betalte annonsene.")
ROWS = [
    ("Faglig råd for helse- og oppvekstfag",
     "Virke HUK har en av arbeidsgiverplassene i det faglige rådet under SRY. Rådet ga innspill til ny læreplan "
     "i helsearbeiderfaget.", "2.3 – synlige yrkesfag", "Oppnevnt medlem", "Virke HUK", "", "M03", RAD),
    ("Strategisk råd for samarbeid med arbeidslivet ved OsloMet",
     "Virke har en plass i OsloMets råd for samarbeid med arbeidslivet (RSA). Rådet hadde fire møter og drøftet "
     "praksis i handelsfag og ledelse.", "1.4 – utdanning i takt med arbeidslivet", "Oppnevnt medlem",
     "Utdanningspolitisk avdeling", "", "M05", RAD),
    ("Yrkesfagløftet 2086",
     "Virke laget kampanjefilmer om salgsfaget og servicefagene og hadde stands på tre utdanningsmesser. Filmene "
     "ble sett 190 000 ganger.", "2.3 – synlige yrkesfag", "Kampanje", "Virke Handel", "Se note 1", "J02", INFO),
    ("Virkes tilleggsanalyse av Kompetansebarometeret",
     "Virke har på egen hånd analysert svarene fra ansatte i handel og tjenester i barometerdataene. Virke er ikke "
     "en av eierne av barometeret, og analysen er Virkes egen.", "2.2 – kunnskap om læring i jobben",
     "Egen analyse", "Virke Analyse", "", None, FOU),
    ("Bransjekurs for frisører og hudpleiere",
     "Korte kurs i nye behandlingsmetoder og i drift av egen salong. 14 kurs med 290 deltakere.",
     "2.4 – bransjenære etter- og videreutdanninger", "Bransjekurs", "Virke Handel",
     "Frisørfagets Kompetansesenter", None, KURS),
    ("Ledernettverk for ideelle barnehager",
     "Nettverket ble avviklet før sommeren i fjor; se fjorårets rapport.", "2.4 – bransjenære etter- og "
     "videreutdanninger", "Nettverk", "Virke HUK", "", "", None),
]
PARTNERS_FROM_NOTE = {"Yrkesfagløftet 2086": "YS, Vestland fylkeskommune, Utdanningsdirektoratet"}


def build(out) -> list[dict]:
    d = base_docx(font="Segoe UI", size=9.5, margins_cm=1.7)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Virkes rapport til Kompetansepolitisk råd – 2086", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser Virkes innsats i 2086 for å følge opp Nasjonal kompetansepolitisk strategi.")
    data = [[n, desc, dm, kind, eier, med] for n, desc, dm, kind, eier, med, _s, _t in ROWS]
    docx_table(d, ["Virkes innsats", "Slik bidro vi", "Strategiens delmål", "Virkemiddel", "Eier i Virke",
                   "Partnere"], data, [5.0, 9.6, 4.0, 2.8, 2.8, 2.0], fill="E2EFDA")
    p = d.add_paragraph()
    add_runs(p, [(NOTE, "g")])
    d.add_paragraph("Oslo, 15. januar 2087\nSunniva Rognstad, fagsjef kompetanse")
    save_docx(d, out / FILENAME, "Sunniva Rognstad")
    rows = []
    for n, desc, dm, _k, eier, med, s, t in ROWS:
        if t:
            rows.append(row(FILENAME, MEMBER, n, s, dm.split()[0], t, eier, PARTNERS_FROM_NOTE.get(n, med), desc))
    return rows


def text(path) -> str:
    return docx_text_deep(path)
