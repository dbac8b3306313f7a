"""The 2019 round: invented measures that no seed matrix holds, written in shapes 2018 never used.

Nothing here comes from the 2018 matrix. Each measure has an id ("M01" …) that truth.csv carries in
its seed_row column, so every report line of the same measure has the same id. A measure is:

- a shared council (KBU, SRY, RSA, UHR's fagstrategiske enheter): one tiltak, reported by several
  members, each in its own words;
- a joint measure: one tiltak reported by exactly two members, each in its own words and each naming
  the other as ansvarlig or partner;
- a member's own measure: one report only.

Planted near-misses, which must stay apart in the register (NEAR_MISSES lists them):
(a) own measures that merely mention a council: Virke's course for its representatives in the faglige
    råd (M24, next to SRY M02) and the government's evaluation of the RSA scheme (M11, next to RSA M03);
(b) two members' measures on one topic in one delmål and type that are different measures and do not
    name each other: YS's and Akademikerne's studies of how etter- og videreutdanning is financed
    (M29, M35; 2.2 FoU), and Vestland's and Agder's regional skills partnerships (M40, M45; 1.2 Råd).

The report shapes (the writer each key picks) are in pdf_writer_2019 and docx_writer_2019.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from .model import Report
from .plan_common import Measure, check_plan as _check_plan, check_truth as _check_truth, measure_item, ordered
from .seed import TYPES

YEAR = 2019

FOU, KURS, RAD, PROSJEKT, INFO, ARR = TYPES


MEASURES: dict[str, Measure] = {m.id: m for m in [
    # ---- shared councils
    Measure("M01", "1.1", RAD, "council", "KBU – Kompetansebehovsutvalget"),
    Measure("M02", "1.4", RAD, "council", "SRY, faglige råd, yrkesopplæringsnemnder"),
    Measure("M03", "1.4", RAD, "council", "RSA – Råd for samarbeid med arbeidslivet"),
    Measure("M04", "1.4", RAD, "council", "UHRs fagstrategiske enheter"),
    # ---- joint measures (two reports each, naming each other)
    Measure("M05", "2.3", ARR, "joint", "LO + NHO: Arendalsuka breakfast debate on recruitment to vocational trades"),
    Measure("M06", "2.4", PROSJEKT, "joint", "KS + Spekter: further education for helsefagarbeidere"),
    Measure("M07", "2.1", KURS, "joint", "Virke + YS: digital skills courses for staff in ideell sektor"),
    Measure("M08", "3.2", PROSJEKT, "joint", "VOFO + Agder fylkeskommune: Kompetansepluss frivillighet in Agder"),
    # ---- Regjeringen
    Measure("M09", "1.2", INFO, "own", "guide for regional skills strategies"),
    Measure("M10", "1.3", INFO, "own", "online career guidance service opened"),
    Measure("M11", "1.4", FOU, "own", "near-miss (a): evaluation of the RSA scheme, no participation"),
    Measure("M12", "2.2", FOU, "own", "white paper on the skills reform"),
    Measure("M13", "2.4", PROSJEKT, "own", "bransjeprogram extended to new industries"),
    Measure("M14", "2.5", FOU, "own", "mapping of recognition of prior learning"),
    Measure("M15", "3.1", KURS, "own", "Fagbrev på jobb in more trades"),
    Measure("M16", "3.4", FOU, "own", "new integration act"),
    # ---- LO
    Measure("M17", "2.1", KURS, "own", "digital skills courses for shop stewards"),
    Measure("M18", "2.2", FOU, "own", "Fafo note on shop stewards and workplace learning"),
    # ---- NHO
    Measure("M19", "2.4", INFO, "own", "Kompetansesjekken: self-assessment tool for SMEs"),
    Measure("M20", "3.3", RAD, "own", "network of firms offering work training"),
    # ---- KS
    Measure("M21", "1.2", RAD, "own", "regional skills networks for the municipalities"),
    # ---- Spekter
    Measure("M22", "2.3", ARR, "own", "apprentice conference for the health trusts"),
    Measure("M23", "2.2", FOU, "own", "skills barometer survey"),
    # ---- Virke
    Measure("M24", "1.4", KURS, "own", "near-miss (a): course for Virke's members of the faglige råd"),
    Measure("M25", "2.3", INFO, "own", "campaign for apprentices in the sales trade"),
    Measure("M26", "2.5", PROSJEKT, "own", "pilot: digital skills certificate in retail"),
    Measure("M27", "2.2", ARR, "own", "gathering for HR managers"),
    Measure("M28", "2.4", FOU, "own", "study of further-education needs in ideell sektor"),
    # ---- YS
    Measure("M29", "2.2", FOU, "own", "near-miss (b): study of an individual skills fund financing EVU"),
    Measure("M30", "3.3", ARR, "own", "seminar on the inclusion drive"),
    Measure("M31", "3.3", KURS, "own", "course for shop stewards on training rights of people on AAP"),
    # ---- Akademikerne
    Measure("M32", "1.3", ARR, "own", "webinar on career change for seniors"),
    Measure("M33", "1.4", PROSJEKT, "own", "project on internships in master's programmes"),
    Measure("M34", "2.1", KURS, "own", "course in data analysis and AI"),
    Measure("M35", "2.2", FOU, "own", "near-miss (b): research report on tax deduction for self-paid EVU"),
    Measure("M36", "2.6", INFO, "own", "web page on recognition of foreign higher education"),
    # ---- VOFO
    Measure("M37", "1.2", ARR, "own", "regional meetings with the counties"),
    Measure("M38", "3.4", KURS, "own", "language cafés and Norwegian practice"),
    Measure("M39", "3.6", INFO, "own", "campaign «Lær noe nytt i høst»"),
    # ---- Vestland fylkeskommune (Nynorsk)
    Measure("M40", "1.2", RAD, "own", "near-miss (b): Kompetansepartnarskap Vestland"),
    Measure("M41", "1.3", KURS, "own", "course in career guidance for school counsellors"),
    # ---- Innlandet fylkeskommune (the report that names its member only in the file name)
    Measure("M42", "1.3", PROSJEKT, "own", "career guidance at branch offices"),
    Measure("M43", "2.4", RAD, "own", "skills forum for the wood industry"),
    Measure("M44", "3.5", KURS, "own", "basic skills courses for job seekers with NAV"),
    # ---- Agder fylkeskommune
    Measure("M45", "1.2", RAD, "own", "near-miss (b): Kompetanseforum Agder"),
]}

COUNCILS = {"KBU": "M01", "SRY": "M02", "RSA": "M03", "UHR": "M04"}
# How many reports must carry each council at least.
COUNCIL_MIN_REPORTS = {"KBU": 3, "SRY": 3, "RSA": 2, "UHR": 2}
# Joint measure -> the two members that report it (each names the other).
JOINT = {"M05": ("LO", "NHO"), "M06": ("KS", "Spekter"), "M07": ("Virke", "YS"),
         "M08": ("VOFO", "Agder fylkeskommune")}
# Pairs that look alike but are different measures (the register must keep them apart).
NEAR_MISSES = [("M24", "M02"), ("M11", "M03"), ("M29", "M35"), ("M40", "M45")]


_i = partial(measure_item, MEASURES)


# ------------------------------------------------------------------ what each member writes
REGJERINGEN = [
    _i("M01", "Kompetansebehovsutvalget (KBU) la i februar 2019 fram sin andre rapport, NOU 2019: 2 Fremtidige "
              "kompetansebehov II – Utfordringer for kompetansepolitikken, og startet arbeidet med temarapporten "
              "for 2020", "KD", "ASD, KMD, NFD, partene i arbeidslivet, forskere"),
    _i("M09", "Veileder for fylkeskommunenes arbeid med regionale kompetansestrategier, publisert på "
              "kompetansenorge.no", "Kompetanse Norge", "KD, KS, fylkeskommunene"),
    _i("M10", "Den nasjonale nettbaserte karriereveiledningstjenesten åpnet i november 2019 med veiledning på "
              "chat, telefon og e-post", "Kompetanse Norge", "KD, fylkeskommunene, karrieresentrene"),
    _i("M11", "Evaluering av RSA-ordningen ved universiteter og høyskoler", "KD", "NIFU"),
    _i("M12", "Arbeid med stortingsmeldingen om kompetansereformen «Lære hele livet», med innspillsrunder og "
              "analyser av hvordan voksne lærer i arbeidslivet", "KD", "ASD, NFD, partene i arbeidslivet"),
    _i("M13", "Bransjeprogrammene i kompetansereformen utvidet til varehandel, reiseliv og renhold i 2019", "KD",
       "Kompetanse Norge, partene i de aktuelle bransjene, utdanningstilbydere"),
    _i("M14", "Kartlegging av hvordan fagskoler, universiteter og høyskoler vurderer realkompetanse ved opptak "
              "og innpassing", "Kompetanse Norge", "NOKUT, UHR"),
    _i("M15", "Tilskudd til fylkeskommunene for å ta i bruk Fagbrev på jobb i flere lærefag", "KD",
       "Utdanningsdirektoratet, fylkeskommunene, partene i arbeidslivet"),
    _i("M16", "Utredning og høring av ny integreringslov med mer målrettet og fleksibelt introduksjonsprogram",
       "KD", "IMDi, Kompetanse Norge, KS"),
]

LO = [
    _i("M01", "LO har deltatt i Kompetansebehovsutvalget og bidratt i arbeidet med utvalgets andre rapport",
       "KD", "Partene i arbeidslivet"),
    _i("M02", "LO og forbundene har plass i Samarbeidsrådet for yrkesopplæring og i samtlige faglige råd",
       "Partene", "LOs forbund"),
    _i("M17", "Kurs i digital kompetanse for tillitsvalgte i LOs forbund, holdt sammen med AOF", "LO",
       "AOF, LOs forbund"),
    _i("M18", "Fafo-notat om tillitsvalgtes rolle i kompetanseutvikling på arbeidsplassen", "LO", "Fafo"),
    _i("M05", "Frokostmøtet «Hvem skal bygge Norge?» under Arendalsuka 2019, arrangert sammen med NHO, om "
              "rekruttering til yrkesfagene", "LO", "NHO"),
]

NHO = [
    _i("M01", "NHO er medlem av Kompetansebehovsutvalget og har gitt innspill til NOU 2019: 2", "KD",
       "Hovedorganisasjonene", RAD),
    _i("M02", "Deltakelse i SRY og i de faglige rådene gjennom landsforeningene", "Partene", "Landsforeningene",
       RAD),
    _i("M03", "NHOs regionkontorer sitter i RSA ved en rekke universiteter og høyskoler", "UH-institusjonene",
       "NHOs regionkontorer", RAD),
    _i("M05", "Felles frokostmøte med LO i Arendal om behovet for fagarbeidere og rekruttering til fag- og "
              "yrkesopplæringen", "NHO og LO", "Norsk Industri, Fellesforbundet", ARR),
    _i("M19", "«Kompetansesjekken» – digitalt verktøy der små og mellomstore bedrifter kan kartlegge egne "
              "kompetansebehov", "NHO", "Landsforeningene, regionkontorene", INFO),
    _i("M20", "Nettverk av medlemsbedrifter som tilbyr arbeidstrening og opplæring for personer som står "
              "utenfor arbeidslivet", "NHO", "NAV", RAD),
]

KS = [
    _i("M02", "KS deltar i yrkesopplæringsnemndene og i de faglige rådene for helse- og oppvekstfag", "Partene",
       "Fylkeskommunene"),
    _i("M03", "KS er representert i RSA ved universiteter og høgskoler som utdanner til kommunesektoren",
       "UH-sektoren", "Kommuner"),
    _i("M21", "Regionale kompetansenettverk for kommunene, etablert i samarbeid med fylkeskommunene", "KS",
       "Fylkeskommunene, kommunene"),
    _i("M06", "Felles prosjekt med Spekter om videreutdanning for helsefagarbeidere i kommuner og sykehus", "KS",
       "Spekter, Fagforbundet, Delta"),
]

YS = [
    _i("M01", "YS har vært representert i KBU også i 2019", "KD", "Partene i arbeidslivet"),
    _i("M07", "Digitalt kompetanseløft for ansatte i ideell sektor – kursrekke i samarbeid med Virke", "Virke",
       "YS-forbundene"),
    _i("M29", "Utredning om et individuelt kompetansefond som kan finansiere etter- og videreutdanning for "
              "arbeidstakere", "YS", "Oxford Research"),
    # The two below stand in the prose section "Andre tiltak" (see YS_PROSE), which prints no ansvarlig.
    _i("M30", "Seminar for tillitsvalgte i YS-forbundene om inkluderingsdugnaden og opplæring som virkemiddel",
       "", "YS-forbundene"),
    _i("M31", "Kurs for tillitsvalgte om retten til opplæring for arbeidstakere med nedsatt arbeidsevne", "",
       "Delta, Parat"),
]
YS_PROSE = {"M30", "M31"}

# Virke's type column holds synonyms only; the canonical type is the measure's.
VIRKE = [
    _i("M03", "Virke deltar i RSA ved OsloMet og Høyskolen Kristiania", "UH", "Medlemsvirksomheter",
       "Nettverk"),
    _i("M04", "Virke har plass i UHRs fagstrategiske enhet for økonomisk-administrative fag", "UHR", "",
       "Nettverk"),
    _i("M24", "Kurs for våre representanter i de faglige rådene", "Virke", "", "Opplæring"),
    _i("M07", "Opplæring i digitale arbeidsverktøy for ansatte i ideelle virksomheter, sammen med YS", "Virke",
       "YS, Delta", "Opplæring"),
    _i("M27", "Samling for HR-ledere om strategisk kompetanseplanlegging", "Virke", "Medlemsvirksomheter",
       "Samling"),
    _i("M25", "Kampanje for å rekruttere lærlinger til salgsfaget i varehandelen", "Virke",
       "Handel og Kontor, opplæringskontorene", "Kampanje"),
    _i("M28", "Kartlegging av behovet for etter- og videreutdanning blant ansatte i ideell sektor", "Virke",
       "Ideelt nettverk", "Utgreiing"),
    _i("M26", "Digitalt kompetansebevis for medarbeidere i varehandelen, prøvd ut i ti butikker", "Virke",
       "Kompetanse Norge, Handel og Kontor", "Pilot"),
]

SPEKTER = [
    _i("M02", "Spekter er medlem av SRY og har representanter i de faglige rådene for helse- og oppvekstfag",
       "Partene", "Helseforetakene"),
    _i("M04", "Spekter deltar i UHRs fagstrategiske enhet for helse- og sosialfag", "UHR", "Helseforetakene"),
    _i("M23", "Spekters kompetansebarometer 2019: spørreundersøkelse om kompetansebehov og "
              "kompetanseutvikling i medlemsvirksomhetene", "Spekter", "Ideas2evidence"),
    _i("M22", "Lærlingkonferansen 2019 for helseforetakene om rekruttering av lærlinger i helsearbeiderfaget",
       "Spekter", "Helseforetakene, LO/Fagforbundet"),
    _i("M06", "Kompetanseløft for helsefagarbeidere: videreutdanningstilbud utviklet for helseforetak og kommuner "
              "i samarbeid med KS", "Spekter og KS", "Helseforetakene, fagskolene"),
]

# No type column: the wording has to carry the type.
AKADEMIKERNE = [
    _i("M01", "Akademikerne er representert i Kompetansebehovsutvalget og har bidratt med analyser av behovet "
              "for høyt utdannet arbeidskraft", "KD", "De andre hovedorganisasjonene"),
    _i("M32", "Webinar om karriereskifte for seniorer i akademikeryrkene", "Akademikerne", "Medlemsforeningene"),
    _i("M33", "Prosjekt om praksis i masterutdanningene i samfunnsfag og humaniora", "Akademikerne",
       "Samfunnsviterne, universitetene"),
    _i("M34", "Kurs i dataanalyse og kunstig intelligens for medlemmer uten teknisk bakgrunn", "Tekna",
       "Akademikerne"),
    _i("M35", "Forskningsrapport om skattefradrag for etter- og videreutdanning som arbeidstakere betaler selv",
       "Akademikerne", "Samfunnsøkonomisk analyse"),
    _i("M36", "Nettside med informasjon om godkjenning av utenlandsk høyere utdanning for medlemmer",
       "Akademikerne", "NOKUT"),
]

VOFO = [
    _i("M37", "Regionale samlinger med fylkeskommunene om studieforbundenes rolle i kompetansestrategiene",
       "VOFO", "Fylkeskommunene, studieforbundene"),
    _i("M08", "Kompetansepluss frivillighet i Agder: grunnleggende ferdigheter gjennom kurs i studieforbundene",
       "VOFO Agder", "Agder fylkeskommune, studieforbundene"),
    _i("M38", "Språkkafeer og norsktrening for innvandrere i regi av studieforbundene", "Studieforbundene",
       "Frivillige organisasjoner, kommunene"),
    _i("M39", "Kampanjen «Lær noe nytt i høst» for å rekruttere nye deltakere til studieforbundenes kurs", "VOFO",
       "Studieforbundene"),
]

VESTLAND = [
    _i("M40", "Kompetansepartnarskap Vestland – regionalt forum for kompetansepolitikk med partane i "
              "arbeidslivet, NAV og utdanningsinstitusjonane", "Vestland fylkeskommune",
       "Partane i arbeidslivet, NAV, Høgskulen på Vestlandet, Universitetet i Bergen", "Råd/utval/nettverk"),
    _i("M41", "Kurs i karriererettleiing for rådgivarar i vidaregåande skule og på karrieresentera",
       "Vestland fylkeskommune", "Karriere Vestland, Høgskulen på Vestlandet", "Kurs/utdanning"),
]

# The nameless report: neither title, header nor text names the member (only the file name does).
INNLANDET = [
    _i("M42", "Karriereveiledning på utekontor i alle regioner i fylket, med faste åpningsdager hos NAV og på "
              "biblioteker", "Karrieresenteret", "NAV, kommunene"),
    _i("M43", "Kompetanseforum for treindustrien som kobler bedriftene med fagskolen om nye "
              "videreutdanningstilbud", "Fylkeskommunen", "Treklyngen, fagskolen, NAV"),
    _i("M44", "Kurs i grunnleggende ferdigheter for arbeidssøkere, gitt av voksenopplæringen i samarbeid med NAV",
       "Fylkeskommunen", "NAV, kommunene"),
]

AGDER = [
    _i("M45", "Kompetanseforum Agder – regionalt partnerskap for kompetanse med kommunene, NAV, partene og "
              "Universitetet i Agder", "Agder fylkeskommune", "Kommunene, NAV, partene i arbeidslivet, UiA"),
    _i("M08", "Samarbeid med VOFO om Kompetansepluss-kurs i lesing, skriving og digitale ferdigheter i frivillige "
              "lag og organisasjoner", "Agder fylkeskommune", "VOFO Agder, studieforbund"),
]


# ------------------------------------------------------------------ report metadata
# (key, member, file, author, base date, ref base, items, title, subtitle, extra). The key picks the writer.
_META = [
    ("2019_sections", "Regjeringen", "regjeringen_2019.pdf", "Kunnskapsdepartementet", date(2020, 3, 2), 2210,
     REGJERINGEN, "Regjeringens rapportering til Kompetansepolitisk råd 2019",
     "Oppfølging av Nasjonal kompetansepolitisk strategi", {}),
    ("2019_delmal_tables", "LO", "lo_2019.docx", "LO", date(2020, 2, 14), 402, LO,
     "LOs rapportering til Kompetansepolitisk råd for 2019", "", {
         "header": "LO – rapportering 2019",
         "intro": "Landsorganisasjonen i Norge (LO) rapporterer her sine tiltak for 2019. Tiltakene er ordnet "
                  "etter delmålene i strategien, med én tabell per delmål."}),
    ("2019_short_delmal", "NHO", "nho_2019.pdf", "NHO", date(2020, 2, 21), 2604, NHO,
     "NHO – tiltak 2019 i Nasjonal kompetansepolitisk strategi", "Næringslivets Hovedorganisasjon", {}),
    ("2019_form", "KS", "ks_2019.pdf", "KS", date(2020, 2, 27), 1311, KS,
     "KS – rapportering til Kompetansepolitisk råd 2019", "Kommunesektorens organisasjon", {
         "header": "KS – Kompetansepolitisk råd 2019",
         "intro": "KS rapporterer tiltakene for 2019 på sekretariatets skjema, ett skjema per tiltak.",
         "delmal_with_text": True}),
    ("2019_table_and_prose", "YS", "ys_2019.docx", "YS", date(2020, 2, 28), 117, YS,
     "YS – rapportering til Kompetansepolitisk råd 2019", "Yrkesorganisasjonenes Sentralforbund",
     {"prose": YS_PROSE}),
    ("2019_synonyms", "Virke", "virke_2019.docx", "Virke", date(2020, 3, 3), 640, VIRKE,
     "Virkes rapportering for 2019", "Hovedorganisasjonen Virke", {}),
    ("2019_borderless_sum", "Spekter", "spekter_2019.pdf", "Spekter", date(2020, 3, 5), 519, SPEKTER,
     "Arbeidsgiverforeningen Spekter – tiltak 2019", "Rapportering til Kompetansepolitisk råd", {}),
    ("2019_no_type", "Akademikerne", "akademikerne_2019.docx", "Akademikerne", date(2020, 2, 26), 88,
     AKADEMIKERNE, "Akademikerne – rapportering til Kompetansepolitisk råd 2019", "", {}),
    ("2019_numbered_prose", "VOFO", "vofo_2019.pdf", "VOFO", date(2020, 2, 19), 233, VOFO,
     "VOFOs rapportering til Kompetansepolitisk råd 2019", "Voksenopplæringsforbundet", {}),
    ("2019_nynorsk_prose", "Vestland fylkeskommune", "vestland_fk_2019.docx", "Vestland fylkeskommune",
     date(2020, 3, 10), 911, VESTLAND, "Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2019",
     "", {}),
    ("2019_form", "Innlandet fylkeskommune", "innlandet_fk_2019.pdf", "Bruker", date(2020, 3, 9), 3005, INNLANDET,
     "Rapportering til Kompetansepolitisk råd – tiltak 2019", "", {
         "header": "",
         "intro": "Fylkeskommunen rapporterer her tre tiltak for 2019 som følger opp Nasjonal "
                  "kompetansepolitisk strategi. Tiltakene er ført inn på sekretariatets skjema.",
         "delmal_with_text": False}),
    ("2019_delmal_tables", "Agder fylkeskommune", "agder_fk_2019.docx", "Agder fylkeskommune", date(2020, 3, 11),
     1702, AGDER, "Agder fylkeskommune – rapportering til Kompetansepolitisk råd 2019", "", {
         "header": "Agder fylkeskommune",
         "intro": "Agder fylkeskommune ble etablert 1. januar 2020 ved sammenslåing av Aust-Agder og Vest-Agder. "
                  "Rapporten omfatter tiltak som de to fylkeskommunene gjennomførte i 2019."}),
]


def reports() -> list[Report]:
    out = []
    for key, member, file_name, author, day, ref, items, title, subtitle, extra in _META:
        out.append(Report(key, member, file_name, title, author, ordered(items), day, ref, subtitle,
                          extra=dict(extra)))
    check_plan(out)
    return out


def check_plan(plan: list[Report]) -> None:
    _check_plan(plan, MEASURES, JOINT, COUNCILS, COUNCIL_MIN_REPORTS, "plan_2019")


def check_truth(rows: list) -> None:
    """truth.csv of the round: every measure at least once, every row coded as its measure."""
    _check_truth(rows, MEASURES, "2019")
