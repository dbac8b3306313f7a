"""Reports of the government and the national social partners (Bokmål)."""

from __future__ import annotations

from .docx_prose import build_headings
from .docx_tables import build_long_table, build_row_per_delmal, build_status_table, build_type_first
from .odt_reports import build_newsletter
from .rows import ARR, FOU, INFO, KURS, PROSJEKT, RAD, Report, Row

KD = "KD"

REGJERINGEN = Report(
    "regjeringen_2025.docx", "Regjeringen", (
        Row("Kompetansebehovsutvalget (KBU) – nytt mandat for perioden 2025–2029", "1.1", RAD, KD,
            "ASD, partene i arbeidslivet, forskningsmiljøer", "Utvalget leverte sin første rapport under nytt mandat i juni.",
            "KBU", {"type": "Utvalg"}),
        Row("Tilskudd til regionale kompetanseforum i fylkeskommunene", "1.2", RAD, KD, "Fylkeskommunene, KS",
            extra={"type": "Nettverk"}),
        Row("Nasjonalt forum for karriereveiledning", "1.3", RAD, "HK-dir",
            "KS, fylkeskommunene, partene, NAV", shared="FORUM", extra={"type": "Råd/utvalg/nettverk"}),
        Row("Kvalitetsrammeverket for karriereveiledning: ny modul om veiledning av voksne i jobb", "1.3", PROSJEKT,
            "HK-dir", "Karrieresentrene, NAV", extra={"type": "Prosjekt"}),
        Row("Nasjonalt fagskoleråd", "1.4", RAD, KD, "Fagskolene, partene, KS, Organisasjon for norske fagskolestudenter",
            shared="FAGSKOLERAD", extra={"type": "Råd"}),
        Row("Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", "2.1", KURS, "HK-dir",
            "Universiteter, høyskoler og fagskoler", "Utlysningen i 2025 ga 41 nye tilbud, de fleste nettbaserte.",
            extra={"type": "Utdanning"}),
        Row("Utredning av effekten av bedriftsintern opplæring på produktivitet", "2.2", FOU, "ASD",
            "Forskningsmiljøer", extra={"type": "Utredning"}),
        Row("Bransjeprogrammene for kompetanseutvikling", "2.4", KURS, KD,
            "Partene i arbeidslivet, bransjene, utdanningstilbydere", "Programmene omfatter nå ti bransjer.",
            "BRANSJE", {"type": "Kurs/utdanning"}),
        Row("Digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "2.6", PROSJEKT, "HK-dir",
            "Utlendingsdirektoratet", extra={"type": "Prosjekt"}),
        Row("Veiledningsmateriell om retten til fullføring av videregående opplæring for voksne", "3.1", INFO,
            "Udir", "Fylkeskommunene", extra={"type": "Informasjon"}),
        Row("Kompetansepluss frivillighet", "3.2", KURS, "HK-dir", "VOFO, studieforbundene",
            "Tilskudd til kurs i lesing, skriving, regning og digitale ferdigheter i frivillig sektor.",
            "KPF", {"type": "Tilskuddsordning/kurs"}),
        Row("Forsøk med norskopplæring kombinert med arbeidspraksis i kommunene", "3.4", PROSJEKT, "IMDi",
            "KS, kommunene", extra={"type": "Forsøk/prosjekt"}),
        Row("Nasjonal konferanse om opplæring i arbeidsmarkedstiltakene", "3.5", ARR,
            "Arbeids- og velferdsdirektoratet", "Fylkeskommunene, partene", extra={"type": "Konferanse"}),
    ), build_long_table, "Word table over two pages with a repeated header row; description as a second line in the tiltak cell",
)

LO = Report(
    "lo_tiltaksrapport_2025.docx", "LO", (
        Row("Deltakelse i Kompetansebehovsutvalget", "1.1", RAD, "LO", "NHO, YS, Unio m.fl.",
            "LO har fast plass i utvalget og ga innspill til hovedrapporten.", "KBU",
            {"status": "Videreført", "delmal": "1.1 Kompetansebehovsutvalg"}),
        Row("LOs plasser i Samarbeidsrådet for yrkesopplæring og de faglige rådene", "1.4", RAD, "LO", "Forbundene",
            "Forbundene oppnevner medlemmer; LO koordinerer arbeidet på tvers.", "SRY",
            {"status": "Pågår", "delmal": "1.4 Samarbeid utdanning–arbeidsliv"}),
        Row("Skolering av LO-representanter i SRY og faglige råd", "1.4", KURS, "LO", "LO-skolen",
            "To samlinger med 45 deltakere om rollen som partsrepresentant.", "",
            {"status": "Gjennomført", "delmal": "1.4"}),
        Row("Bransjeprogrammene – partsarbeidet i styringsgruppene", "2.4", KURS, "LO", "NHO, KD, HK-dir",
            "LO deltar for industri, bygg og helse og omsorg.", "BRANSJE",
            {"status": "Videreført", "delmal": "2.4 Koble kompetansebehov og tilbydere"}),
        Row("KOMPIS – kompetanseløft i små og mellomstore bedrifter", "2.4", PROSJEKT, "LO",
            "NHO, Nordland fylkeskommune", "Tillitsvalgte kartlegger opplæringsbehov sammen med ledelsen.", "KOMPIS",
            {"status": "Pågår", "delmal": "2.4"}),
        Row("Kurs for tillitsvalgte om dokumentasjon av realkompetanse", "2.5", KURS, "LO", "Forbundene",
            "Nytt kursopplegg, prøvd ut i tre regioner.", "",
            {"status": "Nytt i 2025", "delmal": "2.5 Dokumentere kompetanse"}),
        Row("«Norsk med jobb» – partssamarbeid om norskopplæring for ansatte", "3.4", PROSJEKT, "LO",
            "Fellesforbundet, NHO Service og Handel", "Pilot i renhold og hotell med arbeidsplassbasert norskopplæring.", "",
            {"status": "Pågår", "delmal": "3.4 Norskopplæring"}),
    ), build_status_table, "Word table in the order tiltak, status, delmål, comment, partners; no type column",
)

NHO = Report(
    "nho_nyhetsbrev_2025.pdf", "NHO", (
        Row("NHO i Kompetansebehovsutvalget", "1.1", RAD, "NHO", "",
            "NHO har representant i KBU og bidro til analysene av behovet for fagarbeidere.", "KBU",
            {"delmal": "(Delmål 1.1)"}),
        Row("Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RAD, "NHO", "",
            "NHO og landsforeningene har medlemmer i SRY og i alle de faglige rådene.", "SRY",
            {"delmal": "(Delmål 1.4 – samarbeid mellom utdanning og arbeidsliv)"}),
        Row("Bransjeprogrammene for industri og bygg", "2.4", KURS, "NHO", "",
            "Bedriftene har fått flere korte, arbeidsrettede videreutdanninger gjennom bransjeprogrammene.", "BRANSJE",
            {"delmal": "(Delmål 2.4)"}),
        Row("KOMPIS – kompetanseløft i SMB", "2.4", PROSJEKT, "NHO", "LO",
            "Felles prosjekt med LO der små bedrifter får hjelp til å lage kompetanseplaner.", "KOMPIS",
            {"delmal": "(Delmål 2.4)"}),
        Row("KOMPIS 2: ny fase med reiseliv og handel", "2.4", PROSJEKT, "NHO", "",
            "Fra høsten 2025 utvides arbeidet til nye bransjer med egen finansiering og styringsgruppe.", "",
            {"delmal": "(Delmål 2.4)"}),
        Row("Lærlingløftet – kampanje for flere læreplasser", "2.3", INFO, "NHO", "",
            "Kampanjen i sosiale medier viser fram yrkesfagene og karriereveiene etter fagbrev.", "",
            {"delmal": "(Delmål 2.3 – karrieremuligheter i yrkesfag)"}),
        Row("NHOs kompetansebarometer 2025", "2.2", FOU, "NHO", "",
            "Den årlige spørreundersøkelsen blant medlemsbedriftene viser udekket behov for ingeniører og fagarbeidere.", "",
            {"delmal": "(Delmål 2.2)"}),
    ), build_newsletter, "Two-column newsletter PDF (LibreOffice); bold item titles, delmål in brackets in the text, no types",
    via=(".fodt", ".pdf"),
)

KS = Report(
    "ks_rapport_2025.docx", "KS", (
        Row("Regionale kompetansenettverk for kommunene", "1.2", RAD, "KS", "",
            "KS har støttet nettverk der kommunene samarbeider med fylkeskommunen om kompetanseplaner.", "",
            {"heading": "Delmål 1.2 Regionalt samarbeid om kompetanse", "type": "nettverk"}),
        Row("Nasjonalt forum for karriereveiledning", "1.3", RAD, "KS", "",
            "KS representerer kommunesektoren i forumet.", "FORUM",
            {"heading": "Delmål 1.3 Karriereveiledning"}),
        Row("Samarbeidsrådet for yrkesopplæring", "1.4", RAD, "KS", "",
            "KS deltar i SRY og i flere faglige råd, særlig helse- og oppvekstfag.", "SRY",
            {"heading": "Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv", "type": "råd"}),
        Row("Nasjonalt fagskoleråd", "1.4", RAD, "KS", "",
            "KS har plass i rådet på vegne av fylkeskommunene som fagskoleeiere.", "FAGSKOLERAD",
            {"heading": "Delmål 1.4 Samarbeid mellom utdanning og arbeidsliv"}),
        Row("KS Læring – digitale kurs for kommuneansatte", "2.1", KURS, "KS", "",
            "Læringsplattformen fikk nye kurs i informasjonssikkerhet og kunstig intelligens.", "",
            {"heading": "Delmål 2.1 Digital kompetanse", "type": "kurs"}),
        Row("Rekrutteringskampanje for helsefagarbeiderfaget", "2.3", INFO, "KS", "",
            "Filmer og materiell for ungdomsskoler om jobb og karriere i helse og omsorg.", "",
            {"heading": "Delmål 2.3 Yrkesfag"}),
        Row("Kommunen som læringsarena i introduksjonsprogrammet", "3.3", PROSJEKT, "KS", "",
            "Prosjekt i 12 kommuner der deltakere får språkpraksis og opplæring i kommunale tjenester.", "",
            {"heading": "Delmål 3.3 Arbeidslivet som læringsarena", "type": "prosjekt"}),
    ), build_headings, "Word: each delmål a Heading 2, tiltak as paragraphs with a bold lead-in, type in brackets for some",
)

UNIO = Report(
    "unio_2025.docx", "Unio", tuple(
        Row(t, d, ty, "Unio", "", "", sh, {"delmal_text": txt}) for t, d, ty, sh, txt in (
            ("Frokostseminar om KBUs rapport 2025", "1.1", ARR, "", "Kunnskap om kompetansebehov (KBU)"),
            ("Unios representanter i RSA ved universitetene og høyskolene", "1.4", RAD, "RSA",
             "Samarbeid mellom utdanningene og arbeidslivet"),
            ("Deltakelse i UHRs fagstrategiske enheter for lærerutdanning og helse- og sosialfag", "1.4", RAD,
             "FSE", "Samarbeid mellom utdanningene og arbeidslivet"),
            ("Undersøkelse om etter- og videreutdanning blant sykepleiere og lærere", "2.2", FOU, "",
             "Kunnskap om læring i arbeidslivet"),
            ("Innspill om raskere godkjenning av utenlandske sykepleiere", "2.6", INFO, "",
             "Godkjenning av utenlandsk utdanning"),
            ("Kurs for tillitsvalgte om inkludering av kolleger med innvandrerbakgrunn", "3.4", KURS, "",
             "Kvalifisering av innvandrere"),
        )
    ), build_row_per_delmal, "Word table with one row per delmål, several tiltak as bullets in one cell, no types",
)

AKADEMIKERNE = Report(
    "akademikerne_2025.pdf", "Akademikerne", (
        Row("Akademikerne er medlem av Kompetansebehovsutvalget", "1.1", RAD, "Akademikerne", "Øvrige hovedorganisasjoner",
            shared="KBU", extra={"type": "Råd/utvalg"}),
        Row("Innspill til KBUs temarapport om behovet for høyere utdannet arbeidskraft", "1.1", INFO, "Akademikerne",
            "Medlemsforeningene", extra={"type": "Informasjon"}),
        Row("Medlemsforeningenes plasser i Råd for samarbeid med arbeidslivet", "1.4", RAD, "Medlemsforeningene",
            "Universiteter og høyskoler", shared="RSA", extra={"type": "Nettverk"}),
        Row("Kurs i karriereplanlegging for medlemmer i omstilling", "1.3", KURS, "Akademikerne",
            "Medlemsforeningene", extra={"type": "Kurs"}),
        Row("Undersøkelse om livslang læring blant akademikere", "2.2", FOU, "Akademikerne",
            "Samfunnsøkonomisk analyse", extra={"type": "FoU"}),
    ), build_type_first, "Word exported to PDF through LibreOffice; columns type, tiltak, delmål, partners, ansvarlig",
    via=(".docx", ".pdf"),
)

NATIONAL = (REGJERINGEN, LO, NHO, KS, UNIO, AKADEMIKERNE)
