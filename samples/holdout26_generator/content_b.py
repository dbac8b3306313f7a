"""What the other seven members reported for 2046: Virke, Akademikerne, Spekter, VOFO, UHR and two counties."""
from __future__ import annotations

from .common import Row
from .content_a import A, F, I, K, P, R

# ------------------------------------------------------------------ Virke (reporting form, RTF)
# d_shown: what was written in the form's «Delmål» line; t_shown: the box ticked.
VIRKE = [
    Row("M02", "1.4", R, "Deltakelse i RSA ved universiteter og høyskoler", "Universitetene og høyskolene",
        "UHR, NHO, LO",
        "Virke har oppnevnt medlemmer til RSA ved åtte institusjoner, blant dem Handelshøyskolen BI og OsloMet.",
        d_shown="1.4 – samarbeid utdanning/arbeidsliv", t_shown=R),
    Row("M05", "1.4", R, "Virke er representert i Nasjonalt fagskoleråd", "KD", "fagskolene, NHO, LO",
        "Virke har særlig vært opptatt av fagskoletilbud innen handel og helse.",
        d_shown="1.4 – samarbeid utdanning/arbeidsliv", t_shown=R),
    Row("M36", "2.1", K, "Digiløft handel – nettkurs i digital handel for ansatte i varehandelen", "Virke",
        "Handel og Kontor i Norge (HK), fagskoler",
        "Gratis nettkurs i netthandel, data og kundeservice; 2 300 deltakere i 2046.",
        d_shown="2.1 – digital kompetanse", t_shown=K),
    Row("M37", "2.4", P, "Bransjeprogram for handel – koordinering av EVU-tilbud", "Virke",
        "HK, HK-dir, fagskoler og høyskoler",
        "Virke koordinerer bransjeprogrammet og melder behovene i virksomhetene inn til tilbyderne.",
        d_shown="2.4 – koble virksomheter og tilbydere", t_shown=P),
    Row("M09", "2.2", A, "LLL-konferansen 2046", "VOFO", "Virke, Akademikerne, HK-dir",
        "Virke var medarrangør og holdt innlegg om læring i handelsnæringen.",
        d_shown="2.2 – kunnskap om læring i arbeidslivet", t_shown=A),
]
FORM_TYPES = [F, K, R, P, I, A]

# ------------------------------------------------------------------ Akademikerne (a scan; no descriptions)
AKADEMIKERNE = [
    Row("M14", "1.1", F, "Notat med kommentarer til KBUs hovedrapport 2046", "Akademikerne", "medlemsforeningene",
        t_shown="FoU"),
    Row("M38", "1.3", K, "Karriereprogram for nyutdannede masterkandidater", "Akademikerne",
        "Tekna, Samfunnsøkonomene", t_shown="Kurs"),
    Row("M02", "1.4", R, "Oppnevner medlemmer til RSA", "UH-institusjonene", "medlemsforeningene",
        t_shown="Råd/utvalg"),
    Row("M39", "2.2", F, "Undersøkelse om kompetanseutvikling blant medlemmene", "Akademikerne", "Respons Analyse",
        t_shown="FoU"),
    Row("M09", "2.2", A, "Konferanse om livslang læring, oktober 2046", "VOFO", "Virke, Akademikerne",
        t_shown="Arrangement"),
]

# ------------------------------------------------------------------ Spekter (a small table per tiltak; delmål in words)
SPEKTER = [
    Row("M02", "1.4", R, "Spekter-representanter i Råd for samarbeid med arbeidslivet (RSA)",
        "Universitetene og høyskolene", "helseforetakene, Spekters medlemsvirksomheter",
        "Spekter har foreslått representanter fra helseforetakene til RSA ved seks universiteter.",
        d_shown="Samarbeid mellom utdanningsinstitusjonene og arbeidslivet", t_shown="Nettverk/råd"),
    Row("M04", "1.4", R, "Observatør i UHR-Helse og velferd", "UHR", "de regionale helseforetakene",
        "Spekter følger arbeidet med praksis i helse- og sosialfagutdanningene.",
        d_shown="Relevante utdanninger gjennom samarbeid med arbeidslivet", t_shown="Nettverk/råd"),
    Row("M10", "2.2", F, "Forskningsprosjektet om etter- og videreutdanning i offentlig sektor", "KS, Spekter og Unio",
        "Fafo", "Spekter har finansiert den delen av kartleggingen som gjelder helseforetakene.",
        d_shown="Kunnskap om læring i arbeidslivet og verdien av kompetanse", t_shown="Forskning"),
    Row("M18", "2.3", P, "Lærlingløftet utvidet til helseforetakene", "Spekter",
        "de regionale helseforetakene, Fagforbundet, Delta",
        "Modellen fra kommunesektoren tas i bruk i sykehusene, med mål om 300 nye lærlinger innen 2048.",
        d_shown="Karrieremuligheter i yrkesfagene", t_shown="Prosjekt"),
    Row("M40", "2.1", I, "Kompetanseportal for ledere i helseforetakene", "Spekter", "Helse Sør-Øst, Helse Vest",
        "Nettportal med kurs og verktøy for ledere som tar i bruk ny teknologi.",
        d_shown="Digital kompetanse i hele arbeidsstyrken", t_shown="Informasjon/nettressurs"),
]

# ------------------------------------------------------------------ VOFO (Word table saved as .doc; only the område)
# d_shown: the område cell; t_shown: the bracket after the tiltak.
VOFO = [
    Row("M09", "2.2", A, "Nasjonal konferanse om livslang læring 2046 (LLL-konferansen)", "VOFO",
        "Virke, Akademikerne, HK-dir",
        "Konferansen i Oslo 15. oktober samlet 420 deltakere fra arbeidsliv, frivillighet og utdanning.",
        d_shown="Område 2", t_shown="Arrangement"),
    Row("M12", "3.2", K, "Kompetansepluss frivillighet (KPF)", "HK-dir", "studieforbundene",
        "VOFO har informert og veiledet studieforbundene om søknadene; 212 kurs fikk støtte.",
        d_shown="Område 3", t_shown="Kurs/utdanning"),
    Row("M41", "3.2", F, "Evaluering av KPF-ordningen", "VOFO", "NIFU",
        "VOFO har fått gjennomført en evaluering av hvordan ordningen når voksne med svake grunnleggende ferdigheter.",
        d_shown="Område 3", t_shown="FoU"),
    Row("M42", "3.4", K, "Norsktrening for innvandrere i studieforbundene", "Studieforbundene",
        "VOFO, frivillige organisasjoner, kommunene",
        "Språkkafeer og samtalegrupper som supplement til den offentlige norskopplæringen.",
        d_shown="Område 3", t_shown="Kurs"),
    Row("M43", "3.6", K, "Regionale kurslederkurs i studieforbundene", "VOFO", "VOFOs regionledd",
        "Kurs i voksenpedagogikk for frivillige kursledere i alle regioner.", d_shown="Område 3", t_shown="Kurs"),
    Row("M44", "3.6", A, "Frivillighetens læringsuke 2046", "VOFO", "studieforbundene, bibliotekene",
        "En uke med åpne kurs over hele landet som viser fram læring i frivillig sektor.",
        d_shown="Område 3", t_shown="Arrangement"),
]

# ------------------------------------------------------------------ UHR (PDF report; section numbers look like codes)
UHR = [
    Row("M04", "1.4", R, "Arbeidslivsrepresentanter i UHR-Lærerutdanning og UHR-Helse og velferd", "UHR",
        "Unio, Spekter, KS",
        "Enhetene har faste plasser for arbeidslivet og har i 2046 behandlet nye retningslinjer for praksis.",
        t_shown=R),
    Row("M45", "1.4", A, "Nasjonal konferanse om praksis i høyere utdanning 2046", "UHR", "HK-dir, NHO, KS",
        "Konferansen i Trondheim samlet 350 deltakere fra institusjonene og praksisfeltet.", t_shown=A),
    Row("M46", "2.1", K, "Fleksible videreutdanningstilbud i kunstig intelligens for arbeidslivet", "UHR",
        "universitetene og høyskolene, HK-dir",
        "Tolv institusjoner tilbyr samordnede emner på 7,5 studiepoeng som kan tas ved siden av jobb.", t_shown=K),
    Row("M47", "2.2", F, "Kartlegging av arbeidslivets bruk av korte emner i høyere utdanning", "UHR", "NIFU",
        "Undersøkelsen viser hvilke virksomheter som bruker korte emner, og hvorfor.", t_shown=F),
    Row("M48", "2.5", P, "Nasjonal modell for realkompetansevurdering ved opptak til høyere utdanning", "UHR",
        "HK-dir, Samordna opptak", "Felles kriterier for å vurdere kompetanse fra arbeidslivet ved opptak.",
        t_shown=P),
    Row("M49", "2.6", K, "Samordnet tilbud om kompletterende utdanning for flyktninger med lærerutdanning", "UHR",
        "OsloMet, UiB, HK-dir",
        "Tilbudet gir lærere med utdanning fra utlandet det de mangler for å få godkjenning i Norge.", t_shown=K),
]

# ------------------------------------------------------------------ Vestland fylkeskommune (Nynorsk Word table)
VESTLAND = [
    Row("M50", "1.2", R, "Kompetanseforum Vestland", "Vestland fylkeskommune",
        "NAV Vestland, NHO Vestland, LO i Vestland, KS Vestland, HVL, UiB",
        "Forumet har i 2046 laga eit felles kunnskapsgrunnlag om behovet for arbeidskraft i regionen.",
        t_shown="Råd/utval/nettverk"),
    Row("M51", "1.2", P, "Regional plan for kompetanse og arbeidskraft 2046–2050", "Vestland fylkeskommune",
        "kommunane, partane i arbeidslivet", "Planen vart vedteken i fylkestinget i juni 2046.", t_shown="Prosjekt"),
    Row("M06", "1.3", R, "Fylkeskommunen er med i Nasjonalt forum for karriererettleiing", "HK-dir",
        "fylkeskommunane, partane i arbeidslivet",
        "Fylkeskommunen deltek på møta i forumet og deler erfaringar frå karrieresentra.",
        t_shown="Råd/utval/nettverk"),
    Row("M52", "1.3", P, "Digital rettleiing og utvida opningstider ved karrieresentra i Vestland",
        "Vestland fylkeskommune", "NAV Vestland",
        "Vaksne i arbeid kan no få rettleiing på kveldstid og over video.", t_shown="Prosjekt"),
    Row("M05", "1.4", R, "Plass i Nasjonalt fagskuleråd", "KD", "fagskulane, partane i arbeidslivet",
        "Fylkeskommunen sit i rådet på vegner av fagskuleeigarane.", t_shown="Råd/utval/nettverk"),
    Row("M16", "2.4", P, "GRØNNKOMP Vestland – regional pilot for leverandørindustrien", "Vestland fylkeskommune",
        "Fagskulen Vestland, HVL, Norsk Industri Vestland",
        "Ein regional variant av det nasjonale programmet, med tilbod retta mot havvind og maritim industri.",
        t_shown="Prosjekt"),
    Row("M53", "3.1", K, "Fagbrev på jobb for vaksne tilsette", "Vestland fylkeskommune",
        "opplæringskontora, kommunane",
        "120 vaksne tilsette i kommunar og bedrifter tok fagbrev på jobb i 2046.", t_shown="Kurs/utdanning"),
]

# ------------------------------------------------------------------ Innlandet fylkeskommune (survey tool export)
# d_shown / t_shown: the answer options the survey offered.
INNLANDET = [
    Row("M06", "1.3", R, "Innlandet deltar i nasjonalt forum for karriereveiledning", "HK-dir", "Karriere Innlandet",
        "Lederen for Karriere Innlandet er fylkeskommunenes representant i forumet fra 2046.",
        d_shown="Karriereveiledning og karrieresentrene (1.3)", t_shown="Råd, utvalg eller nettverk"),
    Row("M54", "1.3", A, "Karriereveiledningsdag for permitterte i Gjøvik-regionen", "Karriere Innlandet",
        "NAV Innlandet, LO, NHO Innlandet",
        "Åpen dag med veiledning og informasjon om utdanningstilbud for permitterte i industrien.",
        d_shown="Karriereveiledning og karrieresentrene (1.3)", t_shown="Arrangement"),
    Row("M55", "1.2", K, "Desentralisert fagskoleutdanning i Innlandet", "Innlandet fylkeskommune",
        "Fagskolen Innlandet, kommunene",
        "Fagskoletilbud på seks studiesteder, slik at voksne kan studere der de bor.",
        d_shown="Regionalt folkevalgt nivås ansvar og samordning (1.2)", t_shown="Kurs eller utdanning"),
    Row("M56", "2.1", K, "Studiesenter Innlandet – kurs i grunnleggende digital kompetanse", "Innlandet fylkeskommune",
        "kommunene, VOFO Innlandet", "Korte kurs for voksne med svake digitale ferdigheter.",
        d_shown="Digital kompetanse i arbeidsstyrken (2.1)", t_shown="Kurs eller utdanning"),
    Row("M57", "3.1", P, "Opplæringskontor for voksne lærlinger", "Innlandet fylkeskommune",
        "opplæringskontorene, NAV Innlandet",
        "Pilot der voksne lærlinger får oppfølging fra et eget opplæringskontor.",
        d_shown="Fleksibel opplæring for voksne (3.1)", t_shown="Prosjekt"),
    Row("M58", "3.5", K, "Norsk og fag for minoritetsspråklige i samarbeid med NAV", "NAV Innlandet",
        "Innlandet fylkeskommune, voksenopplæringen",
        "Kombinert norskopplæring og fagopplæring for arbeidssøkere; 85 deltakere i 2046.",
        d_shown="NAVs opplæringstilbud for arbeidssøkere (3.5)", t_shown="Kurs eller utdanning"),
]
