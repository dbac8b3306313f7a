"""Measures for held-out round 38 (reporting year 2059).

Each record: seed, tiltak (exact words used in the document), delmal, type
(one of the six), ansvarlig, partners (list), beskrivelse (exact description
text shown in the document, or "").  Extra keys (``shown_type``, ``extra``)
are display-only and never written to truth.csv.
"""

FOU = "FoU"
KURS = "Kurs/utdanning"
RAAD = "Råd/utvalg/nettverk"
PROSJ = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"


def R(seed, tiltak, delmal, typ, ansvarlig="", partners=(), beskrivelse="", **extra):
    d = dict(seed=seed, tiltak=tiltak, delmal=delmal, type=typ,
             ansvarlig=ansvarlig, partners=list(partners), beskrivelse=beskrivelse)
    d.update(extra)
    return d


# --- 01 LO: prose report grouped by hovedinnsatsområde, delmål only as paraphrased headings
LO = [
    R("M01", "Fast plass i Kompetansebehovsutvalget", "1.1", RAAD,
      "Samfunnspolitisk avdeling", [],
      "LO har også i 2059 hatt fast plass i utvalget. Nestlederen har møtt i alle utvalgsmøtene, og en rådgiver har deltatt i skrivegruppen for hovedrapporten."),
    R("U-LO-1", "Tillitsvalgtopplæring i digital omstilling", "2.1", KURS,
      "LOs organisasjonsavdeling", ["AOF Norge"],
      "Tre samlinger for tillitsvalgte i privat og offentlig sektor om hvordan de kan medvirke når arbeidsplassen tar i bruk ny teknologi. Om lag 420 deltakere i 2059."),
    R("M02", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", RAAD,
      "Samfunnspolitisk avdeling", ["NHO", "KS", "Spekter", "Virke"],
      "LO har leder- og nestledervervet annethvert år og deltar med tre faste medlemmer."),
    R("J02", "Yrkesfagdagen 2059", "2.3", ARR,
      "LO Ungdom", ["NHO", "KS", "Spekter"],
      "Landsdekkende markering 6. oktober der elever i ungdomsskolen møtte lærlinger og fagarbeidere på over 90 arbeidsplasser."),
    R("T-LO-SRY", "Skolering av LOs representanter i SRY og de faglige rådene", "2.3", KURS,
      "Samfunnspolitisk avdeling", [],
      "Todagers kurs for nyoppnevnte representanter om rollen i partssamarbeidet, læreplanarbeid og dimensjonering."),
    R("J01", "Kompetanseløftet Grønn Industri (KGI)", "2.4", PROSJ,
      "Fellesforbundet", ["NHO", "Norsk Industri"],
      "Bransjeprogram som gir ansatte i prosessindustrien tilpassede etter- og videreutdanningsmoduler innen batteri, hydrogen og karbonfangst."),
]

# --- 02 NHO: transposed workbook, tiltak as columns
NHO = [
    R("M01", "Medlem av KBU", "1.1", RAAD, "Kompetanseavdelingen", [],
      "NHO er ett av medlemmene i utvalget og bidrar til analysene i hovedrapporten.",
      shown_type="Deltakelse i råd"),
    R("M02", "Oppnevnt representanter til Samarbeidsrådet for yrkesopplæring", "1.4", RAAD,
      "Kompetanseavdelingen", [],
      "NHO har oppnevnt to faste og to vararepresentanter for perioden 2058–2061.",
      shown_type="Deltakelse i råd"),
    R("M03", "Næringslivsrepresentant i RSA ved NTNU og UiB", "1.4", RAAD,
      "NHO Trøndelag og NHO Vestland", [],
      "Regionforeningene representerer næringslivet i rådene for samarbeid med arbeidslivet.",
      shown_type="Representasjon"),
    R("J01", "KGI", "2.4", PROSJ, "Norsk Industri", ["LO", "Fellesforbundet"],
      "Videreføring av bransjeprogrammet for grønn industri med nye moduler i 2059.",
      shown_type="Bransjeprogram"),
    R("J08", "Fagskolematch 2059", "2.4", PROSJ, "NHO Service og Handel",
      ["Virke", "Fagskolerådet"],
      "Digital møteplass der bedrifter melder inn behov og fagskoler svarer med korte utdanningstilbud.",
      shown_type="Prosjekt"),
    R("U-NHO-1", "NHOs kompetansebarometer 2059", "2.2", FOU, "Kompetanseavdelingen", ["NIFU"],
      "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov og investering i opplæring.",
      shown_type="Analyse/undersøkelse"),
]

# --- 03 Vestland fylkeskommune: Nynorsk table PDF, repeated header/footer, footnotes
VESTLAND = [
    R("M03", "Plass i Rådet for samarbeid med arbeidslivet (RSA) ved Høgskulen på Vestlandet", "1.4", RAAD,
      "Seksjon for kompetanse", ["Høgskulen på Vestlandet"],
      "Fylkesdirektøren for opplæring og kompetanse er fast medlem og har i 2059 lagt fram det regionale kompetansebehovet for rådet.",
      shown_type="Råd/utval"),
    R("M06", "Deltaking i Nasjonalt forum for karriererettleiing", "1.3", RAAD,
      "Karriere Vestland", ["HK-dir"],
      "Leiaren for Karriere Vestland har representert fylkeskommunane på Vestlandet i forumet.",
      shown_type="Råd/utval"),
    R("U-VL-1", "Regionalt kompetanseforum Vestland", "1.2", RAAD,
      "Seksjon for kompetanse", ["NHO Vestland", "LO i Vestland", "NAV Vestland"],
      "Forumet samlar partane, utdanningsinstitusjonane og NAV fire gonger i året og gir råd om regional kompetansestrategi.",
      shown_type="Nettverk"),
    R("U-VL-KGI", "KGI Vestland – regional pilot", "2.4", PROSJ,
      "Seksjon for næring", ["Norsk Industri Vestland", "Fellesforbundet"],
      "Regional pilot som tilpassar modular til industrien i Sunnhordland og Årdal.",
      shown_type="Prosjekt"),
    R("J10", "Norsk på jobb 2.0", "3.4", PROSJ,
      "Seksjon for vaksenopplæring", ["NAV Vestland", "kommunane i Sunnfjord"],
      "Arbeidsplassbasert norskopplæring for tilsette med innvandrarbakgrunn, med lærar på arbeidsplassen to dagar i veka.",
      shown_type="Prosjekt"),
    R("U-VL-2", "Vaksenopplæring på kveldstid", "3.1", KURS,
      "Seksjon for vaksenopplæring", [],
      "Kveldsklassar i vidaregåande opplæring for vaksne i Bergen, Førde og Stord.",
      shown_type="Opplæring"),
]

# --- 04 KS: letter with numbered list
KS = [
    R("M02", "Representasjon i Samarbeidsrådet for yrkesopplæring", "1.4", RAAD,
      "", [],
      "KS har to medlemmer i rådet og har i 2059 særlig vært opptatt av lærlingplasser i kommunal sektor."),
    R("M06", "Medlemskap i NFK", "1.3", RAAD, "", [],
      "KS er medlem av forumet på vegne av kommunesektoren."),
    R("T-KS-NFK", "Kartlegging av fylkeskommunenes erfaringer med NFK", "1.3", FOU,
      "KS Forskning", ["Oxford Research"],
      "Undersøkelse av hvordan fylkeskommunene bruker forumets anbefalinger i egne karrieresentre. Rapporten kom i november."),
    R("J02", "Den nasjonale yrkesfagdagen", "2.3", ARR, "", ["LO", "Spekter"],
      "KS mobiliserte kommunene til å ta imot ungdomsskoleelever på sykehjem, vannverk og byggeplasser."),
    R("J03", "DigiKomp – digitalt kompetanseløft for kommuneansatte", "2.1", PROSJ,
      "KS Digitalisering", ["Unio", "Fagforbundet"],
      "Nettbaserte moduler og lokale læringsnettverk i 140 kommuner."),
    R("J10", "NPJ 2.0", "3.4", PROSJ, "", ["Vestland fylkeskommune"],
      "KS har bidratt med veileder for kommuner som vil ta modellen i bruk som arbeidsgivere."),
]

# --- 05 Unio: labelled blocks (ODT)
UNIO = [
    R("M01", "Unios plass i Kompetansebehovsutvalget", "1.1", RAAD, "Unio-sekretariatet", [],
      "Unio har ett medlem i utvalget og har bidratt med innspill om kompetansebehov i helse og utdanning.",
      shown_type="Utvalg"),
    R("J03", "Digitalt kompetanseløft for ansatte i kommunesektoren (DigiKomp)", "2.1", PROSJ,
      "Norsk Sykepleierforbund", ["KS", "Fagforbundet"],
      "Unio-forbundene har deltatt i styringsgruppen og bidratt med innhold for helse- og omsorgsansatte.",
      shown_type="Partssamarbeid"),
    R("U-UNIO-1", "Unio-skolen: digital arbeidshverdag for tillitsvalgte", "2.1", KURS,
      "Unio-sekretariatet", [],
      "Kursrekke i fire deler for hovedtillitsvalgte om innføring av ny teknologi.",
      shown_type="Kurs"),
    R("J07", "Brukertesting av Godkjenningsportalen for utenlandsk utdanning", "2.6", PROSJ,
      "Utdanningsforbundet", ["Akademikerne", "HK-dir"],
      "Medlemmer med utdanning fra utlandet testet den nye portalen og ga tilbakemeldinger på søknadsforløpet.",
      shown_type="Prosjekt"),
    R("J11", "RealKomp – utprøving av modell for realkompetansevurdering", "2.5", PROSJ,
      "Norsk Sykepleierforbund", ["Spekter", "Fagskolerådet"],
      "Utprøving av en felles modell for å dokumentere kompetanse helsefagarbeidere har fått gjennom arbeid.",
      shown_type="Utviklingsarbeid"),
]

# --- 06 Akademikerne: RTF table, one cell lists several tiltak
AKADEMIKERNE = [
    R("M04", "Representasjon i UHRs fagstrategiske enheter", "1.4", RAAD, "Akademikernes sekretariat", ["UHR"],
      ""),
    R("U-AK-1", "Karrierewebinarer for nyutdannede", "1.3", INFO, "Akademikerne næringsliv", [], ""),
    R("U-AK-2", "CV-verksted på Akademikerdagen", "1.3", ARR, "Akademikerne næringsliv", [], ""),
    R("J04", "LÆRVERD – forskningsprosjekt om verdien av læring i arbeid", "2.2", FOU,
      "Akademikernes sekretariat", ["UHR", "Virke", "Fafo"],
      "Treårig prosjekt som måler hva bedrifter og ansatte får igjen for investering i etter- og videreutdanning."),
    R("J07", "Medlemspanel for testing av Godkjenningsportalen", "2.6", PROSJ,
      "Akademikernes sekretariat", ["Unio", "HK-dir"], ""),
    R("U-AK-3", "Mentorordning for innvandrede akademikere", "3.4", PROSJ,
      "Samfunnsøkonomene og Tekna", ["IMDi"],
      "Ettårig mentorprogram som kobler akademikere med utenlandsk utdanning med erfarne medlemmer i samme fag."),
]

# --- 07 Innlandet fylkeskommune: scanned (image-only) PDF
INNLANDET = [
    R("M03", "Medlem i RSA ved Høgskolen i Innlandet", "1.4", RAAD, "Fylkesdirektør", ["HINN"], ""),
    R("J05", "Seniornettverket for karriereveiledning", "1.3", RAAD, "Karriere Innlandet",
      ["Agder fylkeskommune", "NAV Innlandet"], ""),
    R("J06", "Lær i laget", "3.6", PROSJ, "Seksjon voksenopplæring", ["VOFO", "Agder fylkeskommune"], ""),
    R("U-INN-NPJ", "Norsk på jobb Innlandet", "3.4", PROSJ, "Seksjon voksenopplæring", ["NAV Innlandet"], ""),
]

# --- 08 Virke: slide deck PDF
VIRKE = [
    R("T-VIRKE-KBU", "Frokostseminar om KBU-rapporten 2059", "1.1", ARR, "Virke kompetansepolitikk", [],
      "Lansering og debatt om Kompetansebehovsutvalgets hovedrapport med 180 deltakere fra handels- og tjenestenæringen."),
    R("J04", "Forskningsprosjektet LÆRVERD", "2.2", FOU, "Virke kompetansepolitikk", ["Akademikerne", "UHR"],
      "Virke bidrar med data fra medlemsvirksomheter og sitter i prosjektets referansegruppe."),
    R("J08", "Fagskolematchen", "2.4", PROSJ, "Virke HSH", ["NHO", "Fagskolerådet"],
      "Virke-medlemmer har meldt inn 60 konkrete kompetansebehov som fagskolene har svart på."),
    R("U-VIRKE-1", "HR-nettverk for digital omstilling i varehandelen", "2.1", RAAD, "Virke HSH", [],
      "Nettverk for HR-ledere i kjedene som deler erfaringer med opplæring i nye digitale verktøy."),
]

# --- 09 Trøndelag fylkeskommune: form with checkboxes (DOCX)
TRONDELAG = [
    R("M05", "Trøndelags representant i Nasjonalt fagskoleråd", "1.4", RAAD, "Avdeling for utdanning",
      [], "Fylkesdirektøren for utdanning er oppnevnt som fylkeskommunenes representant i rådet for 2058–2061."),
    R("M06", "Fylkeskommunens deltakelse i Nasjonalt forum for karriereveiledning", "1.3", RAAD,
      "Karriere Trøndelag", [], "Deltakelse på forumets møter og i arbeidsgruppen for kvalitet i veiledningen."),
    R("J09", "Karriereveiledningskonferansen Bálggis", "1.3", ARR, "Karriere Trøndelag",
      ["Sametinget", "Nord universitet"],
      "Konferanse om karriereveiledning med samisk perspektiv, arrangert i Snåsa i september."),
    R("U-TRO-1", "Fagbrev på jobb Trøndelag", "3.3", PROSJ, "Avdeling for utdanning",
      ["NAV Trøndelag", "opplæringskontorene"],
      "Voksne ansatte tar fagbrev gjennom ordinært arbeid, med veiledning fra opplæringskontor."),
]

# --- 10 UHR: annual report chapter in running prose (DOC)
UHR = [
    R("M04", "Arbeidsgruppe EVU i UHRs fagstrategiske enheter", "1.4", RAAD, "", [],
      "Arbeidsgruppen har utarbeidet anbefalinger for hvordan etter- og videreutdanning kan utvikles i tettere samarbeid med arbeidsgiverne."),
    R("J04", "forskningsprosjektet LÆRVERD", "2.2", FOU, "", ["Akademikerne", "Virke"],
      "Prosjektet skal gi bedre kunnskap om hva investeringer i kompetanseutvikling gir for samfunnet, virksomhetene og den enkelte."),
    R("T-UHR-RSA", "Spørreundersøkelse om RSA-ene ved universiteter og høyskoler", "1.4", FOU, "", [],
      "Undersøkelsen viser at de fleste rådene møtes to ganger i året, men at få av dem drøfter dimensjonering av studietilbud."),
    R("U-UHR-1", "Nasjonal konferanse om livslang læring 2059", "1.4", ARR, "", ["HK-dir"],
      "Konferansen ble holdt i Tromsø 3.–4. juni med over 400 deltakere fra utdanningssektoren og arbeidslivet."),
]

# --- 12 Agder fylkeskommune (final; draft 11 has no truth rows)
AGDER = [
    R("J05", "Nettverk for karriereveiledning av seniorer", "1.3", RAAD, "Karrieresenteret Agder",
      ["Innlandet fylkeskommune", "NAV Agder"],
      "Felles fagnettverk for veiledere som møter arbeidstakere over 55 år.",
      shown_type="Nettverk"),
    R("U-AGD-1", "Chatveiledning ved Karrieresenteret Agder", "1.3", PROSJ, "Karrieresenteret Agder", [],
      "Utprøving av karriereveiledning på chat på kveldstid, tre kvelder i uka.",
      shown_type="Utviklingsprosjekt"),
    R("U-AGD-2", "Agder kompetansepartnerskap", "1.2", RAAD, "Seksjon for kompetanse",
      ["NHO Agder", "LO Agder", "Universitetet i Agder", "NAV Agder"],
      "Partnerskap som følger opp den regionale kompetansestrategien.",
      shown_type="Partnerskap"),
    R("J06", "Lær i laget – læring gjennom frivillige lag og foreninger", "3.6", PROSJ,
      "Seksjon for kompetanse", ["VOFO", "Innlandet fylkeskommune"],
      "Studieforbund og lag tilbyr kurs i grunnleggende ferdigheter knyttet til aktivitetene i laget.",
      shown_type="Prosjekt"),
]

# --- 13 Fagskolerådet: two-column PDF
FAGSKOLERADET = [
    R("M05", "Sekretariat for og plass i Nasjonalt fagskoleråd", "1.4", RAAD, "Fagskolerådets sekretariat", [],
      "Fagskolerådet har to plasser i Nasjonalt fagskoleråd og har i 2059 også ivaretatt sekretariatsfunksjonen for rådets arbeidsutvalg."),
    R("J08", "Fagskolematch – kobling av bedrifter og fagskoler", "2.4", PROSJ, "Fagskolerådet",
      ["NHO", "Virke"],
      "37 fagskoler har deltatt, og 22 nye korte tilbud ble utviklet på bakgrunn av meldte behov."),
    R("J11", "RealKomp-utprøvingen i fagskolene", "2.5", PROSJ, "Fagskolerådet", ["Unio", "Spekter"],
      "Fem fagskoler prøver ut modellen for vurdering av realkompetanse som grunnlag for opptak og fritak."),
    R("U-FSR-1", "Fagskolestatistikk 2059", "2.2", FOU, "Fagskolerådets sekretariat", ["SSB"],
      "Sammenstilling av tall for studenter, gjennomføring og arbeidslivsrelevans i fagskolesektoren."),
]

# --- 16 Spekter: checklist matrix XLSX
SPEKTER = [
    R("M01", "Spekters medlemskap i KBU", "1.1", RAAD, "Spekter, avdeling for kompetanse", [], ""),
    R("M02", "Spekter i SRY", "1.4", RAAD, "Spekter, avdeling for kompetanse", [], ""),
    R("M05", "Oppnevning av medlem til Nasjonalt fagskoleråd", "1.4", RAAD,
      "Spekter, avdeling for kompetanse", [], "Nytt medlem oppnevnt fra helseforetakene."),
    R("J02", "Yrkesfagdagen", "2.3", ARR, "Spekter helse", ["LO", "KS"],
      "Helseforetakene åpnet sykehusene for elever."),
    R("J11", "RealKomp-piloten i helseforetakene", "2.5", PROSJ, "Spekter helse", ["Unio", "Fagskolerådet"],
      "Pilot i to helseforetak."),
    R("U-SPK-1", "Lederutviklingsprogram for førstelinjeledere i helseforetakene", "2.4", KURS,
      "Spekter helse", ["BI"], ""),
]

# --- 17 Sametinget: bilingual (Northern Sámi / Norwegian) table, no type column
SAMETINGET = [
    R("M06", "Sametingets deltakelse i Nasjonalt forum for karriereveiledning", "1.3", RAAD,
      "Opplærings- og kompetanseavdelingen", [],
      "Sametinget deltar i forumet for å sikre at samisk språk, kultur og næringsliv blir ivaretatt i karriereveiledningen."),
    R("J09", "Bálggis-konferansen 2059", "1.3", ARR, "Opplærings- og kompetanseavdelingen",
      ["Trøndelag fylkeskommune", "Sámi allaskuvla"],
      "Konferanse for karriereveiledere og rådgivere om samisk kultur- og næringsliv, arrangert sammen med Trøndelag fylkeskommune."),
    R("U-SAM-1", "Bálggis digital – webinarrekke", "1.3", INFO, "Opplærings- og kompetanseavdelingen", [],
      "Fire webinarer for rådgivere i grunnskolen som ikke kunne delta på konferansen."),
    R("U-SAM-2", "Kompetansepluss i reindriften", "3.2", PROSJ, "Næringsavdelingen",
      ["Norske Reindriftsamers Landsforbund"],
      "Opplæring i grunnleggende digitale ferdigheter og regnskap for reindriftsutøvere, finansiert gjennom Kompetansepluss arbeid."),
]
