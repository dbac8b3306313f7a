"""The 2020 round: reports written the ways members really write them, one shape per case of issue 12.

Measures are invented ("N01" …) like 2019's. Each report shows one way a member may write (the writer
its key picks, in docx_writer_2020, pdf_writer_2020, xlsx_writer_2020 and scan_writer):

- lo: the tiltak column headed «Årets innsats», a word no vocabulary lists;
- nho: delmål named by paraphrase, shortened text, Nynorsk, and once by a code the text contradicts;
- ys: a two-row header, «Tiltak» spanning «Navn» and «Beskrivelse»;
- akademikerne: bullets with direct numbering (w:numPr in the paragraph), then typed bullet characters;
- ks: the table inside content controls (block and cell level), with tracked changes;
- spekter: the tiltak table nested in a layout table, one tiltak in a text box;
- virke: a workbook with one sheet per hovedinnsatsområde, a notes sheet, a hidden sheet and row;
- unio: a two-column page, exported from Word through LibreOffice;
- vofo and kompetanseforbundet: blocks (a title line, labelled lines, a description), PDF and Word;
  Kompetanseforbundet's report names its member only in the signature block;
- innlandet: a scanned table with faint rules, narrow header cells and a delmål «1,3» whose comma fades;
- uhr and fagskoleradet: new members; columns that only their content names (fagskoleradet via LibreOffice);
- sametinget: an observer, Nynorsk headings that name their delmål by text only;
- regjeringen: two departments, two genuinely different reports (both count);
- viken and agder: two versions each (revidert, v2 and a later date); only the newest counts;
- three documents that are no member report at all (lecture notes, a municipal plan, a research paper),
  with section headings numbered like delmål.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from .model import Report
from .plan_common import Measure, check_plan as _check_plan, check_truth as _check_truth, measure_item, ordered
from .seed import TYPES

YEAR = 2020

FOU, KURS, RAD, PROSJEKT, INFO, ARR = TYPES

MEASURES: dict[str, Measure] = {m.id: m for m in [
    Measure("N01", "1.1", RAD, "council", "KBU – Kompetansebehovsutvalget"),
    Measure("N02", "1.4", RAD, "council", "UHRs fagstrategiske enheter"),
    Measure("N03", "2.4", PROSJEKT, "joint", "UHR + Fagskolerådet: from fagskole to university college"),
    Measure("N04", "3.3", PROSJEKT, "joint", "LO + NHO: training for furloughed workers"),
    Measure("N05", "2.1", KURS, "own", "LO: digital courses for shop stewards"),
    Measure("N06", "2.2", FOU, "own", "LO: Fafo report on furloughed workers"),
    Measure("N07", "2.4", PROSJEKT, "own", "NHO: industry programme for the process industry"),
    Measure("N08", "2.1", INFO, "own", "NHO: web pages with digital learning resources (code says 2.4)"),
    Measure("N09", "1.3", ARR, "own", "NHO: webinars on career guidance"),
    Measure("N10", "2.2", FOU, "own", "YS: survey of working from home"),
    Measure("N11", "3.3", KURS, "own", "YS: course for shop stewards on inclusion"),
    Measure("N12", "2.1", ARR, "own", "YS: digital conference"),
    Measure("N13", "1.4", RAD, "own", "YS: network with vocational colleges"),
    Measure("N14", "1.3", INFO, "own", "Akademikerne: career pages"),
    Measure("N15", "2.1", KURS, "own", "Akademikerne: programming course"),
    Measure("N16", "2.5", PROSJEKT, "own", "Akademikerne: documenting skills"),
    Measure("N17", "2.6", INFO, "own", "Akademikerne: recognition guide"),
    Measure("N18", "2.2", FOU, "own", "Akademikerne: survey"),
    Measure("N19", "1.2", RAD, "own", "KS: regional networks"),
    Measure("N20", "2.4", PROSJEKT, "own", "KS: municipal skills project"),
    Measure("N21", "3.1", KURS, "own", "KS: fagbrev for assistants"),
    Measure("N22", "3.5", PROSJEKT, "own", "KS: NAV training"),
    Measure("N23", "2.3", ARR, "own", "Spekter: apprentice day"),
    Measure("N24", "2.4", KURS, "own", "Spekter: further education for nurses"),
    Measure("N25", "3.3", PROSJEKT, "own", "Spekter: work training in the health trusts (text box)"),
    Measure("N26", "1.4", RAD, "own", "Virke: council for retail education"),
    Measure("N27", "2.1", KURS, "own", "Virke: e-commerce course"),
    Measure("N28", "2.3", INFO, "own", "Virke: campaign for the retail trade"),
    Measure("N29", "2.5", FOU, "own", "Virke: study of real competence"),
    Measure("N30", "3.6", ARR, "own", "Virke: volunteering seminar"),
    Measure("N31", "3.3", PROSJEKT, "own", "Virke: work training in ideell sektor"),
    Measure("N32", "1.3", KURS, "own", "Unio: career guidance course"),
    Measure("N33", "2.2", FOU, "own", "Unio: report on further education of teachers"),
    Measure("N34", "2.3", ARR, "own", "Unio: conference"),
    Measure("N35", "3.4", INFO, "own", "Unio: information for immigrant nurses"),
    Measure("N36", "2.1", KURS, "own", "Unio: digital courses for nurses"),
    Measure("N37", "3.6", KURS, "own", "VOFO: courses for volunteers"),
    Measure("N38", "3.4", KURS, "own", "VOFO: language cafés online"),
    Measure("N39", "3.2", PROSJEKT, "own", "VOFO: Kompetansepluss frivillighet"),
    Measure("N40", "1.2", ARR, "own", "VOFO: regional meetings"),
    Measure("N41", "2.1", KURS, "own", "Kompetanseforbundet: digital skills course"),
    Measure("N42", "2.5", RAD, "own", "Kompetanseforbundet: network on documentation"),
    Measure("N43", "3.1", INFO, "own", "Kompetanseforbundet: guide to adult education"),
    Measure("N44", "1.3", PROSJEKT, "own", "Innlandet: career guidance project (delmål «1,3» in the scan)"),
    Measure("N45", "1.2", RAD, "own", "Innlandet: skills forum"),
    Measure("N46", "2.4", KURS, "own", "Innlandet: courses for industry"),
    Measure("N47", "3.5", KURS, "own", "Innlandet: courses with NAV"),
    Measure("N48", "1.4", FOU, "own", "UHR: study of work placements"),
    Measure("N49", "2.6", PROSJEKT, "own", "UHR: recognition project"),
    Measure("N50", "2.4", RAD, "own", "Fagskolerådet: industry councils"),
    Measure("N51", "3.1", FOU, "own", "Fagskolerådet: study of adult students"),
    Measure("N52", "1.3", KURS, "own", "Sametinget: career guidance in Sámi"),
    Measure("N53", "3.4", INFO, "own", "Sametinget: information"),
    Measure("N54", "3.1", PROSJEKT, "own", "KD: trial of modular vocational training"),
    Measure("N55", "2.2", FOU, "own", "KD: evaluation of the skills reform"),
    Measure("N56", "1.2", INFO, "own", "KD: guide for regional partnerships"),
    Measure("N57", "3.5", KURS, "own", "ASD: NAV courses"),
    Measure("N58", "3.3", PROSJEKT, "own", "ASD: inclusion drive"),
    Measure("N59", "3.4", FOU, "own", "ASD: evaluation of the integration act"),
    Measure("N60", "1.2", RAD, "own", "Viken: regional skills partnership"),
    Measure("N61", "2.4", PROSJEKT, "own", "Viken: industry programme"),
    Measure("N62", "3.1", KURS, "own", "Viken: adult education"),
    Measure("N63", "1.3", KURS, "own", "Agder: career guidance course"),
    Measure("N64", "3.2", PROSJEKT, "own", "Agder: Kompetansepluss"),
    Measure("N65", "2.3", ARR, "own", "Agder: vocational fair"),
]}

COUNCILS = {"KBU": "N01", "UHR": "N02"}
COUNCIL_MIN_REPORTS = {"KBU": 3, "UHR": 2}
JOINT = {"N03": ("UHR", "Fagskolerådet"), "N04": ("LO", "NHO")}

_i = partial(measure_item, MEASURES)

# ------------------------------------------------------------------ what each member writes
LO = [
    _i("N01", "LO har deltatt i Kompetansebehovsutvalget og i arbeidet med utvalgets rapport om "
              "kompetansebehov etter koronapandemien", "KD", "Partene i arbeidslivet"),
    _i("N04", "Opplæringspakke for permitterte og ledige medlemmer, utviklet sammen med NHO", "LO",
       "NHO, AOF"),
    _i("N05", "Digitale kurs for tillitsvalgte om hjemmekontor og digital omstilling på arbeidsplassen", "LO",
       "AOF, LOs forbund"),
    _i("N06", "Fafo-rapport om opplæring av permitterte arbeidstakere under koronapandemien", "LO", "Fafo"),
]

NHO = [
    _i("N01", "NHO er medlem av Kompetansebehovsutvalget og har gitt innspill til utvalgets tredje rapport",
       "KD", "Hovedorganisasjonene"),
    _i("N09", "Webinarserie om karriereveiledning for voksne arbeidstakere i medlemsbedriftene", "NHO",
       "Karrieresentrene"),
    _i("N08", "Nettsider med digitale læringsressurser for ansatte i medlemsbedriftene", "NHO",
       "Landsforeningene"),
    _i("N07", "Bransjeprogram for prosessindustrien med korte videreutdanningstilbud på fagskolene", "NHO",
       "Norsk Industri, Fellesforbundet"),
    _i("N04", "Kompetansepakke for permitterte i reiselivet og industrien, utviklet i samarbeid med LO", "NHO",
       "LO, NHO Reiseliv"),
]

YS = [
    _i("N13", "Nettverk med fagskolene", "YS", "Fagskolene",
       beskrivelse="YS har etablert et nettverk med fagskolene for å gjøre tilbudene mer relevante for "
                   "medlemmene i YS-forbundene."),
    _i("N12", "Digital kompetansekonferanse", "YS", "YS-forbundene",
       beskrivelse="Konferansen samlet 400 deltakere digitalt og handlet om hvordan arbeidsplassene kan "
                   "bruke pandemien til å lære mer."),
    _i("N10", "Undersøkelse om hjemmekontor", "YS", "Respons Analyse",
       beskrivelse="YS Arbeidslivsbarometer kartla hvordan hjemmekontor har påvirket mulighetene for "
                   "læring på arbeidsplassen."),
    _i("N11", "Kurs om inkludering for tillitsvalgte", "YS", "Delta, Parat",
       beskrivelse="Kurset gir tillitsvalgte verktøy for å bruke opplæring når arbeidstakere med nedsatt "
                   "arbeidsevne skal inkluderes."),
]

AKADEMIKERNE = [
    _i("N14", "Nye karrieresider for medlemmer som vurderer å bytte jobb midt i karrieren", "Akademikerne",
       "Medlemsforeningene", type_written="Informasjon"),
    _i("N15", "Kurs i programmering og dataanalyse for medlemmer i offentlig sektor", "Tekna", "Akademikerne",
       type_written="Kurs"),
    _i("N16", "Prosjekt om hvordan akademikere kan dokumentere kompetanse fra arbeidslivet", "Akademikerne",
       "Samfunnsviterne", type_written="Prosjekt"),
    _i("N18", "Medlemsundersøkelse om behovet for etter- og videreutdanning etter pandemien", "Akademikerne",
       "Ideas2evidence", type_written="Kartlegging"),
    _i("N17", "Veileder om godkjenning av utenlandsk høyere utdanning for nye medlemmer", "Akademikerne",
       "NOKUT", type_written="Veileder"),
]

KS = [
    _i("N19", "Regionale kompetansenettverk for kommunene i alle fylker", "KS", "Fylkeskommunene"),
    _i("N20", "Prosjekt om strategisk kompetanseplanlegging i kommunene", "KS", "Kommunene, Fagforbundet"),
    _i("N21", "Fagbrev for assistenter i barnehage og skole gjennom praksiskandidatordningen", "KS",
       "Fylkeskommunene, Utdanningsforbundet"),
    _i("N22", "Samarbeid med NAV om opplæring for ledige i kommunal sektor", "KS", "NAV"),
]

SPEKTER = [
    _i("N02", "Spekter deltar i UHRs fagstrategiske enhet for helse- og sosialfag", "UHR", "Helseforetakene"),
    _i("N23", "Lærlingdag for helseforetakene med presentasjon av helsefagarbeideryrket", "Spekter",
       "Helseforetakene"),
    _i("N24", "Videreutdanning i intensivsykepleie for sykepleiere i helseforetakene", "Spekter",
       "Universitetene, helseforetakene"),
    _i("N25", "Arbeidstrening i helseforetakene for personer som står utenfor arbeidslivet", "Spekter",
       "NAV, helseforetakene"),
]

VIRKE = [
    _i("N26", "Virke leder rådet for utdanning i handel og service", "Virke", "Handel og Kontor"),
    _i("N27", "Kurs i netthandel og digital markedsføring for små butikker", "Virke", "Kompetanse Norge"),
    _i("N28", "Kampanjen «Jobb i handel» for å rekruttere lærlinger", "Virke", "Opplæringskontorene"),
    _i("N29", "Kartlegging av hvordan handelen vurderer realkompetanse ved ansettelser", "Virke", "Fafo"),
    _i("N31", "Arbeidstrening i ideelle virksomheter for unge som har falt ut av skolen", "Virke", "NAV"),
    _i("N30", "Seminar om læring i frivillige organisasjoner", "Virke", "Frivillighet Norge"),
]

UNIO = [
    _i("N32", "Kurs i karriereveiledning for tillitsvalgte i Unio-forbundene"),
    _i("N36", "Digitale kurs i velferdsteknologi for sykepleiere og helsepersonell"),
    _i("N33", "Rapport om videreutdanning for lærere i videregående opplæring"),
    _i("N34", "Konferanse om yrkesfagene i helse og oppvekst"),
    _i("N35", "Informasjon på flere språk til sykepleiere med utdanning fra utlandet"),
]

VOFO = [
    _i("N40", "Regionale møter om studieforbundenes plass i kompetansepolitikken", "VOFO", "Fylkeskommunene",
       beskrivelse="VOFO møtte alle fylkeskommunene digitalt for å forankre studieforbundene i de regionale "
                   "kompetansestrategiene."),
    _i("N39", "Kompetansepluss frivillighet i fem nye fylker", "Studieforbundene", "Kompetanse Norge",
       beskrivelse="Studieforbundene tilbød kurs i lesing, skriving og digitale ferdigheter i frivillige "
                   "lag og foreninger."),
    _i("N38", "Digitale språkkafeer for innvandrere under pandemien", "Studieforbundene",
       "Frivilligsentralene",
       beskrivelse="Språkkafeene flyttet på nett da landet stengte, og nådde flere deltakere enn før."),
    _i("N37", "Opplæring av frivillige kursledere i studieforbundene", "VOFO", "Studieforbundene",
       beskrivelse="Nye kursledere fikk et kurs i voksenpedagogikk og digital undervisning."),
]

KOMPETANSEFORBUNDET = [
    _i("N41", "Kurs i digitale verktøy for medlemmer i små bedrifter", "Fagavdelingen", "",
       beskrivelse="Kurset ble holdt fire ganger på nett med deltakere fra hele landet."),
    _i("N42", "Nettverk for dokumentasjon av uformell kompetanse", "Fagavdelingen", "Kompetanse Norge",
       beskrivelse="Nettverket samler bedrifter som vil dokumentere hva de ansatte har lært i jobben."),
    _i("N43", "Veiledning om retten til videregående opplæring for voksne", "Sekretariatet",
       "Fylkeskommunene",
       beskrivelse="En enkel veiledning på nett forklarer hvem som har rett, og hvordan man søker."),
]

INNLANDET = [
    _i("N45", "Kompetanseforum Innlandet med partene og NAV", "Innlandet fylkeskommune", "NAV, partene"),
    _i("N44", "Karriereveiledning i bibliotekene i alle kommuner", "Karrieresenteret", "Kommunene"),
    _i("N46", "Kurs i automatisering for ansatte i industrien", "Fagskolen Innlandet", "Bedriftene"),
    _i("N47", "Kurs i norsk og regning for ledige sammen med NAV", "Fylkeskommunen", "NAV"),
]

UHR = [
    _i("N02", "De fagstrategiske enhetene i UHR har drøftet relevans og arbeidslivstilknytning i "
              "utdanningene", "UHR", "Universitetene og høyskolene", type_written="Nettverk"),
    _i("N48", "Utredning om praksis i profesjonsutdanningene og samarbeid med arbeidslivet", "UHR",
       "NIFU", type_written="Utredning"),
    _i("N03", "Felles prosjekt med Fagskolerådet om overgang fra fagskole til høyere utdanning", "UHR",
       "Fagskolerådet", type_written="Prosjekt"),
    _i("N49", "Prosjekt om raskere godkjenning av utenlandsk utdanning i UH-sektoren", "UHR", "NOKUT",
       type_written="Prosjekt"),
]

FAGSKOLERADET = [
    _i("N50", "Bransjeråd for fagskoleutdanning i helse og teknikk", "Fagskolerådet", "Partene i arbeidslivet",
       type_written="Råd"),
    _i("N03", "Prosjekt med UHR om opptak fra fagskole til bachelorstudier", "Fagskolerådet", "UHR",
       type_written="Prosjekt"),
    _i("N51", "Kartlegging av voksne studenter i fagskolene og deres behov", "Fagskolerådet", "NOKUT",
       type_written="Kartlegging"),
]

SAMETINGET = [
    _i("N52", "Kurs i karriererettleiing på samisk for rådgivarar i skulen", "Sametinget", "Karrieresentera"),
    _i("N53", "Informasjon på samisk om norskopplæring og kvalifisering", "Sametinget", "Kommunane"),
]

REGJERINGEN_KD = [
    _i("N01", "Kompetansebehovsutvalget la fram sin tredje rapport, NOU 2020: 2, og fikk nytt mandat", "KD",
       "ASD, KMD, NFD, partene i arbeidslivet"),
    _i("N56", "Veileder for regionale kompetansepartnerskap i fylkeskommunene", "Kompetanse Norge",
       "Fylkeskommunene"),
    _i("N55", "Evaluering av kompetansereformen «Lære hele livet»", "KD", "NIFU"),
    _i("N54", "Forsøk med modulstrukturert fagopplæring for voksne", "KD", "Utdanningsdirektoratet"),
]

REGJERINGEN_ASD = [
    _i("N58", "Inkluderingsdugnaden med flere tiltak for opplæring i statlige virksomheter", "ASD",
       "Statlige virksomheter"),
    _i("N59", "Evaluering av integreringsloven og introduksjonsprogrammet", "ASD", "IMDi"),
    _i("N57", "Flere kurs i arbeidsmarkedsopplæringen hos NAV for ledige og permitterte", "ASD", "NAV"),
]

VIKEN_DRAFT = [
    _i("N60", "Regionalt kompetansepartnerskap i Viken (utkast)", "Viken fylkeskommune", "NAV"),
    _i("N61", "Bransjeprogram for bygg og anlegg", "Viken fylkeskommune", "BNL"),
]
VIKEN = [
    _i("N60", "Regionalt kompetansepartnerskap i Viken med partene, NAV og høyskolene", "Viken fylkeskommune",
       "NAV, partene i arbeidslivet"),
    _i("N61", "Bransjeprogram for bygg og anlegg med kurs på fagskolene", "Viken fylkeskommune", "BNL"),
    _i("N62", "Fleksibel videregående opplæring for voksne på kveldstid", "Viken fylkeskommune",
       "Kommunene"),
]

AGDER_OLD = [
    _i("N63", "Kurs i karriereveiledning for ansatte i kommunene", "Agder fylkeskommune", "Kommunene"),
    _i("N64", "Kompetansepluss arbeid i to kommuner", "Agder fylkeskommune", "Kompetanse Norge"),
]
AGDER = [
    _i("N63", "Kurs i karriereveiledning for ansatte i kommunene og i NAV", "Agder fylkeskommune",
       "Kommunene, NAV"),
    _i("N64", "Kompetansepluss arbeid i fem kommuner i Agder", "Agder fylkeskommune", "Kompetanse Norge"),
    _i("N65", "Yrkesmessen Agder for elever i ungdomsskolen", "Agder fylkeskommune", "Opplæringskontorene"),
]

# ------------------------------------------------------------------ report metadata
# (key, member, file, author, base date, ref base, items, title, extra, counted).
_META = [
    ("2020_other_word", "LO", "lo_2020.docx", "LO", date(2021, 2, 12), 501, LO,
     "LOs rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_delmal_meaning", "NHO", "nho_2020.pdf", "NHO", date(2021, 2, 19), 2711, NHO,
     "NHO – tiltak 2020 i Nasjonal kompetansepolitisk strategi", {}, True),
    ("2020_two_row_header", "YS", "ys_2020.docx", "YS", date(2021, 2, 25), 131, YS,
     "YS – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_direct_numbering", "Akademikerne", "akademikerne_2020.docx", "Akademikerne", date(2021, 2, 22), 92,
     AKADEMIKERNE, "Akademikerne – rapportering til Kompetansepolitisk råd 2020", {"typed": {"N17", "N18"}}, True),
    ("2020_content_controls", "KS", "ks_2020.docx", "KS", date(2021, 2, 26), 1402, KS,
     "KS – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_nested_textbox", "Spekter", "spekter_2020.docx", "Spekter", date(2021, 3, 1), 577, SPEKTER,
     "Arbeidsgiverforeningen Spekter – tiltak 2020", {"textbox": {"N25"}}, True),
    ("2020_sheets", "Virke", "virke_2020.xlsx", "Virke", date(2021, 3, 2), 688, VIRKE,
     "Virkes rapportering for 2020", {}, True),
    ("2020_two_columns", "Unio", "unio_2020.pdf", "Unio", date(2021, 2, 24), 77, UNIO,
     "Unio – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_blocks_pdf", "VOFO", "vofo_2020.pdf", "VOFO", date(2021, 2, 18), 240, VOFO,
     "VOFOs rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_blocks_docx", "Kompetanseforbundet", "arsrapport_kpr_2020.docx", "Bruker", date(2021, 3, 4), 12,
     KOMPETANSEFORBUNDET, "Rapportering til Kompetansepolitisk råd for 2020", {}, True),
    ("2020_scan", "Innlandet fylkeskommune", "innlandet_fk_2020.pdf", "Innlandet fylkeskommune",
     date(2021, 3, 5), 3101, INNLANDET, "Innlandet fylkeskommune – tiltak 2020", {}, True),
    ("2020_unknown_headers", "UHR", "uhr_2020.docx", "UHR", date(2021, 2, 23), 44, UHR,
     "Universitets- og høgskolerådet (UHR) – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_content_roles", "Fagskolerådet", "fagskoleradet_2020.pdf", "Fagskolerådet", date(2021, 3, 3), 19,
     FAGSKOLERADET, "Fagskolerådet – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_nynorsk_text_only", "Sametinget", "sametinget_2020.docx", "Sametinget", date(2021, 3, 8), 300,
     SAMETINGET, "Sametinget / Sámediggi – rapportering til Kompetansepolitisk råd 2020", {}, True),
    ("2020_department_pdf", "Regjeringen", "regjeringen_kd_2020.pdf", "Kunnskapsdepartementet",
     date(2021, 3, 1), 2301, REGJERINGEN_KD,
     "Regjeringens rapportering 2020 – Kunnskapsdepartementet", {}, True),
    ("2020_department_docx", "Regjeringen", "regjeringen_asd_2020.docx", "Arbeids- og sosialdepartementet",
     date(2021, 3, 2), 4102, REGJERINGEN_ASD,
     "Regjeringens rapportering 2020 – Arbeids- og sosialdepartementet", {}, True),
    ("2020_version", "Viken fylkeskommune", "viken_fk_2020.docx", "Viken fylkeskommune", date(2021, 2, 1), 801,
     VIKEN_DRAFT, "Viken fylkeskommune – rapportering 2020 (utkast)", {}, False),
    ("2020_version", "Viken fylkeskommune", "viken_fk_2020_revidert.docx", "Viken fylkeskommune",
     date(2021, 3, 10), 802, VIKEN, "Viken fylkeskommune – rapportering 2020, revidert", {}, True),
    ("2020_version_pdf", "Agder fylkeskommune", "agder_fk_2020.pdf", "Agder fylkeskommune", date(2021, 2, 3),
     1811, AGDER_OLD, "Agder fylkeskommune – rapportering til Kompetansepolitisk råd 2020", {}, False),
    ("2020_version_pdf", "Agder fylkeskommune", "agder_fk_2020_v2.pdf", "Agder fylkeskommune",
     date(2021, 3, 12), 1812, AGDER, "Agder fylkeskommune – rapportering til Kompetansepolitisk råd 2020",
     {}, True),
    ("2020_lecture_notes", "", "forelesningsnotater_kompetanse.pdf", "Foreleser", date(2020, 9, 1), 1, (),
     "Forelesningsnotater: Kompetanse og arbeidsmarked", {}, False),
    ("2020_municipal_plan", "", "kommuneplan_samfunnsdel_2020.docx", "Nordby kommune", date(2020, 6, 15), 1, (),
     "Kommuneplanens samfunnsdel 2020–2032", {}, False),
    ("2020_research_paper", "", "forskningsartikkel_evu.pdf", "Forfatterne", date(2020, 11, 2), 1, (),
     "Etter- og videreutdanning i norsk arbeidsliv: en panelstudie", {}, False),
]


def reports() -> list[Report]:
    out = []
    for key, member, file_name, author, day, ref, items, title, extra, counted in _META:
        out.append(Report(key, member, file_name, title, author, ordered(list(items)), day, ref,
                          extra=dict(extra), counted=counted))
    check_plan(out)
    return out


def check_plan(plan: list[Report]) -> None:
    _check_plan([r for r in plan if r.items], MEASURES, JOINT, COUNCILS, COUNCIL_MIN_REPORTS, "plan_2020")


def check_truth(rows: list) -> None:
    """truth.csv of the round: every measure at least once, every row coded as its measure."""
    _check_truth(rows, MEASURES, "2020")
