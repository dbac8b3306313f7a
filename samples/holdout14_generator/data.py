"""The measures of the 2034 round, per reporting member.

Each row: (seed_row, tiltak, delmal, type, ansvarlig, samarbeidspartnere, beskrivelse, given_type)
`given_type` is the type word as the report writes it ('' when the report gives none).
"""

RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"
FOU = "FoU"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

# ---------------------------------------------------------------- Regjeringen
REGJERINGEN = [
    ("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "KD", "ASD, KDD, hovedorganisasjonene, HK-dir",
     "Utvalget la fram sin hovedrapport i mars 2034, med vekt på regionale forskjeller i tilbud og etterspørsel etter fagarbeidere. Sekretariatet ligger i HK-dir.", "Råd/utvalg"),
    ("M02", "Bransjeprogram for varehandel", "2.1", KURS, "KD", "Virke, LO/Handel og Kontor, HK-dir",
     "Videreført med tilskudd til nye moduler i netthandel, kundedata og logistikk. Om lag 1 900 deltakere i 2034.", "Utdanning"),
    ("M03", "Digitalt løft for arbeidsstyrken (DILA)", "2.1", PROS, "KD", "HK-dir, YS, LO, NHO",
     "Treårig program fra 2033 som finansierer korte, nettbaserte kurs i grunnleggende digital kompetanse for ansatte i små virksomheter.", "Program"),
    ("M21", "Fag er framtid – nasjonal rekrutteringskampanje for yrkesfag", "2.3", INFO, "KD", "Udir, NHO, YS",
     "Kampanjen rettet seg mot elever på 10. trinn og foreldre, med filmer fra lærebedrifter i alle fylker.", ""),
    ("M05", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "KD", "HK-dir, fylkeskommunene, partene",
     "Forumet møttes tre ganger og drøftet forslag til felles kvalitetskrav for de fylkesvise karrieresentrene.", "Nettverk"),
    ("M06", "Evaluering av fylkeskommunenes kompetansepolitiske rolle", "1.2", FOU, "KDD", "OsloMet (NIBR)",
     "Evalueringen ser på hvordan fylkeskommunene har fylt samordningsrollen etter regionreformen. Sluttrapport våren 2035.", "Evaluering"),
    ("M07", "Ny digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "2.6", PROS, "KD", "Nokut",
     "Saksbehandlingstiden for fag- og svennebrev fra utlandet er redusert fra seks til tre måneder.", ""),
    ("M08", "Utvidelse av det toårige yrkesrettede opplæringstiltaket i Nav", "3.5", KURS, "ASD", "Arbeids- og velferdsdirektoratet, fylkeskommunene",
     "Tiltaket tilbys nå i ti fylker og gir mulighet til å ta fag- eller svennebrev mens man mottar ytelser.", "Opplæring"),
    ("M09", "Forsøk med norskopplæring kombinert med arbeidspraksis", "3.4", KURS, "KD", "IMDi, kommunene, HK-dir",
     "Forsøket prøver ut tettere kobling mellom språkopplæring og praksis i virksomhet for deltakere i introduksjonsprogrammet.", ""),
    ("M10", "Forskningsprogram om avkastningen av etter- og videreutdanning", "2.2", FOU, "KD", "Forskningsrådet",
     "Første utlysning ga fire prosjekter som følger arbeidstakere over ti år med registerdata.", "Forskning"),
    ("M11", "Kompetansepluss arbeid – ny tilskuddsrunde med vekt på fagopplæring", "3.2", KURS, "KD", "HK-dir, partene, VOFO",
     "Tilskuddet prioriterer prosjekter der grunnleggende ferdigheter kombineres med løp mot fagbrev.", "Tilskudd/kurs"),
    ("M12", "Pilot for dokumentasjon av realkompetanse i bygg og anlegg", "2.5", PROS, "KD", "BNL, Fellesforbundet, fylkeskommunene",
     "Piloten utvikler et felles kompetansebevis som kan brukes ved opptak til fagskole og ved fagprøve.", "Pilot"),
    ("M13", "Krav om arbeidslivspraksis i flere profesjonsutdanninger", "1.4", PROS, "KD", "UHR, partene",
     "Forskriftsendringene gjelder fra studieåret 2035–2036.", ""),
]

# ---------------------------------------------------------------- LO (prose docx)
LO = [
    ("M01", "LOs plass i Kompetansebehovsutvalget", "1.1", RAD, "", "",
     "LO har hatt to medlemmer i utvalget i 2034 og har særlig fulgt arbeidet med framskrivinger av behovet for fagarbeidere i industrien og i helse.", "råd/utvalg"),
    ("M14", "Notat om KBU-rapporten 2034", "1.1", FOU, "", "LO-forbundene",
     "LOs samfunnspolitiske avdeling har skrevet et notat til forbundene som oppsummerer utvalgets hovedfunn og hva de betyr for tariffarbeidet.", ""),
    ("M02", "Bransjeprogrammet i varehandelen", "2.1", KURS, "", "Handel og Kontor, Virke",
     "Handel og Kontor i LO deltar i styringsgruppa og har bidratt til rekruttering av deltakere fra butikk og lager.", "kurs"),
    ("M15", "Kurs for tillitsvalgte om digital omstilling på arbeidsplassen", "2.1", KURS, "", "",
     "Kurset er holdt fire ganger, med til sammen 160 tillitsvalgte fra privat og offentlig sektor.", "kurs"),
    ("M16", "Forskningsprosjektet Læring i små bedrifter", "2.2", FOU, "", "Fafo, NHO, Virke",
     "LO er med i styringsgruppa for prosjektet, som undersøker hvordan ansatte i bedrifter med under 20 ansatte lærer på jobben.", ""),
    ("M17", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "", "",
     "LO har to faste medlemmer og to varamedlemmer i rådet.", ""),
    ("M18", "Observatør i UHR-Økonomi og administrasjon", "1.4", RAD, "", "",
     "Plassen brukes til å ta opp arbeidslivets behov for videreutdanning i økonomifag.", ""),
    ("M19", "Opplæring for permitterte i industrien i samarbeid med NAV", "3.3", PROS, "", "NAV, Fellesforbundet, Norsk Industri",
     "Permitterte medlemmer har fått tilbud om sertifiseringskurs i permitteringstiden i tre fylker.", "prosjekt"),
]

# ---------------------------------------------------------------- NHO (xlsx)
NHO = [
    ("M01", "Plass i KBU", "1.1", RAD, "NHO", "", "NHOs sjeføkonom er medlem av utvalget.", "Råd/utvalg"),
    ("M17", "Leder av SRY 2032–2035", "1.4", RAD, "NHO", "LO, KS, Unio, YS",
     "NHO har ledervervet i rådet i inneværende periode.", "Råd/utvalg"),
    ("M20", "RSA-deltakelse ved universiteter og høyskoler", "1.4", RAD, "NHO regionene", "",
     "Regionforeningene har oppnevnt bedriftsrepresentanter til RSA ved 14 institusjoner.", ""),
    ("M16", "LIBS – læring i små bedrifter", "2.2", FOU, "NHO", "Fafo, LO, Virke",
     "Forskningsprosjekt 2033–2035. Første delrapport lagt fram i oktober.", "FoU"),
    ("M21", "Kampanjen «Fag er framtid»", "2.3", INFO, "NHO", "KD, YS, Udir",
     "Lærebedrifter i NHO-fellesskapet stilte med lærlinger som ambassadører.", "Informasjon"),
    ("M22", "Kompetansenettverk for leverandørindustrien i Agder", "2.4", PROS, "Norsk Industri",
     "Eyde-klyngen, Universitetet i Agder, Fagskolen i Agder",
     "Bedriftene har meldt inn felles behov som fagskolen har gjort om til tre nye kortere moduler.", ""),
    ("M23", "Bransjestandard for kompetansebevis i reiselivet", "2.5", PROS, "NHO Reiseliv", "Fellesforbundet",
     "Standarden beskriver hva som kreves for å dokumentere kokk- og servitørkompetanse ervervet i jobb.", "Prosjekt"),
    ("M24", "Utredning av skattefradrag for bedrifters kompetanseinvesteringer", "2.2", FOU, "NHO", "Menon Economics",
     "", "Utredning"),
    ("M25", "Bedriftsnettverk for språkpraksis", "3.4", PROS, "NHO", "IMDi, kommuner",
     "40 bedrifter har tatt imot deltakere fra introduksjonsprogrammet for språkpraksis med mentor.", ""),
]

# ---------------------------------------------------------------- Unio (scan)
UNIO = [
    ("M01", "Representert i KBU", "1.1", RAD, "", "", "", "Råd/utvalg"),
    ("M26", "Representasjon i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "", "", "", "Råd/utvalg"),
    ("M18", "Observatørstatus i UHR-Helse og velferd", "1.4", RAD, "", "", "", "Råd/utvalg"),
    ("M27", "Voksenopplæringskonferansen 2034", "3.1", ARR, "", "", "", "Arrangement"),
    ("M28", "Rapport om videreutdanning for sykepleiere i kommunene", "2.2", FOU, "", "", "", "FoU"),
]

# ---------------------------------------------------------------- KS (odt)
KS = [
    ("M17", "KS' plass i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "KS", "",
     "KS har ett medlem og ett varamedlem i rådet og følger særlig opp lærlingsituasjonen i kommunesektoren.", "Råd/utvalg/nettverk"),
    ("M26", "Lederverv i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "KS", "Fagforbundet, Spekter",
     "KS har ledet det faglige rådet i 2034.", "Råd/utvalg/nettverk"),
    ("M05", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "KS", "",
     "KS sitter i forumet og har bidratt med kommunesektorens perspektiv på karriereveiledning for voksne arbeidstakere.", "Råd/utvalg/nettverk"),
    ("M29", "Koordinering av fylkeskommunenes kompetansenettverk (FKN)", "1.2", RAD, "KS", "fylkeskommunene",
     "Nettverket samler kompetanseansvarlige i alle fylkeskommuner to ganger i året.", "Nettverk"),
    ("M27", "Voksenopplæringskonferansen 2034", "3.1", ARR, "KS", "VOFO, Unio, HK-dir",
     "Konferansen samlet 450 deltakere fra voksenopplæringssentre og studieforbund i Trondheim.", "Arrangement"),
    ("M30", "Digital kompetanse for ansatte i hjemmetjenesten", "2.1", KURS, "KS", "Fagforbundet, Sykepleierforbundet, OsloMet",
     "Nettbasert opplæring i velferdsteknologi, tatt i bruk av 112 kommuner.", "Kurs"),
    ("M31", "Arbeidsgivermonitor 2034: kompetansebehov i kommunesektoren", "2.2", FOU, "KS", "Ipsos",
     "Årlig spørreundersøkelse til kommunedirektører om rekrutterings- og kompetansebehov.", ""),
    ("M32", "Kommunen som læringsarena for voksne uten fullført videregående", "3.3", PROS, "KS", "NAV, fylkeskommunene",
     "Ti kommuner tilbyr lærekontrakt for voksne kombinert med jobb i helse og oppvekst.", ""),
]

# ---------------------------------------------------------------- YS (rtf memo)
YS = [
    ("M17", "YS som observatør i SRY", "1.4", RAD, "", "",
     "YS har observatørstatus i rådet og deltar på alle møter.", ""),
    ("M03", "DILA-prosjektet", "2.1", PROS, "", "",
     "YS-forbundene har rekruttert deltakere i varehandel og finans til kursene i programmet Digitalt løft for arbeidsstyrken.", "Prosjekt"),
    ("M33", "Medlemsundersøkelse om erfaringene med DILA", "2.2", FOU, "", "Opinion",
     "Undersøkelsen viser at to av tre deltakere har tatt i bruk nye verktøy i jobben etter kurset.", "FoU"),
    ("M21", "Fag er framtid", "2.3", INFO, "", "NHO, KD",
     "YS har delt kampanjematerialet i egne kanaler og på skolebesøk.", "Informasjon"),
    ("M34", "YS Karrierestøtte for medlemmer over 55 år", "1.3", INFO, "", "",
     "Gratis karrieresamtale og nettressurs for seniorer som vurderer å bytte jobb eller ta mer utdanning.", ""),
]

# ---------------------------------------------------------------- Virke (form docx, v2 counts)
VIRKE = [
    ("M20", "Representanter i RSA ved universiteter og høyskoler", "1.4", RAD, "Virke", "universiteter og høyskoler",
     "Virke har oppnevnt representanter til rådene for samarbeid med arbeidslivet ved sju institusjoner.", "Råd/utvalg/nettverk"),
    ("M02", "Bransjeprogrammet for varehandelen (BVH)", "2.1", KURS, "Virke", "Handel og Kontor, HK-dir",
     "Virke leder programmets styringsgruppe og har utviklet to nye moduler i netthandel.", "Kurs/utdanning"),
    ("M16", "Læring i små bedrifter (LIBS)", "2.2", FOU, "Fafo", "Virke, NHO, LO",
     "Virke sitter i referansegruppa og har skaffet case-bedrifter fra handel og tjenesteyting.", "FoU"),
    ("M35", "Nettverk mellom ideelle virksomheter og fagskoler", "2.4", RAD, "Virke", "Fagskolerådet, ideelle virksomheter",
     "Nettverket utvikler skreddersydde etterutdanningstilbud i helse- og sosialfag.", "Nettverk"),
    ("M36", "Virkes kompetanseindeks 2034", "2.2", FOU, "Virke", "Kantar",
     "Indeksen måler hvor mye virksomhetene investerer i kompetanseutvikling for de ansatte.", "Analyse"),
    ("M37", "Lærlingløft i handel", "2.3", PROS, "Virke", "Handel og Kontor, fylkeskommunene",
     "Målet er 300 nye lærebedrifter i salgsfaget innen 2036.", "Prosjekt"),
]
VIRKE_OLD = VIRKE[:4] + [
    ("--", "Kompetanseindeks for handel og tjenesteyting", "2.2", FOU, "Virke", "Kantar",
     "Indeksen ble lansert i februar.", "Analyse"),
]

# ---------------------------------------------------------------- Akademikerne (.doc)
AKADEMIKERNE = [
    ("M01", "Akademikerne har ett medlem i Kompetansebehovsutvalget", "1.1", RAD, "", "", "", ""),
    ("M38", "Analyse av framtidig behov for akademikere, levert som innspill til KBU", "1.1", FOU, "", "Samfunnsøkonomisk analyse", "", ""),
    ("M20", "Medlemsforeningene deltar i RSA ved universitetene", "1.4", RAD, "", "", "", ""),
    ("M39", "Etterutdanningsundersøkelsen 2034 blant Akademikernes medlemmer", "2.2", FOU, "", "", "", ""),
    ("M40", "Webinarserie om karriereskifte for seniorer", "1.3", ARR, "", "", "", ""),
]

# ---------------------------------------------------------------- Spekter (slides)
SPEKTER = [
    ("M26", "Spekter oppnevner medlemmer til Faglig råd for helse- og oppvekstfag", "1.4", RAD, "", "", "", ""),
    ("M18", "Deltakelse i UHRs strategiske enhet for helse og velferd", "1.4", RAD, "", "", "", ""),
    ("M41", "Samling for Spekters representanter i faglige råd", "2.3", ARR, "", "", "", "arrangement"),
    ("M42", "Kompetanseplanlegging med digitale verktøy i helseforetakene", "2.1", PROS, "", "helseforetakene", "", "prosjekt"),
    ("M43", "Lærlingkonferansen i spesialisthelsetjenesten 2034", "2.3", ARR, "", "", "", "arrangement"),
]

# ---------------------------------------------------------------- VOFO (long prose, pdf)
VOFO = [
    ("M27", "Voksenopplæringskonferansen 2034", "3.1", ARR, "", "",
     "VOFO sto som medarrangør sammen med KS og Unio. Konferansen hadde eget spor om studieforbundenes rolle i opplæring for voksne som mangler grunnleggende ferdigheter.", ""),
    ("M44", "Kompetansepluss frivillighet – rekruttering av nye tilbydere", "3.2", INFO, "", "",
     "Gjennom informasjonsmøter i alle regioner har vi fått 23 nye frivillige organisasjoner til å søke midler.", ""),
    ("M45", "Kursrekke for nye kursledere i studieforbundene", "3.6", KURS, "", "",
     "Kursrekken gir nye kursledere pedagogisk grunnopplæring i å møte voksne med lite skolebakgrunn.", ""),
    ("M46", "Kartlegging av deltakelse i opplæring i frivillig sektor", "3.6", FOU, "", "",
     "Kartleggingen bygger på data fra studieforbundenes rapportering og en spørreundersøkelse blant deltakere.", ""),
    ("M47", "Regionale samarbeidsavtaler mellom VOFO-regionene og fylkeskommunene", "1.2", RAD, "", "",
     "Ved utgangen av året har sju av VOFOs regioner en skriftlig avtale med sin fylkeskommune.", ""),
]

# ---------------------------------------------------------------- UHR (docx, two-row header)
UHR = [
    ("M18", "UHRs fagstrategiske enheter – arbeidslivsrelevans i studieprogrammene", "1.4", RAD, "UHR", "LO, Unio, Spekter, NHO",
     "Enhetene har observatører fra partene og har i 2034 hatt arbeidslivsrelevans som fast sak på møtene.", "Råd/utvalg/nettverk"),
    ("M48", "Evaluering av RSA-ordningen", "1.4", FOU, "UHR", "NIFU",
     "Evalueringen ser på hvordan rådene for samarbeid med arbeidslivet påvirker studieporteføljen.", "FoU"),
    ("M49", "Fleksible videreutdanningsmoduler i IKT-sikkerhet", "2.1", KURS, "UHR-MNT", "HK-dir, NTNU, UiB",
     "Seks moduler på 7,5 studiepoeng som kan tas ved siden av jobb.", "Kurs/utdanning"),
    ("M50", "Felles retningslinjer for innpassing av erfaringsbasert kompetanse", "2.5", PROS, "UHR", "HK-dir",
     "Retningslinjene gir lik behandling av søknader om fritak på grunnlag av realkompetanse.", "Prosjekt"),
    ("M51", "Felles rutiner for vurdering av utenlandsk utdanning ved opptak", "2.6", PROS, "UHR", "Nokut",
     "", "Prosjekt"),
]

# ---------------------------------------------------------------- Vestland fylkeskommune (nynorsk docx)
VESTLAND = [
    ("M29", "Nasjonalt nettverk for kompetansearbeidet i fylkeskommunane (FKN)", "1.2", RAD, "Vestland fylkeskommune", "KS, dei andre fylkeskommunane",
     "", "Nettverk"),
    ("M52", "Kompetansealliansen Vestland – årleg kompetanseforum", "1.2", ARR, "Vestland fylkeskommune", "NHO Vestland, LO i Vestland, KS Vestland, HVL",
     "", "Arrangement"),
    ("M05", "Fylkeskommunen er med i Nasjonalt forum for karriererettleiing", "1.3", RAD, "Vestland fylkeskommune", "HK-dir, karrieresentera",
     "", "Råd/utval"),
    ("M53", "DILA Vestland – regional pilot av Digitalt løft for arbeidsstyrken", "2.1", PROS, "Vestland fylkeskommune", "Høgskulen på Vestlandet, NAV Vestland",
     "", "Prosjekt"),
    ("M54", "Fagbrev på jobb for tilsette i barnehagar", "3.1", KURS, "Vestland fylkeskommune", "kommunane, Utdanningsforbundet",
     "", "Opplæring"),
    ("M55", "Kombinasjonsklassar med norskopplæring og vidaregåande opplæring", "3.4", KURS, "Vestland fylkeskommune", "kommunane, IMDi",
     "", ""),
]

# ---------------------------------------------------------------- Nordland fylkeskommune (letter pdf)
NORDLAND = [
    ("M29", "Fylkeskommunenes kompetansenettverk (FKN)", "1.2", RAD, "", "",
     "Nordland har deltatt i nettverket og ledet arbeidsgruppa for statistikk om kompetansebehov.", "Råd/utvalg/nettverk"),
    ("M56", "Yrkesopplæringsnemnda i Nordland", "1.4", RAD, "", "partene i arbeidslivet i Nordland",
     "Nemnda har behandlet dimensjoneringen av yrkesfagene og tilbudet av læreplasser i fylket.", "Råd/utvalg/nettverk"),
    ("M57", "Fagbrev på jobb i havbruk", "3.1", KURS, "", "Sjømat Norge, havbruksbedrifter",
     "38 ansatte uten fagbrev har startet et løp mot fagbrev i akvakulturfaget.", "Kurs/utdanning"),
    ("M58", "Karriereveiledning for permitterte", "1.3", INFO, "", "NAV Nordland",
     "Karrieresenteret har hatt faste veiledningsdager på NAV-kontorene i Bodø, Mo i Rana og Narvik.", "Informasjon"),
    ("M59", "Kompetanseforum Nordland", "1.2", RAD, "", "NHO, LO, KS, Nord universitet, NAV",
     "Forumet har vedtatt en ny handlingsplan for kompetanse 2034–2037.", "Råd/utvalg/nettverk"),
]
