"""The round's content: every file's measures, and the truth they make.

A row is (key, delmal, type, tiltak, ansvarlig, samarbeidspartnere, beskrivelse). A key names a
measure reported by several members (M01-M12); None means a measure only this file reports, which
gets the next free id when the truth is written.
"""

RAD, KURS, PROS, FOU, ARR, INFO = ("Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU",
                                   "Arrangement", "Informasjon")

SHARED = {
    "KBU": "M01", "RSA": "M02", "SRY": "M03", "UHRENH": "M04", "FAGSKOLERAD": "M05", "FORUM": "M06",
    "BRANSJE": "M07", "DIGILOFT": "M08", "ARENDAL": "M09", "NORSKJOBB": "M10", "EVU": "M11",
    "SENIOR": "M12",
}

# How a delmål reads when a member writes it in words (Bokmål, then Nynorsk).
DM_WORDS = {
    "1.1": "Kompetansebehovsutvalget og kunnskap om kompetansebehov",
    "1.2": "Regionalt ansvar og samarbeid mellom kompetanseaktørene",
    "1.3": "Karriereveiledning for alle",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Koble virksomhetenes behov til etter- og videreutdanning",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læring i frivillig sektor",
}
AREA = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Kompetanse for voksne med svak tilknytning til arbeidslivet",
}

FILES = [
    ("01_KD_rapport_kompetansepolitisk_strategi_2048.docx", "Regjeringen",
     "Word table, headers Delmål/Tiltak/Kategori/Ansvarlig departement/I samarbeid med/Kort om tiltaket"),
    ("02_LO_brev_oppfolging_strategien_2048.pdf", "LO",
     "letter (Word to PDF via LibreOffice); measures as bold lead-ins in prose, type and delmål in brackets"),
    ("03_NHO_tiltaksoversikt_2048.xlsx", "NHO",
     "workbook: a guidance sheet and one sheet per innsatsområde, header on row 3, delmål as key words"),
    ("04_Unio_rapportering_2048.odt", "Unio",
     "prose report (ODT): headings are delmål in words, a bold first sentence per measure, no types"),
    ("05_KS_presentasjon_KPR_2048.pdf", "KS",
     "slide deck exported to PDF: one measure per slide, the slide title is the measure"),
    ("06_YS_skannet_2048.pdf", "YS", "scan: image-only PDF of a printed table, tilted, with specks"),
    ("07_Virke_rapport_2048_UTKAST_v0.3.docx", "Virke",
     "superseded draft (UTKAST v0.3, January 2049): no truth rows"),
    ("08_Virke_rapport_2048_endelig.docx", "Virke",
     "final version: Word table, headers Mål/Hva gjør vi/Kategori/Ansvar hos/Partnere/Beskrivelse"),
    ("09_Akademikerne_rapporteringsskjema_2048.doc", "Akademikerne",
     "reporting form (.doc): one two-column key/value table per measure"),
    ("10_Spekter_innspill_2048.rtf", "Spekter",
     "RTF: area headings only, numbered paragraphs with Type:/Ansvarlig:/Samarbeid: inline"),
    ("11_VOFO_epost_tiltak_2048.pdf", "VOFO",
     "e-mail printout PDF with a transposed table (measures are columns, fields are rows)"),
    ("12_UHR_rapport_2048.docx", "UHR",
     "Word table grouped by merged area rows; only the innsatsområde, no delmål"),
    ("13_Vestland_fylkeskommune_rapportering_2048.pdf", "Vestland fylkeskommune",
     "Nynorsk; Word table exported to PDF through LibreOffice"),
    ("14_Trondelag_fk_tiltak_2048.xlsx", "Trøndelag fylkeskommune",
     "one sheet, title block above the header row, delmål in words, notes under the table"),
    ("15_Innkalling_KPR_mars_2049.pdf", "",
     "not a member report: the council's meeting notice with numbered agenda items; no truth rows"),
]

ROWS = {
    "01": [
        ("KBU", "1.1", RAD, "Kompetansebehovsutvalget (KBU)", "KD", "ASD, KDD, hovedorganisasjonene i arbeidslivet, forskere",
         "Utvalget la i juni 2048 fram sin sjette hovedrapport, om kompetansebehovet i det grønne skiftet."),
        (None, "1.2", PROS, "Tilskuddsordning for regionale kompetansepartnerskap", "KD", "Fylkeskommunene, HK-dir",
         "Fylkeskommunene kan søke midler til partnerskap mellom utdanningstilbydere og arbeidslivet i regionen."),
        (None, "1.3", PROS, "Høring om lovfesting av rett til karriereveiledning for voksne", "KD", "HK-dir, fylkeskommunene",
         "Forslaget ble sendt på høring i oktober 2048."),
        (None, "1.3", FOU, "Evaluering av Nasjonalt forum for karriereveiledning", "KD", "HK-dir, NIFU",
         "Ekstern evaluering av forumets mandat, sammensetning og resultater; rapport våren 2049."),
        ("FAGSKOLERAD", "2.3", RAD, "Nasjonalt fagskoleråd", "KD",
         "Partene i arbeidslivet, fagskolene, studentene, fylkeskommunene",
         "Rådet gir departementet råd om utviklingen av fagskolesektoren."),
        (None, "2.1", KURS, "Studieplasser i fleksibel IKT-utdanning for sysselsatte", "KD", "Universiteter og høyskoler",
         "500 nye studieplasser i deltids- og nettbaserte IKT-emner."),
        ("BRANSJE", "2.4", KURS, "Bransjeprogram for kompetanseutvikling i varehandelen", "KD",
         "HK-dir, Virke, LO/Handel og Kontor, NHO Service og Handel",
         "Tilskudd til fleksible videreutdanningstilbud for ansatte i butikk og netthandel."),
        (None, "2.5", PROS, "Forsøk med digital vurdering av realkompetanse i arbeidslivet", "KD",
         "HK-dir, fylkeskommunene, partene", "Forsøket prøver ut en nettbasert vurdering i tre bransjer."),
        (None, "2.6", KURS, "Ny forskrift om godkjenning av utenlandsk fagskoleutdanning", "KD", "NOKUT",
         "Forskriften gir raskere saksbehandling fra 1. juli 2048."),
        (None, "3.1", KURS, "Forsøk med modulbasert fag- og yrkesopplæring for voksne i alle fylker", "KD",
         "Fylkeskommunene, Udir", "Forsøket er utvidet til alle fylker fra høsten 2048."),
        (None, "3.5", KURS, "Toårig yrkesrettet opplæring for arbeidssøkere i NAV", "ASD",
         "Arbeids- og velferdsdirektoratet, fylkeskommunene", "Tiltaket gir arbeidssøkere et fagbrevrettet løp."),
        (None, "3.6", PROS, "Revidert tilskuddsordning for studieforbund", "KUD", "VOFO, studieforbundene",
         "Ny innretning av tilskuddet med vekt på grunnleggende ferdigheter."),
    ],
    "02": [
        ("KBU", "1.1", RAD, "LO har fast plass i Kompetansebehovsutvalget", "LO", "Hovedorganisasjonene, KD",
         "LO har deltatt i utvalgets arbeid med hovedrapporten om grønn omstilling."),
        (None, "1.1", FOU, "Innspill til KBUs hovedrapport 2048 om grønn omstilling", "LO", "Fafo",
         "Et notat fra Fafo kommenterer utvalgets analyser av behovet for fagarbeidere."),
        ("BRANSJE", "2.4", KURS, "Bransjeprogram varehandel (sammen med Handel og Kontor og Virke)", "LO/Handel og Kontor",
         "Virke, KD", "HK har bidratt til å rekruttere deltakere fra butikkene."),
        (None, "2.4", KURS, "Tillitsvalgtskolering om kompetanseplaner i virksomhetene", "LO", "LO-forbundene",
         "Kurset lærer tillitsvalgte å kartlegge kompetansebehov sammen med ledelsen."),
        (None, "2.3", INFO, "Kampanjen «Fagarbeider – et yrke med framtid»", "LO",
         "Fellesforbundet, EL og IT Forbundet", "Kampanje i sosiale medier rettet mot elever i ungdomsskolen."),
        ("ARENDAL", "2.2", ARR, "Arendalsuka 2048: «Livslang læring – hvem betaler?»", "LO", "Spekter",
         "Debatt med Spekter om finansiering av etter- og videreutdanning."),
        (None, "3.4", PROS, "Partssamarbeid om Hurtigsporet for flyktninger med fagbrev", "LO", "NHO, NAV, IMDi",
         "Flyktninger med fagbakgrunn får raskere vei til norsk fagbrev."),
    ],
    "03": [
        ("KBU", "1.1", RAD, "Medlem av KBU", "NHO Arbeidsliv og kompetanse", "LO, YS, Unio, Akademikerne, KS",
         "NHO har én av partenes plasser i utvalget."),
        ("FAGSKOLERAD", "2.3", RAD, "NHO leder Nasjonalt fagskoleråd i 2048", "NHO", "Fagskolene, LO",
         "NHO overtok ledelsen av rådet fra januar 2048."),
        (None, "2.2", FOU, "NHOs kompetansebarometer 2048", "NHO", "NIFU",
         "Årlig spørreundersøkelse om medlemsbedriftenes udekkede kompetansebehov."),
        (None, "2.1", PROS, "DigiLøft for industrien – overføring av kommunesektorens modell til industribedrifter",
         "NHO/Norsk Industri", "Fellesforbundet, fagskolene", "Et forprosjekt som prøver ut modellen i fem bedrifter."),
        (None, "2.3", INFO, "Jenter og teknologi 2048", "NHO", "NITO, Tekna, KD",
         "Nasjonal kampanje for å rekruttere jenter til teknologifag."),
        ("NORSKJOBB", "3.4", PROS, "Norsk på jobb", "NHO Service og Handel", "YS, IMDi, HK-dir",
         "Arbeidsplassbasert norskopplæring for ansatte med kort botid."),
        (None, "3.2", KURS, "Pilot: Kompetansepluss arbeid kombinert med fagbrev", "NHO", "HK-dir, fylkeskommunene",
         "Ansatte uten fagbrev får grunnleggende ferdigheter og fagopplæring i ett løp."),
    ],
    "04": [
        ("RSA", "1.4", RAD, "Unio er representert i RSA ved flere universiteter og høgskoler", "Unio",
         "Forbundene, UH-institusjonene", "Unios forbund oppnevner medlemmer til rådene ved OsloMet, UiT og HVL."),
        ("DIGILOFT", "2.1", PROS, "Samarbeid med KS om DigiLøft i kommunesektoren", "Unio", "KS, Fagforbundet",
         "Unio deltar i styringsgruppen og bidrar med tillitsvalgte i pilotkommunene."),
        (None, "2.1", KURS, "Tillitsvalgtkurs om digital omstilling", "Unio", "Medlemsforbundene",
         "Kurs for hovedtillitsvalgte om medvirkning i digitaliseringsprosjekter."),
        ("EVU", "2.2", FOU,
         "Felles undersøkelse om etter- og videreutdanning blant høyt utdannede, sammen med Akademikerne", "Unio",
         "Akademikerne, Ny Analyse", "Undersøkelsen kartlegger hvem som får etter- og videreutdanning, og hvem som betaler."),
        (None, "2.2", FOU, "Utredning om finansiering av videreutdanning for sykepleiere", "Unio/NSF",
         "Proba samfunnsanalyse", "Utredningen sammenligner fire modeller for deling av kostnadene."),
        (None, "3.6", KURS, "Kurs i studieforbund for medlemmer med lite formell utdanning", "Unio",
         "Studieforbundet AOF", "Kurs i lesing, skriving og digitale ferdigheter."),
    ],
    "05": [
        ("SRY", "1.4", RAD, "KS' plass i Samarbeidsrådet for yrkesopplæring (SRY)", "KS", "Partene, KD",
         "KS representerer kommunesektoren som arbeidsgiver og skoleeier."),
        (None, "2.3", KURS, "Opplæring av KS' representanter i de faglige rådene", "KS", "KS-regionene",
         "Todagers samling for nye rådsmedlemmer om læreplanarbeid og dimensjonering."),
        ("DIGILOFT", "2.1", PROS, "DigiLøft – digitalt kompetanseløft for ansatte i kommunene", "KS",
         "Unio, LO Kommune, YS Kommune, Akademikerne kommune", "Treårig prosjekt i 60 kommuner, startet 2047."),
        ("FORUM", "1.3", RAD, "Medlem i Nasjonalt forum for karriereveiledning", "KS", "HK-dir, partene",
         "KS har én plass i forumet."),
        (None, "2.2", FOU, "Kommunesektorens arbeidslivsmonitor 2048", "KS", "",
         "Tall om rekruttering, kompetanse og sykefravær i kommunene."),
        (None, "2.3", ARR, "Lærlingkonferanse for kommunesektoren", "KS", "Fylkeskommunene",
         "Årlig konferanse for kommuner som tar inn lærlinger."),
    ],
    "06": [
        ("SRY", "1.4", RAD, "Representasjon i SRY og faglige råd", "YS", "YS-forbundene", ""),
        ("NORSKJOBB", "3.4", PROS, "Norskopplæring på arbeidsplassen («Norsk på jobb»)", "YS/Parat",
         "NHO Service og Handel", ""),
        (None, "2.2", FOU, "Analyse av kompetansebehov i servicenæringene", "YS", "AFI", ""),
        (None, "1.3", INFO, "Karriereveiledning for medlemmer", "YS", "Delta, Parat", ""),
    ],
    "08": [
        ("RSA", "1.4", RAD, "Virke oppnevner representanter til RSA ved universiteter og høyskoler", "Virke",
         "Medlemsvirksomheter", "Virke har representanter i råd ved seks institusjoner."),
        ("BRANSJE", "2.4", KURS, "Bransjeprogrammet for handel", "Virke", "HK, KD, HK-dir",
         "Over 900 ansatte i handelen tok moduler i programmet i 2048."),
        (None, "2.4", PROS, "Søknad om ny fase av bransjeprogrammet for handel 2049–2051", "Virke", "HK",
         "Partene har søkt om en ny treårig fase med vekt på netthandel."),
        (None, "2.1", FOU, "Studie: Kunstig intelligens og kompetanse i varehandelen", "Virke",
         "Samfunnsøkonomisk analyse", "Studien kartlegger hvilke oppgaver i butikk som endres av KI."),
        (None, "2.5", PROS, "Modell for dokumentasjon av kompetanse fra arbeidslivet (Kompetansepasset)", "Virke",
         "LO, YS, NHO", "Pilot av et digitalt kompetansebevis i tre kjeder."),
    ],
    "09": [
        ("UHRENH", "1.4", RAD, "Observatørplass i UHR-Helse og velferd og UHR-Lærerutdanning", "Akademikerne",
         "Den norske legeforening, Samfunnsviterne", "Plassene brukes til å fremme relevans i profesjonsutdanningene."),
        ("EVU", "2.2", FOU, "EVU-undersøkelsen 2048 (med Unio)", "Akademikerne", "Unio, Ny Analyse",
         "Felles spørreundersøkelse blant medlemmene om etter- og videreutdanning."),
        (None, "1.3", INFO, "Karriereveiledning for medlemmer i overgangen fra studier til arbeid", "Akademikerne",
         "Medlemsforeningene", "Individuelle veiledningssamtaler og webinarer."),
        (None, "2.2", FOU, "Forskningsrapport «Akademikere i omstilling»", "Akademikerne", "Menon Economics",
         "Rapporten viser hvordan høyt utdannede skifter yrke midt i karrieren."),
        (None, "2.6", KURS, "Kurs om godkjenning av utenlandsk utdanning for tillitsvalgte", "Akademikerne", "NOKUT",
         "Tillitsvalgte lærer å veilede kolleger med utdanning fra utlandet."),
    ],
    "10": [
        ("SRY", "1.4", RAD, "Medlem i Samarbeidsrådet for yrkesopplæring (SRY)", "Spekter", "LO, NHO, KS",
         "Spekter har én fast plass i rådet."),
        ("UHRENH", "1.4", RAD, "Spekter sitter i UHR-Helse og velferd", "Spekter", "Helseforetakene",
         "Spekter bidrar med arbeidsgivers syn på praksis i helseutdanningene."),
        ("ARENDAL", "2.2", ARR, "Felles debatt med LO under Arendalsuka om livslang læring", "Spekter", "LO",
         "Debatten samlet over 200 tilhørere."),
        (None, "2.3", ARR, "Fagskolekonferansen 2048 for spesialisthelsetjenesten", "Spekter", "Fagforbundet, Delta",
         "Konferansen synliggjorde karriereveier for fagarbeidere i sykehusene."),
        (None, "2.4", KURS, "Kompetanseprogram for ledere i helseforetakene", "Spekter", "Helseforetakene, BI",
         "Et modulbasert program om strategisk kompetanseplanlegging."),
    ],
    "11": [
        ("FORUM", "1.3", RAD, "Plass i Nasjonalt forum for karriereveiledning", "VOFO", "HK-dir",
         "VOFO representerer frivillig sektor i forumet."),
        (None, "1.2", RAD, "Partnerskapsavtaler med fylkeskommunene", "VOFO", "Fylkeskommunene, studieforbundene",
         "Avtaler med sju fylkeskommuner om voksnes læring."),
        (None, "3.2", INFO, "Promotering av Kompetansepluss frivillighet", "VOFO", "Studieforbundene",
         "Informasjonsmøter for kursarrangører om ordningen."),
        (None, "3.4", FOU, "Evaluering av studieforbundenes norskopplæring", "VOFO", "NIFU",
         "Evalueringen ser på læringsutbytte i norskkurs for innvandrere."),
        (None, "3.6", INFO, "Kampanjen «Lær noe nytt i høst»", "VOFO", "Studieforbundene",
         "Felles kampanje for studieforbundenes kurs i hele landet."),
    ],
    "12": [
        ("RSA", "1.4", RAD, "Råd for samarbeid med arbeidslivet (RSA) ved alle institusjonene", "UH-institusjonene",
         "Partene i arbeidslivet, KS", "Alle medlemsinstitusjonene har nå et RSA med eksterne medlemmer."),
        ("UHRENH", "1.4", RAD,
         "UHRs fagstrategiske enheter (UHR-Helse og velferd, UHR-Lærerutdanning, UHR-MNT m.fl.)", "UHR",
         "Partene i arbeidslivet som observatører", "Enhetene samordner utdanningene innen sine fagområder."),
        (None, "1.4", FOU, "Kartlegging av hvordan RSA fungerer ved institusjonene", "UHR", "NIFU",
         "NIFU intervjuer rådsmedlemmer ved tolv institusjoner; rapport i 2049."),
        (None, "2.4", PROS, "Nasjonale retningslinjer for fleksible videreutdanningsmoduler", "UHR", "HK-dir, partene",
         "Felles retningslinjer for omfang og opptak til korte moduler."),
        (None, "2.5", ARR, "Erfaringsdeling om realkompetansevurdering i høyere utdanning", "UHR", "NOKUT",
         "Et seminar for opptakskontorene i juni 2048."),
    ],
    "13": [
        ("FAGSKOLERAD", "2.3", RAD, "Vestland fylkeskommune er representert i Nasjonalt fagskuleråd",
         "Vestland fylkeskommune", "Fagskulen Vestland", "Fylkesdirektøren for opplæring sit i rådet."),
        (None, "1.4", RAD, "Yrkesopplæringsnemnda i Vestland", "Vestland fylkeskommune",
         "Partane i arbeidslivet i fylket", "Nemnda gir råd om dimensjonering av fag- og yrkesopplæringa i fylket."),
        ("SENIOR", "1.3", PROS, "Karriererettleiing for seniorar («Senior i arbeid 55+»)", "Vestland fylkeskommune",
         "Trøndelag fylkeskommune, NAV Vestland", "Felles prosjekt med Trøndelag om rettleiing for tilsette over 55 år."),
        (None, "1.2", RAD, "Kompetanseforum Vestland", "Vestland fylkeskommune", "NHO Vestland, LO Vestland, KS, HVL, UiB",
         "Forumet samlar aktørane om ein felles kompetansestrategi for fylket."),
        (None, "3.1", KURS, "Fagbrev på jobb for tilsette i kommunane", "Vestland fylkeskommune", "Kommunane, NAV",
         "Tilsette i helse og oppvekst kan ta fagbrev utan å slutte i jobben."),
        (None, "1.4", KURS, "Strategisk samarbeid mellom Fagskulen Vestland og HVL om maritime emne",
         "Vestland fylkeskommune", "Fagskulen Vestland, Høgskulen på Vestlandet", "Felles emne som gir studiepoeng i begge utdanningane."),
    ],
    "14": [
        ("FORUM", "1.3", RAD, "Trøndelag fylkeskommune deltar i Nasjonalt forum for karriereveiledning",
         "Trøndelag fylkeskommune", "HK-dir", "Fylkeskommunene har to plasser i forumet."),
        ("SENIOR", "1.3", PROS, "Senior i arbeid 55+ – karriereveiledning for seniorer", "Karrieresenteret Trøndelag",
         "Vestland fylkeskommune, NAV Trøndelag", "Gratis veiledning for arbeidstakere over 55 år."),
        (None, "1.2", RAD, "Regionalt kompetansebehovsutvalg for Trøndelag", "Trøndelag fylkeskommune",
         "NTNU, NHO Trøndelag, LO Trøndelag, NAV", "Utvalget analyserer kompetansebehovet i regionen hvert annet år."),
        (None, "3.1", KURS, "Forsøk med modulstrukturert fagopplæring for voksne i Trøndelag", "Trøndelag fylkeskommune",
         "Kommunene, NAV", "Tilbudet gis i ti fag."),
        (None, "3.4", KURS, "Opplæring i norsk og grunnleggende ferdigheter i introduksjonsprogrammet",
         "Trøndelag fylkeskommune", "Kommunene", "Kombinerte løp i videregående opplæring for deltakere i introduksjonsprogrammet."),
    ],
}

# The superseded draft (07): what Virke wrote in January, replaced by 08.
DRAFT_07 = [
    ("1.4", "RSA – representanter fra Virke", "Råd/utvalg/nettverk", "Virke", "Medlemsvirksomheter", ""),
    ("2.4", "Bransjeprogram handel", "Kurs/utdanning", "Virke", "HK, KD", "Tall kommer."),
    ("2.1", "Studie om KI i varehandelen (pågår)", "FoU", "Virke", "Samfunnsøkonomisk analyse", ""),
    ("2.5", "Kompetansepasset", "Prosjekt", "Virke", "LO, YS, NHO", "Pilot i tre kjeder."),
]


def truth_rows():
    """The truth in file order, with the single measures numbered M13 onwards."""
    names = {f[0][:2]: (f[0], f[1]) for f in FILES}
    out, nxt = [], 13
    for code in sorted(ROWS):
        fname, member = names[code]
        for key, dm, typ, tiltak, ansv, partn, beskr in ROWS[code]:
            if key is None:
                seed = f"M{nxt:02d}"
                nxt += 1
            else:
                seed = SHARED[key]
            out.append({"source_file": fname, "member": member, "tiltak": tiltak, "seed_row": seed,
                        "delmal": dm, "type": typ, "ansvarlig": ansv, "samarbeidspartnere": partn,
                        "beskrivelse": beskr})
    return out
