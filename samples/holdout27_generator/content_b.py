"""Measures of the other member reports (Akademikerne, Spekter, VOFO, UHR, Vestland, Fagskolerådet)."""
from .common import Row

R, K, P, F, A, I = "Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU", "Arrangement", "Informasjon"

# Akademikerne: prose under area headings only; types inline in brackets for some.
AKADEMIKERNE = [
    Row("Innspill til KBUs rapport om behovet for høyere utdannet arbeidskraft", "M35", "1.1", I, "Akademikerne", "",
        "Akademikerne sendte et skriftlig innspill og møtte utvalgets leder.", sd="Område 1", sty=""),
    Row("EVU-portalen for akademikere", "M36", "2.4", I, "Akademikerne", "Tekna, Legeforeningen",
        "En samlet oversikt over etter- og videreutdanningstilbud for medlemmene.", sd="Område 2", sty="informasjon"),
    Row("Seminar om livslang læring for akademikere", "M37", "2.2", A, "Akademikerne", "",
        "Frokostseminar i mars med presentasjon av ny forskning om læring i arbeidslivet.", sd="Område 2",
        sty="arrangement"),
    Row("Kurs i forskningsformidling for tillitsvalgte", "M55", "2.4", K, "Forskerforbundet", "",
        "To kursdager for tillitsvalgte ved universiteter og institutter.", sd="Område 2", sty=""),
    Row("Mentorprogram for innvandrere med høyere utdanning", "M38", "3.4", P, "Akademikerne", "IMDi, Tekna",
        "Programmet kobler nyankomne med høyere utdanning med mentorer i samme fag.", sd="Område 3", sty="prosjekt"),
]

# Spekter: a transposed table (one column per measure), converted to .doc.
SPEKTER = [
    Row("Spekters plasser i de faglige rådene", "M04", "2.3", R, "Spekter", "LO, YS",
        "Spekter har representanter i fire faglige råd, blant dem helse- og oppvekstfag."),
    Row("DigiHelse", "M11", "2.1", P, "Spekter", "Unio, helseforetakene",
        "Opplæring i velferdsteknologi og digitale arbeidsformer i helseforetakene."),
    Row("Lederutdanning i helseforetakene", "M39", "2.4", K, "Spekter", "BI", "Modulbasert lederutdanning for mellomledere."),
    Row("Kartlegging av kompetansebehov i spesialisthelsetjenesten", "M40", "2.2", F, "Spekter", "SINTEF",
        "Undersøkelse blant 2 000 ledere om behovet for spesialkompetanse fram mot 2055."),
    Row("Lærlingordning i helseforetakene", "M56", "2.3", P, "Spekter", "Fylkeskommunene",
        "Flere lærlinger i helsefagarbeiderfaget og ambulansefaget."),
]

# VOFO final report (the draft is in DRAFT_ROWS and has no truth rows).
VOFO = [
    Row("Nasjonal konferanse om livslang læring (Livslangkonferansen 2047)", "M10", "2.2", A, "VOFO",
        "KD, studieforbundene", "VOFO var medarrangør og hadde ansvar for programmet om frivillig sektor."),
    Row("Studieforbundene i regionale kompetanseforum", "M42", "1.2", R, "VOFO", "Studieforbundene, fylkeskommunene",
        "Studieforbundene deltar i de regionale forumene i ti fylker."),
    Row("VOFO er med i Nasjonalt forum for karriereveiledning", "M07", "1.3", R, "VOFO", "",
        "VOFO løfter fram voksnes læring i frivillig sektor i forumet."),
    Row("Kompetansepluss frivillighet – kurs i studieforbundene", "M41", "3.2", K, "VOFO", "Studieforbundene, HK-dir",
        "Kurs i lesing, skriving og digitale ferdigheter for 4 000 deltakere."),
    Row("Kampanje om læringsmotivasjon gjennom frivillig arbeid", "M43", "3.6", I, "VOFO", "Frivillighet Norge",
        "Kampanjen viser hvordan frivillig arbeid gir læring og motivasjon til videre opplæring."),
]

VOFO_DRAFT = [
    ("Livslangkonferansen", "2.2", "Arrangement", "VOFO / KD", "Planlagt i Bergen i oktober."),
    ("Kompetansepluss frivillighet", "3.2", "Kurs/utdanning", "VOFO / studieforbundene", "Tall kommer."),
    ("Pilot: digitale kurs for seniorer", "2.1", "Kurs/utdanning", "VOFO", "Avklares med styret."),
]

# UHR: table with section rows per delmål.
UHR = [
    Row("Råd for samarbeid med arbeidslivet (RSA) ved alle medlemsinstitusjonene", "M02", "1.4", R, "UH-institusjonene",
        "Partene i arbeidslivet, KS", "RSA-ene la fram sine årlige rapporter og møttes til felles erfaringsseminar."),
    Row("UHR-Lærerutdanning", "M05", "1.4", R, "UHR", "Unio, KS",
        "Den fagstrategiske enheten arbeidet med nye retningslinjer for praksis i lærerutdanningene."),
    Row("UHR-Helse og velferd: nasjonale retningslinjer for praksis", "M44", "1.4", R, "UHR", "Spekter, KS",
        "Enheten samordnet arbeidet med praksisplasser i helse- og sosialfagene."),
    Row("Evaluering av RSA-ordningen", "M45", "1.4", F, "UHR", "NIFU",
        "NIFU evaluerer hvordan rådene har virket siden de ble etablert."),
    Row("Felles nasjonal ramme for etter- og videreutdanning i UH-sektoren", "M46", "2.4", P, "UHR", "HK-dir",
        "Rammen gjør det enklere å kombinere moduler fra flere institusjoner."),
    Row("Digital plattform for mikrograder", "M47", "2.1", P, "UHR", "Sikt",
        "Plattformen viser alle korte emner med studiepoeng på ett sted."),
]

# Vestland fylkeskommune: Nynorsk, two table rows per measure (the second is the description).
VESTLAND = [
    Row("Regionalt kompetansebehovsutval i Vestland", "M48", "1.2", R, "Vestland fylkeskommune",
        "NHO Vestland, LO Vestland, Universitetet i Bergen",
        "Utvalet samanstiller kunnskap om kompetansebehovet i fylket og gav ut sin fyrste rapport i 2047."),
    Row("Kompetansepartnarskap Vestland", "M51", "1.2", R, "Vestland fylkeskommune", "Partane, NAV, kommunane",
        "Partnarskapet har felles handlingsplan for kompetanse i regionen."),
    Row("Deltaking i Nasjonalt forum for karriererettleiing", "M07", "1.3", R, "Karrieresenteret Vestland", "",
        "Leiaren for karrieresenteret sit i forumet på vegner av fylkeskommunane."),
    Row("Karriererettleiing på arbeidsplassen", "M49", "1.3", P, "Karrieresenteret Vestland", "NHO Vestland, LO Vestland",
        "Rettleiarar frå karrieresenteret møter tilsette i bedrifter i omstilling."),
    Row("Plass i Nasjonalt fagskoleråd", "M06", "1.4", R, "Vestland fylkeskommune", "",
        "Fylkeskommunen er representert i rådet på vegner av fagskoleeigarane."),
    Row("Fleksibel vidaregåande opplæring for vaksne", "M50", "3.1", K, "Vestland fylkeskommune", "Kommunane, NAV",
        "Modulstrukturert opplæring med kveldsundervisning og nettundervisning."),
    Row("Norskopplæring med fagretta innhald for innvandrarar", "M52", "3.4", K, "Vestland fylkeskommune",
        "Kommunane, IMDi", "Norskopplæring kombinert med opplæring i helsearbeidarfaget."),
]

# Fagskolerådet: an e-mail printed to PDF; numbered list, types in brackets for some.
FAGSKOLERADET = [
    Row("Nasjonalt fagskoleråd", "M06", "1.4", R, "Fagskolerådet", "Partene, fylkeskommunene, fagskolene",
        "Rådet hadde fem møter i 2047 og ga råd om dimensjonering av fagskoletilbudene.", sty="råd"),
    Row("Fleksible fagskoletilbud for industrien (FLEXFAG)", "M13", "2.4", K, "Fagskolerådet", "Norsk Industri, NHO",
        "Tolv fagskoler tilbyr nå nettbaserte moduler for ansatte i industrien.", sty=""),
    Row("Fagskolebasert videreutdanning for helsefagarbeidere", "M53", "2.4", K, "Fagskolerådet", "KS, Spekter",
        "Nye tilbud i demensomsorg og psykisk helsearbeid.", sty="utdanning"),
    Row("Kartlegging av fagskolestudenters arbeidsmarkedstilknytning", "M54", "2.2", F, "Fagskolerådet", "NIFU",
        "Undersøkelse av hvor fagskolestudentene arbeider ett år etter endt utdanning.", sty="FoU"),
    Row("Informasjonskampanje om fagskoleutdanning", "M58", "2.3", I, "Fagskolerådet", "",
        "Kampanje rettet mot fagarbeidere som vurderer videreutdanning.", sty=""),
]
