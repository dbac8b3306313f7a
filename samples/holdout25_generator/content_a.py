"""What the ministry, LO, NHO, Unio, KS and YS report for 2045 (the truth rows and the words the files use)."""
from __future__ import annotations

from .model import ARR, FOU, INFO, KURS, PROSJ, RAD, r

# Kunnskapsdepartementet writes for Regjeringen: a Word report, one table per hovedinnsatsområde.
REGJERINGEN = (
    r("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "KD",
      "ASD, KDD, partene i arbeidslivet, HK-dir, forskere",
      "Utvalget la i juni 2045 fram sin åttende hovedrapport om Norges kompetansebehov. "
      "KD leder utvalget, og HK-dir er sekretariat."),
    r("M13", "Evaluering av Kompetansebehovsutvalget", "1.1", FOU, "KD", "NIFU",
      "Ekstern evaluering av utvalgets mandat, sammensetning og hvordan rapportene brukes. "
      "Sluttrapporten kom i november 2045."),
    r("M14", "Revidert kvalitetsrammeverk for karriereveiledning", "1.3", PROSJ, "KD",
      "HK-dir, fylkeskommunene",
      "Rammeverket har fått nye kompetansestandarder for veiledere ved de fylkeskommunale karrieresentrene."),
    r("M15", "Bransjeprogrammene – ny programperiode 2046–2049", "2.1", KURS, "KD og ASD",
      "HK-dir, partene i arbeidslivet",
      "Forberedelse av neste programperiode med nye bransjer. Utlysning av midler skjer våren 2046."),
    r("M08", "Samfunnskontrakten for flere læreplasser (2041–2046)", "2.3", KURS, "KD",
      "Partene i arbeidslivet, KS, Udir, fylkeskommunene",
      "Regjeringen og partene følger opp målet om flere læreplasser, særlig i statlige virksomheter."),
    r("M16", "Raskere godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", PROSJ, "HK-dir",
      "KD, Udir, fylkeskommunene",
      "Ny digital søknadsløsning har kortet ned saksbehandlingstiden for godkjenning av fagbrev fra utlandet."),
    r("M17", "Tilskuddsordningen Kompetansepluss frivillighet", "3.2", KURS, "KD",
      "HK-dir, VOFO, studieforbundene",
      "Ordningen ble videreført med 48 mill. kroner i 2045, med vekt på digitale ferdigheter."),
    r("M12", "Norskopplæring på arbeidsplassen (NorskPåJobb)", "3.4", PROSJ, "KD og ASD",
      "IMDi, HK-dir, NHO, Virke, kommunene",
      "Forsøk der innvandrere får norskopplæring på arbeidsplassen i arbeidstiden, nå i 14 kommuner."),
)

# LO writes a letter: headings for the three areas only, each tiltak a paragraph with a bold lead-in, no types.
LO = (
    r("M01", "Kompetansebehovsutvalget", "1.1", RAD, "LO", "",
      "LO har fast plass i utvalget og har i 2045 særlig bidratt til analysene av behovet for fagarbeidere.",
      area="1"),
    r("M03", "Oppnevning av medlemmer til SRY og de faglige rådene", "1.4", RAD, "LO", "",
      "LO oppnevner arbeidstakernes medlemmer i Samarbeidsrådet for yrkesopplæring og i alle de faglige "
      "rådene, og samordner forbundenes innspill til tilbudsstrukturen.", area="1"),
    r("M07", "Bransjeprogrammet i handel", "2.1", KURS, "LO", "Virke, Handel og Kontor",
      "Sammen med Virke og Handel og Kontor har LO fulgt opp programmet, som i 2045 hadde 1 400 deltakere "
      "på korte moduler.", area="2"),
    r("M09", "Frokostseminar under Arendalsuka sammen med Spekter", "2.2", ARR, "LO", "Spekter",
      "Temaet var hvordan ansatte i sykehusene kan ta fagbrev og videreutdanning i jobben.", area="2"),
    r("M18", "Tillitsvalgtskolering om digital omstilling", "2.1", KURS, "LO", "AOF",
      "Nytt kurs, utviklet sammen med AOF, for tillitsvalgte om hvordan de kan være med og forme digitaliseringen på egen "
      "arbeidsplass. 320 tillitsvalgte deltok.", area="2"),
    r("M19", "Kartlegging av fagarbeideres bruk av etter- og videreutdanning", "2.2", FOU, "LO", "Fafo",
      "Fafo har på oppdrag fra LO kartlagt hvor mange LO-medlemmer som tar fagskole eller deltar i "
      "bransjeprogram, og hva som hindrer dem.", area="2"),
    r("M20", "Hurtigspor for flyktninger i bygg og anlegg", "3.3", PROSJ, "LO",
      "Fellesforbundet, NAV, BNL",
      "Fellesforbundet har sammen med NAV og BNL gitt flyktninger med erfaring fra byggfag et løp som "
      "kombinerer norskopplæring og praksis i bedrift.", area="3"),
)

# NHO sends its slide deck: one slide per area, tiltak with an inline line «Delmål x.y · type».
NHO = (
    r("M01", "NHO i Kompetansebehovsutvalget", "1.1", RAD, "NHO", "KD, partene i arbeidslivet",
      "NHO er representert i KBU og har levert tall fra Kompetansebarometeret til utvalgets analyser."),
    r("M03", "NHO leder Faglig råd for teknologi- og industrifag", "1.4", RAD, "NHO", "LO, Udir",
      "Ledervervet i perioden 2044–2046 er brukt til å få fram nye lærefag i industrien."),
    r("M21", "NHOs Kompetansebarometer 2045", "2.2", FOU, "NHO", "NIFU",
      "Årlig undersøkelse av medlemsbedriftenes kompetansebehov, gjennomført av NIFU."),
    r("M23", "Kompetansepiloter i små bedrifter", "2.4", PROSJ, "NHO",
      "Innovasjon Norge, fagskoler, næringsklynger",
      "Klynger hjelper små bedrifter å kartlegge kompetansebehov og kjøpe kurs fra fagskoler."),
    r("M08", "Samfunnskontrakten", "2.3", KURS, "NHO", "KD, LO, KS",
      "Landsforeningene har fulgt opp bedriftene, og antall nye lærekontrakter økte med 6 prosent."),
    r("M22", "Jenter og teknologi", "2.3", INFO, "NHO", "NTNU, Tekna, Ungt Entreprenørskap",
      "Kampanje for å få flere jenter til å velge teknologiske fag, gjennomført for fjortende år."),
    r("M12", "NorskPåJobb", "3.4", PROSJ, "NHO Service og Handel", "IMDi, HK-dir",
      "NHO Service og Handel rekrutterer bedrifter til forsøket med norskopplæring i arbeidstiden."),
)

# Unio: a Word table with two rows per tiltak (a shaded title row, then the details). Final version.
UNIO = (
    r("M02", "Representasjon i Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "Unio",
      "Utdanningsforbundet, Norsk Sykepleierforbund",
      "Unios forbund er representert i RSA ved OsloMet, UiT og Høgskolen i Innlandet."),
    r("M04", "Deltakelse i Nasjonalt råd for lærerutdanning (NRLU)", "1.4", RAD, "Utdanningsforbundet",
      "UHR",
      "Utdanningsforbundet møter på vegne av Unio som observatør i NRLU, UHRs fagstrategiske enhet for "
      "lærerutdanningene."),
    r("M10", "Partsprosjektet DigiKomp", "2.1", PROSJ, "Unio", "KS, YS, LO Kommune, Akademikerne kommune",
      "Unio sitter i styringsgruppen for partssamarbeidet om digital kompetanse i kommunesektoren."),
    r("M24", "Rapport om kompetanseutvikling for sykepleiere i kommunene", "2.2", FOU, "Unio",
      "Oslo Economics",
      "Rapporten ser på behovet for videreutdanning for sykepleiere i den kommunale helse- og "
      "omsorgstjenesten."),
    r("M25", "Unio-konferansen 2045 om livslang læring i offentlig sektor", "2.2", ARR, "Unio",
      "Unios forbund", "Konferansen samlet 250 tillitsvalgte og ledere i Oslo i oktober."),
    r("M26", "Kompetansehevende kurs for medlemmene gjennom studieforbund", "3.6", KURS, "Unios forbund",
      "Studieforbundene", "Forbundene bruker studieforbundene aktivt til kurs for medlemmer og tillitsvalgte."),
)

# The draft Unio sent first (superseded): fewer rows, some worded otherwise. No truth rows.
UNIO_DRAFT = (
    r("M02", "Representasjon i RSA", "1.4", RAD, "Unio", "Forbundene", "Unios forbund deltar i flere RSA."),
    r("M10", "DigiKomp", "2.1", PROSJ, "Unio", "KS, YS", "Unio er med i styringsgruppen."),
    r("M24", "Rapport om sykepleiernes kompetansebehov (under arbeid)", "2.2", FOU, "Unio", "",
      "Rapporten blir ferdig i januar."),
    r("M99", "Seminar om digitalisering for forbundene", "2.1", ARR, "Unio", "", "Planlagt til desember."),
    r("M26", "Kurs gjennom studieforbund", "3.6", KURS, "Unios forbund", "Studieforbundene", ""),
)

# KS: a workbook with a cover sheet and one sheet per area; the header is not on the first row.
KS = (
    r("M06", "Nasjonalt forum for karriereveiledning", "1.3", RAD, "HK-dir", "KS, fylkeskommunene, partene",
      "KS er medlem av forumet og har bidratt i arbeidet med kvalitet i karriereveiledningen i kommunene.",
      sheet="1"),
    r("M03", "Representasjon i SRY og faglige råd", "1.4", RAD, "KS", "Udir, partene i arbeidslivet",
      "KS er representert i SRY og i sju faglige råd, med vekt på helse- og oppvekstfag.", sheet="1"),
    r("M27", "KS' innspill til KBU-rapporten 2045", "1.1", INFO, "KS", "",
      "Skriftlig innspill med kommunesektorens vurdering av behovet for helsepersonell og lærere.",
      sheet="1"),
    r("M10", "DigiKomp – digital kompetanse for alle ansatte i kommunesektoren", "2.1", PROSJ, "KS",
      "Unio, YS, LO Kommune, Akademikerne kommune, KDD",
      "Partssamarbeid med tilskudd fra KDD. 118 kommuner deltok i 2045.", sheet="2"),
    r("M28", "Kommunesektorens arbeidslivsmonitor 2045", "2.2", FOU, "KS", "Proba samfunnsanalyse",
      "Årlig kartlegging av rekruttering, kompetanse og turnover i kommunene.", sheet="2"),
    r("M08", "Samfunnskontrakt for flere læreplasser – oppfølging i kommunesektoren", "2.3", KURS, "KS",
      "KD, kommunene, fylkeskommunene",
      "Målet er 5 000 lærlinger i kommunene. 4 780 ble tatt inn i 2045.", sheet="2"),
    r("M29", "KS Læring – modul for kompetanseplanlegging", "2.4", INFO, "KS", "Kommunene",
      "Delingsplattformen har fått en ny modul som hjelper små kommuner å planlegge kompetansebehov.",
      sheet="2"),
    r("M11", "Menn i helse", "3.3", PROSJ, "KS", "NAV, kommunene, Spekter",
      "Rekrutteringsprogram der menn utenfor arbeid tar fagbrev som helsefagarbeider. 60 kommuner i 2045.",
      sheet="3"),
    r("M30", "Fagbrev på jobb for assistenter i barnehage og skole", "3.1", KURS, "KS",
      "Fylkeskommunene, Fagforbundet",
      "Kommunene får veiledning i å bruke fagbrev på jobb for egne ansatte uten fagbrev.", sheet="3"),
)

# YS fills in a reporting form of its own: label/value blocks, the type ticked among six boxes.
YS = (
    r("M01", "Representasjon i Kompetansebehovsutvalget (KBU)", "1.1", RAD, "YS",
      "KD, de andre hovedorganisasjonene",
      "YS oppnevner ett medlem til utvalget og har fulgt arbeidet med utvalgets hovedrapport.",
      delmal_words="1.1 Kompetansebehovsutvalget"),
    r("M33", "Kurs for tillitsvalgte om karriereveiledning for seniorer", "1.3", KURS, "YS", "YS-forbundene",
      "Kurset gir tillitsvalgte kunnskap om veiledning og kompetanse for arbeidstakere over 55 år.",
      delmal_words="1.3 Karriereveiledning"),
    r("M10", "DigiKomp (digital kompetanse i kommunene)", "2.1", PROSJ, "YS Kommune", "KS, Unio, LO Kommune",
      "YS Kommune er med i partssamarbeidet og har holdt to regionale samlinger for tillitsvalgte.",
      delmal_words="2.1 Digital kompetanse i arbeidsstyrken"),
    r("M32", "YS Arbeidslivsbarometer – tema etter- og videreutdanning", "2.2", FOU, "YS", "Respons Analyse",
      "Årets barometer hadde et eget tema om arbeidstakernes tilgang til etter- og videreutdanning.",
      delmal_words="2.2 Kunnskapsgrunnlaget om læring i arbeidslivet"),
    r("M05", "Medlem i Nasjonalt fagskoleråd", "2.3", RAD, "YS", "Fagskolene, partene",
      "YS har en av arbeidstakerplassene i rådet og har prioritert finansiering av fagskoletilbud for voksne.",
      delmal_words="2.3 Karrieremuligheter i yrkesfag"),
    r("M31", "Kompass – digitalt verktøy for å dokumentere kompetanse fra jobb", "2.5", PROSJ, "YS",
      "HK-dir",
      "Medlemmene kan beskrive det de har lært på jobb som læringsutbytte og laste ned en kompetanseattest.",
      delmal_words="2.5 Dokumentasjon av kompetanse"),
)
