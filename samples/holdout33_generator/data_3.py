"""Content: Vestland fylkeskommune (nynorsk), Trøndelag, UHR, Oslo kommune."""
from .common import R

VESTLAND = [
    R("Kompetansebru Vestland – pilot for regionalt kompetansepartnarskap", "J01",
      "1.2", "Prosjekt",
      "Vestland er eitt av fire pilotfylke. Partnarskapet samlar fylkeskommunen, "
      "NAV Vestland, Høgskulen på Vestlandet, fagskulane og partane i arbeidslivet "
      "om ein felles kompetansestrategi for regionen.",
      ans="Vestland fylkeskommune", sam="KD, KS, NAV Vestland", tt="prosjekt",
      dm="1.2 Regionalt folkevald nivå sitt kompetansepolitiske ansvar"),
    R("Fylkeskommunen sin plass i Nasjonalt forum for karriererettleiing", "M06",
      "1.3", "Råd/utvalg/nettverk",
      "Fylkeskommunen representerer karrieresentera i forumet og har i 2053 delteke "
      "i arbeidet med felles statistikk for karriererettleiing.",
      ans="Vestland fylkeskommune", sam="", tt="nettverk",
      dm="1.3 Karriererettleiing"),
    R("Vestlandsforum for karriererettleiing", "R135", "1.3", "Råd/utvalg/nettverk",
      "Etter modell av det nasjonale forumet har fylkeskommunen oppretta eit "
      "regionalt forum med karrieresentera, NAV, skulane og partane. Forumet "
      "møttest fire gonger i 2053.",
      ans="Karriere Vestland", sam="NAV Vestland, LO Vestland, NHO Vestland",
      tt="regionalt nettverk", dm="1.3 Karriererettleiing"),
    R("Medlemskap i Nasjonalt fagskuleråd", "M05", "1.4", "Råd/utvalg/nettverk",
      "Fylkeskommunen er fagskuleeigar og har i 2053 hatt ein representant i "
      "Nasjonalt fagskuleråd.",
      ans="Vestland fylkeskommune", sam="", tt="råd",
      dm="1.4 Samarbeid mellom utdanningstilbydarar og arbeidslivet"),
    R("Deltidstilbod i havbruk ved Fagskulen Vestland", "R136", "3.1",
      "Kurs/utdanning",
      "Nettbasert fagskuleutdanning i havbruksdrift med samlingar i Florø og "
      "Stord, lagt til rette for tilsette i næringa.",
      ans="Fagskulen Vestland", sam="Sjømat Norge, bedrifter i regionen",
      tt="utdanning", dm="3.1 Fleksibel opplæring på vaksne sine premissar"),
    R("Karrieredagar for vaksne innvandrarar", "R137", "3.4", "Arrangement",
      "To dagar med informasjon om utdanningsvegar, godkjenning og arbeidsliv for "
      "deltakarar i introduksjonsprogrammet.",
      ans="Karriere Vestland", sam="Kommunane i Vestland", tt="arrangement",
      dm="3.4 Norskopplæring og kvalifisering for innvandrarar"),
]

TRONDELAG = [
    R("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk",
      "Trøndelag fylkeskommune er fagskoleeier og er representert i Nasjonalt "
      "fagskoleråd på vegne av fylkeskommunene i Midt-Norge.",
      ans="Avdeling for utdanning", sam="Fagskolen i Trøndelag", tt="Råd",
      omr="Gode valg", dm="Samarbeid mellom utdanningstilbydere og arbeidslivet (1.4)"),
    R("Regionalt kompetansebehovsutvalg for Trøndelag", "R138", "1.2",
      "Råd/utvalg/nettverk",
      "Fylkeskommunen har etablert et regionalt utvalg som analyserer "
      "kompetansebehovet i Trøndelag og gir råd om prioriteringer i fagskole og "
      "videregående opplæring.",
      ans="Trøndelag fylkeskommune", sam="NAV Trøndelag, NTNU, partene", tt="Utvalg",
      omr="Gode valg",
      dm="Regionalt folkevalgt nivås kompetansepolitiske ansvar (1.2)"),
    R("Karrieresenteret – digitale veiledningstimer", "R139", "1.3", "Informasjon",
      "Karrieresenteret tilbyr veiledningssamtaler på video for voksne i hele "
      "fylket, også på kveldstid.",
      ans="Karrieresenteret i Trøndelag", sam="", tt="Veiledning",
      omr="Gode valg", dm="Karriereveiledning (1.3)"),
    R("Yrkesfagdagene i Trøndelag", "R140", "2.3", "Arrangement",
      "Karrieredager der elever i ungdomsskolen møter lærlinger og lærebedrifter "
      "i alle regioner av fylket.",
      ans="Trøndelag fylkeskommune", sam="Opplæringskontorene", tt="Arrangement",
      omr="Læring i arbeidslivet",
      dm="Karrieremuligheter i yrkesfaglige utdanninger (2.3)"),
    R("Kompetansemegling for industrien i Trøndelag", "R141", "2.4", "Prosjekt",
      "To kompetansemeglere hjelper industribedrifter å beskrive behovene sine og "
      "finne tilbud ved fagskolen og NTNU.",
      ans="Trøndelag fylkeskommune", sam="NHO Trøndelag, LO Trøndelag, NTNU",
      tt="Prosjekt", omr="Læring i arbeidslivet",
      dm="Koble kompetansebehov i virksomheter til utdanningstilbydere (2.4)"),
    R("Modulstrukturert fag- og yrkesopplæring for voksne", "R142", "3.1",
      "Kurs/utdanning",
      "Voksne kan ta videregående opplæring i moduler på kveldstid i sju "
      "utdanningsprogram, med løpende opptak.",
      ans="Trøndelag fylkeskommune", sam="Kommunene", tt="Opplæring",
      omr="Svak tilknytning",
      dm="Fleksibel opplæring på voksnes premisser (3.1)"),
]

UHR = [
    R("Råd for samarbeid med arbeidslivet (RSA)", "M02", "1.4", "Råd/utvalg/nettverk",
      "Alle universiteter og høyskoler har etablert RSA. UHR samler rådslederne i "
      "et årlig nettverksmøte og har i 2053 utarbeidet en felles veileder for "
      "rådenes mandat og sammensetning.",
      ans="UH-institusjonene", sam="Partene i arbeidslivet, KS, fylkeskommunene",
      tt="Råd"),
    R("UHRs fagstrategiske enheter", "M04", "1.4", "Råd/utvalg/nettverk",
      "De nasjonale rådene for lærerutdanning, helse- og sosialfag, teknologi og "
      "økonomisk-administrativ utdanning har arbeidet med arbeidslivsrelevans og "
      "praksis. Arbeidslivets organisasjoner er representert i rådene.",
      ans="UHR", sam="Akademikerne, Unio, NHO, KS", tt="Råd/nettverk"),
    R("Nasjonal ordning for fleksible videreutdanningsmoduler", "R143", "3.1",
      "Kurs/utdanning",
      "Felles rammer for korte moduler på 7,5–15 studiepoeng som kan kombineres "
      "med jobb og bygges sammen til grader.",
      ans="UHR", sam="HK-dir", tt="Utdanning"),
    R("Kartlegging av UH-sektorens tilbud av etter- og videreutdanning 2053", "R144",
      "2.2", "FoU",
      "Oversikt over omfang, finansiering og deltakere i etter- og "
      "videreutdanning ved medlemsinstitusjonene.",
      ans="UHR", sam="", tt="Utredning"),
    R("Fagdag om godkjenning og innpassing av utenlandsk utdanning", "R145", "2.6",
      "Arrangement",
      "Fagdag for saksbehandlere ved institusjonene om vurdering av utenlandske "
      "emner og grader.",
      ans="UHR", sam="HK-dir", tt="Arrangement"),
]

OSLO = [
    R("Oslo kommunes plass i RSA ved OsloMet", "M02", "1.4", "Råd/utvalg/nettverk",
      "Oslo kommune er representert i Råd for samarbeid med arbeidslivet ved OsloMet "
      "– storbyuniversitetet, med vekt på praksisplasser i helse, barnehage og "
      "skole.", ans="Byrådsavdeling for oppvekst og kunnskap"),
    R("Deltakelse i Praksisløftet (helse og omsorg)", "J04", "2.5", "Prosjekt",
      "Sykehjemsetaten og bydelene har rekruttert 120 ufaglærte ansatte til løpet "
      "fram mot fagbrev som praksiskandidat.", ans="Sykehjemsetaten"),
    R("Språkkafé-nettverket i Oslo", "J05", "3.4", "Prosjekt",
      "Oslo voksenopplæring og Deichman samarbeider med studieforbundene om "
      "ukentlige språkkafeer for deltakere i norskopplæringen.",
      ans="Oslo voksenopplæring"),
    R("Oslo-løftet for voksne uten fullført videregående", "R146", "3.3",
      "Kurs/utdanning",
      "Kombinasjon av fagopplæring og arbeidstrening for voksne som mottar "
      "sosialhjelp, med mål om fagbrev innen tre år.", ans="Utdanningsetaten"),
    R("Karriereveiledning på Deichman-filialene", "R147", "1.3", "Prosjekt",
      "Pilot der karriereveiledere har faste drop-in-tider på fem bibliotekfilialer.",
      ans="Deichman"),
]
