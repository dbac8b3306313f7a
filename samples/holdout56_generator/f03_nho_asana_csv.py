"""NHO: the skills team plans its year in an Asana project; the report is Asana's 'Eksporter → CSV'. Asana writes
its fixed columns first and the project's custom fields (Delmål, Tiltakstype, Ansvarlig enhet, Samarbeid) last;
subtasks are rows of their own with 'Parent task' filled in."""
from __future__ import annotations

import csv
import io

from .common import ARR, FOU, KURS, RAD, csv_text, row

FILENAME = "NHO_Kompetansepolitisk_rapportering_2076.csv"
MEMBER = "NHO"
FORMAT = ("CSV as exported from Asana ('Eksporter/skriv ut → CSV'): comma-separated, UTF-8, LF line ends, Asana's "
          "fixed columns (Task ID, Created At, Completed At, Last Modified, Name, Section/Column, Assignee, Assignee "
          "Email, Start Date, Due Date, Tags, Notes, Projects, Parent task, Blocked By (Dependencies), Blocking "
          "(Dependencies)) followed by the project's custom fields; ISO dates; written with the csv module")
SHAPE = ("task list: sections 'Innsatsområde 1 – Gode valg', 'Innsatsområde 2 – Læring i arbeidslivet', 'Ferdig i "
         "2075' and 'Neste år (2077)'; one task per measure (Name), the description in Notes, custom fields Delmål "
         "(enum: code+words or code only; empty once, the goal then paraphrased in the notes), Tiltakstype (NHO's "
         "words; empty once), Ansvarlig enhet, Samarbeid; subtasks (Parent task set) are practical to-dos")
NOT_TRUTH = ("the header, the subtasks 'Sende invitasjon til skolene', 'Bestille stands i Oslo Spektrum' and 'Lage "
             "spørreskjema' (Parent task set), the task 'Kampanjen «Fagfolk for framtida»' in section 'Ferdig i "
             "2075' (completed 2075-10-30), the task 'Kompetanseforum for sjømatnæringen' in 'Neste år (2077)', "
             "assignees, e-mails, ids and dates")

HEADER = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee",
          "Assignee Email", "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task",
          "Blocked By (Dependencies)", "Blocking (Dependencies)", "Delmål", "Tiltakstype", "Ansvarlig enhet",
          "Samarbeid"]
PROJECT = "Kompetansepolitisk rapportering 2076"
S1, S2, S75, S77 = ("Innsatsområde 1 – Gode valg", "Innsatsområde 2 – Læring i arbeidslivet", "Ferdig i 2075",
                    "Neste år (2077)")

# id, section, completed, name, notes, parent, delmål, type, ansvar, samarbeid, truth
TASKS = [
    ("1207401552100011", S1, "", "NHO – plass i Kompetansebehovsutvalget",
     "NHO har én av arbeidsgiverplassene. Vi leverte data fra NHOs kompetansebarometer til utvalgets temarapport "
     "om helse og omsorg og deltok på alle fem møtene.", "", "1.1 KBU", "Rådsarbeid", "NHO Kompetanse og innovasjon",
     "", ("M01", "1.1", RAD)),
    ("1207401552100014", S1, "", "NHOs representant i Nasjonalt fagskoleråd",
     "Rådet ga i 2076 råd om finansiering av fagskolene og om godkjenning av bransjeutviklede fagskoletilbud.", "",
     "1.4 Samarbeid utdanning–arbeidsliv", "Rådsarbeid", "NHO Kompetanse og innovasjon", "Norsk Industri",
     ("M05", "1.4", RAD)),
    ("1207401552100019", S1, "", "NHO Agder i yrkesopplæringsnemnda",
     "NHO Agder har to plasser i fylkets yrkesopplæringsnemnd og har arbeidet for flere læreplasser i industrien.",
     "", "1.2", "Regional representasjon", "NHO Agder", "Agder fylkeskommune", ("U", "1.2", RAD)),
    ("1207401552100023", S2, "2076-11-28", "Grønn fagarbeider – kompetanseprogram for elektro og VVS",
     "Bransjeprogrammet ga etterutdanning i energieffektivisering og solkraft til fagarbeidere i 140 bedrifter.",
     "", "2.4", "Kompetanseprogram", "NHO Elektro", "El og IT Forbundet, fagskolene", ("J01", "2.4", KURS)),
    ("1207401552100027", S2, "2076-11-09", "Yrkesfaguka 2076",
     "Ei uke i november der 60 medlemsbedrifter åpnet dørene for ungdomsskoleelever. Bidrar til å synliggjøre "
     "karrieremulighetene i yrkesfagene.", "", "", "Arrangement", "NHO Service og Handel",
     "Fylkeskommunene, YS", ("J03", "2.3", ARR)),
    ("1207401552100031", "", "", "Sende invitasjon til skolene", "", "Yrkesfaguka 2076", "", "", "", "", None),
    ("1207401552100032", "", "2076-10-02", "Bestille stands i Oslo Spektrum", "", "Yrkesfaguka 2076", "", "", "", "",
     None),
    ("1207401552100035", S2, "2076-06-20", "NHOs kompetansebarometer 2076",
     "Spørreundersøkelse blant 5 800 medlemsbedrifter om udekket kompetansebehov; 61 prosent melder at de mangler "
     "fagarbeidere.", "", "2.2 Kunnskapsgrunnlag om læring i arbeidslivet", "", "NHO Analyse", "Nordisk institutt "
     "for studier av innovasjon, forskning og utdanning (NIFU)", ("U", "2.2", FOU)),
    ("1207401552100036", "", "2076-02-11", "Lage spørreskjema", "", "NHOs kompetansebarometer 2076", "", "", "", "",
     None),
    ("1207401552100040", S75, "2075-10-30", "Kampanjen «Fagfolk for framtida»",
     "Avsluttet høsten 2075.", "", "2.3", "Kampanje", "NHO", "", None),
    ("1207401552100044", S77, "", "Kompetanseforum for sjømatnæringen",
     "Oppstart planlagt mars 2077.", "", "1.2", "Forum", "NHO Sjømat", "", None),
]


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    rows = []
    for i, (tid, sec, done, name, notes, parent, dm, typ, ansv, samarb, truth) in enumerate(TASKS):
        created = f"2076-{1 + i % 3:02d}-{10 + i:02d}"
        w.writerow([tid, created, done, "2077-01-09", name, sec, ["Sigrid Lund", "Håkon Berg"][i % 2],
                    ["sigrid.lund@nho.no", "hakon.berg@nho.no"][i % 2], "", "2076-12-15" if not parent else "",
                    "KPR" if not parent else "", notes, PROJECT, parent, "", "", dm, typ, ansv, samarb])
        if truth:
            seed = None if truth[0] == "U" else truth[0]
            rows.append(row(FILENAME, MEMBER, name, seed, truth[1], truth[2], ansv, samarb, notes))
    (out / FILENAME).write_bytes(buf.getvalue().encode("utf-8"))
    return rows


def text(path) -> str:
    return csv_text(path.read_bytes().decode("utf-8"))
