"""The measures of the 2032 round, file by file.

Each row: measure id, tiltak (as written), delmål code, type (seed spelling), ansvarlig, partners,
description, and how the report shows delmål and type (``dm``/``ty``; None = not shown).
"""
from dataclasses import dataclass

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


@dataclass
class R:
    mid: str
    tiltak: str
    delmal: str
    type: str
    ans: str = ""
    partners: str = ""
    desc: str = ""
    dm: str | None = None  # delmål as shown in the report
    ty: str | None = None  # type as shown in the report


# ---------------------------------------------------------------- Regjeringen (KD-led, all departments)
REGJ = [
    R("M01", "Kompetansebehovsutvalget – ny oppnevningsperiode 2032–2035", "1.1", RAD, "KD",
      "ASD, KDD, NFD, hovedorganisasjonene i arbeidslivet",
      "Utvalget ble oppnevnt på nytt fra 1. mars 2032 med et bredere analysemandat for regionale "
      "behov. KD har sekretariatsansvaret.", dm="dm. 1.1", ty="Utvalg"),
    R("M19", "Tilskuddsordning for regionale kompetansepartnerskap", "1.2", PROS, "KD",
      "Fylkeskommunene, partene i arbeidslivet",
      "Fylkeskommunene kan søke om midler til treårige partnerskap med næringsliv, NAV og "
      "utdanningstilbydere. 11 partnerskap fikk tilsagn i 2032.", dm="dm. 1.2", ty="Tilskudd/prosjekt"),
    R("M20", "Nasjonal karriereveiledning på chat og telefon – utvidet åpningstid", "1.3", INFO, "KD",
      "HK-dir, fylkeskommunene",
      "Tjenesten er åpen på kveldstid tre dager i uken, rettet mot voksne i jobb som vurderer omstilling.",
      dm="dm. 1.3", ty="Informasjon"),
    R("M21", "Revisjon av kvalitetsrammeverket for karriereveiledning", "1.3", PROS, "KD",
      "HK-dir, karrieresentrene",
      "Rammeverket revideres med nye kompetansemål for veiledere om seniorer og innvandrere.",
      dm="dm. 1.3", ty=None),
    R("M06", "Digitalt grunnløft (DIGLØFT) – andre tildelingsrunde", "2.1", KURS, "KD",
      "LO, NHO, Virke, KS, HK-dir",
      "Partsstyrt program som finansierer korte, nettbaserte moduler i grunnleggende digital "
      "kompetanse for ansatte uten høyere utdanning. 38 tilbud fikk midler i 2032.", dm="dm. 2.1",
      ty="Kurs"),
    R("M22", "Utredning av individuell kompetansekonto for voksne", "2.2", FOU, "KD",
      "ASD, Finansdepartementet",
      "Ekstern utredning av modeller der arbeidsgiver, arbeidstaker og staten sparer i en felles "
      "konto til etter- og videreutdanning. Leveres våren 2033.", dm="dm. 2.2", ty="Utredning"),
    R("M07", "Læreplass 2030", "2.3", INFO, "KD", "NHO, Spekter, KS, LO, Virke, Udir",
      "Felles kampanje med partene for å rekruttere nye lærebedrifter, med vekt på helse- og "
      "oppvekstfag og bygg.", dm="dm. 2.3", ty="Kampanje"),
    R("M23", "Ordning for kompetansebevis fra arbeidslivet", "2.5", PROS, "KD", "HK-dir, partene",
      "Utprøving av et standardisert bevis for kompetanse tilegnet i jobb, i tre bransjer.",
      dm="dm. 2.5", ty="Pilot"),
    R("M24", "Raskere godkjenning av utenlandsk sykepleierutdanning", "2.6", KURS, "HOD",
      "Helsedirektoratet, KD",
      "Ny saksbehandlingsrutine og kompletterende kurs gir kortere vei til autorisasjon.",
      dm="dm. 2.6", ty=None),
    R("M25", "Modulbasert fagopplæring for voksne gjøres til fast ordning", "3.1", KURS, "KD",
      "Fylkeskommunene, Udir",
      "Etter forsøksperioden er modulstrukturert opplæring for voksne hjemlet i opplæringsloven fra "
      "1. august 2032.", dm="dm. 3.1", ty="Opplæring"),
    R("M10", "Kompetansepluss frivillighet – økt ramme", "3.2", KURS, "KD", "HK-dir, VOFO",
      "Rammen for kurs i lesing, skriving, regning og digitale ferdigheter i frivillige organisasjoner "
      "ble økt med 15 mill. kroner.", dm="dm. 3.2", ty="Kurs"),
    R("M12", "Norsk i jobb (NiJ)", "3.4", PROS, "KD", "IMDi, Virke, NHO, HK-dir",
      "Norskopplæring på arbeidsplassen for ansatte med kort botid, organisert i samarbeid med "
      "bransjene.", dm="dm. 3.4", ty="Prosjekt"),
    R("M26", "Forsterket grunnskoleopplæring for langtidsledige", "3.5", KURS, "ASD",
      "Arbeids- og velferdsdirektoratet, fylkeskommunene",
      "NAV kan kjøpe grunnskoleopplæring for arbeidssøkere over 25 år som del av en plan for jobb.",
      dm="dm. 3.5", ty="Arbeidsmarkedstiltak"),
]

# ---------------------------------------------------------------- LO (prose report)
LO = [
    R("M01", "LO i Kompetansebehovsutvalget", "1.1", RAD, "LO", "",
      "LO har hatt ett medlem i utvalget gjennom hele 2032 og har særlig arbeidet for at utvalgets "
      "nye rapport skal belyse behovet for fagarbeidere i kraftbransjen.", dm="Delmål 1.1"),
    R("M02", "Plassene i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "LO", "NHO, KS, Virke, Spekter",
      "LO har tre faste plasser i SRY. Rådet behandlet i år forslag til ny tilbudsstruktur for "
      "teknologi- og industrifag.", dm="Delmål 1.4"),
    R("M04", "Observatør i UHRs fagstrategiske enheter", "1.4", RAD, "LO", "",
      "LO bruker observatørplassen til å fremme arbeidslivets syn på praksis i profesjonsutdanningene.",
      dm="Delmål 1.4"),
    R("M27", "Nettverk for LOs fylkesledd i regionale kompetanseforum", "1.2", RAD, "LO", "LOs distriktskontorer",
      "Et fast nettverk der de som representerer LO i fylkenes kompetanseforum deler erfaringer fire "
      "ganger i året.", dm="Delmål 1.2"),
    R("M06", "Digitalt grunnløft", "2.1", KURS, "LO", "NHO, Virke, KD",
      "LO sitter i styringsgruppen for programmet og har lagt vekt på at tilbudene skal nå ansatte i "
      "skift og turnus.", dm="Delmål 2.1"),
    R("M09", "Partenes kompetansebarometer 2032", "2.2", FOU, "LO", "NHO, YS, Fafo",
      "Årlig spørreundersøkelse til virksomheter og ansatte om udekket kompetansebehov. Fafo "
      "gjennomførte feltarbeidet.", dm="Delmål 2.2"),
    R("M28", "Tillitsvalgtkurs om kompetanseplaner", "2.2", KURS, "LO", "AOF",
      "Kurset gir tillitsvalgte verktøy til å kreve kompetanseplaner etter hovedavtalen. 420 deltok i 2032.",
      dm="Delmål 2.2"),
    R("M13", "Samling for LOs representanter i SRY og de faglige rådene", "2.3", ARR, "LO", "",
      "Todagers samling i oktober om prioriteringer for fagfornyelsen og rekruttering av lærebedrifter.",
      dm="Delmål 2.3"),
    R("M29", "Rapport om ufaglærtes tilgang til etter- og videreutdanning", "3.1", FOU, "LO", "Fafo",
      "Rapporten viser at ansatte uten fullført videregående får halvparten så mye opplæring som andre.",
      dm="Delmål 3.1"),
]

# ---------------------------------------------------------------- NHO (workbook)
NHO = [
    R("M01", "Oppnevnt medlem til KBU", "1.1", RAD, "NHO Kompetanse", "",
      "NHO har ett av partenes medlemmer i utvalget.", dm="1.1", ty="Råd/utvalg"),
    R("M14", "Notat med NHOs vurdering av KBUs rapport 2032", "1.1", FOU, "NHO Kompetanse", "",
      "Internt og eksternt notat om hva rapporten betyr for NHOs landsforeninger.", dm="1.1", ty="Notat"),
    R("M03", "Representanter i RSA ved universiteter og høyskoler", "1.4", RAD, "NHO regionkontorer",
      "Universiteter og høyskoler",
      "NHO er representert i rådene for samarbeid med arbeidslivet ved 14 institusjoner.", dm="1.4", ty=None),
    R("M09", "Felles kompetansebarometer med LO og YS", "2.2", FOU, "NHO", "LO, YS, Fafo",
      "Barometeret kartlegger udekkede kompetansebehov i medlemsbedriftene.", dm="2.2", ty="Undersøkelse"),
    R("M30", "Webinarserie om kompetanseplaner i små bedrifter", "2.2", ARR, "NHO", "Landsforeningene",
      "Seks webinarer med til sammen ca. 900 påmeldte.", dm="2.2", ty="Webinar"),
    R("M07", "Kampanjen Læreplass 2030", "2.3", INFO, "NHO", "KD, LO, Spekter",
      "NHO har mobilisert medlemsbedrifter til å bli godkjente lærebedrifter.", dm="2.3", ty="Kampanje"),
    R("M31", "Bransjerettede fagskolemoduler for industrien", "2.4", KURS, "Norsk Industri",
      "Fagskolene, Fellesforbundet",
      "Pilot med korte fagskolemoduler i automasjon utviklet med bedrifter i to industriklynger.",
      dm="2.4", ty="Pilot"),
    R("M32", "Kompetansekartlegging i klyngebedrifter", "2.4", PROS, "NHO", "Innovasjon Norge, klyngene",
      "Kartlegging av behov for etter- og videreutdanning i 60 små og mellomstore bedrifter.", dm="2.4",
      ty="Prosjekt"),
]

# ---------------------------------------------------------------- Unio (letter)
UNIO = [
    R("M01", "Unios plass i Kompetansebehovsutvalget", "1.1", RAD, "Unio", "",
      "Unio har bidratt til utvalgets arbeid med behovet for helsepersonell og lærere.", dm="1,1",
      ty="råd/utvalg"),
    R("M03", "Deltakelse i Råd for samarbeid med arbeidslivet", "1.4", RAD, "Unio", "Unios forbund",
      "Forbundene har representanter i RSA ved de fleste statlige høyskoler og universiteter.", dm="1,4",
      ty="råd/utvalg"),
    R("M04", "Representanter i UHR-Helse og velferd og UHR-Lærerutdanning", "1.4", RAD, "Unio",
      "Sykepleierforbundet, Utdanningsforbundet",
      "Forbundene i Unio møter som arbeidslivsrepresentanter i de to strategiske enhetene.", dm="1,4",
      ty="råd/utvalg"),
    R("M33", "Utredning om videreutdanning for sykepleiere i kommunene", "2.2", FOU, "Unio", "Proba samfunnsanalyse",
      "Utredningen ser på hvorfor kommunene lyser ut færre videreutdanningsplasser enn sykehusene.",
      dm="2,2", ty="FoU"),
    R("M34", "Kurs for tillitsvalgte i kompetanseplanlegging", "2.2", KURS, "Unio", "Unios forbund",
      "Fire regionale kurs for hovedtillitsvalgte i kommunene.", dm="2,2", ty="kurs"),
]

# ---------------------------------------------------------------- KS (form, .doc)
KS = [
    R("M11", "KS Innlandet i Kompetanseforum Innlandet", "1.2", RAD, "KS Innlandet",
      "Innlandet fylkeskommune, NHO Innlandet, LO Innlandet, NAV",
      "KS representerer kommunene i forumet, som i 2032 la fram en felles plan for rekruttering til helse.",
      dm="Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle", ty=RAD),
    R("M02", "Plass i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "KS", "",
      "KS har to medlemmer og to varamedlemmer i SRY.", dm="1.4", ty=RAD),
    R("M05", "Oppnevning av medlemmer til Faglig råd for helse- og oppvekstfag", "2.3", RAD, "KS",
      "Fagforbundet, Spekter, Delta",
      "KS oppnevner kommunesektorens representanter i rådet, som ledes av KS i perioden.",
      dm="Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
      ty=RAD),
    R("M35", "Rekrutteringsprogram for helsefagarbeidere i distriktskommuner", "2.3", PROS, "KS",
      "22 kommuner, Fagforbundet",
      "Kommunene prøver ut lønnet praksis og lærlingplasser for voksne som vil bli helsefagarbeidere.",
      dm="2.3", ty=PROS),
    R("M16", "DIGLØFT kommune – ny fase 2033–2035", "2.1", PROS, "KS", "KDD, Fagforbundet, Unio",
      "Ny fase der erfaringene fra Digitalt grunnløft tilpasses kommunale arbeidsplasser, med egen "
      "finansiering fra KDD.", dm="2.1", ty=PROS),
    R("M36", "Kartlegging av kompetansebehov i kommunale barnehager", "2.2", FOU, "KS", "Oslo Economics",
      "Kartleggingen gir tall for behovet for barnehagelærere og fagarbeidere fram mot 2040.",
      dm="Styrke kunnskapsgrunnlaget om læring i arbeidslivet", ty=FOU),
]

# ---------------------------------------------------------------- YS (scanned table)
YS = [
    R("M05", "Delta i Faglig råd for helse- og oppvekstfag", "2.3", RAD, "YS/Delta", "KS, Spekter",
      dm="2,3", ty="Råd"),
    R("M09", "Kompetansebarometeret (med LO og NHO)", "2.2", FOU, "YS", "LO, NHO", dm="2,2", ty="FoU"),
    R("M37", "Seminar om kompetanse i varehandel og logistikk", "2.1", ARR, "YS/Parat", "Virke", dm="2,1",
      ty="Seminar"),
    R("M38", "Veileder: kompetanseplan i tariffavtalen", "2.2", INFO, "YS", "YS-forbundene", dm="2,2",
      ty="Info"),
]

# ---------------------------------------------------------------- Virke (slides)
VIRKE = [
    R("M02", "Virke leder SRY 2031–2033", "1.4", RAD, "Virke", "",
      "Virke har ledervervet i SRY i inneværende periode.", dm="1.4", ty=None),
    R("M06", "DIGLØFT – Virke i styringsgruppen", "2.1", KURS, "Virke", "HK, LO, NHO",
      "Virke har sikret at handel og service er med i programmets andre runde.", dm="2.1", ty=None),
    R("M39", "Bransjeprogram for varehandel: netthandel og logistikk", "2.1", KURS, "Virke", "HK, OsloMet",
      "Videreutdanning på 15 studiepoeng for ansatte i butikk og lager.", dm="2.1", ty="Kurs"),
    R("M40", "Kompetanseportal for ideelle virksomheter", "2.2", INFO, "Virke", "Virkes ideelle medlemmer",
      "Nettside med maler for kompetanseplaner og eksempler fra medlemmene.", dm="2.2", ty="Info"),
    R("M12", "NiJ – norsk på jobben i handel og service", "3.4", PROS, "Virke", "IMDi, HK",
      "Virke rekrutterer medlemsvirksomheter til Norsk i jobb.", dm="3.4", ty="Prosjekt"),
]

# ---------------------------------------------------------------- Akademikerne (final + draft)
AKAD = [
    R("M01", "Akademikerne har en plass i KBU", "1.1", RAD, "Akademikerne", "",
      "Plassen brukes til å løfte fram behovet for høyere utdannet arbeidskraft i regionene.", dm="I.1"),
    R("M41", "Karriereveiledning for medlemmer i omstilling", "1.3", INFO, "Akademikerne", "Medlemsforeningene",
      "Tilbud om individuelle veiledningssamtaler for medlemmer som står i nedbemanning.", dm="I.3"),
    R("M42", "Undersøkelse om seniorers læring i kunnskapsyrker", "2.2", FOU, "Akademikerne", "Menon Economics",
      "Undersøkelsen viser at deltakelse i etter- og videreutdanning faller kraftig etter 55 år.", dm="II.2"),
    R("M43", "Veiledning om godkjenning av utenlandsk utdanning for medlemmer", "2.6", INFO, "Akademikerne",
      "HK-dir",
      "Nettside og rådgivning om godkjenning for medlemmer med utdanning fra utlandet.", dm="II.6"),
]
# the draft (superseded): older wordings, one measure later withdrawn; not in the truth
AKAD_DRAFT = [
    R("-", "Plass i Kompetansebehovsutvalget", "1.1", RAD, "Akademikerne", "",
      "Plassen brukes til å løfte fram behovet for høyere utdannet arbeidskraft.", dm="I.1"),
    R("-", "Karriereveiledning for medlemmer", "1.3", INFO, "Akademikerne", "Medlemsforeningene",
      "Individuelle veiledningssamtaler.", dm="I.3"),
    R("-", "Undersøkelse om seniorers læring", "2.2", FOU, "Akademikerne", "Menon Economics",
      "Foreløpige funn presenteres i februar.", dm="II.2"),
    R("-", "Mentorordning for nyutdannede", "2.2", PROS, "Akademikerne", "Medlemsforeningene",
      "Planlagt oppstart høsten 2032.", dm="II.2"),
]

# ---------------------------------------------------------------- Spekter (memo, RTF)
SPEKTER = [
    R("M02", "Spekters to representanter i SRY", "1.4", RAD, "Spekter", "", dm="1.4", ty="Råd/utvalg"),
    R("M17", "Medlemsundersøkelse om erfaringer med RSA", "1.4", FOU, "Spekter", "Helseforetakene",
      "Undersøkelse blant medlemsvirksomhetene om hvordan RSA-ene ved høyskolene fungerer.", dm="1.4",
      ty="Undersøkelse"),
    R("M05", "Faglig råd for helse- og oppvekstfag", "2.3", RAD, "Spekter", "KS, YS/Delta, Fagforbundet",
      "Spekter er representert i rådet med ett medlem fra helseforetakene.", dm="2.3", ty="Råd/utvalg"),
    R("M07", "Deltakelse i kampanjen Læreplass 2030", "2.3", INFO, "Spekter", "Helseforetakene, KD",
      "Helseforetakene har forpliktet seg til 150 nye lærlingplasser.", dm="2.3", ty="Kampanje"),
    R("M44", "Lederutdanning i digital samhandling for helseforetakene", "2.1", KURS, "Spekter", "BI",
      "Modulbasert lederutdanning om digital samhandling mellom sykehus og kommuner.", dm="2.1", ty="Utdanning"),
]

# ---------------------------------------------------------------- VOFO (table, delmål by words)
VOFO = [
    R("M45", "Regionale studieforbundsnettverk i de nye fylkene", "1.2", RAD, "VOFO", "Studieforbundene",
      "Nettverkene samordner studieforbundenes innspill til fylkeskommunenes kompetanseplaner.",
      dm="Regionalt samarbeid mellom kompetanseaktørene"),
    R("M46", "Digital kursledelse for frivillige kursledere", "2.1", KURS, "VOFO", "Studieforbundene",
      "Kurset (kurs/utdanning) ga 340 kursledere opplæring i nettbasert undervisning.",
      dm="Digital kompetanse i hele arbeidsstyrken"),
    R("M10", "Kompetansepluss frivillighet", "3.2", KURS, "VOFO", "Studieforbundene, HK-dir",
      "VOFO formidlet ordningen til medlemmene; 210 kurs ble gjennomført i 2032.",
      dm="Kompetanseplussordningene"),
    R("M47", "Rapport om studieforbundenes bidrag til integrering", "3.4", FOU, "VOFO", "NIFU",
      "Rapporten dokumenterer at norskkurs i studieforbund når innvandrere utenfor introduksjonsprogrammet.",
      dm="Norskopplæring og kvalifisering av innvandrere"),
    R("M08", "Voksnes læringsuke 2032", "3.6", ARR, "VOFO", "Studieforbundene, fylkeskommunene",
      "Uke 38 med åpne kurs og arrangementer over hele landet.",
      dm="Læringsmotivasjon gjennom opplæring i frivillig sektor"),
]

# ---------------------------------------------------------------- UHR (report chapter, PDF)
UHR = [
    R("M03", "RSA ved alle medlemsinstitusjoner", "1.4", RAD, "UHR", "Medlemsinstitusjonene, partene",
      "Alle de 33 medlemsinstitusjonene har nå et råd for samarbeid med arbeidslivet; UHR har "
      "utarbeidet felles retningslinjer for rådenes sammensetning.", dm="Delmål 1.4"),
    R("M04", "Arbeidslivets representanter i UHRs strategiske enheter", "1.4", RAD, "UHR",
      "Unio, LO, NHO, KS, Spekter, Virke",
      "Enhetene for lærerutdanning, helse og velferd og teknologi har fast representasjon fra "
      "arbeidslivet.", dm="Delmål 1.4"),
    R("M48", "Nasjonal oversikt over fleksible videreutdanningsemner", "2.4", INFO, "UHR", "HK-dir",
      "Søkbar oversikt over emner som kan tas på deltid og nett, oppdatert hvert semester.", dm="Delmål 2.4"),
    R("M49", "Felles rammeverk for realkompetansevurdering i høyere utdanning", "2.5", PROS, "UHR",
      "Medlemsinstitusjonene",
      "Rammeverket skal gi likere vurdering av søkere uten formell studiekompetanse.", dm="Delmål 2.5"),
]

# ---------------------------------------------------------------- Vestland fylkeskommune (Nynorsk)
VESTLAND = [
    R("M15", "Regionalt kompetansebehovsutval for Vestland", "1.2", RAD, "Vestland fylkeskommune",
      "Partane i arbeidslivet, HVL, UiB, NAV Vestland",
      "Utvalet samanstiller kunnskap om kompetansebehov i fylket og legg fram ein eigen rapport kvart år.",
      dm="1.2", ty="Utval"),
    R("M50", "Karrieresenter Vestland: rettleiing for vaksne utan fagbrev", "1.3", INFO,
      "Vestland fylkeskommune", "NAV Vestland",
      "Oppsøkande rettleiing på arbeidsplassar og i kommunane.", dm="1.3", ty="Informasjon"),
    R("M51", "Fagskuletilbod i havbruk i Sunnfjord", "1.4", KURS, "Vestland fylkeskommune",
      "Fagskulen Vestland, havbruksnæringa", "Nytt deltidstilbod med oppstart hausten 2032.", dm="1.4",
      ty="Utdanning"),
    R("M06", "Deltaking i Digitalt grunnløft", "2.1", KURS, "Vestland fylkeskommune",
      "Fagskulen Vestland, HK-dir",
      "Fylkeskommunen har fått midlar frå programmet til tre nettbaserte modular.", dm="2.1", ty="Kurs"),
    R("M52", "Norskopplæring med arbeidspraksis i kommunane", "3.4", PROS, "Vestland fylkeskommune",
      "Kommunane, NAV", "Kombinert norskopplæring og praksis for deltakarar i introduksjonsprogrammet.",
      dm="3.4", ty="Prosjekt"),
    R("M08", "Vaksnes læringsveke 2032", "3.6", ARR, "Vestland fylkeskommune", "VOFO Vestland, studieforbunda",
      "Opne kurs på biblioteka i alle regionane i veke 38.", dm="3.6", ty="Arrangement"),
]

# ---------------------------------------------------------------- Innlandet fylkeskommune (workbook)
INNLANDET = [
    R("M11", "Kompetanseforum Innlandet", "1.2", RAD, "Innlandet fylkeskommune",
      "KS, NHO, LO, NAV, Høgskolen i Innlandet",
      "Forumet møttes fire ganger og vedtok en felles plan for rekruttering til helse.", dm="1.2",
      ty="Nettverk"),
    R("M53", "Regional kompetanseplan Innlandet 2032–2035", "1.2", PROS, "Innlandet fylkeskommune",
      "Kompetanseforum Innlandet", "Planen ble vedtatt av fylkestinget i juni.", dm="1.2", ty=None),
    R("M54", "Karriereveiledning for permitterte i industrien", "1.3", INFO, "Karriere Innlandet",
      "NAV Innlandet", "Drop-in-veiledning på tre industristeder.", dm="1.3", ty="Informasjon"),
    R("M18", "Læreplass 2030 Innlandet", "2.3", INFO, "Innlandet fylkeskommune", "Opplæringskontorene",
      "Regional oppfølging av den nasjonale kampanjen med egne mål for hver kommune.", dm="2.3",
      ty="Kampanje"),
    R("M55", "Fagbrev for voksne ansatte i kommunene", "3.1", KURS, "Innlandet fylkeskommune",
      "Kommunene i Innlandet", "Voksne ansatte tar fagbrev som helsefagarbeider eller barne- og "
      "ungdomsarbeider mens de er i jobb.", dm="3.1", ty="Opplæring"),
    R("M56", "Samarbeidsavtale med NAV om opplæring for arbeidssøkere", "3.5", KURS, "Innlandet fylkeskommune",
      "NAV Innlandet", "Avtalen gir arbeidssøkere plass i ordinære klasser i videregående opplæring.",
      dm="3.5", ty=None),
]
