"""Regjeringen: the ministries' report sent as a tabular data package (Frictionless Data Package v2) in a zip: a
datapackage.json that describes the one resource and its fields, the table as CSV, and a short LESMEG.md. The delmål
are given as a running number 1–16 through the three areas, explained only in the field description; the kind as a
short code whose labels stand in the schema's categories. A regulation that comes into force in March 2100 is told
only in words in its omtale."""
from __future__ import annotations

import csv
import io
import json
import zipfile

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, zip79

FILENAME = "Regjeringen – KPR-rapport 2099 (datapakke).zip"
MEMBER = "Regjeringen"
FORMAT = ("ZIP holding a Frictionless Data Package (v2 profile, written as text): datapackage.json with name, title, "
          "created, contributors, an NLOD licence and one tabular resource whose Table Schema has field titles, "
          "descriptions, constraints, a primary key and «categories» (value/label) for the kind; data/tiltak.csv "
          "(UTF-8 without BOM, comma, CRLF, minimal quoting); LESMEG.md; fixed zip timestamps")
SHAPE = ("open-data package instead of a document: LESMEG.md says the report is the table and the fields are "
         "described in datapackage.json; the CSV has the columns tiltak_id / tittel / delmaal_lopenr / virkemiddel / "
         "departement / samarbeid / omtale; the delmål is a running number 1–16 through the strategy (1–4 area 1, "
         "5–10 area 2, 11–16 area 3), explained only in the field's description (8 = 2.4, 11 = 3.1, 13 = 3.3); the "
         "kind is a code (DELT, UTR, OPPL, FORS, KOMM, MØTE) whose labels («Deltakelse i råd og utvalg», «Utredning "
         "og evaluering», «Tilskudd til opplæring», «Forsøk og utviklingsarbeid», «Kommunikasjon og veiledning», "
         "«Konferanser og samlinger») stand only in the schema's categories; partners separated by semicolons; the "
         "KBU seat «Departementenes plass i Kompetansebehovsutvalget»; KD's evaluation of KBU (about KBU, not a seat); "
         "a regulation in force from March 2100 told only in its omtale")
NOT_TRUTH = ("datapackage.json (metadata, field names, titles, descriptions, the category labels, licence), "
             "LESMEG.md, the CSV header, the ids, the running numbers and codes, the row R-2099-08 'Forskrift om rett "
             "til vurdering av realkompetanse' (in force from March 2100)")
SPLIT_FIELDS = ("samarbeidspartnere",)

CATEGORIES = [("DELT", "Deltakelse i råd og utvalg"), ("UTR", "Utredning og evaluering"),
              ("OPPL", "Tilskudd til opplæring"), ("FORS", "Forsøk og utviklingsarbeid"),
              ("KOMM", "Kommunikasjon og veiledning"), ("MØTE", "Konferanser og samlinger")]

# title, running number, code, ministry, partners, omtale, seed, type, delmål
ROWS = [
    ("Departementenes plass i Kompetansebehovsutvalget", 1, "DELT", "KD", ["AID", "NFD"],
     "KD, AID og NFD fulgte utvalgets sju møter som observatører. Utvalget la i september fram hovedrapporten om "
     "kompetansebehov fram mot 2110, med et eget kapittel om det grønne skiftet.", "M03", RAD, "1.1"),
    ("Evaluering av Kompetansebehovsutvalget", 1, "UTR", "KD", ["Oxford Research"],
     "KD ga Oxford Research i oppdrag å evaluere hvordan fylkeskommunene og partene bruker utvalgets rapporter. "
     "Evalueringen er KDs eget oppdrag; utvalget selv var ikke oppdragsgiver. Rapporten kom i desember.", None, FOU,
     "1.1"),
    ("Voksenløftet – nasjonal kampanje", 11, "KOMM", "KD", ["HK-dir", "fylkeskommunene", "partene i arbeidslivet"],
     "Kampanjen oppfordret voksne uten fullført videregående opplæring til å ta fagbrev eller studiekompetanse. "
     "Filmer og annonser nådde 1,9 millioner personer, og 14 000 besøkte kampanjesiden.", "J02", INFO, "3.1"),
    ("Tilskudd til bransjeprogram for varehandel og reiseliv", 8, "OPPL", "KD",
     ["HK-dir", "Virke", "NHO Reiseliv", "Handel og Kontor"],
     "Programmet ga 2 150 ansatte korte kurs i blant annet netthandel, bærekraftig drift og vertskap. Kursene ble "
     "utviklet av fagskoler og høyskoler sammen med bransjene.", None, KURS, "2.4"),
    ("Forsøk med arbeidsmarkedsopplæring som del av fagbrev", 13, "FORS", "AID",
     ["Arbeids- og velferdsdirektoratet", "seks fylkeskommuner"],
     "NAV-kontor i seks fylker kombinerte arbeidsmarkedsopplæring med opplæring i bedrift, slik at 240 "
     "arbeidssøkere kunne ta deler av fagbrevet. Fafo følger forsøket.", None, PROSJEKT, "3.3"),
    ("Digital søknad om godkjenning av utenlandsk fagutdanning", 10, "KOMM", "KD", ["HK-dir"],
     "HK-dir lanserte i april en digital søknad med veiviser på åtte språk. Saksbehandlingstiden gikk ned fra fem "
     "til to måneder.", None, INFO, "2.6"),
    ("Kompetansepolitisk toppmøte i Tromsø", 2, "MØTE", "KD", ["KS", "fylkeskommunene"],
     "Toppmøtet samlet fylkeskommunene, partene og utdanningssektoren i mai for å drøfte de regionale "
     "kompetanseplanene. 310 deltok.", None, ARR, "1.2"),
    ("Forskrift om rett til vurdering av realkompetanse", 9, "FORS", "KD", ["HK-dir"],
     "Forskriften ble fastsatt i november og trer i kraft 1. mars 2100.", "", None, ""),
]

DESCRIPTION_DM = ("Delmålets løpenummer i Nasjonal kompetansepolitisk strategi, talt fortløpende gjennom de tre "
                  "innsatsområdene: 1–4 er delmålene under innsatsområde 1 (Gode valg for den enkelte og for "
                  "samfunnet), 5–10 delmålene under innsatsområde 2 (Læring i arbeidslivet) og 11–16 delmålene under "
                  "innsatsområde 3 (Styrke kompetansen til voksne med svak tilknytning til arbeidslivet).")


def package() -> dict:
    fields = [
        {"name": "tiltak_id", "type": "string", "title": "Id", "description": "Departementenes løpenummer for "
         "tiltaket i rapporten.", "constraints": {"required": True, "unique": True, "pattern": "R-2099-[0-9]{2}"}},
        {"name": "tittel", "type": "string", "title": "Tiltak", "constraints": {"required": True}},
        {"name": "delmaal_lopenr", "type": "integer", "title": "Delmål (løpenummer)", "description": DESCRIPTION_DM,
         "constraints": {"required": True, "minimum": 1, "maximum": 16}},
        {"name": "virkemiddel", "type": "string", "title": "Virkemiddel",
         "description": "Hva slags virkemiddel tiltaket er, etter departementenes inndeling.",
         "categories": [{"value": v, "label": lab} for v, lab in CATEGORIES]},
        {"name": "departement", "type": "string", "title": "Ansvarlig departement"},
        {"name": "samarbeid", "type": "string", "title": "Samarbeidspartnere",
         "description": "Samarbeidspartnere, skilt med semikolon."},
        {"name": "omtale", "type": "string", "title": "Omtale", "description": "Hva som ble gjort i 2099."},
    ]
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "kpr-rapport-departementene-2099",
        "title": "Departementenes rapport til Kompetansepolitisk råd for 2099",
        "description": "Tiltakene departementene har gjennomført i 2099 for å følge opp Nasjonal kompetansepolitisk "
                       "strategi. Én rad per tiltak.",
        "version": "1.0.0",
        "created": "2100-01-15T10:20:00Z",
        "keywords": ["kompetansepolitikk", "Kompetansepolitisk råd", "rapportering"],
        "contributors": [
            {"title": "Kunnskapsdepartementet", "roles": ["publisher"], "path": "https://www.regjeringen.no/kd"},
            {"title": "Ingvild Tangen", "roles": ["contact"], "email": "ingvild.tangen@kd.dep.no"}],
        "licenses": [{"name": "NLOD-2.0", "title": "Norsk lisens for offentlige data (NLOD) 2.0",
                      "path": "https://data.norge.no/nlod/no/2.0"}],
        "resources": [{
            "name": "tiltak",
            "title": "Tiltak 2099",
            "path": "data/tiltak.csv",
            "type": "table",
            "scheme": "file",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"$schema": "https://datapackage.org/profiles/2.0/tableschema.json", "fields": fields,
                       "primaryKey": ["tiltak_id"]},
        }],
    }


def csv_bytes() -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["tiltak_id", "tittel", "delmaal_lopenr", "virkemiddel", "departement", "samarbeid", "omtale"])
    for i, (t, n, code, dep, partners, om, *_r) in enumerate(ROWS, 1):
        w.writerow([f"R-2099-{i:02d}", t, n, code, dep, "; ".join(partners), om])
    return buf.getvalue().encode("utf-8")


LESMEG = """# Departementenes rapport til Kompetansepolitisk råd 2099

Dette er departementenes rapport for 2099, levert som datapakke etter Frictionless-standarden (Data Package v2).

- `data/tiltak.csv` er selve rapporten: én rad per tiltak.
- `datapackage.json` beskriver feltene, også hvordan delmål og virkemiddel er kodet.

Pakken kan åpnes i Excel eller lastes inn med verktøy som leser Data Package.

Kontakt: Ingvild Tangen, Kunnskapsdepartementet
"""


def build(out) -> list[dict]:
    meta = json.dumps(package(), ensure_ascii=False, indent=2) + "\n"
    data = zip79([("datapackage.json", meta, True), ("data/tiltak.csv", csv_bytes(), True),
                  ("LESMEG.md", LESMEG, True)], system=3)
    (out / FILENAME).write_bytes(data)
    result = []
    for t, _n, _c, dep, partners, om, seed, ty, dm in ROWS:
        if ty:
            result.append(row(FILENAME, MEMBER, t, seed, dm, ty, dep, ", ".join(partners), om))
    return result


def parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(str(path)) as z:
        return {n: z.read(n) for n in z.namelist()}


def running_numbers(path) -> list[tuple[str, int, str]]:
    """(title, running number, code) of each CSV row (for verify)."""
    p = parts(path)
    rows = list(csv.DictReader(io.StringIO(p["data/tiltak.csv"].decode("utf-8"))))
    return [(r["tittel"], int(r["delmaal_lopenr"]), r["virkemiddel"]) for r in rows]


def text(path) -> str:
    p = parts(path)
    return "\n".join(p[n].decode("utf-8") for n in ("LESMEG.md", "datapackage.json", "data/tiltak.csv"))
