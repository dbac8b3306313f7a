"""Regjeringen: KD/HK-dir follow the strategy in a Jira project; the report is Jira's 'Eksporter → CSV (alle
felt)'. Jira writes multi-value fields as repeated columns with the same header (Labels, Labels, …), dates as
'dd/MMM/yy h:mm AM', the description in Jira wiki markup with line breaks inside the quoted cell."""
from __future__ import annotations

import csv
import io

from .common import ARR, FOU, KURS, PROSJEKT, RAD, csv_text, row

FILENAME = "Jira 2077-01-14T09_12_33+0100.csv"
MEMBER = "Regjeringen"
FORMAT = ("CSV as exported from Jira Cloud ('Eksporter → CSV (alle felt)'): comma-separated, UTF-8 without BOM, CRLF, "
          "repeated column headers for multi-value fields (Labels ×3, Component/s ×2, Sprint ×2), Jira date format "
          "'12/Mar/76 10:04 AM', multi-line quoted cells; written with the csv module")
SHAPE = ("issue list of project KPS 'Oppfølging av kompetansestrategien': Epic rows for the three hovedinnsatsområder "
         "(not measures) and one 'Tiltak' issue per measure with Summary = name, 'Custom field (Delmål)' (code+words, "
         "code only or empty with the delmål only as a label 'delmal-1.3'), 'Custom field (Tiltakstype)' in KD's words "
         "(empty once), 'Custom field (Ansvarlig)', 'Custom field (Samarbeidspartnere)'; the description in Jira wiki "
         "markup (h4. headings, * bullets) whose first paragraph is the summary text; issues resolved in 2075 and "
         "issues with Fix version 2077 in the backlog (not truth rows); a Sub-task row")
NOT_TRUTH = ("the header row, the three Epic rows (Hovedinnsatsområde 1–3), the Sub-task 'Oppnevne nye medlemmer for "
             "perioden 2077–2080' (Parent KPS-212), the issue 'Stortingsmelding om livslang læring' (Status Lukket, "
             "Resolved 19/Jun/75 – finished 2075), the backlog issue 'Ny forskrift om realkompetansevurdering' (Fix "
             "version 2077), the 'Videre arbeid' parts of descriptions, assignees, reporters, dates, sprint names")

HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority",
          "Resolution", "Assignee", "Reporter", "Created", "Updated", "Resolved", "Fix versions", "Component/s",
          "Component/s", "Labels", "Labels", "Labels", "Description", "Sprint", "Sprint", "Parent",
          "Parent summary", "Custom field (Delmål)", "Custom field (Tiltakstype)", "Custom field (Ansvarlig)",
          "Custom field (Samarbeidspartnere)", "Custom field (Story point estimate)"]

EPICS = [("KPS-1", "20101", "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet"),
         ("KPS-2", "20102", "Hovedinnsatsområde 2 – Læring i arbeidslivet"),
         ("KPS-3", "20103", "Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet")]

# key, id, epic, status, resolution, resolved, fixv, comps, labels, summary, delmål field, type field, ansvar,
# samarbeid, lead text, extra wiki, truth
ISSUES = [
    ("KPS-212", "20212", 0, "Ferdig", "Fullført", "15/Dec/76 2:40 PM", "2076", ["KD"], ["kbu", "rad", ""],
     "Kompetansebehovsutvalget (KBU) – sekretariat og møter",
     "1.1 Etablere et kompetansebehovsutvalg (KBU)", "Utvalg", "KD", "ASD, NHO, LO, Unio, Akademikerne",
     "Utvalget hadde fem møter og leverte i september 2076 en temarapport om kompetansebehov i helse og omsorg. "
     "HK-dir er sekretariat på oppdrag fra KD.",
     "h4. Videre arbeid\n* Ny utvalgsperiode fra 2077 (se KPS-219)", ("M01", "1.1", RAD)),
    ("KPS-219", "20219", 0, "Ferdig", "Fullført", "02/Dec/76 9:15 AM", "2076", ["KD"], ["kbu", "", ""],
     "Oppnevne nye medlemmer for perioden 2077–2080", "", "", "KD", "", "Sub-task under KPS-212.", "", None),
    ("KPS-224", "20224", 0, "Ferdig", "Fullført", "20/Nov/76 11:02 AM", "2076", ["HK-dir"], ["delmal-1.3", "rad", ""],
     "Nasjonalt forum for karriereveiledning", "", "Forum", "HK-dir", "KD, fylkeskommunene, partene i arbeidslivet",
     "Forumet møttes fire ganger og behandlet særlig veiledning for voksne som står utenfor arbeidslivet.",
     "h4. Møter 2076\n* mars, juni, september, november", ("M06", "1.3", RAD)),
    ("KPS-230", "20230", 0, "Ferdig", "Fullført", "08/Dec/76 3:30 PM", "2076", ["KD", "HK-dir"], ["kbu", "", ""],
     "Innspillsmøte om KBU-rapporten 2076", "1.1", "", "KD", "KS, Unio, NHO",
     "Departementet inviterte partene og fylkeskommunene til et innspillsmøte om funnene i utvalgets temarapport "
     "før arbeidet med statsbudsjettet.", "", ("U", "1.1", ARR)),
    ("KPS-241", "20241", 1, "Ferdig", "Fullført", "11/Dec/76 10:20 AM", "2076", ["HK-dir"], ["rkp", "digital", ""],
     "Realkompetanseportalen (RKP) – versjon 1",
     "2.5 Dokumentere kompetanse fra arbeidslivet", "Utviklingsprosjekt", "HK-dir", "UHR, Fagskolerådet, fylkeskommunene",
     "Første versjon av en felles digital løsning der søkere laster opp dokumentasjon og institusjonene vurderer "
     "realkompetanse etter samme mal, ble tatt i bruk av 14 institusjoner.",
     "h4. Status\n* Pilot avsluttet, drift fra høsten 2076", ("J06", "2.5", PROSJEKT)),
    ("KPS-245", "20245", 1, "I arbeid", "", "", "2076", ["KD"], ["fagskole", "tilskudd", ""],
     "Tilskudd til fleksible fagskoletilbud",
     "2.4 Koble kompetansebehov og utdannings- og opplæringstilbud", "Tilskuddsordning", "KD", "Fylkeskommunene",
     "Ordningen ga midler til 38 deltids- og nettbaserte fagskoletilbud som er utviklet sammen med bedrifter i "
     "regionen.", "", ("U", "2.4", KURS)),
    ("KPS-251", "20251", 1, "Ferdig", "Fullført", "30/Oct/76 1:12 PM", "2076", ["KD"], ["evaluering", "", ""],
     "Evaluering av Kompetanseprogrammet", "2.2", "Evaluering", "KD", "Fafo, NIFU",
     "Evalueringen viser at tre av fire deltakere har tatt i bruk det de lærte, men at små virksomheter i liten grad "
     "kjenner til programmet.", "", ("U", "2.2", FOU)),
    ("KPS-263", "20263", 2, "Ferdig", "Fullført", "17/Dec/76 8:55 AM", "2076", ["AID", "IMDi"], ["innvandrere", "", ""],
     "Kvalifiseringsprogram for fagarbeidere med utdanning fra Ukraina",
     "3.4 Kvalifisering av innvandrere", "Program", "AID", "IMDi, HK-dir, fylkeskommunene",
     "Programmet kombinerer norskopplæring, kompletterende fagopplæring og praksis i bedrift; 410 deltakere "
     "startet i 2076.", "", ("U", "3.4", KURS)),
    ("KPS-188", "20188", 0, "Lukket", "Fullført", "19/Jun/75 4:05 PM", "2075", ["KD"], ["melding", "", ""],
     "Stortingsmelding om livslang læring", "1.2", "Stortingsmelding", "KD", "",
     "Meldingen ble lagt fram i juni 2075 og behandlet i Stortinget samme høst.", "", None),
    ("KPS-277", "20277", 1, "Backlog", "", "", "2077", ["KD"], ["rkp", "", ""],
     "Ny forskrift om realkompetansevurdering", "2.5", "Regelverk", "KD", "HK-dir",
     "Høring planlegges våren 2077.", "", None),
]


def _created(i: int) -> str:
    return f"{(3 + i) % 28 + 1:02d}/Feb/76 {9 + i % 3}:{(i * 7) % 60:02d} AM"


def build(out) -> list[dict]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    for key, iid, title in EPICS:
        w.writerow([title, key, iid, "Epic", "I arbeid", "KPS", "KPS – Oppfølging av kompetansestrategien",
                    "Medium", "", "Ingrid Solheim", "Ingrid Solheim", "04/Jan/76 9:00 AM", "10/Jan/77 2:11 PM", "",
                    "2076", "KD", "", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    rows = []
    for i, (key, iid, ep, status, res, resolved, fixv, comps, labels, summary, dm, typ, ansv, samarb, lead, extra,
            truth) in enumerate(ISSUES):
        comps = (comps + ["", ""])[:2]
        desc = f"h4. Kort om tiltaket\n{lead}" + (f"\n\n{extra}" if extra else "")
        itype = "Sub-task" if key == "KPS-219" else "Tiltak"
        parent = "20212" if key == "KPS-219" else EPICS[ep][1]
        parent_sum = ("Kompetansebehovsutvalget (KBU) – sekretariat og møter" if key == "KPS-219" else EPICS[ep][2])
        sprints = ["KPS Q4 2076", "KPS Q3 2076"] if status != "Backlog" else ["", ""]
        w.writerow([summary, key, iid, itype, status, "KPS", "KPS – Oppfølging av kompetansestrategien", "Medium",
                    res, ["Ingrid Solheim", "Tor Vik", "Mona Aas"][i % 3], "Ingrid Solheim", _created(i),
                    "10/Jan/77 2:11 PM", resolved, fixv, *comps, *labels, desc, *sprints, parent, parent_sum,
                    dm, typ, ansv, samarb, str(2 + i % 5)])
        if truth:
            seed = None if truth[0] == "U" else truth[0]
            rows.append(row(FILENAME, MEMBER, summary, seed, truth[1], truth[2], ansv, samarb, lead))
    (out / FILENAME).write_bytes(buf.getvalue().encode("utf-8"))
    return rows


def text(path) -> str:
    return csv_text(path.read_bytes().decode("utf-8"))
