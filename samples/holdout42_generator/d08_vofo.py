"""08 VOFO: spreadsheet (ODS) where the delmål is written in words only, and a legend
sheet mapping VOFO's own categories."""
from .common import m
from .odf import save_ods

FILE = "08_VOFO_tiltak_2062.ods"
MEMBER = "VOFO"

MEASURES = [
    m("U11", "Kompetansepluss frivillighet", "3.2", "Kurs/utdanning",
      "Studieforbundene gjennomførte 380 kurs i lesing, skriving, regning og digitale ferdigheter for "
      "voksne med svake grunnleggende ferdigheter.",
      ["VOFO"], ["studieforbundene", "HK-dir"],
      dw="Stimulere til bruk av Kompetanseplussordningene", cat="Kurs"),
    m("U12", "DigiGrunn 2 – frivillig sektor", "2.1", "Prosjekt",
      "Ny fase der modellen fra DigiGrunn prøves ut i frivillige organisasjoner, med studieforbund "
      "som tilbydere. Oppstart høsten 2062.",
      ["VOFO"], ["Frivillighet Norge"],
      dw="Digital kompetanse i hele arbeidsstyrken", cat="Utviklingsprosjekt"),
    m("J05", "Norsk på jobben", "3.4", "Kurs/utdanning",
      "Studieforbundene leverte kursene i 14 kommuner, med vekt på muntlig norsk i arbeidshverdagen.",
      ["AOF Norge"], ["KS", "Virke"],
      dw="Norskopplæring og kvalifisering for innvandrere", cat="Kurs"),
    m("U13", "Læringslyst i lokalsamfunnet", "3.6", "Prosjekt",
      "Lavterskel studiesirkler i bibliotek og frivilligsentraler for voksne som ikke deltar i annen "
      "opplæring.",
      ["VOFO"], ["frivilligsentralene"],
      dw="Læringsmotivasjon og læringsevne gjennom opplæring i frivillig sektor", cat="Utviklingsprosjekt"),
    m("U14", "Frivillighetens kompetansekonferanse", "3.6", "Arrangement",
      "Årlig konferanse 7.–8. november på Lillehammer med 180 deltakere fra studieforbund og "
      "frivillige organisasjoner.",
      ["VOFO"], [],
      dw="Læringsmotivasjon og læringsevne gjennom opplæring i frivillig sektor", cat="Konferanse"),
]

HEAD = ["Nr.", "Tiltak", "Hva i strategien svarer tiltaket på", "Kategori", "Kort beskrivelse",
        "Ansvarlig", "I samarbeid med"]


def build(path):
    rows = [["VOFO – Voksenopplæringsforbundet: tiltak rapportert for 2062"] + [""] * 6,
            [""] * 7, HEAD]
    for i, x in enumerate(MEASURES, 1):
        rows.append([i, x["name"], x["dw"], x["cat"], x["desc"], ", ".join(x["ansv"]),
                     ", ".join(x["partners"])])
    rows.append([""] * 7)
    rows.append(["Note: Deltakertall er hentet fra studieforbundenes rapportering til HK-dir. "
                 "VOFO deltar også i møter i Kompetansepolitisk råd; det regnes ikke som tiltak."] + [""] * 6)
    n = len(rows)
    sheet1 = dict(name="Tiltak 2062", rows=rows, widths=[1.2, 5.5, 6.5, 3.2, 10, 3.2, 4.5],
                  merges=[(0, 0, 0, 6), (n - 1, 0, n - 1, 6)], bold_rows={0, 2})
    legend = [["VOFOs kategori", "Forklaring"],
              ["Kurs", "Opplæringstiltak med deltakere (kurs/utdanning)"],
              ["Utviklingsprosjekt", "Tidsavgrenset utviklingsarbeid (prosjekt)"],
              ["Konferanse", "Konferanser og samlinger (arrangement)"]]
    sheet2 = dict(name="Forklaring", rows=legend, widths=[4.5, 10], bold_rows={0})
    save_ods(path, [sheet1, sheet2], "Tiltak 2062", "VOFO")
