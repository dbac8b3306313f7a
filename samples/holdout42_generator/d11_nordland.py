"""11 Nordland fylkeskommune: report with roman numerals for the three områder; each measure is a
bold name, a pipe-separated fact line and a description. Written as ODT, exported to PDF."""
import os
import tempfile

from .common import m, soffice_convert
from .odf import Odt

FILE = "11_Nordland_fylkeskommune_kompetanserapport_2062.pdf"
MEMBER = "Nordland fylkeskommune"

MEASURES = [
    m("U19", "Kompetanseforum Nordland", "1.2", "Råd/utvalg/nettverk",
      "Fylkets partnerskap for kompetanse, med kommunene, partene i arbeidslivet, NAV og "
      "utdanningstilbyderne. Forumet vedtok ny regional kompetansestrategi i juni.",
      ["Nordland fylkeskommune"], ["NAV Nordland", "Nord universitet", "NHO Nordland", "LO i Nordland"],
      omr="I"),
    m("J06", "Veiledningsløftet i nord", "1.3", "Prosjekt",
      "Karriereveiledere i Nordland har fått opplæring i samisk kultur- og næringsliv gjennom "
      "prosjektet, som Sametinget leder. 22 veiledere fra fylket deltok.",
      ["Sametinget"], ["Karrieresenteret i Nordland"], omr="I"),
    m("M06", "NFK", "1.3", "Råd/utvalg/nettverk",
      "Karrieresenteret i Nordland er fylkeskommunenes representant i det nasjonale forumet for "
      "karriereveiledning i perioden 2061–2063.",
      ["Karrieresenteret i Nordland"], [], omr="I"),
    m("M02", "RSA ved Nord universitet", "1.4", "Råd/utvalg/nettverk",
      "Fylkesdirektøren for utdanning er medlem av universitetets råd for samarbeid med arbeidslivet "
      "og har tatt opp behovet for desentraliserte studier.",
      ["Nordland fylkeskommune"], ["Nord universitet"], omr="I"),
    m("U20", "Kompetanseløftet for grønn industri – Nordlandspiloten", "2.4", "Prosjekt",
      "Regional pilot som tilpasser modulene fra det nasjonale programmet til batteri- og "
      "havbruksindustrien på Helgeland. Piloten finansieres med regionale midler og er ikke en del av "
      "den nasjonale ordningen.",
      ["Nordland fylkeskommune"], ["Nord universitet", "Fagskolen i Nordland"], omr="II"),
    m("U21", "Nettskolen for voksne", "3.1", "Kurs/utdanning",
      "Fleksibel videregående opplæring på nett for voksne i distriktene, med lokale samlinger. "
      "420 elever i 2062.",
      ["Nordland fylkeskommune"], [], omr="III"),
]

OMR = [("I", "Gode valg for den enkelte og for samfunnet"),
       ("II", "Læring i arbeidslivet"),
       ("III", "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet")]


def build(path):
    o = Odt()
    o.h("Nordland fylkeskommune – Kompetanserapport 2062", 1)
    o.p("Rapportering til Kompetansepolitisk råd. Tiltakene er ordnet etter strategiens tre "
        "hovedinnsatsområder (I–III).")
    for rn, title in OMR:
        o.h("%s  %s" % (rn, title), 2)
        for x in [y for y in MEASURES if y["omr"] == rn]:
            o.p(x["name"], "PB")
            facts = ["Delmål %s" % x["delmal"], x["type"], "Ansvar: " + ", ".join(x["ansv"])]
            if x["partners"]:
                facts.append("Partnere: " + ", ".join(x["partners"]))
            o.p("  |  ".join(facts), "PI")
            o.p(x["desc"])
    o.h("Nøkkeltall og planer", 2)
    o.bullets([("Nøkkeltall 2062", ["Registrert ledighet: 1,9 prosent",
                                     "Voksne deltakere i videregående opplæring: 1 310"]),
               ("Planer for 2063", ["Etablere et eget karriereforum for Helgeland (ikke startet)",
                                    "Vurdere deltakelse i neste fase av DigiGrunn"])])
    o.p("Kontakt: Bjørn Aas, rådgiver, seksjon for kompetanse", "PS")
    with tempfile.TemporaryDirectory(prefix="h42_11_") as tmp:
        src = os.path.join(tmp, "nordland_2062.odt")
        o.save(src, "Kompetanserapport 2062", "Nordland fylkeskommune")
        soffice_convert(src, "pdf", path)
