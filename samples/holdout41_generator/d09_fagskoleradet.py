"""09 Fagskolerådet: ODS workbook in Nynorsk, one sheet per hovedinnsatsområde,
type written in the member's own words."""
import os

from .common import R
from .odf import Sheet, save_ods

FILE = "09_Fagskoleradet_oversikt_2061.ods"
MEMBER = "Fagskolerådet"
FORMAT = "ODS (hand-written OpenDocument XML)"
SHAPE = ("Nynorsk spreadsheet with an info sheet and one sheet per hovedinnsatsområde; delmål as "
         "number, 'Kva slags tiltak' in own words (Rådsarbeid, Opplæring, Konferanse, Nettstad og "
         "informasjon); the third sheet says no measures")

# (row, own type word, sheet index)
_DATA = [
    (R("M05", "1.4", "Råd/utvalg/nettverk", "Sete i Nasjonalt fagskuleråd",
       ansvarlig="Dagleg leiar",
       beskrivelse="Fagskolerådet har to sete i Nasjonalt fagskuleråd og har i 2061 teke opp "
                   "dimensjoneringa av helsefagskulane og finansieringa av korte kurs."),
     "Rådsarbeid", 1),
    (R("U15", "1.4", "Kurs/utdanning", "Opplæring av representantane våre i Nasjonalt fagskuleråd",
       ansvarlig="Styret",
       beskrivelse="Éin dags samling for dei to representantane og varane deira om mandatet til rådet, "
                   "saksgangen og korleis dei kan forankre standpunkta i medlemsskulane."),
     "Opplæring", 1),
    (R("J04", "2.2", "Arrangement", "Konferansen Læringsdagen 2061",
       ansvarlig="Dagleg leiar", partnere="NHO; Unio",
       beskrivelse="Fagskolerådet var medarrangør og hadde ansvar for sesjonen om fagskulane som arena "
                   "for læring i arbeidslivet."),
     "Konferanse", 2),
    (R("U16", "2.4", "Informasjon", "Fagskuleportalen",
       ansvarlig="Sekretariatet i Fagskolerådet", partnere="Kompetanse Norge",
       beskrivelse="Nettstad som samlar alle korte fagskuletilbod for vaksne i arbeid, med filter for "
                   "bransje og studieform. Lansert i april 2061."),
     "Nettstad og informasjon", 2),
]
ROWS = [d[0] for d in _DATA]

HEAD = ("Delmål (nr.)", "Tiltak", "Kva slags tiltak", "Ansvarleg", "Samarbeidspartnarar", "Omtale")
TITLES = {1: "Innsatsområde 1 – Gode val for den enkelte og for samfunnet",
          2: "Innsatsområde 2 – Læring i arbeidslivet",
          3: "Innsatsområde 3 – Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}


def build(outdir, tmpdir):
    info = Sheet("Om skjemaet", [4.0, 14.0])
    info.add("Fagskolerådet – rapportering til Kompetansepolitisk råd 2061", style="title")
    info.add("")
    for k, v in (("Medlem", "Fagskolerådet"), ("Rapporteringsår", 2061), ("Levert", "17.01.2062"),
                 ("Merknad", "Eitt ark per hovudinnsatsområde. Skriv delmålet som nummer, til dømes 2.2.")):
        info.add(k, v)
    sheets = [info]
    for i in (1, 2, 3):
        sh = Sheet("Innsatsområde %d" % i, [2.4, 6.5, 3.6, 3.8, 4.2, 10.0])
        sh.add(TITLES[i], style="title")
        sh.add(*HEAD, style="head")
        rows = [d for d in _DATA if d[2] == i]
        for r, word, _ in rows:
            sh.add(r["delmal"], r["tiltak"], word, r["ansvarlig"],
                   ", ".join(r["partnere"].split("; ")), r["beskrivelse"])
        if not rows:
            sh.add("", "Ingen tiltak under dette innsatsområdet i 2061.")
        sheets.append(sh)
    save_ods(os.path.join(outdir, FILE), sheets, "Rapportering 2061", "Fagskolerådet")
