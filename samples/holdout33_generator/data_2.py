"""Content: YS, Virke, Akademikerne, Spekter, VOFO."""
from .common import R

YS = [
    R("YS oppnevner representant til Samarbeidsrådet for yrkesopplæring", "M03",
      "2.3", "Råd/utvalg/nettverk",
      "YS har én representant og én vara i rådet. Representanten har i 2053 "
      "fulgt opp særlig arbeidet med lærlingplasser i varehandel og transport.",
      ans="YS", sam="", tt="Rådsdeltakelse",
      dm="2.3 Karrieremuligheter i yrkesfaglige utdanninger"),
    R("Frokostseminar om KBUs hovedrapport 2053", "R119", "1.1", "Arrangement",
      "Seminar for tillitsvalgte og ansatte i YS-forbundene der utvalgets leder "
      "presenterte hovedfunnene, fulgt av en paneldebatt om konsekvensene for "
      "etter- og videreutdanning.",
      ans="YS", sam="", tt="Seminar", dm="1.1 Kompetansebehovsutvalg"),
    R("Digiløft handel – kurs for ansatte i varehandelen", "J03", "2.1",
      "Kurs/utdanning",
      "Nettbaserte kurs i netthandel, lagerstyring og digitale betalingsløsninger "
      "for ansatte i butikk og lager. YS-forbundet Parat har rekruttert deltakere "
      "blant sine medlemmer.",
      ans="Virke", sam="Parat, YS", tt="Kurs",
      dm="2.1 Digital kompetanse i arbeidsstyrken"),
    R("YS Arbeidslivsbarometer – tema livslang læring", "R120", "2.2", "FoU",
      "Årets barometer hadde et eget tema om hvordan arbeidstakere vurderer "
      "mulighetene for å lære på jobben, og hvem som tar initiativ til opplæring.",
      ans="YS", sam="Ipsos", tt="Undersøkelse",
      dm="2.2 Kunnskapsgrunnlaget om læring i arbeidslivet"),
    R("Informasjonsmateriell om godkjenning av utenlandsk fagutdanning", "R121", "2.6",
      "Informasjon",
      "Brosjyre og nettside på fem språk som forklarer hvordan medlemmer med "
      "fagutdanning fra utlandet kan søke godkjenning.",
      ans="YS", sam="HK-dir", tt="Informasjonstiltak",
      dm="2.6 Godkjenning av utenlandsk utdanning"),
]

VIRKE = [
    R("Digitalt kompetanseløft i handelen (Digiløft handel)", "J03", "2.1",
      "Kurs/utdanning",
      "Virke og YS/Parat tilbyr korte nettkurs for butikk- og lageransatte. "
      "2 100 ansatte fra 240 virksomheter har fullført minst ett kurs i 2053.",
      tt="opplæring", sec="Digital kompetanse i arbeidsstyrken"),
    R("Virke HR-barometer 2053: kompetanseplanlegging", "R122", "2.2", "FoU",
      "Undersøkelse blant HR-ledere i Virkes medlemsvirksomheter om hvordan "
      "kompetanseplaner utarbeides og følges opp.",
      tt="undersøkelse", sec="Kunnskapsgrunnlaget om læring i arbeidslivet"),
    R("Bransjerådet for fagskoleutdanning i varehandel", "R123", "1.4",
      "Råd/utvalg/nettverk",
      "Virke har opprettet et eget bransjeråd der medlemsvirksomheter og fagskoler "
      "møtes to ganger i året for å utvikle fagskoletilbud i handelsledelse.",
      tt="nettverk", sec="Samarbeid mellom utdanningstilbydere og arbeidslivet"),
    R("Kompetansemegler for handel og tjenesteyting", "R124", "2.4", "Prosjekt",
      "En kompetansemegler i Viken og Innlandet hjelper små virksomheter med å "
      "finne relevante kurs og etterutdanning hos regionale tilbydere.",
      tt="pilot",
      sec="Koble kompetansebehov i virksomheter til utdanningstilbydere"),
    R("Kompetansebevis for salgsmedarbeidere", "R125", "2.5", "Prosjekt",
      "Utvikling av et bransjestandardisert bevis som dokumenterer kompetanse "
      "tilegnet i jobb, som grunnlag for realkompetansevurdering.",
      tt="utviklingsarbeid", sec="Dokumentere kompetanse ervervet i arbeidslivet"),
]

AKAD = [
    R("Akademikernes representasjon i UHRs fagstrategiske enheter", "M04", "1.4",
      "Råd/utvalg/nettverk",
      "Akademikerne-foreningene har faste plasser i de nasjonale rådene for "
      "teknologiutdanning og for helse- og sosialfag. Gjennom rådene har vi i 2053 "
      "arbeidet for mer arbeidslivsrelevante masterprogrammer.",
      sec="Et tettere samspill mellom høyere utdanning og arbeidslivet"),
    R("Arbeidslivsdagen for masterstudenter", "R126", "1.4", "Arrangement",
      "Akademikerne arrangerte arbeidslivsdager ved fire universiteter, der "
      "studenter møtte arbeidsgivere og tillitsvalgte for å lære om karriereveier.",
      sec="Et tettere samspill mellom høyere utdanning og arbeidslivet"),
    R("EVU-rapporten 2053", "R127", "2.2", "FoU",
      "Medlemsundersøkelse om etter- og videreutdanning blant akademikere, med "
      "vekt på hvem som betaler og hvor mye tid arbeidsgiver gir.",
      sec="Mer kunnskap om hvordan voksne lærer på jobben"),
    R("Veiledningstjeneste om godkjenning for utenlandsutdannede medlemmer",
      "R128", "2.6", "Informasjon",
      "Foreningene tilbyr individuell veiledning om godkjenning av utenlandsk "
      "utdanning og autorisasjon. Tjenesten hadde 740 henvendelser i 2053.",
      sec="Raskere og enklere godkjenning av utdanning fra utlandet"),
]

SPEKTER = [
    R("Spekters sete i SRY", "M03", "2.3", "Råd/utvalg/nettverk",
      "Spekter har ett medlem og ett varamedlem i Samarbeidsrådet for "
      "yrkesopplæring.", tt="Råd"),
    R("Praksisløftet i sykehusene", "J04", "2.5", "Prosjekt",
      "Helseforetakene gir ufaglærte ansatte veiledning fram mot fagbrev som "
      "praksiskandidat, sammen med Unio-forbundene og Oslo kommune.", tt="Prosjekt"),
    R("Lederprogram for kompetansestyring i helseforetak", "R129", "2.4",
      "Kurs/utdanning",
      "Tre samlinger for ledere om å koble virksomhetens behov til "
      "videreutdanning ved universiteter og høyskoler.", tt="Kurs"),
    R("Statistikk over lærlinger i sykehusene", "R130", "2.2", "FoU",
      "Årlig kartlegging av antall lærlinger og lærefag i helseforetakene.",
      tt="Kartlegging"),
]

VOFO = [
    R("Språkkafeer i studieforbundene – Oslo-nettverket", "J05", "3.4", "Prosjekt",
      "Studieforbundene driver ukentlige språkkafeer i samarbeid med Oslo kommune. "
      "I 2053 var det 38 kafeer med til sammen 4 500 besøk.",
      ans="VOFO Oslo", sam="Oslo kommune (Oslo VO og Deichman)", tt="Prosjekt",
      dm="3.4 Norskopplæring og kvalifisering for innvandrere"),
    R("Veiledningsturné om opplæringstilskudd", "R131", "3.6", "Informasjon",
      "Informasjonsmøter i alle fylker om tilskudd til opplæring i frivillige "
      "organisasjoner og hvordan studieforbundene kan bistå.",
      ans="VOFO", sam="Studieforbundene", tt="Informasjon",
      dm="3.6 Læring i frivillig sektor"),
    R("Studieforbundsdagen 2053", "R132", "3.6", "Arrangement",
      "Nasjonal konferanse om voksnes læring i frivilligheten med 180 deltakere.",
      ans="VOFO", sam="", tt="Konferanse", dm="3.6 Læring i frivillig sektor"),
    R("Kursmodell for digitale ferdigheter i studieforbund", "R133", "3.2",
      "Kurs/utdanning",
      "Ny kursmodell på 40 timer i digitale ferdigheter for voksne med svake "
      "grunnleggende ferdigheter, finansiert gjennom kompetanseplussmidler.",
      ans="Studieforbundet folkeuniversitetet", sam="HK-dir", tt="Opplæring",
      dm="3.2 Kompetanseplussordningene"),
    R("Kartlegging av læringsutbytte i frivillig sektor", "R134", "3.6", "FoU",
      "Undersøkelse blant 2 000 kursdeltakere om hva de har lært og hvordan "
      "læringen brukes i arbeid og samfunnsliv.",
      ans="VOFO", sam="Fafo", tt="Utredning", dm="3.6 Læring i frivillig sektor"),
]
