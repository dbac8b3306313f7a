"""Fagskolerådet: the secretariat tracks the year in a Todoist project and sent the project exported 'as a
template' (CSV). Todoist writes one line per section, task, sub-task (INDENT 2) and comment (TYPE note), blank
lines between blocks; labels are '@word' at the end of the task text."""
from __future__ import annotations

import csv
import io

from .common import ARR, FOU, KURS, PROSJEKT, RAD, csv_text, row

FILENAME = "Fagskolerådet – KPR 2076.csv"
MEMBER = "Fagskolerådet"
FORMAT = ("CSV as written by Todoist's 'Eksporter som mal' (template CSV v2): comma-separated, UTF-8 with BOM, "
          "CRLF, header TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,"
          "DURATION_UNIT,DEADLINE,DEADLINE_LANG, rows of TYPE section / task / note and empty separator rows; "
          "written with the csv module")
SHAPE = ("project template: sections named after the delmål (code+words, words only, code only) plus 'Arkiv 2075' "
         "and 'Neste år (2077)'; each measure a task whose CONTENT is the name followed by a label for the kind "
         "(@råd, @arrangement, @prosjekt, @kurs; none once), DESCRIPTION with 'Ansvar:' and 'Med:' lines and the "
         "description after a blank line; sub-tasks (INDENT 2) and comments (note rows) are practical notes")
NOT_TRUTH = ("the header, section rows, the sub-task 'Bestille lokaler og streaming' (INDENT 2), the note rows "
             "(comments), the tasks 'Fagskoledagen 2075 @arrangement @avsluttet' (section 'Arkiv 2075') and "
             "'Innspill til ny fagskolestrategi @innspill' (section 'Neste år (2077)', DATE 15.03.2077), labels, "
             "authors and responsible persons")

HEADER = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG",
          "TIMEZONE", "DURATION", "DURATION_UNIT", "DEADLINE", "DEADLINE_LANG"]
A = "Tone Lie (41822190)"
B = "Geir Hamre (41822977)"

# section, [(type, name, label, ansvar, med, desc, indent, date, truth)]
BLOCKS = [
    ("Delmål 1.4 – samarbeid utdanning og arbeidsliv", [
        ("task", "Nasjonalt fagskoleråd – rådsmøter", "@råd", "Fagskolerådet", "KD, HK-dir",
         "Rådet hadde fire møter i 2076 og ga råd om finansieringssystemet og om godkjenning av "
         "bransjeutviklede fagskoletilbud.", 1, "", ("M05", "1.4", RAD)),
        ("note", "Referatene ligger i Teams-kanalen.", "", "", "", "", 1, "", None),
        ("task", "Fagskolekonferansen 2076", "@arrangement", "Fagskolerådet", "Nasjonalt fagskoleråd, NHO, LO",
         "To dager i Stavanger med 420 deltakere om fagskolenes rolle i det grønne skiftet.", 1, "",
         (None, "1.4", ARR)),
        ("task", "Bestille lokaler og streaming", "", "", "", "", 2, "", None),
    ]),
    ("2.1", [
        ("task", "Kurs i nettpedagogikk for fagskolelærere", "@kurs", "Fagskolerådet", "NTNU",
         "Et nettbasert kurs på 10 studiepoeng for lærere som underviser i nett- og samlingsbaserte "
         "fagskoletilbud; 85 fullførte.", 1, "", (None, "2.1", KURS)),
    ]),
    ("Dokumentere kompetanse fra arbeidslivet", [
        ("task", "Realkompetanseportalen: fagskolemodulen", "@prosjekt", "Fagskolerådet", "HK-dir, UHR",
         "Fagskolerådet utviklet sammen med HK-dir den delen av portalen som brukes ved opptak til fagskole på "
         "grunnlag av realkompetanse.", 1, "", ("J06", "2.5", PROSJEKT)),
        ("task", "Kartlegging av realkompetansevurdering i fagskolene", "", "Fagskolerådet", "",
         "Spørreundersøkelse til alle fagskoler om hvordan de vurderer realkompetanse, og hvor lang tid det tar.",
         1, "", (None, "2.5", FOU)),
        ("note", "Tall fra Geir kommer i uke 3.", "", "", "", "", 1, "", None),
    ]),
    ("Arkiv 2075", [
        ("task", "Fagskoledagen 2075", "@arrangement @avsluttet", "Fagskolerådet", "", "Holdt 12. mai 2075.", 1, "",
         None),
    ]),
    ("Neste år (2077)", [
        ("task", "Innspill til ny fagskolestrategi", "@innspill", "Fagskolerådet", "", "", 1, "15.03.2077", None),
    ]),
]


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    rows = []
    for sec, items in BLOCKS:
        w.writerow(["section", sec, "", "", "", "", "", "", "", "", "", "", "", ""])
        w.writerow([""] * 14)
        for i, (typ, name, label, ansv, med, desc, indent, date, truth) in enumerate(items):
            if typ == "note":
                w.writerow(["note", name, "", "", "", A, "", "", "", "", "", "", "", ""])
                w.writerow([""] * 14)
                continue
            d = []
            if ansv:
                d.append(f"Ansvar: {ansv}")
            if med:
                d.append(f"Med: {med}")
            if desc:
                d += ["", desc]
            content = name + (f" {label}" if label else "")
            w.writerow(["task", content, "\n".join(d), "4" if indent == 1 else "1", str(indent), A,
                        B if i % 2 else A, date, "nb" if date else "", "Europe/Oslo", "", "", "", ""])
            w.writerow([""] * 14)
            if truth:
                rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, desc))
    (out / FILENAME).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    return rows


def text(path) -> str:
    return csv_text(path.read_bytes().decode("utf-8-sig"))
