"""11 Innlandet fylkeskommune: annual report section, Word -> PDF via LibreOffice.
Each measure is a numbered heading with a small two-column field table under
it and the description as a paragraph after the table."""
import os

import docx
from docx.shared import Cm, Pt

from .common import R, save_docx, lo_export

FILE = "11_Innlandet_fylkeskommune_arsrapport_2061.pdf"
MEMBER = "Innlandet fylkeskommune"
FORMAT = "PDF exported from Word (DOCX) by LibreOffice"
SHAPE = ("Report chapter; each measure is a heading '3.n Name' with a 2-column field table "
         "(Delmål with short text, Type, Ansvarlig, Partnere) and the description below the table; "
         "key-figure table and 'Veien videre' that are not measures")

DM_SHORT = {"1.2": "1.2 – regionalt samordningsansvar", "1.3": "1.3 – karriereveiledning",
            "1.4": "1.4 – samarbeid mellom utdanning og arbeidsliv", "3.2": "3.2 – Kompetansepluss"}

ROWS = [
    R("J06", "1.2", "Råd/utvalg/nettverk", "Kompetanseforum Innlandet",
      ansvarlig="Seksjon for kompetanse og karriere",
      partnere="NHO Innlandet; LO Innlandet; NAV Innlandet; Universitetet i Innlandet",
      beskrivelse="Fylkeskommunen leder forumet, som samler partene i arbeidslivet, NAV og "
                  "utdanningstilbyderne fire ganger i året. I 2061 vedtok forumet en ny regional "
                  "kompetansestrategi for perioden 2062–2065."),
    R("M06", "1.3", "Råd/utvalg/nettverk", "Deltakelse i NFK",
      ansvarlig="Karrieresenteret Innlandet",
      beskrivelse="Fylkeskommunen representerer karrieresentrene i Innlandet i Nasjonalt forum for "
                  "karriereveiledning (NFK) og har i 2061 ledet forumets arbeidsgruppe om veiledning for "
                  "voksne i arbeid."),
    R("U19", "1.3", "Prosjekt", "Digital karriereveiledning ved Karrieresenteret Innlandet",
      ansvarlig="Karrieresenteret Innlandet",
      beskrivelse="Prosjekt som utvikler chat- og videoveiledning for voksne i distriktene. 1 450 "
                  "veiledningssamtaler ble gjennomført digitalt i 2061."),
    R("M02", "1.4", "Råd/utvalg/nettverk", "Representasjon i RSA ved Universitetet i Innlandet",
      ansvarlig="Fylkesdirektøren", partnere="Universitetet i Innlandet",
      beskrivelse="Fylkesdirektøren er fast medlem av universitetets råd for samarbeid med arbeidslivet "
                  "og har bidratt til nye studietilbud i helse og teknologi."),
    R("J05", "3.2", "Prosjekt", "Forsøket Kompetansepluss Fag",
      ansvarlig="Seksjon for kompetanse og karriere", partnere="Kompetanse Norge; KS; VOFO",
      beskrivelse="Innlandet er forsøksfylke. Deltakerne tar kurs i grunnleggende ferdigheter og går "
                  "videre mot fagbrev som praksiskandidat. 48 deltakere fra seks kommuner."),
]


def _field_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
        cells[0].width, cells[1].width = Cm(3.5), Cm(12.5)
    return t


def build(outdir, tmpdir):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph("Innlandet fylkeskommune").runs[0].bold = True
    d.add_heading("Årsrapport 2061 – kapittel 3: Kompetanse og karriere", 0)
    d.add_paragraph("Kapitlet er også fylkeskommunens rapportering til Kompetansepolitisk råd. "
                    "Tiltakene er knyttet til delmålene i Nasjonal kompetansepolitisk strategi.")
    d.add_heading("Nøkkeltall", 2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Indikator", "2061"
    for k, v in (("Voksne i videregående opplæring", "2 870"), ("Veiledningssamtaler ved karrieresentrene",
                                                                 "6 940"),
                 ("Lærebedrifter i fylket", "1 312")):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    for n, r in enumerate(ROWS, 1):
        d.add_heading("3.%d %s" % (n, r["tiltak"]), 2)
        fields = [("Delmål", DM_SHORT[r["delmal"]]), ("Type", r["type"]), ("Ansvarlig", r["ansvarlig"])]
        if r["partnere"]:
            fields.append(("Partnere", ", ".join(r["partnere"].split("; "))))
        _field_table(d, fields)
        d.add_paragraph(r["beskrivelse"])
    d.add_heading("3.6 Veien videre", 2)
    d.add_paragraph("Fylkeskommunen vil i 2062 søke om å bli med i Norskløft i arbeid og styrke "
                    "samarbeidet med NHO Innlandet om læreplasser. Dette er planer for kommende år.")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    src = os.path.join(tmpdir, "11_Innlandet_fylkeskommune_arsrapport_2061.docx")
    save_docx(d, src, "Innlandet fylkeskommune", "Årsrapport 2061")
    lo_export(src, os.path.join(outdir, FILE), "pdf", tmpdir)
