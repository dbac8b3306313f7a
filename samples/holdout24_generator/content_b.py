"""Round 23 (2044): YS, Virke, Akademikerne, Spekter, VOFO, UHR, two county councils, and a meeting agenda."""
from __future__ import annotations

from .content_a import A, F, I, K, P, R
from .model import Report, Row

YS = Report(
    "YS_innrapportering_2044_skannet.pdf", "YS",
    "scan: a printed table photographed slightly tilted, with specks; image-only PDF",
    [
        Row("M03", "1.4", R, "YS deltar i SRY og faglige råd", "YS", "Parat, Delta"),
        Row("M27", "2.1", K, "E-læringskurs i digital kompetanse for tillitsvalgte", "YS", "YS-forbundene"),
        Row("M28", "2.2", F, "YS Arbeidslivsbarometer – kapittel om kompetanseutvikling", "YS", "AFI"),
        Row("M29", "3.3", R, "Oppfølging av kompetansedelen av IA-avtalen 2044–2048", "YS", "Partene, ASD"),
    ],
)

VIRKE = Report(
    "Virke_rapporteringsskjema_2044.odt", "Virke",
    "reporting form (ODT): one two-column label/answer box per tiltak; delmål as code plus keyword",
    [
        Row("M30", "2.1", K, "Bransjeprogram for varehandel og logistikk", "Virke", "Handel og Kontor, HK-dir, fagskoler",
            "Programmet tilbyr korte, modulbaserte kurs i digital handel, lager og logistikk. 1 900 deltakere i 2044.",
            shown_delmal="2.1 Digital kompetanse"),
        Row("M10", "3.4", P, "NoA-prosjektet i handels- og servicebedrifter", "Virke", "IMDi, HK-dir",
            "Virke har rekruttert 40 medlemsbedrifter til piloten Norsk på arbeidsplassen.",
            shown_delmal="3.4 Norskopplæring og kvalifisering av innvandrere"),
        Row("M31", "2.5", P, "Kompetansebevis for butikkansatte", "Virke", "Handel og Kontor",
            "Et digitalt bevis som dokumenterer kompetanse de ansatte har bygd opp i jobben.",
            shown_delmal="2.5 Dokumentasjon av kompetanse fra arbeidslivet"),
        Row("M02", "1.4", R, "Virke har representanter i RSA ved BI og Universitetet i Sørøst-Norge", "Virke", "BI, USN",
            "Representantene kommer fra medlemsbedrifter i handel og tjenesteyting.",
            shown_delmal="1.4 Samarbeid utdanning–arbeidsliv"),
        Row("M32", "2.2", F, "Virkes HR-barometer 2044: kompetanse og rekruttering", "Virke", "Opinion",
            "Spørreundersøkelse blant 1 200 virksomheter om kompetansebehov og bruk av etter- og videreutdanning.",
            shown_delmal="2.2 Kunnskapsgrunnlaget"),
    ],
)

# Akademikerne: prose under area headings; type in brackets after each sub-heading, delmål as words in the text.
AKADEMIKERNE = Report(
    "Akademikerne_rapport_2044.doc", "Akademikerne",
    "prose report (Word 97 .doc): area headings, one sub-heading per tiltak with the type in brackets, delmål paraphrased",
    [
        Row("M33", "1.4", K, "Mentorordning for studenter i siste studieår", "Akademikerne",
            "Samfunnsviterne, Tekna, universitetene",
            "Over 300 studenter fikk en mentor i arbeidslivet fra sitt fagfelt.",
            shown_delmal="samarbeidet mellom utdanningsinstitusjonene og arbeidslivet, slik at utdanningene blir relevante",
            shown_type="kurs/utdanning"),
        Row("M34", "2.2", F, "Forskningsrapport: Hvordan bruker akademikere etter- og videreutdanning?", "Akademikerne",
            "Samfunnsøkonomisk analyse",
            "Rapporten viser at høyt utdannede oftest finansierer videreutdanning selv.",
            shown_delmal="kunnskapsgrunnlaget om læring i arbeidslivet og verdien av å investere i kompetanse",
            shown_type="FoU"),
        Row("M35", "2.2", F, "Andre fase av «Læring i jobben», med vekt på høyt utdannede", "Akademikerne", "Fafo",
            "Vi har bestilt en oppfølging av kartleggingen LO og NHO fikk gjort i 2044, med et eget utvalg av arbeidstakere "
            "med høyere utdanning.",
            shown_delmal="kunnskapsgrunnlaget om læring i arbeidslivet", shown_type="FoU"),
        Row("M36", "2.1", K, "Kurs i kunstig intelligens for medlemmer", "Tekna", "Universiteter og høyskoler",
            "Tekna arrangerte 14 kurs om bruk av KI i ingeniørarbeid og forskning.",
            shown_delmal="den digitale kompetansen i arbeidsstyrken", shown_type="kurs"),
        Row("M37", "2.6", I, "Innspill om godkjenning av utenlandsk utdanning for leger og psykologer",
            "Legeforeningen og Psykologforeningen", "HK-dir, Helsedirektoratet",
            "Foreningene har gitt innspill til en raskere og mer forutsigbar godkjenningsordning.",
            shown_delmal="godkjenning og vurdering av utenlandsk utdanning", shown_type="informasjon"),
    ],
)

# Spekter: only the område, no type column.
SPEKTER = Report(
    "Spekter_tiltak_2044.rtf", "Spekter",
    "RTF table with only the hovedinnsatsområde (no delmål) and no type column",
    [
        Row("M02", "1.4", R, "Spekter oppnevner representanter til RSA ved de helsefaglige utdanningene", "Spekter", "Helseforetakene",
            "Representantene kommer fra helseforetakene og bidrar til at utdanningene svarer på tjenestenes behov.",
            shown_delmal="1", shown_type=""),
        Row("M08", "2.2", A, "Frokostmøte i Arendal: «Læring hele livet – hvem betaler?»", "Spekter", "Unio",
            "Felles arrangement med Unio under Arendalsuka 2044.", shown_delmal="2", shown_type=""),
        Row("M12", "2.3", K, "Lærlinger i helseforetakene – oppfølging av Samfunnskontrakten for flere læreplasser", "Spekter",
            "Helseforetakene, LO Stat, YS Spekter",
            "Helseforetakene tok inn 620 lærlinger i helsearbeiderfaget i 2044.", shown_delmal="2", shown_type=""),
        Row("M38", "2.2", F, "Kompetanseundersøkelse blant Spekters medlemsvirksomheter", "Spekter", "",
            "Undersøkelsen kartlegger hvilke kompetansebehov virksomhetene venter de neste fem årene.",
            shown_delmal="2", shown_type=""),
        Row("M39", "2.3", A, "Fagskolekonferansen 2044 for spesialisthelsetjenesten", "Spekter", "Fagforbundet, Delta",
            "Konferansen synliggjorde karriereveier for fagarbeidere gjennom fagskoleutdanning.",
            shown_delmal="2", shown_type=""),
        Row("M40", "3.3", K, "Arbeidstrening med opplæring i sykehusenes servicefunksjoner", "Spekter", "NAV, helseforetakene",
            "Personer utenfor arbeidslivet får arbeidstrening og opplæring i renhold, kjøkken og logistikk.",
            shown_delmal="3", shown_type=""),
    ],
)

# VOFO: an e-mail printed to PDF; each dash line holds tiltak (delmål, type) – ansvarlig; med: partners. Description.
VOFO = Report(
    "VOFO_epost_rapportering_2044.pdf", "VOFO",
    "e-mail printed to PDF: header block, a dash list with delmål and type in brackets, a quoted reminder below",
    [
        Row("M11", "3.2", K, "Kompetansepluss frivillighet – kurs i grunnleggende ferdigheter gjennom studieforbundene",
            "Studieforbundene", "HK-dir", "Om lag 4 000 deltakere i 2044, de fleste på kurs i digitale ferdigheter.",
            shown_type="kurs"),
        Row("M41", "3.2", F, "Evaluering av Kompetansepluss frivillighet", "VOFO", "NIFU",
            "Evalueringen ser på om kursene når voksne med svake grunnleggende ferdigheter.", shown_type="FoU"),
        Row("M10", "3.4", P, "Vi deltar i NoA med norskkurs i studieforbundenes regi", "VOFO", "Studieforbundene, IMDi",
            "Kursene holdes på arbeidsplassen og er åpne for alle ansatte.", shown_type="prosjekt"),
        Row("M42", "1.2", R, "Partnerskapsavtaler med fylkeskommunene om voksnes læring", "VOFO", "Fylkeskommunene",
            "Nye avtaler med Agder, Innlandet og Nordland i 2044.", shown_type="nettverk"),
        Row("M43", "3.6", I, "Læringskampanjen «Lær noe nytt i høst»", "VOFO", "Studieforbundene",
            "Kampanje i sosiale medier og lokalaviser for å rekruttere nye deltakere til kurs.", shown_type="informasjon"),
    ],
)

# UHR: the table turned on its side, one column per tiltak.
UHR = Report(
    "UHR_innspill_2044.docx", "UHR",
    "Word table turned on its side: labels down the first column, one column per tiltak",
    [
        Row("M04", "1.4", R, "Arbeidet i UHR-Helse og velferd, UHR-Lærerutdanning og UHR-MNT", "UHR",
            "Institusjonene, partene i arbeidslivet som observatører",
            "De fagstrategiske enhetene samordner utdanningene nasjonalt og har observatører fra arbeidslivet."),
        Row("M02", "1.4", R, "Institusjonenes råd for samarbeid med arbeidslivet (RSA)", "Universitetene og høyskolene",
            "KS, NHO, Spekter, Virke, Unio",
            "Alle UHRs medlemsinstitusjoner har et RSA; UHR samler rådslederne én gang i året."),
        Row("M44", "1.3", P, "Felles kvalitetskriterier for karriereveiledning av studenter", "UHR", "HK-dir, studentsamskipnadene",
            "Kriteriene ble vedtatt i UHRs styre i oktober 2044."),
        Row("M45", "2.4", I, "Felles katalog over fleksible videreutdanninger for arbeidslivet", "UHR", "HK-dir",
            "Katalogen samler over 600 tilbud og åpnet i august 2044."),
        Row("M46", "2.6", K, "Kvalifiseringsløp for flyktninger med høyere utdanning", "UHR", "HK-dir, IMDi",
            "Kompletterende utdanning ved ti institusjoner for flyktninger som har utdanning fra hjemlandet."),
    ],
)

# Vestland: Nynorsk, delmål only as (Nynorsk) words, Word exported to PDF.
VESTLAND = Report(
    "Vestland_fylkeskommune_tiltak_2044.pdf", "Vestland fylkeskommune",
    "Nynorsk Word table exported to PDF by LibreOffice; delmål as Nynorsk words, type as Nynorsk words",
    [
        Row("M47", "1.2", R, "Kompetanseforum Vestland – regionalt partnarskap for kompetanse", "Vestland fylkeskommune",
            "NHO Vestland, LO Vestland, KS Vest, NAV Vestland, HVL, UiB",
            "Forumet møttest fire gonger i 2044 og la fram ein ny regional kompetansestrategi.",
            shown_delmal="Regional samordning av kompetansepolitikken", shown_type="Nettverk"),
        Row("M05", "2.3", R, "Fylkeskommunane er representerte i Nasjonalt fagskoleråd ved fagskuledirektøren i Vestland",
            "Vestland fylkeskommune", "Dei andre fylkeskommunane",
            "Vestland har i 2044 vore fylkeskommunane sin representant i rådet.",
            shown_delmal="Karrierevegar i yrkesfaga", shown_type="Råd"),
        Row("M48", "2.4", K, "Nye fagskuletilbod i batteri- og hydrogenteknologi", "Fagskulen Vestland", "Industribedrifter i regionen",
            "To nye deltidstilbod starta hausten 2044, utvikla saman med bedriftene.",
            shown_delmal="Kople kompetansebehova i verksemdene til tilbydarane", shown_type="Utdanning"),
        Row("M49", "1.3", P, "Karriererettleiing på arbeidsplassen for vaksne i omstilling", "Karriere Vestland", "NAV Vestland, bedrifter",
            "Rettleiarar frå karrieresenteret møter tilsette i verksemder som står framfor nedbemanning eller omstilling.",
            shown_delmal="Karriererettleiing", shown_type="Prosjekt"),
        Row("M50", "3.1", K, "Fagbrev på jobb for vaksne tilsette i kommunane", "Vestland fylkeskommune", "Kommunane, KS",
            "Over 180 tilsette i kommunane tok fagbrev gjennom ordninga i 2044.",
            shown_delmal="Fleksibel opplæring for vaksne", shown_type="Opplæring"),
        Row("M51", "3.4", K, "Kombinasjonsklassar for unge vaksne innvandrarar", "Vestland fylkeskommune", "Kommunane",
            "Grunnskule- og vidaregåande opplæring i same løp for ungdom som kom til Noreg sein i skuleløpet.",
            shown_delmal="Kvalifisering av innvandrarar", shown_type="Opplæring"),
    ],
)

# Trøndelag: merged delmål cells (area words), the type in brackets after the tiltak, ansvar and partners in one cell.
TRONDELAG = Report(
    "Trøndelag_fylkeskommune_KPR_2044.docx", "Trøndelag fylkeskommune",
    "Word table with the area cell merged down over its rows, type in brackets after the tiltak, responsible and "
    "partners in one cell",
    [
        Row("M52", "1.2", P, "Regional kompetanseplan for Trøndelag 2044–2048", "Trøndelag fylkeskommune",
            "Partene i arbeidslivet, NTNU, Nord universitet, NAV",
            "Planen ble vedtatt av fylkestinget i juni 2044 og følges opp i kompetanseforumet.",
            shown_delmal="Gode valg: regionalt ansvar", shown_type="prosjekt"),
        Row("M06", "1.3", R, "Trøndelag fylkeskommune sitter i Nasjonalt forum for karriereveiledning", "Trøndelag fylkeskommune",
            "HK-dir", "Fylkeskommunen representerer karrieresentrene i forumet.",
            shown_delmal="Gode valg: karriereveiledning", shown_type="råd/utvalg"),
        Row("M53", "2.4", P, "Kompetanseløftet for grønn industri – Trøndelagspilot", "Trøndelag fylkeskommune",
            "NTNU, Fagskolen i Trøndelag, NHO Trøndelag",
            "Regional utprøving av KGI-modellen for små industribedrifter i Trøndelag.",
            shown_delmal="Læring i arbeidslivet", shown_type="prosjekt"),
        Row("M54", "2.1", K, "Digitalt kompetanseløft for kommuneansatte i Trøndelag", "Trøndelag fylkeskommune",
            "KS Trøndelag, kommunene",
            "Nettkurs og samlinger om digitale tjenester for ansatte i 38 kommuner.",
            shown_delmal="Læring i arbeidslivet", shown_type="kurs"),
        Row("M55", "3.1", K, "Modulstrukturert fagopplæring for voksne", "Trøndelag fylkeskommune", "NAV Trøndelag, kommunene",
            "Voksne tar fagbrev modul for modul ved siden av jobb.",
            shown_delmal="Voksne med svak tilknytning", shown_type="kurs/utdanning"),
        Row("M56", "3.5", K, "Samarbeidsavtale med NAV Trøndelag om opplæring av arbeidssøkere", "Trøndelag fylkeskommune",
            "NAV Trøndelag",
            "Avtalen gir arbeidssøkere plass i ordinære klasser i videregående opplæring.",
            shown_delmal="Voksne med svak tilknytning", shown_type="kurs/utdanning"),
    ],
)

AGENDA = Report(
    "Saksliste_KPR_møte_mars_2045.docx", "",
    "not a member report: meeting notice with a numbered agenda naming councils and programmes; no truth rows",
    [], truth=False,
)

AGENDA_ITEMS = [
    ("1", "Godkjenning av innkalling og saksliste", "Vedtak: Innkalling og saksliste godkjennes."),
    ("2", "Orientering fra Kompetansebehovsutvalget (KBU)",
     "Leder av utvalget orienterer om arbeidet med neste hovedrapport. Ingen vedtak."),
    ("3", "Oppsummering av medlemmenes rapportering for 2044",
     "Sekretariatet legger fram utkast til oppsummering. Medlemmene bes om å melde feil innen 1. april."),
    ("4", "Samfunnskontrakten for flere læreplasser – status før siste år",
     "Kunnskapsdepartementet orienterer. Partene inviteres til å si noe om egne mål for 2045."),
    ("5", "Nasjonalt forum for karriereveiledning – nytt mandat",
     "Diskusjonssak. Forslag til mandat er vedlagt."),
    ("6", "Eventuelt", ""),
]

TYPES_USED = (A, F, I, K, P, R)
