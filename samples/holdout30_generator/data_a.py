"""Measures of the first seven member reports (reporting year 2050).

Row tuple: (share_key, delmal, type, tiltak, ansvarlig, partnere, beskrivelse, raw_type)
share_key "S1".."S12" marks a measure reported by several members; None = own measure.
raw_type is the word the member writes for the type (None if the document gives none).
"""

KD = dict(
    file="kd_rapportering_kompetansepolitikk_2050.docx", member="Regjeringen",
    rows=[
        ("S1", "1.1", "Råd/utvalg/nettverk",
         "Oppfølging av Kompetansebehovsutvalget (KBU)", "KD",
         "Partene i arbeidslivet, HK-dir",
         "Departementet oppnevner utvalget og finansierer sekretariatet i HK-dir. "
         "Utvalgets hovedrapport for 2050 ble lagt fram i juni og drøftet i rådet i september.",
         "utvalg"),
        (None, "1.2", "Prosjekt",
         "Pilot for regionale kompetansestrategier i tre fylker", "KD",
         "Agder, Innlandet og Trøndelag fylkeskommune",
         "Tre fylkeskommuner prøver ut en felles mal for regionale kompetansestrategier "
         "med årlig rapportering til departementet.",
         "pilot"),
        (None, "1.3", "Informasjon",
         "Nytt karriereverktøy på utdanning.no", "HK-dir", "",
         "Verktøyet lar voksne sammenligne egen kompetanse med krav i ulike yrker "
         "og lenker videre til karrieresentrene.",
         "informasjonstiltak"),
        ("S7", "2.4", "Kurs/utdanning",
         "Trepartsbransjeprogram for kraft- og prosessindustrien", "KD",
         "LO, NHO, Industri Energi, Fellesforbundet",
         "Programmet finansierer korte, modulbaserte videreutdanninger for ansatte i "
         "bransjen. Tilbudene utvikles av fagskoler og høyskoler etter innspill fra partene.",
         "utdanningstilbud"),
        (None, "2.2", "FoU",
         "Forskningsprogram om læring i arbeidslivet", "Norges forskningsråd",
         "KD, AID",
         "Programmet lyste i 2050 ut midler til fem nye prosjekter om uformell læring "
         "og kompetanseutvikling i små virksomheter.",
         "forskning"),
        (None, "2.6", "Prosjekt",
         "Digitalisering av godkjenning av utenlandsk fagopplæring", "HK-dir", "",
         "Saksbehandlingen flyttes over på en ny digital løsning som skal korte ned "
         "ventetiden for søkere med fagbrev fra utlandet.",
         "prosjekt"),
        (None, "3.2", "Arrangement",
         "Nasjonal konferanse om Kompetansepluss", "HK-dir", "KS, VOFO",
         "Konferansen samlet tilbydere, kommuner og arbeidsgivere som bruker "
         "Kompetansepluss arbeid og Kompetansepluss frivillighet.",
         "konferanse"),
    ])

LO = dict(
    file="lo_innspill_tiltak_2050.pdf", member="LO",
    rows=[
        ("S1", "1.1", "Råd/utvalg/nettverk",
         "Deltakelse i Kompetansebehovsutvalget", "HK-dir (sekretariat)",
         "NHO, Unio, YS, Akademikerne, Spekter, Virke, KS", "", "Rådsarbeid"),
        ("S3", "2.3", "Råd/utvalg/nettverk",
         "Samarbeidsrådet for yrkesopplæring (SRY)", "KD/Udir",
         "Arbeidsgiverorganisasjonene", "", "Rådsarbeid"),
        ("S7", "2.4", "Kurs/utdanning",
         "Bransjeprogram prosessindustri", "LO og Industri Energi", "NHO, KD", "",
         "Bransjeprogram/kurs"),
        (None, "2.5", "Prosjekt",
         "Praksiskandidat-los i Fellesforbundet", "Fellesforbundet",
         "Vestfold og Telemark fylkeskommune", "", "Prosjekt"),
        (None, "2.4", "Kurs/utdanning",
         "Tillitsvalgte som kompetanseambassadører", "LO",
         "AOF Norge", "", "Opplæring av tillitsvalgte"),
    ])

NHO = dict(
    file="nho_tiltak_2050.xlsx", member="NHO",
    rows=[
        ("S1", "1.1", "Råd/utvalg/nettverk", "KBU – medlemskap", "NHO", "",
         "NHO har én fast plass i utvalget og bidrar med innspill fra medlemsbedriftene.",
         "Deltakelse i råd"),
        ("S2", "1.4", "Råd/utvalg/nettverk", "Representasjon i RSA-ene",
         "NHOs regionkontorer", "Universiteter og høgskoler",
         "Regiondirektørene eller deres stedfortredere møter i rådene ved de fleste "
         "statlige universiteter og høgskoler.",
         "Deltakelse i råd"),
        (None, "1.3", "Informasjon", "Kampanjen «Velg fag»", "NHO",
         "Opplæringskontorene",
         "Kampanje i sosiale medier rettet mot elever på 10. trinn og deres foresatte.",
         "Kampanje"),
        (None, "2.1", "Kurs/utdanning", "Nettkurs i digital kompetanse for små bedrifter",
         "NHO Service og Handel", "Handelshøyskolen BI",
         "Gratis nettkurs på fire moduler om digitale verktøy, datasikkerhet og "
         "netthandel.",
         "Opplæring"),
        (None, "2.5", "Prosjekt", "Kompetansebevis for fagarbeidere i industrien – pilot",
         "Norsk Industri", "Fellesforbundet, Udir",
         "Piloten tester et bransjestandardisert kompetansebevis for realkompetanse "
         "opparbeidet på arbeidsplassen.",
         "Pilot"),
    ])

UNIO = dict(
    file="unio_rapport_2050.rtf", member="Unio",
    rows=[
        ("S1", "1.1", "Råd/utvalg/nettverk",
         "Unios plass i Kompetansebehovsutvalget", "Unio", "",
         "Unio deltar med ett medlem og en vara. Vi har særlig løftet behovet for "
         "helse- og utdanningspersonell i distriktene.", None),
        ("S5", "2.3", "Råd/utvalg/nettverk",
         "Deltakelse i Nasjonalt fagskoleråd", "Unio v/ Norsk Sykepleierforbund", "",
         "Rådet gir råd om utvikling av fagskoletilbud. Unio har vært opptatt av "
         "fagskoletilbud for helsefagarbeidere.", None),
        (None, "2.1", "Kurs/utdanning",
         "Videreutdanning i digital samhandling for sykepleiere",
         "Norsk Sykepleierforbund", "OsloMet, Spekter",
         "Et deltidsstudium på 15 studiepoeng om velferdsteknologi og digitale "
         "pasientforløp. Første kull startet høsten 2050.", None),
        (None, "2.2", "FoU",
         "Undersøkelse om kompetanseutvikling i skole og barnehage",
         "Utdanningsforbundet", "Fafo",
         "Spørreundersøkelse blant 4 000 medlemmer om tilgang til etter- og "
         "videreutdanning.", None),
    ])

KS = dict(
    file="ks_rapportering_2050.pdf", member="KS",
    rows=[
        ("S4", "1.3", "Råd/utvalg/nettverk",
         "Medlem i Nasjonalt forum for karriereveiledning", "KS",
         "HK-dir, fylkeskommunene",
         "KS representerer kommunesektoren i forumet og formidler erfaringer fra "
         "kommunale karriere- og veiledningstjenester.", "RN"),
        ("S8", "2.5", "Prosjekt", "Fagbrev på jobb i kommunal sektor", "KS",
         "Fagforbundet, Delta, Udir",
         "Assistenter og ufaglærte i helse og oppvekst tar fagbrev mens de står i "
         "jobb. 31 kommuner deltok i 2050.", "PR"),
        (None, "1.2", "FoU", "KS Kompetansebarometer", "KS", "Fylkeskommunene",
         "Årlig kartlegging av kommunenes rekrutterings- og kompetansebehov, "
         "fordelt på region.", "FU"),
        (None, "2.1", "Kurs/utdanning", "Digitaliseringskurs for ledere i kommunene",
         "KS Læring", "",
         "Nettbasert kurs for kommunale ledere om gevinstrealisering og "
         "digital transformasjon.", "KU"),
        (None, "3.4", "Arrangement", "Erfaringssamling om norskopplæring i kommunene",
         "KS", "IMDi, HK-dir",
         "Todagers samling for ledere av voksenopplæringssentre om kombinasjonsløp "
         "og arbeidsrettet norskopplæring.", "AR"),
    ])

YS = dict(
    file="ys_tiltaksrapport_2050.doc", member="YS",
    rows=[
        ("S5", "2.3", "Råd/utvalg/nettverk", "Nasjonalt fagskoleråd", "YS",
         "Fagskolene, KD",
         "YS har en representant i rådet og har prioritert fagskoletilbud innen "
         "handel, kontor og tekniske fag.", "Råd/utvalg/nettverk"),
        ("S8", "2.5", "Prosjekt", "Fagbrevløpet for assistenter i kommunene",
         "Delta (YS)", "KS",
         "Delta følger opp medlemmer som tar fagbrev i barne- og ungdomsarbeiderfaget "
         "og helsearbeiderfaget gjennom ordningen.", "Prosjekt"),
        (None, "1.3", "Kurs/utdanning",
         "Karriereprat – samtaleopplæring for tillitsvalgte", "YS", "",
         "Tillitsvalgte lærer å ha karrieresamtaler med kolleger. Tre kurs ble "
         "gjennomført i 2050.", "Kurs/utdanning"),
        (None, "3.5", "Informasjon",
         "Informasjon om NAV-kurs til permitterte medlemmer", "Parat", "NAV",
         "Nyhetsbrev og medlemsmøter om hvilke opplæringstilbud permitterte kan "
         "benytte seg av.", "Informasjon"),
    ])

VIRKE = dict(
    file="virke_kompetanse_2050.odt", member="Virke",
    rows=[
        ("S10", "2.1", "Kurs/utdanning", "Digitalt hverdagsløft i handelen", "Virke",
         "VOFO, studieforbundene",
         "Korte kurs i digitale ferdigheter for ansatte i butikk, holdt i "
         "arbeidstiden.", "Kurs"),
        ("S12", "2.2", "FoU",
         "Undersøkelse om læring i arbeidslivet 2050 (felles med Spekter)", "Virke",
         "Spekter, Fafo",
         "Felles spørreundersøkelse blant ledere i privat og offentlig sektor om "
         "hvordan ansatte lærer på jobben.", "Undersøkelse"),
        (None, "1.4", "Råd/utvalg/nettverk",
         "Bransjenettverk for varehandel og høyere utdanning", "Virke",
         "Høgskolen i Innlandet",
         "Nettverket møtes to ganger i året for å drøfte innhold i studietilbud "
         "rettet mot handelsnæringen.", "Nettverk"),
        (None, "2.3", "Arrangement", "Webinarserie om lærlinger i handel", "Virke",
         "Opplæringskontoret for handel",
         "Fire webinarer for bedrifter som vurderer å ta inn lærlinger i "
         "salgsfaget.", "Webinar"),
        (None, "3.1", "Kurs/utdanning",
         "Bransjeskolen – fleksibel fagopplæring for voksne", "Virke",
         "Fylkeskommunene",
         "Modulbasert opplæring mot fagbrev i salgsfaget, med samlinger på kveldstid.",
         "Utdanning"),
    ])

MEMBERS_A = [KD, LO, NHO, UNIO, KS, YS, VIRKE]
