"""Reports of the academic side, counties and the voluntary sector, plus one non-report, 2024."""

from __future__ import annotations

from .model import Report, Row

AKADEMIKERNE = Report(
    file="akademikerne_2024_skann.pdf",
    member="Akademikerne",
    layout="plain_table",
    convert="scan",
    meta={
        "title": "AKADEMIKERNE",
        "subtitle": "Rapport til Kompetansepolitisk råd – tiltak i 2024",
        "columns": ["Delmål", "Tiltak", "Samarbeidspartnere"],
    },
    rows=(
        Row("M03", "1.4", "rad", "Akademikerne deltar i RSA ved universitetene", "",
            "UiO, NTNU, UiB"),
        Row("", "2.1", "kurs", "Etterutdanning i kunstig intelligens for leger og jurister", "",
            "Legeforeningen, Juristforbundet"),
        Row("", "2.2", "fou", "Analyse av etterspørselen etter videreutdanning blant akademikere",
            "", "Samfunnsøkonomisk analyse"),
        Row("", "2.6", "info",
            "Informasjon til medlemmer om godkjenning av utenlandske profesjonsutdanninger", "",
            "HK-dir"),
    ),
)

SPEKTER = Report(
    file="Spekter_2024.docx",
    member="Spekter",
    layout="merged_delmal_table",
    meta={
        "grouped": True,
        "title": "Arbeidsgiverforeningen Spekter – tiltak 2024",
        "intro": "Spekters rapport til sekretariatet for Kompetansepolitisk råd.",
        "columns": ["Delmål", "Tiltak", "Beskrivelse", "Partnere"],
    },
    rows=(
        Row("M02", "1.4", "rad",
            "Spekters plasser i SRY og i faglige råd for helse- og oppvekstfag", "",
            "Helseforetakene", "Spekter oppnevner representanter fra helseforetakene."),
        Row("M04", "1.4", "rad", "Spekter i Nasjonalt råd for helse- og sosialfagutdanning (NRHS)",
            "", "UHR", "Rådet er en av UHRs fagstrategiske enheter."),
        Row("", "2.2", "fou", "KOMPASS fase 2 – ny fase fra høsten 2024", "", "Fafo",
            "Spekter går inn som partner i den nye fasen, som ser på helse og transport."),
        Row("", "2.2", "fou",
            "Undersøkelse om hvor mye helseforetakene bruker på intern opplæring", "", "",
            "Resultatene blir lagt fram for Spekters helseutvalg i 2025."),
        Row("M08", "3.1", "kurs", "Fagbrev på jobb for helsefagarbeidere i sykehusene", "",
            "Fylkeskommunene", "Ordningen ble utvidet til alle regionale helseforetak."),
        Row("", "3.1", "kurs", "Flere voksenlærlinger i helseforetakene", "", "",
            "Helseforetakene tok inn 140 voksne lærlinger i 2024."),
    ),
)

UHR = Report(
    file="UHR_rapportering_2024.pdf",
    member="UHR",
    layout="section_row_table",
    convert="pdf",
    meta={
        "grouped": True,
        "title": "Universitets- og høgskolerådet (UHR)",
        "subtitle": "Rapportering til Kompetansepolitisk råd 2024",
        "columns": ["Tiltak", "Ansvarlig", "Partnere", "Kommentar"],
        "section": "Delmål {code}: {text}",
    },
    rows=(
        Row("", "1.3", "kurs", "Videreutdanning i karriereveiledning (30 studiepoeng)",
            "Universitetene og høgskolene", "Fylkeskommunene",
            "Tilbudet gis nå ved fire institusjoner."),
        Row("M03", "1.4", "rad",
            "Råd for samarbeid med arbeidslivet (RSA) ved alle medlemsinstitusjonene",
            "Universitetene og høgskolene", "Partene i arbeidslivet, KS",
            "Alle 21 institusjoner har nå et aktivt RSA."),
        Row("", "1.4", "fou", "Evaluering av RSA-ordningen", "UHR", "NIFU",
            "Sluttrapporten ventes våren 2025."),
        Row("M04", "1.4", "rad",
            "UHRs fagstrategiske enheter, blant annet Nasjonalt råd for lærerutdanning og "
            "Nasjonalt råd for helse- og sosialfagutdanning", "UHR", "Unio, KS, Spekter",
            "Enhetene har arbeidsgiverrepresentanter med fast plass."),
        Row("", "2.4", "kurs",
            "Fleksible videreutdanningstilbud utviklet sammen med regionale næringsklynger",
            "Universitetene og høgskolene", "Næringsklynger", "Over 40 nye emner i 2024."),
        Row("", "2.5", "prosjekt",
            "Prosjekt om felles retningslinjer for realkompetansevurdering i høyere utdanning",
            "UHR", "HK-dir", "Utkast på høring høsten 2024."),
        Row("", "2.6", "info",
            "Nettside om kompletterende utdanning for flyktninger med utdanning fra hjemlandet",
            "UHR", "HK-dir", "Lansert i september."),
    ),
)

VESTFOLD_TELEMARK = Report(
    file="Vestfold og Telemark fk 2024.docx",
    member="Vestfold og Telemark fylkeskommune",
    layout="county_table_nn",
    meta={
        "title": "Vestfold og Telemark fylkeskommune",
        "subtitle": "Rapportering til Kompetansepolitisk råd – tiltak i 2024",
        "intro": "Fylkeskommunen rapporterer her tiltaka sine for 2024. Tabellen følgjer "
        "delmåla i den nasjonale strategien.",
        "columns": ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar"],
    },
    rows=(
        Row("M06", "1.3", "rad", "Fylkeskommunen deltek i Nasjonalt forum for karriererettleiing",
            "Vestfold og Telemark fylkeskommune", "Karrieresentera", label="Råd/utval/nettverk"),
        Row("", "1.3", "kurs", "Etterutdanning for rådgjevarar i vidaregåande skule",
            "Karriere Vestfold og Telemark", "Universitetet i Søraust-Noreg", label="Kurs"),
        Row("", "1.2", "rad", "Regionalt kompetanseforum for Vestfold og Telemark",
            "Vestfold og Telemark fylkeskommune", "NAV, USN, partane i arbeidslivet",
            label="Nettverk"),
        Row("M08", "3.1", "kurs", "Fagbrev på jobb", "Vestfold og Telemark fylkeskommune",
            "Kommunane, Sykehuset Telemark"),
        Row("", "3.1", "kurs", "Modulstrukturert vidaregåande opplæring for vaksne",
            "Vestfold og Telemark fylkeskommune", "NAV", label="Utdanning"),
        Row("", "2.4", "prosjekt", "Skreddarsydde fagskulemodular for prosessindustrien",
            "Fagskulen Vestfold og Telemark", "Industribedrifter i Grenland", label="Prosjekt"),
        Row("", "3.4", "kurs", "Norskopplæring kombinert med fagopplæring for vaksne innvandrarar",
            "Vestfold og Telemark fylkeskommune", "Kommunane"),
    ),
)

FAGSKOLERADET = Report(
    file="fagskoleradet_2024.pdf",
    member="Fagskolerådet",
    layout="titled_bullets_nn",
    convert="pdf",
    meta={
        "grouped": True,
        "title": "Nasjonalt fagskuleråd",
        "subtitle": "Rapport til Kompetansepolitisk råd om tiltak i 2024",
        "heading": "{code} {text}",
        "sign": "Helsing\nsekretariatet for Nasjonalt fagskuleråd",
    },
    rows=(
        Row("M05", "1.4", "rad", "Nasjonalt fagskuleråd",
            desc="Rådet har hatt fire møte og gjeve departementet råd om finansieringssystemet."),
        Row("", "1.4", "arr", "Fagskulekonferansen 2024",
            desc="Konferansen samla 300 deltakarar frå fagskular og arbeidsliv.", label="arrangement"),
        Row("", "2.4", "prosjekt", "Pilot med korte fagskulemodular for tilsette i industrien",
            desc="Tre fagskular prøver ut modular på 10 studiepoeng.", label="prosjekt"),
        Row("", "2.3", "info", "Informasjonskampanje om fagskule som vegen vidare etter fagbrev",
            desc="Kampanjen nådde 40 000 unge fagarbeidarar.", label="informasjon"),
        Row("", "2.2", "fou", "Undersøking om korleis arbeidsgjevarar nyttar fagskuleutdanna",
            desc="Gjennomført saman med NIFU; rapporten kjem i 2025."),
    ),
)

VOFO = Report(
    file="VOFO_2024_rapport.docx",
    member="VOFO",
    layout="numbered_inline",
    meta={
        "title": "Voksenopplæringsforbundet (VOFO)",
        "subtitle": "Tiltak 2024 – rapportert til Kompetansepolitisk råd",
        "intro": "Under følger VOFOs tiltak. Tiltakstype og delmål står i parentes.",
    },
    rows=(
        Row("M09", "3.2", "kurs",
            "Studieforbundenes kurs i grunnleggende ferdigheter finansiert gjennom "
            "Kompetanseprogrammet", label="kurs"),
        Row("M06", "1.3", "rad", "VOFO deltar i Nasjonalt forum for karriereveiledning"),
        Row("", "3.6", "prosjekt", "Prosjektet «Lær i lag» om læring i lag og foreninger"),
        Row("", "3.6", "info", "Nettsiden «Finn et kurs» med oversikt over kurs i frivilligheten",
            label="informasjon"),
        Row("", "3.4", "kurs", "Språkkafeer og norskkurs for innvandrere i studieforbundene"),
        Row("", "1.2", "arr", "Regionale samlinger mellom studieforbund og fylkeskommuner",
            label="arrangement"),
    ),
)

AGDER = Report(
    file="agder_fylkeskommune_2024.pdf",
    member="Agder fylkeskommune",
    layout="county_table_nb",
    convert="pdf",
    meta={
        "header": "Agder fylkeskommune",
        "footer": "Rapportering til Kompetansepolitisk råd 2024",
        "title": "Tiltak i 2024",
        "intro": "Agder fylkeskommunes tiltak til oppfølging av kompetansestrategien.",
        "columns": ["Tiltak", "Hva er gjort i 2024", "Delmål (nr.)", "Type", "Ansvarlig",
                    "Partnere"],
    },
    rows=(
        Row("M03", "1.4", "rad", "Deltakelse i RSA ved Universitetet i Agder", "Agder fylkeskommune",
            "UiA", "Fylkeskommunen har fast plass i rådet.", "Råd/utvalg/nettverk"),
        Row("M06", "1.3", "rad",
            "Representert i Nasjonalt forum for karriereveiledning via fylkesnettverket",
            "Karriere Agder", "Fylkeskommunene", "Deltok på alle forumets møter."),
        Row("", "2.4", "prosjekt", "Regionalt bransjeprogram for helse og omsorg i Agder",
            "Agder fylkeskommune", "Kommunene i Agder, UiA",
            "Bygger på modellen fra de nasjonale bransjeprogrammene; 150 deltakere.", "Prosjekt"),
        Row("", "1.2", "rad", "Kompetanseforum Agder", "Agder fylkeskommune",
            "NAV Agder, NHO Agder, LO Agder", "Forumet vedtok en ny handlingsplan."),
        Row("", "3.1", "kurs", "Kveldsundervisning for voksne i videregående skole",
            "Agder fylkeskommune", "Kommunene", "Tilbudet ble gitt ved fem skoler.", "Utdanning"),
        Row("", "1.3", "arr", "Karrieremesse for voksne arbeidssøkere", "Karriere Agder", "NAV Agder",
            "Om lag 500 besøkende i Kristiansand.", "Arrangement"),
    ),
)

MINUTES = Report(
    file="referat_kompetanseforum_trondelag_mars_2024.docx",
    member="",
    layout="minutes",
    meta={"title": "Referat – møte i Regionalt kompetanseforum Trøndelag"},
)

REPORTS = (AKADEMIKERNE, SPEKTER, UHR, VESTFOLD_TELEMARK, FAGSKOLERADET, VOFO, AGDER, MINUTES)
