"""Kompetanseforbundet: the general secretary keeps the year's work in a TaskPaper file (plain text: 'Name:' lines
are projects, '- ' lines are tasks, other lines are notes; @tag(value) carries data) and sent the file as it is."""
from __future__ import annotations

from .common import ARR, FOU, INFO, PROSJEKT, RAD, row

FILENAME = "Kompetanseforbundet KPR 2076.taskpaper"
MEMBER = "Kompetanseforbundet"
FORMAT = ("TaskPaper plain text (.taskpaper, UTF-8, LF, tab indentation): projects are lines ending in ':', tasks "
          "start with '- ', notes are other indented lines; tags @type(…), @ansvar(…), @med(…), @done(date), "
          "@due(date), @flagged; written as text")
SHAPE = ("outline: a root project for the report, sub-projects named after the delmål (code+words, words only, "
         "code only), one task per measure with tags for the kind in the organisation's words (missing once), "
         "ansvar and partners (a comma list inside @med(…)), the description as an indented note; some tasks are "
         "@done in 2076; a project 'Arkiv' with a task @done(2075-…) and a project '2077' with @due(2077-…) tasks "
         "(not truth rows)")
NOT_TRUTH = ("the project lines, the note under the root project, the Arkiv task 'Voksenpedagogisk nettverk "
             "(avsluttet)' @done(2075-11-20), the 2077 tasks 'Konferanse om voksnes læring' and 'Ny medlemsundersøkelse' "
             "(@due 2077), tag values other than the ones in truth, the reminder 'ring HK-dir om tall'")

# project, [(name, type tag or None, ansvar, med, done, note, truth)]
PROJECTS = [
    ("1.3 Karriereveiledning", [
        ("Kompetanseforbundet i Nasjonalt forum for karriereveiledning", "forum", "Generalsekretær",
         "HK-dir", "2076-11-30",
         "Vi deltok på forumets fire møter og la fram erfaringer fra veiledning av voksne i arbeid.",
         ("M06", "1.3", RAD)),
        ("Veiledningsløftet 50+", "prosjekt", "Kompetanseforbundet", "Unio, NAV", "",
         "Sammen med Unio tilbyr vi karrieresamtaler for arbeidstakere over 50 år; vårt bidrag er opplæring av "
         "veiledere og en nettside med verktøy.", ("J05", "1.3", PROSJEKT)),
        ("Medlemsbrev om arbeidet i NFK", "medlemsbrev", "Kompetanseforbundet", "", "2076-12-05",
         "Fire korte brev til medlemmene om hva Nasjonalt forum for karriereveiledning har drøftet.",
         (None, "1.3", INFO)),
    ]),
    ("Kunnskap om læring i arbeidslivet", [
        ("Undersøkelse om voksne fagskolestudenter", "undersøkelse", "Kompetanseforbundet", "Fagskolerådet",
         "2076-10-15",
         "Spørreundersøkelse blant 1 600 studenter over 30 år om hvorfor de tok fagskole, og hva arbeidsgiver "
         "bidro med.", (None, "2.2", FOU)),
    ]),
    ("3.6", [
        ("Webinarserie om voksnes læringsglede", None, "Kompetanseforbundet", "VOFO", "",
         "Seks webinarer for ansatte i studieforbund og frivillige lag om hvordan de kan nå voksne som ikke liker "
         "skole.", (None, "3.6", ARR)),
    ]),
]


def build(out) -> list[dict]:
    L = ["Rapport til Kompetansepolitisk råd 2076:",
         "\tSendes sekretariatet innen 20. januar 2077. Ett punkt per tiltak.", ""]
    rows = []
    for proj, tasks in PROJECTS:
        L.append(f"\t{proj}:")
        for name, typ, ansv, med, done, note, truth in tasks:
            tags = []
            if typ:
                tags.append(f"@type({typ})")
            tags.append(f"@ansvar({ansv})")
            if med:
                tags.append(f"@med({med})")
            if done:
                tags.append(f"@done({done})")
            L.append(f"\t\t- {name} " + " ".join(tags))
            L.append(f"\t\t\t{note}")
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, note))
        L.append("")
    L += ["\t- ring HK-dir om tall @flagged", "",
          "Arkiv:", "\t- Voksenpedagogisk nettverk (avsluttet) @type(nettverk) @done(2075-11-20)", "",
          "2077:", "\t- Konferanse om voksnes læring @type(konferanse) @due(2077-04-20)",
          "\t- Ny medlemsundersøkelse @due(2077-09-01)", ""]
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_bytes().decode("utf-8")
