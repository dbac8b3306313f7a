"""All texts of round 34 (reporting year 2055).

Each file spec carries the rows that are rendered into it.  ``truth`` says whether
the rows count as truth (False for the superseded draft and the non-report).
Each row: tiltak (exact title as printed), seed (M../J.. or "R" = single-member,
numbered automatically), delmal, type (one of the six), ans, sam, desc (exact
description text as printed, or ""), label (the member's own type wording as
printed, or None when the document gives no type).
"""

TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

SEEDS = {
    "M01": "Kompetansebehovsutvalget (KBU)",
    "M02": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "M03": "Råd for samarbeid med arbeidslivet (RSA)",
    "M04": "UHRs fagstrategiske enheter (UHR-FSE)",
    "M05": "Nasjonalt fagskoleråd",
    "M06": "Nasjonalt forum for karriereveiledning",
    "J01": "DigiLøft (partssamarbeid om digital kompetanse)",
    "J02": "Praksisløftet (fagbrev på jobb)",
    "J03": "Bálggis (karriereveiledning med samisk perspektiv)",
    "J04": "Lesekraft (lesekurs i studieforbund)",
    "J05": "NorskPluss arbeid (norskopplæring på arbeidsplassen)",
    "J06": "«Etter studiene» (felles kandidatundersøkelse)",
}


def R(tiltak, seed, delmal, type_, ans="", sam="", desc="", label=None):
    assert type_ in TYPES, type_
    return dict(tiltak=tiltak, seed=seed, delmal=delmal, type=type_, ans=ans, sam=sam,
                desc=desc, label=label)


RAD = "Råd/utvalg/nettverk"
KURS = "Kurs/utdanning"

FILES = [
    # ------------------------------------------------------------------ LO
    dict(
        file="LO_rapportering_2055.docx", member="LO", writer="lo", truth=True,
        shape="Word table with merged two-level header (Plassering i strategien / Gjennomføring) "
              "and merged innsatsområde group rows; one 'no measures' group row; type column in LO's words",
        rows=[
            R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", RAD, "LO", "",
              "LO har fast plass i utvalget og bidrar med kunnskap fra tillitsvalgte om "
              "kompetansebehov i ulike bransjer.", "Råd/utvalg"),
            R("Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "2.3", RAD, "LO", "",
              "LO leder SRY i perioden 2054–2056 og deltar i rådets arbeidsutvalg.", "Råd/utvalg"),
            R("DigiLøft – partssamarbeid om digital kompetanse", "J01", "2.1", "Prosjekt", "LO",
              "NHO, Virke",
              "Treårig partssamarbeid som gir tillitsvalgte og ledere verktøy for å kartlegge "
              "digitale ferdigheter og planlegge opplæring i egen virksomhet.", "Prosjekt"),
            R("Tillitsvalgtskolering om kompetanseplaner", "R", "2.4", KURS, "LO", "AOF Norge",
              "Todagers kurs for tillitsvalgte om hvordan de kan bruke hovedavtalens bestemmelser "
              "om kompetanseutvikling. 340 deltakere i 2055.", "Kurs"),
            R("Fagbrevkonferansen 2055", "R", "2.3", "Arrangement", "LO",
              "Fellesforbundet, EL og IT Forbundet",
              "Årlig konferanse om fag- og yrkesopplæring med vekt på karriereveier for "
              "fagarbeidere.", "Konferanse"),
            R("Forskningsprosjekt om arbeidsplassbasert læring (FALA)", "R", "2.2", "FoU", "LO",
              "Fafo",
              "Følgeforskning på hvordan læring i arbeidet kan dokumenteres og verdsettes i lønns- "
              "og karriereutvikling.", "Forskning"),
        ]),
    # ------------------------------------------------------------------ NHO
    dict(
        file="NHO_kompetanserapport_2055.pdf", member="NHO", writer="nho", truth=True,
        shape="Prose PDF with one heading per delmål, bold measure subheadings (type sometimes in "
              "brackets after the name), 'Samarbeidspartner:' tail lines",
        rows=[
            R("Representasjon i Kompetansebehovsutvalget", "M01", "1.1", RAD, "", "",
              "NHO er representert i Kompetansebehovsutvalget med ett fast medlem og en vara. I 2055 "
              "har vi særlig bidratt med data om rekrutteringsutfordringer i industrien."),
            R("NHOs kompetansebarometer 2055", "R", "1.1", "FoU", "", "NIFU",
              "Årlig spørreundersøkelse blant NHOs medlemsbedrifter om udekket kompetansebehov, "
              "gjennomført av NIFU på oppdrag fra NHO.", "utredning"),
            R("Plass i RSA ved universiteter og høgskoler", "M03", "1.4", RAD, "", "",
              "NHOs regionkontorer har plass i Råd for samarbeid med arbeidslivet (RSA) ved sju "
              "universiteter og høgskoler, og bruker rådene til å løfte næringslivets behov i "
              "regionene."),
            R("DigiLøft", "J01", "2.1", "Prosjekt", "", "LO og Virke",
              "Partssamarbeid mellom NHO, LO og Virke om digital kompetanse i hele arbeidsstyrken. "
              "I 2055 deltok over 400 virksomheter, de fleste med under 50 ansatte."),
            R("NorskPluss arbeid", "J05", "3.4", KURS, "", "Arbeids- og inkluderingsdepartementet",
              "Norskopplæring på arbeidsplassen for ansatte med svake norskferdigheter, kombinert "
              "med fagopplæring. NHO rekrutterer bedrifter, mens opplæringen finansieres over "
              "statsbudsjettet.", "kurs"),
        ]),
    # ------------------------------------------------------------------ Unio
    dict(
        file="Unio_tiltaksoversikt_2055.xlsx", member="Unio", writer="unio", truth=True,
        shape="Workbook: cover sheet, data sheet with a hidden template example row, a cell note, a "
              "total row, a free-text sheet and a hidden list sheet; 'Kategori' in Unio's own words",
        rows=[
            R("Kompetansebehovsutvalget", "M01", "1.1", RAD, "Unio", "",
              "Unio oppnevner ett medlem til KBU og koordinerer forbundenes innspill til utvalgets "
              "analyser.", None),
            R("UHR-Helse og velferd og UHR-Lærerutdanning", "M04", "1.4", RAD, "Unio",
              "Utdanningsforbundet, Norsk Sykepleierforbund",
              "Unio er representert i to av UHRs fagstrategiske enheter og bidrar til dialog om "
              "kvalitet og relevans i profesjonsutdanningene.", "Råd/utvalg/nettverk"),
            R("Videreutdanning for sykepleiere i kommunene – kartlegging", "R", "2.2", "FoU",
              "Norsk Sykepleierforbund", "KS",
              "Kartlegging av hvor mange sykepleiere i kommunene som har fått tilbud om "
              "videreutdanning de siste tre årene, og hva som hindrer deltakelse.", "Utredning"),
            R("Profesjonsdagen 2055", "R", "1.4", "Arrangement", "Unio", "",
              "Nasjonal konferanse om samspillet mellom profesjonsutdanningene og arbeidslivet.",
              "Konferanse"),
            R("Nettkurs i digital samhandling for helsepersonell", "R", "2.1", KURS,
              "Fysioterapeutforbundet", "",
              "Gratis nettkurs for medlemmer om digitale verktøy i pasientbehandling og tverrfaglig "
              "samarbeid.", "Nettkurs"),
            R("Seminar for Unios representant og vara i Kompetansebehovsutvalget", "R", "1.1",
              "Arrangement", "Unio", "",
              "Intern samling for å forberede Unios representant og vara til utvalgets arbeid og "
              "forankre innspill i forbundene.", "Samling"),
        ]),
    # ------------------------------------------------------------------ KS
    dict(
        file="KS_rapport_kompetansestrategien_2055.docx", member="KS", writer="ks", truth=True,
        shape="Word report with delmål headings and Word direct numbering (numPr) running 1–6 across "
              "headings; type appended inline ('– prosjekt.'); description and 'Ansvar:' lines below",
        rows=[
            R("Nasjonalt forum for karriereveiledning", "M06", "1.3", RAD, "KS", "",
              "KS deltar i forumet og bringer inn erfaringer fra kommunale voksenopplæringssentre og "
              "de fylkeskommunale karrieresentrene.", "nettverk"),
            R("DigiLøft fase 2 for kommunal sektor", "R", "2.1", "Prosjekt", "KS", "",
              "Ny fase av DigiLøft, tilpasset kommunale arbeidsplasser. Fasen startet høsten 2055 "
              "med tolv pilotkommuner.", "prosjekt"),
            R("Representanter i SRY", "M02", "2.3", RAD, "KS", "",
              "KS oppnevner to medlemmer og to varamedlemmer til Samarbeidsrådet for yrkesopplæring "
              "og samordner innspill fra fylkeskommunene.", "råd"),
            R("Webinarserie om strategisk kompetanseplanlegging", "R", "2.4", "Arrangement", "KS", "",
              "Fire webinarer for kommunale ledere og HR-ansatte om hvordan kompetansebehov kobles "
              "til lokale tilbud om etter- og videreutdanning.", "webinar"),
            R("Praksisløftet i kommunesektoren", "J02", "2.5", "Prosjekt", "KS",
              "Spekter og Fagforbundet",
              "Ansatte i kommunene uten fagbrev får ta fagbrev som praksiskandidat med veiledning "
              "på arbeidsplassen. Praksisløftet drives sammen med Spekter.", "prosjekt"),
            R("Læringsnettverk for voksenopplæring", "R", "3.1", RAD, "", "",
              "Nettverk for kommunale voksenopplæringssentre som deler erfaringer med fleksible og "
              "modulbaserte opplæringsløp for voksne.", None),
        ]),
    # ------------------------------------------------------------------ YS (scan)
    dict(
        file="YS_rapport_2055_skannet.pdf", member="YS", writer="ys", truth=True,
        shape="Image-only scan (2 pages, slight rotation and noise, no text layer): labelled blocks "
              "'Tiltak n:' / Delmål / Type / Ansvarlig / Samarbeid / Beskrivelse, plus a received stamp",
        rows=[
            R("Lesekraft", "J04", "3.6", KURS, "YS", "VOFO",
              "YS-forbundene rekrutterer deltakere til lesekurs i regi av studieforbundene.",
              "Kurs/utdanning"),
            R("Innspill til KBUs hovedrapport 2055", "R", "1.1", "Informasjon", "YS", "",
              "Skriftlig innspill fra YS-forbundene om kompetansebehov i privat tjenesteyting og "
              "offentlig sektor.", "Informasjon"),
            R("YS Arbeidslivsbarometer – kompetansedelen", "R", "2.2", "FoU", "YS", "Fafo",
              "Årlig undersøkelse der et eget kapittel belyser arbeidstakeres deltakelse i etter- og "
              "videreutdanning.", "FoU"),
            R("Kurs for tillitsvalgte i kompetansekartlegging", "R", "2.4", KURS, "YS", "",
              "Kurs som gir tillitsvalgte metoder for å kartlegge kompetansebehov sammen med "
              "arbeidsgiver.", "Kurs/utdanning"),
        ]),
    # ------------------------------------------------------------------ Virke (slides)
    dict(
        file="Virke_kompetansetiltak_2055_presentasjon.pdf", member="Virke", writer="virke", truth=True,
        shape="Slide deck exported to PDF (16:9): title slide, agenda slide repeating the measure "
              "names, one slide per measure with a corner tag 'Delmål x.y' plus the type when given, closing slide",
        rows=[
            R("Deltakelse i DigiLøft", "J01", "2.1", "Prosjekt", "Virke", "LO, NHO",
              "Virke deltar i partssamarbeidet DigiLøft og har ansvar for tiltak rettet mot handel "
              "og tjenesteyting.", "Prosjekt"),
            R("Plass i Samarbeidsrådet for yrkesopplæring", "M02", "2.3", RAD, "", "",
              "Virke har én fast plass i SRY og følger særlig opp salgs- og servicefagene.", None),
            R("Virke i Nasjonalt fagskoleråd", "M05", "1.4", RAD, "", "",
              "Virke er representert i Nasjonalt fagskoleråd og arbeider for flere korte, "
              "bransjerettede fagskoletilbud.", None),
            R("Samling for Virkes medlemmer i SRY og de faglige rådene", "R", "2.3", "Arrangement",
              "Virke", "",
              "Årlig samling der Virkes representanter i SRY og de faglige rådene utveksler "
              "erfaringer og samordner posisjoner.", "Samling"),
            R("Handelens fagbrevløype", "R", "2.5", "Prosjekt", "Virke", "",
              "Pilot der erfarne butikkmedarbeidere tar fagbrev som praksiskandidater med støtte "
              "fra arbeidsgiver.", "Pilot"),
        ]),
    # ------------------------------------------------------------------ Akademikerne (e-mail, nynorsk)
    dict(
        file="Akademikerne_epost_rapportering_2055.pdf", member="Akademikerne", writer="akad",
        truth=True,
        shape="E-mail printout (Nynorsk): Outlook header, bulleted 'name, delmål x.y: description' "
              "items, signature and a quoted reminder from the secretariat",
        rows=[
            R("Råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4", RAD, "", "",
              "Akademikerne sine foreiningar har representantar i RSA ved fire universitet og ei "
              "høgskule."),
            R("UHR sine fagstrategiske einingar", "M04", "1.4", RAD, "", "",
              "Vi er representerte i UHR-Medisin og helse og UHR-Økonomisk-administrativ utdanning, "
              "der vi bidreg med arbeidslivet sitt perspektiv på relevans."),
            R("Kartlegging av etter- og vidareutdanning for seniorar", "R", "2.2", "FoU", "",
              "Samfunnsøkonomisk analyse",
              "Spørjeundersøking blant medlemmer over 55 år om kva etter- og vidareutdanning dei har "
              "teke, og kva dei saknar. Gjennomført saman med Samfunnsøkonomisk analyse."),
        ]),
    # ------------------------------------------------------------------ Spekter (.doc form)
    dict(
        file="Spekter_rapporteringsskjema_2055.doc", member="Spekter", writer="spekter", truth=True,
        shape="Legacy .doc (soffice) form: one two-column form table per measure, type as a row of "
              "check boxes (☒/☐); the last form has no box ticked",
        rows=[
            R("Praksisløftet (fagbrev på jobb i helseforetakene)", "J02", "2.5", "Prosjekt", "Spekter",
              "KS, Fagforbundet",
              "Helseforetakene tilbyr ansatte uten fagbrev å ta helsefagarbeiderutdanning gjennom "
              "praksiskandidatordningen, som del av Praksisløftet.", "Prosjekt"),
            R("Spekters plass i RSA ved NTNU og UiT", "M03", "1.4", RAD, "Spekter", "",
              "Spekter er oppnevnt som arbeidslivsrepresentant i Råd for samarbeid med arbeidslivet "
              "ved NTNU og UiT Norges arktiske universitet.", "Råd/utvalg/nettverk"),
            R("Lederutviklingsprogram for kompetansestyring i helseforetak", "R", "2.4", KURS,
              "Spekter", "BI",
              "Modulbasert program for ledere i helseforetakene om strategisk kompetansestyring og "
              "bruk av læring i arbeidet.", "Kurs/utdanning"),
            R("Kunnskapsoppsummering om læring i sykehus", "R", "2.2", "FoU", "Spekter", "SINTEF",
              "Oppsummering av forskning om hvordan ansatte i sykehus lærer gjennom arbeidet, og hva "
              "som fremmer læring.", None),
        ]),
    # ------------------------------------------------------------------ VOFO (.odt)
    dict(
        file="VOFO_tiltak_2055.odt", member="VOFO", writer="vofo", truth=True,
        shape="ODT (soffice): block layout – bold title, labelled lines Delmål / Tiltakstype / "
              "Ansvarlig / Samarbeid, then a description paragraph; one block without type line",
        rows=[
            R("Lesekraft – grunnleggende ferdigheter gjennom studieforbund", "J04", "3.6", KURS,
              "VOFO og medlemsorganisasjonene", "YS, Kompetanse Norge",
              "Studieforbundene tilbyr lese- og skrivekurs for voksne, der deltakere blant annet "
              "rekrutteres gjennom YS-forbundene. 86 kurs ble gjennomført i 2055.", "Kurs"),
            R("Kompetansepluss frivillighet – rådgivning for søkere", "R", "3.2", "Informasjon",
              "VOFO", "",
              "VOFO gir råd til frivillige organisasjoner som vil søke midler fra Kompetansepluss "
              "frivillighet, blant annet gjennom en digital søknadsguide.", "Veiledning og informasjon"),
            R("Frivillighetens læringsdag", "R", "3.6", "Arrangement", "VOFO", "Studieforbundene",
              "Nasjonal markering 8. september med åpne kurs og aktiviteter i studieforbundenes "
              "regi.", None),
            R("Nettverk for studieforbundenes karriereveiledere", "R", "1.3", RAD, "VOFO", "",
              "Nettverket samler veiledere i studieforbundene to ganger i året for erfaringsdeling om "
              "veiledning av voksne med lite formell utdanning.", "Nettverk"),
        ]),
    # ------------------------------------------------------------------ UHR (two-column PDF)
    dict(
        file="UHR_arsrapportering_2055.pdf", member="UHR", writer="uhr", truth=True,
        shape="Two-column PDF with innsatsområde headings, bold measure subheadings and an italic "
              "'Delmål x.y · Ansvar: …' line; no types given",
        rows=[
            R("UHRs fagstrategiske enheter", "M04", "1.4", RAD, "UHR", "",
              "UHR leder de fagstrategiske enhetene, blant dem UHR-Helse og velferd, "
              "UHR-Lærerutdanning og UHR-MNT, der arbeidslivets organisasjoner er representert. "
              "Enhetene behandlet i 2055 blant annet praksis i profesjonsutdanningene."),
            R("Råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4", RAD, "UHR", "",
              "Alle UHRs medlemsinstitusjoner har et RSA. Rådene gir råd om studieportefølje og "
              "etter- og videreutdanning, og UHR samler rådslederne til et årlig møte."),
            R("Kartlegging av RSA-arbeidet ved institusjonene", "R", "1.4", "FoU", "UHR", "",
              "UHR kartla i 2055 hvordan rådene er sammensatt og hvilke saker de behandler. "
              "Rapporten ble lagt fram for UHRs styre i november."),
            R("«Etter studiene» – felles kandidatundersøkelse", "J06", "2.2", "FoU", "UHR",
              "Fagskolerådet, NIFU",
              "Felles undersøkelse blant uteksaminerte kandidater fra fagskoler, universiteter og "
              "høgskoler om overgangen til arbeidslivet."),
            R("Nasjonal konferanse om etter- og videreutdanning 2055", "R", "2.4", "Arrangement",
              "UHR", "",
              "Konferansen samlet 280 deltakere fra universiteter, høgskoler og arbeidsliv i Bergen "
              "i mai."),
        ]),
    # ------------------------------------------------------------------ Fagskolerådet (.rtf)
    dict(
        file="Fagskoleradet_rapport_2055.rtf", member="Fagskolerådet", writer="fsr", truth=True,
        shape="RTF (soffice): typed lettered list a)–d), '(type, delmål x.y)' in brackets after each "
              "name, description paragraph below, one 'Samarbeidspartnere:' line",
        rows=[
            R("Nasjonalt fagskoleråd", "M05", "1.4", RAD, "", "",
              "Fagskolerådet har to faste plasser i Nasjonalt fagskoleråd og leder rådets "
              "arbeidsgruppe for kvalitet og relevans.", "råd/utvalg"),
            R("«Etter studiene» – kandidatundersøkelse for fagskole og UH", "J06", "2.2", "FoU", "",
              "UHR og NIFU",
              "Fagskolerådet deltar i styringsgruppen for den felles kandidatundersøkelsen. "
              "Fagskolestudentene inngår for første gang i 2055.", "FoU"),
            R("Spørreundersøkelse blant medlemmene av Nasjonalt fagskoleråd", "R", "1.4", "FoU", "", "",
              "Fagskolerådet spurte rådsmedlemmene om hvordan rådets arbeid kan gjøres mer synlig "
              "for fagskolene. Resultatene presenteres våren 2056.", "undersøkelse"),
            R("Fagskoledagen 2055", "R", "2.3", "Arrangement", "", "",
              "Åpen dag på fagskolene over hele landet, der ungdom og voksne kunne møte studenter og "
              "lærere i tekniske og helsefaglige fag.", "arrangement"),
        ]),
    # ------------------------------------------------------------------ Vestland draft (superseded)
    dict(
        file="Vestland_fk_rapportering_2055_UTKAST.docx", member="Vestland fylkeskommune",
        writer="vestland_draft", truth=False,
        shape="Superseded draft (Nynorsk, 'UTKAST 0.3' header, placeholders and a case-officer note); "
              "replaced by the _endeleg PDF – zero truth rows",
        rows=[
            R("Nasjonalt forum for karriererettleiing", "M06", "1.3", RAD, "", "",
              "Vestland er med i forumet. [Fyll inn kven som møter.]", "Råd/utval/nettverk"),
            R("Karriere Vestland", "R", "1.3", "Prosjekt", "", "",
              "Mobil rettleiing i distrikta – tal kjem.", "Prosjekt"),
            R("Regionalt kompetanseforum", "R", "1.2", RAD, "", "",
              "Forumet har hatt fire møte.", "Råd/utval/nettverk"),
            R("Praksisløftet Vestland (arbeidstittel)", "R", "2.5", "Prosjekt", "", "",
              "[Skildring kjem frå seksjon for fagopplæring.]", "Prosjekt"),
            R("Fagbrev for vaksne i havbruk", "R", "3.1", KURS, "", "",
              "Modulstrukturert opplæring i akvakultur.", "Kurs/utdanning"),
        ]),
    # ------------------------------------------------------------------ Vestland final (Nynorsk)
    dict(
        file="Vestland_fk_rapportering_2055_endeleg.pdf", member="Vestland fylkeskommune",
        writer="vestland_final", truth=True,
        shape="Final version (Nynorsk) replacing the draft: numbered sections, then a 7-column table "
              "that spans pages with repeated header; Nynorsk type words",
        rows=[
            R("Nasjonalt forum for karriererettleiing", "M06", "1.3", RAD, "Karriere Vestland", "",
              "Vestland fylkeskommune er med i forumet gjennom leiaren for Karriere Vestland og deler "
              "erfaringar med rettleiing for vaksne i distrikta.", "Råd/utval/nettverk"),
            R("Karriere Vestland – mobil rettleiing", "R", "1.3", "Prosjekt", "Karriere Vestland",
              "NAV Vestland",
              "Rettleiarar reiser til kommunar utan eige karrieresenter og tilbyr rettleiing på "
              "arbeidsplassar, bibliotek og vaksenopplæringssenter.", "Prosjekt"),
            R("Regionalt kompetanseforum Vestland", "R", "1.2", RAD, "Vestland fylkeskommune",
              "NHO Vestland, LO i Vestland, Høgskulen på Vestlandet, Universitetet i Bergen, NAV Vestland",
              "Forumet samordnar det regionale kompetansearbeidet og har i 2055 utarbeidd ein felles "
              "kunnskapsgrunnlagsrapport om kompetansebehov i fylket.", "Råd/utval/nettverk"),
            R("Yrkesopplæringsnemnda (Y-nemnda)", "R", "2.3", RAD, "Vestland fylkeskommune", "",
              "Y-nemnda er det regionale samarbeidsorganet for fag- og yrkesopplæringa og gir "
              "innspel til SRY om dimensjonering. Nemnda hadde seks møte i 2055.", "Råd/utval/nettverk"),
            R("Praksisløftet Vestland", "R", "2.5", "Prosjekt", "Vestland fylkeskommune",
              "NHO Vestland, Fagforbundet Vestland",
              "Regional vidareføring av det nasjonale Praksisløftet, retta mot private lærebedrifter "
              "og tilsette utan fagbrev i reiseliv og industri.", "Prosjekt"),
            R("Fagbrev for vaksne i havbruk", "R", "3.1", KURS, "Vestland fylkeskommune",
              "Sjømat Norge, vidaregåande skular i Sunnfjord",
              "Modulstrukturert opplæring fram mot fagbrev i akvakultur for vaksne tilsette i "
              "havbruksnæringa.", "Kurs/utdanning"),
            R("Kompetansedagen i Vestland", "R", "2.4", "Arrangement", "Vestland fylkeskommune",
              "Regionalt kompetanseforum Vestland",
              "Årleg samling for bedrifter, utdanningstilbydarar og kommunar om etter- og "
              "vidareutdanningstilbod i regionen.", "Arrangement"),
        ]),
    # ------------------------------------------------------------------ Regjeringen (plain)
    dict(
        file="Regjeringen_rapportering_2055.docx", member="Regjeringen", writer="regjeringen",
        truth=True,
        shape="Plain Word table: Tiltak / Delmål / Type / Ansvarlig / Samarbeidspartnere / Beskrivelse, "
              "types written with the six exact names",
        rows=[
            R("Kompetansebehovsutvalget (KBU)", "M01", "1.1", RAD, "Kunnskapsdepartementet", "",
              "Regjeringen oppnevnte et nytt utvalg for perioden 2055–2058. Utvalget leverte sin "
              "hovedrapport i juni.", RAD),
            R("Nasjonalt fagskoleråd", "M05", "1.4", RAD, "Kunnskapsdepartementet", "",
              "Rådet er departementets rådgivende organ i fagskolepolitikken. Det hadde fire møter i "
              "2055 og ga råd om finansiering av korte fagskoletilbud.", RAD),
            R("NorskPluss arbeid", "J05", "3.4", KURS, "Arbeids- og inkluderingsdepartementet", "NHO",
              "Tilskuddsordning for norskopplæring på arbeidsplassen, utviklet i samarbeid med NHO. "
              "1 900 deltakere i 2055.", KURS),
            R("Bálggis – pilot for karriereveiledning med samisk perspektiv", "J03", "1.3", "Prosjekt",
              "Kunnskapsdepartementet", "Sametinget",
              "Pilot i tre karrieresentre som utvikler veiledning med kunnskap om samisk kultur- og "
              "næringsliv.", "Prosjekt"),
            R("Digital søknad om godkjenning av utenlandsk fagutdanning", "R", "2.6", "Prosjekt",
              "Kunnskapsdepartementet", "Direktoratet for høyere utdanning og kompetanse",
              "Ny digital løsning som gjør det enklere å søke om godkjenning av utenlandsk "
              "fagutdanning og å få veiledning om kompletterende opplæring.", "Prosjekt"),
            R("Toårig yrkesrettet opplæringstiltak i NAV", "R", "3.5", KURS,
              "Arbeids- og inkluderingsdepartementet", "Arbeids- og velferdsdirektoratet",
              "Opplæringstiltaket ble gjort permanent i 2055 og gir arbeidssøkere mulighet til å ta "
              "fagbrev mens de mottar ytelser fra NAV.", KURS),
        ]),
    # ------------------------------------------------------------------ Sametinget (soffice PDF)
    dict(
        file="Sametinget_rapport_2055.pdf", member="Sametinget", writer="sametinget", truth=True,
        shape="PDF exported by LibreOffice from Word: bold delmål lines with bulleted measures "
              "(type once in brackets as 'pilot'), description and 'Samarbeid:' lines",
        rows=[
            R("Bálggis – karriereveiledning med samisk perspektiv", "J03", "1.3", "Prosjekt", "",
              "Kunnskapsdepartementet, Sámi allaskuvla",
              "Sametinget deltar i styringsgruppen for piloten og bidrar med fagressurser om samisk "
              "språk, kultur og næringsliv.", "pilot"),
            R("Observatør i Nasjonalt forum for karriereveiledning", "M06", "1.3", RAD, "", "",
              "Sametinget har observatørstatus i forumet og løfter behovet for veiledning på samisk.",
              None),
            R("Kompetansepluss i samiske områder", "R", "3.2", "Prosjekt", "", "",
              "Sametinget har fulgt opp prosjekter under Kompetansepluss arbeid i samiske områder. "
              "Fem prosjekter fikk tilskudd i 2055.", None),
        ]),
    # ------------------------------------------------------------------ not a member report
    dict(
        file="KPR_innkalling_mote_mars_2056.pdf", member="", writer="innkalling", truth=False,
        shape="Not a member report: the secretariat's meeting notice with an agenda table that names "
              "KBU, DigiLøft and Praksisløftet – zero truth rows",
        rows=[]),
]


def assign_seeds():
    """Number single-member measures R101, R102, … in file order (truth files only)."""
    n = 101
    for spec in FILES:
        for row in spec["rows"]:
            if row["seed"] == "R":
                if spec["truth"]:
                    row["seed"] = "R%d" % n
                    n += 1
                else:
                    row["seed"] = ""


assign_seeds()
