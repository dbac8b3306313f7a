"""Content for the remaining members (held-out round, year 2054)."""
from .common import R

# Vestland fylkeskommune writes Nynorsk.
VESTLAND = [
    R("Nasjonalt forum for karriererettleiing", "M06", "1.3", "Råd/utvalg/nettverk", "Nettverk",
      "Karrieresenteret i Vestland", "",
      "Fylkeskommunen er med i forumet og la i mars 2054 fram erfaringar frå karriererettleiing for "
      "vaksne i omstilling."),
    R("Regional kompetanseplan for Vestland 2054–2058", "R502", "1.2", "Prosjekt",
      "Prosjekt (planarbeid)", "Seksjon for kompetanse",
      "Kommunane, NAV Vestland, partane i arbeidslivet",
      "Ny regional plan for kompetanse vart vedteken av fylkestinget i desember 2054 etter brei "
      "medverknad frå kommunar og næringsliv."),
    R("Nettverkssamling for kommunane: Kompetanseløftet Vestland", "R505", "1.2", "Arrangement",
      "Samling", "Seksjon for kompetanse", "KS Vestland",
      "To-dagars samling i Førde i oktober 2054 for kommunale leiarar om kompetanseplanlegging og "
      "samarbeid med utdanningstilbydarar."),
    R("Yrkesopplæringsnemnda i Vestland", "R501", "2.3", "Råd/utvalg/nettverk", "Nemnd",
      "Opplæring og kompetanse", "Partane i arbeidslivet i fylket",
      "Nemnda er det rådgjevande organet til fylkeskommunen for fag- og yrkesopplæringa. I 2054 "
      "handsama nemnda dimensjoneringa av lærefag og tiltak for fleire læreplassar."),
    R("Desentralisert fagskuleutdanning i Sogn og Sunnfjord", "R503", "3.1", "Kurs/utdanning",
      "Utdanningstilbod", "Fagskulen Vestland", "Kommunane i Sogn og Sunnfjord",
      "Samlingsbasert fagskuleutdanning i helse og oppvekst og i elkraft, lagt til lokale "
      "studiesenter. 85 studentar var i gang hausten 2054."),
    R("Kvalifisering for flyktningar med høgare utdanning", "R504", "3.4", "Prosjekt", "Prosjekt",
      "Seksjon for integrering", "Høgskulen på Vestlandet, NAV Vestland",
      "Prosjektet kombinerer norskopplæring, fagleg påbygging og arbeidspraksis for flyktningar med "
      "utdanning innan helse og teknologi. 40 deltakarar."),
]

SAMETINGET = [
    R("Samisk karriereveiledning i sørsamisk område", "J03", "1.3", "Prosjekt", "Prosjekt",
      "Sametingets opplæringsavdeling", "Trøndelag fylkeskommune, Sørsamisk kompetansesenter",
      "Prosjektet gir karriereveiledning på sørsamisk til ungdom og voksne, både digitalt og ved "
      "ambulerende veiledere. I 2054 fikk 95 personer veiledning."),
    R("Tilskudd til samiskspråklig etter- og videreutdanning", "R601", "3.1", "Kurs/utdanning",
      "Utdanning", "Sametinget", "Sámi allaskuvla / Samisk høgskole",
      "Tilskudd til utdanningsinstitusjoner som utvikler fleksible videreutdanningstilbud på samisk. "
      "Fire tilbud fikk støtte i 2054."),
    R("Duodji-fagbrev – dokumentasjon av tradisjonell kunnskap", "R602", "2.5", "Prosjekt", "Prosjekt",
      "Sametinget", "Finnmark fylkeskommune, duodjiorganisasjonene",
      "Utvikling av en ordning der erfarne duodjiutøvere kan dokumentere og få godkjent kunnskap "
      "opparbeidet gjennom praksis, med sikte på fagbrev i duodji."),
    R("Informasjon om utdanningsveier i reindriftsfag", "R603", "2.3", "Informasjon", "Informasjon",
      "", "Opplæringskontoret for reindrift",
      "Brosjyre og nettside på nord-, lule- og sørsamisk om lærlingordningen og videre utdanning "
      "i reindrift."),
]

YS = [
    R("Samarbeidsrådet for yrkesopplæring – medlemskap", "M02", "2.3", "Råd/utvalg/nettverk",
      "rådsarbeid", "YS-sekretariatet", "",
      "YS har en fast plass i SRY og har i 2054 prioritert arbeidet med tilbudsstrukturen i service- "
      "og samferdselsfagene."),
    R("Bransjeprogrammet for reiseliv", "J02", "3.1", "Kurs/utdanning", "opplæring", "Parat",
      "NHO Reiseliv, Fellesforbundet",
      "YS-forbundet Parat deltar i styringsgruppen for bransjeprogrammet, som gir ansatte i "
      "reiselivet korte kurs og mulighet for fagbrev."),
    R("YS Arbeidslivsbarometer – tema kompetanse", "R701", "2.2", "FoU", "forskning", "YS",
      "Nordkapp Analyse",
      "Årlig undersøkelse av arbeidslivet; i 2054 var hovedtemaet læring på jobben og tilgang til "
      "etter- og videreutdanning. 3 000 respondenter."),
    R("Kurs i digital sikkerhet for tillitsvalgte", "R702", "2.1", "Kurs/utdanning", "kurs",
      "YS-skolen", "",
      "Nettkurs om informasjonssikkerhet og personvern i digitale arbeidsverktøy. 720 tillitsvalgte "
      "fullførte kurset."),
    R("YS-nettverket for kompetanseansvarlige", "R703", "2.4", "Råd/utvalg/nettverk", "nettverk",
      "YS", "YS-forbundene",
      "Nettverk for kompetanseansvarlige i YS-forbundene som deler erfaringer om samarbeid med "
      "utdanningstilbydere og om kompetansebehov i medlemsvirksomhetene."),
]

VIRKE = [
    R("Deltakelse i SRY", "M02", "2.3", "Råd/utvalg/nettverk", "råd", "", "",
      "Virke har plass i Samarbeidsrådet for yrkesopplæring og har arbeidet for nye lærefag innen "
      "handel og logistikk."),
    R("Digital handel 2054", "J01", "2.1", "Prosjekt", "prosjekt", "Virke", "LO og HK",
      "Partssamarbeid om opplæring i digitale verktøy for ansatte i varehandelen. 64 virksomheter "
      "deltok."),
    R("Virke HR-forum: Kompetanseplanlegging i små virksomheter", "R801", "2.4", "Arrangement",
      "arrangement", "Virke HR", "",
      "Fire regionale frokostmøter om enkel kompetansekartlegging og bruk av lokale utdanningstilbud."),
    R("Lederutdanning for butikksjefer", "R802", "1.4", "Kurs/utdanning", "utdanning", "Virke",
      "Fagskolen Innlandet",
      "Fagskoleutdanning på 30 fagskolepoeng utviklet sammen med bransjen. 48 studenter i 2054."),
]

AKADEMIKERNE = [
    R("RSA-deltakelse ved universitetene", "M03", "1.4", "Råd/utvalg/nettverk", "Råd",
      "Akademikernes medlemsforeninger", "",
      "Medlemsforeningene er representert i RSA ved sju universiteter og har prioritert "
      "arbeidsrelevans i master- og profesjonsutdanninger."),
    R("Nasjonal kartlegging av etter- og videreutdanning", "J04", "2.2", "FoU", "FoU",
      "Kunnskapsdepartementet", "UHR, NIFU",
      "Akademikerne har bidratt til utforming av spørreskjema og rekruttering av respondenter blant "
      "medlemmene."),
    R("Mentorprogram for internasjonalt utdannede akademikere", "R901", "2.6", "Prosjekt", "Prosjekt",
      "Akademikerne", "Tekna, Legeforeningen",
      "Program som kobler akademikere med utenlandsk utdanning med mentorer i samme fag, som støtte i "
      "godkjenningsprosessen og jobbsøkingen. 75 mentorpar i 2054."),
    R("Webinarserie: Kunstig intelligens i akademiske yrker", "R902", "2.1", "Arrangement",
      "Arrangement", "Akademikerne", "",
      "Seks webinarer om bruk av KI-verktøy i juridisk, medisinsk og teknisk arbeid. Til sammen "
      "4 300 påmeldte."),
    R("Karriererådgivning for medlemmer", "R903", "1.3", "Informasjon", "Informasjon",
      "Medlemsforeningene", "",
      "Nettsider, chat og individuelle samtaler om karriere og kompetanseutvikling for medlemmer i "
      "alle livsfaser."),
]

TRONDELAG = [
    R("Fylkeskommunens plass i Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk", "Råd",
      "Avdeling for utdanning", "",
      "Trøndelag representerer fylkeskommunene i Nasjonalt fagskoleråd og har i 2054 vært opptatt av "
      "finansiering av fagskoletilbud i distriktene."),
    R("Regionalt kompetanseforum Trøndelag", "R1001", "1.2", "Råd/utvalg/nettverk", "Forum",
      "Avdeling for regional utvikling", "NAV Trøndelag, NTNU, Nord universitet, partene i arbeidslivet",
      "Fylkeskommunens eget forum for regional kompetansepolitikk. Forumet møttes fire ganger og "
      "utarbeidet en felles handlingsplan for 2055."),
    R("Trøndersk kompetansekonferanse 2054", "R1005", "1.2", "Arrangement", "Arrangement",
      "Avdeling for regional utvikling", "",
      "Årlig konferanse på Stjørdal 12. mars 2054 med 260 deltakere fra næringsliv, kommuner og "
      "utdanning."),
    R("Samisk karriereveiledning – sørsamisk veiledningstjeneste", "J03", "1.3", "Prosjekt", "Prosjekt",
      "Karrieresenteret Trøndelag", "Sametinget",
      "Felles prosjekt med Sametinget om karriereveiledning på sørsamisk. Fylkeskommunen stiller med "
      "veiledere og lokaler i Snåsa og Røros."),
    R("Læreplasskampanjen «Ta inn en lærling»", "R1004", "2.3", "Informasjon", "Informasjon",
      "Seksjon for fagopplæring", "Opplæringskontorene i Trøndelag",
      "Kampanje rettet mot bedrifter som ikke har hatt lærlinger tidligere. 85 nye lærebedrifter "
      "ble godkjent."),
    R("Norsk og grunnleggende ferdigheter for sesongarbeidere i landbruket", "R1002", "3.2",
      "Kurs/utdanning", "Opplæring", "Avdeling for utdanning", "Norsk Landbruksrådgiving Trøndelag",
      "Kurs finansiert gjennom Kompetansepluss arbeid for 120 sesongarbeidere i grøntnæringen."),
    R("Fagbrev for arbeidssøkere", "R1003", "3.5", "Kurs/utdanning", "Opplæring",
      "Avdeling for utdanning", "NAV Trøndelag",
      "Ordning der arbeidssøkere får fullføre fag- og svennebrev som arbeidsmarkedstiltak, med "
      "fylkeskommunen som utdanningstilbyder. 210 deltakere i 2054."),
]

SPEKTER = [
    R("Spesialsykepleieløftet – utdanningsstillinger i helseforetakene", "J05", "1.4", "Prosjekt",
      "Prosjekt", "Spekter helse", "Norsk Sykepleierforbund (Unio), de regionale helseforetakene",
      "Spekter og NSF har sammen med helseforetakene økt antallet utdanningsstillinger for "
      "spesialsykepleiere. 160 nye stillinger i 2054."),
    R("Spekters representant i Samarbeidsrådet for yrkesopplæring", "M02", "2.3", "Råd/utvalg/nettverk",
      "Råd", "Spekter", "",
      "Spekter har en av arbeidsgiverplassene i SRY og har bidratt i arbeidet med helsearbeiderfaget."),
    R("Fagbrev på jobb for assistenter i sykehus", "R1101", "2.5", "Kurs/utdanning", "Opplæring",
      "Spekter helse", "Helseforetakene, fylkeskommunene",
      "Ordning der ufaglærte assistenter i sykehus tar fagbrev som helsefagarbeider mens de er i jobb, "
      "basert på dokumentert realkompetanse."),
    R("Nettverk for kompetansedirektører i helseforetakene", "R1102", "2.4", "Råd/utvalg/nettverk",
      "Nettverk", "Spekter", "",
      "Spekters nettverk der helseforetakene deler erfaringer med strategisk kompetanseplanlegging og "
      "innkjøp av utdanning."),
    R("Frokostmøte: KI i sykehusdriften – hva må de ansatte kunne?", "R1103", "2.1", "Arrangement",
      "Arrangement", "Spekter", "",
      "Frokostmøte i november 2054 med 210 deltakere om digital kompetanse i sykehusene."),
]

UHR = [
    R("Nasjonale råd for profesjonsutdanningene (fagstrategiske enheter)", "M04", "1.4",
      "Råd/utvalg/nettverk", "Råd/utvalg", "UHR",
      "Universiteter og høyskoler, arbeidslivets organisasjoner",
      "UHRs fagstrategiske enheter samler utdanningsinstitusjonene og arbeidslivet om kvalitet og "
      "relevans i profesjonsutdanningene. Det ble holdt 22 møter i 2054."),
    R("Erfaringsseminar for RSA-sekretariatene", "R1203", "1.4", "Arrangement", "Seminar", "UHR", "",
      "Seminar for sekretariatene til rådene for samarbeid med arbeidslivet ved institusjonene, om god "
      "praksis for møter og oppfølging."),
    R("Nasjonal kartlegging av EVU i akademiske yrker", "J04", "2.2", "FoU", "FoU",
      "Kunnskapsdepartementet", "Akademikerne, NIFU",
      "UHR har bidratt med utvalg og analyser og sitter i referansegruppen for kartleggingen."),
    R("Retningslinjer for opptak på grunnlag av realkompetanse", "R1202", "2.5", "Informasjon",
      "Informasjon", "UHR-Utdanning", "Samordna opptak",
      "Oppdaterte nasjonale retningslinjer og en ny informasjonsside for søkere som vil bruke "
      "realkompetanse ved opptak."),
    R("UHRs arbeidsgruppe for livslang læring", "R1201", "3.1", "Råd/utvalg/nettverk", "Arbeidsgruppe",
      "UHR", "",
      "Arbeidsgruppen har utarbeidet anbefalinger om fleksible studieformater og finansiering av "
      "etter- og videreutdanning."),
    R("Mikrokreditter i høyere utdanning – pilot", "R1204", "3.1", "Prosjekt", "Pilotprosjekt", "UHR",
      "Fem universiteter og høyskoler",
      "Pilot der fem institusjoner tilbyr korte emner på 2,5–5 studiepoeng for yrkesaktive, med "
      "felles kvalitetskriterier."),
]

FAGSKOLERADET = [
    R("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
      "Fagskolerådet", "HK-dir, partene i arbeidslivet, fylkeskommunene",
      "Fagskolerådet deltar i Nasjonalt fagskoleråd og har i 2054 arbeidet med forslag til ny "
      "finansieringsmodell for fagskolene."),
    R("Fagskolerådets bransjenettverk for helse og oppvekst", "R1301", "1.4", "Råd/utvalg/nettverk",
      "Råd/utvalg/nettverk", "Fagskolerådet", "Fagskoler med helse- og oppvekstutdanninger",
      "Eget nettverk mellom fagskolene og arbeidsgivere i kommunal helse og oppvekst for å sikre at "
      "studietilbudene svarer på behovene."),
    R("Fagskolemessen 2054", "R1303", "1.3", "Arrangement", "Arrangement", "Fagskolerådet",
      "Karrieresentrene",
      "Digital og fysisk messe der fagskolene presenterte sine tilbud for voksne som vurderer "
      "utdanning. 3 100 besøkende."),
    R("Kartlegging av fagskolestudenters arbeidslivserfaring", "R1302", "2.2", "FoU", "FoU",
      "Fagskolerådet", "NOKUT",
      "Spørreundersøkelse blant 5 200 fagskolestudenter om arbeidserfaring og hvordan den brukes i "
      "studiet."),
    R("Korte fagskolemoduler for industrien", "R1304", "2.4", "Kurs/utdanning", "Kurs/utdanning",
      "Fagskolerådet", "Norsk Industri, fem fagskoler",
      "Utvikling av moduler på 5–10 fagskolepoeng i automatisering og vedlikehold, bestilt av "
      "industribedrifter."),
]
