"""12 Fagskolerådet: running prose, one paragraph per measure with the delmål mentioned inside
the paragraph. No types given. Note the near-miss: Fagskolerådet (member) vs Nasjonalt fagskoleråd."""
from .common import m, new_docx, save_docx

FILE = "12_Fagskoleradet_arsrapportering_2062.docx"
MEMBER = "Fagskolerådet"

MEASURES = [
    m("M05", "Nasjonalt fagskoleråd", "1.4", "Råd/utvalg/nettverk",
      "Fagskolerådet har to plasser i Nasjonalt fagskoleråd, som gir departementet råd om "
      "utviklingen av fagskolesektoren. I 2062 har vi særlig arbeidet for at rådet skal prioritere "
      "kapasitet i helse- og oppvekstfagene. Arbeidet hører inn under delmål 1.4 om samarbeid mellom "
      "tilbydere og arbeidslivet."),
    m("J04", "Realkompetansemodellen", "2.5", "Prosjekt",
      "Sammen med LO, NHO og Unio har vi prøvd ut Realkompetansemodellen ved fire fagskoler. "
      "Tiltaket svarer på delmål 2.5 og skal gjøre det enklere å få godskrevet kompetanse fra arbeid "
      "ved opptak til fagskoleutdanning. 130 søkere ble vurdert etter modellen i 2062.",
      [], ["LO", "NHO", "Unio"]),
    m("U22", "Fagskoledagene 2062", "2.3", "Arrangement",
      "Fagskoledagene 2062 samlet 350 deltakere i Stavanger 9.–10. oktober, med karriereveier fra "
      "fagbrev til fagskole som hovedtema. Arrangementet knytter an til delmål 2.3 om "
      "karrieremulighetene i yrkesfagene."),
    m("U23", "Fagskolebarometeret", "2.2", "FoU",
      "Fagskolebarometeret er vår årlige undersøkelse blant fagskolestudenter og arbeidsgivere om "
      "nytten av utdanningen. Undersøkelsen bidrar til kunnskapsgrunnlaget under delmål 2.2; i 2062 "
      "svarte 87 prosent av arbeidsgiverne at kandidatene var godt forberedt."),
]


def build(path):
    d = new_docx("Calibri", 11)
    d.add_heading("Fagskolerådet – årsrapportering 2062", 1)
    d.add_paragraph("Til sekretariatet for Kompetansepolitisk råd")
    d.add_paragraph("Fagskolerådet er interesseorganisasjonen for fagskolene og har 64 medlemsskoler. "
                    "Nedenfor gjør vi kort rede for det vi har gjort i 2062 som følger opp Nasjonal "
                    "kompetansepolitisk strategi.")
    for x in MEASURES:
        d.add_paragraph(x["desc"])
    d.add_paragraph("I 2063 ønsker Fagskolerådet å starte et prosjekt om digitale fagskoletilbud for "
                    "voksne i arbeid. Prosjektet er ennå ikke finansiert.")
    d.add_paragraph("Spørsmål kan rettes til generalsekretær Tone Berg.")
    save_docx(d, path, "Årsrapportering 2062", "Fagskolerådet")
