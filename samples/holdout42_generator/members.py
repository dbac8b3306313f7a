"""Member names and delmål codes as given in the brief."""
MEMBERS = {
    "Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
    "Fagskolerådet", "Kompetanseforbundet", "Sametinget", "Østfold fylkeskommune",
    "Akershus fylkeskommune", "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune",
    "Buskerud fylkeskommune", "Vestfold fylkeskommune", "Telemark fylkeskommune",
    "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune", "Rogaland fylkeskommune",
    "Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune", "Vestland fylkeskommune",
    "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune", "Nordland fylkeskommune",
    "Troms fylkeskommune", "Finnmark fylkeskommune", "Viken fylkeskommune", "Innlandet fylkeskommune",
    "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune", "Troms og Finnmark fylkeskommune",
}
DELMAL = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
