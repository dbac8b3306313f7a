"""How the members name the strategy's delmål and areas: paraphrases in their own words, Bokmål and Nynorsk."""

# Short paraphrases a secretariat sees in Bokmål reports (not the strategy's own wording).
PARAPHRASE_NB = {
    "1.1": "Kunnskap om framtidens kompetansebehov",
    "1.2": "Fylkeskommunenes rolle og regionalt samarbeid om kompetanse",
    "1.3": "God karriereveiledning for alle",
    "1.4": "Tettere kobling mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse for alle i arbeidslivet",
    "2.2": "Mer kunnskap om læring på jobben",
    "2.3": "Yrkesfagene som karrierevei",
    "2.4": "Etter- og videreutdanning som svarer på virksomhetenes behov",
    "2.5": "Dokumentasjon av det man har lært i jobben",
    "2.6": "Raskere godkjenning av utdanning fra utlandet",
    "3.1": "Opplæring tilpasset voksne",
    "3.2": "Grunnleggende ferdigheter (Kompetansepluss/Kompetanseprogrammet)",
    "3.3": "Arbeidslivet som læringsarena for dem som står utenfor",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "Kvalifisering av arbeidssøkere gjennom NAV",
    "3.6": "Læring i frivilligheten",
}

# The same in Nynorsk, as the county councils and the ministry write them.
PARAPHRASE_NN = {
    "1.1": "Kunnskap om kompetansebehova framover",
    "1.2": "Fylkeskommunen si rolle og regionalt samarbeid om kompetanse",
    "1.3": "Karriererettleiing for alle",
    "1.4": "Betre samspel mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i heile arbeidsstyrken",
    "2.2": "Meir kunnskap om læring i arbeidslivet",
    "2.3": "Yrkesfaga som karrierevegar",
    "2.4": "Relevant etter- og vidareutdanning for verksemdene",
    "2.5": "Dokumentasjon av kompetanse frå arbeidslivet",
    "2.6": "Godkjenning av utanlandsk utdanning",
    "3.1": "Fleksibel opplæring for vaksne",
    "3.2": "Grunnleggjande ferdigheiter",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
    "3.5": "Opplæring for arbeidssøkjarar i NAV",
    "3.6": "Læring i frivillig sektor",
}

# Longer wording close to the strategy text, as a member copies it into a spreadsheet column.
STRATEGY_NB = {
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
}

AREA_NB = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Voksne med svak tilknytning til arbeidslivet",
}

AREA_NN = {
    "1": "Gode val for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Vaksne med svak tilknyting til arbeidslivet",
}


def area_of(delmal: str) -> str:
    """The main area a delmål belongs to ("2.4" -> "2")."""
    return delmal.split(".")[0]
