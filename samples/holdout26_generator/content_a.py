"""What the first six members reported for 2046: the ministry, LO, NHO, Unio, KS and YS.

Measure ids (seed) shared across files are the same measure: M01 KBU, M02 RSA, M03 SRY and the faglige råd,
M04 UHR's fagstrategiske enheter, M05 Nasjonalt fagskoleråd, M06 Nasjonalt forum for karriereveiledning,
M07 GRØNNKOMP, M08 Lærlingløftet, M09 the LLL conference, M10 EVU-OFF, M11 «Fag er framtida», M12 Kompetansepluss
frivillighet. Ids from M13 up are one member's own.
"""
from __future__ import annotations

from .common import Row

R, K, F, P, I, A = "Råd/utvalg/nettverk", "Kurs/utdanning", "FoU", "Prosjekt", "Informasjon", "Arrangement"

# ------------------------------------------------------------------ Regjeringen (KD writes it; Word table)
REGJERINGEN = [
    Row("M01", "1.1", R, "Kompetansebehovsutvalget (KBU)", "KD",
        "ASD, KDD, hovedorganisasjonene i arbeidslivet, HK-dir",
        "Utvalget la i juni 2046 fram sin hovedrapport om kompetansebehovet i grønn omstilling. HK-dir har sekretariatet.",
        t_shown="Råd/utvalg"),
    Row("M19", "1.3", I, "Nasjonal digital plattform for etter- og videreutdanning (EVU-portalen)", "KD",
        "HK-dir, partene i arbeidslivet",
        "Portalen samler tilbud fra universiteter, fagskoler og studieforbund på ett sted. I 2046 ble søk etter korte "
        "moduler og nettbaserte tilbud lagt til.", t_shown="Informasjonstiltak"),
    Row("M15", "1.4", F, "Evaluering av ordningen med Råd for samarbeid med arbeidslivet (RSA)", "KD", "NIFU, UHR",
        "Evalueringen ser på hvordan rådene ved universitetene og høyskolene har påvirket studietilbudet. "
        "Sluttrapport kommer våren 2047.", t_shown="FoU-tiltak"),
    Row("M20", "2.2", F, "Forskningsprogram om læring i arbeidslivet (LÆRA)", "KD", "Forskningsrådet, ASD",
        "Programmet finansierer prosjekter om hvordan voksne lærer på jobb og hva virksomhetene får igjen for å "
        "investere i kompetanse.", t_shown="FoU-tiltak"),
    Row("M17", "2.3", I, "«Fag er framtida» – fase 2 med vekt på voksne arbeidstakere", "KD",
        "HK-dir, Udir, LO, NHO",
        "Kampanjen går fra høsten 2046 inn i en ny fase som retter seg mot voksne som vil ta fagbrev.",
        t_shown="Informasjonstiltak"),
    Row("M07", "2.4", P, "Program for grønn kompetanse i industrien (GRØNNKOMP)", "KD, NFD",
        "NHO, LO, fagskoler, universiteter og høyskoler",
        "Programmet gir tilskudd til bedriftsnære etter- og videreutdanningstilbud innen batteri, hydrogen og havvind. "
        "38 tilbud fikk støtte i 2046.", t_shown="Prosjekt"),
    Row("M21", "2.5", P, "Nasjonal ordning for vurdering av realkompetanse i arbeidslivet", "KD",
        "HK-dir, partene i arbeidslivet",
        "Ordningen gir arbeidstakere et dokument på kompetanse de har opparbeidet på jobb, bygd på metoden som ble "
        "prøvd ut i 2044–2045.", t_shown="Prosjekt"),
    Row("M22", "2.6", P, "Ny digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "HK-dir",
        "Udir, fylkeskommunene",
        "Saksbehandlingstiden er redusert fra fem til to måneder.", t_shown="Prosjekt"),
    Row("M23", "3.1", K, "Forsøk med modulstrukturert fagopplæring for voksne", "KD",
        "Udir, fylkeskommunene, NAV",
        "Forsøket er utvidet til alle fylker og omfatter nå 14 lærefag.", t_shown="Kurs/opplæring"),
    Row("M12", "3.2", K, "Kompetansepluss frivillighet – tilskudd til opplæring i grunnleggende ferdigheter", "KD",
        "HK-dir, VOFO, studieforbundene",
        "Tilskuddsordningen ga i 2046 støtte til 212 kurs i lesing, regning og digitale ferdigheter i frivillig sektor.",
        t_shown="Kurs/opplæring"),
]

# ------------------------------------------------------------------ LO (a letter, Word exported to PDF)
# d_shown: the words the letter uses for the delmål; no types anywhere.
LO = [
    Row("M01", "1.1", R, "LO er representert i Kompetansebehovsutvalget.", "Kunnskapsdepartementet",
        "de andre hovedorganisasjonene",
        "LO har to medlemmer i utvalget og har i 2046 bidratt særlig til analysene av behovet for fagarbeidere i "
        "industrien.", d_shown="Kunnskap om hvilken kompetanse Norge trenger"),
    Row("M03", "1.4", R, "LO leder Samarbeidsrådet for yrkesopplæring (SRY).", "Kunnskapsdepartementet",
        "NHO, KS, Virke, Spekter, Unio, YS",
        "LO har ledervervet i rådet for perioden 2045–2047 og har prioritert dimensjoneringen av læreplasser.",
        d_shown="Samarbeid mellom skole, utdanning og arbeidsliv"),
    Row("M13", "1.4", K, "Skolering av LOs representanter i de faglige rådene.", "LO", "AOF Norge",
        "Tre samlinger for nye og erfarne representanter om læreplanarbeid og dimensjonering.",
        d_shown="Samarbeid mellom skole, utdanning og arbeidsliv"),
    Row("M24", "2.1", K, "Digitalt grunnkurs for tillitsvalgte i LO-forbundene.", "LO", "AOF Norge, forbundene",
        "Nettkurset ble gjennomført av 4 100 tillitsvalgte i 2046.",
        d_shown="Digital kompetanse i hele arbeidsstyrken"),
    Row("M11", "2.3", I, "Fellesaksjonen «Fag er framtida» sammen med NHO.", "LO og NHO",
        "forbundene, NHOs landsforeninger",
        "Kampanjen gikk på skoler og i sosiale medier i hele landet fram mot søknadsfristen 1. mars.",
        d_shown="Karrieremulighetene i yrkesfagene"),
    Row("M07", "2.4", P, "Programmet for grønn kompetanse i industrien.", "KD og NFD",
        "NHO, Fellesforbundet, Industri Energi",
        "LO sitter i styringsgruppen og har bidratt til at tilbudene også er åpne for fagarbeidere uten høyere "
        "utdanning.", d_shown="Kobling mellom bedrifter og utdanningstilbydere"),
]

# ------------------------------------------------------------------ NHO (workbook, a sheet per område)
NHO_OMRADE1 = [
    Row("M01", "1.1", R, "KBU – fast plass for NHO", "KD", "LO, YS, Unio, Akademikerne, KS, Spekter, Virke",
        "NHOs representant har bidratt til kapitlet om kompetansebehov i privat sektor.", t_shown="Råd/utvalg"),
    Row("M03", "1.4", R, "Oppnevning av representanter til SRY og faglige råd", "KD/Udir", "LO, KS, Virke, Spekter",
        "NHO oppnevnte 46 representanter til de faglige rådene for perioden 2046–2049.", t_shown="Råd/utvalg"),
    Row("M05", "1.4", R, "Medlem av Nasjonalt fagskoleråd", "KD", "fagskolene, LO, Virke, fylkeskommunene",
        "Rådet har i 2046 arbeidet med finansieringsmodellen for fagskolene.", t_shown="Råd/utvalg"),
]
NHO_OMRADE2 = [
    Row("M25", "2.2", F, "Kompetansebarometer for NHOs medlemsbedrifter 2046", "NHO", "NIFU",
        "Årlig spørreundersøkelse om kompetansebehov i medlemsbedriftene; 6 800 bedrifter svarte i 2046.",
        t_shown="FoU"),
    Row("M26", "2.1", R, "Bransjenettverk for digital kompetanse i reiselivet", "NHO Reiseliv",
        "Innovasjon Norge, fagskoler",
        "Nettverket samler 40 bedrifter som utvikler korte digitale kurs for sine ansatte.", t_shown="Nettverk"),
    Row("M07", "2.4", P, "GRØNNKOMP", "KD og NFD", "NHO, LO, fagskoler, UH-sektoren",
        "NHOs landsforeninger har meldt bedriftenes behov inn i programmet.", t_shown="Prosjekt"),
    Row("M27", "2.5", P, "Pilot: realkompetansevurdering i prosessindustrien", "Norsk Industri",
        "Industri Energi, HK-dir",
        "Bedriftsintern pilot der operatører får vurdert og dokumentert kompetanse fra arbeidet.", t_shown="Prosjekt"),
    Row("M11", "2.3", I, "Kampanjen «Fag er framtida»", "NHO og LO", "Udir, fylkeskommunene",
        "Felles kampanje rettet mot elever på ungdomsskolen og foreldrene deres.", t_shown="Informasjon/kampanje"),
]

# ------------------------------------------------------------------ Unio (slide deck as PDF)
UNIO = [
    Row("M01", "1.1", R, "Unio oppnevner medlem til Kompetansebehovsutvalget", "KD",
        "hovedorganisasjonene, forskere og analytikere",
        "Unios medlem har særlig fulgt behovet for sykepleiere og lærere i analysene.", t_shown="Råd/utvalg"),
    Row("M04", "1.4", R, "Plass i UHR-Lærerutdanning og UHR-Helse og velferd", "UHR",
        "Utdanningsforbundet, Norsk Sykepleierforbund",
        "Forbundene deltar i arbeidet med nasjonale retningslinjer og praksisopplæring.", t_shown="Råd/utvalg"),
    Row("M28", "1.4", K, "Veilederkurs for praksisveiledere i helse og skole", "Unio", "OsloMet, NTNU",
        "Kurs på 15 studiepoeng for lærere og sykepleiere som veileder studenter i praksis.", t_shown="Kurs"),
    Row("M10", "2.2", F, "Kartlegging av etter- og videreutdanning i offentlig sektor (EVU-OFF)", "KS, Spekter og Unio",
        "Fafo",
        "Spørreundersøkelse blant 12 000 ansatte om hvem som får etter- og videreutdanning; rapport høsten 2046.",
        t_shown="FoU"),
    Row("M29", "2.1", A, "Seminarserie om digital dømmekraft i velferdsyrkene", "Unio", "forbundene",
        "Fire frokostseminarer om kunstig intelligens i skole, helse og politi.", t_shown="Seminar"),
]
UNIO_SHORT = ["KBU", "UHR-enhetene", "Veilederkurs", "EVU-OFF", "Digital dømmekraft"]

# ------------------------------------------------------------------ KS (prose report with headings; ODT)
# d_shown: the heading words; types are not given.
KS = [
    Row("M30", "1.2", R, "Regionale kompetansenettverk mellom kommuner og fylkeskommuner", "KS",
        "fylkeskommunene og NAV",
        "Nettverkene er etablert i ti fylker og møtes to ganger i året for å samordne kompetansetiltakene i kommunene.",
        d_shown="Regionalt samarbeid om kompetanse"),
    Row("M06", "1.3", R, "Deltakelse i Nasjonalt forum for karriereveiledning", "HK-dir",
        "partene i arbeidslivet og fylkeskommunene",
        "KS har vært med i forumet siden det ble opprettet og har i 2046 løftet fram veiledning for ansatte i "
        "kommunene.", d_shown="Karriereveiledning"),
    Row("M03", "1.4", R, "KS er representert i SRY og i flere faglige råd", "KD", "de andre partene i arbeidslivet",
        "KS har særlig fulgt helse- og oppvekstfag og teknologi- og industrifag.",
        d_shown="Samarbeid mellom utdanning og arbeidsliv"),
    Row("M31", "2.1", K, "DigiKommune 2046 – kompetansemodul for ledere", "KS", "Digdir og kommunene",
        "Nettbasert modul om digital omstilling for ledere i kommunene; 1 900 ledere har tatt modulen.",
        d_shown="Digital kompetanse"),
    Row("M10", "2.2", F, "Kartleggingen EVU-OFF om etter- og videreutdanning i offentlig sektor", "KS, Spekter og Unio",
        "Fafo", "Kartleggingen viser store forskjeller mellom yrkesgrupper i hvem som får tilbud om videreutdanning.",
        d_shown="Kunnskap om læring i arbeidslivet"),
    Row("M08", "2.3", P, "Lærlingløftet i kommunesektoren", "KS", "Fagforbundet, Delta, YS og fylkeskommunene",
        "Målet er 1 000 flere lærlinger i kommunene innen 2048. I 2046 ble 340 nye lærekontrakter inngått.",
        d_shown="Yrkesfag og lærlinger"),
    Row("M32", "3.4", P, "Arbeidspraksis i kommunene for deltakere i introduksjonsprogrammet", "KS",
        "IMDi, NAV og kommunene",
        "Kommunene tilbyr språkpraksis kombinert med norskopplæring for nyankomne flyktninger.",
        d_shown="Integrering og norskopplæring"),
]

# ------------------------------------------------------------------ YS (Word table; a draft and the revised version)
YS = [
    Row("M03", "1.4", R, "Representasjon i SRY og de faglige rådene", "KD", "LO, NHO, KS, Virke, Spekter, Unio",
        "YS-forbundene har 19 representanter i faglige råd, og YS har varaplass i SRY.", t_shown="Rådsarbeid"),
    Row("M08", "2.3", P, "Lærlingløftet", "KS", "YS Kommune, Delta, Fagforbundet",
        "YS Kommune sitter i styringsgruppen og hjelper til med å rekruttere lærebedrifter i kommunene.",
        t_shown="Prosjekt"),
    Row("M33", "2.2", F, "YS Arbeidslivsbarometer 2046 – tema kompetanse", "YS", "Ipsos",
        "Barometeret viser at fire av ti arbeidstakere ikke fikk opplæring på jobben i 2046.", t_shown="FoU"),
    Row("M34", "2.1", K, "Kurs i digital sikkerhet for tillitsvalgte", "YS", "Parat, Delta",
        "Nettkurs i personvern og digital sikkerhet på arbeidsplassen.", t_shown="Kurs"),
    Row("M35", "2.5", I, "Veiledning om realkompetansevurdering for medlemmer", "YS", "forbundene, HK-dir",
        "Ny veileder og nettside om hvordan medlemmene kan få dokumentert kompetanse fra arbeidslivet.",
        t_shown="Informasjon"),
]
# The draft: older wording, one row missing, one delmål since corrected. No truth rows.
YS_DRAFT = [
    Row("-", "1.4", R, "SRY og faglige råd", "KD", "LO, NHO, KS",
        "YS-forbundene har representanter i faglige råd.", t_shown="Rådsarbeid"),
    Row("-", "1.4", P, "Lærlingløftet i kommunene", "KS", "YS Kommune",
        "YS Kommune er med i styringsgruppen.", t_shown="Prosjekt"),
    Row("-", "2.2", F, "Arbeidslivsbarometeret", "YS", "Ipsos", "Tema kompetanse. Tall kommer.", t_shown="FoU"),
    Row("-", "2.1", K, "Kurs i digital sikkerhet", "YS", "Parat", "", t_shown="Kurs"),
]
