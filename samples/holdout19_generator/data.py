"""The measures of the 2039 round, per member report: one source for the documents and the truth."""
from __future__ import annotations

from dataclasses import dataclass

RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"
FOU = "FoU"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


@dataclass
class Row:
    mid: str          # measure id (shared measures share it)
    tiltak: str       # title exactly as written
    delmal: str       # code a secretary assigns
    type: str         # one of the six types
    shown_type: str   # type as written in the report ("" = not given)
    ansvarlig: str
    partnere: str
    beskrivelse: str
    shown_dm: str = ""  # delmål as written (notation of the report), "" = plain code


REGJERINGEN = [
    Row("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "Råd/utvalg/nettverk", "KD",
        "ASD, KDD, hovedorganisasjonene i arbeidslivet",
        "Utvalget ble oppnevnt for en ny periode fra 2038 til 2042 og la i juni fram en temarapport om "
        "hvilken kompetanse den grønne omstillingen krever i regionene. HK-dir ivaretar sekretariatet."),
    Row("M02", "Ny veileder for fylkeskommunenes kompetanseforum", "1.2", INFO, "", "KDD",
        "KD, fylkeskommunene, KS",
        "Veilederen beskriver hvordan fylkeskommunene kan organisere det regionale samarbeidet med "
        "partene, NAV og utdanningsinstitusjonene, og bygger på erfaringene fra de første ti årene med "
        "regionale kompetanseforum."),
    Row("M03", "Nasjonal kvalitetsstandard for karrieresentrene", "1.3", PROS, "prosjekt", "KD",
        "HK-dir, fylkeskommunene",
        "Standarden ble prøvd ut ved seks karrieresentre i 2039 og skal tas i bruk i alle fylker fra "
        "høsten 2040."),
    Row("M04", "Bransjeprogrammet Kompetanseløft grønn industri (KGI)", "2.4", KURS, "kurs/utdanning", "KD",
        "LO, NHO, HK-dir, fagskoler og universiteter",
        "Programmet gir ansatte i prosessindustri, batteriproduksjon og havvind korte, arbeidsplassnære "
        "tilbud som partene har prioritert. Over 2 300 deltakere fullførte en modul i løpet av året."),
    Row("M05", "Samfunnskontrakten for flere læreplasser 2036–2040", "2.3", KURS, "", "KD",
        "Partene i arbeidslivet, KS, fylkeskommunene",
        "Kontraktsperioden går inn i sitt siste år. Andelen søkere med læreplass var 81 prosent ved "
        "utgangen av 2039."),
    Row("M06", "Programmet Digitalt grunnløft for voksne", "2.1", KURS, "kurs/utdanning", "KD",
        "HK-dir, VOFO, fylkeskommunene",
        "Et tilskuddsprogram for kurs i grunnleggende digitale ferdigheter for voksne i arbeid, "
        "gjennomført av studieforbund, fylkeskommuner og bedrifter."),
    Row("M07", "Utredning om individuelle kompetansekontoer", "2.2", FOU, "FoU", "KD og FIN", "NIFU",
        "Utredningen vurderer om en konto med skattefordel kan gjøre det mer lønnsomt for arbeidstakere "
        "og virksomheter å investere i etter- og videreutdanning. Rapporten kommer i mars 2040."),
    Row("M55", "Evaluering av ordningen med bransjeprogrammer", "2.2", FOU, "FoU", "KD", "Oxford Research",
        "Sluttrapporten fra evalueringen ble levert i oktober og viser at programmene når mange med kort "
        "utdanning, men færre i små virksomheter."),
    Row("M08", "Raskere godkjenning av utenlandsk fagskoleutdanning", "2.6", PROS, "prosjekt", "HK-dir", "KD",
        "Saksbehandlingstiden er redusert fra fem til to måneder gjennom automatisert forhåndsvurdering."),
    Row("M09", "Forsøk med kortere fagbrevløp for voksne i arbeidsmarkedstiltak", "3.3", KURS, "", "ASD",
        "Arbeids- og velferdsdirektoratet, fylkeskommunene",
        "Forsøket gir arbeidssøkere over 25 år et komprimert løp mot fagbrev mens de mottar ytelser fra "
        "NAV. 14 fylker deltar."),
    Row("M56", "Styrket norskopplæring i arbeidsmarkedsopplæringen", "3.5", KURS, "kurs/utdanning", "ASD",
        "Arbeids- og velferdsdirektoratet",
        "Flere AMO-kurs kombinerer nå fagopplæring med norsk på arbeidsplassen."),
    Row("M10", "Ny læreplan i norsk og samfunnskunnskap for voksne innvandrere", "3.4", KURS, "", "KD",
        "IMDi, HK-dir, kommunene",
        "Læreplanen trådte i kraft 1. august 2039 og legger større vekt på språk i arbeidslivet."),
]

LO = [
    Row("M01", "LO har to faste representanter i KBU", "1.1", RAD, "", "LO", "",
        "Representantene har gitt innspill om behovene i industri, transport og varehandel til utvalgets "
        "temarapport.", "1,1"),
    Row("M11", "Kurs for LOs representanter i RSA og faglige råd", "1.4", KURS, "Kurs", "LO", "Forbundene",
        "Todagers samling med opplæring i rollen som arbeidstakerrepresentant i samarbeidsorganene.", "1,4"),
    Row("M12", "Observatør i UHR-Helse og velferd", "1.4", RAD, "Råd/utvalg", "LO/Fagforbundet", "UHR",
        "Observatørplassen brukes til å løfte praksis og arbeidsplassnær læring i helse- og "
        "sosialfagutdanningene.", "1,4"),
    Row("M04", "KGI – partsbasert bransjeprogram for grønn industri", "2.4", KURS, "", "LO/Fellesforbundet",
        "NHO, Norsk Industri, KD",
        "Fellesforbundet har sittet i styringsgruppen og fått tillitsvalgte til å rekruttere deltakere i "
        "egne bedrifter.", "2,4"),
    Row("M05", "Samfunnskontrakten for flere læreplasser", "2.3", KURS, "", "LO", "KD, NHO, KS, Virke, Spekter",
        "LO har fulgt opp kontrakten i forbundenes bransjer og meldt inn behov for flere læreplasser i "
        "offentlig sektor.", "2.3"),
    Row("M13", "Yrkesfagkonferansen 2039, Trondheim 14.–15. oktober", "2.3", ARR, "Arrangement", "LO",
        "YS, NHO, Trøndelag fylkeskommune",
        "Konferansen samlet 420 deltakere fra skoler, lærebedrifter og opplæringskontor.", "2.3"),
    Row("M14", "Tillitsvalgtopplæring om kompetanseklausuler i tariffavtalene", "2.2", KURS, "Kurs", "LO", "AOF",
        "Nytt kursopplegg for lokale tillitsvalgte om hvordan avtalenes bestemmelser om kompetanse kan "
        "brukes i drøftinger med arbeidsgiver.", "2,2"),
]

NHO = [
    Row("M01", "NHO oppnevner medlem til Kompetansebehovsutvalget", "1.1", RAD, "råd/utvalg", "", "",
        "Vårt medlem har særlig bidratt til kapitlet om fagarbeidere i grønn industri.", "1.1"),
    Row("M15", "NHOs merknader til KBUs temarapport om grønn omstilling", "1.1", FOU, "", "", "",
        "Et internt notat som sammenfatter rapportens funn for medlemsbedriftene og peker på hva "
        "landsforeningene bør følge opp.", "1.1"),
    Row("M12", "Plass i UHR-MNT (matematikk, naturvitenskap og teknologi)", "1.4", RAD, "råd/utvalg", "", "",
        "NHO bruker plassen til å fremme behovet for ingeniører med digital og bærekraftig profil.", "1.4"),
    Row("M04", "Kompetanseløft grønn industri", "2.4", KURS, "kurs", "", "LO, Norsk Industri",
        "NHO og Norsk Industri har deltatt i programrådet og i utvelgelsen av nye moduler.", "2.4"),
    Row("M16", "Forhandlinger om en ny samfunnskontrakt for perioden 2041–2046", "2.3", RAD, "", "", "",
        "NHO har lagt fram sine krav til en ny kontrakt, blant annet mål for læreplasser i "
        "privat tjenesteyting.", "2.3"),
    Row("M17", "Kampanjen «Fagbrev først»", "2.3", INFO, "informasjon", "", "NHOs landsforeninger",
        "Kampanjen i sosiale medier viser unge hvilke karriereveier et fagbrev åpner.", "2.3"),
    Row("M18", "Kompetansebarometeret 2039", "2.2", FOU, "FoU", "", "NIFU",
        "Den årlige undersøkelsen blant NHOs medlemsbedrifter om udekkede kompetansebehov.", "2.2"),
]

UNIO = [
    Row("M01", "Kompetansebehovsutvalget, der Unio er representert", "1.1", RAD, "Råd/utvalg/nettverk", "Unio",
        "Hovedorganisasjonene",
        "Utvalget la i år vekt på behovet for sykepleiere og lærere med spesialisert kompetanse.",
        "dm 1.1"),
    Row("M19", "Unio-representanter i RSA ved universiteter og høgskoler", "1.4", RAD, "Råd/utvalg/nettverk",
        "Unio-forbundene", "UH-institusjonene",
        "Forbundene har representanter i rådene for samarbeid med arbeidslivet ved tolv institusjoner.",
        "dm 1.4"),
    Row("M22", "Plass i Nasjonalt forum for karriereveiledning", "1.3", RAD, "Råd/utvalg/nettverk", "Unio",
        "HK-dir",
        "Unio har lagt vekt på veiledning for voksne som vil ta utdanning innen helse og skole.", "dm 1.3"),
    Row("M20", "EVU-barometeret 2039", "2.2", FOU, "FoU", "Unio og Akademikerne", "Ny Analyse",
        "Spørreundersøkelse blant 6 000 medlemmer om deltakelse i og hindringer for etter- og "
        "videreutdanning.", "dm 2.2"),
    Row("M21", "Veileder om rett til etter- og videreutdanning i tariffavtalene", "2.2", INFO, "Informasjon",
        "Unio", "Unios forbund",
        "Veilederen er sendt til alle hovedtillitsvalgte og ligger på Unios nettsider.", "dm 2.2"),
    Row("M23", "Kurs i studieforbund for tillitsvalgte", "3.6", KURS, "Kurs/utdanning", "Unio", "Unios forbund",
        "Forbundene har brukt studieforbundsmidler til lokale kurs i forhandlingsteknikk og "
        "arbeidsmiljø.", "dm 3.6"),
]

KS = [
    Row("M24", "Sete i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "Råd/utvalg", "KS",
        "Fylkeskommunene", "", "1,4"),
    Row("M22", "Deltakelse i Nasjonalt forum for karriereveiledning", "1.3", RAD, "Råd/utvalg", "KS", "HK-dir",
        "", "1.3"),
    Row("M27", "Lederprogram for digital omstilling i kommunene", "2.1", KURS, "Kurs", "KS", "BI", "", "2.1"),
    Row("M28", "Arbeidslivsmonitor for kommunesektoren 2039", "2.2", FOU, "FoU", "KS", "Fafo", "", "2.2"),
    Row("M26", "Status for lærlinger i kommunesektoren", "2.3", INFO, "Informasjon", "KS", "", "", "2.3"),
    Row("M25", "Realkompetanse i helse (RIH)", "2.5", PROS, "Prosjekt", "KS", "Spekter, kommuner", "", "2,5"),
]

YS = [
    Row("M24", "YS er representert i SRY og i tre faglige råd", "1.4", RAD, "", "", "",
        "Representantene har særlig arbeidet med tilbudsstrukturen i service- og samferdselsfagene.",
        "delmål 1.4"),
    Row("M30", "Karriereveiledning for medlemmer over 55 år", "1.3", INFO, "", "", "Delta, Finansforbundet",
        "Forbundene tilbyr samtaler med karriereveileder og et digitalt verktøy for å kartlegge egen "
        "kompetanse.", "delmål 1.3"),
    Row("M29", "Analyse av kompetansebehov i finans og IKT etter innføring av KI-verktøy", "2.1", FOU, "", "",
        "Finansforbundet, AFI",
        "Analysen viser at behovet for omskolering er størst blant saksbehandlere i kundesentre.",
        "delmål 2.1"),
    Row("M13", "Medarrangør av Yrkesfagkonferansen 2039", "2.3", ARR, "", "", "LO, NHO",
        "YS hadde ansvar for parallellsesjonen om helse- og oppvekstfag.", "delmål 2.3"),
    Row("M31", "Webinarrekke om fagbrev for voksne", "3.1", ARR, "webinar", "", "Parat, Delta",
        "Fire webinarer om praksiskandidatordningen og fagbrev på jobb, med til sammen 900 påmeldte.",
        "delmål 3.1"),
]

VIRKE = [
    Row("M19", "Medlem i rådene for samarbeid med arbeidslivet (RSA) ved to høyskoler", "1.4", RAD,
        "Råd/utvalg/nettverk", "Virke", "Høyskolen Kristiania, Handelshøyskolen BI", "", "1.4"),
    Row("M24", "Plass i Faglig råd for salg, service og reiseliv", "1.4", RAD, "Råd/utvalg/nettverk", "Virke",
        "HK, Parat", "", "1.4"),
    Row("M32", "Nettkurs i bærekraftig handel for ansatte i varehandelen", "2.1", KURS, "Kurs/utdanning",
        "Virke", "HK, Handelshøyskolen BI", "", "2.1"),
    Row("M33", "HR-nettverk for kompetanseplanlegging i små virksomheter", "2.4", RAD, "Nettverk", "Virke",
        "Fagskolen Innlandet", "", "2.4"),
    Row("M34", "Pilot med bransjesertifikat for realkompetanse i varehandelen", "2.5", PROS, "Prosjekt",
        "Virke", "HK, Fagskolen Oslo", "", "2.5"),
]

AKADEMIKERNE = [
    Row("M01", "Plass i Kompetansebehovsutvalget", "1.1", RAD, "Råd/utvalg/nettverk", "Akademikerne",
        "Hovedorganisasjonene, departementene",
        "Akademikernes medlem har bidratt til analysene av behovet for høyt utdannede i privat "
        "sektor.", "1.1"),
    Row("M35", "Seminar for Akademikernes representanter i KBU og RSA", "1.1", ARR, "Arrangement",
        "Akademikerne", "Medlemsforeningene",
        "Et halvdagsseminar der representantene utvekslet erfaringer og avklarte felles prioriteringer.",
        "1.1"),
    Row("M19", "Akademikernes foreninger i RSA ved universitetene", "1.4", RAD, "Råd/utvalg/nettverk",
        "Medlemsforeningene", "UiO, UiB, NTNU, UiT",
        "Foreningene har representanter i rådene ved de fire eldste universitetene.", "1.4"),
    Row("M59", "Karriererådgivning for nyutdannede medlemmer", "1.3", INFO, "Informasjon", "Akademikerne",
        "Tekna, Samfunnsviterne, Econa",
        "Individuell veiledning og kurs i jobbsøking for medlemmer i overgangen fra studier til arbeid.",
        "1.3"),
    Row("M20", "Felles EVU-barometer med Unio", "2.2", FOU, "FoU", "Akademikerne", "Unio, Ny Analyse",
        "Resultatene ble lagt fram på et frokostmøte i november.", "2.2"),
    Row("M36", "Rapport om kompetanseutvikling for seniorer med høyere utdanning", "2.2", FOU, "FoU",
        "Akademikerne", "Samfunnsøkonomisk analyse",
        "Rapporten ser på hvorfor arbeidstakere over 60 år deltar mindre i videreutdanning.", "2.2"),
]

SPEKTER = [
    Row("M24", "Spekter leder Samarbeidsrådet for yrkesopplæring 2038–2040", "1.4", RAD, "Råd/utvalg/nettverk",
        "Spekter", "Partene i SRY", ""),
    Row("M05", "Samfunnskontrakten for flere læreplasser – Spekter er part", "2.3", KURS, "Kurs/utdanning",
        "Spekter", "Helseforetakene, KD", ""),
    Row("M37", "Samling for Spekters representanter i de faglige rådene", "2.3", ARR, "Arrangement", "Spekter",
        "Spekters medlemsvirksomheter", ""),
    Row("M38", "Lederutviklingsprogram for mellomledere i helseforetakene", "2.2", KURS, "Kurs/utdanning",
        "Spekter", "Helseforetakene, BI", ""),
    Row("M39", "Arendalsuka-debatt om kompetanse i spesialisthelsetjenesten", "2.2", ARR, "Arrangement",
        "Spekter", "LO Stat, Unio", ""),
    Row("M25", "RIH-prosjektet (realkompetanse i helse)", "2.5", PROS, "Prosjekt", "Spekter",
        "KS, helseforetakene", ""),
]

# the draft Spekter sent first (superseded; no truth rows)
SPEKTER_DRAFT = [
    Row("", "Spekter leder SRY", "1.4", RAD, "Råd/utvalg/nettverk", "Spekter", "Partene", ""),
    Row("", "Samling for representantene i faglige råd", "2.3", ARR, "Arrangement", "Spekter", "", ""),
    Row("", "Lederutviklingsprogram for mellomledere", "2.2", KURS, "Kurs/utdanning", "Spekter", "BI", ""),
    Row("", "Debatt under Arendalsuka", "2.2", ARR, "Arrangement", "Spekter", "", ""),
    Row("", "Realkompetanse i helse", "2.5", PROS, "Prosjekt", "Spekter", "KS", ""),
]

VOFO = [
    Row("M42", "Regionale VOFO-samlinger med karriereveiledere", "1.3", ARR, "Arrangement",
        "VOFOs regionkontorer", "Karrieresentrene",
        "I fem regioner har studieforbundene presentert sine tilbud for veiledere ved karrieresentrene, "
        "slik at voksne som ønsker opplæring kan henvises videre.", "1.3"),
    Row("M06", "Digitalt grunnløft – kurs i regi av studieforbundene", "2.1", KURS, "Kurs/utdanning",
        "Studieforbundene", "VOFO, HK-dir",
        "Studieforbundene gjennomførte 1 150 kurs i grunnleggende digitale ferdigheter med støtte fra "
        "programmet.", "2.1"),
    Row("M40", "Informasjonskampanje om Kompetansepluss frivillighet", "3.2", INFO, "Informasjon", "VOFO",
        "Studieforbundene",
        "Kampanjen skal få flere frivillige organisasjoner til å søke om midler til kurs i lesing, "
        "skriving og regning.", "3.2"),
    Row("M43", "Norsktrening i frivilligheten for nyankomne", "3.4", KURS, "Kurs/utdanning",
        "Studieforbundene", "IMDi, frivillige organisasjoner",
        "Språkkafeer og samtalegrupper som supplement til den offentlige norskopplæringen.", "3.4"),
    Row("M41", "Forskningsprosjekt om læringsutbytte i studieforbundskurs", "3.6", FOU, "FoU", "VOFO", "Fafo",
        "Prosjektet følger 2 000 kursdeltakere over tre år.", "3.6"),
    Row("M57", "Seminar om livslang læring i frivillig sektor", "3.6", ARR, "Arrangement", "VOFO",
        "Frivillighet Norge",
        "Seminaret samlet ledere fra studieforbund og frivillige organisasjoner i september.", "3.6"),
]

UHR = [
    Row("M12", "Fagstrategiske enheter med observatører fra partene", "1.4", RAD, "", "UHR", "LO, NHO, Unio",
        "Partene har observatørplass i enhetene for helse og velferd, lærerutdanning og "
        "matematikk, naturvitenskap og teknologi."),
    Row("M45", "Felles retningslinjer for praksis i profesjonsutdanningene", "1.4", PROS, "", "UHR",
        "KS, Spekter",
        "Retningslinjene skal sikre at praksis har samme kvalitet og omfang uansett institusjon."),
    Row("M58", "Kartlegging av arbeidslivsrelevans i masterprogrammene", "1.4", FOU, "", "UHR", "NIFU",
        "Spørreundersøkelse til kandidater fem år etter fullført grad."),
    Row("M44", "Nasjonal oversikt over fleksible etter- og videreutdanningstilbud i UH-sektoren", "2.4", INFO, "",
        "UHR", "HK-dir",
        "Oversikten gjør det enklere for virksomheter å finne tilbud som passer deres behov."),
    Row("M46", "Kompletterende utdanning for flyktninger med lærerutdanning", "2.6", KURS, "", "UHR",
        "OsloMet, HK-dir",
        "Et ettårig tilbud som gir godkjent lærerutdanning i Norge."),
]

UHR_AIMS = {
    "1.4": "Bedre samarbeid mellom utdanningsinstitusjonene og arbeidslivet, slik at utdanningen blir relevant",
    "2.4": "Koble virksomhetenes kompetansebehov til tilbydere av etter- og videreutdanning",
    "2.6": "Enklere godkjenning av utenlandsk utdanning og bedre tilbud om kompletterende utdanning",
}

VESTLAND = [
    Row("M47", "Kompetanseforum Vestland", "1.2", RAD, "Råd/utval/nettverk", "Vestland fylkeskommune",
        "LO, NHO, KS, Høgskulen på Vestlandet",
        "Forumet møtest fire gonger i året og har i 2039 laga ein felles plan for vaksenopplæring i "
        "regionen.", "I.2"),
    Row("M48", "Karriererettleiing på mobile kontor i distrikta", "1.3", PROS, "Prosjekt",
        "Karriere Vestland", "Kommunane",
        "Rettleiarane har hatt faste kontordagar i tolv kommunar utan eige karrieresenter.", "I.3"),
    Row("M06", "Digitalt grunnløft for vaksne", "2.1", KURS, "Kurs/utdanning", "Vestland fylkeskommune",
        "Studieforbunda, NAV Vestland",
        "Fylkeskommunen har fordelt programmidlar til kurs for tilsette i industri og omsorg.", "II.1"),
    Row("M49", "Fagbrev på jobb for tilsette i havbruk", "3.1", KURS, "Kurs/utdanning", "Vestland fylkeskommune",
        "Sjømat Norge, lærebedrifter",
        "34 tilsette i havbruksnæringa har starta på eit løp mot fagbrev i akvakulturfaget.", "III.1"),
    Row("M50", "Opplæring i norsk og arbeidsliv for kvoteflyktningar", "3.4", KURS, "Kurs/utdanning",
        "Vestland fylkeskommune", "Kommunane, NAV",
        "Kombinerte løp med språkpraksis i verksemder i Sunnfjord og Hardanger.", "III.4"),
]

VESTFOLD = [
    Row("M22", "Fylkeskommunen har plass i Nasjonalt forum for karriereveiledning", "1.3", RAD, "", "", "",
        "Vestfold representerer fylkeskommunene sammen med Troms og Nordland."),
    Row("M52", "Hospiteringsordning for yrkesfaglærere i bedrift", "1.4", KURS, "", "", "Lærebedrifter i Vestfold",
        "22 lærere hospiterte i to uker i bedrifter innen elektro og teknologi."),
    Row("M51", "Digitalt grunnløft Vestfold – regional pilot for ansatte i varehandelen", "2.1", PROS, "", "",
        "Virke, HK",
        "En egen fylkeskommunal pilot med kortere kurs på arbeidsplassen, finansiert av fylkeskommunen."),
    Row("M53", "Partnerskap for lærlinger i offentlig sektor", "2.3", RAD, "", "", "Kommunene i Vestfold, KS",
        "Kommunene har forpliktet seg til minst to lærlinger per 1 000 innbyggere."),
    Row("M54", "Modulbasert opplæring for voksne i helsearbeiderfaget", "3.1", KURS, "", "",
        "Kommunene, NAV Vestfold",
        "Opplæringen gis i moduler som kan kombineres med arbeid i deltidsstilling."),
]

DM_WORDS = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt ansvar og samarbeid",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag",
    "2.4": "Kompetansebehov i virksomheter og klynger",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og introduksjonsprogram",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læring i frivillig sektor",
}
