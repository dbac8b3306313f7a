"""All measures of round 46 (reporting year 2067), in document order per file.

Each Row carries the truth values plus how the member shows delmål (dm) and type (ty)
in its own file.  Seed ``"U"`` is turned into U<FF><NN> by order of appearance.
"""
from dataclasses import dataclass, field

MEMBERS = [
    "Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne", "Spekter", "VOFO", "UHR",
    "Fagskolerådet", "Kompetanseforbundet", "Sametinget", "Østfold fylkeskommune", "Akershus fylkeskommune",
    "Oslo kommune", "Hedmark fylkeskommune", "Oppland fylkeskommune", "Buskerud fylkeskommune",
    "Vestfold fylkeskommune", "Telemark fylkeskommune", "Aust-Agder fylkeskommune", "Vest-Agder fylkeskommune",
    "Rogaland fylkeskommune", "Hordaland fylkeskommune", "Sogn og Fjordane fylkeskommune",
    "Vestland fylkeskommune", "Møre og Romsdal fylkeskommune", "Trøndelag fylkeskommune",
    "Nordland fylkeskommune", "Troms fylkeskommune", "Finnmark fylkeskommune", "Viken fylkeskommune",
    "Innlandet fylkeskommune", "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune",
    "Troms og Finnmark fylkeskommune",
]
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
DELMAL = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]

# Shared councils -> seed id and delmål
COUNCILS = {
    "M01": ("KBU", "Kompetansebehovsutvalget (KBU)", "1.1"),
    "M02": ("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4"),
    "M03": ("RSA", "Råd for samarbeid med arbeidslivet (RSA)", "1.4"),
    "M04": ("UHR-FSE", "UHRs fagstrategiske enheter", "1.4"),
    "M05": ("FSR", "Nasjonalt fagskoleråd", "1.4"),
    "M06": ("NFK", "Nasjonalt forum for karriereveiledning", "1.3"),
}
JOINT = {
    "J01": "Kompetanseuka 2067 (nasjonal kompetanseuke, oktober)",
    "J02": "Læringsløftet i arbeidslivet (partsprosjekt LO/NHO/KS)",
    "J03": "DigiHelse – felles digital kompetanseheving i helse og omsorg",
    "J04": "Realkompetanseportalen (felles inngang UHR/Fagskolerådet)",
    "J05": "Yrkes-NM 2067 i Bodø",
    "J06": "Kompetansepluss frivillighet i samiske områder (KPF Sápmi)",
    "J07": "Bransjeprogrammet for grønn industri (BGI)",
    "J08": "Nasjonal karrierekonferanse 2067 i Kristiansand",
    "J09": "Norsk på arbeidsplassen (NAP)",
    "J10": "Fleksible masterkurs for yrkesaktive («Master i arbeid»)",
}
RSA, KUR, RUN, PRO, INF, ARR, FOU = ("Råd/utvalg/nettverk", "Kurs/utdanning", "Råd/utvalg/nettverk",
                                      "Prosjekt", "Informasjon", "Arrangement", "FoU")


@dataclass
class Row:
    seed: str
    tiltak: str
    delmal: str
    type: str
    ansvarlig: str = ""
    samarb: str = ""
    beskr: str = ""
    dm: str = ""      # delmål as shown in the file ("" = not shown)
    ty: str = ""      # type as shown in the file ("" = not shown)
    x: dict = field(default_factory=dict)  # file-specific extras
    role: str = ""    # README note: council / joint / trap / near miss


@dataclass
class FileSpec:
    num: int
    name: str
    member: str
    fmt: str
    shape: str
    rows: list


FILES = []


def add(num, name, member, fmt, shape, rows):
    n = 0
    for r in rows:
        if r.seed == "U":
            n += 1
            r.seed = "U%02d%02d" % (num, n)
    FILES.append(FileSpec(num, name, member, fmt, shape, rows))


# ---------------------------------------------------------------- 01 LO (slides)
add(1, "01_LO_presentasjon_tiltak_2067.pdf", "LO", "PDF (reportlab, landscape)",
    "Presentation-style landscape PDF, one slide per delmål; measures as bold headings with ▸ sub-bullets "
    "(Hva vi gjorde / Hvem / Sammen med / Form); closing slide 'Videre arbeid 2068'", [
    Row("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RUN, "Samfunnspolitisk avdeling", "",
        "LO har ett av arbeidstakersidens medlemmer i KBU og har i 2067 bidratt med analyser fra forbundene om "
        "kompetansebehov i industri, bygg og transport.", dm="Delmål 1.1", ty="Utvalg", role="council"),
    Row("M02", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RUN, "LOs utdanningsavdeling", "",
        "LO leder SRY i perioden 2066–2068. Rådet har i 2067 prioritert læreplasser i nye fag og råd til "
        "fylkeskommunene om dimensjonering av tilbudet.", dm="Delmål 1.4", ty="Råd", role="council (LO leads it)"),
    Row("M05", "Nasjonalt fagskoleråd", "1.4", RUN, "LOs utdanningsavdeling", "Fellesforbundet",
        "Vi har to representanter i Nasjonalt fagskoleråd, én fra LO sentralt og én fra Fellesforbundet, og har "
        "fulgt opp rådets arbeid med finansiering av fagskoletilbud i bransjeprogrammene.",
        dm="Delmål 1.4", ty="Råd", role="council ('vi har to representanter i…')"),
    Row("U", "Skolering av LO-representanter i SRY og faglige råd", "1.4", KUR, "LOs utdanningsavdeling",
        "AOF Norge",
        "Todagers samling på Sørmarka for nye representanter om mandat, partssamarbeid og arbeidet med "
        "læreplaner og tilbudsstruktur. 46 deltakere.", dm="Delmål 1.4", ty="Kurs",
        role="trap: training own representatives in SRY"),
    Row("U", "Digital kompetanse for tillitsvalgte", "2.1", KUR, "AOF Norge", "LO-forbundene",
        "Nettkurs i fire moduler om digitale verktøy, personvern og innføring av ny teknologi på arbeidsplassen. "
        "2 300 tillitsvalgte fullførte i 2067.", dm="Delmål 2.1", ty="Nettkurs"),
    Row("J02", "Læringsløftet i arbeidslivet", "2.2", PRO, "LOs utdanningsavdeling", "NHO, KS, Fafo",
        "Treårig partsprosjekt som kartlegger hvordan læring organiseres på arbeidsplassen, med casestudier i "
        "40 virksomheter. LO leder styringsgruppen i 2067.", dm="Delmål 2.2", ty="Prosjekt", role="joint"),
    Row("J01", "Nasjonal kompetanseuke", "2.2", ARR, "Samfunnspolitisk avdeling", "NHO, Virke",
        "LO holdt tre frokostmøter i uke 42 om tillitsvalgtes rolle i kompetanseutvikling, som del av den "
        "felles uken med NHO og Virke.", dm="Delmål 2.2", ty="Samling", role="joint"),
    Row("J07", "Bransjeprogrammet for grønn industri", "2.4", KUR, "Fellesforbundet",
        "NHO, Norsk Industri, fagskolene",
        "Korte, arbeidsplassnære etter- og videreutdanningstilbud i hydrogen, batteriproduksjon og karbonfangst. "
        "38 kurs og om lag 900 deltakere i 2067.", dm="Delmål 2.4", ty="Utdanning", role="joint"),
])

# ---------------------------------------------------------------- 02 NHO (e-mail)
add(2, "02_NHO_epost_rapportering_2067.pdf", "NHO", "PDF (HTML e-mail printed via soffice)",
    "Printed e-mail reply ('SV:') with the measures in running prose under three informal headings, "
    "codes in brackets at sentence end; quoted earlier mail from the secretariat below", [
    Row("M01", "KBU", "1.1", RUN, "", "",
        "NHO er fortsatt representert i KBU med sjeføkonomen, og utvalget la fram sin hovedrapport i juni.",
        dm="(1.1)", ty="", role="council (abbreviation only)"),
    Row("M02", "Samarbeidsrådet for yrkesopplæring", "1.4", RUN, "", "",
        "Samarbeidsrådet for yrkesopplæring har i 2067 hatt særlig oppmerksomhet på læreplasser i nye fag og "
        "på dimensjonering; NHO har fire av arbeidsgiversidens plasser i rådet.", dm="(1.4)", ty="",
        role="council as subject of the sentence"),
    Row("M05", "Nasjonalt fagskoleråd", "1.4", RUN, "", "",
        "NHO oppnevner også medlemmer til Nasjonalt fagskoleråd, og vi har der fulgt opp arbeidet med "
        "fagskolepoeng i bransjeprogrammene.", dm="(1.4)", ty="", role="council ('oppnevner medlemmer til…')"),
    Row("J01", "Kompetanseuka 2067", "2.2", ARR, "NHO Arbeidsliv", "LO, Virke",
        "NHO var medarrangør sammen med LO og Virke, med over 120 arrangementer i hele landet.",
        dm="(2.2, arrangement)", ty="arrangement", role="joint"),
    Row("J02", "LLA-prosjektet", "2.2", PRO, "", "LO, KS",
        "LLA-prosjektet går som planlagt. NHO har skaffet casebedrifter fra reiseliv og industri, og "
        "delrapport 2 ble levert i november. Prosjektet styres av en styringsgruppe med LO, NHO og KS.",
        dm="(2.2, prosjekt)", ty="prosjekt", role="joint (acronym)"),
    Row("J07", "BGI", "2.4", KUR, "Norsk Industri", "Fellesforbundet, fagskolene",
        "BGI (bransjeprogrammet) hadde sitt andre fulle år, med 38 kurs i hydrogen, batteri og karbonfangst. "
        "Norsk Industri har koordinert arbeidsgiversiden i samarbeid med Fellesforbundet og fagskolene.",
        dm="", ty="", role="joint (acronym; delmål implied)"),
    Row("U", "Realkompetansevurdering i reiselivet", "2.5", PRO, "NHO Reiseliv", "fylkeskommunene",
        "NHO Reiseliv har sammen med fylkeskommunene gjennomført en pilot der 60 ansatte uten fagbrev fikk "
        "vurdert realkompetansen sin opp mot læreplanene i restaurant- og matfag.", dm="(2.5)", ty="Pilot"),
    Row("U", "Innspill til KBUs hovedrapport", "1.1", FOU, "", "",
        "NHO leverte et skriftlig innspill til KBUs hovedrapport, basert på kompetansebarometeret blant 6 000 "
        "medlemsbedrifter.", dm="(1.1, utredning)", ty="utredning",
        role="trap: input to KBU's report"),
])

# ---------------------------------------------------------------- 03 KS (table per measure)
add(3, "03_KS_tiltaksskjema_2067.docx", "KS", "DOCX (python-docx)",
    "One 2-column key/value table per measure (Navn på tiltak / Delmål / Type tiltak / Ansvarlig i KS / "
    "Samarbeidspartnere / Beskrivelse / Status per 31.12.2067), numbered 'Tiltak 1 av 8' captions", [
    Row("M01", "Kompetansebehovsutvalgets arbeid", "1.1", RUN, "Avdeling for arbeidsgiverpolitikk", "",
        "KS har ett medlem i utvalget. I 2067 har KS særlig bidratt med data om rekrutteringsbehov i helse og "
        "omsorg og i barnehagesektoren.", dm="1.1 Kompetansebehovsutvalg", ty=RUN, x={"status": "Løpende"},
        role="council (genitive)"),
    Row("M02", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RUN, "Avdeling for utdanning og oppvekst", "",
        "KS representerer kommunesektoren som arbeidsgiver og skoleeier i SRY. Viktige saker i 2067 var "
        "formidling til læreplass og nye voksenrettede løp.", dm="1.4 Samarbeid utdanning og arbeidsliv",
        ty=RUN, x={"status": "Løpende"}, role="council"),
    Row("M06", "Nasjonalt forum for karriereveiledning", "1.3", RUN, "Avdeling for utdanning og oppvekst", "",
        "KS representerer kommunesektoren i forumet og har i 2067 særlig løftet karriereveiledning i den "
        "kommunale voksenopplæringen.", dm="1.3 Karriereveiledning", ty=RUN, x={"status": "Løpende"},
        role="council"),
    Row("J02", "Partsprosjektet om læring på arbeidsplassen", "2.2", PRO, "Avdeling for arbeidsgiverpolitikk",
        "LO, NHO",
        "KS deltar sammen med LO og NHO i prosjektet og har ansvar for delprosjektet om kommunale virksomheter "
        "i barnehage, helse og omsorg og teknisk sektor. 12 kommuner er casekommuner.",
        dm="2.2 Kunnskap om læring i arbeidslivet", ty=PRO, x={"status": "Pågår, avsluttes 2068"},
        role="joint (description only)"),
    Row("J03", "Digitalt kompetanseløft i helse og omsorg", "2.1", KUR, "KS Digital", "Spekter, Unio",
        "Modulbasert opplæring i velferdsteknologi og digital samhandling for ansatte i den kommunale helse- og "
        "omsorgstjenesten, utviklet sammen med Spekter og Unio-forbundene. 9 800 ansatte har tatt minst én "
        "modul.", dm="2.1 Digital kompetanse", ty=KUR, x={"status": "Pågår"}, role="joint"),
    Row("J09", "Norsk på arbeidsplassen (NAP)", "3.4", PRO, "Avdeling for utdanning og oppvekst",
        "Innlandet fylkeskommune, HK-dir",
        "Modell for arbeidsplassbasert norskopplæring for ansatte med svake norskferdigheter i kommunene. "
        "14 kommuner deltok i 2067.", dm="3.4 Kvalifisering av innvandrere", ty=PRO, x={"status": "Pågår"},
        role="joint"),
    Row("U", "KS Læring – nye e-læringskurs", "2.1", KUR, "KS Digital", "",
        "Videreutvikling av den felles læringsplattformen for kommunesektoren med 45 nye e-læringskurs i 2067, "
        "blant annet i informasjonssikkerhet og bruk av kunstig intelligens i saksbehandling.",
        dm="2.1 Digital kompetanse", ty=KUR, x={"status": "Gjennomført"}),
    Row("U", "Kompetansepluss arbeid i kommunene", "3.2", PRO, "Avdeling for utdanning og oppvekst", "HK-dir",
        "KS har oppfordret kommunene til å søke Kompetansepluss arbeid for ansatte uten fullført videregående "
        "opplæring, og arrangerte fire regionale søknadsverksteder.", dm="3.2 Kompetansepluss", ty=PRO,
        x={"status": "Gjennomført"}),
])

# ---------------------------------------------------------------- 04 Unio (transposed XLSX)
add(4, "04_Unio_rapportering_2067.xlsx", "Unio", "XLSX (openpyxl)",
    "Transposed table: one COLUMN per measure ('Tiltak 1'…'Tiltak 6'), field names down column A; "
    "status row separates a 2068 plan", [
    Row("M01", "Kompetansebehovsutvalget", "1.1", RUN, "Unio-sekretariatet", "",
        "Unio har ett av arbeidstakersidens medlemmer i utvalget og har bidratt i arbeidsgruppen om helse- og "
        "utdanningssektoren.", dm="1.1", ty=RUN, x={"status": "Pågår"}, role="council"),
    Row("M04", "UHR-Lærerutdanning", "1.4", RUN, "Utdanningsforbundet", "",
        "Utdanningsforbundet møter for Unio og har fremmet behovet for mer og bedre veiledet praksis i "
        "lærerutdanningene.", dm="1.4", ty="Nettverk", x={"status": "Pågår"},
        role="council (named UHR unit)"),
    Row("J03", "Kurs i digital samhandling for sykepleiere og helsefagarbeidere", "2.1", KUR,
        "Norsk Sykepleierforbund", "KS, Spekter",
        "Sykepleierforbundet har bidratt med faglig innhold til den felles opplæringen i velferdsteknologi og "
        "digital samhandling i kommuner og sykehus.", dm="2.1", ty=KUR, x={"status": "Pågår"},
        role="joint (description)"),
    Row("U", "Frokostseminar om KBU-rapporten", "1.1", ARR, "Unio-sekretariatet", "NIFU",
        "Åpent frokostseminar i september der KBUs hovedrapport for 2067 ble presentert og drøftet med "
        "forbundsledere og forskere. Om lag 150 deltok, halvparten digitalt.", dm="1.1", ty=ARR,
        x={"status": "Gjennomført"}, role="trap: seminar on KBU's report"),
    Row("U", "Medlemsundersøkelse om etter- og videreutdanning", "2.2", FOU, "Unio-sekretariatet", "NOVA",
        "Spørreundersøkelse til 12 000 medlemmer om tilgang til og finansiering av etter- og videreutdanning. "
        "Rapporten ble publisert i november.", dm="2.2", ty=FOU, x={"status": "Gjennomført"}),
])

# ---------------------------------------------------------------- 05 Virke (Gantt)
add(5, "05_Virke_tiltaksplan_2067.xlsx", "Virke", "XLSX (openpyxl)",
    "Gantt-like timeline: measure columns + 12 month columns with filled ■ cells; separate block "
    "'Avsluttet i 2066 – til orientering' below", [
    Row("M02", "SRY", "1.4", RUN, "Virke utdanning", "",
        "Virke har én fast plass i SRY og koordinerer arbeidsgiversiden i faglig råd for salg, service og "
        "reiseliv.", dm="DM 1.4", ty="Råd", x={"months": [2, 4, 6, 9, 11]}, role="council (abbreviation)"),
    Row("M03", "RSA – råd for samarbeid med arbeidslivet", "1.4", RUN, "Virke utdanning", "",
        "Virke er medlem av rådene for samarbeid med arbeidslivet ved OsloMet og Universitetet i Sørøst-Norge, "
        "med vekt på handel og tjenesteyting.", dm="DM 1.4", ty="Råd", x={"months": [3, 10]}, role="council"),
    Row("U", "Handelsløftet – kortkurs i digital handel", "2.1", KUR, "Virke Handel",
        "Handelshøyskolen BI, HK",
        "Korte nettbaserte kurs i netthandel, dataanalyse og kundeservice for ansatte i varehandelen. "
        "1 150 deltakere.", dm="DM 2.1", ty="Kursrekke", x={"months": [1, 2, 3, 4, 5, 6, 9, 10, 11]}),
    Row("U", "Kampanjen «Lær mens du jobber»", "2.2", INF, "Virke kommunikasjon", "",
        "Kampanje i sosiale medier rettet mot ledere i små virksomheter om verdien av kompetanseutvikling.",
        dm="DM 2.2", ty="Kampanje", x={"months": [3, 4, 8, 9]}),
    Row("J01", "Kompetanseuka", "2.2", ARR, "Virke kommunikasjon", "NHO, LO",
        "Virke var medarrangør av den nasjonale uken og holdt 22 lokale arrangementer for medlemsvirksomheter i "
        "handel og tjenesteyting.", dm="DM 2.2", ty="Arrangement", x={"months": [10]},
        role="joint (short form)"),
    Row("U", "Bransjeprogram handel og service", "2.4", KUR, "Virke Handel", "HK, fagskolene",
        "Nytt bransjeprogram for handel og service, bygd på samme modell som bransjeprogrammet for grønn "
        "industri. De første kursene startet i september.", dm="DM 2.4", ty="Kursrekke",
        x={"months": [9, 10, 11, 12]}, role="near miss: BGI model extended to another sector"),
])

# ---------------------------------------------------------------- 06 Akademikerne (English)
add(6, "06_Akademikerne_report_2067.docx", "Akademikerne", "DOCX (python-docx)",
    "Report in English; Norwegian measure names as Heading 3, English description, one 'Sub-goal · "
    "Category · Lead · Partners' fact line per measure; 'Other matters' section", [
    Row("M01", "Kompetansebehovsutvalget (KBU)", "1.1", RUN, "Akademikerne secretariat", "",
        "Akademikerne holds one of the employee-side seats on the committee and in 2067 contributed data on the "
        "demand for graduates in technology, health and economics.", dm="1.1", ty="council / committee",
        role="council"),
    Row("M04", "UHRs fagstrategiske enheter", "1.4", RUN, "Tekna", "Den norske legeforening",
        "Our member associations are represented in several of UHR's strategic subject units, including the "
        "units for engineering and for medicine and health, where we have stressed work placements and "
        "relevance.", dm="1.4", ty="network", role="council"),
    Row("J10", "Master i arbeid", "2.4", KUR, "Akademikerne secretariat", "UHR",
        "Joint initiative with UHR to make 10-credit modules from master's programmes available to people in "
        "full-time work. In 2067, 41 modules were offered at 12 institutions, and Akademikerne promoted the "
        "scheme to members.", dm="2.4", ty="course / education", role="joint (short name)"),
    Row("U", "Akademikernes kompetanseundersøkelse 2067", "2.2", FOU, "Akademikerne secretariat",
        "Respons Analyse",
        "Survey of 9,000 members on employer-funded further education, time spent on learning and unmet needs. "
        "Results were presented at Arendalsuka.", dm="2.2", ty="research / survey"),
    Row("U", "Webinarserien «Digital forvaltning»", "2.1", ARR, "Samfunnsøkonomene", "Digdir",
        "Six webinars for members in the public sector on artificial intelligence, data sharing and digital "
        "case handling, with 2,400 registrations in total.", dm="2.1", ty="webinar series"),
])

# ---------------------------------------------------------------- 07 Spekter (long table)
add(7, "07_Spekter_tiltak_2067.pdf", "Spekter", "PDF (reportlab)",
    "Long table starting mid-page that continues on page 2 with repeated header; the DigiHelse row is "
    "split across the page break; headers Aktivitet/Mål/Kategori/Ansvar/Samarbeid/Omtale", [
    Row("M02", "Faglig råd for helse- og oppvekstfag", "1.4", RUN, "Spekter", "",
        "Spekter oppnevner arbeidsgiverrepresentanten fra helseforetakene i rådet, som er ett av de faglige "
        "rådene under SRY. I 2067 har rådet arbeidet med revidert læreplan for helsefagarbeiderfaget og med "
        "flere læreplasser i sykehusene.", dm="1.4", ty=RUN, role="council (named faglig råd under SRY)"),
    Row("M04", "UHR-Medisin og helse", "1.4", RUN, "Spekter", "helseforetakene",
        "Spekter har en representant i enheten og har bidratt til arbeidet med dimensjonering av "
        "spesialsykepleierutdanningene og praksisplasser i sykehus.", dm="1.4", ty=RUN,
        role="council (named UHR unit)"),
    Row("J03", "DigiHelse 2067", "2.1", KUR, "Spekter", "KS, Unio, helseforetakene",
        "Felles digital kompetanseheving for ansatte i helse- og omsorgssektoren. I spesialisthelsetjenesten "
        "gjennomførte 11 400 ansatte grunnmodulen i 2067, og 2 100 tok fordypningsmodulene i velferdsteknologi "
        "og digital samhandling med kommunene. Opplæringen er utviklet sammen med KS og Unio-forbundene og "
        "tilbys både som e-læring og som samlinger på arbeidsplassen. Helseforetakene har frikjøpt tid for "
        "ansatte som gjennomfører fordypningsmodulene, og erfaringene er samlet i en egen delrapport som legges "
        "fram for styringsgruppen i februar 2068. Neste år skal opplæringen også omfatte ledere og "
        "tillitsvalgte, slik at innføringen av ny teknologi kan planlegges sammen med de ansatte.",
        dm="2.1", ty=KUR, role="joint (row split across pages)"),
    Row("U", "Læringsløftet i helseforetakene", "2.2", PRO, "Spekter", "Helse Midt-Norge, Helse Vest",
        "Overføring av metodikken fra partsprosjektet Læringsløftet i arbeidslivet til "
        "spesialisthelsetjenesten, med fire helseforetak som piloter. Spekter er ikke part i det opprinnelige "
        "prosjektet.", dm="2.2", ty=PRO, role="near miss: Læringsløftet extended to another sector"),
    Row("U", "Kompetansestyring for ledere i helseforetak", "2.4", KUR, "Spekter", "Handelshøyskolen BI",
        "Lederprogram i tre samlinger om strategisk kompetanseplanlegging og bruk av etter- og "
        "videreutdanning, utviklet med Handelshøyskolen BI. 64 ledere deltok.", dm="2.4", ty=KUR),
    Row("U", "Kvalifiseringsløp for helsefagarbeidere uten fagbrev", "3.3", PRO, "Spekter",
        "NAV, fylkeskommunene",
        "Ansatte uten fagbrev i sykehusene får et tilrettelagt løp mot fagbrev som helsefagarbeider, der "
        "arbeidsplassen brukes som læringsarena. 85 deltakere startet i 2067.", dm="3.3", ty=PRO),
])

# ---------------------------------------------------------------- 08 VOFO (ODT numbered list)
add(8, "08_VOFO_rapport_2067.odt", "VOFO", "ODT (hand-written ODF XML)",
    "Numbered list of measures; each item has sub-bullets Hva / Form / Knyttet til / Ansvar / Med "
    "(fields vary per item); 'Annet' and 'Planlagt for 2068' sections", [
    Row("M06", "Nasjonalt forum for karriereveiledning", "1.3", RUN, "", "",
        "VOFO har sittet i forumet siden 2062 og løfter studieforbundenes rolle i veiledning av voksne som vil "
        "begynne å lære igjen.", dm="delmål 1.3", ty="nettverk", role="council"),
    Row("J06", "KPF Sápmi", "3.2", PRO, "VOFO", "Sametinget, Samisk studieforbund",
        "Pilot der fem samiske lag og foreninger gir opplæring i lesing, skriving og digitale ferdigheter med "
        "samisk språk og kultur som ramme, finansiert gjennom Kompetansepluss frivillighet.",
        dm="delmål 3.2", ty="pilot", role="joint (acronym)"),
    Row("U", "«Lær noe nytt i år»", "3.6", INF, "VOFO", "studieforbundene",
        "Kampanje på nett og i lokalaviser som skal få flere voksne til å melde seg på kurs i studieforbundene, "
        "med vekt på dem som ikke har deltatt i opplæring de siste fem årene.",
        dm="læringsmotivasjon gjennom opplæring i frivillig sektor", ty="kampanje"),
    Row("U", "Studieforbundsdagene 2067", "3.6", ARR, "VOFO", "Folkeuniversitetet",
        "Nasjonal konferanse i Trondheim 14.–15. september for ansatte og tillitsvalgte i studieforbundene, "
        "med tema grunnleggende ferdigheter og inkludering.", dm="delmål 3.6", ty="konferanse"),
    Row("U", "Kursrekke for kursledere i grunnleggende ferdigheter", "3.6", KUR, "VOFO", "HK-dir",
        "Fem nettsamlinger for kursledere som underviser voksne med svake grunnleggende ferdigheter, utviklet "
        "sammen med HK-dir.", dm="delmål 3.6", ty="kursrekke"),
])

# ---------------------------------------------------------------- 09 UHR (own reference codes)
add(9, "09_UHR_rapport_kompetansepolitisk_rad_2067.pdf", "UHR", "PDF (python-docx → soffice)",
    "Table whose first column is UHR's own reference code ('1d-1', '2e-2'); a key explains that "
    "1a–1d, 2a–2f, 3a–3f = delmål 1.1–3.6", [
    Row("M03", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RUN, "UHR", "",
        "UHR er representert i RSA og samordner erfaringsutvekslingen mellom institusjonenes råd. Tema i 2067 "
        "var etter- og videreutdanning og praksis.", dm="1d-1", ty=RUN, role="council"),
    Row("M04", "UHRs fagstrategiske enheter", "1.4", RUN, "UHR", "",
        "Enhetene, blant annet UHR-Lærerutdanning og UHR-Helse og velferd, har i 2067 hatt arbeidslivsrelevans "
        "og praksis som gjennomgående tema.", dm="1d-2", ty=RUN, role="council (owner's own wording)"),
    Row("U", "Evaluering av RSA-ordningen", "1.4", FOU, "UHR", "NIFU",
        "Ekstern evaluering av hvordan rådene for samarbeid med arbeidslivet fungerer, gjennomført av NIFU på "
        "oppdrag fra UHR. Sluttrapporten ble levert i desember 2067.", dm="1d-3", ty=FOU,
        role="trap: evaluation of RSA"),
    Row("J10", "Fleksible masterkurs for yrkesaktive", "2.4", KUR, "UHR", "Akademikerne",
        "Samordnet tilbud av emner på 10 studiepoeng fra masterprogrammer som kan tas ved siden av full jobb. "
        "41 emner fra 12 institusjoner i 2067.", dm="2d-1", ty=KUR, role="joint (description)"),
    Row("J04", "Realkompetanseportalen", "2.5", INF, "UHR", "Fagskolerådet, HK-dir",
        "Felles nettportal med veiledning og skjemaer for søkere som vil få vurdert realkompetanse for opptak "
        "eller fritak i høyere utdanning og fagskole. Lansert i mars 2067.", dm="2e-1", ty=INF, role="joint"),
    Row("U", "Realkompetanseportalen fase 2", "2.5", PRO, "UHR", "HK-dir",
        "Utvikling av en modul der arbeidsgivere kan dokumentere ansattes kompetanse direkte i portalen. "
        "Forprosjektet startet i oktober 2067.", dm="2e-2", ty=PRO, role="near miss: fase 2 of J04"),
])

# ---------------------------------------------------------------- 10 Fagskolerådet (merged delmål cells)
add(10, "10_Fagskoleradet_tiltak_2067.xlsx", "Fagskolerådet", "XLSX (openpyxl)",
    "Delmål column with vertically merged cells for some groups and blank repeats for another; "
    "no type column at all", [
    Row("M05", "Nasjonalt fagskoleråd", "1.4", RUN, "Daglig leder", "",
        "Fagskolerådet har to medlemmer i Nasjonalt fagskoleråd og har i 2067 bidratt til rådets arbeid med "
        "kvalitetsindikatorer for fagskoleutdanning.", dm="1.4 Samarbeid med arbeidslivet", ty="",
        role="council"),
    Row("U", "Arbeidslivspanel for fagskolene", "1.4", RUN, "Fagskolerådet", "bransjeorganisasjonene",
        "Faste møter mellom fagskoler og bransjeorganisasjoner for å justere studietilbudet etter "
        "kompetansebehovene i regionene. Tre møter i 2067.", dm="1.4 Samarbeid med arbeidslivet", ty=""),
    Row("U", "Kandidatundersøkelsen for fagskolene 2067", "2.2", FOU, "Fagskolerådet", "NIFU",
        "Spørreundersøkelse til uteksaminerte fagskolestudenter om overgang til arbeid og bruk av utdanningen, "
        "gjennomført med NIFU.", dm="2.2 Kunnskapsgrunnlag", ty=""),
    Row("U", "Informasjonskampanje om høyere yrkesfaglig utdanning", "2.3", INF, "Fagskolerådet",
        "fylkeskommunene",
        "Kampanje rettet mot elever og lærlinger i yrkesfag og deres rådgivere for å vise mulighetene i høyere "
        "yrkesfaglig utdanning.", dm="2.3 Karrieremuligheter i yrkesfag", ty=""),
    Row("U", "Nye fagskoletilbud i helse", "2.4", KUR, "Fagskolerådet", "KS, fylkeskommunene",
        "Seks nye deltidstilbud i psykisk helsearbeid og eldreomsorg for ansatte i kommunene.",
        dm="2.4 Etter- og videreutdanning", ty=""),
    Row("U", "Nettbaserte fagskoletilbud for ansatte i distriktene", "2.4", KUR, "Fagskolerådet", "",
        "Fire fagskoler har lagt om studietilbud til nettbasert undervisning med korte samlinger, slik at "
        "ansatte i distriktene kan ta utdanning ved siden av jobb.", dm="", ty="", x={"blank_repeat": True}),
    Row("J04", "Felles nettside for vurdering av realkompetanse", "2.5", INF, "Fagskolerådet", "UHR",
        "Fagskolerådet og UHR har laget én felles inngang for søkere som ønsker realkompetansevurdering, slik "
        "at fagskolene og universitetene bruker samme veiledning.", dm="2.5 Dokumentere kompetanse", ty="",
        role="joint (description)"),
])

# ---------------------------------------------------------------- 11 Sametinget (rotated scan)
add(11, "11_Sametinget_skannet_2067.pdf", "Sametinget", "PDF (scan: Pillow image, rotated 90°)",
    "Scanned landscape table lying sideways on a portrait page (rotated 90°), bilingual Sami/Norwegian "
    "column heads, no type column; signed", [
    Row("M06", "Nasjonalt forum for karriereveiledning", "1.3", RUN, "Opplæringsavdelingen", "",
        "Sametinget deltar i forumet for å sikre at samisk kultur- og næringsliv er med i "
        "karriereveiledernes kompetanse.", dm="1.3", ty="", role="council"),
    Row("U", "Samisk karriereveiledernettverk", "1.3", RUN, "Opplæringsavdelingen",
        "Karriere Nordland, Karriere Troms og Finnmark",
        "Nettverk for karriereveiledere som arbeider med samiske elever og voksne, bygget opp etter modell av "
        "Nasjonalt forum for karriereveiledning. To samlinger i 2067.", dm="1.3", ty="",
        role="trap: regional copy modelled on NFK"),
    Row("J06", "Kompetansepluss frivillighet i samiske områder", "3.2", PRO, "Opplæringsavdelingen", "VOFO",
        "Samarbeid med VOFO om opplæring i lese-, skrive- og digitale ferdigheter i samiske lag og foreninger. "
        "Fem prosjekter fikk støtte i 2067.", dm="3.2", ty="", role="joint (full name)"),
    Row("U", "Veiledningsmateriell for samisk voksenopplæring", "3.1", INF, "Opplæringsavdelingen",
        "Samisk høgskole",
        "Digitalt veiledningsmateriell på nordsamisk, lulesamisk og sørsamisk for lærere i voksenopplæringen.",
        dm="3.1", ty=""),
    Row("U", "Tilrettelagt fagbrevløp i duodji for voksne", "2.3", PRO, "Næringsavdelingen",
        "Troms og Finnmark fylkeskommune",
        "Forsøk med fagbrev i duodji for voksne som allerede driver med duodji, med praksis og korte samlinger. "
        "12 kandidater.", dm="2.3", ty=""),
])

# ---------------------------------------------------------------- 12 Vestland (Nynorsk, Tiltak: inline)
add(12, "12_Vestland_fylkeskommune_rapport_2067.docx", "Vestland fylkeskommune", "DOCX (python-docx)",
    "Nynorsk report: headings per innsatsområde and delmål, each measure a paragraph starting with bold "
    "'Tiltak:' + name, then an italic 'Ansvarleg / Samarbeidspartnarar / Type' line; 'Planar for 2068' at end", [
    Row("U", "Kompetanseforum Vestland", "1.2", RUN, "Seksjon for kompetanse og næring",
        "NAV Vestland, Universitetet i Bergen, Høgskulen på Vestlandet",
        "Regionalt forum der fylkeskommunen, partane i arbeidslivet, NAV, universitet og høgskular og fagskulane "
        "drøftar kompetansebehov og følgjer opp den regionale kompetansestrategien. Fire møte i 2067.",
        dm="Delmål 1.2", ty="nettverk"),
    Row("M06", "Nasjonalt forum for karriererettleiing", "1.3", RUN, "", "",
        "Vestland fylkeskommune er ein av fylkeskommunane i forumet og har i 2067 lagt vekt på karriererettleiing "
        "for vaksne innvandrarar.", dm="Delmål 1.3", ty="nettverk", role="council (Nynorsk)"),
    Row("J08", "Nasjonal karrierekonferanse 2067", "1.3", ARR, "Karriere Vestland", "Agder fylkeskommune",
        "Karriere Vestland heldt innlegg om digital rettleiing på den nasjonale konferansen for karrieresentra i "
        "Kristiansand i mai.", dm="Delmål 1.3", ty="arrangement", role="joint"),
    Row("M05", "Nasjonalt fagskuleråd", "1.4", RUN, "", "",
        "Fylkeskommunen har i 2067 hatt ein av fagskuleeigarane sine plassar i rådet og har arbeidd for meir "
        "fleksible fagskuletilbod.", dm="Delmål 1.4", ty="råd", role="council (Nynorsk)"),
    Row("J05", "NM i yrkesfag 2067", "2.3", ARR, "Seksjon for opplæring", "",
        "Vestland stilte med 34 deltakarar frå vidaregåande skular og lærebedrifter under NM i yrkesfag i Bodø "
        "i april.", dm="Delmål 2.3", ty="arrangement", role="joint"),
    Row("U", "Bransjeprogram grøn industri – Vestlandspakka", "2.4", KUR, "Fagskulen Vestland",
        "Norsk Industri Vestland, Fellesforbundet",
        "Regional vidareføring av bransjeprogrammet for grøn industri, der fagskulane i Vestland tilbyr modular i "
        "havvind og hydrogen til tilsette i leverandørindustrien. 310 deltakarar i 2067.",
        dm="Delmål 2.4", ty="kurs/utdanning", role="near miss: regional version of BGI"),
])

# ---------------------------------------------------------------- 13 Innlandet (CSV export)
add(13, "13_Innlandet_fylkeskommune_eksport_2067.csv", "Innlandet fylkeskommune",
    "CSV (semicolon, UTF-8 BOM, CRLF)",
    "Export from a case/reporting system: one line per measure with RapportID, codes and a Status column; "
    "two lines are 'Planlagt 2068' / 'Avsluttet 2066'", [
    Row("M03", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", RUN, "Avdeling for videregående opplæring",
        "Høgskolen i Innlandet",
        "Fylkeskommunen har fast plass i RSA ved Høgskolen i Innlandet og har i 2067 løftet behovet for "
        "desentraliserte sykepleier- og lærerutdanninger.", dm="1.4", ty=RUN, x={"status": "Pågår"},
        role="council"),
    Row("U", "Innlandets kompetanseforum", "1.2", RUN, "Avdeling for næring og kompetanse",
        "NAV Innlandet, NHO Innlandet, LO Innlandet",
        "Regionalt partnerskap som følger opp kompetansestrategien for Innlandet. Fem møter i 2067.",
        dm="1.2", ty=RUN, x={"status": "Pågår"}),
    Row("J05", "Yrkes-NM 2067", "2.3", ARR, "Avdeling for videregående opplæring", "",
        "Deltakelse med 27 elever og lærlinger fra Innlandet i Yrkes-NM i Bodø.", dm="2.3", ty=ARR,
        x={"status": "Gjennomført"}, role="joint"),
    Row("U", "Yrkes-NM 2068 – vertskap", "2.3", ARR, "Avdeling for videregående opplæring", "Hamar kommune",
        "Innlandet er vertskap for Yrkes-NM 2068 på Hamar. I 2067 er prosjektorganisasjonen etablert og avtaler "
        "med lærebedrifter inngått.", dm="2.3", ty=ARR, x={"status": "Pågår"},
        role="near miss: next year's edition (hosting work done in 2067)"),
    Row("J09", "Arbeidsplassbasert norskopplæring (NAP-modellen)", "3.4", PRO,
        "Avdeling for næring og kompetanse", "KS, kommunene",
        "Norskopplæring på arbeidsplassen for ansatte i kommunal helse og omsorg, i samarbeid med KS. Seks "
        "kommuner i Innlandet deltar.", dm="3.4", ty=PRO, x={"status": "Pågår"}, role="joint"),
    Row("U", "Fagbrev for voksne i Innlandet", "3.1", KUR, "Avdeling for videregående opplæring",
        "NAV Innlandet",
        "Modulstrukturert fagopplæring for voksne i helsearbeiderfaget og industrifag. 210 voksne startet i "
        "2067.", dm="3.1", ty=KUR, x={"status": "Pågår"}),
])

# ---------------------------------------------------------------- 14 Agder (HTML -> DOCX)
add(14, "14_Agder_fylkeskommune_tiltak_2067.docx", "Agder fylkeskommune", "DOCX (HTML page → soffice)",
    "Web page saved as DOCX: h3 per measure, a one-row 4-column mini table (Delmål / Form / Ansvar / "
    "Partnere) under it, then the description paragraph; delmål with decimal comma ('1,3')", [
    Row("M06", "NFK – nasjonalt forum for karriereveiledning", "1.3", RUN, "Karriere Agder", "",
        "Agder fylkeskommune representerer fylkeskommunene i NFK og leder forumets arbeidsgruppe for "
        "karriereveiledning av innvandrere.", dm="1,3", ty="Forum", role="council (abbreviation leading)"),
    Row("J08", "Karrierekonferansen 2067", "1.3", ARR, "Karriere Agder",
        "HK-dir, Trøndelag fylkeskommune, Vestland fylkeskommune",
        "Agder var vertskap for den nasjonale konferansen for karrieresentrene i Kristiansand 10.–11. mai, med "
        "430 deltakere fra hele landet.", dm="1,3", ty="Konferanse", role="joint (host)"),
    Row("U", "Karriereveiledning 55+", "1.3", PRO, "Karriere Agder", "NAV Agder, Senter for seniorpolitikk",
        "Pilot med karriereveiledning for arbeidstakere over 55 år i samarbeid med fem store arbeidsplasser. "
        "140 samtaler i 2067.", dm="1,3", ty="Pilot"),
    Row("U", "Kompetanseuka Agder", "1.2", ARR, "Seksjon for kompetanse",
        "NHO Agder, LO i Agder, Universitetet i Agder",
        "Egen regional uke med 35 arrangementer, lagt til uken etter den nasjonale kompetanseuka.", dm="1,2",
        ty="Arrangementsuke", role="near miss: regional version of Kompetanseuka"),
    Row("U", "Kompetansepartnerskap Agder", "1.2", RUN, "Seksjon for kompetanse",
        "partene i arbeidslivet, NAV Agder, Universitetet i Agder",
        "Partnerskap mellom fylkeskommunen, partene i arbeidslivet, NAV og utdanningsinstitusjonene, som "
        "vedtok ny regional kompetanseplan i juni 2067.", dm="1,2", ty="Partnerskap"),
])

# ---------------------------------------------------------------- 15 Trøndelag (ODS with footnote markers)
add(15, "15_Trondelag_fylkeskommune_tiltak_2067.ods", "Trøndelag fylkeskommune", "ODS (hand-written ODF XML)",
    "Spreadsheet table whose cells carry footnote markers (¹ ² ³) explained in notes under the table", [
    Row("M03", "Rådene for samarbeid med arbeidslivet", "1.4", RUN, "Fylkesdirektør for utdanning",
        "NTNU, Nord universitet",
        "Fylkeskommunen deltar i RSA ved begge universitetene; tema i 2067 var etter- og videreutdanning for "
        "industrien.", dm="1.4", ty=RUN, x={"mark": "¹"}, role="council (plural, marker in name)"),
    Row("U", "Trøndelag kompetansebehovsutvalg", "1.2", RUN, "Fylkesdirektør for regional utvikling",
        "NTNU Samfunnsforskning, partene i arbeidslivet",
        "Regionalt utvalg av forskere og partene som analyserer kompetansebehovet i Trøndelag. Første rapport "
        "kom i november 2067.", dm="1.2", ty=RUN, x={"mark": "²"}, role="trap: regional copy of KBU"),
    Row("J08", "Nasjonal fagsamling for karrieresentrene", "1.3", ARR, "Karriere Trøndelag",
        "Agder fylkeskommune",
        "Karriere Trøndelag satt i programkomiteen og hadde to parallellsesjoner på samlingen i Kristiansand "
        "i mai.", dm="1.3", ty=ARR, role="joint (description)"),
    Row("U", "Fagskoletilbud i havbruk", "2.4", KUR, "Fylkesdirektør for utdanning",
        "Fagskolen i Trøndelag, Sjømat Norge",
        "Nytt deltidstilbud for ansatte i havbruksnæringen langs kysten, med samlinger på Hitra og i Rørvik.",
        dm="2.4", ty=KUR, x={"mark": "³"}),
    Row("U", "Opplæring i bedrift for minoritetsspråklige", "3.3", PRO, "Fylkesdirektør for utdanning",
        "NAV Trøndelag, Trondheim kommune",
        "Kombinasjon av norskopplæring og fagopplæring i bedrift for deltakere i introduksjonsprogrammet, med "
        "mål om fagbrev. 48 deltakere.", dm="3.3", ty=PRO),
])

# ---------------------------------------------------------------- 16 newsletter (not a member report)
add(16, "16_Nyhetsbrev_sekretariatet_4-2067.pdf", "", "PDF (reportlab)",
    "Not a member report: the secretariat's newsletter no. 4/2067 mentioning KBU, Kompetanseuka, the career "
    "conference, Yrkes-NM and the reporting deadline", [])


def all_rows():
    for f in FILES:
        for r in f.rows:
            yield f, r
