"""Tiltak of the first seven members (Regjeringen .. UHR).

Shared measures carry a fixed id M01..M12; all others get "" and are
numbered in file order by truth.py."""
from .common import R, FOU, KURS, RUN, PROS, INFO, ARR

REGJERINGEN = [
    R("M01", "1.1", RUN, "Kompetansebehovsutvalet (KBU)",
      "KD (sekretariat i HK-dir)", "Partene i arbeidslivet, NAV, SSB",
      "Utvalget la i 2051 fram hovedrapporten om kompetansebehov i "
      "omstillingen til lavutslippssamfunnet, og en temarapport om helse- "
      "og omsorgssektoren.", tw="Utvalg"),
    R("", "1.3", INFO, "Videreutvikling av utdanning.no og karriereveiledning.no",
      "HK-dir", "",
      "Nye selvhjelpsverktøy for karrierevalg, blant annet en interessetest "
      "på nynorsk og nordsamisk, ble lansert i september.", tw="Informasjon"),
    R("", "2.1", KURS,
      "Tilskuddsordning for fleksible videreutdanningstilbud i digital kompetanse",
      "HK-dir", "Universiteter, høyskoler og fagskoler",
      "Utlysningen hadde en ramme på 180 mill. kroner. 64 tilbud fikk "
      "støtte, de fleste nettbaserte og modulbaserte.", tw="Utdanning"),
    R("M07", "2.4", KURS, "Bransjeprogram for kompetanseutvikling",
      "KD og AID", "LO, NHO, YS, Unio, Virke, Spekter og KS",
      "Programmet omfattet tolv bransjer i 2051, blant annet havbruk, bygg "
      "og anlegg og dagligvare. Partene i hver bransje avgjør hvilke "
      "tilbud som skal utvikles.", tw="Kurs/utdanning"),
    R("", "2.6", FOU,
      "Evaluering av ordningen for godkjenning av høyere yrkesfaglig utdanning fra utlandet",
      "HK-dir", "",
      "Oppdraget ble lyst ut høsten 2051. Sluttrapport ventes i 2053.",
      tw="Evaluering"),
    R("M08", "3.2", KURS, "Kompetansepluss frivillighet",
      "HK-dir", "Studieforbundene, VOFO",
      "Tilskudd til opplæring i lesing, skriving, regning, muntlig "
      "kommunikasjon og digitale ferdigheter gjennom studieforbund og "
      "frivillige organisasjoner. Om lag 2 400 deltakere i 2051.",
      tw="Kurs/utdanning"),
    R("", "3.4", PROS,
      "Forsøk med modulstrukturert norskopplæring for arbeidsinnvandrere",
      "KD", "HK-dir, sju forsøkskommuner",
      "Norskopplæringen kombineres med arbeid og tilpasses skiftordninger. "
      "Forsøket varer til og med 2053.", tw="Forsøk"),
]

LO = [
    R("M01", "1.1", RUN, "Deltakelse i Kompetansebehovsutvalget",
      "LO (samfunnspolitisk avdeling)", "",
      "LO har en fast representant i KBU og har gitt innspill til rapporten "
      "om kompetansebehov i det grønne skiftet, særlig om behovet for "
      "fagarbeidere i industri og bygg.", tw="Utvalg"),
    R("M03", "2.3", RUN, "Samarbeidsrådet for yrkesopplæring (SRY)",
      "LO og forbundene", "",
      "LO deltar i SRY og i de faglige rådene. I 2051 var tilbudsstrukturen "
      "for helse- og oppvekstfag og for teknologi- og industrifag de "
      "viktigste sakene.", tw="Råd"),
    R("M07", "2.4", KURS, "Bransjeprogrammene (trepartssamarbeid)",
      "LO-forbundene", "Staten, arbeidsgiverorganisasjonene",
      "Forbundene har vært med på å utvikle nye kurs i programmene for "
      "elektro, renhold og sjømat. Over 5 000 ansatte har tatt kurs "
      "gjennom programmene i år.", tw="Kurs"),
    R("", "2.5", PROS,
      "Realkompetanse fra tillitsverv – pilot for dokumentasjon",
      "LO", "Fagskolen Aof, AOF Norge",
      "Piloten utvikler en modell for å dokumentere realkompetanse fra "
      "tillitsverv, slik at den kan gi uttelling ved opptak til fagskole.",
      tw="Prosjekt"),
    R("", "3.1", KURS,
      "Kveldsskole for fagarbeidere uten fullført videregående",
      "AOF Norge", "Fylkeskommunene",
      "Kveldsbasert undervisning i fellesfag for voksne som jobber "
      "turnus eller skift, med mulighet for å ta fagbrev som "
      "praksiskandidat.", tw="Opplæring"),
]

NHO = [
    R("M01", "1.1", RUN, "NHOs plass i KBU",
      "NHO Arbeidsliv", "",
      "NHO deltar i utvalget og har levert data fra Kompetansebarometeret "
      "som grunnlag for utvalgets analyser.", tw="RN"),
    R("M02", "1.4", RUN,
      "Representasjon i råd for samarbeid med arbeidslivet (RSA)",
      "NHOs regionkontorer", "Landsforeningene",
      "NHO og landsforeningene har representanter i RSA ved 14 "
      "universiteter og høyskoler.", tw="RN"),
    R("", "2.2", FOU, "NHOs kompetansebarometer 2051",
      "NHO", "NIFU",
      "Årlig spørreundersøkelse blant medlemsbedriftene om "
      "kompetansebehov. 6 100 bedrifter svarte.", tw="FU"),
    R("", "2.3", INFO, "Kampanjen «Fagarbeider – et godt valg»",
      "NHO", "Landsforeningene, opplæringskontorene",
      "Kampanje i sosiale medier rettet mot elever på 10. trinn og "
      "foresatte før søknadsfristen 1. mars.", tw="IN"),
    R("", "3.3", PROS,
      "Inkluderingsdugnad i bedrift – opplæringsløp for ledige",
      "NHO Service og Handel", "NAV",
      "Bedriftsintern opplæring kombinert med lønnstilskudd for personer "
      "med hull i CV-en. 38 bedrifter deltok.", tw="PR"),
]

KS = [
    R("M03", "2.3", RUN,
      "Representasjon i Samarbeidsrådet for yrkesopplæring (SRY)",
      "KS", "",
      "KS har to medlemmer i SRY og har særlig arbeidet med dimensjonering "
      "av lærefag innen helse og oppvekst."),
    R("M06", "1.4", RUN,
      "Deltakelse i UHRs fagstrategiske enheter (UHR-Lærerutdanning og UHR-Helse og velferd)",
      "KS", "UHR",
      "KS bidrar i samarbeidet om praksis og om etter- og videreutdanning "
      "i profesjonsutdanningene."),
    R("M11", "2.1", PROS, "Digitalt seniorløft i kommunesektoren",
      "KS", "YS, Delta, Fagforbundet",
      "Felles prosjekt med YS der ansatte over 55 år i kommunene får "
      "tilbud om digital grunnopplæring på arbeidsplassen."),
    R("", "1.2", RUN,
      "Nettverk for fylkeskommunenes kompetansepolitiske rolle",
      "KS", "Fylkeskommunene",
      "KS drifter et nettverk for kompetanserådgivere i fylkeskommunene. "
      "Nettverket hadde fire samlinger i 2051."),
    R("", "3.4", KURS,
      "Kompetanseheving for lærere i kommunal voksenopplæring",
      "KS", "OsloMet, HK-dir",
      "Videreutdanning i andrespråkspedagogikk (30 studiepoeng) for "
      "lærere i norskopplæringen for voksne innvandrere."),
]

VIRKE = [
    R("", "1.3", INFO, "Nettside om karriereveier i handel og tjenesteyting",
      "Virke", "HK-dir",
      "Oversikt over utdanningsveier fra butikkmedarbeider til "
      "butikksjef og regionleder, med intervjuer.", tw="informasjon"),
    R("", "2.1", KURS,
      "Virke Digital – nettkurs i netthandel og digitale verktøy",
      "Virke Kompetanse", "",
      "Gratis nettkurs for ansatte i små virksomheter. 3 800 fullførte "
      "minst ett kurs i 2051.", tw="kurs"),
    R("M03", "2.3", RUN, "Medlemskap i SRY",
      "Virke", "",
      "Virke representerer handels- og tjenesteytende næringer i SRY og i "
      "faglig råd for salg, service og reiseliv.", tw="råd"),
    R("M10", "2.4", RUN, "Handelsnettverket i Møre og Romsdal",
      "Virke Midt-Norge",
      "Møre og Romsdal fylkeskommune, Fagskolen Møre og Romsdal",
      "Nettverk av butikkjeder og fagskole som skal gjøre korte kurs i "
      "varehandel lettere tilgjengelige for ansatte.", tw="nettverk"),
]

# YS uses its own number key: 1 Råd/utvalg/nettverk, 2 Kurs/utdanning,
# 3 Prosjekt, 4 FoU, 5 Arrangement, 6 Informasjon.
YS_KEY = {RUN: 1, KURS: 2, PROS: 3, FOU: 4, ARR: 5, INFO: 6}
YS = [
    R("M04", "2.3", RUN, "Representasjon i Nasjonalt fagskoleråd",
      "YS", "",
      "YS har ett medlem i rådet og har spilt inn behov for "
      "fagskoletilbud innen finans og IKT-sikkerhet."),
    R("M11", "2.1", PROS, "Digital kompetanse 55+",
      "YS", "KS, Delta",
      "Et felles prosjekt med KS om digital opplæring for eldre "
      "arbeidstakere i kommunene. Prosjektet nådde 1 900 ansatte i 2051."),
    R("", "2.2", FOU,
      "YS Arbeidslivsbarometer – tema læring på jobb",
      "YS", "Opinion",
      "Undersøkelsen viste at fire av ti arbeidstakere ikke hadde deltatt "
      "i noen form for opplæring det siste året."),
    R("", "1.3", ARR, "Konferansen «Karriere hele livet»",
      "YS", "Parat, Delta",
      "Heldagskonferanse i Oslo 14. oktober 2051 med 240 deltakere om "
      "karriereveiledning for voksne i arbeid."),
]
for _r in YS:
    _r.tw = str(YS_KEY[_r.type])

UHR = [
    R("M02", "1.4", RUN,
      "Råd for samarbeid med arbeidslivet (RSA) ved UH-institusjonene",
      "Institusjonene", "Partene i arbeidslivet, fylkeskommunene",
      "UHR har fulgt opp institusjonenes RSA og samlet erfaringene i et "
      "notat til medlemsinstitusjonene.", tw="Rådsarbeid"),
    R("M06", "1.4", RUN, "UHRs fagstrategiske enheter",
      "UHR", "KS, Spekter, NHO",
      "Enhetene for lærerutdanning, helse og velferd, økonomisk-"
      "administrativ utdanning og teknologi har drøftet kompetansebehov "
      "og EVU-tilbud.", tw="Nettverk"),
    R("", "2.2", FOU, "Kartlegging av EVU-aktiviteten i UH-sektoren",
      "UHR", "HK-dir, NIFU",
      "Rapport om omfanget av etter- og videreutdanning og "
      "studiepoengproduksjon for voksne i arbeid.", tw="Utredning"),
    R("", "2.6", ARR,
      "Fagdag om godkjenning av utenlandsk høyere utdanning",
      "UHR", "HK-dir",
      "Fagdag for opptaksansatte om vurdering av utdanning fra land "
      "utenfor Lisboa-konvensjonen.", tw="Seminar"),
    R("", "3.1", KURS,
      "Korte nettbaserte EVU-moduler for voksne uten høyere utdanning",
      "UH-institusjonene", "UHR",
      "Seks institusjoner har utviklet moduler på 7,5 studiepoeng med "
      "opptak på grunnlag av realkompetanse.", tw="Videreutdanning"),
]
