"""Innlandet fylkeskommune: the county's action programme kept in Microsoft Project and saved as Project XML – the
measures are tasks under summary tasks for område and delmål, type/status/ansvar are custom text fields, the
partners are resources assigned to the task."""
from __future__ import annotations

from lxml import etree

from .common import ARR, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "Innlandet fk – handlingsprogram kompetanse 2074.xml"
MEMBER = "Innlandet fylkeskommune"
FORMAT = ("Microsoft Project XML (xmlns http://schemas.microsoft.com/project, SaveVersion 14, as from 'Lagre som → "
          "XML-format'), UTF-8, written as text")
SHAPE = ("project plan: summary tasks for the three hovedinnsatsområder and, under them, summary tasks named after "
         "the delmål ('Delmål 1.4 – samarbeid utdanning og arbeidsliv'); every measure is a level-3 task whose "
         "delmål is only its parent summary; custom fields Text1 'Tiltakstype' (own words, empty once), Text2 "
         "'Status KPR' and Text3 'Ansvarlig enhet' as ExtendedAttribute values joined by FieldID; the description "
         "in <Notes>; partners only as resources (Resources) linked by Assignments (TaskUID → ResourceUID); a task "
         "finished in 2073, a task starting in 2075 and a milestone (not truth rows)")
NOT_TRUTH = ("the project summary, område and delmål summary tasks, the task 'Kompetanseløft for reiselivet' "
             "(Status 'Avsluttet 2073'), the task 'Nettstudier ved Fagskolen Innlandet' (Status 'Planlagt 2075'), "
             "the milestone 'Rapport sendt Kompetansepolitisk råd', the calendar and resource definitions")
SPLIT_FIELDS = ("samarbeidspartnere",)

F_TYPE, F_STATUS, F_ANSV = "188743731", "188743734", "188743737"

RES = ["NAV Innlandet", "NHO Innlandet", "LO i Innlandet", "Statsforvalteren i Innlandet", "Høgskolen i Innlandet",
       "WorldSkills Norway", "Norsk Industri", "Fagskolerådet", "kommunene i Innlandet", "Innovasjon Norge"]

# (outline, name, kind, data) – kind 's' summary, 't' task, 'm' milestone
# task data: type, status, ansvar, partners, notes, start, finish, pct, truth
PLAN = [
    ("1", "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", "s", None),
    ("1.1", "Delmål 1.2 – regionalt folkevalgt nivå", "s", None),
    ("1.1.1", "Kompetanseforum Innlandet", "t",
     ("Partnerskap", "Gjennomført 2074", "Innlandet fylkeskommune, samfunnsutvikling",
      ["NAV Innlandet", "NHO Innlandet", "LO i Innlandet", "Statsforvalteren i Innlandet"],
      "Forumet samler partene, NAV og utdanningsaktørene og vedtok i 2074 en felles handlingsplan for "
      "kompetanse i Innlandet.", "2074-01-08", "2074-12-12", 100, (None, "1.2", RAD))),
    ("1.2", "Delmål 1.3 – karriereveiledning", "s", None),
    ("1.2.1", "Karriere Innlandet – veiledning for voksne i omstilling", "t",
     ("Prosjekt", "Gjennomført 2074", "Karriere Innlandet", ["NAV Innlandet"],
      "Oppsøkende karriereveiledning på arbeidsplasser som står i omstilling; 1 150 samtaler i 2074.",
      "2074-01-02", "2074-12-20", 100, (None, "1.3", PROSJEKT))),
    ("1.3", "Delmål 1.4 – samarbeid utdanning og arbeidsliv", "s", None),
    ("1.3.1", "RSA ved Høgskolen i Innlandet – fylkeskommunens plass", "t",
     ("Rådsarbeid", "Gjennomført 2074", "Innlandet fylkeskommune, opplæring", ["Høgskolen i Innlandet"],
      "Fylkeskommunen møtte i rådet fire ganger og tok opp behovet for lærere og sykepleiere i distriktene.",
      "2074-02-01", "2074-11-30", 100, ("M03", "1.4", RAD))),
    ("1.3.2", "Nasjonalt fagskoleråd – representasjon", "t",
     ("Rådsarbeid", "Gjennomført 2074", "Innlandet fylkeskommune, opplæring", [],
      "Fylkesdirektøren for opplæring er ett av fylkeskommunenes medlemmer i rådet.", "2074-01-15",
      "2074-12-15", 100, ("M05", "1.4", RAD))),
    ("1.3.3", "Yrkesopplæringsnemnda i Innlandet", "t",
     ("Nemnd", "Gjennomført 2074", "Innlandet fylkeskommune, fagopplæring", ["NHO Innlandet", "LO i Innlandet"],
      "Nemnda ga råd om tilbudsstrukturen for skoleåret 2075–2076 og om formidling til læreplass.",
      "2074-01-10", "2074-12-05", 100, (None, "1.4", RAD))),
    ("2", "Hovedinnsatsområde 2: Læring i arbeidslivet", "s", None),
    ("2.1", "Delmål 2.3 – yrkesfag og karrieremuligheter", "s", None),
    ("2.1.1", "Yrkes-NM 2074 Lillehammer", "t",
     ("", "Gjennomført 2074", "Innlandet fylkeskommune", ["WorldSkills Norway", "NHO Innlandet"],
      "Fylkeskommunen var vertskap for mesterskapet i Håkons Hall og organiserte besøk for alle "
      "ungdomsskolene i fylket.", "2074-03-01", "2074-11-14", 100, ("J03", "2.3", ARR))),
    ("2.2", "Delmål 2.4 – kompetansebehov og etter- og videreutdanning", "s", None),
    ("2.2.1", "Fleksibel fagskole for industrien – Raufoss", "t",
     ("Pilot", "Pågår", "Fagskolen Innlandet", ["Norsk Industri", "Fagskolerådet"],
      "Fagskolen Innlandet tilbyr industrifag i korte emner med undervisning på kveldstid og samlinger hos "
      "bedriftene.", "2074-08-15", "2075-06-20", 55, ("J05", "2.4", PROSJEKT))),
    ("2.2.2", "Kompetanseløft for reiselivet", "t",
     ("Kurs", "Avsluttet 2073", "Innlandet fylkeskommune, næring", ["Innovasjon Norge"],
      "Kursrekke for reiselivsbedrifter i fjellregionen.", "2072-09-01", "2073-11-30", 100, None)),
    ("3", "Hovedinnsatsområde 3: Voksne med svak tilknytning til arbeidslivet", "s", None),
    ("3.1", "Delmål 3.1 – fleksibel opplæring for voksne", "s", None),
    ("3.1.1", "Fagbrev for voksne i helsefag – Innlandsmodellen", "t",
     ("Opplæring", "Gjennomført 2074", "Innlandet fylkeskommune, voksenopplæring",
      ["NAV Innlandet", "kommunene i Innlandet"],
      "Voksne ansatte i kommunale helsetjenester tok helsefagarbeiderutdanning i modulstrukturert opplæring ved "
      "siden av jobb; 240 deltakere.", "2074-01-06", "2074-12-19", 100, (None, "3.1", KURS))),
    ("3.1.2", "Nettstudier ved Fagskolen Innlandet", "t",
     ("Opplæring", "Planlagt 2075", "Fagskolen Innlandet", [],
      "Nettbaserte fagskoletilbud for voksne fra høsten 2075.", "2075-08-18", "2076-06-19", 0, None)),
    ("4", "Rapport sendt Kompetansepolitisk råd", "m", None),
]


def _level(o: str) -> int:
    return o.count(".") + 1


def build(out) -> list[dict]:
    res_uid = {n: i for i, n in enumerate(RES, 1)}
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
         "<Project xmlns=\"http://schemas.microsoft.com/project\">",
         "  <SaveVersion>14</SaveVersion>",
         "  <BuildNumber>16.0.18429.20132</BuildNumber>",
         "  <Name>Innlandet fk – handlingsprogram kompetanse 2074.xml</Name>",
         "  <Title>Handlingsprogram – regional kompetanseplan Innlandet 2074</Title>",
         "  <Company>Innlandet fylkeskommune</Company>",
         "  <Author>Kari Bakken</Author>",
         "  <CreationDate>2073-12-04T09:00:00</CreationDate>",
         "  <LastSaved>2075-01-17T15:22:00</LastSaved>",
         "  <ScheduleFromStart>1</ScheduleFromStart>",
         "  <StartDate>2074-01-02T08:00:00</StartDate>",
         "  <FinishDate>2076-06-19T16:00:00</FinishDate>",
         "  <CurrencySymbol>kr</CurrencySymbol>",
         "  <CalendarUID>1</CalendarUID>",
         "  <MinutesPerDay>450</MinutesPerDay>",
         "  <ExtendedAttributes>"]
    for fid, fname, alias in ((F_TYPE, "Text1", "Tiltakstype"), (F_STATUS, "Text2", "Status KPR"),
                              (F_ANSV, "Text3", "Ansvarlig enhet")):
        L += ["    <ExtendedAttribute>", f"      <FieldID>{fid}</FieldID>", f"      <FieldName>{fname}</FieldName>",
              f"      <Alias>{xml_esc(alias)}</Alias>", "    </ExtendedAttribute>"]
    L += ["  </ExtendedAttributes>",
          "  <Calendars>", "    <Calendar>", "      <UID>1</UID>", "      <Name>Standard</Name>",
          "      <IsBaseCalendar>1</IsBaseCalendar>", "    </Calendar>", "  </Calendars>",
          "  <Tasks>",
          "    <Task>", "      <UID>0</UID>", "      <ID>0</ID>",
          "      <Name>Handlingsprogram – regional kompetanseplan Innlandet 2074</Name>",
          "      <OutlineNumber>0</OutlineNumber>", "      <OutlineLevel>0</OutlineLevel>",
          "      <Summary>1</Summary>", "    </Task>"]
    assigns = []
    rows = []
    for uid, (o, name, kind, data) in enumerate(PLAN, 1):
        L += ["    <Task>", f"      <UID>{uid}</UID>", f"      <ID>{uid}</ID>", f"      <Name>{xml_esc(name)}</Name>",
              "      <Type>1</Type>", f"      <OutlineNumber>{o}</OutlineNumber>",
              f"      <OutlineLevel>{_level(o)}</OutlineLevel>"]
        if kind == "s":
            L.append("      <Summary>1</Summary>")
        elif kind == "m":
            L += ["      <Start>2075-01-20T08:00:00</Start>", "      <Finish>2075-01-20T08:00:00</Finish>",
                  "      <Duration>PT0H0M0S</Duration>", "      <Milestone>1</Milestone>", "      <Summary>0</Summary>"]
        else:
            typ, status, ansv, partners, notes, start, finish, pct, truth = data
            L += [f"      <Start>{start}T08:00:00</Start>", f"      <Finish>{finish}T16:00:00</Finish>",
                  "      <Milestone>0</Milestone>", "      <Summary>0</Summary>",
                  f"      <PercentComplete>{pct}</PercentComplete>",
                  f"      <Notes>{xml_esc(notes)}</Notes>"]
            for fid, val in ((F_TYPE, typ), (F_STATUS, status), (F_ANSV, ansv)):
                if val:
                    L += ["      <ExtendedAttribute>", f"        <FieldID>{fid}</FieldID>",
                          f"        <Value>{xml_esc(val)}</Value>", "      </ExtendedAttribute>"]
            for p in partners:
                assigns.append((uid, res_uid[p]))
            if truth:
                rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, ", ".join(partners),
                                notes))
        L.append("    </Task>")
    L.append("  </Tasks>")
    L.append("  <Resources>")
    for n, uid in res_uid.items():
        L += ["    <Resource>", f"      <UID>{uid}</UID>", f"      <ID>{uid}</ID>", f"      <Name>{xml_esc(n)}</Name>",
              "      <Type>1</Type>", "      <Group>Samarbeidspartner</Group>", "    </Resource>"]
    L.append("  </Resources>")
    L.append("  <Assignments>")
    for i, (t, r) in enumerate(assigns, 1):
        L += ["    <Assignment>", f"      <UID>{i}</UID>", f"      <TaskUID>{t}</TaskUID>",
              f"      <ResourceUID>{r}</ResourceUID>", "      <Units>1</Units>", "    </Assignment>"]
    L.append("  </Assignments>")
    L.append("</Project>")
    (out / FILENAME).write_bytes(("\n".join(L) + "\n").encode("utf-8"))
    return rows


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    return "\n".join(el.text for el in root.iter() if isinstance(el.tag, str) and el.text and el.text.strip())
