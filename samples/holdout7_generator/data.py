"""The content of the 2027 held-out round: every report's rows, written once.

Each row carries the truth (measure id, delmål, type) and what the report shows (delmål as the member wrote
it, the type word it used or None). The renderers draw documents from these rows, and truth.csv is written
from the same rows, so the two cannot drift apart.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    mid: str          # measure id (shared by rows that are the same measure)
    tiltak: str       # the title exactly as written
    delmal: str       # the code a secretary would assign
    type: str         # one of the six types, spelled as in the seed matrix
    ansvarlig: str = ""
    partnere: str = ""
    beskr: str = ""
    shown_dm: str = ""     # delmål as the report shows it ("" = not shown / given by heading)
    shown_type: str | None = None  # type word as the report shows it (None = not given)


RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"
FOU = "FoU"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

# ---------------------------------------------------------------- Regjeringen (KD, DOCX table)
REGJERINGEN = [
    Row("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RAD, "KD", "ASD, KDD, partene i arbeidslivet, HK-dir",
        "Utvalget leverte sin sjette hovedrapport i juni 2027, med vekt på behovet for fagarbeidere i grønn industri.",
        "1.1", "Utvalg"),
    Row("M12", "Tilskudd til regionale kompetanseforum", "1.2", PROS, "KD", "Fylkeskommunene",
        "Ordningen gir fylkeskommunene midler til å drive fora der skoler, NAV, partene og næringslivet samordner tilbudene.",
        "1.2", "Tilskudd/prosjekt"),
    Row("M13", "Kompetanseløft for karriereveiledere i kommunal sektor", "1.3", KURS, "HK-dir", "KS, fylkeskommunene",
        "Nettbasert videreutdanning på 15 studiepoeng, tilbudt ved tre læresteder fra høsten 2027.",
        "1.3", "Videreutdanning"),
    Row("M06", "Bransjeprogram for varehandel og service", "2.4", KURS, "KD/HK-dir", "Virke, LO, Handel og Kontor, NHO Service og Handel",
        "Partene i bransjen peker ut behovene, og fagskoler og høyskoler utvikler korte, fleksible tilbud for ansatte.",
        "2.4", "EVU-tilbud"),
    Row("M14", "Utredning om dokumentasjon av kompetanse fra arbeidslivet", "2.5", FOU, "KD", "NIFU",
        "Utredningen skal foreslå hvordan kompetanse bygget opp i jobben kan dokumenteres og godskrives i formell utdanning.",
        "2.5", "Utredning"),
    Row("M15", "Ny digital søknadsløsning for godkjenning av utenlandske fagbrev", "2.6", INFO, "HK-dir", "",
        "Søkere kan følge saken sin digitalt, og saksbehandlingstiden er redusert fra fem til to måneder.",
        "2.6", ""),
    Row("M08", "Forsøk med fleksible fag- og yrkesprøver for voksne", "3.1", KURS, "KD", "Udir, fylkeskommuner, partene",
        "Forsøket prøver ut oppdelte prøver og prøver i egen bedrift for voksne kandidater i 14 fag.",
        "3.1", "Forsøk"),
    Row("M07", "Kompetansepluss frivillighet", "3.2", KURS, "HK-dir", "VOFO, frivillige organisasjoner",
        "Tilskudd til 118 opplæringstiltak i grunnleggende ferdigheter i regi av frivillige organisasjoner.",
        "3.2", "Opplæring"),
    Row("M16", "Modulbasert norskopplæring i introduksjonsprogrammet", "3.4", PROS, "AID", "IMDi, HK-dir, kommunene",
        "Kommunene kan fra 2027 tilby norskopplæring i kortere moduler som kan kombineres med arbeidspraksis.",
        "3.4", "Prosjekt"),
]

# ---------------------------------------------------------------- LO (letter, DOCX -> PDF)
LO = [
    Row("M01", "LO har to representanter i Kompetansebehovsutvalget", "1.1", RAD, "LO", "",
        "LOs representanter har særlig løftet behovet for fagarbeidere i omstillingen.", "dm 1.1", None),
    Row("M04", "Observatørplass i UHRs fagstrategiske enheter", "1.4", RAD, "LO", "",
        "Plassen brukes til å fremme arbeidslivets behov i utdanningene.", "dm 1.4", None),
    Row("M17", "Kurs for tillitsvalgte om kompetansebestemmelsene i tariffavtalene", "2.2", KURS, "LO", "Forbundene",
        "Fire regionale kurs med til sammen 160 deltakere.", "dm 2.2", "kurs"),
    Row("M18", "Fafo-notat om bruken av kompetansebestemmelser i tariffavtalene", "2.2", FOU, "LO", "Fafo",
        "Notatet viser store forskjeller mellom bransjer i hvordan bestemmelsene følges opp.", "dm 2.2", None),
    Row("M06", "Styringsgruppen for bransjeprogrammet for varehandelen", "2.4", KURS, "LO", "Handel og Kontor, Virke",
        "LO og Handel og Kontor sitter i styringsgruppen og har bidratt til tre nye tilbud.", "dm 2.4", None),
    Row("M19", "Samling for LOs representanter i de faglige rådene", "2.3", ARR, "LO", "",
        "Todagers samling om fornyelse av læreplaner og tilbudsstruktur.", "dm 2.3", "Arrangement"),
    Row("M09", "Jenter og teknologi", "2.3", INFO, "LO", "NHO",
        "LO er partner i kampanjen og har bidratt med rollemodeller fra forbundene.", "dm 2.3", None),
]

# ---------------------------------------------------------------- NHO (XLSX, a sheet per area)
NHO = [
    Row("M01", "NHO oppnevner medlem til Kompetansebehovsutvalget", "1.1", RAD, "NHO", "", "", "1.1", "Utvalg"),
    Row("M03", "Deltakelse i RSA ved universiteter og høyskoler gjennom regionforeningene", "1.4", RAD, "NHO regionene", "UH-institusjonene",
        "NHOs regionkontorer deltar i rådene ved 19 institusjoner.", "1.4", "Råd"),
    Row("M20", "Kommentarnotat til KBUs hovedrapport 2027", "1.1", FOU, "NHO", "",
        "Notatet gir NHOs vurdering av utvalgets anbefalinger og peker på hva bedriftene savner.", "1.1", "Notat"),
    Row("M21", "NHOs kompetansebarometer 2027", "2.2", FOU, "NHO", "NIFU",
        "Spørreundersøkelse blant medlemsbedriftene om udekket kompetansebehov.", "2.2", "Undersøkelse"),
    Row("M09", "Jenter og teknologi 2027", "2.3", INFO, "NHO", "LO, Tekna, NITO",
        "Den årlige kampanjen nådde 25 000 jenter i ungdomsskolen.", "2.3", "Kampanje"),
    Row("M22", "Kampanjen «Bli lærebedrift»", "2.3", INFO, "NHO", "Bransjeforeningene",
        "Nettside og annonsering rettet mot bedrifter som ikke har lærlinger.", "2.3", None),
    Row("M23", "Kompetanse i klyngene – pilot med fagskoler", "2.4", PROS, "NHO Trøndelag", "Fagskolen i Trøndelag, Ocean Autonomy Cluster",
        "", "2.4", "Pilot"),
]
NHO_HIDDEN_OLD = [  # a hidden sheet with last year's rows: not part of the 2027 report
    ("1.1", "Innspill til KBU 2026", "Notat"),
    ("2.3", "Jenter og teknologi 2026", "Kampanje"),
]

# ---------------------------------------------------------------- Unio (memo, block layout, RTF)
UNIO = [
    Row("M01", "Unio har plass i Kompetansebehovsutvalget", "1.1", RAD, "Unio", "",
        "Unios medlem i utvalget har bidratt til kapitlet om helse- og omsorgssektoren.",
        "Kompetansebehovsutvalget", "Råd/utvalg"),
    Row("M03", "Representasjon i rådene for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "Unios forbund", "Universiteter og høyskoler",
        "Forbundene er representert i RSA ved de fleste institusjonene som utdanner lærere og sykepleiere.",
        "Samarbeid mellom utdanning og arbeidsliv", None),
    Row("M05", "Unio oppnevner representanter til Faglig råd for helse- og oppvekstfag", "1.4", RAD, "Unio", "Fagforbundet, Delta",
        "", "Samarbeid mellom utdanning og arbeidsliv", "Råd"),
    Row("M24", "Rapport om etter- og videreutdanning for sykepleiere og lærere", "2.2", FOU, "Unio", "Oslo Economics",
        "Rapporten viser at mange arbeidsgivere ikke gir permisjon med lønn for videreutdanning.",
        "Kunnskapsgrunnlaget om læring i arbeidslivet", "Forskning/utredning"),
    Row("M25", "Kurs for tillitsvalgte om lokale kompetanseplaner", "2.2", KURS, "Unio", "Unios forbund",
        "Tre digitale kurs høsten 2027.", "Kunnskapsgrunnlaget om læring i arbeidslivet", "Kurs"),
]

# ---------------------------------------------------------------- KS (prose with delmål headings, ODT)
KS = [
    Row("M11", "Deltakelse i Nasjonalt forum for karriereveiledning", "1.3", RAD, "KS", "HK-dir, fylkeskommunene",
        "KS bringer inn kommunenes erfaringer med veiledning av voksne.", "1.3", None),
    Row("M02", "KS leder Samarbeidsrådet for yrkesopplæring (SRY) 2026–2027", "1.4", RAD, "KS", "",
        "Ledervervet har gitt KS en sentral rolle i arbeidet med ny tilbudsstruktur.", "1.4", None),
    Row("M05", "Faglig råd for helse- og oppvekstfag", "1.4", RAD, "KS", "",
        "KS har to medlemmer i rådet, som i år har arbeidet med læreplanene i helsearbeiderfaget.", "1.4", None),
    Row("M26", "KS Læring – nye kurspakker i digital samhandling", "2.1", INFO, "KS", "Kommunene",
        "Seks nye kurspakker er lagt ut og brukt av 210 kommuner.", "2.1", None),
    Row("M27", "Kommunesektorens arbeidsgivermonitor 2027", "2.2", FOU, "KS", "",
        "Monitoren kartlegger rekruttering og kompetansebehov i kommunene.", "2.2", None),
    Row("M28", "Lærlingløftet i kommunesektoren", "2.3", PROS, "KS", "Fylkeskommunene, Fagforbundet",
        "Målet er at alle kommuner tar inn minst én lærling per 1000 innbyggere.", "2.3", None),
    Row("M29", "Veileder om fagbrev på jobb for kommunale arbeidsgivere", "3.1", INFO, "KS", "",
        "", "3.1", None),
]

# ---------------------------------------------------------------- YS (two-row header table, DOCX)
YS = [
    Row("M01", "Medlem av Kompetansebehovsutvalget", "1.1", RAD, "YS", "",
        "YS har ett av partenes medlemmer i utvalget.", "1.1", "Råd/utvalg"),
    Row("M02", "Plass i Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "YS", "Parat, Delta",
        "YS deltar med ett medlem og en vararepresentant.", "1.4", "Råd/utvalg"),
    Row("M10", "Frokostmøte i Arendalsuka om fagarbeidere i sykehusene", "2.3", ARR, "YS/Delta", "Spekter",
        "Felles arrangement med Spekter med 90 deltakere.", "2.3", "Arrangement"),
    Row("M30", "YS Arbeidslivsbarometer – kompetansedelen", "2.2", FOU, "YS", "Ipsos",
        "Årlig undersøkelse; i 2027 med egne spørsmål om opplæring i bruk av kunstig intelligens.", "2.2", "FoU"),
    Row("M31", "E-læringskurs i digital kompetanse for tillitsvalgte", "2.1", KURS, "YS", "YS-forbundene",
        "Kurset er gjennomført av 1 400 tillitsvalgte.", "2.1", "Kurs"),
]

# ---------------------------------------------------------------- Virke (slide deck PDF)
VIRKE = [
    Row("M02", "Virke oppnevner medlem til SRY", "1.4", RAD, "Virke", "", "", "1.4", None),
    Row("M06", "Bransjeprogrammet for handel (BPH)", "2.4", KURS, "Virke", "HK, LO, HK-dir",
        "12 nye moduler i netthandel og bærekraft, 900 deltakere", "2.4", None),
    Row("M32", "Forprosjekt til fase 2 av bransjeprogrammet", "2.4", PROS, "Virke", "HK",
        "Skal avklare innretning for 2028–2030", "2.4", None),
    Row("M33", "HR-nettverk for kompetanseplanlegging i ideell sektor", "2.4", RAD, "Virke", "Virkes ideelle medlemmer",
        "Fire nettverkssamlinger", "2.4", None),
    Row("M34", "Handelens kompetanseindeks 2027", "2.2", FOU, "Virke", "Samfunnsøkonomisk analyse",
        "", "2.2", None),
    Row("M35", "Realkompetansevurdering i varehandelen – pilot", "2.5", PROS, "Virke", "HK, to fylkeskommuner",
        "30 ansatte fikk kompetansen sin vurdert mot salgsfaget", "2.5", None),
]

# ---------------------------------------------------------------- Akademikerne (form, two versions)
AKADEMIKERNE = [
    Row("M04", "Representasjon i UHR-MNT og UHR-Helse og velferd", "1.4", RAD, "Akademikerne", "Tekna, Legeforeningen",
        "Medlemsforeningene er representert i de to enhetene og har bidratt i arbeidet med nasjonale retningslinjer.",
        "1.4", "Råd/utvalg/nettverk"),
    Row("M11", "Medlem av Nasjonalt forum for karriereveiledning", "1.3", RAD, "Akademikerne", "",
        "", "1.3", "Råd/utvalg/nettverk"),
    Row("M36", "Rapport om etter- og videreutdanning blant seniorer med høyere utdanning", "2.2", FOU, "Akademikerne", "Menon Economics",
        "Rapporten viser at deltakelsen faller kraftig etter fylte 55 år.", "2.2", "FoU"),
    Row("M37", "Karriereveiledning for medlemmer i omstilling", "1.3", INFO, "Akademikerne", "Medlemsforeningene",
        "Foreningene tilbyr individuelle veiledningssamtaler og webinarer.", "1.3", "Informasjon"),
]
AKADEMIKERNE_OLD = [  # the superseded draft: no truth rows
    ("1.4", "UHR – deltakelse", "Råd/utvalg/nettverk", "Akademikerne", ""),
    ("2.2", "Seniorrapport (under arbeid)", "FoU", "Akademikerne", "Menon"),
    ("1.3", "Karriereveiledning", "Informasjon", "Akademikerne", ""),
]

# ---------------------------------------------------------------- Spekter (scanned table)
SPEKTER = [
    Row("M05", "Plass i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "Spekter", "", "", "1,4", "Råd"),
    Row("M02", "Representant i SRY", "1.4", RAD, "Spekter", "", "", "1,4", "Råd"),
    Row("M38", "Dialogmøte med Spekters representanter i faglige råd", "2.3", ARR, "Spekter", "Helseforetakene", "", "2,3", "Arrangement"),
    Row("M10", "Arendalsuka: frokostmøte med YS/Delta", "2.3", ARR, "Spekter", "YS, Delta", "", "2,3", "Arrangement"),
    Row("M39", "Lærlingkonferansen i spesialisthelsetjenesten", "2.3", ARR, "Spekter", "Helse Sør-Øst, Helse Vest", "", "2,3", "Arrangement"),
]

# ---------------------------------------------------------------- VOFO (two-column annual report PDF)
VOFO = [
    Row("M07", "Kompetansepluss frivillig", "3.2", KURS, "VOFO", "Studieforbundene",
        "VOFO har hjulpet studieforbund og frivillige lag med søknader og rapportering i ordningen, og 41 av tiltakene ble gjennomført i regi av studieforbund.",
        "3.2", None),
    Row("M40", "Kursledersamlinger om voksnes læring", "3.6", KURS, "VOFO", "Studieforbundene",
        "Seks regionale samlinger for kursledere om motivasjon og tilrettelegging for voksne med lite skolegang.",
        "3.6", None),
    Row("M41", "Forskningsprosjekt om studieforbundenes betydning for innvandrere", "3.6", FOU, "VOFO", "NTNU Samfunnsforskning",
        "Prosjektet følger 300 deltakere i norsk- og samfunnsfagkurs over to år.", "3.6", None),
    Row("M42", "Regionale VOFO-nettverk med fylkeskommunene", "1.2", RAD, "VOFO", "Fylkeskommunene",
        "Nettverkene er nå etablert i ni fylker og samordner studieforbundenes tilbud med fylkenes kompetansestrategier.",
        "1.2", None),
]

# ---------------------------------------------------------------- UHR (table, repeated header, delmål as words)
UHR = [
    Row("M04", "UHRs fagstrategiske enheter med arbeidslivsrepresentanter", "1.4", RAD, "UHR", "Partene i arbeidslivet",
        "Enhetene for lærerutdanning, helse og velferd, MNT og økonomisk-administrativ utdanning har faste plasser for arbeidslivet.",
        "Samarbeid mellom utdanningstilbydere og arbeidslivet", None),
    Row("M03", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "UH-institusjonene", "Partene, KS, NAV",
        "Alle institusjonene har RSA; UHR har samlet erfaringene i en rapport.",
        "Samarbeid mellom utdanningstilbydere og arbeidslivet", None),
    Row("M43", "Nasjonal konferanse om etter- og videreutdanning i UH-sektoren", "2.4", ARR, "UHR", "HK-dir",
        "", "Koble kompetansebehov i virksomheter og klynger til tilbydere", None),
    Row("M44", "Felles nasjonalt rammeverk for mikrokvalifikasjoner", "2.5", PROS, "UHR", "HK-dir, NOKUT",
        "Rammeverket gjør det mulig å få korte emner dokumentert og samlet til grader.",
        "Dokumentasjon av kompetanse ervervet i arbeidslivet", None),
    Row("M45", "Kartlegging av fleksible studietilbud for voksne", "2.4", FOU, "UHR", "",
        "Kartleggingen omfatter 1 100 emner og viser hvor tilbudet mangler.",
        "Koble kompetansebehov i virksomheter og klynger til tilbydere", None),
]

# ---------------------------------------------------------------- Vestland fylkeskommune (Nynorsk, DOCX -> PDF)
VESTLAND = [
    Row("M46", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune", "NAV Vestland, LO, NHO, KS, UH-institusjonane",
        "Forumet har i 2027 lagt fram ein felles kompetansestrategi for fylket.", "1.2", "Nettverk"),
    Row("M11", "Vestland fylkeskommune sit i Nasjonalt forum for karriererettleiing", "1.3", RAD, "Karriere Vestland", "",
        "", "1.3", None),
    Row("M47", "Karriererettleiing for vaksne på arbeidsplassen", "1.3", KURS, "Karriere Vestland", "Bedrifter, NAV",
        "Rettleiarar har hatt 60 besøk i verksemder med tilsette utan fagbrev.", "dm 1.3", "Rettleiing"),
    Row("M48", "Regional utgåve av bransjeprogrammet for varehandel", "2.4", KURS, "Vestland fylkeskommune", "Fagskulen Vestland, Virke",
        "Eigen klasse i Bergen med tilpassa modular for butikkleiarar.", "2.4", "Kurs"),
    Row("M08", "Forsøket med fleksible fag- og sveineprøver for vaksne", "3.1", KURS, "Vestland fylkeskommune", "Opplæringskontora",
        "Vestland er med i forsøket med 120 kandidatar.", "(3.1)", None),
]

# ---------------------------------------------------------------- Trøndelag fylkeskommune (letter, .doc)
TRONDELAG = [
    Row("M49", "Kompetanseforum Trøndelag", "1.2", RAD, "Trøndelag fylkeskommune", "Partene, NAV, NTNU, fagskolene",
        "Forumet har prioritert kompetanse til havbruk og helse.", "delmål 1.2", None),
    Row("M50", "Ny digital veiledningstjeneste ved Karrieresenteret i Trøndelag", "1.3", INFO, "Karrieresenteret i Trøndelag", "",
        "Tjenesten gir chat og video om kvelden for voksne i jobb.", "delmål 1.3", None),
    Row("M08", "Deltakelse i forsøket med fleksible fag- og yrkesprøver for voksne", "3.1", KURS, "Trøndelag fylkeskommune", "HK-dir, Udir",
        "Trøndelag har 80 kandidater i forsøket, de fleste i helsearbeiderfaget og industrimekanikerfaget.", "delmål 3.1", None),
    Row("M51", "Opplæring i grunnleggende ferdigheter for ansatte i havbruk", "3.3", KURS, "Trøndelag fylkeskommune", "NAV Trøndelag, Sjømat Norge",
        "Kurs på arbeidsplassen for 45 ansatte, finansiert gjennom BIO-ordningen.", "delmål 3.3", None),
]

# ---------------------------------------------------------------- Regjeringen: a second department? no — Fagskolerådet (new member)
FAGSKOLERADET = [
    Row("M52", "Nasjonalt fagskoletilbud i fornybar energi", "2.4", KURS, "Fagskolerådet", "Fagskolene, Energi Norge",
        "Tilbudet ble utviklet sammen med bransjen og startet med 60 studenter.", "2.4", None),
    Row("M53", "Statistikk over fagskolestudenter med fagbrev", "2.3", FOU, "Fagskolerådet", "SSB",
        "Tallene viser at sju av ti fagskolestudenter har fagbrev.", "2.3", None),
    Row("M54", "Kampanjen «Fagskole – veien videre»", "2.3", INFO, "Fagskolerådet", "Fagskolene",
        "Kampanje i sosiale medier rettet mot fagarbeidere.", "2.3", None),
]
