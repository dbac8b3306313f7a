"""NHO: the data behind a Power BI report, downloaded with «Eksporter data» (underlying data) to Excel: one sheet
«Export», the model's column names on row 1, the rows sorted alphabetically by the first column as the visual sorted
them, no title, no formatting, and under the data the filters that were applied («Brukte filtre:» … «Rapportår er
2096»). The delmål is the model's label «2.4 Relevant etter- og videreutdanning» (code and short name), the kind
NHO's own category. A prize postponed to March 2097 is told only in words."""
from __future__ import annotations

import openpyxl

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row, xlsx_all_text, xlsx_bytes

FILENAME = "NHO kompetansetiltak 2096 – data fra Power BI.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX shaped like Power BI's «Eksporter data» download (openpyxl): one sheet «Export», plain cells without "
          "styles, column widths left at the default, the applied filters written under the data; zip normalised")
SHAPE = ("data export from a dashboard: header on row 1 Aktivitet / Kategori / Strategimål / Eier / "
         "Samarbeidspartnere / Beskrivelse (the model's names), the rows sorted alphabetically by Aktivitet, so NHO's "
         "own pre-project for a next version of the joint AI certificate lands right above NHO's row for the joint "
         "certificate; the delmål as the model's label «1.1 Kompetansebehovsutvalget», «2.4 Relevant etter- og "
         "videreutdanning» …; NHO's kind words (Utvalgsarbeid, Kursprogram, Nettkurs, Forprosjekt, Kampanje, "
         "Spørreundersøkelse); after a blank row «Brukte filtre:», «Rapportår er 2096», «Medlem er NHO»; the KBU seat "
         "«Kompetansebehovsutvalget – NHO-medlemmet»; a prize postponed to March 2097 told only in words")
NOT_TRUTH = ("the header, the Kategori and Strategimål cells, the row 'Kompetanseprisen 2096' (postponed to March "
             "2097), the applied-filter lines under the data")
SPLIT_FIELDS = ("samarbeidspartnere",)

LABEL = {"1.1": "1.1 Kompetansebehovsutvalget", "2.1": "2.1 Digital kompetanse",
         "2.2": "2.2 Kunnskap om læring i arbeidslivet", "2.3": "2.3 Yrkesfag og karriere",
         "2.4": "2.4 Relevant etter- og videreutdanning"}

# name, kategori, delmål, eier, samarbeid, beskrivelse, seed, type
ROWS = [
    ("Kompetansebehovsutvalget – NHO-medlemmet", "Utvalgsarbeid", "1.1", "NHO Kompetanse", "",
     "NHOs direktør for kompetansepolitikk satt i utvalget. NHO bidro med tall fra kompetansebarometeret til "
     "utvalgets rapport om fagarbeidere.", "M04", RAD),
    ("Batteriskolen – kurs i prosessindustrien", "Kursprogram", "2.4", "Norsk Industri",
     "LO, Industri Energi, fagskolene",
     "Norsk Industri koordinerte kursene for 26 bedrifter. 310 ansatte tok minst én modul i celleproduksjon, "
     "automasjon eller sikkerhet.", "J04", KURS),
    ("KI-sertifikatet i små og mellomstore bedrifter", "Nettkurs", "2.1", "NHO Service og Handel", "HK-dir",
     "Medlemsbedriftene fikk tilgang til det felles nettkurset og egne samlinger for ledere. 1 150 ansatte i 180 "
     "NHO-bedrifter tok sertifikatet.", "J06", KURS),
    ("KI-sertifikatet 2.0 – forprosjekt", "Forprosjekt", "2.1", "NHO Kompetanse",
     "Fagskolen Viken, Fagskulen Vestland",
     "NHO utredet sammen med to fagskoler en påbyggingsmodul for fagarbeidere. Forprosjektet er NHOs eget og er ikke "
     "en del av det felles sertifikatet.", None, PROSJEKT),
    ("Lærebedriftskampanjen «Ta inn en lærling»", "Kampanje", "2.3", "NHOs regionkontorer", "fylkeskommunene",
     "Kampanje i sosiale medier og lokalaviser for å få flere bedrifter til å bli lærebedrifter. 240 nye bedrifter "
     "meldte seg.", None, INFO),
    ("NHOs kompetansebarometer 2096", "Spørreundersøkelse", "2.2", "NHO Analyse", "NIFU",
     "Spørreundersøkelse blant 5 800 medlemsbedrifter om kompetansebehov. Seks av ti bedrifter meldte om udekket "
     "behov for fagarbeidere.", None, FOU),
    ("Kompetanseprisen 2096", "Prisutdeling", "2.2", "NHO Kompetanse", "",
     "Utdelingen er utsatt og holdes på NHOs kompetansekonferanse i mars 2097.", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Aktivitet", "Kategori", "Strategimål", "Eier", "Samarbeidspartnere", "Beskrivelse"])
    for n, kat, dm, eier, sam, besk, *_r in sorted(ROWS, key=lambda r: r[0].lower()):
        ws.append([n, kat, LABEL[dm], eier, sam or None, besk])
    ws.append([])
    ws.append(["Brukte filtre:"])
    ws.append(["Rapportår er 2096"])
    ws.append(["Medlem er NHO"])
    (out / FILENAME).write_bytes(xlsx_bytes(wb, ""))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, eier, sam, besk) for n, _k, dm, eier, sam, besk, seed, ty in ROWS
            if ty]


def text(path) -> str:
    return xlsx_all_text(path)
