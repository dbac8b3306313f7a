"""Kompetanseforbundet: a hand-written ODT whose visible part is an ordinary four-column table (Tiltak og omtale /
Strategiens delmål / Tiltakstype og ansvar / Partnere): the name and the description as two paragraphs in the first
cell, the kind and «Ansvar: …» as two paragraphs in the third. Below it a Writer section hidden from view
(text:section text:display="none") keeps last year's table «Tiltak i 2091 – skjult, til intern sammenligning» with two
measures: it does not show on screen or in print."""
from __future__ import annotations

import zipfile

from .common import ARR, FOU, INFO, KURS, NFK, RAD, Odt, odt_text, row, write_odf, odf_meta

FILENAME = "Kompetanseforbundet – rapportering 2092.odt"
MEMBER = "Kompetanseforbundet"
FORMAT = ("ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps) with a "
          "hidden section (text:section text:display=\"none\") holding last year's table")
SHAPE = ("ordinary Writer table Tiltak og omtale / Strategiens delmål / Tiltakstype og ansvar / Partnere: the bold "
         "name and the description as two paragraphs in one cell, the kind and «Ansvar: …» as two paragraphs in "
         "another; delmål as code with words («1.3 Karriereveiledning»); the member's kind words (Forumarbeid, "
         "Veiledningstjeneste, Kurs, Fagdag, Undersøkelse); the NFK seat named «NFK – Kompetanseforbundets "
         "representant»; a hidden section «Tiltak i 2091 – skjult, til intern sammenligning» with two measures that "
         "neither show nor print")
NOT_TRUTH = ("the title and intro, the header, the Strategiens delmål cells, the kind words and «Ansvar:» labels, the "
             "closing lines, and the whole hidden section (its heading and the 2091 measures 'Veiledernettverk "
             "Innlandet' and 'Webinar om livslang læring')")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak og omtale", "Strategiens delmål", "Tiltakstype og ansvar", "Partnere"]

# name, text, dm words, kind, ansvar, partners, seed, delmål, type
ROWS = [
    ("NFK – Kompetanseforbundets representant",
     "Generalsekretæren representerer forbundet i Nasjonalt forum for karriereveiledning og deltok på forumets fire "
     "møter. Forbundet ga innspill til forumets arbeid med kvalitetsrammeverket for karriereveiledning.",
     "1.3 Karriereveiledning", "Forumarbeid", "Generalsekretæren", "", NFK, "1.3", RAD),
    ("Karrieresamtalen.no – veiledere fra forbundet",
     "Tolv av forbundets sertifiserte karriereveiledere tok vakter i Karrieresamtalen.no gjennom året, til sammen "
     "2 300 samtaler.", "1.3 Karriereveiledning", "Veiledningstjeneste", "Fagrådet for karriereveiledning",
     "HK-dir, fylkeskommunene", "J05", "1.3", INFO),
    ("Sertifiseringskurs for karriereveiledere",
     "Kurs over fire samlinger som gir sertifisering etter forbundets standard. 48 veiledere ble sertifisert i 2092.",
     "1.3 Karriereveiledning", "Kurs", "Fagrådet for karriereveiledning", "Høgskolen i Innlandet", None, "1.3", KURS),
    ("Fagdag om realkompetanse i arbeidslivet",
     "Fagdag i Trondheim for HR-ansatte og veiledere om hvordan erfaring fra arbeidslivet kan dokumenteres og brukes. "
     "140 deltakere.", "2.5 Dokumentere kompetanse", "Fagdag", "Sekretariatet", "Fagskolerådet", None, "2.5", ARR),
    ("Medlemsundersøkelse om bruk av kompetanseplaner",
     "Undersøkelse blant 900 medlemmer om hvordan virksomhetene bruker kompetanseplaner og kompetansekartlegging.",
     "2.2 Kunnskap om læring i arbeidslivet", "Undersøkelse", "Sekretariatet", "", None, "2.2", FOU),
]

HIDDEN = [
    ("Veiledernettverk Innlandet", "Nettverk for karriereveiledere i Innlandet, avsluttet i juni 2091.",
     "1.3 Karriereveiledning", "Nettverk", "Sekretariatet", "Karriere Innlandet"),
    ("Webinar om livslang læring", "Webinar for medlemmene i mars 2091.", "2.2 Kunnskap om læring i arbeidslivet",
     "Webinar", "Sekretariatet", ""),
]


def _table_rows(items):
    out = [[[(h, "")] for h in HEAD]]
    for name, txt, dm, kind, ans, partners, *_ in items:
        out.append([[[(name, "b")], [(txt, "")]], dm, [[(kind, "")], [(f"Ansvar: {ans}", "")]], partners or ""])
    return out


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10pt")
    o.p([("Kompetanseforbundet – rapportering til Kompetansepolitisk råd 2092", "")], style="P_title")
    o.p("Kompetanseforbundet er foreningen for karriereveiledere og HR-fagfolk. Tabellen viser tiltakene våre i 2092.",
        style="P_sub")
    o.table([5.6, 3.4, 3.8, 3.6], _table_rows(ROWS))
    start = len(o.body)
    o.h("Tiltak i 2091 – skjult, til intern sammenligning", level=2)
    o.table([5.6, 3.4, 3.8, 3.6], _table_rows(HIDDEN))
    hidden = "".join(o.body[start:])
    o.body[start:] = ['<text:section text:name="Fjoraret" text:display="none">' + hidden + "</text:section>"]
    o.p("Trondheim, 16. januar 2093")
    o.p("Hege Lyng Aune, generalsekretær", style="P_small")
    meta = odf_meta("Kompetanseforbundet – rapportering 2092", "Hege Lyng Aune")
    write_odf(out / FILENAME, "application/vnd.oasis.opendocument.text", o.content(), o.styles(footer=""), meta)
    rows = []
    for name, txt, dm, kind, ans, partners, seed, dmc, ty in ROWS:
        rows.append(row(FILENAME, MEMBER, name, seed, dmc, ty, ans, partners, txt))
    return rows


def text(path) -> str:
    return odt_text(path)


def hidden_section(path) -> str:
    with zipfile.ZipFile(path) as z:
        c = z.read("content.xml").decode("utf-8")
    i = c.find('text:display="none"')
    return c[i:c.find("</text:section>", i)] if i >= 0 else ""
