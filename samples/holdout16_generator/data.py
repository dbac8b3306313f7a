"""All measures of the round, per file; the truth is written from these, the files are rendered from them.

Keys: m = measure id, t = tiltak as written, d = delmål (truth), ty = type (truth, seed spelling),
a = ansvarlig as written ('' if the report gives none), p = partners as written, b = description as written,
dms = delmål as shown in the file, tys = type as shown ('' = not given).
"""

FOU, KURS, RAD, PROS, INFO, ARR = (
    "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement")


def R(m, t, d, ty, a="", p="", b="", dms="", tys=""):
    return dict(m=m, t=t, d=d, ty=ty, a=a, p=p, b=b, dms=dms, tys=tys)


# --- Regjeringen: report exported from Word to PDF; tiltak under delmål headings given in words only
REGJ = [
    R("M01", "Kompetansebehovsutvalget", "1.1", RAD, "KD",
      "ASD, NFD, hovedorganisasjonene i arbeidslivet",
      "Utvalget leverte i juni sin niende hovedrapport, denne gangen om behovet for fagarbeidere i det grønne skiftet, og startet arbeidet med en regional fordeling av framskrivingene."),
    R("M13", "Kompetansemeldinger fra fylkeskommunene", "1.2", FOU, "KD",
      "fylkeskommunene, KS",
      "Fylkeskommunene ble bedt om å utarbeide korte regionale kompetansemeldinger som skal inngå i kunnskapsgrunnlaget for neste revisjon av strategien."),
    R("M11", "Pilot for karriereveiledning i arbeidslivet (KIA)", "1.3", PROS, "KD",
      "HK-dir, Vestland fylkeskommune, Innlandet fylkeskommune, KS",
      "Karrieresentrene i to fylker tilbyr veiledning til ansatte på arbeidsplassen i samarbeid med tillitsvalgte og ledelse. Piloten evalueres i 2037."),
    R("M14", "Ny forskrift om kvalitet i karriereveiledning", "1.3", INFO, "KD",
      "HK-dir",
      "Forskriften trådte i kraft 1. august og stiller krav til kompetanse hos veiledere i de offentlige karrieresentrene."),
    R("M06", "Program for grønn omstilling og kompetanse i industrien (GRØNNKOMP)", "2.1", PROS, "KD og NFD",
      "LO, NHO, Norsk Industri, Fellesforbundet, fagskolene",
      "Programmet finansierer korte, fleksible moduler for ansatte i prosessindustri og leverandørindustri. 1 400 deltakere i 2036."),
    R("M15", "Følgeforskning på modulbasert etter- og videreutdanning", "2.2", FOU, "KD",
      "NIFU, Fafo",
      "Fireårig oppdrag som skal belyse hva virksomhetene og arbeidstakerne får igjen for korte moduler."),
    R("M12", "Samfunnskontrakten for kompetanse og læreplasser 2034–2037", "2.3", PROS, "KD",
      "partene i arbeidslivet, fylkeskommunene",
      "Midtveisgjennomgang med partene i mars; målet om 3 000 flere læreplasser i offentlig sektor er justert opp."),
    R("M16", "Regionale kompetansemeglere i klyngene", "2.4", PROS, "NFD",
      "Innovasjon Norge, Siva, fylkeskommunene",
      "Tilskudd til at seks klynger ansetter en person som kobler medlemsbedriftenes behov med tilbud ved fagskoler og høyskoler."),
    R("M17", "Digital kompetansebank for dokumentasjon av realkompetanse", "2.5", INFO, "KD",
      "HK-dir, Sikt",
      "Løsningen lar arbeidstakere samle kursbevis, attester og vurderinger på ett sted og dele dem med arbeidsgiver eller utdanningssted."),
    R("M18", "Raskere godkjenning av utenlandsk sykepleierutdanning", "2.6", PROS, "HOD",
      "Helsedirektoratet, HK-dir",
      "Saksbehandlingstiden er redusert fra ni til tre måneder gjennom digital søknad og felles vurderingsnormer."),
    R("M19", "Forsøk med opplæring i norsk og fag på arbeidsplassen for innvandrere", "3.4", KURS, "KD og AID",
      "IMDi, kommunene, HK-dir",
      "Deltakere i introduksjonsprogrammet får norskopplæring og fagopplæring i samme virksomhet."),
    R("M10", "Tilskuddsordningen Kompetansepluss frivillighet", "3.2", KURS, "KD",
      "HK-dir, VOFO, studieforbundene",
      "Rammen ble økt med 20 mill. kroner, og det er lagt til rette for kurs i digitale ferdigheter for eldre."),
]

# --- LO: spreadsheet with a cover sheet and one sheet per area, header not in row 1
LO = [
    R("M01", "Fast plass i KBU", "1.1", RAD, "LO", "NHO, Unio, YS, Akademikerne, Spekter, Virke, KS",
      "LO har deltatt i alle møter og bidratt med innspill til kapitlet om fagarbeidere.", dms="1.1", tys="Råd/utvalg"),
    R("M20", "Kompetansepolitisk ungdomsforum", "1.3", ARR, "LO", "LO Ungdom, Elevorganisasjonen",
      "To samlinger for unge tillitsvalgte om karrierevalg og yrkesfag.", dms="1.3", tys="Samling"),
    R("M06", "GRØNNKOMP", "2.1", PROS, "Fellesforbundet/LO", "NHO, Norsk Industri",
      "Forbundene rekrutterer deltakere og sitter i styringsgruppen for programmet.", dms="dm 2.1", tys=""),
    R("M21", "Kartlegging av kompetansebehov hos tillitsvalgte i industrien", "2.2", FOU, "LO", "Fafo",
      "Spørreundersøkelse til 2 000 klubbledere; rapport i november.", dms="2.2", tys="Undersøkelse"),
    R("M09", "Felles møte under Arendalsuka: «Hvem betaler for livslang læring?»", "2.2", ARR, "LO og Spekter", "",
      "Debatt med statsråden og partene om finansiering av etter- og videreutdanning.", dms="2.2", tys="arrangement"),
    R("M03", "LOs representanter i de faglige rådene", "2.3", RAD, "LO", "forbundene",
      "LO-forbundene har arbeidstakerplassene i elleve av tolv faglige råd.", dms="2.3", tys="råd"),
    R("M22", "Skolering av tillitsvalgte i kompetanseplanlegging", "2.4", KURS, "LO", "AOF",
      "Kurs i hvordan tillitsvalgte kan bruke tariffavtalens bestemmelser om kompetanseutvikling.", dms="2.4", tys="kurs"),
    R("M23", "Fagbrevkampanje for ufaglærte i renhold", "3.1", INFO, "NTL og Fagforbundet", "NHO Service og Handel",
      "Informasjon på arbeidsplassene om praksiskandidatordningen.", dms="3.1", tys="info"),
]

# --- NHO: table, two versions (draft and revised); only the revised counts
NHO = [
    R("M02", "NHO oppnevner arbeidsgiverrepresentantene i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "NHO",
      "Landsforeningene", "Vi har i 2036 hatt nestledervervet i rådet.", dms="1.4"),
    R("M04", "Deltakelse i råd for samarbeid med arbeidslivet", "1.4", RAD, "NHO", "Regionkontorene",
      "NHOs regionkontorer er representert i RSA ved 14 universiteter og høyskoler.", dms="1.4"),
    R("M06", "Grønnkomp-programmet", "2.1", PROS, "NHO", "LO, KD, NFD",
      "Norsk Industri og NHO Mat og Drikke har rekruttert bedrifter til programmet.", dms="2.1", tys="Prosjekt"),
    R("M24", "Kompetansebarometer 2036", "2.2", FOU, "NHO", "Nordisk institutt for studier av innovasjon, forskning og utdanning",
      "Årlig undersøkelse blant medlemsbedriftene om udekket kompetansebehov.", dms="2.2", tys="FoU"),
    R("M12", "Samfunnskontrakten", "2.3", PROS, "NHO", "KD, LO, KS, Virke",
      "NHO har fulgt opp bransjeforeningenes mål om flere lærekontrakter.", dms="2.3"),
    R("M25", "Lærlingløftet i havbruk", "2.3", PROS, "NHO", "Sjømat Norge, fylkeskommunene i Nord-Norge",
      "Rekrutteringsprosjekt rettet mot elever i naturbruk.", dms="2.3", tys="Prosjekt"),
    R("M26", "Bransjekurs for mellomledere i små bedrifter", "2.4", KURS, "NHO", "fagskolene",
      "Nettbaserte moduler med samlinger i regionene.", dms="2.4", tys="Kurs"),
]

# --- Unio: a letter, numbered list, delmål and type in brackets in the text
UNIO = [
    R("M05", "Observatørplass i UHR-Helse og velferd", "1.4", RAD, "", "",
      "Unio bruker plassen til å fremme behovet for praksisnære studier og videreutdanning i sykepleie og lærerutdanning.",
      dms="[1.4]", tys="råd"),
    R("M03", "Unio oppnevner medlemmer til faglig råd for helse- og oppvekstfag", "2.3", RAD, "", "",
      "Sammen med Fagforbundet og Delta ivaretar vi arbeidstakersiden.", dms="[2.3]", tys=""),
    R("M27", "Notat med Unios merknader til KBUs hovedrapport", "2.2", FOU, "", "",
      "Notatet ble sendt departementet og drøftet i Unios styre.", dms="[2.2]", tys="notat"),
    R("M28", "Videreutdanning for sykepleiere i kommunene – finansieringsmodeller", "2.2", FOU, "", "Proba samfunnsanalyse",
      "Utredningen sammenligner stipend, permisjon med lønn og tariffestede ordninger.", dms="[2,2]", tys="utredning"),
    R("M29", "Webinarserie om livslang læring for medlemsforbundene", "2.1", KURS, "", "",
      "Seks webinarer om digitale verktøy i undervisning og helse, 900 deltakere.", dms="[2.1]", tys="webinar"),
]

# --- KS: slide deck exported to PDF
KS = [
    R("M02", "KS leder Samarbeidsrådet for yrkesopplæring 2036–2037", "1.4", RAD, "KS", "",
      "Ledervervet går på omgang mellom partene.", dms="DM 1.4", tys="Råd/utvalg"),
    R("M30", "Kommunenes kompetansestrategier – veileder", "1.2", INFO, "KS", "kommunene",
      "Oppdatert digital veileder med maler for strategisk kompetanseplanlegging.", dms="DM 1.2", tys="Informasjon"),
    R("M07", "Fagløft helse 2035–2037", "3.1", PROS, "KS", "Spekter, Fagforbundet, NSF, fylkeskommunene",
      "Assistenter i helse og omsorg tar fagbrev mens de er i jobb; 2 100 deltakere.", dms="DM 3.1", tys="Prosjekt"),
    R("M12", "Samfunnskontrakten 2034–37: KS' forpliktelser", "2.3", PROS, "KS", "KD, NHO, LO",
      "Kommunesektoren har 7 % flere lærlinger enn i 2033.", dms="DM 2.3", tys=""),
    R("M31", "Arbeidslivsmonitor for kommunesektoren 2036", "2.2", FOU, "KS", "Ipsos",
      "Ny måling av kompetanse, rekruttering og turnover.", dms="DM 2.2", tys="FoU"),
    R("M32", "KS Læring – nye kurs i kunstig intelligens", "2.1", KURS, "KS", "Digdir",
      "Tolv nye e-læringskurs for ansatte i kommunene.", dms="DM 2.1", tys="Kurs"),
    R("M33", "Lederutviklingsprogram for skoleeiere", "1.4", KURS, "KS", "OsloMet, UiT",
      "Tre kull á 40 deltakere.", dms="DM 1.4", tys="Kurs"),
]

# --- YS: a scanned page, short table
YS = [
    R("M01", "Medlem av kompetansebehovsutvalget", "1.1", RAD, "", "", "", dms="1,1", tys="Råd"),
    R("M08", "DigiHandel", "2.1", PROS, "", "Virke, Parat", "", dms="2,1", tys="Prosjekt"),
    R("M34", "Kurs i norsk for ansatte i renhold", "3.4", KURS, "", "Delta, NHO Service", "", dms="3,4", tys="Kurs"),
    R("M35", "Undersøkelse om seniorers etterutdanning", "2.2", FOU, "", "Fafo", "", dms="2,2", tys="FoU"),
]

# --- Virke: ODT memo, block layout
VIRKE = [
    R("M08", "DigiHandel – digitalt kompetanseløft for handel og service", "2.1", PROS, "Virke", "YS, Parat, HK",
      "Bransjeprogrammet tilbyr korte nettkurs i netthandel, data og automatisering til ansatte i butikk og lager. I 2036 fullførte 3 200 ansatte minst ett kurs.",
      dms="2.1 Digital kompetanse i hele arbeidsstyrken", tys="Prosjekt"),
    R("M04", "Virkes representanter i RSA", "1.4", RAD, "Virke", "",
      "Virke har representanter i RSA ved fem høyskoler og ved OsloMet, og har samlet dem til erfaringsutveksling.",
      dms="1.4 Samarbeid mellom utdanning og arbeidsliv", tys="Råd/utvalg/nettverk"),
    R("M12", "Samfunnskontrakten for flere læreplasser – Virkes bidrag", "2.3", PROS, "Virke", "KD",
      "Virke har oppfordret medlemsvirksomheter innen helse og kultur til å ta inn lærlinger.",
      dms="2.3 Karrieremuligheter i yrkesfagene", tys=""),
    R("M36", "Virke-skolen: kurs i kompetansekartlegging for HR", "2.4", KURS, "Virke", "",
      "Halvdagskurs for HR-ansvarlige i små og mellomstore virksomheter.",
      dms="2.4 Koble kompetansebehov til tilbydere", tys="Kurs"),
    R("M37", "Realkompetanseverktøy for ideell sektor", "2.5", PROS, "Virke", "HK-dir, Kirkens Bymisjon",
      "Verktøy for å beskrive kompetanse medarbeidere har opparbeidet i ideelle virksomheter.",
      dms="2.5 Dokumentert kompetanse", tys="Pilot"),
]

# --- Akademikerne: RTF, title and description in one cell, ansvarlig/partner merged
AKAD = [
    R("M01", "Akademikerne er representert i Kompetansebehovsutvalget", "1.1", RAD, "Akademikerne", "",
      "Vi har bidratt særlig i arbeidet med framskrivinger for høyt utdannede.", dms="1.1", tys="Råd/utvalg"),
    R("M05", "Deltakelse i UHRs strategiske enheter for MNT og økonomisk-administrativ utdanning", "1.4", RAD,
      "Akademikerne", "Tekna, Econa",
      "Tekna og Econa sitter i enhetene og har fremmet behovet for etter- og videreutdanning.", dms="1.4", tys="Råd/utvalg"),
    R("M38", "Rapport om akademikeres bruk av etter- og videreutdanning", "2.2", FOU, "Akademikerne", "Samfunnsøkonomisk analyse",
      "Rapporten viser at hver tredje akademiker ikke fikk den etterutdanningen de ønsket i 2035.", dms="2.2", tys="FoU"),
    R("M39", "Mentorordning for nyutdannede akademikere med innvandrerbakgrunn", "3.4", PROS, "Akademikerne", "Samfunnsviterne, Juristforbundet",
      "80 mentorpar i 2036.", dms="3.4", tys="Prosjekt"),
    R("M40", "Karriereveiledning for medlemmer i omstilling", "1.3", INFO, "Akademikerne", "medlemsforeningene",
      "Individuell veiledning og digitale karrieresamtaler.", dms="1.3", tys="Informasjon"),
]

# --- Spekter: filled-in form exported to PDF
SPEKTER = [
    R("M02", "Spekters representant i SRY", "1.4", RAD, "Spekter", "",
      "Spekter har én fast plass og en vara i rådet.", dms="1.4", tys="Råd/utvalg/nettverk"),
    R("M03", "Representasjon i Faglig råd for helse- og oppvekstfag", "2.3", RAD, "Spekter", "helseforetakene",
      "To representanter fra helseforetakene.", dms="2.3", tys="Råd/utvalg/nettverk"),
    R("M41", "Samling for Spekters representanter i faglige råd og SRY", "2.3", ARR, "Spekter", "medlemsvirksomhetene",
      "Årlig samling for å samordne arbeidsgiversynet.", dms="2.3", tys="Arrangement"),
    R("M07", "Fagløft helse", "3.1", PROS, "Spekter", "KS, helseforetakene",
      "Helseforetakene har tatt inn 350 deltakere.", dms="3.1", tys="Prosjekt"),
    R("M09", "Arendalsuka 2036 – «Hvem betaler for livslang læring?»", "2.2", ARR, "Spekter", "LO",
      "Felles frokostmøte med LO.", dms="2.2", tys="Arrangement"),
    R("M42", "Lederprogram for kompetanseledelse i helseforetak", "2.4", KURS, "Spekter", "BI",
      "Program for klinikkledere.", dms="2.4", tys="Kurs/utdanning"),
]

# --- VOFO: Word table, roman notation, header row repeated mid-table, area rows
VOFO = [
    R("M10", "Kompetansepluss frivillighet", "3.2", KURS, "VOFO", "studieforbundene",
      "", dms="III.2", tys="Kurs"),
    R("M43", "Evaluering av Kompetansepluss frivillighet", "3.2", FOU, "VOFO", "Oxford Research",
      "", dms="III.2", tys="FoU"),
    R("M44", "Regionale frivillighetsnettverk for læring", "1.2", RAD, "VOFO", "fylkeskommunene",
      "", dms="I.2", tys="Nettverk"),
    R("M45", "Kursleder­opplæring i digital formidling", "2.1", KURS, "VOFO", "studieforbundene",
      "", dms="II.1", tys="Kurs"),
    R("M46", "Læringsfestival 2036", "3.6", ARR, "VOFO", "studieforbundene, bibliotekene",
      "", dms="III.6", tys="Arrangement"),
    R("M47", "Kampanjen «Lær noe nytt i år»", "3.6", INFO, "VOFO", "studieforbundene",
      "", dms="III.6", tys="Kampanje"),
]
VOFO[3]["t"] = "Kurslederopplæring i digital formidling"

# --- UHR: long prose report; tiltak as bold lead-ins in paragraphs
UHR = [
    R("M05", "Strategiske enheter med arbeidslivsrepresentanter", "1.4", RAD, "UHR", "",
      "Alle UHRs strategiske enheter har nå faste plasser for arbeidslivets organisasjoner, og enhetene har i år drøftet relevans og praksis i studieprogrammene.",
      dms="delmål 1.4"),
    R("M04", "Råd for samarbeid med arbeidslivet", "1.4", RAD, "UHR", "",
      "UHR har samlet lederne av institusjonenes RSA til et nasjonalt erfaringsmøte og laget en felles mal for rådenes årsrapporter.",
      dms="delmål 1.4"),
    R("M48", "Nasjonal portal for etter- og videreutdanning i UH-sektoren", "2.4", INFO, "UHR", "HK-dir",
      "Portalen samler over 1 100 emner som kan tas ved siden av jobb.",
      dms="delmål 2.4"),
    R("M49", "Felles retningslinjer for realkompetansevurdering", "2.5", PROS, "UHR", "",
      "Retningslinjene gjelder opptak på grunnlag av realkompetanse til bachelor- og masterstudier.",
      dms="delmål 2.5"),
    R("M50", "Kartlegging av praksisordninger i profesjonsutdanningene", "1.4", FOU, "UHR", "NIFU",
      "Kartleggingen viser store forskjeller mellom institusjonene i hvor mye praksis studentene får.",
      dms="delmål 1.4"),
]

# --- Vestland fylkeskommune (Nynorsk): table with a two-row header, exported to PDF
VESTLAND = [
    R("M11", "Karriererettleiing i arbeidslivet (KIA)", "1.3", PROS, "Vestland fylkeskommune", "Karriere Vestland, NAV, LO, NHO",
      "Karriererettleiarar har hatt samtalar med 640 tilsette i 45 verksemder.", dms="1.3", tys="Prosjekt"),
    R("M51", "Regionalt RSA-forum Vestland", "1.4", RAD, "Vestland fylkeskommune", "HVL, UiB, NHH, partane",
      "Eit forum der leiarane av RSA ved institusjonane i fylket møter fylkeskommunen to gonger i året.", dms="1.4", tys="Nettverk"),
    R("M52", "GRØNNKOMP Vestland – regional pilot for maritim næring", "2.1", PROS, "Vestland fylkeskommune", "Maritim Forening, fagskulen",
      "Ein regional variant av det nasjonale programmet, retta mot verft og reiarlag.", dms="2.1", tys="Prosjekt"),
    R("M53", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune", "KS, NAV, partane i arbeidslivet",
      "Forumet har vedteke ein ny regional kompetansestrategi for 2036–2040.", dms="1.2", tys=""),
    R("M54", "Fagskuletilbod i batteriteknologi", "2.4", KURS, "Fagskulen Vestland", "industrien i Sunnhordland",
      "Nytt deltidstilbod med 30 studieplassar.", dms="2.4", tys="Utdanning"),
    R("M55", "Vaksenopplæring med modulstrukturerte fag", "3.1", KURS, "Vestland fylkeskommune", "kommunane, NAV",
      "Modular i helsearbeidarfaget og byggfag for vaksne.", dms="3.1", tys="Kurs"),
]

# --- Nordland fylkeskommune: Word, numbered lists under area headings
NORDLAND = [
    R("M56", "Karriereveiledning i arbeidslivet, fase 2 (2036–2038)", "1.3", PROS, "Nordland fylkeskommune", "Karriere Nordland, LO, NHO",
      "Videreføring i nye kommuner etter at den nasjonale piloten ble avsluttet.", dms="1.3", tys=""),
    R("M57", "Kompetansebroen Helgeland", "2.4", RAD, "Nordland fylkeskommune", "Nord universitet, fagskolen, Helgeland industripark",
      "Nettverk som formidler kompetansebehov i industrien til utdanningstilbyderne.", dms="2.4", tys=""),
    R("M58", "Fagbrev for voksne i samiske områder", "3.2", KURS, "Nordland fylkeskommune", "Sametinget, kommunene",
      "Tilbud med samisk språkstøtte og opplæring nær bosted.", dms="3.2", tys=""),
    R("M59", "Opplæring av NAV-veiledere i fagopplæringens muligheter", "3.5", KURS, "Nordland fylkeskommune", "NAV Nordland",
      "To dagers kurs for veiledere om hvordan arbeidssøkere kan ta fagbrev.", dms="3.5", tys=""),
]
