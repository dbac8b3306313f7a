"""VOFO: the measures are kept in a small LibreOffice Base database, and VOFO sent the .odb file itself. The package
is an OpenDocument database (mimetype application/vnd.oasis.opendocument.base) with an embedded HSQLDB 1.8: the data
live in database/script as SQL (CREATE MEMORY TABLE and INSERT statements, every non-ASCII letter written as a \\uXXXX
escape, as HSQLDB writes its script), beside database/properties. Table "Tiltak" (ID, Tittel, Omtale, DelmaalID,
Kategori, Ansvarlig, Partnere, Aar, Status) refers to table "Delmaal" (ID, Kode, Tekst) by number, so the delmål code
is found by the join; a saved query «Tiltak 2088» in content.xml selects Aar = 2088. One row is from 2087; one row is
dated 2088 but its Status says it was postponed to March 2089. The trap is VOFO's own network modelled on NFK."""
from __future__ import annotations

import re
import zipfile

from .common import ARR, INFO, KURS, PROSJEKT, RAD, row, write_zip, xml_esc

FILENAME = "VOFO tiltaksregister 2088.odb"
MEMBER = "VOFO"
FORMAT = ("LibreOffice Base database (.odb, hand-written: stored mimetype first, content.xml with db:data-source "
          "«sdbc:embedded:hsqldb» and a saved query, settings.xml, manifest, and the embedded HSQLDB 1.8 files "
          "database/script and database/properties; zip with fixed timestamps)")
SHAPE = ("a database instead of a document: table Tiltak (ID / Tittel / Omtale / DelmaalID / Kategori / Ansvarlig / "
         "Partnere / Aar / Status) whose DelmaalID points to a row of table Delmaal (ID / Kode / Tekst, all sixteen "
         "delmål with the strategy's text); the rows are INSERT statements in database/script with æøå as \\u00e6 "
         "\\u00f8 \\u00e5 escapes and quotes doubled; VOFO's kind words (Forum, Materiell, Nettverk, Prosjekt, "
         "Konferanse, Kurs); the saved query «Tiltak 2088» filters on Aar; one row has Aar 2087, one has Aar 2088 but "
         "Status «Utsatt – holdes i mars 2089»")
NOT_TRUTH = ("the table Delmaal (a code list, not measures), the ID, DelmaalID, Kategori, Aar and Status values, the row "
             "'Regionale kontaktmøter med fylkeskommunene' (Aar 2087, Avsluttet), the row 'Studieforbundsdagen' (Aar "
             "2088 but postponed to March 2089), the saved query, the settings and properties")
SPLIT_FIELDS = ("samarbeidspartnere",)

DELMAAL = [
    ("1.1", "Etablere et kompetansebehovsutvalg (KBU)"),
    ("1.2", "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle"),
    ("1.3", "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning"),
    ("1.4", "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet"),
    ("2.1", "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken"),
    ("2.2", "Styrke kunnskapsgrunnlaget om læring i arbeidslivet"),
    ("2.3", "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker"),
    ("2.4", "Koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere"),
    ("2.5", "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet"),
    ("2.6", "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning"),
    ("3.1", "Gi fleksibel opplæring på voksnes premisser"),
    ("3.2", "Stimulere til bruk av Kompetanseplussordningene"),
    ("3.3", "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken"),
    ("3.4", "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere"),
    ("3.5", "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere"),
    ("3.6", "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor"),
]
DM_ID = {code: i for i, (code, _t) in enumerate(DELMAAL, 1)}

# id, title, omtale, delmål, kategori, ansvarlig, partners (list), aar, status, seed, type
ROWS = [
    (3, "Nasjonalt forum for karriereveiledning",
     "VOFO har frivillighetens plass i forumet og deltok på tre møter. VOFO løftet fram studieforbundenes kurs som en "
     "vei til nye valg for voksne.", "1.3", "Forum", "VOFO", [], 2088, "Gjennomført", "M01", RAD),
    (4, "Språkstøtte.no – studieforbundenes materiell",
     "Studieforbundene har laget samtaleopplegg og lesesirkler til Språkstøtte.no som frivillige kan bruke i "
     "språkkafeer og på arbeidsplasser.", "3.4", "Materiell", "VOFO",
     ["Studieforbundet AOF", "Folkeuniversitetet"], 2088, "Gjennomført", "J05", INFO),
    (5, "Nettverk for studieforbundenes karriereveiledere",
     "VOFO har startet et eget nettverk for de ansatte i studieforbundene som gir deltakere råd om videre læring. "
     "Nettverket er VOFOs eget og er ikke en del av Nasjonalt forum for karriereveiledning.", "1.3", "Nettverk",
     "VOFO", [], 2088, "Pågår", None, RAD),
    (6, "Kompetansepluss frivillighet i lag og foreninger",
     "Kurs i lesing, regning og digitale ferdigheter for voksne i 46 lag og foreninger, finansiert gjennom "
     "Kompetansepluss frivillighet. 780 deltakere.", "3.2", "Prosjekt", "Studieforbundet kultur og tradisjon",
     ["HK-dir"], 2088, "Gjennomført", None, PROSJEKT),
    (7, "Frivillighetens læringskonferanse",
     "Konferanse i Bergen med 220 deltakere om læring i frivillige organisasjoner og hvordan flere voksne kan finne "
     "motivasjon til å lære.", "3.6", "Konferanse", "VOFO", ["Frivillighet Norge"], 2088, "Gjennomført", None, ARR),
    (8, "Kurs for nye kursledere",
     "Pedagogisk kurs for 340 nye kursledere i studieforbundene, med vekt på voksne deltakere med lite skolegang.",
     "3.6", "Kurs", "VOFO", [], 2088, "Gjennomført", None, KURS),
    (1, "Regionale kontaktmøter med fylkeskommunene",
     "Møter med kompetanseansvarlige i fylkeskommunene om studieforbundenes rolle i regionen.", "1.2", "Møte", "VOFO",
     [], 2087, "Avsluttet", "", None),
    (9, "Studieforbundsdagen",
     "Nasjonal dag der studieforbundene viser fram kurstilbudet sitt.", "3.6", "Arrangement", "VOFO", [], 2088,
     "Utsatt – holdes i mars 2089", "", None),
]


def _sql_str(s: str) -> str:
    out = []
    for ch in s:
        if ch == "'":
            out.append("''")
        elif ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _script() -> str:
    lines = [
        'SET DATABASE COLLATION "Norwegian"',
        "CREATE SCHEMA PUBLIC AUTHORIZATION DBA",
        'CREATE MEMORY TABLE "Delmaal"("ID" INTEGER NOT NULL PRIMARY KEY,"Kode" VARCHAR(5),"Tekst" VARCHAR(400))',
        'CREATE MEMORY TABLE "Tiltak"("ID" INTEGER GENERATED BY DEFAULT AS IDENTITY(START WITH 0) NOT NULL PRIMARY '
        'KEY,"Tittel" VARCHAR(200),"Omtale" VARCHAR(2000),"DelmaalID" INTEGER,"Kategori" VARCHAR(40),"Ansvarlig" '
        'VARCHAR(120),"Partnere" VARCHAR(300),"Aar" INTEGER,"Status" VARCHAR(100),CONSTRAINT SYS_FK_61 FOREIGN '
        'KEY("DelmaalID") REFERENCES "Delmaal"("ID"))',
        'ALTER TABLE "Tiltak" ALTER COLUMN "ID" RESTART WITH 10',
        'CREATE USER SA PASSWORD ""',
        "GRANT DBA TO SA",
        "SET WRITE_DELAY 60",
        "SET SCHEMA PUBLIC",
    ]
    for i, (code, txt) in enumerate(DELMAAL, 1):
        lines.append(f'INSERT INTO "Delmaal" VALUES({i},{_sql_str(code)},{_sql_str(txt)})')
    for rid, title, om, dm, kat, ans, med, aar, status, _s, _t in sorted(ROWS):
        part = _sql_str(", ".join(med)) if med else "NULL"
        lines.append(f'INSERT INTO "Tiltak" VALUES({rid},{_sql_str(title)},{_sql_str(om)},{DM_ID[dm]},'
                     f'{_sql_str(kat)},{_sql_str(ans)},{part},{aar},{_sql_str(status)})')
    return "\n".join(lines) + "\n"


PROPERTIES = """#HSQL Database Engine 1.8.0.10
#Fri Jan 14 10:20:00 CET 2089
hsqldb.script_format=0
runtime.gc_interval=0
sql.enforce_strict_size=true
hsqldb.cache_size_scale=8
readonly=false
hsqldb.nio_data_file=false
hsqldb.cache_scale=13
version=1.8.0
hsqldb.default_table_type=cached
hsqldb.cache_file_scale=1
hsqldb.lock_file=true
hsqldb.log_size=10
modified=no
hsqldb.cache_version=1.7.0
hsqldb.original_version=1.8.0
hsqldb.compatible_version=1.8.0
"""

DB_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:xlink="http://www.w3.org/1999/xlink" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
         'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
         'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
         'xmlns:db="urn:oasis:names:tc:opendocument:xmlns:database:1.0" office:version="1.3"')

QUERY = ('SELECT "t"."Tittel", "t"."Omtale", "d"."Kode" AS "Delmål", "t"."Kategori", "t"."Ansvarlig", '
         '"t"."Partnere", "t"."Status" FROM "Tiltak" AS "t" LEFT JOIN "Delmaal" AS "d" ON "t"."DelmaalID" = '
         '"d"."ID" WHERE "t"."Aar" = 2088 ORDER BY "t"."ID"')


def _content() -> str:
    cols = "".join(f'<db:column db:name="{c}" db:help-message="" db:visible="true"/>'
                   for c in ("Tittel", "Omtale", "DelmaalID", "Kategori", "Ansvarlig", "Partnere", "Aar", "Status"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {DB_NS}><office:scripts/><office:font-face-decls/>'
            '<office:automatic-styles/><office:body><office:database>'
            '<db:data-source><db:connection-data><db:connection-resource xlink:href="sdbc:embedded:hsqldb" '
            'xlink:type="simple"/><db:login db:is-password-required="false"/></db:connection-data>'
            '<db:driver-settings db:system-driver-settings="" db:base-dn="" db:parameter-name-substitution="false"/>'
            '<db:application-connection-settings db:is-table-name-length-limited="false" '
            'db:append-table-alias-name="false" db:max-row-count="100"><db:table-filter><db:table-include-filter>'
            '<db:table-filter-pattern>%</db:table-filter-pattern></db:table-include-filter></db:table-filter>'
            '</db:application-connection-settings></db:data-source>'
            f'<db:queries><db:query db:name="Tiltak 2088" db:command="{xml_esc(QUERY)}"/></db:queries>'
            f'<db:table-representations><db:table-representation db:name="Tiltak"><db:columns>{cols}</db:columns>'
            '</db:table-representation><db:table-representation db:name="Delmaal"/></db:table-representations>'
            '</office:database></office:body></office:document-content>\n')


SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">'
            '<office:settings><config:config-item-set config:name="ooo:view-settings"/>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="JavaDriverClass" config:type="string"/>'
            '<config:config-item config:name="EnableSQL92Check" config:type="boolean">false</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>\n')

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.base"/>\n'
            ' <manifest:file-entry manifest:full-path="database/script" manifest:media-type=""/>\n'
            ' <manifest:file-entry manifest:full-path="database/properties" manifest:media-type=""/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n')


def build(out) -> list[dict]:
    write_zip(out / FILENAME, [("mimetype", "application/vnd.oasis.opendocument.base", False),
                               ("database/script", _script(), True), ("database/properties", PROPERTIES, True),
                               ("settings.xml", SETTINGS, True), ("content.xml", _content(), True),
                               ("META-INF/manifest.xml", MANIFEST, True)])
    return [row(FILENAME, MEMBER, title, seed, dm, ty, ans, ", ".join(med), om)
            for _id, title, om, dm, _k, ans, med, _a, _st, seed, ty in ROWS if ty]


# ------------------------------------------------------------------ reading back (verify)
_INSERT = re.compile(r'^INSERT INTO "([^"]+)" VALUES\((.*)\)$')
_VAL = re.compile(r"'((?:[^']|'')*)'|(NULL)|(-?\d+(?:\.\d+)?)")


def script_rows(path) -> dict[str, list[list]]:
    """table -> rows, the values of each INSERT in database/script, escapes decoded."""
    with zipfile.ZipFile(path) as z:
        script = z.read("database/script").decode("ascii")
    tables: dict[str, list[list]] = {}
    for line in script.splitlines():
        m = _INSERT.match(line)
        if not m:
            continue
        vals = []
        for vm in _VAL.finditer(m.group(2)):
            if vm.group(1) is not None:
                s = vm.group(1).replace("''", "'")
                vals.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda u: chr(int(u.group(1), 16)), s))
            elif vm.group(2):
                vals.append(None)
            else:
                vals.append(vm.group(3))
        tables.setdefault(m.group(1), []).append(vals)
    return tables


def text(path) -> str:
    out = []
    for table, rows in script_rows(path).items():
        out.append(table)
        out += ["\t".join("" if v is None else str(v) for v in r) for r in rows]
    return "\n".join(out)
