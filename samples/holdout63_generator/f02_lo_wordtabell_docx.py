"""LO: an ordinary Word table as the department writes it. The column for the strategy holds LO's own short words
for what a measure is about («Yrkesfag og læreplasser»), never the delmål's code or title. The council seat is named
by the faglig råd LO's union sits in. Two rows are not 2083 measures, and only their text says so: a network
«avsluttet i fjor» and a conference that «planlegges til våren neste år». A third row says it «videreføres neste
år» but ran through 2083 and is a measure."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "LO – tiltak til Kompetansepolitisk råd 2083.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, an intro paragraph, header Tiltak / Knytning til strategien / Form / Hvem i LO / "
         "Sammen med / Hva skjedde i 2083; «Knytning til strategien» holds LO's own topic words («Yrkesfag og "
         "læreplasser», «Kunnskap om læring på jobben»), no delmål codes; LO's form words (Rådsplass, Forumsplass, "
         "Analyse, Skolering, Kampanje, Kursrekke); the SRY seat named by the faglig råd; two rows are outside 2083 "
         "only by words in the last column («avsluttet i fjor», «planlegges til våren neste år»); a «Merknader» "
         "paragraph under the table")
NOT_TRUTH = ("the title and intro, the header, the Knytning and Form cells, the row 'Nettverk for "
             "læreplassformidlere' (avsluttet i fjor), the row 'Konferanse om grønn omstilling og fagbrev' "
             "(planlegges til våren neste år), the «Merknader» paragraph (an input to a white paper, not a measure), "
             "the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, topic words, form, hvem, med, text, seed, dm, type (None = not a truth row)
ROWS = [
    ("Faglig råd for elektro og datateknologi", "Yrkesfag og læreplasser", "Rådsplass", "EL og IT Forbundet", "",
     "EL og IT Forbundet har LOs plass i det faglige rådet under SRY. Rådet fikk gjennomslag for en ny læreplan i "
     "automatiseringsfaget og la fram en tilstandsrapport om lærlingmangelen i elektrofagene.", "M02", "2.3", RAD),
    ("Skolering av LO-medlemmer i de faglige rådene", "Yrkesfag og læreplasser", "Skolering",
     "Utdanningsavdelingen", "AOF Norge",
     "To samlinger for LOs medlemmer i SRY og de faglige rådene om læreplanarbeid og lærlingtilskudd. Skoleringen "
     "er LOs egen og er ikke en del av rådenes arbeid.", None, "2.3", KURS),
    ("Nettverk for læreplassformidlere", "Yrkesfag og læreplasser", "Nettverk", "LO Stat", "",
     "Nettverket ble avsluttet i fjor etter tre år. Sluttrapporten ligger på lo.no.", "", "", None),
    ("LO i Nasjonalt forum for karriereveiledning", "Karriereveiledning for alle", "Forumsplass",
     "Utdanningsavdelingen", "",
     "LO deltok på forumets tre møter og arbeidet for at karriereveiledning skal bli lettere tilgjengelig for "
     "arbeidstakere uten høyere utdanning.", "M01", "1.3", RAD),
    ("Omstillingsbarometeret", "Kunnskap om læring på jobben", "Analyse", "Samfunnspolitisk avdeling",
     "NHO, YS, Fafo",
     "Felles spørreundersøkelse med NHO og YS blant 9 000 arbeidstakere og 3 500 bedrifter om omstilling og "
     "kompetansebehov. Fafo gjennomførte undersøkelsen; LO har ansvaret for arbeidstakerdelen.", "J02", "2.2", FOU),
    ("Fagbrev i voksen alder", "Videregående opplæring for voksne", "Kampanje", "LO i Innlandet",
     "Innlandet fylkeskommune, Karrieresenteret Innlandet",
     "Kampanje i sosiale medier og på arbeidsplasser i Innlandet for voksne som vil ta fagbrev. Kampanjen nådde "
     "rundt 31 000 personer og videreføres neste år.", None, "3.1", INFO),
    ("Kompetanseplaner på arbeidsplassen – kursrekke for tillitsvalgte", "Etter- og videreutdanning i bedriftene",
     "Kursrekke", "Utdanningsavdelingen", "AOF Norge, Fagforbundet",
     "Fire todagerskurs for tillitsvalgte som skal forhandle fram kompetanseplaner i egen virksomhet; 260 "
     "deltakere fra 14 forbund.", None, "2.4", KURS),
    ("Konferanse om grønn omstilling og fagbrev", "Yrkesfag og læreplasser", "Konferanse",
     "Samfunnspolitisk avdeling", "Fellesforbundet",
     "Planlegges til våren neste år. Programmet er ikke klart.", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("LOs tiltak i 2083 – rapport til Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser det LO og forbundene har gjort for å følge opp Nasjonal kompetansepolitisk "
                    "strategi i 2083. Vi har tatt med noen tiltak fra tidligere år og planer for neste år for "
                    "sammenhengens skyld.")
    head = ["Tiltak", "Knytning til strategien", "Form", "Hvem i LO", "Sammen med", "Hva skjedde i 2083"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "F2DCDB")
    rows = []
    for name, topic, form, hvem, med, txt, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [topic, form, hvem, med, txt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, med, txt))
    set_col_widths(t, [3.6, 2.6, 1.9, 2.4, 2.6, 4.3])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Merknader", "b")])
    d.add_paragraph("LO har i tillegg gitt skriftlig innspill til stortingsmeldingen om voksnes læring. Innspillet "
                    "er ikke tatt med som eget tiltak. Forbundenes egne kurstilbud er heller ikke med i tabellen.")
    d.add_paragraph("Oslo, 12. januar 2084")
    d.add_paragraph("Trude Vik Hansen\nrådgiver, Utdanningsavdelingen")
    save_docx(d, out / FILENAME, "Trude Vik Hansen")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
