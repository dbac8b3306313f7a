"""Reports of Spekter, UHR, VOFO, the county councils (two in Nynorsk) and one non-report."""

from __future__ import annotations

from .docx_prose import build_hoeringssvar, build_numbered
from .docx_tables import build_area_table
from .odt_reports import build_footnoted, build_scan_paper, build_vofo_table
from .rows import ARR, FOU, INFO, KURS, PROSJEKT, RAD, Report, Row
from .sheets import build_area_sheets, build_titled_sheet

SPEKTER = Report(
    "spekter_tiltak_2025.xlsx", "Spekter", (
        Row("Spekters representanter i SRY og de faglige rådene", "1.4", RAD, "Spekter", "",
            "Spekter har medlemmer i SRY og i faglig råd for helse- og oppvekstfag.", "SRY",
            {"delmal": "Tettere samarbeid mellom skole og arbeidsliv om yrkesopplæringen"}),
        Row("Dialogmøte med Spekters medlemmer i de faglige rådene", "1.4", ARR, "Spekter", "",
            "Årlig møte der representantene utveksler erfaringer og får informasjon fra medlemsvirksomhetene.", "",
            {"delmal": "Tettere samarbeid mellom skole og arbeidsliv om yrkesopplæringen"}),
        Row("Deltakelse i UHRs fagstrategiske enheter (helse og velferd)", "1.4", RAD, "Spekter", "",
            "Observatør i enheten for helse- og sosialfag; bidrar til relevans i utdanningene.", "FSE",
            {"delmal": "Relevante utdanninger gjennom samarbeid med arbeidsgiverne"}),
        Row("E-læringsprogram i digital kompetanse for ansatte i helseforetakene", "2.1", KURS, "Spekter",
            "", "Felles kursrekke for alle helseforetak, utviklet med de regionale helseforetakene.", "",
            {"delmal": "Digital kompetanse i hele arbeidsstyrken"}),
        Row("Analyse av kompetansebehov i spesialisthelsetjenesten", "2.2", FOU, "Spekter", "",
            "Fremskrivinger av behovet for spesialsykepleiere og helsefagarbeidere fram mot 2035.", "",
            {"delmal": "Mer kunnskap om hva læring i arbeidslivet betyr"}),
    ), build_titled_sheet, "Excel, one sheet with title rows above the header; delmål only as free words; no types",
)

UHR = Report(
    "uhr_rapport_2025.pdf", "UHR", (
        Row("Fagstrategiske enheter", "1.4", RAD, "UHR", "",
            "UHRs fagstrategiske enheter samler institusjonene og arbeidslivets observatører om utdanningenes innhold og relevans.",
            "FSE", {"delmal": "1.4", "footnote": "Partene har observatørplass i de fleste enhetene."}),
        Row("Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "UHR", "",
            "Alle medlemsinstitusjonene har RSA; UHR driver et nettverk for rådenes sekretariater.",
            "RSA", {"delmal": "1.4"}),
        Row("Nasjonalt nettverk for fleksibel etter- og videreutdanning", "2.4", RAD, "UHR", "",
            "Nettverket deler erfaringer med korte tilbud laget sammen med bransjer og klynger.", "",
            {"delmal": "2.4", "footnote": "Nettverket ble etablert i 2023."}),
        Row("Veileder for vurdering av realkompetanse ved opptak", "2.5", INFO, "UHR", "",
            "Ny felles veileder for institusjonenes opptakskontorer, publisert i mars 2025.", "",
            {"delmal": "2.5"}),
        Row("Kartlegging av institusjonenes tilbud om kompletterende utdanning", "2.6", FOU, "UHR", "",
            "Kartleggingen viser store forskjeller mellom fagområdene.", "",
            {"delmal": "2.6"}),
    ), build_footnoted, "PDF from LibreOffice with numbered sections and footnotes (also inside description cells); no types",
    via=(".fodt", ".pdf"),
)

VOFO = Report(
    "vofo_2025.odt", "VOFO", (
        Row("Kompetansepluss frivillighet i studieforbundene", "3.2", KURS, "VOFO", "Studieforbundene, HK-dir",
            "Studieforbundene gjennomførte kurs i grunnleggende ferdigheter med midler fra ordningen.", "KPF",
            {"type": "Kurs"}),
        Row("VOFO i Nasjonalt forum for karriereveiledning", "1.3", RAD, "VOFO", "HK-dir",
            "VOFO løfter fram frivillig sektor som læringsarena i forumet.", "FORUM", {"type": "Nettverk"}),
        Row("Læringsfestivalen 2025", "3.6", ARR, "VOFO", "Studieforbundene, fylkeskommunene",
            "Landsomfattende markering med åpne kurs i over 60 kommuner.", "", {"type": "Arrangement"}),
        Row("Deltakerundersøkelse i studieforbundene", "3.6", FOU, "VOFO", "Studieforbundene",
            "Undersøkelse om hvorfor voksne velger kurs i frivillig sektor.", "", {"type": "Forskning"}),
        Row("Kampanjen «Lær mer i frivilligheten»", "3.6", INFO, "VOFO", "Frivillighet Norge",
            "Informasjon om kurstilbud rettet mot voksne med lite formell utdanning.", "", {"type": "Informasjon"}),
    ), build_vofo_table, "OpenDocument text (.odt) with a ruled table: nr, tiltak, description, delmål, type, partners",
    via=(".fodt", ".odt"),
)

FINNMARK = Report(
    "finnmark_fylkeskommune_2025_skannet.pdf", "Finnmark fylkeskommune", (
        Row("Nettverk for lærebedrifter i nord (NLN)", "2.3", RAD, "Finnmark fylkeskommune", shared="NLN",
            extra={"type": "Nettverk"}),
        Row("Regionalt forum for karriereveiledning i Finnmark", "1.3", RAD, "Karriere Finnmark",
            extra={"type": "Råd/nettverk"}),
        Row("Samisk språk og kultur i karriereveiledningen", "1.3", KURS, "Karriere Finnmark",
            extra={"type": "Kurs"}),
        Row("Desentralisert fagskoleutdanning i Hammerfest og Kirkenes", "1.4", KURS, "Fagskolen i Finnmark",
            extra={"type": "Utdanning"}),
    ), build_scan_paper, "Scanned page (image-only PDF, tilted and speckled) with a ruled table",
    via=(".fodt", ".pdf"), scanned=True,
)

NY1 = "Gode val for den einskilde og for samfunnet"
NY2 = "Læring i arbeidslivet"
NY3 = "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"

MORE_OG_ROMSDAL = Report(
    "more_og_romsdal_fk_2025.docx", "Møre og Romsdal fylkeskommune", (
        Row("Kompetansealliansen Møre og Romsdal – ny handlingsplan", "1.2", RAD, "Møre og Romsdal fylkeskommune", "",
            "Alliansen vedtok handlingsplan for 2025–2028 med næringsliv, høgskular og NAV.", "",
            {"area": NY1, "type": "Råd/nettverk", "delmal": "Regionalt samarbeid om kompetanse"}),
        Row("Deltaking i Nasjonalt forum for karriererettleiing", "1.3", RAD, "Møre og Romsdal fylkeskommune", "",
            "Karrieresenteret er med i forumet og deler erfaringar frå fylket.", "FORUM",
            {"area": NY1, "type": "Nettverk", "delmal": "Karriererettleiing"}),
        Row("Karriererettleiing for tilsette i omstillingsbedrifter", "1.3", PROSJEKT, "Møre og Romsdal fylkeskommune", "",
            "Oppsøkjande rettleiing i verftsindustrien på Sunnmøre.", "",
            {"area": NY1, "type": "Prosjekt", "delmal": "Karriererettleiing"}),
        Row("Fagbrev på jobb", "2.5", KURS, "Møre og Romsdal fylkeskommune", "",
            "Vaksne tilsette tek fagbrev med bakgrunn i praksis frå eigen arbeidsplass.", "",
            {"area": NY2, "type": "Utdanning", "delmal": "Dokumentere kompetanse frå arbeidslivet"}),
        Row("Studiesenteret for desentralisert høgare utdanning", "2.4", KURS, "Møre og Romsdal fylkeskommune", "",
            "Samlingsbaserte studium tilpassa behova i regionen, laga saman med næringslivet.", "",
            {"area": NY2, "type": "Kurs/utdanning", "delmal": "Kople næringslivet sine behov til tilbydarane"}),
        Row("Norskopplæring kombinert med fagopplæring for minoritetsspråklege vaksne", "3.4", KURS,
            "Møre og Romsdal fylkeskommune", "",
            "Kombinasjonsklassar i helse- og oppvekstfag ved tre vidaregåande skular.", "",
            {"area": NY3, "type": "Kurs", "delmal": "Norskopplæring og kvalifisering for innvandrarar"}),
    ), build_area_table, "Nynorsk Word table with merged full-width rows per hovudinnsatsområde; delmål only as words",
)

VESTLAND = Report(
    "vestland_fylkeskommune_2025.xlsx", "Vestland fylkeskommune", (
        Row("Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune", "NAV, LO, NHO, KS, HVL, UiB",
            extra={"area": NY1, "type": "Råd/utval/nettverk", "delmal": "1.2 Styrkje regionalt folkevalt nivå"}),
        Row("Oppsøkjande karriererettleiing for vaksne i distrikta", "1.3", PROSJEKT, "Karriere Vestland", "NAV",
            extra={"area": NY1, "type": "Prosjekt", "delmal": "1.3 Karriererettleiing"}),
        Row("Deltaking i Nasjonalt fagskuleråd", "1.4", RAD, "Vestland fylkeskommune", "Fagskulen Vestland",
            shared="FAGSKOLERAD", extra={"area": NY1, "type": "Råd/utval/nettverk", "delmal": "1.4"}),
        Row("Regionalt bransjeprogram for sjømatnæringa", "2.4", KURS, "Vestland fylkeskommune",
            "Sjømat Norge, Fagskulen Vestland",
            extra={"area": NY2, "type": "Kurs/utdanning", "delmal": "2.4 Kople kompetansebehov til tilbydarar"}),
        Row("Kurs i digitale verktøy for landbruket", "2.1", KURS, "Vestland fylkeskommune", "Bondelaget, NLR",
            extra={"area": NY2, "type": "Kurs", "delmal": "2.1 Digital kompetanse"}),
        Row("Yrkesmessa Vestland 2025", "2.3", ARR, "Vestland fylkeskommune", "Opplæringskontora",
            extra={"area": NY2, "type": "Arrangement", "delmal": "2.3 Karrieremoglegheiter i yrkesfag"}),
        Row("Modulstrukturert fagopplæring for vaksne i helsearbeidarfaget", "3.1", KURS, "Vestland fylkeskommune",
            "Kommunane", extra={"area": NY3, "type": "Utdanning", "delmal": "3.1 Fleksibel opplæring for vaksne"}),
        Row("Jobbsjansen i samarbeid med NAV Vestland", "3.3", PROSJEKT, "Vestland fylkeskommune", "NAV Vestland",
            extra={"area": NY3, "type": "Prosjekt", "delmal": "3.3"}),
    ), build_area_sheets, "Nynorsk Excel, one sheet per hovudinnsatsområde, columns type, tiltak, delmål, partners, ansvarleg",
)

NORDLAND = Report(
    "nordland_fylkeskommune_2025.docx", "Nordland fylkeskommune", (
        Row("Nettverk for lærebedrifter i nord (NLN)", "2.3", RAD, "Nordland fylkeskommune", "",
            "Samarbeid med Finnmark om rekruttering av lærebedrifter og kompetanse hos instruktører",
            "NLN", {"delmal": "delmål 2.3"}),
        Row("KOMPIS – kompetanseløft i små og mellomstore bedrifter", "2.4", PROSJEKT, "Nordland fylkeskommune", "",
            "Fylkeskommunen er partner i prosjektet sammen med NHO og LO og finansierer bedriftsbesøk i Salten",
            "KOMPIS", {"delmal": "delmål 2.4"}),
        Row("Hospitering i bedrift for lærere i yrkesfag", "1.4", KURS, "Nordland fylkeskommune", "",
            "23 yrkesfaglærere hospiterte i lokale bedrifter i løpet av året", "", {"delmal": "delmål 1.4"}),
        Row("Fleksibel videregående opplæring for voksne i Lofoten og Vesterålen", "3.1", KURS, "Nordland fylkeskommune",
            "", "Nettbasert teori kombinert med praksis i eget lokalmiljø", "", {"delmal": "delmål 3.1"}),
        Row("Opplæring for permitterte i samarbeid med NAV Nordland", "3.3", KURS, "Nordland fylkeskommune", "",
            "Korte kurs for permitterte i industrien, avtalt med NAV og bedriftene", "", {"delmal": "delmål 3.3"}),
    ), build_numbered, "Word letter with a numbered list; bold title, colon, description, delmål in brackets; no types",
)

VIRKE_HOERING = Report(
    "virke_horingssvar_fagskoleloven_2025.docx", "", (), build_hoeringssvar,
    "Not a report: Virke's consultation reply with numbered points and a small table (no rows)",
)

REGIONAL = (SPEKTER, UHR, VOFO, FINNMARK, MORE_OG_ROMSDAL, VESTLAND, NORDLAND, VIRKE_HOERING)
