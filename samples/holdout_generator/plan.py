"""The held-out round for 2021: which files it has, who wrote each, in which shape (writer key)."""

from __future__ import annotations

from datetime import datetime

from . import plan_others as o
from . import plan_parties as p
from .model import Report

YEAR = 2021

YS_INGRESS = ("YS og forbundene har i 2021 arbeidet for at flere skal få lære på jobben, også når "
              "arbeidsplassen er hjemmekontoret. Her er en oppsummering til Kompetansepolitisk råd.")
YS_BEFORE = [
    "Pandemien har endret arbeidslivet raskt. Mange av YS-forbundenes medlemmer har måttet ta i bruk nye "
    "digitale verktøy på kort tid, og behovet for opplæring har vært stort både i privat og offentlig sektor. "
    "Samtidig har permitteringer og omstilling gjort det tydelig at kompetanse er den beste "
    "jobbsikkerheten.",
    "Tall fra YS Arbeidslivsbarometer viser at under halvparten av arbeidstakerne har fått opplæring i "
    "arbeidstiden det siste året. Blant dem med kort utdanning er andelen enda lavere. Mange oppgir at "
    "arbeidsmengden gjør det vanskelig å sette av tid, og at tilbudene ikke passer med turnus og skift. "
    "Dette må tas på alvor når kompetansereformen skal følges opp.",
    "Forbundene melder også at de lokale tillitsvalgte i økende grad får spørsmål om kompetanse, både om "
    "rettigheter etter hovedavtalene og om hvordan den enkelte kan planlegge sin egen utvikling. YS har "
    "derfor lagt vekt på å styrke de tillitsvalgtes kunnskap på dette feltet.",
    "YS mener at arbeidsgiverne må ta et større ansvar for å gi ansatte tid og mulighet til å lære. "
    "Trepartssamarbeidet er en forutsetning for at kompetansereformen skal lykkes, og vi har deltatt aktivt i "
    "rådets møter gjennom året.",
    "Under følger de tiltakene YS og forbundene har gjennomført eller startet i 2021, ordnet etter delmålene "
    "i strategien.",
]
YS_AFTER = [
    "I 2022 vil YS prioritere arbeidet med å gjøre korte, fleksible utdanningstilbud tilgjengelige for "
    "arbeidstakere i hele landet. Vi vil også følge opp erfaringene fra pandemien, slik at digital opplæring "
    "blir en varig del av arbeidslivet.",
    "YS takker sekretariatet for et godt samarbeid i 2021.",
]

LECTURE_SECTIONS = [
    ("1 Innledning", 1, [
        "Disse notatene gir en oversikt over norsk kompetansepolitikk etter 2017. De bygger på offentlige "
        "dokumenter og er ment som støtte til forelesningen, ikke som pensum."], []),
    ("1.1 Hva er kompetansepolitikk?", 2, [
        "Kompetansepolitikk handler om hvordan samfunnet sikrer at befolkningen har den kompetansen "
        "arbeidslivet trenger, og at den enkelte kan lære gjennom hele livet."], [
        "utdanningspolitikk, arbeidsmarkedspolitikk og næringspolitikk møtes",
        "partene i arbeidslivet har en sentral rolle"]),
    ("1.2 Regionalt nivå", 2, [
        "Fylkeskommunene fikk fra 2020 et større ansvar for kompetansepolitikken i regionene, blant annet for "
        "karriereveiledning."], []),
    ("2 Kunnskapsgrunnlaget", 1, [], []),
    ("2.1 Kompetansebehovsutvalget", 2, [
        "Kompetansebehovsutvalget (KBU) ble oppnevnt i 2017 og legger fram rapporter om Norges framtidige "
        "kompetansebehov. Utvalget består av forskere, partene og departementene."], [
        "hovedrapporter og temarapporter",
        "sekretariat i direktoratet for kompetansepolitikk"]),
    ("2.2 Læring i arbeidslivet", 2, [
        "Forskning viser at mye av voksnes læring skjer i jobben, uten at den dokumenteres. Deltakelsen i "
        "etter- og videreutdanning er lavest blant dem med kortest utdanning."], []),
    ("3 Voksne med svak tilknytning til arbeidslivet", 1, [], []),
    ("3.1 Fleksibel opplæring", 2, [
        "Forsøk med modulstrukturert opplæring skal gjøre det lettere for voksne å ta fagbrev."], []),
    ("3.2 Kompetansepluss", 2, [
        "Kompetansepluss gir tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillige "
        "organisasjoner."], []),
    ("Spørsmål til seminaret", 1, [], [
        "Hvilke aktører har ansvar for kompetansepolitikken, og hvordan samordnes de?",
        "Hva kjennetegner trepartssamarbeidet på dette feltet?"]),
]

VOFO_NAMES = {"1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar", "3.2": "Kompetanseplussordningene",
              "3.5": "NAVs opplæringstilbud for arbeidssøkere", "3.6": "Læring i frivillig sektor"}
VOFO_INTRO = ("VOFO er paraplyorganisasjon for de godkjente studieforbundene. Her er VOFOs tiltak i 2021, "
              "gruppert etter strategiens delmål.")


def _d(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2022, month, day, hour, 0)


def reports() -> list[Report]:
    return [
        Report("two_row_header", "regjeringen_2021.docx", "Regjeringen",
               "Regjeringens tiltak 2021 – Nasjonal kompetansepolitisk strategi", "Kunnskapsdepartementet",
               _d(1, 12), _d(2, 3), tuple(p.REGJERINGEN)),
        Report("direct_bullets", "lo_2021.docx", "LO", "LOs rapport til Kompetansepolitisk råd 2021", "LO",
               _d(1, 18), _d(1, 27), tuple(p.LO)),
        Report("innsats_pdf", "nho_2021.pdf", "NHO", "NHOs innsats for kompetanse i 2021", "NHO",
               _d(1, 20), _d(1, 31), tuple(p.NHO)),
        Report("form_in_content_control", "ks_rapportskjema_2021.docx", "KS",
               "Skjema for rapportering av tiltak – Kompetansepolitisk råd", "KS", _d(1, 5), _d(2, 9),
               tuple(p.KS)),
        Report("nested_tables", "spekter_2021.docx", "Spekter", "Spekters tiltak i 2021", "Spekter",
               _d(1, 14), _d(1, 28), tuple(p.SPEKTER)),
        Report("table_and_text_box", "unio_2021.docx", "Unio", "Unios rapport for 2021", "Unio",
               _d(1, 25), _d(2, 4), tuple(p.UNIO_TABLE), extra={"box": p.UNIO_BOX}),
        Report("one_sheet_per_area", "virke_2021.xlsx", "Virke", "Virke – rapport til Kompetansepolitisk råd 2021",
               "Virke", _d(1, 10), _d(2, 2), tuple(it for area in ("1", "2", "3") for it in p.VIRKE[area]),
               extra={"items": p.VIRKE, "status": {"H41": "Pågår", "H43": "Pågår"},
                      "sheets": {"1": ("1 Gode valg", "Gode valg for den enkelte og for samfunnet"),
                                 "2": ("2 Læring i arbeidslivet", "Læring i arbeidslivet"),
                                 "3": ("3 Voksne svak tilknytning", "Styrke kompetansen til voksne med svak "
                                       "tilknytning til arbeidslivet")}}),
        Report("two_columns", "ys_2021.pdf", "YS", "Kompetanse i YS 2021", "YS", _d(1, 19), _d(1, 26),
               tuple(o.YS), extra={"ingress": YS_INGRESS, "prose_before": YS_BEFORE, "prose_after": YS_AFTER}),
        Report("blocks_pdf", "akademikerne_2021.pdf", "Akademikerne", "Akademikernes tiltak 2021",
               "Akademikerne", _d(1, 21), _d(2, 2), tuple(o.AKADEMIKERNE)),
        Report("scanned_table", "troms_og_finnmark_fk_2021_skann.pdf", "Troms og Finnmark fylkeskommune",
               "Rapport til Kompetansepolitisk råd – tiltak i 2021", "", _d(2, 7), _d(2, 7),
               tuple(o.TROMS_FINNMARK),
               extra={"intro": "Fylkeskommunen rapporterer her om tiltak i 2021 som fylgjer opp den nasjonale "
                               "kompetansepolitiske strategien. Tabellen er sett opp etter delmåla i strategien."}),
        Report("paraphrase_nynorsk", "vestland_fk_2021.docx", "Vestland fylkeskommune",
               "Rapport om kompetansetiltak i Vestland 2021", "Vestland fylkeskommune", _d(1, 17), _d(1, 28),
               tuple(it for _, it in o.VESTLAND), extra={"rows": o.VESTLAND}),
        Report("group_rows", "vofo_2021_utkast.docx", "VOFO", "Utkast: VOFOs rapport for 2021", "VOFO",
               _d(1, 6), _d(1, 11), tuple(o.VOFO_DRAFT), counts=False,
               extra={"draft": True, "dateline": "Utkast 11. januar 2022 – til intern gjennomlesing",
                      "intro": VOFO_INTRO, "delmal_names": VOFO_NAMES}),
        Report("group_rows", "vofo_2021_endelig.docx", "VOFO", "VOFOs rapport for 2021", "VOFO",
               _d(1, 6), _d(2, 1), tuple(o.VOFO_FINAL),
               extra={"dateline": "Oslo, 1. februar 2022", "intro": VOFO_INTRO, "delmal_names": VOFO_NAMES}),
        Report("odt_roundtrip", "uhr_2021.docx", "UHR", "UHRs rapport til Kompetansepolitisk råd for 2021", "UHR",
               _d(1, 24), _d(2, 8), tuple(it for _, it in o.UHR), extra={"rows": o.UHR}),
        Report("merged_area_pdf", "agder_fk_2021.pdf", "Agder fylkeskommune",
               "Kompetansetiltak i Agder 2021", "Agder fylkeskommune", _d(1, 13), _d(2, 1), tuple(o.AGDER)),
        Report("lecture_notes", "forelesningsnotat_kompetansepolitikk.pdf", "",
               "Kompetansepolitikk i Norge – forelesningsnotater", "Førsteamanuensis, Institutt for pedagogikk",
               _d(3, 2), _d(3, 2), counts=False, extra={"sections": LECTURE_SECTIONS}),
    ]
