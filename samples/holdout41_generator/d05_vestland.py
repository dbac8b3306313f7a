"""05 Vestland fylkeskommune: ODT in Nynorsk, numbered list of measures with
sub-bullets carrying the fields (Delmål, Type, Ansvarleg ...)."""
import os

from .common import R
from .odf import TextDoc

FILE = "05_Vestland_fylkeskommune_rapport_2061.odt"
MEMBER = "Vestland fylkeskommune"
FORMAT = "ODT (hand-written OpenDocument XML)"
SHAPE = ("Nynorsk report; numbered list, one item per measure, with dash sub-bullets "
         "'Delmål: / Type: / Ansvarleg: / Samarbeidspartnarar: / Skildring:'; Nynorsk type words; "
         "'Vegen vidare' section")

# (row, type as written in Nynorsk)
_DATA = [
    (R("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriererettleiing",
       ansvarlig="Seksjon for opplæring og kompetanse", partnere="Karriere Vestland",
       beskrivelse="Fylkeskommunen er med i Nasjonalt forum for karriererettleiing og har i 2061 lagt fram "
                   "erfaringar frå dei regionale karrieresentera i forumet."),
     "Råd/utval/nettverk"),
    (R("U09", "1.2", "Råd/utvalg/nettverk", "Partnarskap for kompetanse i Vestland",
       ansvarlig="Fylkesdirektør for opplæring og kompetanse",
       partnere="NAV Vestland; LO Vestland; NHO Vestland; Universitetet i Bergen",
       beskrivelse="Regionalt partnarskap som samordnar arbeidet med den regionale kompetanseplanen. "
                   "Partnarskapet hadde fire møte i 2061 og vedtok ein handlingsplan for 2062–2064."),
     "Råd/utval/nettverk"),
    (R("J03", "2.5", "Prosjekt", "Utprøving av Realkompetansemodellen for arbeidslivet (RKM-A)",
       ansvarlig="Seksjon for opplæring og kompetanse", partnere="Kompetanse Norge",
       beskrivelse="Vestland er eitt av tre pilotfylke i utprøvinga av modellen. 85 tilsette i "
                   "verkstadindustrien og helsesektoren fekk kompetansen sin vurdert og dokumentert."),
     "Prosjekt"),
    (R("U10", "2.3", "Informasjon", "Yrkesløftet Vestland",
       ansvarlig="Kommunikasjonsavdelinga",
       beskrivelse="Regional vidareføring av den nasjonale kampanjen, med eigne filmar frå vestlandske "
                   "lærebedrifter og skulebesøk i alle kommunane. Drive av fylkeskommunen åleine."),
     "Informasjon"),
]
ROWS = [d[0] for d in _DATA]


def build(outdir, tmpdir):
    doc = TextDoc("Rapport til Kompetansepolitisk råd 2061", "Vestland fylkeskommune")
    doc.p("Vestland fylkeskommune", "Subtitle")
    doc.p("Rapport til Kompetansepolitisk råd for 2061", "Title")
    doc.p("Saksnummer 2062/0412 – Fylkesdirektør for opplæring og kompetanse")
    doc.h("Innleiing", 1)
    doc.p("Fylkeskommunen har ansvar for å samordne kompetansepolitikken i regionen. I denne rapporten gjer "
          "vi greie for tiltaka vi har hatt i 2061 som bidreg til delmåla i Nasjonal kompetansepolitisk "
          "strategi. Tiltaka er lista opp med delmål, type, ansvarleg eining og samarbeidspartnarar.")
    doc.h("Tiltak i 2061", 1)
    items = []
    for r, typ in _DATA:
        subs = ["Delmål: " + r["delmal"], "Type: " + typ, "Ansvarleg: " + r["ansvarlig"]]
        if r["partnere"]:
            subs.append("Samarbeidspartnarar: " + ", ".join(r["partnere"].split("; ")))
        subs.append("Skildring: " + r["beskrivelse"])
        items.append((r["tiltak"], subs))
    doc.numbered(items)
    doc.h("Vegen vidare", 1)
    doc.p("I 2062 vil fylkeskommunen vurdere å ta del i Digitalt grunnløft i arbeidslivet og få fleire "
          "bedrifter med i fagbrev på jobb. Vi vil òg følgje opp tilrådingane frå Kompetansebehovsutvalet "
          "i den regionale analysen. Dette er planar og ikkje tiltak i 2061.")
    doc.p("Bergen, 22. januar 2062", "Small")
    doc.save(os.path.join(outdir, FILE))
