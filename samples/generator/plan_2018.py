"""Which seed row goes in which 2018 report, and how each member words the rows it shares.

Rule of the plan: a row in its owner's report keeps the seed text byte for byte; a shared council
(KBU row 1, RSA 31, UHR 33, SRY 38) or a joint measure (14, 61, 71, 97, 116) in another member's report
is written in that member's own words, naming the council or the partner member, with the seed's delmål
and type. That is what the real reports looked like, and what the pipeline has to merge back.
"""

from __future__ import annotations

from datetime import date

from .model import Item, Report
from .seed import load_seed

YEAR = 2018

# A plan entry is a seed row number (seed text as is) or (row, overrides) for a member's own wording.
Entry = int | tuple[int, dict]


def _r(first: int, last: int) -> list[int]:
    return list(range(first, last + 1))


# ------------------------------------------------------------------ rows per report (seed order within)
REGJERINGEN = [1, *_r(3, 12), *_r(21, 25), 29, 30, 32, 41, 43, 47, 50, *_r(52, 57), 65, 66, 67, 69,
               90, 92, 93, 94, 100, 101, *_r(104, 107), 111, 114, 115, 119, 120, 122, 125]

LO: list[Entry] = [
    (1, dict(tiltak="LO deltar i Kompetansebehovsutvalget (KBU)", ansvarlig="KD",
             samarbeidspartnere="Hovedorganisasjonene i arbeidslivet, KMD, ASD")),
    27, 34, 35, 36,
    (38, dict(tiltak="LO er representert i Samarbeidsrådet for yrkesopplæring (SRY) og i de faglige rådene",
              ansvarlig="Partene", samarbeidspartnere="LOs forbund")),
    48, 51, 68,
    (71, dict(tiltak="LO Stat og Spekter arrangerte et felles seminar under Arendalsuka 2018 om verdien av å "
                     "fornye de ansattes kompetanse",
              ansvarlig="LO Stat og Spekter", samarbeidspartnere="")),
    91,
    (97, dict(tiltak="Felles konferanse med Spekter i Oslo 30. november 2017 for å få flere virksomheter til å "
                     "ta inn lærlinger",
              ansvarlig="LO", samarbeidspartnere="Spekter")),
    102, 108,
]

# NHO prints types with its own words and a status column (footnoted "per 31.12.2018").
NHO: list[Entry] = [
    (1, dict(tiltak="Medlem av Kompetansebehovsutvalget", ansvarlig="KD",
             samarbeidspartnere="Hovedorganisasjonene, departementene", type_written="Utvalg",
             status="Løpende")),
    (20, dict(type_written="Rapport", status="Ferdigstilt")),
    (31, dict(tiltak="NHO og regionkontorene deltar i RSA ved universitetene og høyskolene",
              ansvarlig="UH-institusjonene", samarbeidspartnere="NHOs regionkontorer, landsforeninger",
              type_written="Råd", status="Løpende")),
    (33, dict(tiltak="Deltakelse i UHRs fagstrategiske enheter", ansvarlig="UHR",
              samarbeidspartnere="Landsforeningene", type_written="Nettverk", status="Løpende")),
    (38, dict(tiltak="NHO deltar i SRY, de faglige rådene og yrkesopplæringsnemndene", ansvarlig="Partene",
              samarbeidspartnere="Landsforeningene, LO", type_written="Råd", status="Løpende")),
    (86, dict(type_written="Rapport", status="Ferdigstilt")),
    (87, dict(type_written="Utredning", status="Pågår")),
    (88, dict(type_written="Utredning", status="Pågår")),
    (89, dict(type_written="Kampanje", status="Gjennomført")),
    (110, dict(type_written="Kampanje", status="Avsluttet 2018")),
]

UNIO: list[Entry] = [
    (31, dict(tiltak="Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler",
              ansvarlig="", samarbeidspartnere="Unios forbund")),
    (33, dict(tiltak="Unio deltar i universitets- og høyskolerådets fagstrategiske enheter", ansvarlig="",
              samarbeidspartnere="Utdanningsforbundet, Forskerforbundet, Norsk Sykepleierforbund")),
    (38, dict(tiltak="Deltakelse i yrkesopplæringsnemndene", ansvarlig="", samarbeidspartnere="")),
    58,
    (61, dict(tiltak="Partssammensatt arbeidsgruppe i det statlige tariffområdet om kompetanse og "
                     "digitalisering",
              ansvarlig="", samarbeidspartnere="YS, LO Stat, Akademikerne, KMD")),
    72, 73, 126,
]

KS: list[Entry] = [
    (13, dict(status="Pågår")),
    (14, dict(status="Pågår", kommentar="Felles med Trøndelag fylkeskommune")),
    (31, dict(tiltak="KS er representert i RSA ved flere universiteter og høgskoler", ansvarlig="UH-sektoren",
              samarbeidspartnere="Kommuner, fylkeskommuner")),
    (38, dict(tiltak="KS er representert i yrkesopplæringsnemndene og de faglige rådene (SRY)",
              ansvarlig="Partene", samarbeidspartnere="Fylkeskommunene")),
    39,
    (40, dict(status="Avsluttet 2018")),
    (42, dict(status="Pågår")),
    44, 45,
    (59, dict(status="Pågår", kommentar="Prosjektperiode ut 2019")),
    60, 64, 75, 76, 77,
    (78, dict(status="Planlagt", kommentar="Oppstart 2019")),
    79,
    (99, dict(status="Avsluttet 2018")),
]

YS: list[Entry] = [
    (1, dict(tiltak="YS er representert i KBU", ansvarlig="KD", samarbeidspartnere="Partene i arbeidslivet")),
    49,
    (61, dict(tiltak="YS Stat deltar i partssammensatt arbeidsgruppe på statlig tariffområde om digital "
                     "kompetanse",
              ansvarlig="Partene i staten", samarbeidspartnere="Unio, LO Stat, Akademikerne, KMD")),
    74,
    (116, dict(tiltak="Hurtigsporet: samarbeidsprosjekt med Virke og Oslo kommune for å få flyktninger raskt i "
                      "arbeid, kombinert med norskopplæring. Avsluttet i 2018 og videreført av Oslo kommune.",
               ansvarlig="Oslo kommune", samarbeidspartnere="Virke, Oslo kommune")),
]

VIRKE: list[Entry] = [
    (31, dict(tiltak="Virke deltar i rådene for samarbeid med arbeidslivet ved universiteter og høgskoler",
              ansvarlig="UH", samarbeidspartnere="Medlemsvirksomheter")),
    (33, dict(tiltak="Medlem i Universitets- og høgskolerådets fagstrategiske enheter (UHR)", ansvarlig="UHR",
              samarbeidspartnere="")),
    (38, dict(tiltak="Virke sitter i Samarbeidsrådet for yrkesopplæring", ansvarlig="Partene",
              samarbeidspartnere="LO, NHO, KS, Spekter")),
    62, 63, 103,
    (116, dict(tiltak="Oppfølging av Hurtigsporet – flyktninger raskt i arbeid kombinert med norskopplæring, "
                      "i samarbeid med YS og Oslo kommune. Prosjektet er overført til Oslo kommune som fast "
                      "tiltak.",
               ansvarlig="Oslo kommune", samarbeidspartnere="YS, Virke")),
]

AKADEMIKERNE: list[Entry] = [
    (1, dict(tiltak="Akademikerne er medlem av kompetansebehovsutvalget og bidrar med kunnskap om behovet for "
                    "høyt utdannet arbeidskraft",
             ansvarlig="", samarbeidspartnere="Departementene, de andre hovedorganisasjonene")),
    26, *_r(80, 85),
]

# Spekter owns 71 and 97 (first named), so they keep the seed text here; Spekter adds comments.
SPEKTER: list[Entry] = [
    37,
    (33, dict(tiltak="Spekter har plass i UHRs fagstrategiske enheter for helse- og sosialfag", ansvarlig="UHR",
              samarbeidspartnere="Helseforetakene", kommentar="Løpende")),
    (38, dict(tiltak="Medlem av SRY og flere faglige råd", ansvarlig="Partene", samarbeidspartnere="")),
    (70, dict(kommentar="Løpende arbeid")),
    71, 95,
    (96, dict(kommentar="Om lag 200 deltakere")),
    97, 98,
]

VOFO = [*_r(15, 18), 112, 113, 127, 128, 129]

TRONDELAG: list[Entry] = [
    (14, dict(tiltak="Kompetanseløft Trøndelag (DigiT) – digitaliseringsutval for kommunane i Trøndelag",
              ansvarlig="Trøndelag fylkeskommune, KS og Fylkesmannen i Trøndelag",
              samarbeidspartnere="Kommunane i Trøndelag")),
]


# ------------------------------------------------------------------ report metadata
# (key, member, file, author, base date, ref base, rows, title, subtitle). The key picks the writer.
_META = [
    ("regjeringen", "Regjeringen", "regjeringen_2018.pdf", "Kunnskapsdepartementet", date(2019, 3, 1), 1402,
     REGJERINGEN, "Regjeringens rapportering til Kompetansepolitisk råd 2018",
     "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021"),
    ("lo", "LO", "lo_2018.docx", "LO", date(2019, 2, 15), 311, LO,
     "Rapportering til Kompetansepolitisk råd 2018 – Landsorganisasjonen i Norge (LO)", ""),
    ("nho", "NHO", "nho_2018.pdf", "NHO", date(2019, 2, 20), 2207, NHO,
     "NHOs rapportering til Kompetansepolitisk råd for 2018", "Næringslivets Hovedorganisasjon"),
    ("unio", "Unio", "unio_2018.docx", "Unio", date(2019, 2, 22), 58, UNIO,
     "Unio – rapportering av tiltak 2018", "Nasjonal kompetansepolitisk strategi"),
    ("ks", "KS", "ks_2018.pdf", "KS", date(2019, 2, 26), 1180, KS,
     "KS – rapportering til Kompetansepolitisk råd 2018", "Kommunesektorens organisasjon"),
    ("ys", "YS", "ys_rapport_2018.docx", "Bruker", date(2019, 2, 28), 94, YS,
     "Rapportering til Kompetansepolitisk råd", "Tiltak 2018 – Nasjonal kompetansepolitisk strategi"),
    ("virke", "Virke", "virke_2018.pdf", "Virke", date(2019, 3, 4), 512, VIRKE,
     "Virkes rapportering til Kompetansepolitisk råd 2018", "Hovedorganisasjonen Virke"),
    ("akademikerne", "Akademikerne", "akademikerne_2018.docx", "Akademikerne", date(2019, 2, 27), 77,
     AKADEMIKERNE, "Akademikernes rapportering til Kompetansepolitisk råd – 2018", ""),
    ("spekter", "Spekter", "spekter_2018.docx", "Spekter", date(2019, 3, 5), 436, SPEKTER,
     "Arbeidsgiverforeningen Spekter – rapportering for 2018", "Nasjonal kompetansepolitisk strategi"),
    ("vofo", "VOFO", "vofo_2018.pdf", "VOFO", date(2019, 2, 18), 205, VOFO,
     "VOFO – rapportering til Kompetansepolitisk råd 2018", "Voksenopplæringsforbundet"),
    ("more_og_romsdal", "Møre og Romsdal fylkeskommune", "more_og_romsdal_fk_2018.docx",
     "Møre og Romsdal fylkeskommune", date(2019, 3, 8), 3391, [2, 28, 118],
     "Rapportering til Kompetansepolitisk råd 2018 – Møre og Romsdal fylkeskommune", ""),
    ("vestland", "Vestland fylkeskommune", "vestland_fk_2018.pdf", "Vestland fylkeskommune",
     date(2019, 3, 11), 877, [19], "Rapport frå Vestland fylkeskommune",
     "Kompetansepolitisk råd – tiltak 2018"),
    ("vestfold", "Vestfold fylkeskommune", "vestfold_fk_2018.docx", "Vestfold fylkeskommune",
     date(2019, 3, 6), 1543, [(46, dict(status="Pågår"))],
     "Vestfold fylkeskommune – rapportering til Kompetansepolitisk råd 2018", ""),
    ("hedmark", "Hedmark fylkeskommune", "hedmark_fk_2018.pdf", "Hedmark fylkeskommune",
     date(2019, 3, 7), 2620, [109, 121, 124], "Hedmark fylkeskommune – rapportering av tiltak 2018",
     "Kompetansepolitisk råd"),
    ("telemark", "Telemark fylkeskommune", "telemark_fk_2018.docx", "Telemark fylkeskommune",
     date(2019, 3, 12), 955, [117], "Telemark fylkeskommune – rapportering til Kompetansepolitisk råd 2018",
     ""),
    ("sogn_og_fjordane", "Sogn og Fjordane fylkeskommune", "sogn_og_fjordane_fk_2018.pdf",
     "Sogn og Fjordane fylkeskommune", date(2019, 3, 1), 418, [123],
     "Rapportering frå Sogn og Fjordane fylkeskommune 2018", "Kompetansepolitisk råd"),
    ("trondelag", "Trøndelag fylkeskommune", "trondelag_fk_2018.docx", "Trøndelag fylkeskommune",
     date(2019, 3, 13), 7731, TRONDELAG, "Trøndelag fylkeskommune – rapport til Kompetansepolitisk råd 2018",
     ""),
]

# Rows that several reports carry; anywhere else a row must sit in exactly one report.
SHARED = {1, 14, 31, 33, 38, 61, 71, 97, 116}


def _item(entry: Entry) -> Item:
    seed = load_seed()
    row, over = (entry, {}) if isinstance(entry, int) else entry
    s = seed[row]
    base = dict(seed_row=row, delmal=s.delmal, tiltak=s.tiltak, type=s.type, ansvarlig=s.ansvarlig,
                samarbeidspartnere=s.samarbeidspartnere)
    base.update(over)
    return Item(**base)


def _ordered(items: list[Item]) -> tuple[Item, ...]:
    """Grouped by delmål (reports follow the strategy's order); plan order kept within a delmål."""
    return tuple(sorted(items, key=lambda i: tuple(int(p) for p in i.delmal.split("."))))


def reports() -> list[Report]:
    out = []
    for key, member, file_name, author, day, ref, entries, title, subtitle in _META:
        items = _ordered([_item(e) for e in entries])
        out.append(Report(key, member, file_name, title, author, items, day, ref, subtitle))
    check_plan(out)
    return out


def check_plan(plan: list[Report]) -> None:
    """Every seed row in at least one report; only the known shared rows in more than one;
    delmål and type of every item equal to the seed's (paraphrase changes words, never coding)."""
    seed = load_seed()
    seen: dict[int, list[str]] = {}
    problems = []
    for rep in plan:
        for it in rep.items:
            seen.setdefault(it.seed_row, []).append(rep.key)
            s = seed[it.seed_row]
            if (it.delmal, it.type) != (s.delmal, s.type):
                problems.append(f"{rep.key}: row {it.seed_row} coded {it.delmal}/{it.type}, "
                                f"seed {s.delmal}/{s.type}")
    missing = sorted(set(seed) - set(seen))
    if missing:
        problems.append(f"seed rows in no report: {missing}")
    dupes = {r: ks for r, ks in seen.items() if len(ks) > 1 and r not in SHARED}
    if dupes:
        problems.append(f"rows in several reports but not marked shared: {dupes}")
    names = [r.file_name for r in plan]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    if problems:
        raise ValueError("plan_2018 is inconsistent:\n" + "\n".join(problems))
