"""Møre og Romsdal fylkeskommune: a Nynorsk spreadsheet with one sheet per delmål. The delmål code is only the
sheet's name («1.2», «2.3», «3.1»); the title row of each sheet paraphrases the goal in the county's own words and
no cell repeats the code. A summary sheet counts the measures per sheet. Status tells a 2080 and a 2082 row apart."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, ods_text, row, write_ods

FILENAME = "Møre og Romsdal fylkeskommune tiltak 2081 per delmål.ods"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = "ODS (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps)"
SHAPE = ("Nynorsk workbook whose sheets are named by delmål code only: 'Samandrag' (title, a reading note «Kvart ark "
         "er eitt delmål …», a small table Ark / Tal på tiltak, contact), then sheets '1.2', '2.3', '3.1', each with "
         "a paraphrasing title row («Regional samordning», «Karrieremoglegheiter i yrkesfaga», «Opplæring på "
         "vaksne sine premissar»), header Tiltak / Kva slags / Ansvarleg / Saman med / Skildring / Status 2081; "
         "no delmål column")
NOT_TRUTH = ("the sheet 'Samandrag', the title rows and headers, the Kva slags and Status cells, the rows "
             "'Lærlingkampanjen «Fagbrev i fjordane»' (Avslutta 2080) and 'Vaksenopplæring i havbruk' "
             "(Planlagt 2082)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# sheet (delmål), title, [(name, kind, ansvar, saman med, skildring, status, seed, type)]
SHEETS = [
    ("1.2", "Regional samordning", [
        ("Kompetanseforum Møre og Romsdal", "Forum", "Seksjon for kompetanse og næring",
         "NAV, NHO, LO, Høgskolen i Molde, NTNU i Ålesund",
         "Regionalt forum som samla partane og utdanningane fire gonger og vedtok ein ny regional kompetanseplan.",
         "Gjennomført", None, RAD),
        ("Regionalt kompetansebarometer 2081", "Analyse", "Seksjon for kompetanse og næring", "Møreforsking",
         "Spørjeundersøking til 1 200 verksemder om kva kompetanse dei treng dei neste fem åra.", "Gjennomført",
         None, FOU),
    ]),
    ("2.3", "Karrieremoglegheiter i yrkesfaga", [
        ("Samarbeidsrådet for yrkesopplæring – fylkeskommunane sin plass", "Rådsarbeid",
         "Fylkesdirektøren for utdanning", "",
         "Møre og Romsdal har ein av plassane fylkeskommunane har i rådet, og tok opp mangelen på læreplassar i "
         "maritime fag.", "Gjennomført", "M01", RAD),
        ("Yrkesfagfestivalen 2081 i Ålesund", "Arrangement", "Seksjon for fagopplæring", "KS, YS",
         "Vertskap for den nasjonale festivalen i oktober, med 6 000 elevar og 140 lærebedrifter.", "Gjennomført",
         "J03", ARR),
        ("Yrkesfagdag på Nordmøre", "Arrangement", "Kristiansund vidaregåande skule", "Kristiansund kommune",
         "Ein eigen regional dag i Kristiansund etter mønster av den nasjonale festivalen, for elevar som ikkje kom "
         "seg til Ålesund.", "Gjennomført", None, ARR),
        ("Lærlingkampanjen «Fagbrev i fjordane»", "Kampanje", "Seksjon for fagopplæring", "",
         "Kampanjen gjekk i 2080.", "Avslutta 2080", "", None),
    ]),
    ("3.1", "Opplæring på vaksne sine premissar", [
        ("Fleksibel vidaregåande opplæring for vaksne i helsefag", "Kurs", "Seksjon for vaksenopplæring",
         "kommunane, Helse Møre og Romsdal",
         "Modulbasert opplæring på kveldstid og nett; 210 vaksne tok fag i helse- og oppvekstfag.", "Gjennomført",
         None, KURS),
        ("Vaksenopplæring i havbruk", "Kurs", "Seksjon for vaksenopplæring", "Sjømat Norge",
         "Nytt tilbod med oppstart hausten 2082.", "Planlagt 2082", "", None),
    ]),
]
HEAD = ["Tiltak", "Kva slags", "Ansvarleg", "Saman med", "Skildring", "Status 2081"]


def build(out) -> list[dict]:
    summary = [["Møre og Romsdal fylkeskommune – rapportering til Kompetansepolitisk råd 2081"],
               ["Kvart ark er eitt delmål i den nasjonale kompetansepolitiske strategien. Arka viser tiltaka "
                "fylkeskommunen hadde i 2081."],
               [""],
               ["Ark", "Tal på tiltak"]]
    for name, _t, items in SHEETS:
        summary.append([name, sum(1 for it in items if it[7])])
    summary += [[""], ["Kontakt: Oddny Brattvåg, seksjon for kompetanse og næring"]]
    sheets = [("Samandrag", summary, [9.0, 4.0],
               {0: "title", 1: "note", 2: "note", 3: "head", len(summary) - 2: "note", len(summary) - 1: "note"})]
    rows = []
    for name, title, items in SHEETS:
        data = [[title], [""], HEAD]
        for nm, kind, ans, med, txt, st, seed, ty in items:
            data.append([nm, kind, ans, med, txt, st])
            if ty:
                rows.append(row(FILENAME, MEMBER, nm, seed, name, ty, ans, med, txt))
        sheets.append((name, data, [6.5, 2.6, 5.0, 5.0, 9.5, 2.8], {0: "title", 1: "note", 2: "head"}))
    write_ods(out / FILENAME, sheets, "Tiltak 2081 per delmål", "Møre og Romsdal fylkeskommune")
    return rows


def text(path) -> str:
    return ods_text(path)
