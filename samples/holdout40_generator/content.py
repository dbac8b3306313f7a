"""Content and truth for held-out round 39 (reporting year 2060).

Each file spec carries its own text and the truth rows a careful secretariat
would extract from it.  The `tiltak` in a truth row is written exactly as in
the document.
"""

YEAR = 2060

# truth row helper: (tiltak, seed_row, delmal, type, ansvarlig, samarbeidspartnere, beskrivelse)
R = tuple

# ---------------------------------------------------------------------------
# 01 Regjeringen - PDF report with page headers, headings, footnotes
# ---------------------------------------------------------------------------
REGJERINGEN = {
    "file": "01_Regjeringen_rapport_kompetanseraadet_2060.pdf",
    "member": "Regjeringen",
    "sections": [
        ("Innledning", [
            "Kunnskapsdepartementet rapporterer med dette på vegne av regjeringen om oppfølgingen av "
            "Nasjonal kompetansepolitisk strategi i 2060. Rapporten er ordnet etter strategiens tre "
            "hovedinnsatsområder. Tiltak som andre departementer har ansvaret for, er tatt med der "
            "de er avklart med Kunnskapsdepartementet.",
        ]),
        ("1 Gode valg for den enkelte og for samfunnet", []),
        ("1.1 Kompetansebehovsutvalget (KBU)", [
            "Regjeringen har i 2060 videreført Kompetansebehovsutvalget (KBU) med nytt mandat og "
            "sekretariat i Direktoratet for høyere utdanning og kompetanse.[1] Utvalget består av "
            "forskere, analytikere og representanter for hovedorganisasjonene og departementene, og "
            "la fram sin fjerde hovedrapport, NOU 2060: 4, i juni.",
            "Høringskonferanse om NOU 2060: 4. Departementet inviterte partene, fylkeskommunene og "
            "utdanningssektoren til en åpen konferanse i Oslo 14. september, der utvalgets funn om "
            "regionale kompetansebehov ble drøftet.[2]",
        ]),
        ("1.2 Nasjonalt fagskoleråd", [
            "Departementet leder Nasjonalt fagskoleråd, der partene i arbeidslivet, fagskolene, "
            "fylkeskommunene og studentene møtes fire ganger i året for å styrke samspillet mellom "
            "fagskolene og arbeidslivet.",
        ]),
        ("2 Læring i arbeidslivet", []),
        ("2.1 Digital godkjenningsportal", [
            "Digital portal for godkjenning av utenlandsk fagutdanning ble åpnet 1. mars. Portalen "
            "samler søknad, saksbehandling og veiledning om kompletterende utdanning i én løsning, "
            "og er utviklet av HK-dir i samarbeid med NOKUT og Utlendingsdirektoratet.",
        ]),
        ("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", []),
        ("3.1 Kompetansepluss", [
            "Kompetansepluss frivillighet – digitalt medborgerskap er en ny satsing der studieforbund "
            "og frivillige organisasjoner gir kurs i grunnleggende digitale ferdigheter for voksne. "
            "Satsingen er utformet i dialog med VOFO.",
            "Forsøk med Kompetansepluss arbeid og fagopplæring startet i fire fylker høsten 2060. "
            "Deltakerne kombinerer grunnleggende ferdigheter med et løp mot fagbrev i bedrift.",
        ]),
    ],
    "footnotes": [
        "[1] Mandatet ble fastsatt ved kongelig resolusjon 12. januar 2060.",
        "[2] Programmet ble utarbeidet etter drøftinger i SRY og i Kompetansepolitisk råd.",
    ],
    "truth": [
        R(("Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk", "", "",
           "Regjeringen har i 2060 videreført Kompetansebehovsutvalget (KBU) med nytt mandat og sekretariat i Direktoratet for høyere utdanning og kompetanse. Utvalget består av forskere, analytikere og representanter for hovedorganisasjonene og departementene, og la fram sin fjerde hovedrapport, NOU 2060: 4, i juni.")),
        R(("Høringskonferanse om NOU 2060: 4", "U01", "1.1", "Arrangement", "Kunnskapsdepartementet", "",
           "Departementet inviterte partene, fylkeskommunene og utdanningssektoren til en åpen konferanse i Oslo 14. september, der utvalgets funn om regionale kompetansebehov ble drøftet.")),
        R(("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk", "Kunnskapsdepartementet", "",
           "Departementet leder Nasjonalt fagskoleråd, der partene i arbeidslivet, fagskolene, fylkeskommunene og studentene møtes fire ganger i året for å styrke samspillet mellom fagskolene og arbeidslivet.")),
        R(("Digital portal for godkjenning av utenlandsk fagutdanning", "U02", "2.6", "Prosjekt", "HK-dir", "NOKUT; Utlendingsdirektoratet",
           "Portalen samler søknad, saksbehandling og veiledning om kompletterende utdanning i én løsning, og er utviklet av HK-dir i samarbeid med NOKUT og Utlendingsdirektoratet.")),
        R(("Kompetansepluss frivillighet – digitalt medborgerskap", "J05", "3.2", "Kurs/utdanning", "", "VOFO",
           "En ny satsing der studieforbund og frivillige organisasjoner gir kurs i grunnleggende digitale ferdigheter for voksne. Satsingen er utformet i dialog med VOFO.")),
        R(("Forsøk med Kompetansepluss arbeid og fagopplæring", "U03", "3.2", "Prosjekt", "", "",
           "Startet i fire fylker høsten 2060. Deltakerne kombinerer grunnleggende ferdigheter med et løp mot fagbrev i bedrift.")),
    ],
}

# ---------------------------------------------------------------------------
# 02 LO - DOCX with a table in unusual column order
# ---------------------------------------------------------------------------
LO = {
    "file": "02_LO_tiltak_2060.docx",
    "member": "LO",
    "title": "LOs rapportering til Kompetansepolitisk råd – 2060",
    "intro": ("Under følger LOs bidrag til oppfølgingen av kompetansestrategien i 2060. "
              "Vi har ført opp det vi selv har gjort, og hvem vi har samarbeidet med."),
    "header": ["Hva vi gjorde", "Kategori", "Delmål", "Partnere", "Kommentar"],
    "rows": [
        ["Samarbeidsrådet for yrkesopplæring (SRY)", "Rådsarbeid", "2.3", "NHO; Virke; KS; Spekter",
         "LO har nestledervervet i SRY i perioden 2060–2063."],
        ["Kompetanseløftet for grønn industri (KGI)", "Prosjekt", "2.4", "NHO; Vestland fylkeskommune",
         "Partssammensatt satsing som kobler bedrifter i prosessindustrien med fagskoler om nye etter- og videreutdanningsmoduler."],
        ["Bransjeprogram for varehandel", "Kurs/opplæring", "2.4", "HK Norge; Virke",
         "Korte nettbaserte moduler for butikkansatte om netthandel, lager og kundeservice."],
        ["Tillitsvalgtskolering i digital omstilling", "Kurs", "2.1", "",
         "Kursrekke for 600 tillitsvalgte om innføring av ny teknologi og kompetanseplaner i virksomhetene."],
        ["Innspill til Kompetansebehovsutvalgets rapport", "Informasjon", "1.1", "",
         "Skriftlig innspill fra LO om behovet for fagarbeidere i industri og bygg."],
    ],
    "closing": "Kontaktperson: rådgiver i LOs avdeling for samfunnspolitikk.",
}
LO["truth"] = [
    R((LO["rows"][0][0], "M02", "2.3", "Råd/utvalg/nettverk", "", "NHO; Virke; KS; Spekter", LO["rows"][0][4])),
    R((LO["rows"][1][0], "J01", "2.4", "Prosjekt", "", "NHO; Vestland fylkeskommune", LO["rows"][1][4])),
    R((LO["rows"][2][0], "J03", "2.4", "Kurs/utdanning", "", "HK Norge; Virke", LO["rows"][2][4])),
    R((LO["rows"][3][0], "U04", "2.1", "Kurs/utdanning", "", "", LO["rows"][3][4])),
    R((LO["rows"][4][0], "U05", "1.1", "Informasjon", "", "", LO["rows"][4][4])),
]

# ---------------------------------------------------------------------------
# 03 NHO - XLSX with several sheets
# ---------------------------------------------------------------------------
NHO = {
    "file": "03_NHO_rapportering_2060.xlsx",
    "member": "NHO",
    "front": [
        ["NHO – rapportering til Kompetansepolitisk råd"],
        ["Rapporteringsår", 2060],
        ["Utfylt av", "NHO Kompetanse og innovasjon"],
        ["Arkene", "«Råd og utvalg» viser NHOs plasser i råd; «Prosjekter og kurs» viser egne tiltak."],
    ],
    "councils_header": ["Organ", "Delmål nr.", "Vår rolle", "Merknad"],
    "councils": [
        ["Kompetansebehovsutvalget", "1.1", "Medlem", "NHOs sjeføkonom sitter i utvalget."],
        ["SRY", "2.3", "Leder", "NHO leder rådet fra 1. januar 2060."],
        ["Nasjonalt fagskoleråd", "1.4", "Medlem", "NHO Industri representerer NHO."],
    ],
    "projects_header": ["Nr", "Tiltak", "Tiltakstype", "Delmål", "Ansvarlig", "Samarbeid med", "Beskrivelse"],
    "projects": [
        [1, "KGI – kompetanseløft grønn industri", "Prosjekt", "2.4", "NHO Industri", "LO; Vestland fylkeskommune",
         "Moduler i hydrogen- og batteriproduksjon utviklet sammen med fagskoler og bedrifter."],
        [2, "Norsk på arbeidsplassen (NoA)", "Kurs", "3.4", "NHO Service og Handel", "Oslo kommune",
         "Arbeidsplassbasert norskopplæring for ansatte i renhold og hotell."],
        [3, "Innspillsmøte om SRYs nye mandat", "Arrangement", "2.3", "NHO", "",
         "Medlemsbedrifter og bransjeforeninger ga innspill til NHOs posisjon om SRYs mandat."],
    ],
}
NHO["truth"] = [
    R(("Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk", "", "", "NHOs sjeføkonom sitter i utvalget.")),
    R(("SRY", "M02", "2.3", "Råd/utvalg/nettverk", "", "", "NHO leder rådet fra 1. januar 2060.")),
    R(("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk", "", "", "NHO Industri representerer NHO.")),
    R(("KGI – kompetanseløft grønn industri", "J01", "2.4", "Prosjekt", "NHO Industri", "LO; Vestland fylkeskommune",
       NHO["projects"][0][6])),
    R(("Norsk på arbeidsplassen (NoA)", "J07", "3.4", "Kurs/utdanning", "NHO Service og Handel", "Oslo kommune",
       NHO["projects"][1][6])),
    R(("Innspillsmøte om SRYs nye mandat", "U06", "2.3", "Arrangement", "NHO", "", NHO["projects"][2][6])),
]

# ---------------------------------------------------------------------------
# 04 Vestland fylkeskommune - ODT (Nynorsk), labelled blocks
# ---------------------------------------------------------------------------
VESTLAND_BLOCKS = [
    {"Tiltak": "Kompetanseløft for grøn industri",
     "Delmål": "2.4 Kople kompetansebehov i verksemder og klynger til tilbydarar",
     "Type": "Prosjekt",
     "Ansvarleg": "Vestland fylkeskommune",
     "Partnarar": "NHO; LO; Fagskulen Vestland",
     "Skildring": "Fylkeskommunen er regional partnar i det nasjonale KGI-løftet og finansierer modular ved Fagskulen Vestland."},
    {"Tiltak": "Kompetanseløft for grøn industri – fase 2 (havvind)",
     "Delmål": "2.4",
     "Type": "Prosjekt",
     "Ansvarleg": "Vestland fylkeskommune",
     "Partnarar": "Fagskulen Vestland; Høgskulen på Vestlandet",
     "Skildring": "Ny fase frå hausten 2060 med eige budsjett og nye modular retta mot havvind og maritim elektrifisering."},
    {"Tiltak": "Nasjonalt forum for karriererettleiing",
     "Delmål": "1.3",
     "Type": "Nettverk",
     "Ansvarleg": "Karriere Vestland",
     "Partnarar": "",
     "Skildring": "Karriere Vestland representerer fylkeskommunane i forumet og leier arbeidsgruppa for kvalitet i karriererettleiinga."},
    {"Tiltak": "Regionalt kompetanseforum Vestland",
     "Delmål": "1.2",
     "Type": "Råd/utval",
     "Ansvarleg": "Vestland fylkeskommune",
     "Partnarar": "NAV Vestland; LO; NHO; Universitetet i Bergen",
     "Skildring": "Forumet samordnar regionale kompetanseaktørar og vedtok ein felles kompetanseplan for 2060–2064."},
    {"Tiltak": "Vaksenopplæring på modular i Sunnfjord",
     "Delmål": "3.1",
     "Type": "Opplæring",
     "Ansvarleg": "Vestland fylkeskommune",
     "Partnarar": "Sunnfjord kommune",
     "Skildring": "Vaksne kan ta vidaregåande opplæring i helse- og oppvekstfag på kveldstid, modul for modul."},
]
VESTLAND = {
    "file": "04_Vestland_fylkeskommune_rapport_2060.odt",
    "member": "Vestland fylkeskommune",
    "title": "Rapportering frå Vestland fylkeskommune til Kompetansepolitisk råd 2060",
    "intro": "Nedanfor følgjer tiltaka fylkeskommunen har arbeidd med i 2060. Kvart tiltak er ført opp i ein eigen blokk.",
    "blocks": VESTLAND_BLOCKS,
}
_vtypes = ["Prosjekt", "Prosjekt", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "Kurs/utdanning"]
_vseeds = ["J01", "U07", "M06", "U08", "U09"]
VESTLAND["truth"] = [
    R((b["Tiltak"], s, b["Delmål"].split()[0], t, b["Ansvarleg"], b["Partnarar"], b["Skildring"]))
    for b, s, t in zip(VESTLAND_BLOCKS, _vseeds, _vtypes)
]

# ---------------------------------------------------------------------------
# 05 Oslo kommune - e-mail printed to PDF, numbered list
# ---------------------------------------------------------------------------
OSLO = {
    "file": "05_Oslo_kommune_epost_rapportering_2060.pdf",
    "member": "Oslo kommune",
    "headers": [
        ("Fra", "Utdanningsetaten, Oslo kommune <postmottak@ude.oslo.kommune.no>"),
        ("Sendt", "fredag 26. januar 2061 14:02"),
        ("Til", "Sekretariatet for Kompetansepolitisk råd"),
        ("Emne", "SV: Rapportering 2060 – Oslo kommune"),
    ],
    "greeting": "Hei,",
    "lead": "Vi viser til brev om rapportering. Oslo kommune har i 2060 særlig arbeidet med disse tiltakene:",
    "items": [
        "Yrkesfagdagen 2060 – stor utendørs yrkesmesse på Rådhusplassen for elever på 10. trinn, "
        "arrangert sammen med Virke og YS (delmål 2.3).",
        "Norsk på arbeidsplassen – norskkurs i arbeidstiden for ansatte i renhold, i samarbeid med "
        "NHO Service og Handel (delmål 3.4).",
        "Seniorveiledning i karrieresenteret (KVASS) – utprøving av karriereveiledning for ansatte over "
        "55 år, sammen med Unio (delmål 1.3).",
        "Nasjonalt forum for karriereveiledning – lederen for Karriere Oslo er kommunenes representant "
        "i forumet (delmål 1.3).",
        "Jobbsjansen Oslo – kvalifiseringsprogram for hjemmeværende innvandrerkvinner, med norsk, "
        "arbeidspraksis og fagopplæring (delmål 3.4).",
    ],
    "closing": ["Ta gjerne kontakt om noe er uklart.", "", "Med vennlig hilsen", "Ingrid Haugen",
                "seniorrådgiver, Utdanningsetaten", "Oslo kommune"],
    "quoted": ["-----Opprinnelig melding-----",
               "Fra: Sekretariatet for Kompetansepolitisk råd",
               "Emne: Rapportering 2060",
               "Vi ber medlemmene sende en kort oversikt over tiltak innen 1. februar 2061."],
}
OSLO["truth"] = [
    R(("Yrkesfagdagen 2060", "J02", "2.3", "Arrangement", "", "Virke; YS",
       "Stor utendørs yrkesmesse på Rådhusplassen for elever på 10. trinn, arrangert sammen med Virke og YS.")),
    R(("Norsk på arbeidsplassen", "J07", "3.4", "Kurs/utdanning", "", "NHO Service og Handel",
       "Norskkurs i arbeidstiden for ansatte i renhold, i samarbeid med NHO Service og Handel.")),
    R(("Seniorveiledning i karrieresenteret (KVASS)", "J04", "1.3", "Prosjekt", "", "Unio",
       "Utprøving av karriereveiledning for ansatte over 55 år, sammen med Unio.")),
    R(("Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk", "", "",
       "Lederen for Karriere Oslo er kommunenes representant i forumet.")),
    R(("Jobbsjansen Oslo", "U10", "3.4", "Prosjekt", "", "",
       "Kvalifiseringsprogram for hjemmeværende innvandrerkvinner, med norsk, arbeidspraksis og fagopplæring.")),
]

# ---------------------------------------------------------------------------
# 06 Virke - slide deck PDF
# ---------------------------------------------------------------------------
VIRKE = {
    "file": "06_Virke_presentasjon_raadsmote_2060.pdf",
    "member": "Virke",
    "title_slide": ("Virkes kompetansearbeid 2060", "Innlegg i Kompetansepolitisk råd, februar 2061"),
    "slides": [
        ("Virke i Råd for samarbeid med arbeidslivet", [
            "Virke deltar i RSA ved OsloMet, USN og NTNU",
            "Vi bidrar til at studieprogrammene treffer behovene i handel og tjenesteyting",
            "Delmål 1.4",
        ]),
        ("Bransjeprogrammet for handel", [
            "3 400 deltakere på nettmoduler i 2060",
            "Utviklet sammen med LO og HK",
            "Løfter den digitale kompetansen i hele arbeidsstyrken",
        ]),
        ("Yrkesfagdag på Rådhusplassen", [
            "Stand med 14 handelsbedrifter",
            "Arrangør: Oslo kommune",
            "Viser fram karriereveier i salg og service for 10.-klassinger",
        ]),
        ("Virke HR-barometer: læring i arbeidslivet", [
            "Spørreundersøkelse til 1 200 virksomheter",
            "Måler hva virksomhetene mener de får igjen for å investere i kompetanse",
            "Resultater publisert i oktober",
        ]),
        ("Veien videre", [
            "Flere bransjeprogram i 2061",
            "Tettere samarbeid med fylkeskommunene",
        ]),
    ],
}
VIRKE["truth"] = [
    R(("Råd for samarbeid med arbeidslivet", "M03", "1.4", "Råd/utvalg/nettverk", "", "",
       "Virke deltar i RSA ved OsloMet, USN og NTNU. Vi bidrar til at studieprogrammene treffer behovene i handel og tjenesteyting.")),
    R(("Bransjeprogrammet for handel", "J03", "2.1", "Kurs/utdanning", "", "LO; HK",
       "3 400 deltakere på nettmoduler i 2060. Utviklet sammen med LO og HK. Løfter den digitale kompetansen i hele arbeidsstyrken.")),
    R(("Yrkesfagdag på Rådhusplassen", "J02", "2.3", "Arrangement", "Oslo kommune", "",
       "Stand med 14 handelsbedrifter. Arrangør: Oslo kommune. Viser fram karriereveier i salg og service for 10.-klassinger.")),
    R(("Virke HR-barometer: læring i arbeidslivet", "U11", "2.2", "FoU", "", "",
       "Spørreundersøkelse til 1 200 virksomheter. Måler hva virksomhetene mener de får igjen for å investere i kompetanse. Resultater publisert i oktober.")),
]

# ---------------------------------------------------------------------------
# 07 UHR - DOCX table with merged delmål rows above groups
# ---------------------------------------------------------------------------
UHR = {
    "file": "07_UHR_rapportering_2060.docx",
    "member": "UHR",
    "title": "Universitets- og høgskolerådet (UHR): Rapportering for 2060",
    "intro": "Tabellen viser UHRs tiltak gruppert etter delmål i strategien.",
    "header": ["Tiltak", "Type tiltak", "Hvem", "Kort om"],
    "groups": [
        ("Delmål 1.4 – Samarbeid mellom utdanningstilbydere og arbeidslivet", [
            ["UHRs fagstrategiske enheter", "Råd/nettverk", "UHR",
             "Enhetene (bl.a. UHR-Helse og sosial og UHR-Lærerutdanning) har faste arbeidslivsrepresentanter og behandlet 31 saker om praksis og relevans."],
            ["Råd for samarbeid med arbeidslivet (RSA)", "Råd", "Medlemsinstitusjonene",
             "UHR koordinerer erfaringsdeling mellom institusjonenes RSA-er og holdt to nettverkssamlinger."],
            ["Evaluering av RSA-ordningen", "Utredning", "UHR; NIFU",
             "Undersøkelse av hvordan rådene påvirker studieporteføljen, levert i november."],
        ]),
        ("Delmål 2.5 – Dokumentasjon av kompetanse ervervet i arbeidslivet", [
            ["REKOM – realkompetansemodell for arbeidslivet", "FoU", "UHR; Fagskolerådet; Spekter",
             "Utvikler og prøver ut en felles metode for vurdering av kompetanse ervervet i arbeidslivet ved opptak og innpassing."],
        ]),
        ("Delmål 2.4 – Etter- og videreutdanning i samspill med virksomhetene", [
            ["Fleksible videreutdanningsmoduler i KI for offentlig sektor", "Utdanning", "UHR",
             "Ti høgskoler og universiteter tilbyr felles moduler på 7,5 studiepoeng i kunstig intelligens."],
        ]),
    ],
}
UHR["truth"] = [
    R(("UHRs fagstrategiske enheter", "M04", "1.4", "Råd/utvalg/nettverk", "UHR", "", UHR["groups"][0][1][0][3])),
    R(("Råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4", "Råd/utvalg/nettverk", "Medlemsinstitusjonene", "", UHR["groups"][0][1][1][3])),
    R(("Evaluering av RSA-ordningen", "U12", "1.4", "FoU", "UHR", "NIFU", UHR["groups"][0][1][2][3])),
    R(("REKOM – realkompetansemodell for arbeidslivet", "J06", "2.5", "FoU", "UHR", "Fagskolerådet; Spekter", UHR["groups"][1][1][0][3])),
    R(("Fleksible videreutdanningsmoduler i KI for offentlig sektor", "U13", "2.4", "Kurs/utdanning", "UHR", "", UHR["groups"][2][1][0][3])),
]

# ---------------------------------------------------------------------------
# 08 Fagskolerådet - letter as RTF
# ---------------------------------------------------------------------------
FAGSKOLERAADET = {
    "file": "08_Fagskoleraadet_brev_2060.rtf",
    "member": "Fagskolerådet",
    "address": ["Sekretariatet for Kompetansepolitisk råd", "Postboks 1093", "0317 Oslo"],
    "place_date": "Trondheim, 30. januar 2061",
    "subject": "Rapportering fra Fagskolerådet for 2060",
    "paragraphs": [
        "Vi takker for invitasjonen til å rapportere, og gir her en kort oversikt over hva Fagskolerådet har gjort i året som gikk.",
        "Fagskolerådet har også i 2060 hatt to representanter i Nasjonalt fagskoleråd. Der har vi særlig arbeidet for at "
        "bransjene skal få større innflytelse på nye fagskoletilbud, i tråd med delmål 1.4.",
        "Vi har deltatt i REKOM, der fagskolene tester modellen for vurdering av kompetanse fra arbeidslivet "
        "ved opptak til fagskole. Arbeidet ledes av UHR og hører til delmål 2.5.",
        "I oktober gjennomførte vi Fagskolekonferansen 2060 i Trondheim med 420 deltakere fra fagskoler, "
        "bedrifter og fylkeskommuner. Temaet var fagskolenes rolle i det grønne skiftet.",
        "Vi ser fram til videre samarbeid i rådet.",
    ],
    "signoff": ["Med hilsen", "", "Kari Lunde", "daglig leder, Fagskolerådet"],
}
FAGSKOLERAADET["truth"] = [
    R(("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk", "", "",
       "Fagskolerådet har også i 2060 hatt to representanter i Nasjonalt fagskoleråd. Der har vi særlig arbeidet for at bransjene skal få større innflytelse på nye fagskoletilbud.")),
    R(("REKOM", "J06", "2.5", "FoU", "UHR", "",
       "Fagskolene tester modellen for vurdering av kompetanse fra arbeidslivet ved opptak til fagskole. Arbeidet ledes av UHR.")),
    R(("Fagskolekonferansen 2060", "U14", "1.4", "Arrangement", "Fagskolerådet", "",
       "I oktober gjennomførte vi Fagskolekonferansen 2060 i Trondheim med 420 deltakere fra fagskoler, bedrifter og fylkeskommuner. Temaet var fagskolenes rolle i det grønne skiftet.")),
]

# ---------------------------------------------------------------------------
# 09 Sametinget - scanned (image-only) PDF
# ---------------------------------------------------------------------------
SAMETINGET = {
    "file": "09_Sametinget_rapport_2060_skannet.pdf",
    "member": "Sametinget",
    "lines": [
        ("h", "Sámediggi – Sametinget"),
        ("b", "Rapportering til Kompetansepolitisk råd for 2060"),
        ("b", ""),
        ("b", "1. Samisk nettverk for karriereveiledning"),
        ("b", "   Nettverk for veiledere som møter samiske elever og voksne,"),
        ("b", "   drevet sammen med Troms og Finnmark fylkeskommune."),
        ("b", "   Delmål: 1.3    Type: nettverk"),
        ("b", ""),
        ("b", "2. Kompetansepluss i reindriften"),
        ("b", "   Kurs i lesing, regning og digitale ferdigheter for"),
        ("b", "   reindriftsutøvere i Kautokeino og Karasjok."),
        ("b", "   Delmål: 3.2    Type: kurs"),
        ("b", ""),
        ("b", "3. Nasjonalt forum for karriereveiledning"),
        ("b", "   Sametinget har fast plass i forumet og løfter samisk"),
        ("b", "   kultur- og næringsliv inn i veiledningen."),
        ("b", "   Delmål: 1.3    Type: forum"),
        ("b", ""),
        ("b", "Karasjok, 29. januar 2061"),
        ("b", "Opplæringsavdelingen, Sametinget"),
    ],
}
SAMETINGET["truth"] = [
    R(("Samisk nettverk for karriereveiledning", "J08", "1.3", "Råd/utvalg/nettverk", "", "Troms og Finnmark fylkeskommune",
       "Nettverk for veiledere som møter samiske elever og voksne, drevet sammen med Troms og Finnmark fylkeskommune.")),
    R(("Kompetansepluss i reindriften", "U15", "3.2", "Kurs/utdanning", "", "",
       "Kurs i lesing, regning og digitale ferdigheter for reindriftsutøvere i Kautokeino og Karasjok.")),
    R(("Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk", "", "",
       "Sametinget har fast plass i forumet og løfter samisk kultur- og næringsliv inn i veiledningen.")),
]

# ---------------------------------------------------------------------------
# 10 Troms og Finnmark fylkeskommune - ODT... (DOC via soffice), two-column prose
# ---------------------------------------------------------------------------
TROMSFINNMARK = {
    "file": "10_Troms_og_Finnmark_fylkeskommune_aarsrapport_2060.doc",
    "member": "Troms og Finnmark fylkeskommune",
    "title": "Troms og Finnmark fylkeskommune – kompetansetiltak 2060",
    "intro": ("Fylkeskommunen har i 2060 prioritert karriereveiledning, desentralisert voksenopplæring og "
              "samarbeid med arbeidslivet i hele fylket. Her er en kort oversikt til Kompetansepolitisk råd."),
    "items": [
        ("Nettverk for samisk karriereveiledning.",
         "Sammen med Sametinget driver karrieresentrene i Alta, Karasjok og Tromsø et nettverk for veiledere "
         "som arbeider med samiske elever og voksne. (Delmål 1.3)"),
        ("Yrkesfagdagen Nord.",
         "Etter modell av den nasjonale Yrkesfagdagen arrangerte vi Yrkesfagdagen Nord i Tromsø for 1 100 "
         "elever fra hele landsdelen, med stands fra lærebedrifter. (Delmål 2.3)"),
        ("Nettbasert voksenopplæring Finnmark.",
         "Voksne i små kommuner kan ta fag i videregående opplæring på nett med samlinger i Vadsø og Hammerfest. "
         "(Delmål 3.1)"),
        ("Kompetanseforum Troms og Finnmark.",
         "Forumet samler NAV, partene, universitetet og fagskolene for å samordne kompetansearbeidet i regionen. "
         "(Delmål 1.2)"),
    ],
    "closing": "Kontakt: seksjon for kompetanse og karriere, Troms og Finnmark fylkeskommune.",
}
TROMSFINNMARK["truth"] = [
    R(("Nettverk for samisk karriereveiledning", "J08", "1.3", "Råd/utvalg/nettverk", "", "Sametinget",
       TROMSFINNMARK["items"][0][1].replace(" (Delmål 1.3)", ""))),
    R(("Yrkesfagdagen Nord", "U16", "2.3", "Arrangement", "", "",
       TROMSFINNMARK["items"][1][1].replace(" (Delmål 2.3)", ""))),
    R(("Nettbasert voksenopplæring Finnmark", "U17", "3.1", "Kurs/utdanning", "", "",
       TROMSFINNMARK["items"][2][1].replace(" (Delmål 3.1)", "").replace(" \n", " "))),
    R(("Kompetanseforum Troms og Finnmark", "U18", "1.2", "Råd/utvalg/nettverk", "", "",
       TROMSFINNMARK["items"][3][1].replace(" (Delmål 1.2)", ""))),
]

# ---------------------------------------------------------------------------
# 11 VOFO - XLSX with two-row merged header
# ---------------------------------------------------------------------------
VOFO = {
    "file": "11_VOFO_tiltaksoversikt_2060.xlsx",
    "member": "VOFO",
    "title": "Voksenopplæringsforbundet (VOFO) – tiltak 2060",
    "top_header": [("Tiltaket", 2), ("Plassering i strategien", 2), ("Gjennomføring", 3)],
    "sub_header": ["Navn", "Beskrivelse", "Innsatsområde", "Delmål", "Form", "Ansvar", "Partnere"],
    "rows": [
        ["Digitalt medborgerskap (Kompetansepluss frivillighet)",
         "Studieforbundene gir kurs i digitale ferdigheter for voksne, finansiert over Kompetansepluss frivillighet.",
         3, "3.2", "Kurs", "VOFO", "Studieforbundene; HK-dir"],
        ["Kartlegging av læringsmotivasjon i studieforbundene",
         "Spørreundersøkelse blant 5 000 deltakere om hva som motiverer voksne til å lære i frivillig sektor.",
         3, "3.6", "Forskning", "VOFO", "Høgskolen i Innlandet"],
        ["Studieforbundskonferansen 2060",
         "Årlig konferanse for studieforbund og medlemsorganisasjoner, i år om læringsglede.",
         3, "3.6", "Konferanse", "VOFO", ""],
        ["Norsktrening med frivillige",
         "Samtalegrupper på biblioteker der frivillige øver norsk med nyankomne innvandrere.",
         3, "3.4", "Kurs", "Studieforbundet Folkeuniversitetet", "Røde Kors"],
    ],
    "keyfigures": [["Nøkkeltall 2060", ""], ["Kurstimer i studieforbund", 1_240_000], ["Deltakere", 512_000]],
}
_vofo_types = ["Kurs/utdanning", "FoU", "Arrangement", "Kurs/utdanning"]
_vofo_seeds = ["J05", "U19", "U20", "U21"]
VOFO["truth"] = [
    R((r[0], s, r[3], t, r[5], r[6], r[1])) for r, s, t in zip(VOFO["rows"], _vofo_seeds, _vofo_types)
]

# ---------------------------------------------------------------------------
# 12 Spekter - DOC via soffice, one form per measure
# ---------------------------------------------------------------------------
SPEKTER_FORMS = [
    [("Navn på tiltak", "Kompetansebehovsutvalget (KBU)"), ("Delmål", "1.1"), ("Tiltakstype", "Utvalg"),
     ("Ansvarlig", "Spekter"), ("Samarbeidspartnere", ""),
     ("Beskrivelse", "Spekter er fast medlem av utvalget og bidro med data om kompetansebehov i helseforetakene.")],
    [("Navn på tiltak", "UHR-Helse og sosial"), ("Delmål", "1.4"), ("Tiltakstype", "Fagstrategisk enhet"),
     ("Ansvarlig", "UHR"), ("Samarbeidspartnere", "Helseforetakene"),
     ("Beskrivelse", "Spekter representerer arbeidsgiverne i UHRs fagstrategiske enhet for helse- og sosialfagutdanningene.")],
    [("Navn på tiltak", "Realkompetansemodellen for arbeidslivet"), ("Delmål", "2.5"), ("Tiltakstype", "Forskning og utvikling"),
     ("Ansvarlig", "UHR"), ("Samarbeidspartnere", "UHR; Fagskolerådet"),
     ("Beskrivelse", "Spekter prøver ut modellen for helsefagarbeidere som søker videreutdanning.")],
]
SPEKTER = {
    "file": "12_Spekter_rapport_2060.doc",
    "member": "Spekter",
    "title": "Spekter – rapporteringsskjema Kompetansepolitisk råd 2060",
    "intro": "Ett skjema per tiltak. Felt som ikke er relevante, er stående tomme.",
    "forms": SPEKTER_FORMS,
}
_sp = [("M01", "Råd/utvalg/nettverk"), ("M04", "Råd/utvalg/nettverk"), ("J06", "FoU")]
SPEKTER["truth"] = [
    R((dict(f)["Navn på tiltak"], s, dict(f)["Delmål"], t, dict(f)["Ansvarlig"], dict(f)["Samarbeidspartnere"],
       dict(f)["Beskrivelse"])) for f, (s, t) in zip(SPEKTER_FORMS, _sp)
]

# ---------------------------------------------------------------------------
# 13 Unio - DOCX, Nynorsk prose with headings
# ---------------------------------------------------------------------------
UNIO = {
    "file": "13_Unio_aarsmelding_kompetanse_2060.docx",
    "member": "Unio",
    "title": "Unio – årsmelding om kompetansearbeidet 2060",
    "sections": [
        ("Kompetansebehovsutvalet", [
            "Unio har ein representant i Kompetansebehovsutvalet (KBU). I 2060 var Unio særleg oppteken av "
            "behovet for sjukepleiarar, lærarar og politi i distrikta (delmål 1.1).",
            "I tillegg arrangerte Unio eit frukostseminar om KBU-rapporten i september, der forbunda drøfta "
            "kva funna betyr for velferdsstatens yrke.",
        ]),
        ("Seniorar og karriererettleiing", [
            "Saman med Oslo kommune har Unio prøvd ut KVASS, ein modell for karriererettleiing for seniorar "
            "i offentleg sektor. Prosjektet høyrer til delmål 1.3.",
            "Unio er også med i Nasjonalt forum for karriererettleiing, der vi tek opp seniorperspektivet.",
        ]),
        ("Etter- og vidareutdanning", [
            "Vidareutdanning i kommunehelse for sjukepleiarar vart tilbydd i samarbeid med KS og fire "
            "høgskular. 380 sjukepleiarar tok 30 studiepoeng ved sida av jobb (delmål 2.4).",
        ]),
    ],
}
UNIO["truth"] = [
    R(("Kompetansebehovsutvalet (KBU)", "M01", "1.1", "Råd/utvalg/nettverk", "", "",
       "Unio har ein representant i Kompetansebehovsutvalet (KBU). I 2060 var Unio særleg oppteken av behovet for sjukepleiarar, lærarar og politi i distrikta.")),
    R(("Frukostseminar om KBU-rapporten", "U22", "1.1", "Arrangement", "Unio", "",
       "Unio arrangerte eit frukostseminar om KBU-rapporten i september, der forbunda drøfta kva funna betyr for velferdsstatens yrke.")),
    R(("KVASS", "J04", "1.3", "Prosjekt", "", "Oslo kommune",
       "Ein modell for karriererettleiing for seniorar i offentleg sektor, prøvd ut saman med Oslo kommune.")),
    R(("Nasjonalt forum for karriererettleiing", "M06", "1.3", "Råd/utvalg/nettverk", "", "",
       "Unio er også med i Nasjonalt forum for karriererettleiing, der vi tek opp seniorperspektivet.")),
    R(("Vidareutdanning i kommunehelse for sjukepleiarar", "U23", "2.4", "Kurs/utdanning", "", "KS",
       "Vart tilbydd i samarbeid med KS og fire høgskular. 380 sjukepleiarar tok 30 studiepoeng ved sida av jobb.")),
]

# ---------------------------------------------------------------------------
# 14 KS - not a member report: meeting invitation with numbered agenda
# ---------------------------------------------------------------------------
KS_INVITE = {
    "file": "14_KS_innkalling_raadsmote_mars_2061.pdf",
    "member": "KS",
    "title": "Innkalling til møte i Kompetansepolitisk råd",
    "meta": [("Tid", "Torsdag 13. mars 2061 kl. 10.00–15.00"), ("Sted", "KS-huset, Haakon VIIs gate 9, Oslo"),
             ("Vertskap", "KS"), ("Påmelding", "innen 1. mars til sekretariatet")],
    "agenda": [
        "Godkjenning av innkalling og dagsorden",
        "Orientering fra Kompetansebehovsutvalget om NOU 2060: 4",
        "SRYs arbeid med ny tilbudsstruktur i yrkesfagene – innledning ved SRYs leder",
        "Oppsummering av medlemmenes rapportering for 2060 (sekretariatet)",
        "Råd for samarbeid med arbeidslivet – erfaringer fra UH-sektoren (innledning ved UHR)",
        "Eventuelt",
    ],
    "note": "Sakspapirer sendes ut én uke før møtet. Lunsj serveres.",
    "truth": [],
}

FILES = [REGJERINGEN, LO, NHO, VESTLAND, OSLO, VIRKE, UHR, FAGSKOLERAADET, SAMETINGET,
         TROMSFINNMARK, VOFO, SPEKTER, UNIO, KS_INVITE]

TRUTH_COLUMNS = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
                 "samarbeidspartnere", "beskrivelse"]


def truth_rows():
    out = []
    for spec in FILES:
        for (tiltak, seed, delmal, typ, ansv, samarb, besk) in spec["truth"]:
            out.append({"source_file": spec["file"], "member": spec["member"], "tiltak": tiltak,
                        "seed_row": seed, "delmal": delmal, "type": typ, "ansvarlig": ansv,
                        "samarbeidspartnere": samarb, "beskrivelse": besk})
    return out
