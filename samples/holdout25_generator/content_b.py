"""What Virke, Akademikerne, Spekter, VOFO, UHR, Fagskolerådet and Vestland report for 2045."""
from __future__ import annotations

from .model import ARR, FOU, INFO, KURS, PROSJ, RAD, r

# Virke: a prose report; headings are the delmål in Virke's own words, the type in brackets after the title.
VIRKE = (
    r("M07", "Bransjeprogram for varehandel og service", "2.1", KURS, "Virke",
      "LO, Handel og Kontor, HK-dir, fagskolene",
      "Programmet gir ansatte i butikk og service korte, fleksible moduler i digital handel og logistikk.",
      heading="Digital kompetanse i hele arbeidsstyrken"),
    r("M34", "Digitaliseringsindeksen for handel og tjenesteyting", "2.1", FOU, "Virke",
      "Samfunnsøkonomisk analyse",
      "Undersøkelse av digitalisering og kompetansebehov i 1 200 virksomheter.",
      heading="Digital kompetanse i hele arbeidsstyrken"),
    r("M35", "HR-nettverk for kompetansestrategi i små virksomheter", "2.4", RAD, "Virke",
      "Fagskoler, høyskoler",
      "Nettverket møtes fire ganger i året og kobler virksomhetene med fagskoler og høyskoler som kan lage "
      "tilpassede kurs.", heading="Koble virksomhetenes behov til tilbyderne av etter- og videreutdanning"),
    r("M36", "Kompetansebevis for handel", "2.5", PROSJ, "Virke", "Handel og Kontor, HK-dir, Fagskolen Oslo",
      "Et bransjegodkjent bevis som beskriver hva ansatte har lært på jobb.",
      heading="Dokumentere kompetanse fra arbeidslivet"),
    r("M37", "Arbeidstrening med opplæring for unge arbeidssøkere i handelen", "3.3", PROSJ, "Virke", "NAV",
      "Virke-medlemmer tilbyr unge arbeidssøkere arbeidstrening kombinert med opplæring i samarbeid med NAV.",
      heading="Arbeidslivet som læringsarena"),
    r("M12", "Norsk på jobb", "3.4", PROSJ, "Virke", "IMDi, HK-dir, NHO",
      "Virke er med i forsøket med norskopplæring på arbeidsplassen og har rekruttert 35 butikker og hoteller.",
      heading="Norskopplæring og kvalifisering av innvandrere"),
)

# Akademikerne: a scanned printout of a short table (image-only PDF); no descriptions.
AKADEMIKERNE = (
    r("M04", "Observatørplass i Nasjonalt råd for teknologisk utdanning (NRT)", "1.4", RAD, "Tekna", "UHR", ""),
    r("M40", "Karriererådgivning for medlemmene", "1.3", INFO, "Medlemsforeningene", "", ""),
    r("M39", "DigiKomp Stat – utvidelse til statlig sektor", "2.1", PROSJ, "Akademikerne stat",
      "LO Stat, YS Stat, Unio stat, Digdir", ""),
    r("M38", "Rapport: Etter- og videreutdanning blant akademikere", "2.2", FOU, "Akademikerne", "Ny Analyse", ""),
    r("M41", "Veiledning om godkjenning av utenlandsk høyere utdanning", "2.6", INFO, "Akademikerne", "HK-dir",
      ""),
)

# Spekter: an e-mail forwarded to the secretariat and printed to PDF; each tiltak a numbered item, inline.
SPEKTER = (
    r("M03", "Representanter i Faglig råd for helse- og oppvekstfag", "1.4", RAD, "Spekter",
      "Udir, Fagforbundet",
      "Spekter har to representanter i rådet og har arbeidet for nye lærefag i helsetjenesten."),
    r("M42", "Samling for Spekters representanter i faglige råd og yrkesopplæringsnemnder", "2.3", KURS,
      "Spekter", "Helseforetakene",
      "Årlig opplæring og erfaringsdeling for representantene våre, denne gangen om fagbrev for voksne."),
    r("M09", "Frokostmøte i Arendal om kompetanse i helsetjenesten", "2.2", ARR, "Spekter", "LO",
      "Arrangert sammen med LO under Arendalsuka, med 90 deltakere."),
    r("M43", "Lederprogram for digital omstilling i helseforetakene", "2.1", KURS, "Spekter",
      "Helseforetakene, BI",
      "Program for ledere i helseforetakene som leder innføring av ny teknologi."),
    r("M44", "Lærlingkonferansen 2045 for spesialisthelsetjenesten", "2.3", ARR, "Spekter",
      "Helseforetakene, Udir", "Konferanse for lærebedrifter i sykehusene om rekruttering av lærlinger."),
    r("M11", "Rekrutteringsprogrammet Menn i helse", "3.3", PROSJ, "KS", "Spekter, NAV",
      "Spekter har bidratt med praksisplasser i helseforetakene til programmet som KS leder."),
)

# VOFO: a Word table turned on its side, one column per tiltak and one row per field.
VOFO = (
    r("M06", "Deltakelse i Nasjonalt forum for karriereveiledning", "1.3", RAD, "VOFO", "HK-dir",
      "VOFO representerer frivillig sektor i forumet og har løftet studieforbundenes rolle i veiledningen."),
    r("M46", "Regionale kompetansepartnerskap med fylkeskommunene", "1.2", RAD, "VOFO og regionleddene",
      "Fylkeskommunene", "Nye partnerskapsavtaler med fem fylkeskommuner om voksnes læring."),
    r("M45", "Evaluering av Kompetansepluss frivillighet", "3.2", FOU, "VOFO", "Ideas2evidence",
      "VOFO har bestilt en evaluering av hvordan ordningen når voksne med svake grunnleggende ferdigheter."),
    r("M47", "Kurs i digitale ferdigheter for seniorer", "3.6", KURS, "Studieforbundene",
      "Seniornett, folkebibliotekene", "Studieforbundene holdt 640 kurs for seniorer over hele landet."),
    r("M48", "Kampanjen «Lær noe nytt» under Voksenopplæringens uke", "3.6", INFO, "VOFO",
      "Studieforbundene", "Kampanje i sosiale medier og lokale aviser for å få flere voksne til å delta på kurs."),
)

# UHR: delmål in words in a merged first column, several tiltak bulleted inside one cell, no types.
UHR = (
    r("M02", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RAD, "UHR", "Partene i arbeidslivet, KS",
      "Alle medlemsinstitusjonene leder egne RSA, og UHR har samlet erfaringene i en ny veileder.",
      group="a"),
    r("M04", "UHRs fagstrategiske enheter", "1.4", RAD, "UHR", "Akademikerne, Unio, LO, NHO, Spekter",
      "Nasjonalt råd for teknologisk utdanning, Nasjonalt råd for lærerutdanning og Nasjonalt råd for helse- "
      "og sosialfagutdanning har arbeidslivets parter som medlemmer eller observatører.", group="a"),
    r("M49", "Nasjonalt nettverk for praksis i høyere utdanning", "1.4", RAD, "UHR", "KS, Spekter",
      "Nettverket deler erfaring om praksisavtaler med arbeidsgivere i offentlig og privat sektor.",
      group="a"),
    r("M50", "Kartlegging av etter- og videreutdanning ved universiteter og høgskoler", "2.2", FOU, "UHR",
      "HK-dir", "Oversikt over omfang, finansiering og deltakere i etter- og videreutdanningen i sektoren.",
      group="b"),
    r("M51", "Felles portal for etter- og videreutdanning (evu.no)", "2.4", INFO, "UHR",
      "Universitetene og høgskolene",
      "Portalen samler tilbudene fra alle institusjonene slik at arbeidsgivere lettere finner relevante kurs.",
      group="c"),
)

# Fagskolerådet: a prose report with a heading per tiltak and «Delmål:»/«Type:» lines under it.
FAGSKOLERADET = (
    r("M05", "Nasjonalt fagskoleråd", "2.3", RAD, "Nasjonalt fagskoleråd",
      "Fagskolene, fylkeskommunene, partene i arbeidslivet, ONF",
      "Rådet samlet fagskolene, eierne, partene og studentene til fire møter i 2045 og ga innspill til ny "
      "finansieringsmodell for fagskolene."),
    r("M52", "Fagskolekonferansen 2045", "2.3", ARR, "Nasjonalt fagskoleråd", "HK-dir, KD",
      "Konferansen i Bergen handlet om fagskolenes plass i livslang læring og samlet 400 deltakere."),
    r("M53", "Nettverk for samarbeid mellom fagskoler og arbeidslivet", "2.4", RAD, "Nasjonalt fagskoleråd",
      "Bransjeorganisasjonene, fagskolene",
      "Bransjevise nettverk der fagskolene og bedriftene sammen planlegger nye korte tilbud."),
    r("M54", "Kartlegging av fagskolestudentenes arbeidserfaring", "2.2", FOU, "Nasjonalt fagskoleråd",
      "NIFU", "Undersøkelse av hvor mange studenter som tar fagskole ved siden av jobb, og hvorfor."),
)

# Vestland fylkeskommune writes Nynorsk: a table with delmål in words, one row with only the area.
VESTLAND = (
    r("M57", "Kompetanseforum Vestland", "1.2", RAD, "Vestland fylkeskommune",
      "Partane i arbeidslivet, NAV, universitet, høgskular og fagskular",
      "Partnarskap om kompetansebehova i regionen, med fire møte i 2045.",
      words="Regionalt folkevalt nivå si kompetansepolitiske rolle"),
    r("M06", "Nasjonalt forum for karriererettleiing", "1.3", RAD, "HK-dir",
      "Vestland fylkeskommune, KS, partane",
      "Fylkeskommunen er medlem av forumet på vegner av karrieresentera i fylka.",
      words="Karriererettleiing"),
    r("M55", "Regionalt forum for karriererettleiing i Vestland", "1.3", RAD, "Vestland fylkeskommune",
      "NAV, vidaregåande skular, partane", "Nytt forum for karrieresentera, NAV, skulane og partane i fylket.",
      words="Karriererettleiing"),
    r("M02", "Plass i RSA ved Høgskulen på Vestlandet og Universitetet i Bergen", "1.4", RAD,
      "Vestland fylkeskommune", "HVL, UiB",
      "Fylkeskommunen har plass i råda for samarbeid med arbeidslivet ved dei to institusjonane.",
      words="Samarbeid mellom utdanning og arbeidsliv"),
    r("M05", "Fylkeskommunen sin plass i Nasjonalt fagskoleråd", "2.3", RAD, "Vestland fylkeskommune",
      "Fagskulen Vestland", "Vestland er fagskuleeigar og sit i rådet for fylkeskommunane.",
      words="Hovudinnsatsområde 2: Læring i arbeidslivet"),
    r("M56", "Menn i helse – regional satsing i Vestland", "3.3", PROSJ, "Vestland fylkeskommune",
      "KS Vest, NAV Vestland, kommunane",
      "Vestland har utvida programmet med eige stipend og regionalt opptak i Sunnfjord og Hardanger.",
      words="Opplæring i arbeidsmarknads- og integreringspolitikken"),
)
