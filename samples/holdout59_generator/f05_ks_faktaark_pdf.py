"""KS: a set of fact sheets («faktaark»), one page per measure, as KS publishes them: a small running label
«Faktaark n av 6», the name as heading, a shaded «Kort fortalt» box (the description), a «Fakta» key/value table
(Strategimål, Type tiltak, Ansvarlig i KS, Samarbeidspartnere, Periode) and a «Hva skjedde i 2079» paragraph with a
contact line. A cover page lists the sheets; a last page «Andre saker» names a finished 2078 and a planned 2080
measure. Word document exported to PDF by LibreOffice, page breaks between the sheets."""
from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt, RGBColor

from .common import INFO, PROSJEKT, RAD, docx_to_pdf, pdf_text_with_cells, row, set_col_widths, set_cell_shading

FILENAME = "KS faktaark kompetansetiltak 2079.pdf"
MEMBER = "KS"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with page breaks; dates and /ID fixed"
SHAPE = ("fact sheets, one page per measure: label «Faktaark n av 6», the name as heading, a shaded one-cell box "
         "«Kort fortalt» (the description), a two-column «Fakta» table (Strategimål «1.2 Regional samordning» / "
         "Type tiltak in KS's words / Ansvarlig i KS / Samarbeidspartnere / Periode, e.g. «2078–2080»), a «Hva "
         "skjedde i 2079» paragraph and a contact line; a cover page listing the sheets and a last page «Andre "
         "saker» with a 2078 and a 2080 item")
NOT_TRUTH = ("the cover page (title and the list of the six sheets), the «Faktaark n av 6» labels, the headings "
             "«Kort fortalt», «Fakta» and «Hva skjedde i 2079» and their paragraphs, the Periode cells, the contact "
             "lines, the last page «Andre saker» (Lederprogram for oppvekstsektoren – avsluttet 2078; Digital "
             "læringsplattform for kommunale lærlinger – planlagt 2080)")

# name, kort, dm code, dm label, type word, ansvarlig, partners, periode, hva, seed, type
SHEETS = [
    ("KS i Samarbeidsrådet for yrkesopplæring", "KS representerer kommunesektoren som arbeidsgiver og "
     "skoleeier i SRY og la i 2079 særlig vekt på læreplasser i helse- og oppvekstfag.", "2.3",
     "2.3 Karrieremuligheter i yrkesfag", "Råd og utvalg", "KS Arbeidsgiverpolitikk", "LO, NHO, Unio, YS",
     "Løpende", "Rådet hadde seks møter. KS fremmet forslag om en egen lærlingstrategi for kommunene.", "M01", RAD),
    ("Nasjonalt fagskoleråd – KS' plass", "KS deltar i Nasjonalt fagskoleråd og bidrar med kommunenes behov "
     "for fagskoleutdannede i helse og teknikk.", "1.4", "1.4 Samarbeid mellom utdanning og arbeidsliv",
     "Råd og utvalg", "KS Kommuneutvikling", "Fagskolerådet, NHO, YS", "Løpende",
     "Rådet behandlet blant annet finansiering av fagskoletilbud i distriktene.", "M05", RAD),
    ("Læreplassgarantien i kommunesektoren", "Kommunene har forpliktet seg til å ta inn flere lærlinger, slik "
     "at alle kvalifiserte søkere skal få læreplass.", "2.3", "2.3 Karrieremuligheter i yrkesfag",
     "Utviklingsarbeid", "KS Arbeidsgiverpolitikk", "LO, fylkeskommunene", "2078–2080",
     "280 kommuner har sluttet seg til garantien; antall lærlinger i kommunene økte med 9 prosent.", "J01",
     PROSJEKT),
    ("Læreplassgarantien – fase 2 i Innlandet", "En ny fase der Innlandets kommuner prøver ut felles "
     "lærlingkontor og delte læreplasser mellom små kommuner.", "2.3", "2.3 Karrieremuligheter i yrkesfag",
     "Utviklingsarbeid", "KS Innlandet", "Innlandet fylkeskommune", "2079–2081",
     "Tolv kommuner startet opp i august; første rapport kommer høsten 2080.", None, PROSJEKT),
    ("Kompetanseplanleggeren – digitalt verktøy for kommuner", "Et nettbasert verktøy som hjelper kommunene å "
     "lage og følge opp strategiske kompetanseplaner.", "2.4", "2.4 Koble kompetansebehov og tilbud",
     "Digitalt verktøy", "KS Kommuneutvikling", "", "2079",
     "Verktøyet ble lansert i april og er tatt i bruk av 140 kommuner.", None, INFO),
    ("Nettverk for heltid og kompetanse i omsorg", "Et læringsnettverk for kommuner som vil bruke kompetanse og "
     "opplæring for å skape flere hele stillinger i omsorgstjenestene.", "3.3",
     "3.3 Arbeidslivet som læringsarena", "Læringsnettverk", "KS Arbeidsgiverpolitikk",
     "Fagforbundet, NSF", "2079–2080", "22 kommuner deltok i fire samlinger.", None, RAD),
]


def _box(d, text, fill):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = text
    set_cell_shading(c, fill)
    return t


def build(out) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.footer.paragraphs[0].text = "KS – Kommunesektorens organisasjon · ks.no"
    d.add_heading("Faktaark: KS' tiltak i kompetansepolitikken 2079", level=0)
    d.add_paragraph("Rapportering til Kompetansepolitisk råd. Hvert faktaark beskriver ett tiltak.")
    for i, s in enumerate(SHEETS, 1):
        d.add_paragraph(f"{i}. {s[0]}")
    rows = []
    for i, (name, kort, code, label, tw, ansv, med, periode, hva, seed, ty) in enumerate(SHEETS, 1):
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        lab = d.add_paragraph()
        r = lab.add_run(f"Faktaark {i} av {len(SHEETS)}")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        d.add_heading(name, level=1)
        d.add_paragraph().add_run("Kort fortalt").bold = True
        _box(d, kort, "E7F0E4")
        d.add_paragraph()
        d.add_paragraph().add_run("Fakta").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in (("Strategimål", label), ("Type tiltak", tw), ("Ansvarlig i KS", ansv),
                     ("Samarbeidspartnere", med or "–"), ("Periode", periode)):
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(k).bold = True
            cells[1].text = v
        set_col_widths(t, [4.5, 11.5])
        d.add_paragraph()
        d.add_paragraph().add_run("Hva skjedde i 2079").bold = True
        d.add_paragraph(hva)
        d.add_paragraph("Kontakt: kompetanse@ks.no")
        rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ansv, med, kort))
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Andre saker", level=1)
    d.add_paragraph("Lederprogram for oppvekstsektoren ble avsluttet i 2078 og har derfor ikke eget faktaark.")
    d.add_paragraph("Digital læringsplattform for kommunale lærlinger er planlagt fra 2080.")
    docx_to_pdf(d, out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
