"""What YS, Akademikerne, VOFO, UHR and four county councils write in the held-out round.

Texts are as the reports print them; shown_type is the word a report prints for the type.
"""

from __future__ import annotations

from .measures import item as i

# YS: two-column newsletter; each item ends "Type: …" (no ansvarlig, no partners).
YS = [
    i("H01", "YS oppnevner ett medlem til Kompetansebehovsutvalget", shown_type="Råd"),
    i("H02", "YS-forbundene er representert i sju faglige råd", shown_type="Råd"),
    i("H47", "Parat har holdt kurs i digital samhandling for tillitsvalgte i statlige virksomheter",
      shown_type="Kurs"),
    i("H48", "YS Arbeidslivsbarometer 2021 med et eget kapittel om læring på arbeidsplassen", shown_type="FoU"),
    i("H10", "Helsefagarbeiderløftet: Delta har, etter modell av Spesialsykepleierløftet, fått i gang "
             "betalt videreutdanning for helsefagarbeidere i tre sykehus", shown_type="Utdanning"),
    i("H49", "Pilot med kompetansebevis for tillitsvalgte som dokumenterer det de lærer i vervet",
      shown_type="Pilot"),
    i("H50", "Informasjonsside om karriereveiledning for YS-medlemmer i omstilling", shown_type="Informasjon"),
]

# Akademikerne: blocks of a bold title, labelled lines and a description paragraph.
AKADEMIKERNE = [
    i("H01", "Medlemskap i Kompetansebehovsutvalget", "Akademikerne", "De andre hovedorganisasjonene",
      "Råd/utvalg/nettverk", "Akademikerne har et fast medlem i utvalget og har i 2021 særlig fulgt arbeidet "
      "med behovet for høyt utdannede i offentlig sektor."),
    i("H03", "Plass i Råd for samarbeid med arbeidslivet ved Universitetet i Oslo og Universitetet i Bergen",
      "Akademikerne", "Samfunnsviterne, Tekna", "Råd/utvalg/nettverk",
      "Representantene er oppnevnt for perioden 2021–2024."),
    i("H18", "Oppsummering av KBU-rapporten for medlemsforeningene", "Akademikerne", "", "Informasjon",
      "Et fire siders sammendrag med vekt på funnene om akademikeryrkene, sendt til alle foreningene."),
    i("H51", "Forskningsrapporten «Akademikere i omstilling»", "Akademikerne", "Samfunnsøkonomisk analyse", "FoU",
      "Rapporten ser på hvordan høyt utdannede som mister jobben, finner veien tilbake til arbeid."),
    i("H52", "Videreutdanningstilbud i digital ledelse", "Econa", "Handelshøyskolen BI", "Kurs/utdanning",
      "Tilbudet gir 15 studiepoeng og er lagt opp som nettstudium med to samlinger."),
    i("H53", "Frokostseminar om godkjenning av utenlandsk utdanning for akademikere", "Akademikerne", "NOKUT",
      "Arrangement", "Seminaret samlet 120 deltakere fra arbeidsgivere og medlemsforeninger."),
    i("H54", "Mentorprogram for innvandrere med høyere utdanning", "Samfunnsviterne", "IMDi", "Prosjekt",
      "Programmet kobler nyankomne akademikere med mentorer i samme fag."),
]

# Troms og Finnmark fylkeskommune: a scanned table, Nynorsk.
TROMS_FINNMARK = [
    i("H58", "Regionalt kompetansepartnarskap med Sametinget og næringslivet", "Fylkeskommunen",
      "Sametinget, NHO, LO", "Partnarskap"),
    i("H15", "Kompetansebarometer for Troms og Finnmark, bygd på KBU sin metode", "Fylkeskommunen", "UiT",
      "Analyse"),
    i("H55", "Karrieresenteret i Finnmark opnar avdeling i Vadsø", "Karrieresenteret", "NAV", "Prosjekt"),
    i("H11", "DigiKomp 2 – andre fase av satsinga, no utvida til tilsette i fylkeskommunane", "Fylkeskommunen",
      "KS", "Prosjekt"),
    i("H56", "Nettbasert vidaregåande opplæring for vaksne i distrikta", "Fylkeskommunen", "Kommunane",
      "Opplæring"),
    i("H57", "Kompetanseheving for lærarar i norskopplæringa i Nord-Troms", "Fylkeskommunen", "Kommunane",
      "Kurs"),
]

# Vestland fylkeskommune: Nynorsk; the first column names the delmål by a paraphrase only.
VESTLAND = [
    ("Meir regionalt ansvar og samordning i kompetansepolitikken",
     i("H59", "Fylkeskommunen leiar styringsgruppa for Vestlandsmodellen for regional kompetansepolitikk",
       "Vestland fylkeskommune", "NAV Vestland, Statsforvaltaren, partane", "Styringsgruppe")),
    ("Karriererettleiing for alle som treng det",
     i("H60", "Karrieresentera i Vestland har opna drop-in-rettleiing for vaksne på biblioteka",
       "Karriere Vestland", "Folkebiblioteka", "Informasjon")),
    ("Kople kompetansebehova i verksemdene til dei som tilbyr utdanning",
     i("H09", "ByggKompetanse Vestland – regional utgåve av ByggKompetanse 2025 for byggjenæringa i fylket",
       "Vestland fylkeskommune", "BNL Vestland, Fellesforbundet avd. Bergen", "Prosjekt")),
    ("Meir kunnskap om læring i arbeidslivet",
     i("H62", "Utgreiing om kva kompetansetiltak kostar og gir att for små verksemder i fylket",
       "Vestland fylkeskommune", "Høgskulen på Vestlandet", "FoU")),
    ("Fleksibel opplæring lagt til rette for vaksne",
     i("H61", "Fagbrev på jobb for tilsette i sjømatnæringa", "Vestland fylkeskommune", "Sjømat Norge",
       "Kurs/utdanning")),
    ("Læring i frivillige lag og organisasjonar",
     i("H08", "Vaksenopplæringsdagane i Vestland, skipa saman med VOFO Vestland", "Vestland fylkeskommune",
       "VOFO, studieforbunda", "Arrangement")),
]

# VOFO: the final report (the draft has fewer rows in other words and yields no truth).
VOFO_FINAL = [
    i("H65", "Regionale avtaler mellom VOFO-regionene og fylkeskommunene", "VOFO", "Fylkeskommunene",
      "Partnerskap"),
    i("H63", "Informasjonsmøter om Kompetansepluss frivillighet for lag og foreninger i Nordland", "VOFO Nord",
      "Kompetanse Norge", "Informasjon"),
    i("H67", "Grunnleggende ferdigheter for arbeidssøkere i studieforbund, i samarbeid med NAV", "VOFO",
      "NAV, studieforbundene", "Kurs"),
    i("H08", "Voksenopplæringsdagene i Vestland (Vaksenopplæringsdagane), arrangert av VOFO Vestland sammen "
             "med Vestland fylkeskommune", "VOFO Vestland", "Vestland fylkeskommune", "Arrangement"),
    i("H64", "Rapport om studieforbundenes rolle i integreringen", "VOFO", "Fafo", "FoU"),
    i("H66", "Kurslederopplæring for frivillige i studieforbundene", "VOFO", "Studieforbundene", "Kurs"),
]
VOFO_DRAFT = [
    i("H65", "Avtaler med fylkeskommunene (under arbeid)", "VOFO", "", "Partnerskap"),
    i("H63", "Informasjon om Kompetansepluss frivillighet", "VOFO", "", "Informasjon"),
    i("H08", "Voksenopplæringsdagene i Vestland", "VOFO Vestland", "", "Arrangement"),
    i("H64", "Integreringsrapport (tittel ikke bestemt)", "VOFO", "Fafo", "FoU"),
]

# UHR: a LibreOffice-written DOCX; the delmål column holds "Delmål 1.4 …" or a paraphrase.
UHR = [
    ("Delmål 1.4 – samarbeid mellom utdanning og arbeidsliv",
     i("H04", "UHRs fagstrategiske enheter (UHR-Lærerutdanning, UHR-Helse og velferd, UHR-MNT og UHR-Økonomi "
              "og administrasjon) har arbeidslivsrepresentanter i styrene", "UHR", "Partene i arbeidslivet",
       "Råd")),
    ("Delmål 1.4 – samarbeid mellom utdanning og arbeidsliv",
     i("H70", "Nasjonal konferanse om praksis i høyere utdanning", "UHR", "KD, DIKU", "Konferanse")),
    ("Relevante tilbud for etter- og videreutdanning (2.4)",
     i("H69", "Felles katalog over korte, fleksible emner for yrkesaktive på tvers av institusjonene", "UHR",
       "Kompetanse Norge", "Portal")),
    ("Dokumentere og vurdere realkompetanse (2.5)",
     i("H68", "Nasjonale retningslinjer for vurdering av realkompetanse ved opptak til høyere utdanning", "UHR",
       "NOKUT", "Utredning")),
    ("Godkjenning av utenlandsk utdanning (2.6)",
     i("H71", "Arbeidsgruppe for lik praksis ved innpassing av utenlandsk utdanning", "UHR", "NOKUT",
       "Arbeidsgruppe")),
]

# Agder fylkeskommune: Tiltak and Beskrivelse side by side, the delmål cells merged down the rows.
AGDER = [
    i("H72", "Kompetanserådet for Agder", "Agder fylkeskommune", "Partene, NAV, UiA", "Råd",
      beskrivelse="Rådet møtes fire ganger i året og gir fylkeskommunen råd om regionale kompetansetiltak."),
    i("H73", "Karriereveiledning for permitterte", "Karriere Agder", "NAV Agder", "Prosjekt",
      beskrivelse="Tilbud om samtaler og kurs i jobbsøking for permitterte i reiseliv og handel."),
    i("H74", "Yrkesfagkonferansen Agder 2021", "Agder fylkeskommune", "Opplæringskontorene", "Konferanse",
      beskrivelse="Konferansen samlet lærebedrifter, rådgivere og elever i Kristiansand i oktober."),
    i("H77", "Bedriftsnettverk for grønn omstilling i prosessindustrien", "Agder fylkeskommune",
      "Eyde-klyngen, Fagskolen i Agder", "Nettverk",
      beskrivelse="Nettverket kartlegger kompetansebehov og bestiller etterutdanning fra fagskolen."),
    i("H75", "Modulstrukturert fagopplæring for voksne i helsearbeiderfaget", "Agder fylkeskommune", "Kommunene",
      "Opplæring", beskrivelse="Voksne tar fagbrevet modul for modul ved siden av jobb."),
    i("H76", "Kartlegging av kompetansen til nyankomne flyktninger", "Agder fylkeskommune", "IMDi, kommunene",
      "Kartlegging", beskrivelse="Resultatene brukes til å planlegge voksenopplæringen i regionen."),
]
