"""Truth rows for held-out round 42 (reporting year 2063), part 1: file names and rows 01-06.

Each row: (file id, seed_row, member, tiltak, delmal, type, ansvarlig, samarbeidspartnere, beskrivelse).
The builders take the tiltak and beskrivelse strings from here, so the documents and truth agree.
"""
from .truth2 import ROWS2

FILES = {
    "01": "01_Regjeringen_KD_arsrapport_2063_kap5.pdf",
    "02": "02_LO_rapportering_2063.rtf",
    "03": "03_NHO_tiltak_per_delmaal_2063.xlsx",
    "04": "04_Unio_sporreskjema_2063.odt",
    "05": "05_KS_rapportering_KPR_2063.doc",
    "06": "06_VOFO_tiltak_2063.pdf",
    "07": "07_UHR_rapport_2063.ods",
    "08": "08_Fagskoleradet_brev_skannet.pdf",
    "09": "09_Vestland_fylkeskommune_rapport_2063.docx",
    "10": "10_Innlandet_fk_tiltaksoversikt_2063.pdf",
    "11": "11_Troms_og_Finnmark_fk_rapport_2063.pdf",
    "12": "12_Akademikerne_epost_2063.pdf",
    "13": "13_Virke_innspill_2063.odt",
    "14": "14_Sekretariatet_rapporteringsmal_2063.xlsx",
}

RB = "Råd/utvalg/nettverk"
KU = "Kurs/utdanning"

ROWS1 = [
    # ---- 01 Regjeringen: annual-report chapter, prose + appendix overview ----
    ("01", "M01", "Regjeringen", "Kompetansebehovsutvalget (KBU)", "1.1", RB, "Kunnskapsdepartementet", "",
     "Utvalget la i juni 2063 fram sin femte hovedrapport, NOU 2063: 9 Kompetanse for omstilling i hele landet. "
     "Utvalget består av forskere, analytikere og representanter for hovedorganisasjonene og departementene, "
     "og Kunnskapsdepartementet er sekretariat."),
    ("01", "U01", "Regjeringen", "Fagseminar om KBU-rapporten", "1.1", "Arrangement", "Kunnskapsdepartementet", "",
     "Seminaret ble holdt 28. august 2063 for fylkeskommunene, partene og forskningsmiljøene, "
     "med 240 deltakere i salen og på strømming."),
    ("01", "M06", "Regjeringen", "Nasjonalt forum for karriereveiledning", "1.3", RB, "Kompetanse Norge", "",
     "Forumet ledes av Kompetanse Norge og hadde tre møter i 2063. Hovedtemaet var felles kvalitetskriterier "
     "for karriereveiledning i fylkene og i NAV."),
    ("01", "U02", "Regjeringen", "Evaluering av Nasjonalt forum for karriereveiledning", "1.3", "FoU",
     "Kunnskapsdepartementet", "NIFU",
     "Departementet satte i gang en ekstern evaluering av forumets rolle og arbeidsform. Evalueringen gjennomføres "
     "av NIFU, og sluttrapporten ventes høsten 2064."),
    ("01", "M05", "Regjeringen", "Nasjonalt fagskoleråd", "1.4", RB, "Kunnskapsdepartementet", "",
     "Rådet ble oppnevnt på nytt for perioden 2063–2066, med representanter for fagskolene, studentene, "
     "partene i arbeidslivet og fylkeskommunene."),
    ("01", "J01", "Regjeringen", "Kompetanseløft for fagarbeidere i havbruk (KLAFF)", "2.4", KU, "Kompetanse Norge",
     "LO; NHO; Sjømat Norge",
     "Programmet finansierer korte, nettbaserte etter- og videreutdanningstilbud for fagarbeidere i havbruksnæringen. "
     "I 2063 fikk 14 tilbydere midler, og 1 180 personer deltok."),
    ("01", "J10", "Regjeringen", "Undersøkelsen Læring i arbeidslivet (LIA 2063)", "2.2", "FoU",
     "Statistisk sentralbyrå", "",
     "Undersøkelsen kartlegger deltakelse i formell og uformell læring blant sysselsatte og gjennomføres "
     "hvert tredje år. Resultatene fra 2063-runden publiseres våren 2064."),
    ("01", "J07", "Regjeringen", "VURK – vurdering av realkompetanse i arbeidslivet", "2.5", "Prosjekt",
     "Kompetanse Norge", "NHO; LO; Fagskolerådet",
     "Utviklingsarbeidet skal gi en metode og en modell for vurdering av kompetanse ervervet i arbeidslivet. "
     "Modellen ble prøvd ut i 22 virksomheter i 2063."),
    ("01", "J04", "Regjeringen", "Kompetansepluss frivillighet", "3.2", KU, "Kompetanse Norge", "VOFO",
     "Tilskuddsordningen gir frivillige organisasjoner midler til opplæring i lesing, skriving, regning og digitale "
     "ferdigheter for voksne. Det ble fordelt 38 millioner kroner til 96 prosjekter."),
    ("01", "U03", "Regjeringen", "Forsøk med Kompetansepluss arbeid kombinert med fagopplæring", "3.2", "Prosjekt",
     "Kompetanse Norge", "LO; NHO",
     "Forsøket startet høsten 2063 i tre fylker og kobler opplæring i grunnleggende ferdigheter med løp fram mot "
     "fagbrev for ansatte uten fullført videregående opplæring. Forsøket er utviklet i dialog med LO og NHO."),

    # ---- 02 LO: letter in RTF, numbered sections, delmål and own type words in brackets ----
    ("02", "M01", "LO", "Kompetansebehovsutvalget (KBU)", "1.1", RB, "", "",
     "LO er representert i utvalget med én representant og har i 2063 bidratt særlig til kapitlet om "
     "behovet for fagarbeidere."),
    ("02", "M03", "LO", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RB, "", "",
     "LO har to plasser i rådet. I 2063 behandlet SRY blant annet tilbudsstrukturen for nye lærefag "
     "og dimensjoneringen av yrkesfagene."),
    ("02", "U01", "LO", "Skoleringsprogram for LOs representanter i SRY og de faglige rådene", "1.4", KU, "", "",
     "To samlinger på Sørmarka med til sammen 64 deltakere, om partssamarbeidet i fag- og yrkesopplæringen "
     "og om hvordan representantene kan bruke kunnskapsgrunnlaget fra KBU."),
    ("02", "J01", "LO", "Kompetanseløft for fagarbeidere i havbruk", "2.4", KU, "", "NHO; Sjømat Norge",
     "Programmet ble videreført i 2063 med nye moduler i fiskehelse og automatisering. "
     "LOs forbund har bidratt til å rekruttere deltakere blant tillitsvalgte."),
    ("02", "J05", "LO", "Kompetansepluss arbeid", "3.2", KU, "", "",
     "LO-forbundene har medvirket i 31 bedriftsprosjekter der ansatte får opplæring i lesing, regning og "
     "digitale ferdigheter i arbeidstiden."),
    ("02", "J08", "LO", "Norsk i arbeid", "3.4", "Prosjekt", "", "NHO; Virke",
     "Prosjektet gir ansatte med innvandrerbakgrunn norskopplæring på arbeidsplassen, med tillitsvalgte som "
     "språkmentorer. I 2063 deltok 420 ansatte i 17 virksomheter."),

    # ---- 03 NHO: workbook, rows are delmål, cells list several measures ----
    ("03", "M01", "NHO", "Medlem av Kompetansebehovsutvalget (KBU)", "1.1", RB, "NHO", "",
     "NHO har ett medlem i utvalget og har bidratt med data fra NHOs kompetansebarometer."),
    ("03", "M03", "NHO", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RB, "NHO", "",
     "NHO hadde ledervervet i SRY i 2063."),
    ("03", "M05", "NHO", "Sete i Nasjonalt fagskoleråd", "1.4", RB, "NHO", "",
     "NHO er representert med ett medlem og ett varamedlem."),
    ("03", "U01", "NHO", "Digitalt løft for små og mellomstore bedrifter", "2.1", KU, "NHO", "",
     "Kortkurs i digitalisering og datadeling for ledere og ansatte i små og mellomstore bedrifter; 46 kurs i 2063."),
    ("03", "J01", "NHO", "KLAFF-programmet", "2.4", KU, "NHO Sjømat", "LO; Kompetanse Norge",
     "NHO Sjømat har kartlagt kompetansebehovene i bedriftene og formidlet dem til fagskoler og universiteter "
     "som utvikler tilbudene. Samarbeid med LO og Kompetanse Norge."),
    ("03", "J07", "NHO", "VURK – vurdering av realkompetanse i arbeidslivet", "2.5", "Prosjekt", "NHO", "",
     "NHO deltar i styringsgruppen og har rekruttert medlemsbedrifter til utprøvingen."),
    ("03", "J08", "NHO", "Norsk i arbeid (NiA)", "3.4", "Prosjekt", "NHO Service og Handel", "LO; Virke",
     "Bedriftsintern norskopplæring for ansatte med innvandrerbakgrunn, i samarbeid med LO og Virke."),

    # ---- 04 Unio: questionnaire with numbered questions and check boxes ----
    ("04", "M03", "Unio", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RB, "Unio", "",
     "Unio deltar i rådet og har i 2063 særlig fulgt arbeidet med helse- og oppvekstfagene."),
    ("04", "M04", "Unio", "Observatørplass i UHR-Lærerutdanning", "1.4", RB, "Unio", "UHR",
     "Unio har observatørplass i den fagstrategiske enheten for lærerutdanning og har bidratt i arbeidet med "
     "praksis i lærerutdanningene."),
    ("04", "J03", "Unio", "DigiGrunn-programmet", "2.1", KU, "Unio", "KS; Virke",
     "Unio-forbundene har tilbudt DigiGrunn-modulene til medlemmer i helse, skole og politi; "
     "om lag 2 900 medlemmer fullførte minst én modul."),
    ("04", "U01", "Unio", "Konferansen «Kompetanse i velferdsyrkene»", "2.2", "Arrangement", "Unio", "",
     "Konferanse 7. november 2063 om læring og kompetanseutvikling i velferdsyrkene, med 180 deltakere."),

    # ---- 05 KS: DOC, measures grouped under type headings ----
    ("05", "M03", "KS", "Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", RB, "KS", "",
     "KS er representert i SRY og har i 2063 lagt vekt på behovet for fagarbeidere i helse- og "
     "oppvekstsektoren."),
    ("05", "U01", "KS", "Regionale nettverk for kompetanseplanlegging i kommunene", "1.2", RB, "KS",
     "fylkeskommunene",
     "Nettverkene samler kommunalsjefer og personalsjefer fra kommunene i hvert fylke to ganger i året og "
     "kobler kommunenes planarbeid til fylkeskommunenes kompetansestrategier."),
    ("05", "U02", "KS", "Lærlingløftet i kommunesektoren", "1.4", "Prosjekt", "KS", "",
     "Prosjektet skal øke antallet læreplasser i kommunene. I 2063 hadde kommunesektoren 5 480 lærlinger."),
    ("05", "J03", "KS", "DigiGrunn", "2.1", KU, "KS", "Unio; Virke",
     "KS deltar i programmet Digital kompetanse for alle i arbeidslivet og har tilpasset modulene til ansatte "
     "i kommunene."),
    ("05", "J02", "KS", "Yrkesfagdagen 2063", "2.3", "Arrangement", "KS", "",
     "Kommunene var med som arrangører i 11 fylker, med vekt på helsefagarbeider- og barne- og "
     "ungdomsarbeiderfaget."),
    ("05", "J09", "KS", "Læringsfestivalen 2063", "3.6", "Arrangement", "VOFO", "KS",
     "KS var medarrangør og sørget for at bibliotekene og voksenopplæringssentrene i kommunene deltok."),

    # ---- 06 VOFO: reportlab, numbered list, delmål in brackets at the end ----
    ("06", "J04", "VOFO", "Kompetansepluss frivillighet", "3.2", KU, "", "",
     "VOFO har koordinert søknadene fra studieforbundene og fulgt opp kvaliteten i opplæringen. "
     "Studieforbundene gjennomførte 212 kurs i grunnleggende ferdigheter med om lag 2 300 deltakere."),
    ("06", "J09", "VOFO", "Læringsfestivalen 2063", "3.6", "Arrangement", "VOFO", "KS",
     "Nasjonal festival for voksnes læring i uke 38 med over 600 arrangementer i hele landet. "
     "KS var medarrangør."),
    ("06", "U01", "VOFO", "Studieforbundenes kvalitetsnettverk", "3.6", RB, "", "",
     "Nettverket for kvalitetsansvarlige i studieforbundene hadde fire samlinger og utarbeidet en felles "
     "veileder for kursevaluering."),
    ("06", "U02", "VOFO", "Kartlegging av deltakere i studieforbundenes opplæring", "2.2", "FoU", "VOFO",
     "Analysebyrået Tendens",
     "Spørreundersøkelse til 4 100 kursdeltakere om motivasjon, utbytte og videre læring."),
    ("06", "U03", "VOFO", "Kampanjen «Lær noe nytt i høst»", "3.6", "Informasjon", "", "",
     "Kampanje i sosiale medier og lokalaviser for å rekruttere voksne med lite utdanning til kurs i "
     "studieforbundene."),
]

ROWS = ROWS1 + ROWS2

HEADER = ["source_file", "member", "tiltak", "seed_row", "delmal", "type", "ansvarlig",
          "samarbeidspartnere", "beskrivelse"]


def rows():
    out = []
    for fid, seed, member, tiltak, delmal, typ, ans, sam, besk in ROWS:
        out.append({"fid": fid, "source_file": FILES[fid], "member": member, "tiltak": tiltak,
                    "seed_row": seed, "delmal": delmal, "type": typ, "ansvarlig": ans,
                    "samarbeidspartnere": sam, "beskrivelse": besk})
    return out


def get(fid, seed):
    for r in rows():
        if r["fid"] == fid and r["seed_row"] == seed:
            return r
    raise KeyError((fid, seed))
