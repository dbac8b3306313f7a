"""LO: an ordinary Word table with LO's own column names (Tiltak / Innhold / Strategimål / Hvilken type? / Ansvarlig
forbund eller avdeling / Med på laget) and kind words nobody used before (Rådsverv, Skolering, Utviklingsprosjekt,
Fagkonferanse, Utredning, Kampanjeaktivitet). Strategimål is written «mål 2.3». The SRY seat is named by the faglig
råd's meetings. The joint project's description runs over three paragraphs in its cell. The trap is LO's own training
of its members in the faglige råd. Two rows are outside 2085, said only in words («forrige rapporteringsår», «over
nyttår»), while a conference «holdt for andre gang; den første var i fjor» is a 2085 measure."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO – tiltak i kompetansestrategien 2085.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, a short intro, header Tiltak / Innhold / Strategimål / Hvilken type? / Ansvarlig "
         "forbund eller avdeling / Med på laget; Strategimål written «mål 2.3»; LO's kind words (Rådsverv, Skolering, "
         "Utviklingsprosjekt, Fagkonferanse, Utredning, Kampanjeaktivitet); the SRY seat named by the faglig råd's "
         "meetings («Faglig råd for transport og logistikk – rådsmøtene»); the joint project told in three paragraphs "
         "in one cell; two rows outside 2085 only by words in Innhold («forrige rapporteringsår», «over nyttår»); "
         "a signature under the table")
NOT_TRUTH = ("the title and intro, the header, the Strategimål and Hvilken type? cells, the row 'Kampanjen «Ta "
             "fagbrevet!»' (ran in the previous reporting year), the row 'Nettkurs for verneombud om ny teknologi' "
             "(starts after New Year), the place, date and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

FIB = ["Fagforbundet leder LOs del av prosjektet, som hjelper assistenter i barnehagene fram til fagbrev i barne- og "
       "ungdomsarbeiderfaget gjennom praksiskandidatordningen. Tillitsvalgte i kommunene rekrutterer deltakere og "
       "følger dem opp.",
       "I 2085 var 540 assistenter i 61 kommuner med, og 212 tok fagprøven. Deltakerne får lesesirkler på "
       "arbeidsplassen og et teorikurs på kveldstid.",
       "Prosjektet drives sammen med KS, som har ansvaret for avtalene med kommunene, og med fylkeskommunene, som "
       "står for fagprøvene."]

# name, innhold (str or paragraphs), strategimål text, type word, ansvarlig, med, seed, dm, type
ROWS = [
    ("Faglig råd for transport og logistikk – rådsmøtene",
     "Norsk Transportarbeiderforbund har LOs plass i det faglige rådet under SRY. Rådet hadde seks møter og arbeidet "
     "med ny læreplan i yrkessjåførfaget og med tiltak for flere læreplasser i logistikkfaget.",
     "mål 2.3", "Rådsverv", "Norsk Transportarbeiderforbund", "", "M01", "2.3", RAD),
    ("Kompetansebehovsutvalget – LOs representant",
     "LO har en fast plass i utvalget. I 2085 var vi særlig opptatt av at rapporten om grønn omstilling skulle få "
     "fram behovet for fagarbeidere med fagbrev i elektro og industri.",
     "mål 1.1", "Rådsverv", "Samfunnspolitisk avdeling", "", "M04", "1.1", RAD),
    ("Fagbrev i barnehagen", FIB, "mål 2.5", "Utviklingsprosjekt", "Fagforbundet", "KS, fylkeskommunene", "J02",
     "2.5", PROSJEKT),
    ("Skolering av LOs medlemmer i de faglige rådene",
     "To samlinger for de 38 representantene som LO og forbundene har i de faglige rådene, om læreplanarbeid og "
     "dimensjonering. Skoleringen er LOs egen og er ikke en del av rådenes arbeid.",
     "mål 2.3", "Skolering", "Utdanningsavdelingen", "AOF Norge", None, "2.3", KURS),
    ("Fagkonferanse om realkompetanse i staten",
     "Konferansen ble holdt for andre gang; den første var i fjor. 260 tillitsvalgte og ledere i statlige "
     "virksomheter deltok, og temaet var hvordan erfaring kan dokumenteres og gi uttelling i lønn og karriere.",
     "mål 2.5", "Fagkonferanse", "LO Stat", "HK-dir, YS Stat", None, "2.5", ARR),
    ("Utredning om retten til utdanningspermisjon",
     "Fafo har på oppdrag fra LO utredet hvordan retten til utdanningspermisjon brukes, og hvorfor så få med "
     "fagbrev søker. Utredningen ble lagt fram i september.",
     "mål 2.2", "Utredning", "Samfunnspolitisk avdeling", "Fafo", None, "2.2", FOU),
    ("Kampanjen «Ta fagbrevet!»",
     "Kampanjen gikk i forrige rapporteringsår og er tatt med her bare for sammenhengens skyld.",
     "mål 2.5", "Kampanjeaktivitet", "LO Ung", "Fellesforbundet", "", "", None),
    ("Nettkurs for verneombud om ny teknologi",
     "Oppstart er lagt til over nyttår. Kursplanen ble vedtatt i desember.",
     "mål 2.1", "Skolering", "Utdanningsavdelingen", "AOF Norge", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("LOs tiltak i kompetansestrategien – rapportering for 2085", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Tabellen viser hva LO og forbundene har gjort for å følge opp Nasjonal kompetansepolitisk "
                    "strategi. Spørsmål kan rettes til utdanningsavdelingen.")
    head = ["Tiltak", "Innhold", "Strategimål", "Hvilken type?", "Ansvarlig forbund eller avdeling", "Med på laget"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "F2DCDB")
    rows = []
    for name, desc, mal, kind, ans, med, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        paras = desc if isinstance(desc, list) else [desc]
        cells[1].paragraphs[0].add_run(paras[0])
        for para in paras[1:]:
            cells[1].add_paragraph(para)
        for c, v in zip(cells[2:], [mal, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, " ".join(paras)))
    set_col_widths(t, [5.0, 10.6, 2.0, 2.9, 3.4, 2.2])
    d.add_paragraph()
    d.add_paragraph("Oslo, 14. januar 2086")
    d.add_paragraph("Marit Solheim Berg\nrådgiver, utdanningsavdelingen i LO")
    save_docx(d, out / FILENAME, "Marit Solheim Berg")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
