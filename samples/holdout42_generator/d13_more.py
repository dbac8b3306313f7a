"""13 Møre og Romsdal fylkeskommune: Nynorsk, bullets with sub-bullets (DOCX)."""
from .common import m, new_docx, save_docx

FILE = "13_More_og_Romsdal_fylkeskommune_rapport_2062.docx"
MEMBER = "Møre og Romsdal fylkeskommune"

MEASURES = [
    m("J01", "Kompetanseløftet for grøn industri", "2.4", "Prosjekt",
      "Fylket har vore pilotregion for maritim og marin industri i programmet, og 11 modular vart "
      "gjennomførte.",
      ["Kunnskapsdepartementet"], ["Fagskolen i Møre og Romsdal", "NTNU i Ålesund"], tt="prosjekt"),
    m("U24", "Yrkesfagmessa i Ålesund", "2.3", "Arrangement",
      "Messe for 10.-klassingar med 70 utstillarar frå lærebedrifter og opplæringskontor.",
      ["Møre og Romsdal fylkeskommune"], ["NHO Møre og Romsdal"], tt="arrangement"),
    m("M05", "Nasjonalt fagskoleråd (FSR)", "1.4", "Råd/utvalg/nettverk",
      "Fylkeskommunen har ein av dei to fylkeskommunale plassane i rådet.",
      [], [], tt="råd/utval/nettverk"),
    m("U25", "Regionalt kompetanseforum Møre og Romsdal", "1.2", "Råd/utvalg/nettverk",
      "Forum for fylkeskommunen, kommunane, partane og utdanningstilbydarane. Fire møte i 2062.",
      ["Møre og Romsdal fylkeskommune"], [], tt="råd/utval/nettverk"),
    m("U26", "Karriererettleiing på nett", "1.3", "Informasjon",
      "Chat- og videorettleiing for vaksne gjennom karrieresenteret; 2 900 samtalar i 2062.",
      ["Karriere Møre og Romsdal"], [], tt="informasjon"),
    m("J05", "Norsk på jobben", "3.4", "Kurs/utdanning",
      "Sju kommunar tok i bruk tilbodet for tilsette i helse og omsorg.",
      [], ["KS", "kommunane"], tt="kurs/utdanning"),
]


def build(path):
    d = new_docx("Arial", 10.5)
    d.add_heading("Møre og Romsdal fylkeskommune", 1)
    d.add_paragraph("Rapportering for 2062 til Kompetansepolitisk råd")
    d.add_paragraph("Tiltak vi har hatt ansvar for eller delteke i:")
    for x in MEASURES:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(x["name"]).bold = True
        subs = ["Delmål %s – %s" % (x["delmal"], x["tt"])]
        who = []
        if x["ansv"]:
            who.append("Ansvarleg: " + ", ".join(x["ansv"]))
        if x["partners"]:
            who.append("Partnarar: " + ", ".join(x["partners"]))
        if who:
            subs.append(". ".join(who))
        subs.append(x["desc"])
        for s in subs:
            d.add_paragraph(s, style="List Bullet 2")
    d.add_paragraph("Andre opplysningar:")
    d.add_paragraph("Arbeidsløysa i fylket var 2,1 prosent ved utgangen av året.", style="List Bullet")
    d.add_paragraph("Kontaktperson: Per Ulstein, rådgjevar, kompetanse og næring", style="List Bullet")
    save_docx(d, path, "Rapportering 2062", "Møre og Romsdal fylkeskommune")
