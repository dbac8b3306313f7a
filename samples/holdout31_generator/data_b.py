"""Tiltak of the last seven members (Fagskolerådet .. Møre og Romsdal)."""
from .common import R, FOU, KURS, RUN, PROS, INFO, ARR

# Nynorsk slide deck; the description is the bullet list joined by spaces.
FAGSKOLERADET = [
    R("M04", "2.3", RUN, "Nasjonalt fagskuleråd – sekretariat og deltaking",
      "Fagskulerådet", "Partane i arbeidslivet, KD",
      "Fagskulerådet har sekretariatet for Nasjonalt fagskuleråd. "
      "Rådet hadde fire møte i 2051. Viktigaste sak: finansiering av "
      "fagskuletilbod innan helse.", tw="Rådsarbeid"),
    R("M12", "3.1", KURS,
      "Desentraliserte fagskuletilbod (saman med Vestland fylkeskommune)",
      "Fagskulen Vestland", "Vestland fylkeskommune, kommunane",
      "Samlingsbaserte tilbod med nettundervisning. Studiestader i "
      "Sogndal, Stord og Nordfjordeid. 210 studentar hausten 2051.",
      tw="Utdanning"),
    R("", "2.5", PROS,
      "Felles rettleiar for realkompetansevurdering ved opptak til fagskule",
      "Fagskulerådet", "HK-dir, NOKUT",
      "Rettleiaren skal gje likare praksis mellom fagskulane. "
      "Utprøving ved åtte fagskular våren 2052.", tw="Prosjekt"),
    R("", "2.1", KURS,
      "Nettbasert fagskuleemne i digital industri (10 studiepoeng)",
      "Fagskolen Innlandet", "Norsk Industri",
      "Emnet gjev innføring i automasjon, sensorikk og dataanalyse. "
      "Tilbode til tilsette i industribedrifter over heile landet.",
      tw="Kurs"),
]

VOFO = [
    R("M08", "3.2", KURS,
      "Grunnleggende ferdigheter gjennom Kompetansepluss frivillighet",
      "Studieforbundene", "HK-dir",
      "Studieforbundene gjennomførte 310 kurs med midler fra ordningen.",
      tw="Kurs"),
    R("", "3.6", FOU, "Kartlegging av læringsutbytte i studieforbund",
      "VOFO", "NTNU Samfunnsforskning",
      "Spørreundersøkelse blant 4 000 kursdeltakere om hva de lærte og "
      "hvordan de bruker det.", tw="Kartlegging"),
    R("", "3.6", INFO, "Kampanjen «Lær noe nytt i høst»",
      "VOFO", "Studieforbundene",
      "Felles markedsføring av studieforbundenes kurstilbud i august og "
      "september.", tw="Kampanje"),
    R("", "3.4", KURS, "Norsktrening i regi av studieforbundene",
      "Studieforbundene", "Kommunene, frivillige lag",
      "Språkkafeer og norskkurs som supplement til den offentlige "
      "opplæringen. 9 500 deltakere.", tw="Kurs"),
    R("", "3.6", ARR, "Voksenopplæringskonferansen 2051",
      "VOFO", "",
      "Nasjonal konferanse om læring i frivillig sektor, Hamar "
      "2.–3. november.", tw="Konferanse"),
]

# Sametinget gives no type at all; delmål is written in words only.
SAMETINGET = [
    R("", "1.3", INFO, "Karriereveiledning på samisk – informasjonsmateriell",
      "Sametinget",
      "Karrieresentrene i Troms og Finnmark og i Nordland",
      "Brosjyrer og en kort film på nordsamisk, lulesamisk og sørsamisk om "
      "utdannings- og yrkesvalg."),
    R("", "2.2", FOU, "Utredning om samisk kompetansebehov i arbeidslivet",
      "Sametinget", "Nordisk Samisk Institutt",
      "Oppdrag om behovet for samisk språk- og kulturkompetanse i helse- "
      "og oppvekstsektoren. Rapporten leveres i 2052."),
    R("", "2.5", PROS,
      "Dokumentasjon av kompetanse i reindrift og duodji",
      "Sametinget",
      "Samisk videregående skole og reindriftsskole, fylkeskommunene",
      "Utvikling av en modell for å dokumentere og verdsette kompetanse "
      "fra tradisjonelle næringer, slik at den kan danne grunnlag for "
      "fagbrev."),
    R("M09", "3.1", PROS,
      "Felles prosjekt med Nordland fylkeskommune om samisk språk i arbeidslivet",
      "Sametinget", "Nordland fylkeskommune, Nord universitet",
      "Kurs i lulesamisk og sørsamisk for ansatte i offentlige tjenester. "
      "Prosjektet går over tre år (2050–2052)."),
]

# Nynorsk; delmål with decimal comma, type as a free word.
VESTLAND = [
    R("", "1.2", RUN, "Kompetanseforum Vestland",
      "Vestland fylkeskommune", "NAV Vestland, LO, NHO, UiB, HVL",
      "Regionalt partnarskap mellom fylkeskommunen, NAV, partane og "
      "utdanningsinstitusjonane. Tre møte i 2051.", tw="Nettverk"),
    R("M05", "1.3", RUN, "Nasjonalt forum for karriererettleiing",
      "Karriere Vestland", "",
      "Vestland fylkeskommune er med i forumet og leiar arbeidsgruppa for "
      "kvalitet i karriererettleiinga.", tw="Forum"),
    R("", "2.2", FOU, "Kartlegging av kompetansebehov i Vestland 2051",
      "Vestland fylkeskommune", "Vestlandsforsking",
      "Spørjeundersøking til 2 000 verksemder og analyse av registerdata.",
      tw="Kartlegging"),
    R("", "2.4", ARR, "Webinarserie om kompetansebehov i havbruk",
      "Vestland fylkeskommune", "Sjømat Norge, HVL",
      "Fire webinar der bedrifter og utdanningstilbydarar drøfta behovet "
      "for kortare tilbod.", tw="Webinar"),
    R("M12", "3.1", KURS, "Desentraliserte fagskuletilbod",
      "Vestland fylkeskommune", "Fagskulen Vestland, Fagskulerådet",
      "Fagskuletilbod i helse og elkraft i Sogndal, Stord og Nordfjordeid, "
      "samlingsbaserte med nettundervisning.", tw="Utdanning"),
    R("", "3.4", KURS, "Norsk i arbeid – kombinasjonsklassar",
      "Vestland fylkeskommune", "Kommunane, NAV",
      "Vaksne innvandrarar tek norsk og fag samstundes i "
      "kombinasjonsklassar ved fire vidaregåande skular.", tw="Opplæring"),
]

TRONDELAG = [
    R("", "1.2", RUN,
      "Regional kompetansestrategi for Trøndelag – Kompetanseforum Trøndelag",
      "Trøndelag fylkeskommune",
      "NAV Trøndelag, NTNU, Nord universitet, partene i arbeidslivet",
      "Oppfølging av den regionale kompetansestrategien gjennom "
      "partnerskapet.", tw="Nettverk"),
    R("M05", "1.3", RUN, "Deltakelse i Nasjonalt forum for karriereveiledning",
      "Karrieresenter Trøndelag", "",
      "Fylkeskommunen representerer karrieresentrene i Midt-Norge i "
      "forumet.", tw="Forum/nettverk"),
    R("", "1.3", ARR, "Yrkesmessa Trøndelag 2051",
      "Trøndelag fylkeskommune", "NHO Trøndelag, LO Trøndelag",
      "Utdannings- og yrkesmesse i Trondheim Spektrum for 9 000 elever.",
      tw="Messe"),
    R("", "2.4", PROS, "Kompetansemegling i Trøndelag",
      "Trøndelag fylkeskommune",
      "Innovasjon Norge, NTNU, Trøndelag høyere yrkesfagskole",
      "To kompetansemeglere hjelper små bedrifter med å finne relevante "
      "utdanningstilbud.", tw="Prosjekt"),
    R("", "2.5", KURS, "Fagbrev på jobb",
      "Trøndelag fylkeskommune", "Opplæringskontorene, arbeidsgivere",
      "Voksne i arbeid tar fagbrev gjennom et praksisbasert løp. "
      "420 kandidater i 2051.", tw="Studietilbud"),
    R("", "3.3", KURS, "Fag- og yrkesopplæring for ledige",
      "NAV Trøndelag", "Trøndelag fylkeskommune",
      "Arbeidsmarkedskurs kombinert med fagbrevløp for arbeidsledige i "
      "helsefag og industri.", tw="Kurs"),
]

NORDLAND = [
    R("", "1.2", RUN, "Regionalt kompetanseråd for Nordland",
      "Nordland fylkeskommune",
      "NAV Nordland, Nord universitet, partene i arbeidslivet",
      "Rådet samler partene, NAV og utdanningsinstitusjonene og har gitt "
      "innspill til regional plan for kompetanse.", tw="Råd"),
    R("", "1.3", INFO, "Karrierechat for voksne i distriktene",
      "Karrieresenteret i Nordland", "",
      "Chat og videoveiledning for voksne i kommuner uten eget "
      "karriereveiledningstilbud.", tw="Informasjonstiltak"),
    R("", "2.4", KURS, "Fleksible studietilbud via studiesentrene",
      "Nordland fylkeskommune", "Studiesenteret Lofoten, Helgeland studiesenter",
      "Studiesentrene henter inn behov fra bedriftene og kjøper "
      "samlingsbaserte tilbud fra universiteter og fagskoler.",
      tw="Utdanning"),
    R("M09", "3.1", PROS,
      "Samisk språk på arbeidsplassen (samarbeid med Sametinget)",
      "Nordland fylkeskommune", "Sametinget, Nord universitet",
      "Treårig prosjekt med kurs i lulesamisk og sørsamisk for ansatte i "
      "kommuner og fylkeskommune.", tw="Prosjekt"),
    R("", "3.3", PROS, "Kvalifisering av ledige til sjømatnæringen",
      "Nordland fylkeskommune", "NAV Nordland, Sjømat Norge",
      "Ledige i Vesterålen får et opplæringsløp fram til fagbrev i "
      "fiskeindustri.", tw="Prosjekt"),
]

# Nynorsk ODT: type as a cross in one of six columns, no descriptions.
MORE = [
    R("", "1.2", RUN, "Kompetanseforum Møre og Romsdal",
      "Møre og Romsdal fylkeskommune",
      "NAV Møre og Romsdal, NTNU i Ålesund, Høgskulen i Volda, partane i arbeidslivet",
      ""),
    R("", "2.1", KURS, "Digital grunnopplæring for tilsette i maritim industri",
      "Møre og Romsdal fylkeskommune",
      "Maritim klynge, Fagskolen Møre og Romsdal", ""),
    R("", "2.3", ARR, "Regional uttakskonkurranse til Yrkes-NM for lærlingar",
      "Møre og Romsdal fylkeskommune", "Opplæringskontora", ""),
    R("M10", "2.4", RUN, "Bransjenettverk for varehandelen",
      "Møre og Romsdal fylkeskommune",
      "Virke, Fagskolen Møre og Romsdal", ""),
    R("", "3.2", KURS, "Kompetansepluss-kurs for tilsette i fiskeindustrien",
      "Møre og Romsdal fylkeskommune", "Bedrifter i Ålesundsregionen", ""),
]
