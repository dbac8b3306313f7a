"""The tiltak of Akademikerne, LO, Spekter, YS, VOFO, UHR and Vestfold og Telemark as each report
prints them: (code, item) in document order."""

from __future__ import annotations

from .model import Item as I

# Akademikerne: one column per delmål, a cross in the one that applies.
AKADEMIKERNE_CODES = ["1.1", "1.4", "2.1", "2.2", "2.6", "3.4"]
AKADEMIKERNE = [
    ("1.1", I("Z01", "Sjeføkonomen i Akademikerne er oppnevnt som medlem av KBU for perioden 2022–2025",
              "Råd/utvalg")),
    ("1.1", I("Z35", "Medlemsmøte om Kompetansebehovsutvalgets anbefalinger, med utvalgets leder som innleder",
              "Arrangement")),
    ("1.4", I("Z03", "Medlemsforeningene representerer Akademikerne i rådene for samarbeid med arbeidslivet ved "
                     "seks universiteter", "Nettverk")),
    ("1.4", I("Z04", "Tekna og Samfunnsviterne deltar i UHR-Samfunnsvitenskap og UHR-MNT", "Råd")),
    ("2.1", I("Z70", "Kurs i personvern og informasjonssikkerhet for jurister i kommunene", "Kurs")),
    ("2.2", I("Z10", "EVU-barometeret: felles undersøkelse med Unio om arbeidsgiverbetalt etter- og "
                     "videreutdanning", "FoU")),
    ("2.6", I("Z71", "Juridisk bistand til medlemmer som får avslag på godkjenning av utenlandsk utdanning",
              "Informasjon")),
    ("3.4", I("Z72", "Traineeprogram i staten for innvandrere med høyere utdanning", "Program")),
]
# The version sent first and replaced: fewer rows, older wordings, one row dropped later.
AKADEMIKERNE_FIRST = [
    ("1.1", I("Z01", "Sjeføkonomen i Akademikerne er medlem av KBU", "Råd/utvalg")),
    ("1.4", I("Z03", "Medlemsforeningene sitter i RSA ved flere universiteter", "Nettverk")),
    ("1.4", I("Z04", "Tekna og Samfunnsviterne deltar i UHR-Samfunnsvitenskap og UHR-MNT", "Råd")),
    ("2.1", I("Z70", "Kurs i personvern for jurister i kommunene", "Kurs")),
    ("2.1", I("", "Webinar om lønn og kompetanse for nyutdannede", "Arrangement")),
    ("2.2", I("Z10", "EVU-barometeret (sammen med Unio)", "FoU")),
    ("3.4", I("Z72", "Traineeprogram i staten for innvandrere med høyere utdanning", "Program")),
]

# LO: a one-letter type code explained in a legend under the table.
LO_CODES = {"FoU": "F", "Kurs/utdanning": "K", "Råd/utvalg/nettverk": "R", "Prosjekt": "P", "Informasjon": "I",
            "Arrangement": "A"}
LO = [
    ("1.1", I("Z01", "LO er en av organisasjonene som utgjør Kompetansebehovsutvalget, sammen med forskere og "
                     "departementene", "R", "LO", "")),
    ("1.3", I("Z05", "LO har en plass i Nasjonalt forum for karriereveiledning og har løftet behovet for veiledning "
                     "for voksne i omstilling", "R", "LO", "")),
    ("1.4", I("Z02", "LO-forbundene har 36 representanter fordelt på SRY og de faglige rådene", "R",
              "LO-forbundene", "")),
    ("1.4", I("Z06", "LO er tilknyttet Nasjonalt fagskoleråd med ett medlem og ett varamedlem", "R", "LO", "")),
    ("2.2", I("Z73", "Fafo-notat om tillitsvalgtes rolle i kompetanseplanlegging i virksomhetene", "F", "LO",
              "Fafo")),
    ("2.3", I("Z30", "Håndbok for LO-representanter i de faglige rådene", "I", "LO", "")),
    ("2.4", I("Z07", "Fellesforbundet er partner i Batterifag 2025 for fagarbeidere i batteriindustrien", "P",
              "Fellesforbundet", "Norsk Industri")),
    ("2.5", I("Z24", "Fagforbundets kurs for tillitsvalgte om praksiskandidatordningen i kommunene", "K",
              "Fagforbundet", "")),
    ("3.4", I("Z74", "Informasjonskampanje om arbeidsvilkår og norskopplæring for ukrainske flyktninger i jobb", "I",
              "LO", "LO-forbundene")),
]

# Spekter: tracked changes. "ins_row" is a row inserted with tracking on; "edit" gives the tiltak cell
# as (kind, text) pieces, read as accepted; DELETED is a row deleted with tracking on (not a tiltak).
SPEKTER = [
    ("1.1", I("Z01", "Spekter har arbeidsgiverplassen for helseforetakene i Kompetansebehovsutvalget",
              "Råd/utvalg/nettverk", "Spekter", ""), {}),
    ("1.4", I("Z04", "Arbeidsgiverrepresentant i UHR-Helse og velferd", "Råd/utvalg/nettverk", "Spekter",
              "Helseforetakene"), {}),
    ("1.4", I("Z03", "Helseforetakene, representert ved Spekter, er med i RSA ved fire universiteter med medisin- "
                     "og helsefag", "Råd/utvalg/nettverk", "Spekter", "Helseforetakene"), {"ins_row": True}),
    ("1.4", I("Z02", "Spekters representant er nestleder i Faglig råd for helse- og oppvekstfag",
              "Råd/utvalg/nettverk", "Spekter", ""), {}),
    ("2.3", I("Z75", "Ambulansefag som lærefag: informasjonsfilmer til elever på helse- og oppvekstfag",
              "Informasjon", "Spekter", "Helseforetakene"), {}),
    ("2.4", I("Z25", "Nasjonalt forum for kompetanseutvikling i sykehusene, ledet av Spekter", "Nettverk", "Spekter",
              "Helseforetakene, LO, YS, Unio"), {"comment": "Står denne best under 2.4 eller 1.4? /KH"}),
    ("2.4", I("Z76", "Videreutdanning i psykisk helse og rus for sykepleiere i distriktspsykiatriske sentre",
              "Kurs/utdanning", "Helseforetakene", "Universitetene"),
     {"edit": [("", "Videreutdanning i psykisk helse "), ("ins", "og rus "), ("", "for sykepleiere i "),
               ("del", "DPS-ene"), ("ins", "distriktspsykiatriske sentre")]}),
]
SPEKTER_DELETED = ("2.2", "Spekter-konferansen om bemanning i sykehusene", "Arrangement", "Spekter", "")

# YS: a web form's receipt; some answers written by Delta in Nynorsk.
YS_DELMAL = {"1.1": "1.1 Kompetansebehovsutvalget", "1.3": "1.3 Karriereveiledning",
             "1.4": "1.4 Samarbeid utdanning–arbeidsliv", "2.1": "2.1 Digital kompetanse",
             "2.2": "2.2 Kunnskap om læring i arbeidslivet", "2.3": "2.3 Yrkesfag og karriere",
             "2.5": "2.5 Dokumentasjon av kompetanse"}
YS = [
    ("1.1", I("Z01", "Medlem i KBU", "Råd/utvalg/nettverk", "YS", "",
              "YS har hatt ein av plassane til arbeidstakarsida i utvalet sidan starten i 2017, og tok i 2022 opp "
              "kompetansebehova i offentleg sektor.")),
    ("1.3", I("Z78", "Karriereverksted for medlemmer i omstilling", "Arrangement", "Parat", "",
              "Fire verksteder for medlemmer i statlige virksomheter som legges ned eller flyttes, med hjelp til CV "
              "og kartlegging av egen kompetanse.")),
    ("1.4", I("Z02", "Faglige råd og SRY", "Råd/utvalg/nettverk", "YS-forbundene", "",
              "YS-forbundene har 14 medlemmer og varamedlemmer i de faglige rådene, og YS har én plass i SRY.")),
    ("2.1", I("Z77", "Nettkurs i digital sikkerheit for tilsette i kommunane", "Kurs/utdanning", "Delta", "",
              "Delta har laga eit nettkurs på tre timar som alle medlemene kan ta gratis.")),
    ("2.2", I("Z23", "YS Arbeidslivsbarometer 2022", "FoU", "YS", "Respons Analyse",
              "Årets barometer har et eget kapittel om hvem som får etter- og videreutdanning på jobben.")),
    ("2.3", I("Z39", "Webinar om SRY og ny tilbudsstruktur", "Arrangement", "YS", "",
              "Webinar for tillitsvalgte om hva endringene i tilbudsstrukturen betyr for lærlinger i "
              "YS-forbundenes fag.")),
    ("2.5", I("Z09", "Praksiskandidatkonferansen 2022", "Arrangement", "KS", "KS, Unio",
              "Vi arrangerte konferansen sammen med KS og Unio for å få flere voksne til å ta fagbrev som "
              "praksiskandidat.")),
]

# VOFO: one row per delmål; its tiltak, types and owners as lines in one cell each, in the same order.
VOFO_DELMAL = {"1.2": "1.2 Regionalt ansvar", "1.3": "1.3 Karriereveiledning", "3.2": "3.2 Kompetansepluss",
               "3.4": "3.4 Innvandrere", "3.6": "3.6 Frivillig sektor"}
VOFO = [
    ("1.2", I("Z79", "VOFO Nord har fått plass i det regionale kompetanseforumet i Troms og Finnmark", "Nettverk",
              "VOFO Nord")),
    ("1.3", I("Z05", "VOFO er med i Nasjonalt forum for karriereveiledning som frivillighetens stemme", "Råd",
              "VOFO")),
    ("1.3", I("Z80", "Opplæring av kursledere i å gi enkel karriereveiledning i studieforbundenes kurs", "Kurs",
              "Studieforbundene")),
    ("3.2", I("Z81", "Kompetansepluss frivillighet: 140 kurs i grunnleggende ferdigheter gjennom studieforbundene",
              "Prosjekt", "Studieforbundene")),
    ("3.4", I("Z82", "Norsktrening for ukrainske flyktninger i frivillige lag – 600 kurs høsten 2022", "Kurs",
              "Studieforbundene")),
    ("3.4", I("Z83", "Veileder for frivillige som driver språkkafé", "Veileder", "VOFO")),
    ("3.6", I("Z11", "Digital heime i Møre og Romsdal, sammen med fylkeskommunen", "Prosjekt",
              "VOFO Møre og Romsdal")),
    ("3.6", I("Z84", "Kampanjen «Lær noe nytt i høst»", "Kampanje", "VOFO")),
    ("3.6", I("Z85", "Undersøkelse om frafall fra studieforbundenes kurs etter pandemien", "FoU", "VOFO")),
]

# UHR: footnotes on two tiltak and a column of links.
UHR = [
    ("1.4", I("Z04", "De fagstrategiske enhetene har arbeidslivsmedlemmer i alle styrene, og UHR-Helse og velferd "
                     "har revidert retningslinjene for praksis", "Råd/utvalg/nettverk", "UHR",
              "Partene i arbeidslivet"),
     {"note": "Enhetene er UHR-Lærerutdanning, UHR-Helse og velferd, UHR-MNT, UHR-Økonomi og administrasjon, "
              "UHR-Humaniora, UHR-Samfunnsvitenskap og UHR-Kunstfag.", "link": "uhr.no/strategiske-enheter"}),
    ("1.4", I("Z32", "Veileder for institusjonenes arbeid med rådene for samarbeid med arbeidslivet (RSA)",
              "Veileder", "UHR", "UH-institusjonene"), {"link": "uhr.no/rsa-veileder"}),
    ("1.4", I("Z86", "Prosjekt om arbeidsrelevans i masterutdanningene i humaniora", "Prosjekt", "UHR-Humaniora",
              "NIFU"), {}),
    ("2.2", I("Z90", "Kartlegging av hvor mange voksne studenter som tar enkeltemner", "Kartlegging", "UHR",
              "HK-dir"), {}),
    ("2.4", I("Z87", "Felles prinsipper for mikrokvalifikasjoner (små emner) i universiteter og høyskoler",
              "Utredning", "UHR", "HK-dir"), {"link": "uhr.no/mikrokvalifikasjoner"}),
    ("2.5", I("Z88", "Nasjonalt nettverk for realkompetansevurdering i UH-sektoren", "Nettverk", "UHR",
              "UH-institusjonene"), {}),
    ("2.6", I("Z89", "Faglig vurdering av utdanning fra Ukraina for fordrevne studenter", "Prosjekt", "UHR",
              "NOKUT, HK-dir"),
     {"note": "Se også NOKUTs informasjon om godkjenning for ukrainske statsborgere."}),
]

# Vestfold og Telemark: type words outside the strategy's six, the table on a landscape page.
VESTFOLD_TELEMARK = [
    ("1.2", I("Z92", "Nettverkssamling for kompetansekoordinatorene i kommunene", "Nettverkssamling",
              "Vestfold og Telemark fylkeskommune", "Kommunene")),
    ("1.3", I("Z95", "Pilot med karriereveiledning for innsatte i Skien fengsel", "Pilotering",
              "Karriere Vestfold og Telemark", "Kriminalomsorgen")),
    ("1.4", I("Z37", "Råd for samarbeid med arbeidslivet ved Fagskolen Vestfold og Telemark", "Arbeidslivsråd",
              "Fagskolen Vestfold og Telemark", "NHO Vestfold og Telemark, LO, KS")),
    ("2.3", I("Z94", "Yrkesmessa i Skien for 9. trinn", "Rekrutteringstiltak", "Vestfold og Telemark fylkeskommune",
              "Opplæringskontorene")),
    ("2.4", I("Z20", "Batterifag 2025 utvidet til leverandørindustrien i Grenland", "Videreføring",
              "Vestfold og Telemark fylkeskommune", "Norsk Industri, Fellesforbundet")),
    ("2.4", I("Z91", "Prosjektet Kompetansemegling for små bedrifter i Telemark", "Kompetansemegling",
              "Vestfold og Telemark fylkeskommune", "USN, Fagskolen Vestfold og Telemark")),
    ("3.1", I("Z93", "Stipend til voksne som tar fagbrev i helsearbeiderfaget", "Stipendordning",
              "Vestfold og Telemark fylkeskommune", "Kommunene")),
]
