"""Truth rows, part 2: files 07-13 (file 14 is not a member report and has no rows)."""

RB = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"

ROWS2 = [
    # ---- 07 UHR: ODS, vertical field blocks, own category words ----
    ("07", "M02", "UHR", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RB, "UHR", "",
     "Alle universiteter og høgskoler har RSA. UHR samlet RSA-lederne til erfaringsseminar og oppdaterte "
     "veilederen for rådenes arbeid."),
    ("07", "M04", "UHR", "Fagstrategiske enheter i UHR", "1.4", RB, "UHR", "",
     "De fagstrategiske enhetene (bl.a. UHR-Helse og sosial, UHR-Lærerutdanning, UHR-MNT) koordinerer "
     "utdanningene og dialogen med arbeidslivet innen sine fagområder."),
    ("07", "U01", "UHR", "Innspill til KBUs rapport 2063", "1.1", "Informasjon", "UHR", "",
     "UHR leverte skriftlig innspill til Kompetansebehovsutvalget om kandidatproduksjon og etterspørsel etter "
     "høyere utdanning, og presenterte innspillet på utvalgets innspillsmøte i mars."),
    ("07", "J11", "UHR", "EVU-portalen", "2.4", "Informasjon", "UHR", "Fagskolerådet",
     "Felles nettportal med oversikt over etter- og videreutdanningstilbud ved universiteter, høgskoler og "
     "fagskoler. Portalen hadde 410 000 besøk i 2063."),
    ("07", "U02", "UHR", "Kartlegging av fleksible studietilbud", "2.4", "FoU", "UHR", "",
     "Kartlegging av omfang og organisering av fleksible og desentraliserte studietilbud ved "
     "medlemsinstitusjonene."),

    # ---- 08 Fagskolerådet: scanned letter, numbered list ----
    ("08", "M05", "Fagskolerådet", "Nasjonalt fagskoleråd", "1.4", RB, "", "",
     "Rådet hadde fire møter i 2063 og ga råd om finansieringssystemet for fagskolene og om behovet for "
     "nye tilbud innen helse og teknikk."),
    ("08", "J07", "Fagskolerådet", "VURK-prosjektet", "2.5", "Prosjekt", "", "",
     "Fagskolerådet deltar i referansegruppen og har prøvd ut modellen for vurdering av realkompetanse "
     "ved opptak til tre fagskoler."),
    ("08", "J11", "Fagskolerådet", "Den nasjonale EVU-portalen", "2.4", "Informasjon", "", "UHR",
     "Fagskolenes tilbud er fra 2063 lagt inn i portalen sammen med tilbudene fra universiteter og høgskoler."),
    ("08", "U01", "Fagskolerådet", "Fagskolekonferansen 2063", "1.4", "Arrangement", "", "",
     "Bergen, 14.–15. mars, 310 deltakere. Tema: fagskolene og arbeidslivets behov."),

    # ---- 09 Vestland (Nynorsk): DOCX prose, delmål in footnotes ----
    ("09", "U01", "Vestland fylkeskommune", "Kompetanseforum Vestland", "1.2", RB, "Vestland fylkeskommune",
     "NHO Vestland; LO Vestland; NAV Vestland",
     "Forumet er eit regionalt partnarskap som møtest fire gonger i året og har utarbeidd ein felles "
     "handlingsplan for kompetanse i fylket."),
    ("09", "M06", "Vestland fylkeskommune", "Nasjonalt forum for karriererettleiing", "1.3", RB, "", "",
     "Fylkeskommunen er representert ved leiaren for karrieresenteret og har delteke i arbeidet med "
     "kvalitetskriterium for karriererettleiing."),
    ("09", "J06", "Vestland fylkeskommune", "Karriereløftet", "1.3", "Prosjekt", "Karriere Vestland",
     "NAV Vestland",
     "Prosjektet gav karriererettleiing til vaksne arbeidstakarar i omstilling og vart avslutta i 2063. "
     "I alt fekk 1 340 vaksne rettleiing."),
    ("09", "M05", "Vestland fylkeskommune", "Nasjonalt fagskuleråd", "1.4", RB, "", "",
     "Vestland fylkeskommune har ein plass i rådet på vegner av fylkeskommunane som fagskuleeigarar."),
    ("09", "J02", "Vestland fylkeskommune", "Yrkesfagdagen 2063", "2.3", "Arrangement", "", "",
     "Alle dei vidaregåande skulane med yrkesfag var med, og 4 200 elevar i ungdomsskulen fekk prøve "
     "yrkesfaga."),
    ("09", "U02", "Vestland fylkeskommune", "Læringsfestivalen Vestland", "3.6", "Arrangement", "",
     "studieforbunda; biblioteka",
     "Ein regional variant av den nasjonale Læringsfestivalen, med 85 arrangement i 30 kommunar."),

    # ---- 10 Innlandet: reportlab landscape, tiny font, one table ----
    ("10", "M02", "Innlandet fylkeskommune", "Plass i RSA ved Universitetet i Innlandet", "1.4", RB,
     "Innlandet fylkeskommune", "Universitetet i Innlandet",
     "Fylkeskommunen har én plass i rådet og har bidratt til dialog om desentraliserte studietilbud."),
    ("10", "M06", "Innlandet fylkeskommune", "Deltakelse i nasjonalt forum for karriereveiledning", "1.3", RB,
     "Innlandet fylkeskommune", "",
     "Leder for Karrieresenteret Innlandet deltar i forumet på vegne av fylkeskommunene i Østlandsregionen."),
    ("10", "J06", "Innlandet fylkeskommune", "Karriereløftet (fase 1, 2061–2063)", "1.3", "Prosjekt",
     "Karrieresenteret Innlandet", "NAV Innlandet",
     "Karriereveiledning for voksne arbeidstakere i omstilling; 890 veiledninger. Avsluttet 31.12.2063."),
    ("10", "U01", "Innlandet fylkeskommune", "Karriereløftet fase 2", "1.3", "Prosjekt",
     "Karrieresenteret Innlandet", "NAV Innlandet; Innovasjon Norge",
     "Ny fase startet 1.10.2063 med vekt på veiledning i bedrifter og for sesongarbeidere."),
    ("10", "J02", "Innlandet fylkeskommune", "Yrkesfagdagen", "2.3", "Arrangement", "Innlandet fylkeskommune",
     "Opplæringskontorene",
     "Åpen dag på de videregående skolene for elever i 10. trinn og foresatte; 3 100 besøkende."),
    ("10", "U02", "Innlandet fylkeskommune", "Regionalt kompetansepartnerskap Innlandet", "1.2", RB,
     "Innlandet fylkeskommune", "NHO Innlandet; LO Innlandet; NAV Innlandet; Universitetet i Innlandet",
     "Partnerskapet følger opp den regionale kompetansestrategien og hadde fire møter."),
    ("10", "U03", "Innlandet fylkeskommune", "Voksenopplæringsløftet Innlandet", "3.1", KU,
     "Innlandet fylkeskommune", "Kommunene",
     "Modulbasert videregående opplæring for voksne på kveldstid og nett; 640 deltakere."),

    # ---- 11 Troms og Finnmark: DOCX exported to PDF by LibreOffice, table over pages ----
    ("11", "M06", "Troms og Finnmark fylkeskommune",
     "Arbeidsgruppe for kvalitet i karriereveiledning under Nasjonalt forum for karriereveiledning", "1.3", RB,
     "Troms og Finnmark fylkeskommune", "Kompetanse Norge",
     "Fylkeskommunen har i 2063 hatt plass i arbeidsgruppen som utarbeider felles kvalitetskriterier for "
     "karriereveiledning i fylkene."),
    ("11", "J06", "Troms og Finnmark fylkeskommune", "Karriereløftet", "1.3", "Prosjekt",
     "Karrieresenteret i Troms og Finnmark", "NAV Troms og Finnmark",
     "Prosjektet ga karriereveiledning til voksne arbeidstakere i omstilling i fiskeri, reiseliv og offentlig "
     "sektor. Prosjektet ble avsluttet i desember 2063 med 610 gjennomførte veiledninger."),
    ("11", "U01", "Troms og Finnmark fylkeskommune", "Kurs i samisk kultur- og næringsliv for karriereveiledere",
     "1.3", KU, "Troms og Finnmark fylkeskommune", "Sámi allaskuvla",
     "Todagers kurs for karriereveiledere og rådgivere i skolene om samisk kultur, reindrift og samisk "
     "næringsliv. 48 deltakere."),
    ("11", "U02", "Troms og Finnmark fylkeskommune", "Kompetansealliansen i nord", "1.2", RB,
     "Troms og Finnmark fylkeskommune", "NHO Arktis; LO i Troms og Finnmark; UiT Norges arktiske universitet",
     "Regional allianse mellom fylkeskommunen, partene og utdanningsinstitusjonene som følger opp "
     "kompetansestrategien for landsdelen."),
    ("11", "U03", "Troms og Finnmark fylkeskommune", "KLAFF Nord", "2.4", KU,
     "Troms og Finnmark fylkeskommune", "NHO Sjømat; Fagskolen i Troms og Finnmark",
     "Regional utvidelse av det nasjonale havbruksprogrammet, med egne moduler for fiskeri og "
     "sjømatindustri tilpasset bedrifter i nord."),
    ("11", "U04", "Troms og Finnmark fylkeskommune", "Nettbasert videregående opplæring for voksne", "3.1", KU,
     "Troms og Finnmark fylkeskommune", "",
     "Fleksible løp i helse- og oppvekstfag for voksne som bor langt fra skolestedene; 210 deltakere."),

    # ---- 12 Akademikerne: printed e-mail ----
    ("12", "M01", "Akademikerne", "Kompetansebehovsutvalget (KBU)", "1.1", RB, "", "",
     "Akademikerne har ett medlem i utvalget, som i 2063 særlig har bidratt til analysene av behovet for "
     "arbeidskraft med høyere utdanning."),
    ("12", "J10", "Akademikerne", "LIA-undersøkelsen (Læring i arbeidslivet)", "2.2", "FoU", "SSB", "",
     "Vi har deltatt i referansegruppen for undersøkelsen og bidratt med spørsmål om etter- og "
     "videreutdanning for ansatte med høyere utdanning."),
    ("12", "U01", "Akademikerne", "Webinarserien «Kompetanse for framtiden»", "2.1", "Arrangement", "", "",
     "Fire webinarer for tillitsvalgte om digital omstilling og kompetanseplaner i virksomhetene, med til sammen "
     "1 050 påmeldte."),

    # ---- 13 Virke: ODT prose under headings that paraphrase the delmål (no codes) ----
    ("13", "M02", "Virke", "Råd for samarbeid med arbeidslivet (RSA-er)", "1.4", RB, "", "",
     "Virke deltar i rådene ved fem universiteter og høyskoler og har særlig arbeidet for relevante "
     "studietilbud innen handel og tjenesteyting."),
    ("13", "M03", "Virke", "SRY", "1.4", RB, "", "",
     "Virke er medlem av SRY og har i 2063 fulgt opp arbeidet med salgs- og servicefaget."),
    ("13", "J03", "Virke", "Digital kompetanse for alle i arbeidslivet", "2.1", KU, "", "KS; Unio",
     "Virke har gjort programmets moduler tilgjengelige for medlemsvirksomhetene, og 1 700 ansatte i handel "
     "og ideell sektor har gjennomført opplæringen."),
    ("13", "U01", "Virke", "Bransjeskolen for varehandel", "2.4", KU, "Virke", "",
     "Korte, bransjetilpassede studier i samarbeid med fagskoler, utviklet etter behov meldt fra "
     "medlemsvirksomhetene; 14 kull i 2063."),
    ("13", "J05", "Virke", "Kompetansepluss arbeid", "3.2", KU, "", "",
     "Virke har hjulpet medlemsvirksomheter med søknader og gjennomføring; 12 virksomheter fikk tilskudd."),
    ("13", "J08", "Virke", "NiA", "3.4", "Prosjekt", "", "LO; NHO",
     "Virke er partner i prosjektet og har rekruttert virksomheter innen varehandel og renhold."),
]
