"""12 VOFO: DOCX status report; sections are delmål headings, each measure is
one paragraph 'Bold name – description' followed by an italic meta line."""
import os

import docx
from docx.shared import Pt

from .common import R, save_docx

FILE = "12_VOFO_statusrapport_2061.docx"
MEMBER = "VOFO"
FORMAT = "DOCX (python-docx)"
SHAPE = ("Status report with one heading per delmål ('Delmål 3.2 – Kompetansepluss'); each "
         "measure is a paragraph with the name in bold, an en dash and the description, then an "
         "italic line 'Type · Ansvar · Partnere' in VOFO's own words")

DM_HEAD = {"1.3": "Delmål 1.3 – Karriereveiledning", "3.2": "Delmål 3.2 – Kompetansepluss",
           "3.6": "Delmål 3.6 – Læring i frivillig sektor"}

# (row, type word as written)
_DATA = [
    (R("M06", "1.3", "Råd/utvalg/nettverk", "VOFO i Nasjonalt forum for karriereveiledning",
       ansvarlig="Generalsekretær",
       beskrivelse="VOFO deltar i forumet på vegne av studieforbundene og har løftet fram veiledning for "
                   "voksne som deltar i ikke-formell opplæring."), "Nettverk"),
    (R("J05", "3.2", "Prosjekt", "KP Fag",
       ansvarlig="VOFO-sekretariatet", partnere="KS; Kompetanse Norge",
       beskrivelse="KP Fag er forsøket der Kompetansepluss kobles med fagopplæring. Tre studieforbund "
                   "har gitt kurs i grunnleggende ferdigheter til deltakere i forsøkskommunene."), "Forsøk"),
    (R("U20", "3.6", "Kurs/utdanning",
       "Lær i lag – lokale studiesirkler for voksne med lite formell utdanning",
       ansvarlig="Studieforbundene", partnere="Frivillighet Norge",
       beskrivelse="Lavterskel studiesirkler i regi av lokale lag og foreninger. 210 studiesirkler med "
                   "1 900 deltakere i 2061, de fleste i distriktskommuner."), "Kurs"),
]
ROWS = [d[0] for d in _DATA]


def build(outdir, tmpdir):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("VOFO – statusrapport til Kompetansepolitisk råd 2061", 1)
    d.add_paragraph("Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for studieforbundene. "
                    "Rapporten er ordnet etter delmålene i strategien. Vi har bare tatt med tiltak der VOFO "
                    "selv har en rolle.")
    for dm in ("1.3", "3.2", "3.6"):
        d.add_heading(DM_HEAD[dm], 2)
        for r, word in _DATA:
            if r["delmal"] != dm:
                continue
            p = d.add_paragraph()
            p.add_run(r["tiltak"]).bold = True
            p.add_run(" – " + r["beskrivelse"])
            meta = [word, "Ansvar: " + r["ansvarlig"]]
            if r["partnere"]:
                meta.append("Partnere: " + ", ".join(r["partnere"].split("; ")))
            m = d.add_paragraph()
            m.add_run("(" + " · ".join(meta) + ")").italic = True
    d.add_heading("Statistikk", 2)
    d.add_paragraph("Studieforbundene gjennomførte i alt 41 800 kurs med 402 000 deltakere i 2061. "
                    "Tallene omfatter all aktivitet og er ikke egne tiltak.")
    save_docx(d, os.path.join(outdir, FILE), "VOFO", "Statusrapport 2061")
