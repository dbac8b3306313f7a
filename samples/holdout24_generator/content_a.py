"""Round 23 (2044): the government's, LO's, NHO's, Unio's and KS' reports."""
from __future__ import annotations

from .model import Report, Row

R = "Råd/utvalg/nettverk"
K = "Kurs/utdanning"
P = "Prosjekt"
F = "FoU"
A = "Arrangement"
I = "Informasjon"  # noqa: E741

REGJERINGEN = Report(
    "Kunnskapsdepartementet_rapportering_KPR_2044.docx", "Regjeringen",
    "Word table in landscape with area rows merged across; headers «Delmål», «Tiltak», «Kategori», «Ansvarlig departement/etat», «Involverte aktører», «Status 2044»",
    [
        Row("M01", "1.1", R, "Kompetansebehovsutvalget (KBU)", "KD", "ASD, KDD, NFD, hovedorganisasjonene i arbeidslivet, HK-dir",
            "Utvalget la i juni 2044 fram sin rapport om kompetansebehovene i omstillingen til lavutslippssamfunnet. "
            "KD leder utvalget, og HK-dir er sekretariat."),
        Row("M13", "1.1", F, "Ekstern evaluering av Kompetansebehovsutvalgets arbeidsform", "KD", "Oxford Research",
            "Evalueringen ser på hvordan utvalgets analyser blir brukt regionalt og i departementene. Levert i november 2044."),
        Row("M14", "1.2", I, "Veileder for fylkeskommunenes regionale kompetanseplaner", "KDD", "KD, fylkeskommunene, KS",
            "Ny veileder, publisert i mars 2044, om hvordan kompetansebehov kobles til den regionale planstrategien."),
        Row("M06", "1.3", R, "Nasjonalt forum for karriereveiledning", "HK-dir",
            "Partene i arbeidslivet, fylkeskommunene, NAV, UHR",
            "Forumet hadde tre møter i 2044, med karriereveiledning for voksne i arbeid som hovedtema."),
        Row("M12", "2.3", K, "Samfunnskontrakten for flere læreplasser 2041–2045", "KD", "Partene i arbeidslivet, KS, fylkeskommunene",
            "Kontraktens siste periode. Partene har forpliktet seg til å øke antallet læreplasser i offentlig og privat sektor."),
        Row("M05", "2.3", R, "Oppnevning av Nasjonalt fagskoleråd for perioden 2044–2048", "KD",
            "Fagskolene, partene i arbeidslivet, Organisasjon for norske fagskolestudenter",
            "KD oppnevnte rådet i april 2044. Rådet gir departementet råd om utviklingen av fagskolesektoren."),
        Row("M07", "2.4", K, "Kompetanseløftet for grønn industri (KGI)", "NFD og KD", "HK-dir, NHO, LO, fagskoler, universiteter og høyskoler",
            "Tilskudd til fleksible, bedriftsnære videreutdanningstilbud innen batteri, hydrogen og havvind. "
            "46 tilbud fikk støtte i 2044."),
        Row("M15", "2.6", P, "Digital søknadsløsning for godkjenning av utenlandsk fag- og yrkesopplæring", "HK-dir", "KD",
            "Den nye løsningen har kortet ned saksbehandlingstiden for godkjenning av fagbrev fra andre land."),
        Row("M11", "3.2", K, "Kompetansepluss frivillighet", "HK-dir", "VOFO, studieforbundene, frivillige organisasjoner",
            "Tilskuddsordning for kurs i lesing, skriving, regning, muntlig kommunikasjon og digitale ferdigheter "
            "i regi av frivillige organisasjoner."),
        Row("M10", "3.4", P, "Norsk på arbeidsplassen (NoA)", "KD og IMDi", "HK-dir, Virke, VOFO, arbeidsgivere",
            "Pilot der arbeidsgivere får tilskudd til norskopplæring i arbeidstiden for ansatte med innvandrerbakgrunn."),
        Row("M16", "3.5", K, "Flere arbeidssøkere i fagopplæring gjennom arbeidsmarkedsopplæringen", "ASD",
            "Arbeids- og velferdsdirektoratet, fylkeskommunene",
            "Om lag 2 100 arbeidssøkere tok fag- eller svennebrev som del av et arbeidsmarkedstiltak i 2044."),
    ],
)

# LO: a letter; the lead of each numbered paragraph is the tiltak. Delmål only as the heading's words, no types.
LO_HEADINGS = {
    "1.1": "Bedre kunnskap om kompetansebehovene",
    "1.4": "Samarbeid mellom utdanningene og arbeidslivet",
    "2.4": "Bedriftenes behov koblet til utdanningstilbudene",
    "2.2": "Mer kunnskap om læring i arbeidslivet",
}
LO = Report(
    "LO_brev_til_sekretariatet_2044.pdf", "LO",
    "letter (Word exported to PDF by LibreOffice): numbered paragraphs under headings worded after the delmål, no types",
    [
        Row("M01", "1.1", R, "Fast plass i Kompetansebehovsutvalget", "LO", "",
            "LO har deltatt i alle utvalgets møter i 2044 og bidro til rapporten om kompetansebehovene i det grønne skiftet.",
            shown_delmal=LO_HEADINGS["1.1"], shown_type=""),
        Row("M03", "1.4", R, "LO oppnevner representanter til Samarbeidsrådet for yrkesopplæring og de faglige rådene", "LO",
            "Forbundene", "Forbundene hadde i 2044 til sammen 38 representanter i rådene.",
            shown_delmal=LO_HEADINGS["1.4"], shown_type=""),
        Row("M17", "1.4", K, "Skolering av LOs representanter i de faglige rådene og yrkesopplæringsnemndene", "LO", "Forbundene",
            "To samlinger i 2044 om ny tilbudsstruktur og arbeidet med læreplaner.",
            shown_delmal=LO_HEADINGS["1.4"], shown_type=""),
        Row("M04", "1.4", R, "Observatørplass i UHR-Helse og velferd og UHR-Lærerutdanning", "LO", "Fagforbundet, Utdanningsforbundet",
            "Plassene brukes til å styrke praksis og relevans i helse- og lærerutdanningene.",
            shown_delmal=LO_HEADINGS["1.4"], shown_type=""),
        Row("M07", "2.4", K, "Kompetanseløftet grønn industri", "LO", "Fellesforbundet, Industri Energi, NHO",
            "Fellesforbundet og Industri Energi har sammen med NHO-foreningene bidratt til å utforme bedriftsnære studietilbud "
            "i programmet.",
            shown_delmal=LO_HEADINGS["2.4"], shown_type=""),
        Row("M09", "2.2", F, "Kartleggingen «Læring i jobben» (Fafo), i samarbeid med NHO", "LO", "NHO, Fafo",
            "Undersøkelsen viser hvor mye opplæring ansatte i privat sektor får, og hvem som faller utenfor.",
            shown_delmal=LO_HEADINGS["2.2"], shown_type=""),
        Row("M18", "2.2", F, "Notat om hvordan kompetansebestemmelsene i tariffavtalene er fulgt opp etter oppgjøret 2044", "LO", "",
            "Notatet gjennomgår forbundenes erfaringer med avtalene om etter- og videreutdanning.",
            shown_delmal=LO_HEADINGS["2.2"], shown_type=""),
    ],
)

NHO_FINAL = Report(
    "NHO_tiltak_2044_endelig.docx", "NHO",
    "Word table (final version, superseding the draft); headers «Nr. i strategien», «Tiltak», «Hva ble gjort i 2044», «Art», «Ansvarlig», «Partnere»",
    [
        Row("M01", "1.1", R, "Medlem av KBU", "NHO", "", "NHOs kompetansedirektør er medlem av utvalget."),
        Row("M19", "1.1", F, "Notat med NHOs merknader til KBUs hovedrapport 2044", "NHO", "",
            "Notatet ble sendt KD i september og drøfter særlig behovet for fagarbeidere i industrien."),
        Row("M03", "1.4", R, "Sete i Samarbeidsrådet for yrkesopplæring (SRY)", "NHO", "Landsforeningene",
            "NHO har to faste medlemmer og ledet rådet første halvår 2044."),
        Row("M05", "2.3", R, "NHO leder Nasjonalt fagskoleråd", "NHO", "Fagskolene, LO, Unio",
            "Rådet har i 2044 arbeidet med forslag til ny finansieringsmodell for fagskolene."),
        Row("M07", "2.4", K, "KGI-programmet: bedriftsnære kurs i grønn industri", "Norsk Industri", "LO, HK-dir, fagskoler",
            "Norsk Industri har samlet bedriftenes behov og formidlet dem til tilbyderne i programmet."),
        Row("M09", "2.2", F, "Fafo-undersøkelsen «Læring i jobben 2044»", "NHO", "LO, Fafo",
            "Felles bestilling med LO. Rapporten ble lagt fram under Arendalsuka."),
        Row("M20", "3.3", P, "Inkluderingsløftet: praksisplasser med fagopplæring for langtidsledige", "NHO Service og Handel", "NAV",
            "Medlemsbedrifter tilbød 300 praksisplasser kombinert med fagopplæring for personer som har stått lenge utenfor "
            "arbeidslivet."),
    ],
)

# The draft: no truth rows. Wording differs from the final here and there; one row the final dropped.
NHO_DRAFT = Report(
    "NHO_tiltak_2044_UTKAST.docx", "NHO",
    "superseded draft of NHO's report (same table, fewer and rougher rows); no truth rows",
    [
        Row("M01", "1.1", R, "Medlem av KBU", "NHO", "", "NHOs kompetansedirektør sitter i utvalget."),
        Row("M03", "1.4", R, "Sete i SRY", "NHO", "Landsforeningene", "To faste medlemmer."),
        Row("M05", "2.3", R, "Leder Nasjonalt fagskoleråd", "NHO", "", "[fylles ut]"),
        Row("M07", "2.4", K, "KGI – grønn industri", "Norsk Industri", "LO, HK-dir", ""),
        Row("M09", "2.2", F, "Læring i jobben (Fafo)", "NHO", "LO, Fafo", ""),
        Row("M99", "2.2", I, "Innspill til statsbudsjettet 2045 om kompetansereformen", "NHO", "", "Sjekk om dette skal med?"),
    ],
    truth=False,
)

UNIO = Report(
    "Unio_KPR_2044_presentasjon.pdf", "Unio",
    "slide deck exported to PDF: one slide per tiltak, title = tiltak, bullet lines for delmål, type, ansvar and partners",
    [
        Row("M01", "1.1", R, "Unio er representert i Kompetansebehovsutvalget", "Unio", "",
            "Unio har hatt ett medlem i utvalget siden 2041 og har i år særlig løftet fram behovene i helse og utdanning."),
        Row("M04", "1.4", R, "Plass i UHR-Helse og velferd og UHR-Lærerutdanning", "Sykepleierforbundet og Utdanningsforbundet",
            "UHR", "Forbundene bidrar til arbeidet med praksis i helse- og lærerutdanningene."),
        Row("M08", "2.2", A, "Arendalsuka 2044: frokostseminar med Spekter om etter- og videreutdanning", "Unio", "Spekter",
            "Om lag 200 deltakere. Tema var hvem som skal betale for kompetanseheving i helsetjenestene."),
        Row("M21", "2.2", F, "Rapport om kompetanseheving i kommunal helse- og omsorgstjeneste", "Unio", "Ny Analyse",
            "Rapporten kartlegger hvor mange sykepleiere og vernepleiere som får tid og støtte til videreutdanning."),
        Row("M22", "3.6", K, "Kurs i studieforbundets regi om lokale kompetanseplaner", "Unio-forbundene", "Studieforbundet AOF",
            "Nettbaserte kurs for tillitsvalgte og medlemmer om kompetanseplaner og utdanningspermisjon. 1 400 deltakere."),
    ],
)

KS = Report(
    "KS_rapportering_2044.xlsx", "KS",
    "workbook: a guidance sheet, one sheet per hovedinnsatsområde with title rows above the header and a count row below",
    [
        Row("M06", "1.3", R, "Nasjonalt forum for karriereveiledning har KS som fast deltaker", "HK-dir", "KS, fylkeskommunene, partene",
            "Forumet møttes fire ganger i 2044. KS deltar på vegne av kommunesektoren og har løftet veiledning av "
            "ansatte i kommunene."),
        Row("M02", "1.4", R, "KS deltar i Råd for samarbeid med arbeidslivet ved universiteter og høgskoler", "KS", "UH-sektoren",
            "KS er representert i RSA ved 11 institusjoner, med vekt på helse-, sosial- og lærerutdanningene."),
        Row("M03", "1.4", R, "Representasjon i SRY og faglige råd", "KS", "Fylkeskommunene",
            "KS har plass i SRY og i seks av de faglige rådene."),
        Row("M12", "2.3", K, "Samfunnskontrakten – flere læreplasser i kommunene", "KS", "KD, fylkeskommunene",
            "Kommunene tok inn 5 prosent flere lærlinger i 2044 enn året før."),
        Row("M23", "2.1", K, "KS Læring: nye digitale kurs om kunstig intelligens i forvaltningen", "KS", "Kommunene",
            "Seks nye kurs for kommuneansatte; over 9 000 gjennomføringer i 2044."),
        Row("M24", "2.2", F, "Arbeidslivsmonitoren for kommunesektoren 2044", "KS", "",
            "Årlig kartlegging av rekruttering, kompetanse og kompetansebehov i kommunene."),
        Row("M25", "3.4", P, "Utvidelse av Norsk på arbeidsplassen til kommunal helse og omsorg", "KS", "HK-dir, kommuner",
            "KS har fått midler til å prøve ut NoA-modellen i sykehjem og hjemmetjenester i 14 kommuner."),
        Row("M26", "3.3", K, "Kommunal praksis med fagopplæring for unge voksne uten fullført videregående", "KS",
            "NAV, fylkeskommunene",
            "Kommuner tar imot unge voksne i praksis som kan lede fram til fagbrev i helsearbeider- eller barne- og "
            "ungdomsarbeiderfaget."),
    ],
)
