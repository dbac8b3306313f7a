"""VOFO: the website's course and event calendar publishes schema.org structured data; the web agency exported the
items tagged for the council report as one JSON-LD document (@graph). Delmål are DefinedTerms referred to by @id;
the kind of measure is VOFO's own word in additionalType."""
from __future__ import annotations

import json

from .common import ARR, FOU, INFO, KURS, RAD, row

FILENAME = "vofo-kpr-2076.jsonld"
MEMBER = "VOFO"
SPLIT_FIELDS = ("samarbeidspartnere",)
FORMAT = ("JSON-LD 1.1 (application/ld+json, UTF-8, indent 2) with the schema.org context and one @graph: "
          "Organization, a DefinedTermSet of delmål with DefinedTerm nodes, and Course / Event / CreativeWork / "
          "OrganizationRole / Report nodes linked by @id; written with json.dumps (ensure_ascii=False)")
SHAPE = ("structured-data export: each measure is one node – Course (hasCourseInstance), Event (startDate, "
         "eventStatus), CreativeWork, Report or OrganizationRole (the council seat: memberOf the forum) – with name, "
         "description, additionalType in VOFO's words (missing twice), about → a DefinedTerm @id (code+words via "
         "termCode/name), a plain string (words only) or 'keywords: delmål 3.2', provider/organizer as ansvarlig and "
         "contributor/funder lists as partners; an Event of 2075 (past dates, status left as scheduled) and one with startDate "
         "in 2077 (EventScheduled) are not truth rows")
NOT_TRUTH = ("the @context, the Organization node for VOFO, the DefinedTermSet and its DefinedTerms (strategy goals, "
             "not measures), the Event 'Læringsfestivalen 2075' (startDate 2075-09-04), the Event 'Nordisk konferanse "
             "om voksnes læring 2077' (startDate 2077-05-10, EventScheduled), urls and dates")

DM = {"1.3": "Karriereveiledning", "2.1": "Digital kompetanse", "2.2": "Kunnskap om læring i arbeidslivet",
      "3.2": "Kompetansepluss", "3.6": "Læring i frivillig sektor"}

# (node, truth (seed, delmål, type), ansvar, samarbeid list, description) – ansvar/samarbeid as in the node
NODES = [
    ({"@type": "OrganizationRole", "@id": "#nfk-plass", "name": "VOFO i Nasjonalt forum for karriereveiledning",
      "additionalType": "Forum", "roleName": "medlem", "startDate": "2073-01-01",
      "member": {"@id": "#vofo"},
      "memberOf": {"@type": "Organization", "name": "Nasjonalt forum for karriereveiledning",
                   "parentOrganization": {"@type": "GovernmentOrganization", "name": "HK-dir"}},
      "about": {"@id": "#dm-1.3"}},
     ("M06", "1.3", RAD), "VOFO", [],
     "VOFO representerer studieforbundene i forumet og løftet i 2076 veiledning for voksne som tar opplæring i "
     "frivillig sektor."),
    ({"@type": "Course", "@id": "#digi-grunnkurs", "name": "Digitalt grunnkurs i studieforbundene",
      "additionalType": "Kurs", "about": {"@id": "#dm-2.1"},
      "provider": {"@type": "Organization", "name": "Studieforbundet Folkeuniversitetet"},
      "funder": [{"@type": "Organization", "name": "HK-dir"}],
      "hasCourseInstance": {"@type": "CourseInstance", "courseMode": "blended", "startDate": "2076-01-15",
                            "endDate": "2076-12-10"}},
     (None, "2.1", KURS), "Studieforbundet Folkeuniversitetet", ["HK-dir"],
     "Korte kurs i bank-ID, e-post og offentlige nettjenester for voksne med svake digitale ferdigheter; 5 200 "
     "deltakere over hele landet."),
    ({"@type": "Course", "@id": "#kplus-frivillig", "name": "Kompetansepluss frivillighet – lese- og skrivekurs",
      "additionalType": "Opplæringstilbud", "keywords": "delmål 3.2, grunnleggende ferdigheter",
      "provider": {"@type": "Organization", "name": "VOFO"},
      "contributor": [{"@type": "Organization", "name": "studieforbundene"},
                      {"@type": "Organization", "name": "frivillige organisasjoner"}]},
     (None, "3.2", KURS), "VOFO", ["studieforbundene", "frivillige organisasjoner"],
     "Frivillige organisasjoner fikk tilskudd til kurs i lesing og skriving for egne medlemmer; 74 kurs ble "
     "holdt."),
    ({"@type": "Event", "@id": "#lf-2076", "name": "Læringsfestivalen 2076",
      "startDate": "2076-09-02", "endDate": "2076-09-09", "eventStatus": "https://schema.org/EventScheduled",
      "about": "Læring i frivillig sektor",
      "organizer": {"@type": "Organization", "name": "VOFO"},
      "location": {"@type": "VirtualLocation", "url": "https://www.vofo.no/laeringsfestivalen"}},
     (None, "3.6", ARR), "VOFO", [],
     "En uke med åpne kurs og arrangementer i over 200 kommuner for å vise fram voksnes læring i studieforbund "
     "og frivillighet."),
    ({"@type": "Report", "@id": "#notat-studieforbund", "name": "Voksne i studieforbund – kunnskapsnotat 2076",
      "additionalType": "Kunnskapsnotat", "about": {"@id": "#dm-2.2"},
      "author": {"@type": "Organization", "name": "VOFO"},
      "contributor": [{"@type": "Organization", "name": "NIFU"}], "datePublished": "2076-10-20"},
     (None, "2.2", FOU), "VOFO", ["NIFU"],
     "Notatet samler tall og forskning om hvem som deltar i studieforbundenes kurs og hva de får ut av dem."),
    ({"@type": "CreativeWork", "@id": "#innspill-nfk", "name": "VOFOs innspill til NFKs kvalitetsrammeverk",
      "about": {"@id": "#dm-1.3"}, "author": {"@type": "Organization", "name": "VOFO"},
      "datePublished": "2076-04-12"},
     (None, "1.3", INFO), "VOFO", [],
     "Skriftlig innspill til forumets revisjon av kvalitetsrammeverket, om veiledning i ikke-formell opplæring."),
]

OTHER = [
    {"@type": "Event", "@id": "#lf-2075", "name": "Læringsfestivalen 2075", "startDate": "2075-09-04",
     "endDate": "2075-09-11", "eventStatus": "https://schema.org/EventScheduled",
     "organizer": {"@type": "Organization", "name": "VOFO"},
     "description": "Arkiv: festivalen i 2075."},
    {"@type": "Event", "@id": "#nordisk-2077", "name": "Nordisk konferanse om voksnes læring 2077",
     "startDate": "2077-05-10", "eventStatus": "https://schema.org/EventScheduled", "additionalType": "Konferanse",
     "organizer": {"@type": "Organization", "name": "VOFO"},
     "description": "Planlagt konferanse i Oslo i mai 2077."},
]


def build(out) -> list[dict]:
    graph = [{"@type": "NGO", "@id": "#vofo", "name": "VOFO – Voksenopplæringsforbundet", "url": "https://www.vofo.no"},
             {"@type": "DefinedTermSet", "@id": "#delmal",
              "name": "Delmål i Nasjonal kompetansepolitisk strategi",
              "hasDefinedTerm": [{"@type": "DefinedTerm", "@id": f"#dm-{k}", "termCode": k, "name": v,
                                  "inDefinedTermSet": {"@id": "#delmal"}} for k, v in DM.items()]}]
    rows = []
    for i, (node, truth, ansv, samarb, desc) in enumerate(NODES):
        n = dict(node)
        name = node["name"]
        n["description"] = desc
        graph.append(n)
        if i == 3:
            graph.append(OTHER[0])
        rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, ", ".join(samarb), desc))
    graph.append(OTHER[1])
    doc = {"@context": "https://schema.org", "@graph": graph}
    (out / FILENAME).write_bytes((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return rows


def text(path) -> str:
    out = []

    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            out.append(o)
    walk(json.loads(path.read_bytes().decode("utf-8")))
    return "\n".join(out)
