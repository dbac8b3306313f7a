"""13 Oslo kommune: ODT -> PDF via LibreOffice. A transposed table: fields are
rows, measures are columns."""
import os

from .common import R, lo_export
from .odf import TextDoc

FILE = "13_Oslo_kommune_rapport_2061.pdf"
MEMBER = "Oslo kommune"
FORMAT = "PDF exported from ODT by LibreOffice"
SHAPE = ("Transposed table: one column per measure (Tiltak A–C), field names down the first "
         "column; delmål as code with text; key figures and a closing note")

DM_TEXT = {"1.4": "1.4 Samarbeid mellom utdanningstilbydere og arbeidslivet",
           "2.5": "2.5 Dokumentasjon av kompetanse ervervet i arbeidslivet",
           "3.4": "3.4 Kvalifisering av innvandrere"}

ROWS = [
    R("M02", "1.4", "Råd/utvalg/nettverk", "Oslo kommunes plass i RSA ved OsloMet",
      ansvarlig="Utdanningsetaten", partnere="OsloMet",
      beskrivelse="Kommunen har to representanter i rådet for samarbeid med arbeidslivet ved OsloMet og "
                  "har tatt opp behovet for flere praksisplasser i barnehage og helse."),
    R("J07", "3.4", "Kurs/utdanning", "Deltakelse i Norskløft i arbeid",
      ansvarlig="Velferdsetaten", partnere="Kompetanse Norge",
      beskrivelse="Tolv kommunale virksomheter har hatt norskkurs i arbeidstiden for ansatte med svake "
                  "norskferdigheter, med språkmentor på hver arbeidsplass."),
    R("U21", "2.5", "Prosjekt",
      "Realkompetansemodellen for arbeidslivet, fase 2 – utprøving i kommunale tjenester",
      ansvarlig="Helseetaten", partnere="Kompetanse Norge",
      beskrivelse="Oslo er valgt som pilot for fase 2, som startet i oktober 2061 og skal prøve modellen i "
                  "hjemmetjenesten og på sykehjem. Fase 2 er et eget prosjekt med egen finansiering."),
]


def build(outdir, tmpdir):
    doc = TextDoc("Rapport til Kompetansepolitisk råd 2061", "Oslo kommune", font="DejaVu Sans",
                  size="10pt")
    doc.p("Oslo kommune – Byrådsavdeling for arbeid, integrering og sosiale tjenester", "Subtitle")
    doc.p("Rapport til Kompetansepolitisk råd for 2061", "Title")
    doc.p("Oslo kommune rapporterer tre tiltak for 2061. Tabellen er satt opp med ett tiltak per kolonne.")
    letters = "ABC"
    rows = [["Felt"] + ["Tiltak %s" % letters[i] for i in range(len(ROWS))]]
    rows.append(["Navn på tiltak"] + [r["tiltak"] for r in ROWS])
    rows.append(["Delmål"] + [DM_TEXT[r["delmal"]] for r in ROWS])
    rows.append(["Type"] + [r["type"] for r in ROWS])
    rows.append(["Ansvarlig virksomhet"] + [r["ansvarlig"] for r in ROWS])
    rows.append(["Samarbeid med"] + [r["partnere"] for r in ROWS])
    rows.append(["Beskrivelse"] + [r["beskrivelse"] for r in ROWS])
    doc.table(rows, [3.2, 4.6, 4.6, 4.6], header_rows=1, first_col_bold=True)
    doc.h("Nøkkeltall", 2)
    doc.table([["Indikator", "2060", "2061"],
               ["Lærlinger i kommunen", "1 020", "1 115"],
               ["Ansatte som har tatt fagbrev som praksiskandidat", "312", "348"],
               ["Deltakere i norskopplæring i regi av kommunen", "9 400", "9 880"]], [9.0, 3.0, 3.0])
    doc.p("")
    doc.p("Kommunen deltar også i møter i Kompetansepolitisk råd og i arbeidsgruppen for storbyene. "
          "Dette er ikke egne tiltak.", "Small")
    doc.p("Oslo, 25. januar 2062", "Small")
    src = os.path.join(tmpdir, "13_Oslo_kommune_rapport_2061.odt")
    doc.save(src)
    lo_export(src, os.path.join(outdir, FILE), "pdf", tmpdir)
