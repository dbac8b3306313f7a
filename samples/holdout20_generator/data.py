"""The measures of the round, per file, as the reports write them.

Each row: m (measure id), tiltak, delmal (truth code), typ (truth type), tword (type word as
written in the report, or None), ans (ansvarlig as written), part (partners as written),
besk (description as written).
"""
from dataclasses import dataclass

RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"
FOU = "FoU"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


@dataclass
class Row:
    m: str
    tiltak: str
    delmal: str
    typ: str
    tword: str | None = None
    ans: str = ""
    part: str = ""
    besk: str = ""


def R(m, tiltak, delmal, typ, tword=None, ans="", part="", besk=""):
    return Row(m, tiltak, delmal, typ, tword, ans, part, besk)


# Shared measures: M01 KBU, M02 SRY, M03 Faglig råd for helse- og oppvekstfag, M04 RSA,
# M05 UHR's fagstrategiske enheter, M06 Kompetanseløftet for grønn industri, M07 Lærlingløftet 2040,
# M08 DigiStat, M09 joint breakfast meeting at Arendalsuka 2040, M10 Språkvenn,
# M11 Nasjonalt forum for karriereveiledning. Own measures are numbered from M12 in build order.

REGJERINGEN = [
    R("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "Utvalg", "KD",
      "ASD, KDD, hovedorganisasjonene i arbeidslivet",
      "Utvalget la fram sin hovedrapport i juni 2040 og fikk nytt mandat for perioden 2041–2044."),
    R("", "Veileder for regionale kompetanseplaner", "1.2", INFO, "Veiledningsmateriell", "KDD",
      "KD, fylkeskommunene, KS",
      "Ny veileder til fylkeskommunene om hvordan regionale kompetanseplaner kan knyttes til den regionale planstrategien."),
    R("M11", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "Nettverk", "KD",
      "HK-dir, KS, fylkeskommunene, partene",
      "Forumet møttes fire ganger i 2040, med særlig vekt på veiledning for voksne i omstilling."),
    R("", "Lovfestet rett til karriereveiledning for voksne – høringsnotat", "1.3", FOU, "Utredning", "KD", "",
      "Høringsnotat om å lovfeste fylkeskommunenes ansvar for gratis karriereveiledning for alle over 19 år."),
    R("", "Flere studieplasser i fagskolen innen helse og teknologi", "1.4", KURS, None, "KD",
      "HK-dir, fylkeskommunene, Fagskolerådet",
      "800 nye studieplasser fordelt etter behov meldt fra arbeidslivet i regionene."),
    R("M08", "DigiStat – partssamarbeid om digital kompetanse i statlig sektor", "2.1", PROS, "Program", "KDD",
      "Unio, YS, Akademikerne, LO Stat, Digdir",
      "Treårig program (2039–2041) der statlige virksomheter og de tillitsvalgte lager felles planer for digital kompetanse."),
    R("", "Forskningsprogrammet LÆRA – læring i arbeidslivet", "2.2", FOU, "Forskning", "KD", "Forskningsrådet",
      "Forskningsrådet lyste ut midler til fire nye prosjekter om hvordan voksne lærer på jobben."),
    R("M07", "Lærlingløftet 2040", "2.3", PROS, "Samarbeidsprosjekt", "KD",
      "NHO, KS, LO, Virke, Spekter, fylkeskommunene",
      "Felles løft med mål om 3 000 flere læreplasser i privat og offentlig sektor innen utgangen av 2041."),
    R("M06", "Kompetanseløftet for grønn industri (KGI)", "2.4", KURS, "Etter- og videreutdanning", "NFD",
      "KD, NHO, LO, HK-dir",
      "Tilskudd til bransjevise etter- og videreutdanningstilbud for prosessindustri, batteriproduksjon og havvind."),
    R("", "Nasjonal standard for dokumentasjon av realkompetanse fra arbeidslivet", "2.5", PROS, "Pilot", "KD",
      "HK-dir, partene i arbeidslivet",
      "Standarden ble prøvd ut i tre bransjer og skal gjelde fra 2041."),
    R("", "Digital søknad om godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", PROS, "Prosjekt", "KD", "HK-dir",
      "Søknader kan nå sendes og følges digitalt; saksbehandlingstiden er halvert."),
    R("", "Rett til modulstrukturert fagopplæring for voksne", "3.1", KURS, "Opplæring", "KD",
      "fylkeskommunene, Udir",
      "Fra 1. august 2040 har voksne rett til å ta fag- og yrkesopplæring i moduler hos fylkeskommunen."),
    R("", "Toårig yrkesrettet opplæringstiltak i NAV gjort permanent", "3.5", KURS, "Kurs", "ASD",
      "Arbeids- og velferdsdirektoratet", ""),
    R("M10", "Tilskuddsordningen Språkvenn", "3.4", KURS, None, "KD", "VOFO, IMDi",
      "Tilskudd til frivillige organisasjoner og studieforbund som driver norsktrening for innvandrere."),
]

# LO: long prose report; run-in bold title, description, optional "Samarbeid: …", tag in brackets.
LO = [
    R("M01", "LOs plasser i Kompetansebehovsutvalget", "1.1", RAD, None, "", "",
      "LO har hatt to medlemmer i utvalget gjennom 2040 og har særlig arbeidet for at rapportene skal belyse behovet for fagarbeidere."),
    R("", "Samling for LOs medlemmer i SRY og de faglige rådene", "1.4", ARR, "arrangement", "", "",
      "Todagers samling i mars der representantene utvekslet erfaringer fra arbeidet med tilbudsstrukturen."),
    R("M02", "Samarbeidsrådet for yrkesopplæring", "1.4", RAD, None, "", "",
      "LO har nestlederplassen i SRY og har bidratt i arbeidet med ny forskrift om fag- og yrkesopplæring."),
    R("M05", "Observatør i UHRs fagstrategiske enheter", "1.4", RAD, None, "", "",
      "LO har observatørplass i UHR-Lærerutdanning og UHR-Helse og velferd og bruker den til å løfte praksis i profesjonsutdanningene."),
    R("", "Tillitsvalgtkurs om digital omstilling", "2.1", KURS, "kurs", "", "AOF Norge",
      "Nytt kurs i LO-skolen; 420 tillitsvalgte deltok i 2040."),
    R("", "Fafo-notat om kompetanse i tariffavtalene", "2.2", FOU, "FoU", "", "Fafo",
      "Notatet kartlegger hvordan kompetansebestemmelsene i overenskomstene er brukt i perioden 2036–2040."),
    R("M06", "Kompetanseløftet for grønn industri", "2.4", KURS, None, "", "Fellesforbundet, Industri Energi, NHO",
      "LO og forbundene i industrien har vært med på å utforme de bransjevise tilbudene i programmet."),
    R("", "Kampanjen «Fagbrev – også for deg»", "3.1", INFO, "informasjon", "", "",
      "Informasjonskampanje rettet mot ufaglærte medlemmer over 25 år om praksiskandidatordningen og Fagbrev på jobb."),
]

NHO = [
    R("M01", "Medlem av Kompetansebehovsutvalget", "1.1", RAD, "Råd/utvalg", "NHO", "Hovedorganisasjonene",
      "NHO deltar i utvalget med én representant og én vararepresentant."),
    R("M02", "NHO oppnevner medlemmer til SRY", "1.4", RAD, "Råd/utvalg", "NHO", "", ""),
    R("M04", "Representasjon i RSA ved universiteter og høyskoler", "1.4", RAD, "Råd/utvalg", "NHOs regionforeninger",
      "UH-sektoren",
      "Regionforeningene har oppnevnt representanter til 17 råd for samarbeid med arbeidslivet."),
    R("M07", "Lærlingløftet 2040", "2.3", PROS, "Prosjekt", "NHO", "KD, LO, KS",
      "Medlemsbedriftene har forpliktet seg til 1 200 nye læreplasser."),
    R("", "Fremtidsfag-turneen", "2.3", ARR, "Arrangement", "NHO", "BNL, Norsk Industri",
      "Bedriftsbesøk for elever på 10. trinn for å vise fram yrkesfag i industri og bygg."),
    R("M06", "KGI", "2.4", KURS, "Kurs/utdanning", "Norsk Industri", "LO, Industri Energi, fagskoler, NTNU",
      "Bransjeforeningene har meldt inn behov og satt sammen tilbudene i Kompetanseløftet for grønn industri sammen med utdanningsinstitusjonene."),
    R("", "Kartlegging av behov for fagskoleutdanning i havbruk", "2.4", FOU, "Utredning", "Sjømat Norge",
      "Fagskolen i Nordland",
      "Hvilke fagskoletilbud trenger havbruksnæringen fram mot 2045?"),
    R("", "Kompetanseindeksen 2040", "2.2", FOU, "Analyse", "NHO", "Opinion",
      "Årlig undersøkelse blant medlemsbedriftene om kompetansebehov og rekrutteringsproblemer."),
    R("", "Hurtigløp til fagbrev for flyktninger i industrien", "3.3", PROS, "Prosjekt", "NHO",
      "NAV, IMDi, Vestland fylkeskommune",
      "Pilot i fire bedrifter der deltakerne kombinerer norskopplæring og opplæring mot fagbrev."),
]

UNIO = [
    R("M01", "Unio er representert i KBU", "1.1", RAD, "Råd/utvalg", "Unio", ""),
    R("M03", "Medlemmer i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "Råd/utvalg", "Unio-forbundene",
      "Spekter, KS"),
    R("M04", "Deltakelse i råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "Råd/utvalg", "Unio",
      "UH-institusjonene"),
    R("M08", "DigiStat", "2.1", PROS, "Prosjekt", "KDD", "Unio, YS, Akademikerne"),
    R("", "Digitaliseringskurs for tillitsvalgte", "2.1", KURS, "Kurs", "Unio",
      "Utdanningsforbundet, Sykepleierforbundet"),
]

KS = [
    R("M11", "KS i Nasjonalt forum for karriereveiledning", "1.3", RAD, "Råd/utvalg", "", "",
      "KS har en fast plass i forumet og har løftet behovet for veiledning av ansatte i kommunene."),
    R("M02", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "Råd/utvalg", "", "",
      "KS har ledet rådet i 2040 og fulgt opp arbeidet med ny tilbudsstruktur."),
    R("M03", "Faglig råd for helse- og oppvekstfag", "1.4", RAD, None, "", "",
      "KS har to representanter i rådet og har bidratt til revisjon av læreplanen i helsearbeiderfaget."),
    R("", "Læringsnettverk for digital omstilling i kommunene", "2.1", PROS, "Prosjekt", "", "KDD, Fagforbundet",
      "Nettverkene samlet 64 kommuner i 2040."),
    R("", "Rapport om rekruttering av fagarbeidere til helse og omsorg", "2.2", FOU, "FoU", "",
      "Proba samfunnsanalyse",
      "Rapporten viser at én av tre kommuner mangler helsefagarbeidere."),
    R("M07", "Lærlingløftet 2040", "2.3", PROS, "Prosjekt", "", "",
      "Kommunene har i fellesskap som mål å ta inn 900 flere lærlinger."),
    R("", "Språkpraksis i kommunale virksomheter", "3.3", INFO, None, "", "",
      "Veileder for hvordan barnehager og sykehjem kan ta imot deltakere i språkpraksis."),
    R("", "Fagdag for kvalifiseringsveiledere", "3.4", ARR, "Arrangement", "", "IMDi",
      "Fagdag om introduksjonsprogrammet for ansatte i kommunenes flyktningtjenester."),
]

YS = [
    R("M01", "YS oppnevner ett medlem til Kompetansebehovsutvalget", "1.1", RAD, None, "", "", ""),
    R("", "Forprosjekt for DigiStat 2", "2.1", FOU, None, "", "",
      "utreder om partssamarbeidet kan utvides til kommunal sektor fra 2042."),
    R("M09", "Frokostmøte om livslang læring, Arendalsuka 2040", "2.2", ARR, None, "", "",
      "arrangert sammen med Virke og Spekter; om lag 150 deltakere."),
    R("", "Medlemsundersøkelse om etter- og videreutdanning", "2.2", FOU, None, "", "",
      "gjennomført av Respons Analyse blant 5 000 medlemmer."),
    R("", "Yrkesfagdagen i YS", "2.3", ARR, None, "", "",
      "seminar for forbundene om rekruttering til yrkesfag."),
]

VIRKE = [
    R("M02", "Virkes plass i SRY", "1.4", RAD, "Råd/utvalg", "", "",
      "Virke har ett medlem og ett varamedlem i Samarbeidsrådet for yrkesopplæring."),
    R("M04", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "Råd/utvalg", "", "",
      "Virke sitter i RSA ved OsloMet, USN og Høgskolen i Innlandet."),
    R("", "Kompetansepakker for varehandelen", "2.1", KURS, "Kurs", "", "Handel og Kontor, BI",
      "Korte digitale kurs i netthandel og datadrevet salg, utviklet for medlemsbedriftene."),
    R("M09", "Arendalsuka 2040: frokostmøte om livslang læring", "2.2", ARR, "Arrangement", "", "Spekter, YS",
      "Felles arrangement med Spekter og YS."),
    R("", "Kartlegging av realkompetanse i handel", "2.5", FOU, "FoU", "", "Handel og Kontor, HK-dir",
      "Hvordan kan butikkansattes kompetanse dokumenteres? Pilot i tre kjeder."),
]

AKADEMIKERNE_OLD = [
    R("M01", "Deltakelse i Kompetansebehovsutvalget", "1.1", RAD, "Råd/utvalg/nettverk", "Akademikerne", "",
      "Akademikernes representant deltar i utvalget."),
    R("", "Karriereveiledning for medlemmer", "1.3", INFO, "Informasjon", "Tekna, Econa", "",
      "Karrieresamtaler for medlemmer."),
    R("M05", "Observatør i UHR-Helse og velferd", "1.4", RAD, "Råd/utvalg/nettverk", "Akademikerne helse", "", ""),
    R("M08", "DigiStat", "2.1", PROS, "Prosjekt", "KDD", "Akademikerne, Unio, YS", ""),
]

AKADEMIKERNE = [
    R("M01", "Deltakelse i Kompetansebehovsutvalget (KBU)", "1.1", RAD, "Råd/utvalg/nettverk", "Akademikerne", "",
      "Akademikernes representant har vært med i utvalgets arbeidsgruppe om behovet for høyere utdanning."),
    R("", "Karriereveiledning for medlemmer i omstilling", "1.3", INFO, "Informasjon", "Tekna, Econa", "",
      "Gratis karrieresamtaler for medlemmer som er sagt opp eller står i omstilling."),
    R("M05", "Plass i UHR-Helse og velferd", "1.4", RAD, "Råd/utvalg/nettverk", "Akademikerne helse",
      "Legeforeningen, Psykologforeningen",
      "Vi har en observatørplass i enheten og har bidratt til arbeidet med praksis i helseutdanningene."),
    R("M08", "Partssamarbeidet om digital kompetanse i staten (DigiStat)", "2.1", PROS, "Prosjekt", "KDD",
      "Akademikerne, Unio, YS",
      "Akademikerne er med i styringsgruppen."),
    R("", "Rapport om etterutdanning for seniorer i akademiske yrker", "2.2", FOU, "FoU", "Akademikerne",
      "Samfunnsøkonomisk analyse",
      "Rapporten ble lansert i oktober 2040."),
]

SPEKTER = [
    R("", "Notat om KBUs hovedrapport 2040", "1.1", INFO, None, "", "",
      "Spekter har laget en kortversjon av rapporten for medlemsvirksomhetene, med vekt på behovene i helseforetakene."),
    R("M11", "Nasjonalt forum for karriereveiledning", "1.3", RAD, None, "", "",
      "Spekter deltar fra 2040 med én representant."),
    R("M03", "Spekter leder Faglig råd for helse- og oppvekstfag", "1.4", RAD, None, "", "Fagforbundet, Delta, NSF",
      "Lederperioden varer til 2042. Rådet har i år prioritert fagbrev i helsearbeiderfaget for voksne."),
    R("M09", "Arendalsuka 2040 – felles frokostmøte om livslang læring", "2.2", ARR, None, "", "Virke, YS",
      "Spekter, Virke og YS inviterte til debatt om hvem som skal betale for etter- og videreutdanning."),
    R("", "Dialogmøte med Spekters representanter i de faglige rådene", "2.3", ARR, None, "",
      "Spekters medlemsvirksomheter",
      "Årlig møte for å samordne innspill til tilbudsstrukturen."),
]

VOFO = [
    R("", "Regional kurskalender for frivillig opplæring", "1.2", PROS, "Prosjekt", "VOFO",
      "Studieforbundene, fylkeskommunene", "Felles digital kurskalender i seks fylker."),
    R("", "Kurs for studieforbundenes regionkontakter", "1.2", KURS, "Kurs", "VOFO", "Studieforbundene", ""),
    R("", "Kompetansepluss frivillighet – rekruttering av nye søkere", "3.2", INFO, "Informasjon", "VOFO", "HK-dir",
      "Informasjonsmøter for organisasjoner som ikke har søkt før."),
    R("", "Studiesirkler på arbeidsplassen", "3.3", KURS, "Kurs", "AOF Norge", "LO",
      "Norskopplæring og grunnleggende ferdigheter i arbeidstiden i 12 bedrifter."),
    R("M10", "Språkvenn – norsktrening i studieforbundene", "3.4", KURS, "Kurs", "Studieforbundene", "VOFO, IMDi",
      "Over 300 språkvenngrupper var i drift i 2040."),
    R("", "Forskningsprosjekt om læringsmotivasjon blant voksne med kort utdanning", "3.6", FOU, "FoU", "VOFO",
      "NIFU", "Sluttrapport høsten 2041."),
    R("", "Kampanjen «Lær noe nytt i høst»", "3.6", INFO, None, "VOFO", "Studieforbundene, NRK",
      "Kampanje i sosiale medier i august og september."),
]

# UHR: delmål given only by (shortened) words; the tiltak cell holds "title: description".
UHR_GOALS = {
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.4": "Etter- og videreutdanning tilpasset behovene i virksomheter og klynger",
    "3.1": "Fleksibel opplæring på voksnes premisser",
}
UHR = [
    R("", "Karrieresentrene ved UH-institusjonene", "1.3", RAD, None, "", "",
      "Nettverk for karriereveiledere i høyere utdanning, med felles samling i mai."),
    R("M04", "RSA ved medlemsinstitusjonene", "1.4", RAD, "Råd/utvalg", "", "NHO, Virke, Unio, KS",
      "Alle universiteter og de fleste høyskoler har nå et råd for samarbeid med arbeidslivet med representanter fra partene."),
    R("M05", "De fagstrategiske enhetene UHR-Lærerutdanning og UHR-Helse og velferd", "1.4", RAD, "Nettverk", "",
      "LO, Akademikerne, KS, Spekter",
      "Partene er med som observatører; i 2040 ble også Akademikerne tatt inn."),
    R("", "Felles avtalemal for praksis", "1.4", PROS, "Prosjekt", "", "KS, Spekter",
      "Ny nasjonal mal for avtaler om praksisplasser i profesjonsutdanningene."),
    R("", "EVU-katalogen", "2.4", INFO, "Informasjon", "", "HK-dir",
      "Felles nettside med alle etter- og videreutdanningstilbud ved UH-institusjonene."),
    R("", "Kartlegging av fleksible studietilbud for voksne", "3.1", FOU, "Utredning", "", "NIFU",
      "Rapport om omfanget av samlings- og nettbaserte tilbud ved institusjonene."),
]

VESTLAND = [
    R("", "Kompetansealliansen Vestland", "1.2", RAD, "Nettverk", "Vestland fylkeskommune",
      "NHO Vestland, LO i Vestland, KS Vest, NAV Vestland, universiteta og høgskulane",
      "Alliansen møttest fire gonger i 2040 og har lagt fram ein felles kunnskapsbase om kompetansebehov i fylket."),
    R("", "Karriererettleiing for tilsette i omstilling", "1.3", KURS, "Kurs", "Karriere Vestland", "NAV Vestland",
      "Gratis rettleiingssamtalar for tilsette i verksemder som skal nedbemanne."),
    R("M07", "Lærlingløftet 2040", "2.3", PROS, "Prosjekt", "Vestland fylkeskommune", "Opplæringskontora i Vestland",
      "Fylket har tilsett to lærlingkoordinatorar og nådde 5 200 lærekontraktar."),
    R("M06", "Kompetanseløftet for grøn industri", "2.4", KURS, "Opplæring", "Vestland fylkeskommune",
      "Fagskulen Vestland, Norsk Industri, Industri Energi",
      "Fylket har medverka til at fagskulen kunne tilby tre nye modular innan hydrogen og havvind i programmet."),
    R("", "Bedriftsretta fagskulemodular i sjømat", "2.4", KURS, None, "Fagskulen Vestland", "Sjømat Norge",
      "Korte modular som kan takast ved sida av jobb."),
    R("", "Norskopplæring på arbeidsplassen i fiskeindustrien", "3.4", PROS, "Prosjekt", "Vestland fylkeskommune",
      "kommunane, IMDi",
      "Opplæring i norsk og grunnleggjande ferdigheiter i arbeidstida for 80 tilsette."),
]

NORDLAND = [
    R("M11", "Nordland representerer fylkeskommunene i Nasjonalt forum for karriereveiledning", "1.3", RAD, None,
      "Nordland fylkeskommune", ""),
    R("", "Kompetanseforum Nordland", "1.2", RAD, None, "Nordland fylkeskommune",
      "NHO Nordland, LO Nordland, KS, NAV, Nord universitet"),
    R("", "Desentralisert fagskoleutdanning i Lofoten og Vesterålen", "1.4", KURS, None, "Fagskolen i Nordland",
      "kommunene i Lofoten og Vesterålen"),
    R("", "Kompetanseløftet for grønn industri – Nordlandspiloten", "2.4", PROS, None, "Nordland fylkeskommune",
      "Nord universitet, Fagskolen i Nordland, industribedrifter i Mo i Rana"),
    R("", "Grunnleggende ferdigheter for innvandrere i bedrift", "3.3", KURS, None, "Nordland fylkeskommune",
      "NAV Nordland, bedrifter"),
]
