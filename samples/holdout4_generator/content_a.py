"""Reports of the government and the national social partners (Bokmål), 2024."""

from __future__ import annotations

from .model import Report, Row

REGJERINGEN = Report(
    file="regjeringen_rapport_2024.pdf",
    member="Regjeringen",
    layout="landscape_table",
    convert="pdf",
    meta={
        "header": "Kunnskapsdepartementet – på vegne av regjeringen",
        "footer": "Regjeringens rapportering til Kompetansepolitisk råd, tiltak 2024",
        "title": "Regjeringens tiltak i 2024 for å følge opp kompetansestrategien",
        "intro": "Tabellen viser departementenes tiltak i rapporteringsåret 2024. "
        "Status er per 31. desember.",
        "columns": ["Mål nr.", "Tiltak", "Status 2024", "Kategori", "Ansvar", "Samarbeid med"],
    },
    rows=(
        Row("M01", "1.1", "rad", "Kompetansebehovsutvalget (KBU)", "Kunnskapsdepartementet",
            "Partene i arbeidslivet, forskere, HK-dir",
            "Utvalget la i 2024 fram en temarapport om behovet for helsefagarbeidere.",
            "Råd/utvalg/nettverk"),
        Row("", "1.2", "prosjekt", "Tilskudd til regionale kompetansepartnerskap i fylkene",
            "Kunnskapsdepartementet", "Fylkeskommunene, HK-dir",
            "Ordningen ble videreført med tolv partnerskap.", "Prosjekt"),
        Row("M06", "1.3", "rad", "Nasjonalt forum for karriereveiledning", "HK-dir",
            "KS, partene, VOFO, fylkeskommunene",
            "Forumet møttes tre ganger og drøftet kvalitetsrammeverket.", "Råd/utvalg/nettverk"),
        Row("M07", "2.4", "kurs", "Bransjeprogrammene for kompetanseutvikling",
            "ASD og KD", "LO, NHO, Virke, Spekter, KS",
            "Nye program for reiseliv og renhold kom i gang.", "Kurs/utdanning"),
        Row("", "2.5", "fou", "Kartlegging av hvordan fylkene vurderer realkompetanse hos voksne",
            "HK-dir", "Fylkeskommunene", "Rapporten ble levert i oktober.", "FoU"),
        Row("", "2.6", "prosjekt",
            "Ny digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "HK-dir", "",
            "Løsningen ble tatt i bruk i mai.", "Prosjekt"),
        Row("M09", "3.2", "kurs", "Kompetanseprogrammet (tidligere Kompetansepluss)", "HK-dir",
            "VOFO, studieforbundene, virksomheter",
            "Om lag 9 000 deltakere fikk opplæring i grunnleggende ferdigheter.",
            "Kurs/utdanning"),
        Row("", "3.4", "prosjekt", "Forsøk med bransjerettet kvalifisering i introduksjonsprogrammet",
            "Arbeids- og inkluderingsdepartementet", "IMDi, kommunene",
            "Forsøket omfatter 14 kommuner.", "Prosjekt"),
        Row("", "3.5", "kurs", "Utvidet adgang til fagopplæring for arbeidssøkere i NAV",
            "Arbeids- og inkluderingsdepartementet", "Arbeids- og velferdsetaten",
            "Flere kan nå ta fagbrev mens de mottar dagpenger.", "Kurs/utdanning"),
    ),
)

LO = Report(
    file="LO_tiltak_2024.docx",
    member="LO",
    layout="bullets_under_headings",
    meta={
        "grouped": True,
        "title": "Landsorganisasjonen i Norge (LO)",
        "subtitle": "Rapportering til Kompetansepolitisk råd – tiltak gjennomført i 2024",
        "heading": "{code} {text}",
        "bracket": True,
        "sign": "Med vennlig hilsen\nLO, avdeling for samfunnspolitikk",
    },
    rows=(
        Row("M01", "1.1", "rad", "LO har to faste plasser i Kompetansebehovsutvalget",
            label="råd/utvalg"),
        Row("M02", "1.4", "rad", "Deltakelse i SRY og i de faglige rådene for alle utdanningsprogram"),
        Row("", "1.4", "kurs", "Kursrekke for LOs representanter i faglige råd og SRY",
            label="kurs"),
        Row("M07", "2.4", "kurs",
            "Bransjeprogram for kompetanseutvikling – LO sitter i styringsgruppene for industri, "
            "bygg og helse"),
        Row("", "2.1", "kurs", "Digitale grunnkurs for tillitsvalgte i samarbeid med AOF",
            label="opplæring"),
        Row("M11", "2.3", "info", "«Fagfolk trengs» – felles kampanje med NHO for yrkesfagene",
            label="informasjon"),
        Row("", "3.3", "fou",
            "Fafo-rapport på oppdrag fra LO om bruk av opplæring i arbeidsmarkedstiltak",
            label="utredning"),
    ),
)

NHO = Report(
    file="NHO rapportering kompetansepolitisk råd 2024.docx",
    member="NHO",
    layout="prose",
    meta={
        "grouped": True,
        "title": "NHOs bidrag til kompetansestrategien 2024",
        "intro": "Næringslivets Hovedorganisasjon rapporterer her om sine tiltak i 2024, "
        "ordnet etter delmålene i strategien.",
        "heading": "{text} (delmål {code})",
        "sign": "Oslo, 20. februar 2025\nNHO Kompetanse og samfunn",
    },
    rows=(
        Row("M01", "1.1", "rad", "NHO er representert i Kompetansebehovsutvalget",
            desc="Vår representant har bidratt til utvalgets analyse av kompetansebehov "
            "i det grønne skiftet."),
        Row("", "1.1", "arr", "Frokostmøte om KBUs nye temarapport",
            desc="Over 120 deltakere fra medlemsbedriftene fulgte møtet i Oslo og digitalt."),
        Row("M02", "1.4", "rad", "NHO leder Samarbeidsrådet for yrkesopplæring i 2024",
            desc="Ledervervet går på omgang mellom partene, og NHO har også medlemmer "
            "i de faglige rådene."),
        Row("M07", "2.4", "kurs", "Videreføring av bransjeprogrammene",
            desc="Sammen med LO og staten har vi holdt programmene i gang, nå for elleve bransjer."),
        Row("M11", "2.3", "info", "Kampanjen «Fagfolk trengs»",
            desc="Filmer og annonser i sosiale medier skal få flere unge til å velge yrkesfag."),
        Row("", "2.2", "fou", "Undersøkelse om hvor mye bedriftene investerer i opplæring av ansatte",
            desc="Svar fra 5 800 bedrifter viser at fire av ti har økt budsjettet."),
        Row("", "3.4", "prosjekt", "Prosjektet «Inn i lære» for nyankomne flyktninger",
            desc="Lærebedrifter tok inn 60 flyktninger med forberedende norskopplæring."),
    ),
)

UNIO = Report(
    file="Unio-2024.pdf",
    member="Unio",
    layout="numbered_under_headings",
    convert="pdf",
    meta={
        "grouped": True,
        "title": "Unio – hovedorganisasjonen for universitetsutdannede",
        "subtitle": "Innrapportering av tiltak for 2024 til Kompetansepolitisk råd",
        "heading": "{text}",
    },
    rows=(
        Row("", "1.1", "info",
            "Innspill fra Unio til Kompetansebehovsutvalgets temarapport om mangel på lærere "
            "og sykepleiere"),
        Row("M02", "1.4", "rad", "Unio oppnevner medlemmer til Samarbeidsrådet for yrkesopplæring"),
        Row("M04", "1.4", "rad", "Unio er representert i Nasjonalt råd for lærerutdanning (NRLU)"),
        Row("", "2.1", "kurs", "Nettkurs i kunstig intelligens for undervisningspersonale"),
        Row("", "2.2", "fou",
            "Medlemsundersøkelse om tid og rom for faglig oppdatering i arbeidstiden"),
        Row("", "2.6", "info",
            "Veiledning til sykepleiere utdannet i utlandet om veien til autorisasjon"),
    ),
)

KS = Report(
    file="KS_kompetansepolitisk_rad_2024.xlsx",
    member="KS",
    layout="xlsx",
    meta={
        "title": "KS – rapportering til Kompetansepolitisk råd for 2024",
        "columns": ["Nr", "Delmål", "Tiltak", "Beskrivelse", "Tiltakstype", "Ansvarlig",
                    "Samarbeidspartnere"],
    },
    rows=(
        Row("M01", "1.1", "rad", "KS' sete i Kompetansebehovsutvalget", "KS", "HK-dir",
            "KS deltar med én representant fra kommunesektoren.", "Nettverk"),
        Row("M02", "1.4", "rad", "Representasjon i SRY", "KS", "Fylkeskommunene",
            "KS representerer fylkeskommunene som skoleeiere."),
        Row("", "1.4", "info", "Veileder om kommunenes deltakelse i RSA", "KS", "UHR",
            "Veilederen hjelper kommuner som vil inn i rådene ved høgskolene.", "Informasjon"),
        Row("M08", "3.1", "kurs", "Fagbrev på jobb i kommunal sektor", "KS",
            "Fylkeskommunene, Fagforbundet",
            "Ansatte i helse og oppvekst tar fagbrev gjennom arbeidet.", "Opplæring"),
        Row("M12", "3.4", "prosjekt", "Norsk på jobb", "KS", "Virke, HK-dir",
            "Arbeidsplassbasert norskopplæring for ansatte i barnehager og sykehjem.", "Prosjekt"),
        Row("", "2.1", "kurs", "Digitaliseringsløftet for kommuneansatte", "KS", "Digdir",
            "Nettmoduler om informasjonssikkerhet og kunstig intelligens."),
        Row("", "1.2", "arr", "Samling for kommunale og fylkeskommunale kompetanseaktører", "KS",
            "Fylkeskommunene", "To samlinger om regionale kompetanseplaner.", "Konferanse"),
        Row("", "2.2", "fou", "Forskning på effekten av videreutdanning for ansatte i kommunene",
            "KS", "NIFU", "Rapport fra NIFU i november.", "Utredning"),
    ),
)

YS = Report(
    file="ys_rapport_2024.odt",
    member="YS",
    layout="blocks",
    convert="odt",
    meta={
        "title": "Yrkesorganisasjonenes Sentralforbund (YS)",
        "subtitle": "Tiltak 2024 – rapport til Kompetansepolitisk råd",
    },
    rows=(
        Row("M01", "1.1", "rad", "Medlemskap i Kompetansebehovsutvalget", "YS", "",
            "YS-representanten har fulgt utvalgets arbeid med regionale analyser.",
            "Råd/utvalg/nettverk"),
        Row("M05", "1.4", "rad", "Plass i Nasjonalt fagskoleråd", "YS", "Fagskolene",
            "Rådet ga i 2024 råd om finansieringen av fagskolene.", "Råd/utvalg/nettverk"),
        Row("M10", "2.2", "fou", "Forskningsprosjektet KOMPASS", "YS", "Virke, Fafo",
            "Prosjektet undersøker hvordan ansatte i handel og service lærer på jobben.", "FoU"),
        Row("", "2.1", "kurs", "Kurs i digital sikkerhet for tillitsvalgte", "YS",
            "Forbundene i YS", "Tre kurs med til sammen 90 deltakere.", "Kurs"),
        Row("", "2.3", "arr", "Yrkesfagdagen for YS-forbundene", "YS", "Parat, Delta",
            "En dag om karriereveier for fagarbeidere med 70 deltakere.", "Arrangement"),
    ),
)

VIRKE = Report(
    file="Virke 2024 tiltak.rtf",
    member="Virke",
    layout="headerless_table",
    convert="rtf",
    meta={
        "title": "Hovedorganisasjonen Virke",
        "intro": "Virkes tiltak i 2024 til oppfølging av Nasjonal kompetansepolitisk strategi. "
        "Kolonnene viser delmål, tiltak, tiltakstype og hvem vi samarbeider med.",
    },
    rows=(
        Row("M03", "1.4", "rad",
            "Virke er med i rådene for samarbeid med arbeidslivet ved fem læresteder", "",
            "Universiteter og høgskoler"),
        Row("M05", "1.4", "rad", "Virke oppnevner ett medlem til Nasjonalt fagskoleråd",
            label="Råd"),
        Row("M10", "2.2", "fou", "KOMPASS – kunnskap om læring på arbeidsplassen", "", "YS, Fafo",
            label="FoU"),
        Row("M12", "3.4", "prosjekt", "Norsk på jobb – arbeidsplassbasert språkopplæring i handelen",
            "", "KS, HK-dir", label="Prosjekt"),
        Row("", "2.4", "rad", "Kompetansenettverk for små virksomheter i varehandelen", "",
            "Handelshøyskolen BI", label="Nettverk"),
    ),
)

REPORTS = (REGJERINGEN, LO, NHO, UNIO, KS, YS, VIRKE)
