"""The round's content: one list of rows per report file.  Each row is what the report says and what a
secretary would register (delmål and type as the secretary would assign them)."""
from dataclasses import dataclass

FOU = "FoU"
KURS = "Kurs/utdanning"
RAD = "Råd/utvalg/nettverk"
PROSJ = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


@dataclass
class R:
    id: str          # measure id (shared across members for the same measure)
    t: str           # tiltak as written
    dm: str          # delmål the secretary assigns
    typ: str         # type the secretary assigns
    ans: str = ""    # ansvarlig as written
    sam: str = ""    # samarbeidspartnere as written
    besk: str = ""   # description as written
    dmx: str = ""    # delmål as the report writes it
    tx: str = ""     # type as the report writes it ("" = not given)


# --- Regjeringen: long prose report, measures under delmål headings --------------------------------
REGJERINGEN = [
    R("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "Kunnskapsdepartementet",
      "Arbeids- og inkluderingsdepartementet, partene i arbeidslivet, HK-dir",
      "Utvalget la i juni fram sin sjette hovedrapport, som denne gangen ser på behovet for fagarbeidere "
      "innen energiomstilling og helse fram mot 2055."),
    R("M13", "Ny forskrift om regionale kompetanseforum", "1.2", RAD, "Kunnskapsdepartementet",
      "fylkeskommunene, KS",
      "Forskriften trådte i kraft 1. juli og gir fylkeskommunene et tydelig mandat til å samle de regionale "
      "aktørene i et kompetanseforum minst to ganger i året."),
    R("M14", "Kvalitetsløft for karriereveiledning i NAV", "1.3", KURS,
      "Arbeids- og inkluderingsdepartementet", "Arbeids- og velferdsdirektoratet, HK-dir",
      "Alle veiledere ved NAV-kontorene skal innen 2045 ha fått tilbud om videreutdanning i "
      "karriereveiledning på 30 studiepoeng. Om lag 400 veiledere startet i 2043."),
    R("M07", "Digital grunnmur i arbeidslivet (DiGA)", "2.1", PROSJ, "Kunnskapsdepartementet",
      "LO, NHO, YS, Virke, Spekter, Unio, Akademikerne og KS",
      "Partsprogrammet gir tilskudd til korte, arbeidsplassnære kurs i grunnleggende digitale ferdigheter. "
      "I 2043 fikk 41 prosjekter tilsagn, og rundt 9 000 ansatte har deltatt siden oppstarten."),
    R("M12", "Forskningsprosjektet «Læring i små virksomheter»", "2.2", FOU, "Kunnskapsdepartementet",
      "NHO, Fafo og NIFU",
      "Departementet finansierer et treårig prosjekt som følger 60 virksomheter med færre enn 20 ansatte og "
      "undersøker hvordan læring skjer i det daglige arbeidet."),
    R("M15", "Statistikkbank for etter- og videreutdanning", "2.2", INFO, "HK-dir", "Statistisk sentralbyrå",
      "En åpen statistikkbank med tall for deltakelse i etter- og videreutdanning etter bransje, alder og "
      "utdanningsnivå ble lansert i oktober."),
    R("M16", "Flere læreplasser i statlige virksomheter", "2.3", KURS,
      "Digitaliserings- og forvaltningsdepartementet", "",
      "Kravet om minst én lærling per statlige virksomhet med over 50 ansatte er videreført, og de største "
      "etatene har fått et skjerpet måltall."),
    R("M06", "Kompetanseløftet i helse og omsorg (KHO)", "2.4", KURS, "Helse- og omsorgsdepartementet",
      "KS, Unio, LO og fagskolene",
      "Programmet kobler kommunenes kompetanseplaner med tilbud fra fagskoler og høyskoler. I 2043 ble det "
      "gitt midler til 14 nye videreutdanningstilbud i geriatri og psykisk helse."),
    R("M17", "Digital søknad om godkjenning av utenlandsk fagopplæring", "2.6", PROSJ, "HK-dir", "",
      "Søkere kan nå sende søknad og dokumentasjon helt digitalt, og saksbehandlingstiden er redusert fra "
      "fem til to måneder."),
    R("M18", "Modulstrukturert fag- og yrkesopplæring for voksne", "3.1", KURS, "Kunnskapsdepartementet",
      "fylkeskommunene, Utdanningsdirektoratet",
      "Ordningen er nå innført i alle fylker etter flere års forsøk og omfatter 34 lærefag."),
    R("M10", "Kompetansepluss frivillighet", "3.2", KURS, "HK-dir", "VOFO og studieforbundene",
      "Tilskuddsordningen ga i 2043 støtte til 212 kurs i grunnleggende ferdigheter i regi av frivillige "
      "organisasjoner."),
    R("M54", "Opplæring som arbeidsmarkedstiltak for unge uten fullført videregående", "3.3", KURS,
      "Arbeids- og inkluderingsdepartementet", "Arbeids- og velferdsdirektoratet, fylkeskommunene",
      "Unge arbeidssøkere kan kombinere opplæring mot fagbrev med dagpenger eller tiltakspenger i inntil "
      "tre år."),
    R("M53", "Tilskudd til studieforbundenes lokale læringssentre", "3.6", KURS,
      "Kultur- og likestillingsdepartementet", "VOFO, studieforbundene",
      "Ny tilskuddsordning for lavterskel læringssentre i mindre kommuner, der kurs i regi av "
      "studieforbundene skal nå voksne som ellers ikke deltar i opplæring."),
]

# --- LO: workbook with several sheets, header below a title block ---------------------------------
LO = [
    R("M01", "LO har plass i Kompetansebehovsutvalget", "1.1", RAD, "LO", "",
      "LOs representant har særlig bidratt i arbeidet med kapitlet om fagarbeidere.", "1.1", "råd/utvalg"),
    R("M03", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "LO",
      "NHO, KS, Spekter, Virke, YS, Unio, KD",
      "LO har to faste medlemmer og overtok ledelsen av rådet høsten 2043.", "1,4", "råd/utvalg"),
    R("M20", "Skolering av LOs representanter i SRY og de faglige rådene", "1.4", KURS, "LO", "forbundene",
      "To-dagers samling på Sørmarka for 45 representanter om den nye tilbudsstrukturen.", "1,4", "skolering"),
    R("M08", "Læringskonferansen 2043", "2.2", ARR, "LO og NHO", "",
      "Felles konferanse i Oslo 12. mars om læring på arbeidsplassen, med om lag 300 deltakere.", "2.2",
      "konferanse"),
    R("M21", "Kartlegging av EVU-bestemmelser i tariffavtalene", "2.2", FOU, "LO", "Fafo",
      "Gjennomgang av 120 tariffavtaler for å se hvilke rettigheter til etter- og videreutdanning de gir.",
      "2.2", "utredning"),
    R("M09", "ReKa – realkompetanse i varehandelen", "2.5", FOU, "Handel og Kontor i LO", "Virke",
      "Prosjektet prøver ut en metode der butikkansattes realkompetanse kartlegges og dokumenteres opp mot "
      "læreplanen i salgsfaget.", "2.5", "forskning/utvikling"),
    R("M22", "Kampanjen «Fagbrev i renhold»", "3.1", INFO, "Fellesforbundet", "NHO Service og Handel",
      "Kampanje på arbeidsplassene for å få flere ufaglærte renholdere til å ta fagbrev som praksiskandidat.",
      "3.1", "kampanje"),
]

# --- NHO: an older Word version and a revised PDF (only the revised one counts) --------------------
NHO_OLD = [
    R("X1", "Medlem i Kompetansebehovsutvalget", "1.1", RAD, "NHO", "", "NHO har ett medlem i utvalget.",
      "dm 1.1", "Råd"),
    R("X2", "Felles konferanse med LO", "2.2", ARR, "NHO", "LO", "Læringskonferansen 12. mars.", "dm 2.2",
      "Arrangement"),
    R("X3", "Læring i små virksomheter", "2.2", FOU, "Fafo", "NHO, KD", "", "dm 2.2", "FoU"),
    R("X4", "Kampanje for fagarbeideryrkene", "2.3", INFO, "NHO", "", "Kampanje i sosiale medier.", "dm 2.3",
      "Informasjon"),
    R("X5", "Hurtigspor inn i arbeidslivet for flyktninger", "3.3", PROSJ, "NHO", "NAV", "", "dm 3.3",
      "Prosjekt"),
]
NHO = [
    R("M01", "Medlem i KBU", "1.1", RAD, "NHO", "",
      "NHO har ett medlem i utvalget og har levert innspill om kompetansebehovet i industrien og "
      "byggenæringen.", "dm 1.1", "Råd/utvalg"),
    R("M05", "Observatør i UHR-MNT", "1.4", RAD, "NHO", "",
      "NHO har observatørstatus i UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi og "
      "deltar på alle møtene.", "dm 1.4", "Råd/utvalg"),
    R("M08", "Felles konferanse med LO: Læringskonferansen 2043", "2.2", ARR, "NHO", "LO",
      "Konferansen samlet 300 deltakere fra bedrifter, fagforeninger og utdanningstilbydere.", "dm 2.2",
      "Arrangement"),
    R("M12", "Læring i små virksomheter (LiSV)", "2.2", FOU, "Fafo", "NHO, KD, NIFU",
      "NHO sitter i referansegruppen og har gitt forskerne tilgang til medlemsbedrifter.", "dm 2.2", "FoU"),
    R("M23", "Kampanjen «Fagarbeider – et førstevalg»", "2.3", INFO, "NHO", "opplæringskontorene",
      "Kampanje i sosiale medier rettet mot elever på 10. trinn og deres foresatte.", "dm 2.3", "Informasjon"),
    R("M24", "Bransjevise kompetanseplaner i reiselivet", "2.4", PROSJ, "NHO Reiseliv",
      "Fagskolen Innlandet, Høgskulen på Vestlandet",
      "Tre regionale piloter har kartlagt kompetansebehovet i reiselivsbedrifter og bestilt skreddersydde "
      "moduler hos fagskoler.", "dm 2.4", "Prosjekt"),
]

# --- Unio: a letter with numbered paragraphs ---------------------------------------------------------
UNIO = [
    R("M01", "Representasjon i KBU", "1.1", RAD, "", "",
      "Unio er representert i Kompetansebehovsutvalget med ett medlem og har i år særlig løftet behovet for "
      "sykepleiere og lærere.", "(delmål 1.1)", "(råd)"),
    R("M04", "Faglig råd for helse- og oppvekstfag", "1.4", RAD, "", "",
      "Norsk Sykepleierforbund og Utdanningsforbundet har på vegne av Unio til sammen tre medlemmer i rådet.",
      "(dm. 1.4)", ""),
    R("M06", "Kompetanseløftet i helse og omsorg", "2.4", KURS, "", "",
      "Unio deltar i programstyret og har bidratt til at videreutdanning i psykisk helse er prioritert.",
      "jf. delmål 2,4", ""),
    R("M25", "Læring i små virksomheter, fase 2 – offentlig sektor", "2.2", FOU, "", "",
      "Unio har tatt initiativ til en ny fase av prosjektet som skal se på små enheter i kommunene, som "
      "barnehager og legekontor. Forprosjektet starter i 2044.", "[2.2]", "– forskning."),
    R("M26", "Kurs i lokal kompetanseplanlegging for tillitsvalgte", "2.2", KURS, "", "",
      "Fire regionale kurs for hovedtillitsvalgte om hvordan kompetanseplaner kan forhandles fram lokalt.",
      "(delmål 2.2)", "Type: kurs"),
]

# --- KS: a scanned table, no descriptions -----------------------------------------------------------
KS = [
    R("M02", "Representanter i RSA ved universiteter og høyskoler", "1.4", RAD, "KS", "UH-sektoren", "", "1.4",
      "Råd/nettverk"),
    R("M11", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "HK-dir", "KS, Spekter, NAV", "", "1.3",
      "Råd/nettverk"),
    R("M27", "Kommunal lederskole for digital omstilling", "2.1", KURS, "KS", "OsloMet", "", "2.1", "Kurs"),
    R("M06", "Kompetanseløftet i helse og omsorg (KHO)", "2.4", KURS, "HOD", "KS, Unio, LO", "", "2.4", "Kurs"),
    R("M28", "Lærlingundersøkelsen i kommunesektoren 2043", "2.3", FOU, "KS", "Ipsos", "", "2.3", "FoU"),
    R("M55", "Læringsnettverk for kompetanseplanlegging i kommunene", "2.4", RAD, "KS", "Statsforvalterne",
      "", "2.4", "Nettverk"),
    R("M61", "Veileder for kommuner om realkompetansevurdering av ansatte", "2.5", INFO, "KS", "HK-dir", "",
      "2.5", "Veileder"),
]

# --- YS: a reporting form, one label/value block per measure (ODT) ----------------------------------
YS = [
    R("M03", "YS' representant i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "YS", "",
      "YS har ett medlem og ett varamedlem i SRY. I 2043 har rådet særlig arbeidet med dimensjoneringen av "
      "helsefagarbeiderutdanningen.", "1.4 Samarbeid utdanning–arbeidsliv", "Råd/utvalg"),
    R("M30", "Karrierevalg for voksne – webinarrekke", "1.3", ARR, "YS", "Parat, Delta",
      "Seks webinarer om karriereskifte i godt voksen alder, med i alt 1 100 påmeldte medlemmer.",
      "1.3 Karriereveiledning", "Webinar"),
    R("M07", "DiGA – digital kompetanse for alle ansatte", "2.1", PROSJ, "KD", "YS, Delta, Parat",
      "YS-forbundene Delta og Parat har fått midler fra DiGA-programmet til kurs for ansatte i transport og "
      "kommunal sektor.", "2.1 Digital kompetanse", "Prosjekt"),
    R("M29", "YS Arbeidslivsbarometer – tema kompetanse", "2.2", FOU, "YS", "AFI ved OsloMet",
      "Årets barometer hadde et eget kapittel om arbeidstakernes tilgang til opplæring i arbeidstiden.",
      "2.2 Kunnskapsgrunnlaget", "Utredning"),
    R("M31", "Medlemsstipend til fagbrev", "3.1", KURS, "YS-forbundene", "",
      "Stipend på inntil 15 000 kroner til medlemmer som tar fagbrev som praksiskandidat.",
      "3.1 Fleksibel opplæring for voksne", ""),
    R("M57", "Kartlegging av opplæringsbehov blant ansatte i varehandelen og transport", "2.4", FOU, "Parat",
      "NHO Logistikk og Transport",
      "Spørreundersøkelse blant 2 400 medlemmer som skal brukes i dialogen med fagskolene om nye tilbud.",
      "2.4 Kobling mot utdanningstilbud", "Kartlegging"),
]

# --- Virke: slide deck exported to PDF ----------------------------------------------------------------
VIRKE = [
    R("M02", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "Virke", "",
      "Virke deltar i RSA ved fem høyskoler og ett universitet.", "DM 1.4", "Råd/nettverk"),
    R("M04", "Oppnevning av medlemmer til faglige råd", "1.4", RAD, "Virke", "",
      "Virke har oppnevnt medlemmer til faglig råd for salg, service og reiseliv og faglig råd for helse- og "
      "oppvekstfag.", "DM 1.4", "Råd/nettverk"),
    R("M07", "Partsprogrammet DiGA", "2.1", PROSJ, "KD", "Virke, HK",
      "Virke har formidlet ordningen til medlemmene; 11 Virke-virksomheter fikk tilsagn i 2043.", "DM 2.1",
      "Prosjekt"),
    R("M32", "Virkes kompetanseindeks 2043", "2.2", FOU, "Virke", "Samfunnsøkonomisk analyse",
      "Undersøkelse blant 1 800 ledere om hvor mye virksomhetene investerer i kompetanse.", "DM 2.2",
      "Analyse"),
    R("M09", "Realkompetanse i varehandelen (ReKa)", "2.5", FOU, "Virke", "Handel og Kontor, HK-dir",
      "Metoden for å dokumentere realkompetanse opp mot salgsfaget er prøvd ut i 14 butikker.", "DM 2.5",
      "Utviklingsprosjekt"),
]

# --- Akademikerne: an internal memo sent on as is (.doc), delmål only by words -----------------------
AKADEMIKERNE = [
    R("M01", "Akademikerne oppnevner ett medlem til Kompetansebehovsutvalget", "1.1", RAD, "", "",
      "Medlemmet kommer i perioden 2042–2045 fra Samfunnsøkonomene.",
      "Kunnskap om Norges kompetansebehov"),
    R("M33", "Notat: Akademikernes kommentarer til KBUs hovedrapport 2043", "1.1", FOU, "Akademikerne", "",
      "Notatet peker på at behovet for høyere utdanning i kommunene er undervurdert.",
      "Kunnskap om Norges kompetansebehov"),
    R("M34", "Karriereråd for seniorer", "1.3", INFO, "Akademikernes medlemsforeninger", "",
      "Individuell karriererådgivning for medlemmer over 55 år, gitt av foreningene selv.",
      "Karriereveiledning"),
    R("M36", "Digitale etterutdanningsmoduler i kunstig intelligens", "2.1", KURS, "Tekna og Econa", "NTNU",
      "Korte nettbaserte moduler for ingeniører og økonomer, 3–5 studiepoeng hver.",
      "Digital kompetanse i hele arbeidsstyrken"),
    R("M35", "Rapport om kompetanseutvikling blant høyt utdannede i offentlig sektor", "2.2", FOU,
      "Akademikerne", "Oslo Economics",
      "Rapporten viser at en av tre akademikere i staten ikke har hatt etterutdanning de siste tre årene.",
      "Kunnskap om verdien av å investere i kompetanse"),
    R("M60", "Seminar om finansiering av livslang læring", "2.2", ARR, "Akademikerne", "Unio, YS",
      "Frokostseminar under Arendalsuka med innlegg fra forskere og politikere.",
      "Kunnskap om verdien av å investere i kompetanse"),
]

# --- Spekter: Word table with area rows and a repeated header, exported to PDF ----------------------
SPEKTER = [
    R("M03", "Spekters plass i SRY", "1.4", RAD, "Spekter", "",
      "Spekter har ett fast medlem i Samarbeidsrådet for yrkesopplæring.", "1.4", "Råd"),
    R("M05", "Spekter sitter i UHR-Helse og sosial", "1.4", RAD, "Spekter", "",
      "Deltakelsen brukes til å løfte helseforetakenes behov for praksisplasser og relevante studieplaner.",
      "1.4", "Råd"),
    R("M37", "Erfaringsseminar for Spekters representanter i RSA", "1.4", ARR, "Spekter",
      "Spekters medlemsvirksomheter",
      "Halvdagsseminar der representantene delte erfaringer fra arbeidet i rådene ved sine institusjoner.",
      "1.4", "Seminar"),
    R("M40", "Kompetansebarometer for Spekter-virksomhetene", "2.2", FOU, "Spekter", "Menon",
      "Årlig undersøkelse av kompetansebehov og opplæringsomfang i helseforetak og andre medlemmer.", "2.2",
      "Analyse"),
    R("M39", "Lærlingløftet i helseforetakene", "2.3", KURS, "Spekter",
      "De regionale helseforetakene, Fagforbundet",
      "Måltallet på 1 000 lærlinger i helseforetakene ble nådd i 2043.", "2.3", ""),
    R("M38", "Kompetanseløftet i helse og omsorg – utvidelse til spesialisthelsetjenesten", "2.4", PROSJ,
      "Spekter", "Helseforetakene, HOD",
      "Spekter har utredet hvordan programmet kan utvides til sykehusene og lagt fram et forslag for HOD.",
      "2.4", "Prosjekt"),
]

# --- VOFO: Word with a numbered list, roman delmål and bracketed type -------------------------------
VOFO = [
    R("M44", "Regionale kontaktmøter med fylkeskommunene", "1.2", RAD, "VOFO", "VOFOs regionledd",
      "Det er holdt kontaktmøter med ni fylkeskommuner om studieforbundenes plass i de regionale "
      "kompetansestrategiene.", "I.2", "nettverk"),
    R("M10", "Kompetansepluss frivillighet – søknadsrunde og oppfølging", "3.2", KURS, "VOFO",
      "studieforbundene",
      "VOFO har veiledet medlemsorganisasjonene i søknadsarbeidet og fulgt opp kursene ute i lagene.",
      "III.2", "kurs"),
    R("M56", "Evaluering av Kompetansepluss frivillighet 2039–2043", "3.2", FOU, "VOFO", "Fafo",
      "Fafo har evaluert ordningens første fem år på oppdrag fra VOFO.", "III.2", "evaluering"),
    R("M43", "Kartlegging av studieforbundenes norskkurs for innvandrere", "3.4", FOU, "VOFO", "NIFU",
      "Kartleggingen viser at studieforbundene hadde over 30 000 deltakere på norskkurs i 2043.", "III.4",
      "kartlegging"),
    R("M41", "Læringsveiledere i studieforbundene", "3.6", KURS, "VOFO", "studieforbundene",
      "Opplæring av 60 frivillige læringsveiledere som skal hjelpe nye deltakere i gang.", "III.6", "kurs"),
    R("M42", "Voksenopplæringskonferansen 2043", "3.6", ARR, "VOFO", "Kompetanse Norge-nettverket",
      "Årlig konferanse med tema læringsmotivasjon, 220 deltakere.", "III.6", "konferanse"),
]

# --- UHR: Word table, ansvar and samarbeid in one cell, no type ------------------------------------
UHR = [
    R("M02", "Rådene for samarbeid med arbeidslivet (RSA) ved institusjonene", "1.4", RAD,
      "Universitetene og høyskolene", "KS, NHO, Virke, LO og Unio",
      "Alle UHR-institusjonene har nå RSA, og UHR har samlet rådslederne til et felles møte.", "1.4"),
    R("M05", "Arbeidet i UHRs fagstrategiske enheter", "1.4", RAD, "UHR", "NHO, Spekter og LO (observatører)",
      "Enhetene UHR-MNT, UHR-Helse og sosial og UHR-Lærerutdanning har partene som observatører.", "1.4"),
    R("M45", "Evaluering av RSA-ordningen", "1.4", FOU, "UHR", "NIFU",
      "NIFU har undersøkt hvordan rådene påvirker studieplaner og praksis; rapporten kom i november.", "1.4"),
    R("M46", "Felles portal for fleksible videreutdanningstilbud", "2.4", INFO, "UHR", "HK-dir",
      "Portalen samler videreutdanningstilbud fra alle institusjonene og ble åpnet i august.", "2.4"),
    R("M47", "Nasjonal ordning for vurdering av realkompetanse ved opptak til master", "2.5", PROSJ, "UHR",
      "HK-dir, Nokut",
      "Felles retningslinjer er vedtatt og tas i bruk ved opptaket i 2044.", "2.5"),
    R("M58", "Nettverk for karrieresentrene ved universitetene og høyskolene", "1.3", RAD, "UHR",
      "HK-dir",
      "Nettverket møtes to ganger i året og har laget felles materiell om karriere for studenter.", "1.3"),
]

# --- Vestland fylkeskommune: Nynorsk prose with numbered subheadings (ODT) --------------------------
VESTLAND = [
    R("M48", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune",
      "NAV Vestland, LO, NHO, KS, Høgskulen på Vestlandet og Universitetet i Bergen",
      "Forumet har hatt tre møte og vedteke ein handlingsplan for kompetanse i fylket for 2043–2046."),
    R("M11", "Nasjonalt forum for karriererettleiing", "1.3", RAD, "HK-dir", "",
      "Fylkeskommunen er med i forumet gjennom leiaren for Karriere Vestland."),
    R("M49", "DiGA Vest – regional utgåve av Digital grunnmur i arbeidslivet", "2.1", PROSJ,
      "Vestland fylkeskommune", "bedriftsnettverka i regionen",
      "Fylkeskommunen har sett av eigne midlar til ei regional utgåve av programmet for små bedrifter i "
      "distrikta."),
    R("M52", "Tilskot til desentralisert fagskuleutdanning", "2.4", KURS, "Vestland fylkeskommune",
      "Fagskulen i Vestland",
      "Fem nye samlingsbaserte tilbod i Sunnfjord, Nordfjord og Hardanger."),
    R("M50", "Fagbrev på jobb i kommunane", "3.1", KURS, "Vestland fylkeskommune", "kommunane i Vestland",
      "132 tilsette i kommunane tok fagbrev på jobb i 2043."),
    R("M51", "Karriererettleiing for vaksne innvandrarar", "3.4", PROSJ, "Karriere Vestland",
      "NAV, kommunane",
      "Rettleiarane har hatt faste dagar på sju introduksjonssenter."),
    R("M59", "Vaksenopplæring i norsk for tilsette i havbruk", "3.4", KURS, "Vestland fylkeskommune",
      "Sjømat Norge, kommunane i Sunnhordland",
      "Arbeidsplassbasert norskopplæring for 85 tilsette med kort butid."),
]
