"""What the government and the social partners write in the held-out round (one list per report).

Texts are as the reports print them; shown_type is the word a report prints in its type column or
inline ("" when it prints none). Nothing here is copied from the seed or the tuning rounds.
"""

from __future__ import annotations

from .measures import item as i

REGJERINGEN = [
    i("H01", "Kompetansebehovsutvalget (KBU)", "KD", "ASD, KMD, NFD, hovedorganisasjonene i arbeidslivet",
      "Råd", beskrivelse="Utvalget la i juni 2021 fram temarapporten om kompetansebehov i det grønne skiftet. "
      "Kompetanse Norge er sekretariat, og utvalget har medlemmer fra forskning, partene og departementene."),
    i("H02", "Samarbeidsrådet for yrkesopplæring (SRY)", "KD", "Partene i arbeidslivet, Utdanningsdirektoratet",
      "Råd", beskrivelse="Rådet gir departementet råd om fag- og yrkesopplæringen. I 2021 har SRY behandlet "
      "innstillinger om ny tilbudsstruktur og dimensjonering av læreplasser."),
    i("H07", "Digital kompetanse i kommunene (DigiKomp)", "KMD", "KS",
      "Program", beskrivelse="Treårig program 2019–2021 som gir tilskudd til kommunale "
      "opplæringstiltak i digital kompetanse for ansatte. 94 kommuner har deltatt."),
    i("H14", "Evaluering av Kompetansebehovsutvalget", "KD", "NIFU", "Evaluering",
      beskrivelse="NIFU vurderer om utvalgets rapporter brukes i politikkutforming, regionalt og nasjonalt. "
      "Sluttrapport våren 2022."),
    i("H20", "Nettkurs for karriereveiledere om arbeidsmarkedet og kompetansebehov", "Kompetanse Norge",
      "Fylkeskommunene, NAV", "Kurs",
      beskrivelse="Gratis kurs i fem moduler, lansert i mars 2021. Over 800 veiledere har fullført."),
    i("H21", "Utredning av en ordning for godkjenning av utenlandsk fagbrev", "KD", "NOKUT, Utdanningsdirektoratet",
      "Utredning", beskrivelse="Utredningen skal gi grunnlag for å vurdere om dagens ordning bør utvides "
      "til flere land og fag."),
    i("H22", "Midlertidig adgang til å ta utdanning mens man mottar dagpenger", "ASD", "Arbeids- og velferdsdirektoratet",
      "Opplæring", beskrivelse="Ordningen ble forlenget ut 2021 for permitterte og ledige som vil "
      "styrke kompetansen sin under pandemien."),
    i("H23", "Forsøk med karriereveiledning som del av introduksjonsprogrammet", "IMDi",
      "Kompetanse Norge, kommuner", "Forsøk",
      beskrivelse="Forsøket prøver ut karriereveiledning tidlig i programmet i seks kommuner."),
    i("H24", "Analyse av arbeidsgivernes utgifter til etter- og videreutdanning av ansatte", "KD",
      "Statistisk sentralbyrå", "Analyse",
      beskrivelse="Analysen bygger på registerdata og arbeidskraftundersøkelsen 2015–2020."),
    i("H25", "Regionale kompetansesamlinger med fylkeskommunene", "KD", "Fylkeskommunene, KS", "Samling",
      beskrivelse="Fire digitale samlinger om fylkeskommunenes nye oppgaver i kompetansepolitikken."),
]

# LO prints bullets under headings that paraphrase the delmål, each with its type in brackets.
LO = [
    i("H01", "LO har ett av medlemmene i Kompetansebehovsutvalget og har deltatt i arbeidet med utvalgets "
             "temarapport om omstilling", shown_type="Råd"),
    i("H02", "LO-forbundene oppnevner medlemmer til de faglige rådene og til Samarbeidsrådet for yrkesopplæring",
      shown_type="Råd"),
    i("H04", "LO har observatørplass i UHR-Helse og velferd og i UHR-Lærerutdanning", shown_type="Råd"),
    i("H12", "Samling for LO-representantene i RSA-ene, med erfaringsutveksling om hvordan de kan påvirke "
             "studieplanene", shown_type="Samling"),
    i("H26", "Nettkurset «Digital tillitsvalgt» for tillitsvalgte i LO-forbundene", shown_type="Kurs"),
    i("H27", "Fafo-rapport om hvordan ufaglærte kan ta fagbrev mens de står i jobb", shown_type="FoU"),
    i("H05", "Fellesforbundet og BNL gjennomfører ByggKompetanse 2025, et partsprogram for etterutdanning av "
             "fagarbeidere i byggenæringen", shown_type="Prosjekt"),
    i("H28", "Kampanje om norskopplæring på arbeidsplassen, rettet mot tillitsvalgte i bedrifter med mange "
             "arbeidsinnvandrere", shown_type="Kampanje"),
]

NHO = [
    i("H01", "NHO er representert i KBU og har bidratt til utvalgets analyser av kompetansebehov i næringslivet",
      "NHO", "Hovedorganisasjonene", "Utvalg"),
    i("H16", "Skriftlig innspill til Kompetansebehovsutvalgets temarapport om grønn omstilling, basert på en "
             "spørring blant medlemsbedriftene", "NHO", "Landsforeningene", "Utredning"),
    i("H02", "Landsforeningene i NHO har medlemmer i 18 av de 20 faglige rådene, og NHO leder SRY i 2021–2022",
      "NHO", "Landsforeningene", "Råd"),
    i("H03", "NHOs regionkontorer deltar i RSA ved elleve universiteter og høyskoler", "NHO", "", "Råd"),
    i("H04", "Norsk Industri sitter i Nasjonalt råd for teknologisk utdanning under UHR-MNT", "Norsk Industri",
      "", "Råd"),
    i("H29", "«Yrkesfagdagen» – åpen dag i 700 medlemsbedrifter for elever i ungdomsskolen", "NHO",
      "Fylkeskommunene", "Arrangement"),
    i("H05", "ByggKompetanse 2025 (BK25): etterutdanning for fagarbeidere i bygg og anlegg, gjennomført av BNL "
             "og Fellesforbundet", "BNL", "Fellesforbundet, LO", "Prosjekt"),
    i("H30", "Bransjesertifisering for voksne ufaglærte i reiselivet", "NHO Reiseliv", "Fylkeskommunene",
      "Opplæring"),
    i("H31", "NHOs kompetansebarometer 2021", "NHO", "NIFU", "Undersøkelse"),
]

KS = [
    i("H01", "KS har et medlem i Kompetansebehovsutvalget", "KS", "", "Råd/utvalg/nettverk"),
    i("H02", "KS oppnevner medlemmer til SRY og til de faglige rådene for helse- og oppvekstfag og for "
             "restaurant- og matfag", "KS", "Fylkeskommunene", "Råd/utvalg/nettverk"),
    i("H03", "KS sitter i RSA ved OsloMet, Nord universitet og Høgskulen på Vestlandet", "KS", "Kommunene",
      "Råd/utvalg/nettverk"),
    i("H13", "Kartlegging av hvordan KS' representanter i de faglige rådene opplever arbeidet", "KS", "",
      "Kartlegging"),
    i("H07", "DigiKomp – satsing på digital kompetanse for ansatte i kommunene, 2019–2021", "KS", "KMD, kommunene",
      "Satsing"),
    i("H32", "Opplæring av ledere i kommunene i å gjennomføre karrieresamtaler med ansatte", "KS", "Kommunene",
      "Kurs/utdanning"),
    i("H33", "Rapport om lærlinger i helse- og oppvekstfag i kommunene", "KS", "Fafo", "FoU"),
    i("H34", "Nettverk av kommuner som tar imot arbeidssøkere fra NAV i språk- og arbeidspraksis", "KS",
      "NAV, kommunene", "Nettverk"),
]

SPEKTER = [
    i("H01", "Spekter er medlem av Kompetansebehovsutvalget", "Spekter", "", "Råd"),
    i("H02", "Spekter har plass i Faglig råd for helse- og oppvekstfag", "Spekter", "", "Råd"),
    i("H04", "Spekter deltar i UHR-Helse og velferd som arbeidsgiverrepresentant", "Spekter", "", "Råd"),
    i("H17", "Dialogmøte med Spekters representanter i UHR-Helse og velferd om praksis i helseutdanningene",
      "Spekter", "Helseforetakene", "Møte"),
    i("H06", "Spesialsykepleierløftet – videreutdanning i intensiv-, operasjons- og anestesisykepleie med lønn "
             "under utdanning, sammen med Unio og Sykepleierforbundet", "Helseforetakene", "Unio, NSF",
      "Utdanning"),
    i("H35", "Spekters arbeidsgiverbarometer om kompetansebehov i helseforetakene", "Spekter", "", "FoU"),
    i("H36", "Kampanje i sosiale medier om helsefagarbeideryrket", "Spekter", "Helseforetakene", "Kampanje"),
    i("H37", "Praksisplasser i sykehusene for deltakere i NAVs arbeidsmarkedstiltak", "Helseforetakene", "NAV",
      "Opplæring"),
]

# Unio: a table, and a text box ("faktaboks") whose lines are tiltak too (no type, no partners).
UNIO_TABLE = [
    i("H06", "Spesialsykepleierløftet (SSL), der Unio og Spekter samarbeider om betalt videreutdanning for "
             "sykepleiere", "Unio/NSF", "Spekter", "Videreutdanning"),
    i("H38", "Undersøkelse om hvor mange Unio-medlemmer som får videreutdanning dekket av arbeidsgiver", "Unio",
      "", "FoU"),
    i("H39", "Kurs i digital undervisning for medlemmer i Utdanningsforbundet", "Utdanningsforbundet", "",
      "Kurs"),
    i("H40", "Webinarserie om karriereveiledning for rådgivere i skolen", "Utdanningsforbundet", "", "Webinar"),
]
UNIO_BOX = [
    i("H03", "Unio-forbundene har medlemmer i RSA ved OsloMet, NTNU og Universitetet i Agder"),
    i("H04", "Unio deltar i UHR-Lærerutdanning og UHR-Helse og velferd"),
    i("H02", "Utdanningsforbundet representerer Unio i Samarbeidsrådet for yrkesopplæring"),
]

# Virke: one sheet per hovedinnsatsområde; the delmål stored as a number.
VIRKE = {
    "1": [
        i("H02", "Virke deltar i faglig råd for salg, service og reiseliv", "Virke", "", "Råd"),
        i("H03", "Virke er med i Råd for samarbeid med arbeidslivet ved Universitetet i Sørøst-Norge og ved "
                 "Høyskolen Kristiania", "Virke", "", "Råd"),
        i("H04", "Virke har en plass i UHR-Økonomi og administrasjon", "Virke", "", "Råd"),
        i("H41", "Karriereveiledningsprogram for ansatte i varehandelen som står i omstilling", "Virke",
          "Handel og Kontor, karrieresentrene", "Program"),
    ],
    "2": [
        i("H42", "E-læringskurs i netthandel for små butikker", "Virke", "", "Kurs"),
        i("H43", "Bransjestandard for dokumentasjon av kompetanse i varehandelen", "Virke", "Handel og Kontor",
          "Utviklingsarbeid"),
        i("H44", "Kompetansenettverk for HR-ledere i ideelle virksomheter", "Virke", "", "Nettverk"),
        i("H45", "Lærlingdagen i handel for lærebedrifter og lærlinger", "Virke", "Opplæringskontorene",
          "Arrangement"),
    ],
    "3": [
        i("H46", "Opplæringsmodul for butikkmedarbeidere som er på arbeidsmarkedstiltak", "Virke", "NAV",
          "Opplæring"),
    ],
}
