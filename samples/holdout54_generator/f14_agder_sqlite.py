"""Agder fylkeskommune: a copy of the county's own measures register – an SQLite database where the measures table
points to lookup tables for delmål, category and unit, partners sit in a junction table, and a view selects the
report."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "agder_fk_tiltaksregister_2074.sqlite"
MEMBER = "Agder fylkeskommune"
FORMAT = ("SQLite 3 database file (Python sqlite3, page size 4096, VACUUMed), as copied out of a small in-house "
          "registration app")
SHAPE = ("relational register: table tiltak (tittel, delmal_id, kategori_id, enhet_id, omtale, status, rapportaar, "
         "slettet, endret) with foreign keys to delmal (kode, kortnavn), kategori (the county's own category names) "
         "and enhet (the responsible unit); partners only in the junction table tiltak_partner → partner, ordered "
         "by rekkefolge; a view v_kpr_rapport_2074 with the joins; rows of 2073 (avsluttet) and 2075 (planlagt), a "
         "soft-deleted duplicate and a meta table (not truth rows)")
NOT_TRUTH = ("the meta table, the lookup rows not used, the rows 'Karrieremessa Agder 2073' (rapportaar 2073, "
             "avsluttet), 'Agder kompetanseuke 2075' (rapportaar 2075, planlagt) and the soft-deleted duplicate "
             "'Yrkesfagdag Sørlandet (dobbel)' (slettet = 1)")
SPLIT_FIELDS = ("samarbeidspartnere",)

DELMAL = [("1.1", "Kompetansebehovsutvalg"), ("1.2", "Regionalt folkevalgt nivå"), ("1.3", "Karriereveiledning"),
          ("1.4", "Samarbeid utdanning og arbeidsliv"), ("2.1", "Digital kompetanse"),
          ("2.2", "Kunnskapsgrunnlag om læring i arbeidslivet"), ("2.3", "Yrkesfaglige karrieremuligheter"),
          ("2.4", "Kompetansebehov og utdanningstilbud"), ("2.5", "Dokumentere kompetanse fra arbeidslivet"),
          ("2.6", "Utenlandsk utdanning"), ("3.1", "Fleksibel opplæring for voksne"), ("3.2", "Kompetansepluss"),
          ("3.3", "Opplæring i arbeidsmarkeds- og integreringspolitikken"), ("3.4", "Norsk og kvalifisering"),
          ("3.5", "NAVs opplæringstilbud"), ("3.6", "Læring i frivillig sektor")]
KATEGORI = ["Nettverk og partnerskap", "Opplæringstilbud", "Utviklingsprosjekt", "Arrangement",
            "Analyse og utredning", "Kommunikasjon", "Råd og utvalg"]
ENHET = ["Kompetanse og karriere", "Karriere Agder", "Regional utvikling", "Fagopplæring", "Fagskolen i Agder"]

# tittel, delmål, kategori, enhet, partners, omtale, status, år, slettet, truth
TILTAK = [
    ("Karrieremessa Agder 2073", "1.3", "Arrangement", "Karriere Agder", ["NAV Agder"],
     "Messe for voksne arbeidssøkere i Arendal.", "avsluttet", 2073, 0, None),
    ("Rådet for samarbeid med arbeidslivet ved Universitetet i Agder", "1.4", "Råd og utvalg",
     "Regional utvikling", ["Universitetet i Agder", "NHO Agder", "LO i Agder"],
     "Fylkeskommunen har én plass i rådet. I 2074 drøftet rådet behovet for ingeniører og lærere i regionen.",
     "gjennomført", 2074, 0, ("M03", "1.4", RAD)),
    ("Språkløftet – norskopplæring for helsefagarbeidere", "3.4", "Utviklingsprosjekt", "Kompetanse og karriere",
     ["KS Agder", "Kristiansand kommune", "NAV Agder"],
     "Norskopplæring kombinert med helsefagarbeiderutdanning for minoritetsspråklige ansatte i helse- og "
     "omsorgstjenestene.", "pågår", 2074, 0, ("J02", "3.4", PROSJEKT)),
    ("Kvalitetsrammeverk for karriereveiledning ved Karriere Agder", "1.3", "Utviklingsprosjekt", "Karriere Agder",
     ["HK-dir"],
     "Karriere Agder tok i bruk det nasjonale kvalitetsrammeverket og fulgte opp anbefalingene fra Nasjonalt "
     "forum for karriereveiledning om veiledning for voksne.", "gjennomført", 2074, 0, (None, "1.3", PROSJEKT)),
    ("Kompetansebehovsanalyse Agder 2074", "1.2", "Analyse og utredning", "Regional utvikling",
     ["Agderforskning", "NAV Agder"],
     "Analysen kobler tall fra NAVs bedriftsundersøkelse med søkertall til videregående og høyere utdanning i "
     "Agder.", "gjennomført", 2074, 0, (None, "1.2", FOU)),
    ("Grønn omstilling – EVU for prosessindustrien", "2.4", "Opplæringstilbud", "Fagskolen i Agder",
     ["Eyde-klyngen", "Universitetet i Agder"],
     "Fagskoleemner i batteriproduksjon og prosesskontroll for ansatte i industrien, tilrettelagt for "
     "skiftarbeid.", "pågår", 2074, 0, (None, "2.4", KURS)),
    ("Yrkesfagdagen på Sørlandet", "2.3", "Arrangement", "Fagopplæring", ["opplæringskontorene i Agder"],
     "Ungdomsskoleelever fra hele fylket prøvde yrkesfag på stands drevet av lærlinger og lærebedrifter.",
     "gjennomført", 2074, 0, (None, "2.3", ARR)),
    ("Yrkesfagdag Sørlandet (dobbel)", "2.3", "Arrangement", "Fagopplæring", [],
     "Registrert to ganger – se Yrkesfagdagen på Sørlandet.", "gjennomført", 2074, 1, None),
    ("Agder kompetanseuke 2075", "1.2", "Arrangement", "Regional utvikling", ["NHO Agder"],
     "Ei uke med seminarer om kompetanse i arbeidslivet, planlagt til mars 2075.", "planlagt", 2075, 0, None),
]

SCHEMA = """
CREATE TABLE meta (nokkel TEXT PRIMARY KEY, verdi TEXT);
CREATE TABLE delmal (id INTEGER PRIMARY KEY, kode TEXT NOT NULL UNIQUE, kortnavn TEXT);
CREATE TABLE kategori (id INTEGER PRIMARY KEY, navn TEXT NOT NULL);
CREATE TABLE enhet (id INTEGER PRIMARY KEY, navn TEXT NOT NULL);
CREATE TABLE partner (id INTEGER PRIMARY KEY, navn TEXT NOT NULL UNIQUE);
CREATE TABLE tiltak (
    id INTEGER PRIMARY KEY,
    tittel TEXT NOT NULL,
    delmal_id INTEGER REFERENCES delmal(id),
    kategori_id INTEGER REFERENCES kategori(id),
    enhet_id INTEGER REFERENCES enhet(id),
    omtale TEXT,
    status TEXT CHECK (status IN ('planlagt', 'pågår', 'gjennomført', 'avsluttet')),
    rapportaar INTEGER NOT NULL,
    slettet INTEGER NOT NULL DEFAULT 0,
    endret TEXT
);
CREATE TABLE tiltak_partner (
    tiltak_id INTEGER REFERENCES tiltak(id),
    partner_id INTEGER REFERENCES partner(id),
    rekkefolge INTEGER,
    PRIMARY KEY (tiltak_id, partner_id)
);
CREATE VIEW v_kpr_rapport_2074 AS
SELECT t.id, t.tittel, d.kode AS delmal, k.navn AS kategori, e.navn AS ansvarlig,
       (SELECT group_concat(navn, ', ') FROM (SELECT p.navn FROM tiltak_partner tp JOIN partner p ON p.id = tp.partner_id
         WHERE tp.tiltak_id = t.id ORDER BY tp.rekkefolge)) AS samarbeid,
       t.omtale
FROM tiltak t
JOIN delmal d ON d.id = t.delmal_id
LEFT JOIN kategori k ON k.id = t.kategori_id
LEFT JOIN enhet e ON e.id = t.enhet_id
WHERE t.rapportaar = 2074 AND t.slettet = 0;
"""


def build(out) -> list[dict]:
    target = out / FILENAME
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "db.sqlite"
        con = sqlite3.connect(p)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("app", "Tiltaksregisteret v2.3 (intern)"), ("eier", "Agder fylkeskommune, Kompetanse og karriere"),
            ("eksportert", "2075-01-16T14:05:00"), ("merknad", "Kopi til sekretariatet i Kompetansepolitisk råd. "
                                                             "Bruk visningen v_kpr_rapport_2074.")])
        # ids deliberately not in code order (the register grew over time)
        dm_ids = {}
        for i, (k, n) in enumerate(DELMAL):
            dm_ids[k] = 100 + (i * 7) % 16
        for k, n in sorted(DELMAL, key=lambda x: dm_ids[x[0]]):
            con.execute("INSERT INTO delmal VALUES (?, ?, ?)", (dm_ids[k], k, n))
        kat_ids = {n: i for i, n in enumerate(KATEGORI, 1)}
        con.executemany("INSERT INTO kategori VALUES (?, ?)", [(i, n) for n, i in kat_ids.items()])
        enh_ids = {n: i for i, n in enumerate(ENHET, 11)}
        con.executemany("INSERT INTO enhet VALUES (?, ?)", [(i, n) for n, i in enh_ids.items()])
        partners = []
        for t in TILTAK:
            for pn in t[4]:
                if pn not in partners:
                    partners.append(pn)
        p_ids = {n: i for i, n in enumerate(sorted(partners), 1)}
        con.executemany("INSERT INTO partner VALUES (?, ?)", [(i, n) for n, i in p_ids.items()])
        rows = []
        for tid, (tittel, dm, kat, enh, prt, omtale, status, aar, slettet, truth) in enumerate(TILTAK, 201):
            con.execute("INSERT INTO tiltak VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (tid, tittel, dm_ids[dm], kat_ids[kat], enh_ids[enh], omtale, status, aar, slettet,
                         f"2075-01-{(tid % 9) + 5:02d}T10:00:00"))
            # partners inserted in reverse, the order is in rekkefolge
            for pos, pn in reversed(list(enumerate(prt, 1))):
                con.execute("INSERT INTO tiltak_partner VALUES (?, ?, ?)", (tid, p_ids[pn], pos))
            if truth:
                rows.append(row(FILENAME, MEMBER, tittel, truth[0], truth[1], truth[2], enh, ", ".join(prt), omtale))
        con.commit()
        con.execute("VACUUM")
        con.close()
        target.write_bytes(p.read_bytes())
    return rows


def text(path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = []
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        for r in con.execute(f"SELECT * FROM \"{name}\""):
            out.append("\t".join("" if v is None else str(v) for v in r))
    con.close()
    return "\n".join(out)
