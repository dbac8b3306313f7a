"""Measures of the first seven member reports (Regjeringen, LO, NHO, Unio, KS, YS, Virke)."""
from .common import Row

R, K, P, F, A, I = "Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU", "Arrangement", "Informasjon"

REGJERINGEN = [
    Row("Kompetansebehovsutvalget (KBU)", "M01", "1.1", R, "KD", "AID, NFD, hovedorganisasjonene, HK-dir",
        "Departementet oppnevnte nytt utvalg for perioden 2047–2050 og finansierer utvalgets sekretariat."),
    Row("Nye retningslinjer for fylkeskommunenes regionale kompetanseplaner", "M15", "1.2", I, "KD",
        "Fylkeskommunene, KS", "Veilederen beskriver hvordan planene skal bygge på regionale kunnskapsgrunnlag."),
    Row("Nasjonalt forum for karriereveiledning", "M07", "1.3", R, "HK-dir",
        "KS, partene i arbeidslivet, fylkeskommunene, NAV",
        "Direktoratet leder forumet, som samler aktørene i karriereveiledningsfeltet to ganger i året."),
    Row("Evaluering av Samarbeidsrådet for yrkesopplæring og de faglige rådene", "M14", "1.4", F, "KD",
        "NIFU", "Evalueringen ser på hvordan partssamarbeidet i fag- og yrkesopplæringen fungerer."),
    Row("Bransjeprogrammet i handel (tilskudd)", "M08", "2.4", K, "KD, HK-dir", "Virke, HK, NHO Handel",
        "Tilskudd til moduler i salg, logistikk og netthandel for ansatte i butikk og lager."),
    Row("Livslangkonferansen 2047", "M10", "2.2", A, "KD", "VOFO, partene i arbeidslivet",
        "Nasjonal konferanse om livslang læring, arrangert i Bergen i oktober."),
    Row("Digital søknadsportal for godkjenning av utenlandsk fagutdanning", "M16", "2.6", P, "HK-dir",
        "Utdanningsdirektoratet, fylkeskommunene",
        "Portalen gjør det mulig å søke om godkjenning og følge saken digitalt."),
    Row("Nasjonal strategi for grunnleggende ferdigheter i arbeidslivet", "M19", "3.1", I, "KD, AID",
        "Partene i arbeidslivet, VOFO", "Strategien ble lagt fram i juni 2047."),
    Row("Forsøk med norskopplæring kombinert med praksis i bedrift", "M17", "3.4", P, "IMDi",
        "Kommunene, NHO, LO", "Forsøket prøver ut norskopplæring på arbeidsplassen i ti kommuner."),
    Row("Toårig yrkesrettet opplæring i NAV – utvidet målgruppe", "M18", "3.5", K, "AID, Arbeids- og velferdsdirektoratet",
        "Fylkeskommunene", "Tiltaket er åpnet for arbeidssøkere over 30 år uten fullført videregående opplæring."),
]

# LO: a prose report; delmål as words, no types, no ansvarlig (LO itself).
LO = [
    Row("Deltakelse i Kompetansebehovsutvalget", "M01", "1.1", R, "LO", "",
        "LO har ett medlem i KBU og har bidratt til utvalgets temarapport om kompetansebehov i grønn industri.",
        sd="Kunnskap om kompetansebehov nasjonalt og regionalt", sty=""),
    Row("Plass i Samarbeidsrådet for yrkesopplæring", "M03", "1.4", R, "LO", "NHO, KS, Virke",
        "LO har tre plasser i SRY og leder rådet i perioden 2046–2048.",
        sd="Samarbeid mellom utdanningstilbyderne og arbeidslivet", sty=""),
    Row("Råd for samarbeid med arbeidslivet (RSA)", "M02", "1.4", R, "LO", "",
        "LO-forbundene er representert i RSA ved alle universiteter og de fleste høyskoler.",
        sd="Samarbeid mellom utdanningstilbyderne og arbeidslivet", sty=""),
    Row("Opplæring av LOs representanter i de faglige rådene", "M20", "2.3", K, "LO", "Forbundene",
        "Tre samlinger for forbundenes representanter i de faglige rådene om dimensjonering og læreplanarbeid.",
        sd="Karrieremuligheter i yrkesfagene", sty=""),
    Row("Kampanjen «Fagarbeider – et valg for livet»", "M21", "2.3", I, "LO", "Fellesforbundet, EL og IT Forbundet",
        "Informasjonskampanje i sosiale medier rettet mot ungdom og foreldre.",
        sd="Karrieremuligheter i yrkesfagene", sty=""),
    Row("Bransjeprogram varehandel", "M08", "2.4", K, "LO", "Virke, NHO Handel",
        "Gjennom HK deltar LO i styringsgruppa for bransjeprogrammet, som gir ansatte i butikk moduler i salg og logistikk.",
        sd="Koble virksomhetenes kompetansebehov til etter- og videreutdanning", sty=""),
    Row("Skolering av tillitsvalgte om kompetanseutvikling på arbeidsplassen", "M22", "2.4", K, "LO", "",
        "Kurspakke for klubbledere om kartlegging av kompetansebehov og opplæringsplaner.",
        sd="Koble virksomhetenes kompetansebehov til etter- og videreutdanning", sty=""),
    Row("Realkompetanseløftet", "M12", "2.5", P, "LO", "NHO",
        "Sammen med NHO arbeider LO for en nasjonal ordning for vurdering av realkompetanse ervervet i arbeidslivet.",
        sd="Dokumentasjon av kompetanse fra arbeidslivet", sty=""),
]

NHO = [
    Row("Medlem av Kompetansebehovsutvalget", "M01", "1.1", R, "NHO", "",
        "NHOs sjeføkonom er medlem av utvalget."),
    Row("Representasjon i RSA ved universiteter og høyskoler", "M02", "1.4", R, "NHO regionene", "UH-institusjonene",
        "NHOs regionkontorer sitter i RSA ved elleve institusjoner."),
    Row("Samarbeidsrådet for yrkesopplæring (SRY)", "M03", "1.4", R, "NHO", "LO, KS, Virke, Spekter",
        "NHO har tre representanter og nestlederen i SRY."),
    Row("Nasjonalt fagskoleråd", "M06", "1.4", R, "NHO", "", "NHO oppnevner to representanter til rådet."),
    Row("FLEXFAG – fleksible fagskoletilbud for industrien", "M13", "2.4", K, "Norsk Industri",
        "Fagskolerådet, fagskolene", "Nettbaserte fagskolemoduler som ansatte kan ta ved siden av jobb."),
    Row("Utvidelse av bransjeprogrammet til reiselivsnæringen", "M23", "2.4", K, "NHO Reiseliv", "Fellesforbundet",
        "Bransjeprogrammet er utvidet med et eget opplegg for hotell og restaurant fra høsten 2047."),
    Row("Nasjonal ordning for vurdering av realkompetanse (Realkompetanseløftet)", "M12", "2.5", P, "NHO", "LO, HK-dir",
        "Partene har lagt fram en felles modell for vurdering av kompetanse ervervet i arbeidslivet."),
    Row("Inkluderingsdugnad: praksisplasser for innvandrere i NHO-bedrifter", "M24", "3.3", P, "NHO", "NAV, IMDi",
        "Over 400 praksisplasser ble formidlet gjennom dugnaden i 2047."),
]

# Unio: a letter; delmål codes and types in brackets after each paragraph.
UNIO = [
    Row("Representasjon i Kompetansebehovsutvalget", "M01", "1.1", R, "Unio", "",
        "Unio har en representant i utvalget og har spilt inn behovet for analyser av helse- og lærerårsverk.",
        sty="råd/utvalg"),
    Row("Unios representanter i UHR-Lærerutdanning", "M05", "1.4", R, "Unio", "Utdanningsforbundet",
        "Utdanningsforbundet møter for Unio i enhetens arbeid med praksis i lærerutdanningene.", sty="råd/utvalg"),
    Row("DigiHelse – digital kompetanse for ansatte i helse og omsorg", "M11", "2.1", P, "Unio", "Spekter, KS",
        "Prosjektet gir sykepleiere og helsefagarbeidere opplæring i velferdsteknologi.", sty="prosjekt"),
    Row("Stipendordning for videreutdanning av sykepleiere i kommunene", "M25", "2.4", K, "Norsk Sykepleierforbund",
        "KS", "Stipend til 300 sykepleiere som tar videreutdanning i geriatri og psykisk helse.", sty="utdanning"),
    Row("Konferanse om etter- og videreutdanning i skolen", "M26", "2.2", A, "Utdanningsforbundet", "",
        "Konferansen samlet 350 deltakere i Oslo i november.", sty="arrangement"),
]

# KS: a slide deck; the area or a code on each slide, no types.
KS = [
    Row("Fagbrev på jobb i kommunal sektor", "M09", "2.5", P, "KS", "Fagforbundet, YS Kommune, fylkeskommunene",
        "Assistenter og fagarbeidere tar fagbrev i egen stilling.", sty=""),
    Row("KS i Nasjonalt forum for karriereveiledning", "M07", "1.3", R, "KS", "HK-dir",
        "KS møter i forumet for kommunene og fylkeskommunene.", sty=""),
    Row("Oppnevning av KS-representanter til SRY", "M03", "1.4", R, "KS", "",
        "KS oppnevner to representanter og vararepresentanter til SRY.", sty=""),
    Row("Digital ledelse i kommunene – lederprogram", "M27", "2.1", K, "KS", "OsloMet, NTNU",
        "Programmet har tatt opp 120 ledere fra 40 kommuner.", sty=""),
    Row("Regionale kompetanseforum med fylkeskommunene", "M28", "1.2", R, "KS", "Fylkeskommunene",
        "Årlige forum der kommunene og fylkeskommunen drøfter kompetansebehovet i regionen.", sty=""),
    Row("Lærlingløftet i kommunene", "M29", "2.3", P, "KS", "Fylkeskommunene",
        "Målet er at hver kommune har minst én lærling per 1000 innbyggere.", sty=""),
    Row("Veileder om introduksjonsprogrammet for kommunene", "M57", "3.4", I, "KS", "IMDi",
        "Veilederen viser hvordan kommunene kan bruke arbeidsplassen som læringsarena i programmet.", sty=""),
]

# YS: a scanned table without descriptions.
YS = [
    Row("Representasjon i de faglige rådene", "M04", "2.3", R, "YS", "YS-forbundene"),
    Row("Fagbrev på jobb – kommunene", "M09", "2.5", P, "YS Kommune", "KS, Fagforbundet"),
    Row("DigiHelse fase 2", "M30", "2.1", P, "Delta", "KS, Spekter"),
    Row("Kurs i grunnleggende ferdigheter for medlemmer", "M31", "3.1", K, "YS", "Studieforbund"),
    Row("Karriereveiledning for tillitsvalgte", "M32", "1.3", K, "YS", "Karrieresentrene"),
]

# Virke: a reporting form, one table per measure.
VIRKE = [
    Row("Bransjeprogrammet for varehandel", "M08", "2.4", K, "Virke", "HK, NHO Handel, HK-dir",
        "Virke leder programmet. 2 100 ansatte fullførte minst én modul i 2047."),
    Row("Virkes plass i Samarbeidsrådet for yrkesopplæring", "M03", "1.4", R, "Virke", "",
        "Virke har én fast plass i SRY."),
    Row("Deltakelse i RSA ved OsloMet og NTNU", "M02", "1.4", R, "Virke", "OsloMet, NTNU",
        "Virke er medlem av rådene for samarbeid med arbeidslivet ved to institusjoner."),
    Row("Kompetanseportal for HR i små virksomheter", "M33", "2.4", I, "Virke", "",
        "Nettsider med verktøy for kartlegging av kompetansebehov og maler for opplæringsplaner."),
    Row("Praksisplasser for deltakere i introduksjonsprogrammet", "M34", "3.4", P, "Virke", "IMDi, kommunene",
        "Virke formidler praksisplasser i handel og service."),
]
