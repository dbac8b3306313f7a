"""Akademikerne: the secretariat writes its documents as AsciiDoc in a Git repository (docs-as-code) and sent the
source file, not a rendering. Measures are partly rows of an AsciiDoc table, partly entries of a description
list; admonition blocks hold what is finished or planned."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, row

FILENAME = "kpr-rapport-2076.adoc"
MEMBER = "Akademikerne"
FORMAT = ("AsciiDoc source (.adoc, UTF-8, LF) from a docs-as-code repository: document header with author and "
          "revision lines and attribute entries (:toc:, :sectnums:, :lang: nb, custom attributes), '==' sections, an "
          "AsciiDoc table ([cols=…, options=header] with |===), a description list ('Name::' with continuation '+' "
          "and nested '*' items), NOTE/TIP admonitions, an include comment; written as text")
SHAPE = ("report source: section 'Råd og utvalg' with a five-column table Tiltak | Delmål | Type | Ansvar og "
         "samarbeid | Kort om (one delmål cell written as the attribute reference {dm-kbu}, resolved in the header to "
         "'1.1 Kompetansebehovsutvalget'); section 'Egne tiltak' as a description list whose items carry bullets "
         "'Delmål:', 'Type:' (missing once), 'Ansvar:' and 'Med:' and a paragraph; 'NOTE:' with a 2075 item and "
         "a 'TIP:' block 'Planer for 2077' (not truth rows); comments (//) hold reminders")
NOT_TRUTH = ("the document header and attribute entries, the comments (// …), the intro, the 'NOTE:' about "
             "'Lønns- og kompetanseundersøkelsen 2075' (finished 2075), the 'TIP:' block 'Planer for 2077' (Akademikernes "
             "EVU-konferanse), the table header row, the closing contact line")

TABLE = [
    ("Akademikerne i Kompetansebehovsutvalget (KBU)", "{dm-kbu}", "Utvalg", "Akademikerne", "",
     "Akademikerne har én av plassene for hovedorganisasjonene og bidro særlig til kapitlet om behovet for "
     "helsepersonell med høyere utdanning.", ("M01", "1.1", RAD)),
    ("Legeforeningen i Nasjonalt profesjonsråd for medisin (UHR)", "1.4", "Råd", "Den norske legeforening",
     "",
     "Legeforeningen har én plass i profesjonsrådet, som i 2076 arbeidet med felles sluttkompetanse og praksis i "
     "spesialisthelsetjenesten.", ("M04", "1.4", RAD)),
]
# description list: name, delmål, type or None, ansvar, med, paragraph, truth
DLIST = [
    ("KI-løftet – kurs for akademikere i offentlig sektor", "2.1 Digital kompetanse i hele arbeidsstyrken", "kurs",
     "Akademikerne", "KS, Unio",
     "Seks moduler om kunstig intelligens i offentlig forvaltning for jurister, økonomer og samfunnsvitere; 1 150 "
     "fullførte.", ("J02", "2.1", KURS)),
    ("Undersøkelse om bruk av KI blant akademikere", "2.1", "undersøkelse", "Akademikerne", "Opinion",
     "Undersøkelsen blant 4 000 medlemmer viser at halvparten bruker KI-verktøy i jobben, men at få har fått "
     "opplæring av arbeidsgiver.", (None, "2.1", FOU)),
    ("EVU-stipend fra Samfunnsviterne", "Koble kompetansebehov og utdanningstilbud", None, "Samfunnsviterne", "",
     "Forbundet delte ut 260 stipender til medlemmer som tok videreutdanning ved siden av jobb.",
     (None, "2.4", KURS)),
]


def build(out) -> list[dict]:
    L = ["= Akademikernes rapport til Kompetansepolitisk råd 2076",
         "Akademikerne sekretariatet <post@akademikerne.no>",
         "v1.3, 2077-01-11: Klar for innsending",
         ":doctype: article", ":lang: nb", ":toc: left", ":toc-title: Innhold", ":sectnums:", ":icons: font",
         ":dm-kbu: 1.1 Kompetansebehovsutvalget", ":rapportaar: 2076", "",
         "// Bygges med: asciidoctor-pdf -a pdf-theme=akademikerne kpr-rapport-2076.adoc",
         "// include::felles/kontaktinfo.adoc[] -- tatt ut før innsending", "",
         "Dette er Akademikernes tiltak i {rapportaar}. Tiltak som ble avsluttet i 2075 eller som er planlagt for "
         "2077, er omtalt til slutt og er ikke en del av rapporteringen.", "",
         "== Råd og utvalg", "",
         '[cols="3,1,1,2,4",options="header"]', "|===", "|Tiltak |Delmål |Type |Ansvar og samarbeid |Kort om", ""]
    rows = []
    for name, dm, typ, ansv, med, kort, truth in TABLE:
        aos = ansv + (f" (med {med})" if med else "")
        L += [f"|{name}", f"|{dm}", f"|{typ}", f"|{aos}", f"|{kort}", ""]
        rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, kort))
    L += ["|===", "", "== Egne tiltak", ""]
    for name, dm, typ, ansv, med, para, truth in DLIST:
        L.append(f"{name}::")
        L.append(f"* Delmål: {dm}")
        if typ:
            L.append(f"* Type: {typ}")
        L.append(f"* Ansvar: {ansv}")
        if med:
            L.append(f"* Med: {med}")
        L += ["+", para, ""]
        rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, para))
    L += ["// TODO: sjekk tallene for stipend med Samfunnsviterne", "",
          "== Avsluttet og planlagt", "",
          "NOTE: Lønns- og kompetanseundersøkelsen 2075 ble avsluttet i 2075 og er derfor ikke med.", "",
          "[TIP]", ".Planer for 2077", "====", "* Akademikernes EVU-konferanse (april 2077)",
          "* Nettverk for tillitsvalgte i staten om kompetanseplaner", "====", "",
          "Kontakt: Siri Mo, Akademikerne, siri.mo@akademikerne.no", ""]
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_bytes().decode("utf-8")
