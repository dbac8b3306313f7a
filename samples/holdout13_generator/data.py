"""The round's content: every tiltak row as the member writes it, and what a secretary makes of it.

Each row: tiltak (as written), measure id, truth delmål, truth type, the delmål and type as the report
writes them (None when the report gives none), ansvarlig, partners and description as written.
"""
from dataclasses import dataclass


@dataclass
class Row:
    tiltak: str
    mid: str
    dm: str
    typ: str
    dm_txt: str | None = None
    typ_txt: str | None = None
    ans: str = ""
    partners: str = ""
    desc: str = ""


R = "Råd/utvalg/nettverk"
K = "Kurs/utdanning"
P = "Prosjekt"
F = "FoU"
I = "Informasjon"
A = "Arrangement"

# M01 KBU, M02 SRY, M03 RSA, M04 UHR fagstrategiske enheter, M05 faglige råd, M06 bransjeprogram
# varehandel, M07 KI-løftet, M08 Grønt kompetanseløft, M09 Nasjonalt forum for karriereveiledning,
# M10 Kompetansefrokosten (Arendalsuka), M11 rapporten «Tid til å lære», M12 Samfunnskontrakten.

REGJERINGEN = [
    Row("Kompetansebehovsutvalget (KBU)", "M01", "1.1", R, "1.1", "Råd/utvalg", "KD",
        "ASD, KDD, hovedorganisasjonene i arbeidslivet",
        "Utvalget la i juni fram hovedrapporten om kompetansebehov i en grønn og digital omstilling. "
        "KD leder utvalget og har sekretariatet."),
    Row("Styrket tilskudd til de fylkeskommunale kompetanseforaene", "M13", "1.2", R, "1.2", "Nettverk",
        "KDD", "Fylkeskommunene",
        "Tilskuddet skal gi fylkene rom til å samle skoler, fagskoler, høyskoler og næringsliv om felles "
        "regionale kompetanseplaner."),
    Row("Ny versjon av den nasjonale portalen for etter- og videreutdanning", "M14", "1.3", I, "1.3",
        "Informasjon", "KD", "HK-dir",
        "Portalen viser nå også korte moduler og mikrograder, med filter for nettbaserte tilbud."),
    Row("Treparts bransjeprogram for kompetanseutvikling – varehandel", "M06", "2.1", K, "2.1",
        "Kurs/utdanning", "KD", "Virke, HK/LO, NHO Handel",
        "Tilskudd til fleksible moduler i netthandel, logistikk og kundedata ved fire fagskoler."),
    Row("Kompetanseløft i kunstig intelligens for arbeidslivet (KI-løftet)", "M07", "2.1", P, "2.1",
        "Prosjekt", "KD", "HK-dir, partene i arbeidslivet",
        "Første fase (2031–2033) ga korte nettkurs i bruk av KI for ansatte i små og mellomstore "
        "virksomheter. Om lag 41 000 deltakere fullførte."),
    Row("KI-løftet, fase 2: forberedende utredning", "M15", "2.1", F, "2.1", "Utredning", "KD", "HK-dir",
        "Utredningen skal foreslå innretningen av en ny fase fra 2034, med vekt på offentlig sektor."),
    Row("Stortingsmelding om fagskolene", "M16", "2.3", F, "2.3", "FoU", "KD", "",
        "Arbeidet med meldingen startet høsten 2033 og skal legges fram våren 2035."),
    Row("Samfunnskontrakten for flere læreplasser 2031–2035", "M12", "2.3", K, "2.3", "Kurs/utdanning",
        "KD", "Partene i arbeidslivet, KS, fylkeskommunene",
        "Kontrakten ble fulgt opp med to kontaktmøter, og læreplassgarantien ble evaluert."),
    Row("Grønt kompetanseløft (GKL)", "M08", "2.4", P, "2.4", "Prosjekt", "NFD",
        "KD, NHO, LO, fylkeskommunene",
        "Partssamarbeid som kobler bedriftsnettverk i industri og bygg med fagskoler og høyskoler om "
        "videreutdanning for det grønne skiftet."),
    Row("Forskrift om godkjenning av utenlandsk fag- og yrkesopplæring", "M17", "2.6", K, "2.6",
        "Kurs/utdanning", "KD", "HK-dir",
        "Forskriften trådte i kraft 1. august og gir en raskere vurdering for de største lærefagene."),
    Row("Modulstrukturert opplæring for voksne i videregående opplæring", "M18", "3.1", K, "3.1",
        "Kurs/utdanning", "KD", "Fylkeskommunene, Udir",
        "Ordningen er nå innført i alle fylker og omfatter 28 lærefag."),
    Row("Evaluering av integreringsloven", "M19", "3.4", F, "3.4", "Evaluering", "AID", "IMDi, Fafo",
        "Evalueringen ser særlig på om opplæringen i introduksjonsprogrammet fører til arbeid."),
    Row("Norskopplæring for arbeidssøkere i NAV", "M20", "3.5", K, "3.5", "Kurs", "AID",
        "Arbeids- og velferdsdirektoratet, HK-dir",
        "Nye kurs med norsk og arbeidspraksis samtidig, prøvd ut ved 30 NAV-kontor."),
    Row("Utredning av ny tilskuddsmodell for studieforbundene", "M21", "3.6", F, "3.6", "Utredning", "KUD",
        "VOFO, KD",
        "Modellen skal gjøre tilskuddet mer forutsigbart og belønne opplæring for voksne med lite formell "
        "utdanning."),
]

LO = [
    Row("LOs plass i Kompetansebehovsutvalget", "M01", "1.1", R, "1.1", None,
        desc="LO har ett av partenes medlemmer i KBU. I 2033 har vi særlig bidratt med kunnskap om "
        "behovet for fagarbeidere i industrien og i helse."),
    Row("Notat om KBUs hovedrapport", "M22", "1.1", F, "1.1", None,
        desc="LO skrev et notat til forbundene om hva funnene i hovedrapporten betyr for "
        "tariffpolitikken og for kravene i lønnsoppgjøret."),
    Row("Medlemmer i Samarbeidsrådet for yrkesopplæring", "M02", "1.4", R, "1.4", None,
        desc="LO har to faste medlemmer og to varamedlemmer i SRY, der dimensjonering av "
        "læreplasser var hovedsaken i år."),
    Row("Observatør i UHR-Lærerutdanning", "M04", "1.4", R, "1.4", None,
        desc="Plassen brukes til å løfte behovene i yrkesfaglærerutdanningen og praksis i bedrift."),
    Row("Bransjeprogrammet for varehandel", "M06", "2.1", K, None, None,
        desc="Handel og Kontor har vært med å utforme modulene og rekruttert deltakere blant "
        "tillitsvalgte i butikk og lager."),
    Row("Skolering av tillitsvalgte om kompetanseklausuler i tariffavtalene", "M23", "2.2", K, "2.2",
        None,
        desc="Tre regionale kurs for tillitsvalgte om hvordan bestemmelsene om kompetanse i "
        "overenskomstene kan brukes lokalt."),
    Row("Kompetansefrokosten under Arendalsuka", "M10", "2.2", A, None, None,
        desc="Arrangert sammen med Spekter. Tema var hvem som skal betale for livslang læring."),
    Row("Grønt kompetanseløft", "M08", "2.4", P, "2.4", None,
        desc="LO og forbundene deltar i styringsgruppen og i de lokale nettverkene i industri og bygg."),
    Row("Kampanje for fagbrev for voksne i industrien", "M24", "3.1", I, "3.1", None,
        desc="Fellesforbundet og Industri Energi har informert ufaglærte medlemmer om praksiskandidatordningen "
        "og fagbrev på jobb."),
]

NHO = [
    Row("Representasjon i Kompetansebehovsutvalget", "M01", "1.1", R, "1.1", "Råd/utvalg",
        "NHO Arbeidsliv", "",
        "NHOs medlem i KBU har fulgt arbeidet med behovsanalysen for reiseliv og bygg."),
    Row("NHO leder SRY 2032–2034", "M02", "1.4", R, "1.4", "Råd/utvalg", "NHO Kompetanse",
        "LO, KS, Spekter, Virke, YS, Unio",
        "Ledervervet i rådet går på omgang mellom partene, og NHO har det i denne perioden."),
    Row("Kompetansebarometeret 2033", "M25", "2.2", F, "2.2", "Undersøkelse", "NHO", "NIFU",
        "Spørreundersøkelse blant medlemsbedriftene om udekket behov for kompetanse."),
    Row("Utredning av et skatteinsentiv for kompetanseinvesteringer", "M26", "2.2", F, "2.2",
        "Utredning", "NHO", "",
        "To modeller for fradrag for bedriftenes utgifter til opplæring er beskrevet og regnet på."),
    Row("Samfunnskontrakten for flere læreplasser", "M12", "2.3", K, "2.3", "Kurs/utdanning",
        "NHO Kompetanse", "KD, LO, KS",
        "Oppfølging av landsforeningenes mål for nye læreplasser."),
    Row("Jenter og teknologi 2033", "M27", "2.3", I, "2.3", "Kampanje", "NHO", "Tekna, NITO",
        "Besøk i ungdomsskoler og på videregående skoler i alle fylker."),
    Row("GKL – Grønt kompetanseløft", "M08", "2.4", P, "2.4", "Prosjekt", "Norsk Industri", "LO, NFD",
        "Tre bedriftsnettverk i prosessindustrien har fått skreddersydd videreutdanning."),
    Row("Veileder for vurdering av realkompetanse i bedrift", "M28", "2.5", I, "2.5",
        "Veiledningsmateriell", "NHO Kompetanse", "HK-dir",
        "Veilederen viser hvordan bedriften kan dokumentere det ansatte har lært i jobben."),
    Row("Kompetansepluss arbeid i bygg og anlegg", "M29", "3.2", K, "3.2", "Kurs", "BNL",
        "Fellesforbundet",
        "Kurs i lesing, regning og digitale ferdigheter for ansatte på byggeplass."),
]
# Rows on NHO's hidden sheet (an abandoned draft): in the file, never in the truth.
NHO_HIDDEN = [
    ("Representasjon i KBU (utkast)", 1.1, "Råd/utvalg"),
    ("Læreplasskampanje (utgår)", 2.3, "Kampanje"),
]

UNIO = [
    Row("Rapporten «Tid til å lære»", "M11", "2.2", F, "2,2", None, "", "",
        "Fafo har på oppdrag fra Unio og YS kartlagt hvor mye tid ansatte i offentlig sektor faktisk får "
        "til etter- og videreutdanning."),
    Row("Representanter i Råd for samarbeid med arbeidslivet", "M03", "1.4", R, "1,4", None, "", "",
        "Forbundene i Unio sitter i rådene ved elleve universiteter og høyskoler."),
    Row("Plass i faglig råd for helse- og oppvekstfag", "M05", "1.4", R, "1,4", None, "", "",
        "Fagforbundene i Unio er representert og har arbeidet med den nye læreplanen for "
        "helsearbeiderfaget."),
    Row("Grunnkurs i kunstig intelligens for tillitsvalgte", "M30", "2.1", K, "2,1", "kurs", "", "",
        "Nettkurset er tatt av 2 300 tillitsvalgte i skole, helse og politi."),
    Row("Utredning om videreutdanning i arbeidstiden for helsepersonell", "M31", "2.2", F, "2,2", None,
        "", "",
        "Utredningen beskriver hvordan turnusarbeid hindrer deltakelse, og foreslår løsninger."),
]

KS = [
    Row("KS i Kompetansebehovsutvalget", "M01", "1.1", R, "1.1", "Råd/utvalg", "KS", "",
        "KS har oppnevnt medlem og varamedlem til utvalget for perioden 2032–2035."),
    Row("Nasjonalt forum for karriereveiledning", "M09", "1.3", R, "1.3", "Nettverk", "KS",
        "HK-dir, fylkeskommunene",
        "KS deltar i forumet og har bidratt til felles kvalitetskrav for veiledning av voksne."),
    Row("SRY – KS' representanter", "M02", "1.4", R, "1.4", "Råd/utvalg", "KS", "Fylkeskommunene",
        "KS har to representanter i rådet og samordner synspunktene med fylkeskommunene."),
    Row("KS oppnevner medlemmer til de faglige rådene", "M05", "1.4", R, "1.4", "Råd/utvalg", "KS", "",
        "Kommunesektoren er representert i alle ti faglige råd."),
    Row("Læringsnettverk for KI i kommunale tjenester", "M32", "2.1", R, "2.1", "Nettverk", "KS",
        "Kommuner, Digdir",
        "Nettverket har samlet 60 kommuner om bruk av KI i saksbehandling og helse."),
    Row("Lederopplæring i digital omstilling", "M33", "2.1", K, "2.1", "Kurs/utdanning", "KS",
        "KS Læring",
        "Digitale samlinger for ledere i kommunene om hvordan ansatte kan lære nye arbeidsmåter."),
    Row("Kommunesektorens arbeidslivsmonitor 2033", "M34", "2.2", F, "2.2", "FoU", "KS", "SSB",
        "Årlig oversikt over rekruttering, kompetanse og turnover i kommunesektoren."),
    Row("Oppfølging av Samfunnskontrakten for flere læreplasser i kommunene", "M12", "2.3", K, "2.3",
        "Kurs/utdanning", "KS", "Kommuner, fylkeskommuner",
        "Kommunene tok inn 4 900 nye lærlinger, de fleste i helsearbeiderfaget og barne- og "
        "ungdomsarbeiderfaget."),
]
# KS's first version (superseded by the revised one): in the file, never in the truth.
KS_OLD = [
    Row("KS i KBU", "", "1.1", R, "1.1", "Råd/utvalg", "KS", "", "KS har medlem i utvalget."),
    Row("Nasjonalt forum for karriereveiledning", "", "1.3", R, "1.3", "Nettverk", "KS", "HK-dir", ""),
    Row("Representasjon i SRY", "", "1.4", R, "1.4", "Råd/utvalg", "KS", "", ""),
    Row("KI-nettverk for kommuner", "", "2.1", R, "2.1", "Nettverk", "KS", "Kommuner", ""),
    Row("Arbeidslivsmonitoren", "", "2.2", F, "2.2", "FoU", "KS", "SSB", ""),
    Row("Samfunnskontrakten", "", "2.3", K, "2.3", "Kurs/utdanning", "KS", "", ""),
]

YS = [
    Row("YS-medlem i SRY", "M02", "1.4", R, "1,4"),
    Row("Karrieresamtale for medlemmer over 55 år", "M35", "1.3", I, "1.3", partners="Delta, Parat"),
    Row("KI-løftet", "M07", "2.1", P, "2.1", partners="KD, forbundene"),
    Row("«Tid til å lære» – felles rapport med Unio", "M11", "2.2", F, "2.2", partners="Unio, Fafo"),
]

VIRKE = [
    Row("Virke i RSA ved BI og OsloMet", "M03", "1.4", R, "dm 1.4", None,
        desc="Virke sitter i rådene og har fått flere praksisemner inn i økonomi- og handelsfag."),
    Row("Faglig råd for salg, service og reiseliv", "M05", "1.4", R, "dm 1.4", None,
        desc="Virke har to av arbeidsgiverplassene i rådet."),
    Row("Bransjeprogrammet for varehandelen", "M06", "2.1", K, "dm 2.1", "kurs",
        desc="260 ansatte fullførte moduler i netthandel og logistikk."),
    Row("HR-barometeret: kompetanseinvesteringer i handel og tjenester", "M36", "2.2", F, "dm 2.2",
        None, desc="Undersøkelse blant 1 200 HR-ledere i Virkes medlemsvirksomheter."),
    Row("Lærlingkampanjen «Bli i handel»", "M37", "2.3", I, "dm 2.3", "kampanje",
        desc="Film og annonser i sosiale medier rettet mot elever i salg, service og reiseliv."),
    Row("Webinarserie om kompetanseplanlegging i små virksomheter", "M38", "2.4", K, "dm 2.4", "kurs",
        desc="Seks webinarer med 900 påmeldte."),
]

AKADEMIKERNE = [
    Row("Akademikerne oppnevner medlem til Kompetansebehovsutvalget", "M01", "1.1", R,
        "et kompetansebehovsutvalg", None, desc=""),
    Row("Deltakelse i referansegruppen for KI-løftet", "M07", "2.1", P,
        "digital kompetanse i hele arbeidsstyrken", None,
        desc="Akademikerne har bidratt til at tilbudet også omfatter høyt utdannede i privat sektor."),
    Row("Rapport om etter- og videreutdanning blant selvstendig næringsdrivende akademikere", "M39",
        "2.2", F, "kunnskapsgrunnlaget om læring i arbeidslivet", "rapport",
        desc="Utført av Samfunnsøkonomisk analyse, lansert i oktober."),
    Row("Mentorprogram for akademikere med utdanning fra utlandet", "M40", "2.6", P,
        "godkjenning og vurdering av utenlandsk utdanning", "prosjekt",
        desc="Samarbeid med medlemsforeningene om mentorer for nyankomne leger, ingeniører og "
        "økonomer."),
]

SPEKTER = [
    Row("Spekter er representert i SRY", "M02", "1.4", R,
        "Samarbeid mellom utdanning og arbeidsliv", "Råd/utvalg"),
    Row("Spekter deltar i UHRs strategiske enheter for helse- og sosialfag", "M04", "1.4", R,
        "Samarbeid mellom utdanning og arbeidsliv", "Råd/utvalg"),
    Row("Nasjonalt forum for karriereveiledning", "M09", "1.3", R,
        "Karriereveiledning for alle", "Nettverk", partners="HK-dir, KS, fylkeskommunene"),
    Row("Samling for Spekters representanter i de faglige rådene", "M41", "2.3", A,
        "Karrieremuligheter i yrkesfag", "Samling", partners="Helseforetakene"),
    Row("Kompetansefrokost i Arendal", "M10", "2.2", A,
        "Kunnskap om verdien av læring i arbeidslivet", "Arrangement", partners="LO"),
    Row("Kartlegging av behovet for spesialsykepleiere i helseforetakene", "M42", "2.2", F,
        "Kunnskap om verdien av læring i arbeidslivet", "Kartlegging",
        partners="Regionale helseforetak"),
]

VOFO = [
    Row("Regionale samlinger for studieforbund og fylkeskommuner", "M43", "1.2", A, "I.2", None,
        desc="Fire samlinger om hvordan studieforbundene kan bli med i de regionale "
        "kompetanseplanene."),
    Row("Veiledning av søkere til Kompetansepluss frivillighet", "M44", "3.2", I, "III.2", None,
        desc="Webinarer og telefonveiledning for lag og foreninger som søker om midler."),
    Row("Språkkafénettverket", "M45", "3.4", P, "III.4", None,
        desc="Frivillige i 140 språkkafeer får materiell og opplæring fra VOFO."),
    Row("Analyse av studieforbundenes kursstatistikk 2033", "M46", "3.6", F, "III.6", None,
        desc="Analysen viser hvem som deltar, og hvor mange deltakere som ikke har fullført "
        "videregående."),
    Row("Kampanjen «Lær noe nytt i høst»", "M47", "3.6", I, "III.6", None,
        desc="Felles kampanje for alle studieforbund i lokalaviser og på nett."),
]

UHR = [
    Row("Arbeidslivets plasser i UHR-Helse og sosial og UHR-Lærerutdanning", "M04", "1.4", R,
        "1.4 (samarbeid med arbeidslivet)", "Råd/utvalg", "UHR", "",
        "Partene og arbeidsgiverne har faste plasser i strategienhetene og har deltatt i arbeidet med "
        "praksiskvalitet."),
    Row("RSA ved medlemsinstitusjonene", "M03", "1.4", R, "1.4 (samarbeid med arbeidslivet)", "Råd/utvalg",
        "UHR-institusjonene", "",
        "Alle medlemsinstitusjonene har et råd for samarbeid med arbeidslivet der partene deltar."),
    Row("Fleksible videreutdanningstilbud for yrkesfaglærere", "M48", "1.4", K, "1.4 (samarbeid med arbeidslivet)",
        "Kurs/utdanning", "UHR-Lærerutdanning", "Fylkeskommunene",
        "Deltidstilbud på 30 studiepoeng ved fem institusjoner."),
    Row("Nasjonalt rammeverk for mikrograder", "M49", "2.5", P, "2.5 (dokumentert kompetanse)", "Prosjekt", "UHR",
        "HK-dir, Fagskolerådet",
        "Felles krav til omfang, vurdering og dokumentasjon av korte emner."),
]

VESTLAND = [
    Row("Kompetansealliansen Vestland", "M50", "1.2", R, "1.2", "Nettverk",
        "Vestland fylkeskommune", "NHO Vestland, LO i Vestland, KS Vest, NAV Vestland",
        "Alliansen har lagt fram ein felles plan for kompetanse i fylket fram mot 2036."),
    Row("Nasjonalt forum for karriererettleiing", "M09", "1.3", R, "1,3", "Nettverk",
        "Karriere Vestland", "",
        "Karriere Vestland har vore med i forumet og delt røynsler med rettleiing for vaksne."),
    Row("Deltaking i Det grøne kompetanseløftet", "M08", "2.4", P, "dm 2.4", "Prosjekt",
        "Vestland fylkeskommune", "NHO Vestland, LO i Vestland, Høgskulen på Vestlandet",
        "Fylket har finansiert fire fagskuletilbod for bedriftsnettverka i Sunnhordland og Sogn."),
    Row("Fagbrev på jobb for tilsette i kommunane", "M51", "3.1", K, "3.1", "Kurs",
        "Vestland fylkeskommune", "Kommunane",
        "112 tilsette i helse og oppvekst tok fagbrev medan dei stod i jobben."),
    Row("Norskopplæring kombinert med praksis i sjømatnæringa", "M52", "3.4", P, "3.4", "Prosjekt",
        "Vestland fylkeskommune", "Sjømat Norge, kommunane",
        "Deltakarane lærer norsk på arbeidsplassen to dagar i veka."),
]

TRONDELAG = [
    Row("Trøndersk kompetansebehovsutvalg", "M53", "1.2", R, "dm 1.2", None,
        "Trøndelag fylkeskommune", "NTNU, Nord universitet, NAV, partene",
        "Regionalt utvalg etter mønster av det nasjonale KBU, med egen rapport om behovene i "
        "Trøndelag."),
    Row("Karrieresenter på hjul", "M54", "1.3", P, "dm 1.3", None, "Karriere Trøndelag", "Kommunene",
        "Mobil karriereveiledning i distriktskommuner med buss og digitale timer."),
    Row("Partnerskap for karriereveiledning med NAV og kommunene", "M55", "1.3", R, "dm 1.3", None,
        "Trøndelag fylkeskommune", "NAV Trøndelag, kommunene", ""),
    Row("Grønt kompetanseløft Trøndelag – regional pilot", "M56", "2.4", P, "dm 2.4", None,
        "Trøndelag fylkeskommune", "NHO Trøndelag, LO Trøndelag",
        "Egen regional pilot for havbruk og treindustri, finansiert av fylket."),
    Row("Modulbasert fagopplæring for voksne i helsearbeiderfaget", "M57", "3.1", K, "dm 3.1", None,
        "Trøndelag fylkeskommune", "Kommunene",
        "Voksne tar fagbrevet i moduler på kveldstid."),
]

FAGSKOLERADET = [
    Row("Kvalitetsløft for høyere yrkesfaglig utdanning", "M58", "2.3", P, "2.3", None, "", "",
        "Felles prosjekt for fagskolene om bedre praksis og tettere kontakt med bransjene."),
    Row("Fagskolemessa 2033", "M59", "2.3", A, "2.3", None, "", "",
        "Messe i Trondheim med 38 fagskoler og 3 000 besøkende."),
    Row("Fagskolene i GKL", "M08", "2.4", P, "2.4", None, "", "",
        "Fagskolene har utviklet korte tilbud for de grønne bedriftsnettverkene."),
]
