"""KS: an export from KS' project register in DIF (Data Interchange Format), the plain values of one table as
Calc writes it (Windows-1252, LF). The header row Prosjektnr / Tiltak / Beskrivelse / Strategikobling /
Virkemiddeltype / Ansvarlig enhet / Eksterne parter / Status; project numbers as numbers; partners separated by
semicolons. One project's status says it ended at the last turn of the year. The trap is a regional project named
like the joint Helsefagløftet."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, row

FILENAME = "KS prosjektregister – uttrekk KPR 2087.dif"
MEMBER = "KS"
FORMAT = ("DIF (Data Interchange Format) as written by a Calc export: TABLE/VECTORS/TUPLES/DATA header, one "
          "BOT tuple per row, string cells «1,0» + quoted text, numbers «0,n» + V, EOD; Windows-1252, LF; written as "
          "text")
SHAPE = ("project-register extract: one table, header row Prosjektnr / Tiltak / Beskrivelse / Strategikobling "
         "(«Strategien 2.3») / Virkemiddeltype (KS' words: Rådsplass, Utviklingsprosjekt, Regionalt prosjekt, "
         "Opplæring, Analyse, Nettside) / Ansvarlig enhet / Eksterne parter («A; B; C») / Status; no formatting, no "
         "title; a status «Avsluttet ved forrige årsskifte»; a regional project named like the joint one")
NOT_TRUTH = ("the header row, the Prosjektnr, Strategikobling, Virkemiddeltype and Status cells, project 41207 "
             "'Lederprogram for oppvekstsjefer' (ended at the last turn of the year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Prosjektnr", "Tiltak", "Beskrivelse", "Strategikobling", "Virkemiddeltype", "Ansvarlig enhet",
        "Eksterne parter", "Status"]
# nr, name, desc, strat, kind, enhet, partners, status, seed, dm, type
ROWS = [
    (40118, "SRY – KS' representasjon",
     "KS har én plass i Samarbeidsrådet for yrkesopplæring. KS la vekt på læreplasser i kommunene og på "
     "rekruttering til helsearbeiderfaget.", "Strategien 2.3", "Rådsplass", "KS Arbeidsgiverpolitikk", [], "Pågår",
     "M04", "2.3", RAD),
    (40342, "Helsefagløftet – kommunenes del",
     "Kommunene tilbyr assistenter et løp fram til fagbrev som helsefagarbeider i jobben. 118 kommuner deltok i "
     "2087, og KS har ansvaret for avtalene med kommunene.", "Strategien 2.5", "Utviklingsprosjekt",
     "KS Arbeidsgiverpolitikk", ["Fagforbundet", "Spekter"], "Pågår", "J02", "2.5", PROSJEKT),
    (40355, "Helsefagløftet i Nord-Troms",
     "Eget regionalt prosjekt som KS Nord-Norge eier sammen med tre kommuner, med samlinger og veiledning på "
     "nordsamisk. Prosjektet er ikke en del av det nasjonale Helsefagløftet.", "Strategien 2.5",
     "Regionalt prosjekt", "KS Nord-Norge", ["Kåfjord kommune", "Nordreisa kommune", "Skjervøy kommune"], "Pågår",
     None, "2.5", PROSJEKT),
    (40410, "Digitaliseringskurs for folkevalgte",
     "Fire nettsamlinger om kunstig intelligens og personvern for kommunestyrer og fylkesting. 1 900 folkevalgte "
     "deltok.", "Strategien 2.1", "Opplæring", "KS Digitalisering", ["KS-Konsulent"], "Gjennomført", None, "2.1",
     KURS),
    (40522, "Kommunal kompetanseanalyse 2087",
     "Analyse av hvilke stillinger kommunene har vanskeligst for å fylle, og hvilke tiltak for kompetanse som virker. "
     "Rapporten kom i september.", "Strategien 2.2", "Analyse", "KS Utredning", ["Telemarksforsking"],
     "Gjennomført", None, "2.2", FOU),
    (40601, "Læreplassportalen for kommunene",
     "Nettside der kommunene lyser ut læreplasser og ungdom kan søke direkte. 214 kommuner har tatt portalen i "
     "bruk.", "Strategien 2.3", "Nettside", "KS Arbeidsgiverpolitikk", ["fylkeskommunene"], "Pågår", None, "2.3",
     INFO),
    (41207, "Lederprogram for oppvekstsjefer",
     "Programmet hadde sitt siste kull i fjor.", "Strategien 2.4", "Opplæring", "KS Ledelse",
     ["Høgskulen på Vestlandet"], "Avsluttet ved forrige årsskifte", "", "", None),
]


def _dif(table: list[list]) -> bytes:
    ncols = max(len(r) for r in table)
    out = ["TABLE", "0,1", '"KS"', "VECTORS", f"0,{ncols}", '""', "TUPLES", f"0,{len(table)}", '""', "DATA", "0,0",
           '""']
    for r in table:
        out += ["-1,0", "BOT"]
        for v in r:
            if isinstance(v, (int, float)):
                out += [f"0,{v}", "V"]
            else:
                out += ["1,0", '"' + str(v).replace('"', '""') + '"']
    out += ["-1,0", "EOD"]
    return ("\n".join(out) + "\n").encode("cp1252")


def build(out) -> list[dict]:
    table = [HEAD]
    rows = []
    for nr, name, desc, strat, kind, enhet, partners, status, seed, dm, ty in ROWS:
        table.append([nr, name, desc, strat, kind, enhet, "; ".join(partners), status])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, enhet, ", ".join(partners), desc))
    (out / FILENAME).write_bytes(_dif(table))
    return rows


def text(path) -> str:
    """The string cells of the DIF file, one per line."""
    lines = path.read_bytes().decode("cp1252").split("\n")
    out = []
    for i, ln in enumerate(lines[:-1]):
        if ln == "1,0":
            s = lines[i + 1]
            out.append(s[1:-1].replace('""', '"'))
    return "\n".join(out)
