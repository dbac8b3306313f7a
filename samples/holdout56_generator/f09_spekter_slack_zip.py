"""Spekter: the measures were gathered in a Slack thread; an admin exported the channel (Workspace settings →
Import/export → Export) and the zip was sent on. Slack's export holds users.json and channels.json and one JSON file
per channel and day; messages carry mrkdwn text and rich_text blocks, thread replies point to their parent by
thread_ts."""
from __future__ import annotations

import calendar
import json
import re
import zipfile
from datetime import datetime

from .common import FOU, INFO, KURS, RAD, row, write_zip

FILENAME = "Spekter Slack export Jan 8 2077 - Jan 9 2077.zip"
MEMBER = "Spekter"
FORMAT = ("ZIP of a Slack workspace export (standard export for a date range): users.json, channels.json, "
          "integration_logs.json and one JSON array per channel and day (kpr-rapportering/2077-01-08.json, "
          "kpr-rapportering/2077-01-09.json, general/2077-01-08.json); messages with ts, user, user_profile, mrkdwn "
          "text, rich_text blocks, thread_ts / parent_user_id / reply_count; written with json.dumps (indent 4, as "
          "Slack does), fixed zip timestamps")
SHAPE = ("chat thread: the coordinator asks for one reply per measure; six replies each give a measure in the "
         "poster's own style – bold name then 'Delmål 2.3 – råd/utvalg' lines, a bullet list (• Delmål / • Type / "
         "• Ansvar / • Med), or one sentence with '(1.4, rådsarbeid)'; the delmål as code or in words, the kind "
         "missing once; channel joins, emoji reactions, a discussion about a 2075 conference and a 2077 plan, and "
         "chatter in #general are not measures")
NOT_TRUTH = ("users.json and channels.json, channel_join messages, the coordinator's request and thanks, the question "
             "and answer about 'Helseløftet-konferansen' (held in 2075), the note that 'Nasjonal bemanningsmodell for "
             "helse' starts in 2077, reactions, #general (lunch message)")

USERS = {"U05EVA01": ("eva.nilsen", "Eva Nilsen"), "U05PER02": ("per.aune", "Per Aune"),
         "U05ING03": ("ingrid.holm", "Ingrid Holm"), "U05OLA04": ("ola.vik", "Ola Vik")}

# (day, hh:mm:ss, user, text, kind, truth) – kind: 'parent', 'reply', 'join', 'plain'
MSGS = [
    ("2077-01-08", "08:59:12", "U05PER02", "<@U05PER02> har blitt med i kanalen", "join", None),
    ("2077-01-08", "09:02:40", "U05EVA01",
     "Hei! Rapporten til Kompetansepolitisk råd skal inn innen 20. januar. Legg inn tiltakene våre for 2076 i tråden "
     "her, ett svar per tiltak: navn, delmål, type, ansvar, hvem vi samarbeidet med og et par setninger :pray:",
     "parent", None),
    ("2077-01-08", "09:15:03", "U05PER02",
     "*Spekter i SRY*\nDelmål 2.3 – råd/utvalg\nAnsvar: Spekter\nSpekter har en av arbeidsgiverplassene i "
     "Samarbeidsrådet for yrkesopplæring og fulgte i 2076 særlig opp læreplasser i helseforetakene.", "reply",
     ("Spekter i SRY", "M02", "2.3", RAD, "Spekter", "",
      "Spekter har en av arbeidsgiverplassene i Samarbeidsrådet for yrkesopplæring og fulgte i 2076 særlig opp "
      "læreplasser i helseforetakene.")),
    ("2077-01-08", "09:21:47", "U05ING03",
     "*Spekter i UHR-Helse og velferd* (1.4, rådsarbeid). Spekter oppnevner arbeidsgiverrepresentanten i UHRs "
     "fagstrategiske enhet for helse- og velferdsutdanningene; i 2076 var praksis og dimensjonering hovedsakene. "
     "Ansvar: Spekter.", "reply",
     ("Spekter i UHR-Helse og velferd", "M04", "1.4", RAD, "Spekter", "",
      "Spekter oppnevner arbeidsgiverrepresentanten i UHRs fagstrategiske enhet for helse- og velferdsutdanningene; "
      "i 2076 var praksis og dimensjonering hovedsakene.")),
    ("2077-01-08", "09:40:18", "U05OLA04",
     "*Språkspor i helseforetakene*\n• Delmål: 3.4\n• Type: kurs\n• Ansvar: Spekter\n"
     "• Med: Fagforbundet, LO, Helse Sør-Øst\nNorskopplæring på arbeidsplassen for ansatte i renhold, kjøkken og "
     "pasientnære yrker; ni helseforetak var med.", "reply",
     ("Språkspor i helseforetakene", "J04", "3.4", KURS, "Spekter", "Fagforbundet, LO, Helse Sør-Øst",
      "Norskopplæring på arbeidsplassen for ansatte i renhold, kjøkken og pasientnære yrker; ni helseforetak var "
      "med.")),
    ("2077-01-08", "10:05:55", "U05OLA04",
     "Skal vi ta med Helseløftet-konferansen også?", "reply", None),
    ("2077-01-08", "10:07:30", "U05EVA01",
     "Nei, den var i 2075 – den dropper vi i år.", "reply", None),
    ("2077-01-08", "11:12:09", "U05EVA01",
     "*Lederprogram i kompetanseplanlegging* – hører til koble kompetansebehov og utdanningstilbud – Ansvar: Spekter "
     "– Med: helseforetakene\nTo samlinger og en nettmodul for avdelingsledere om hvordan de kartlegger behov og "
     "velger riktig etter- og videreutdanning for de ansatte.", "reply",
     ("Lederprogram i kompetanseplanlegging", None, "2.4", KURS, "Spekter", "helseforetakene",
      "To samlinger og en nettmodul for avdelingsledere om hvordan de kartlegger behov og velger riktig etter- og "
      "videreutdanning for de ansatte.")),
    ("2077-01-09", "08:48:36", "U05PER02",
     "*Kartlegging av turnover blant helsefagarbeidere* (2.2, kartlegging). Ansvar: Spekter. Med: SINTEF.\n"
     "Kartleggingen følger 12 000 helsefagarbeidere over fem år og viser at de som får etterutdanning, oftere blir "
     "i jobben.", "reply",
     ("Kartlegging av turnover blant helsefagarbeidere", None, "2.2", FOU, "Spekter", "SINTEF",
      "Kartleggingen følger 12 000 helsefagarbeidere over fem år og viser at de som får etterutdanning, oftere "
      "blir i jobben.")),
    ("2077-01-09", "09:30:02", "U05ING03",
     "*Felles innspill til UHR-Helse og velferd om praksisstudier* – delmål 1.4, innspill. Ansvar: Spekter. Med: de "
     "regionale helseforetakene.\nEt notat fra arbeidsgiversiden om hvor mange praksisplasser helseforetakene kan "
     "tilby, sendt til enheten før budsjettmøtet.", "reply",
     ("Felles innspill til UHR-Helse og velferd om praksisstudier", None, "1.4", INFO, "Spekter",
      "de regionale helseforetakene",
      "Et notat fra arbeidsgiversiden om hvor mange praksisplasser helseforetakene kan tilby, sendt til enheten før "
      "budsjettmøtet.")),
    ("2077-01-09", "09:44:20", "U05PER02",
     "Til info: Nasjonal bemanningsmodell for helse starter først i 2077, så den kommer i neste års rapport.",
     "reply", None),
    ("2077-01-09", "10:01:11", "U05EVA01", "Takk alle! Jeg setter det sammen og sender :tada:", "reply", None),
]


def _ts(day: str, hms: str, n: int) -> str:
    dt = datetime.strptime(f"{day} {hms}", "%Y-%m-%d %H:%M:%S")
    return f"{calendar.timegm(dt.timetuple())}.{100100 + n * 37:06d}"


def _blocks(txt: str, n: int) -> list:
    elems = []
    for part in re.split(r"(\*[^*\n]+\*)", txt):
        if not part:
            continue
        if part.startswith("*") and part.endswith("*"):
            elems.append({"type": "text", "text": part[1:-1], "style": {"bold": True}})
        else:
            elems.append({"type": "text", "text": part})
    return [{"type": "rich_text", "block_id": f"b{n:03d}x",
             "elements": [{"type": "rich_text_section", "elements": elems}]}]


def _profile(uid):
    name, real = USERS[uid]
    return {"avatar_hash": "g" + uid[-4:].lower() + "a1b2c3", "image_72": f"https://avatars.slack-edge.com/{uid}_72.png",
            "first_name": real.split()[0], "real_name": real, "display_name": name.split(".")[0],
            "team": "T05SPKTR", "name": name, "is_restricted": False, "is_ultra_restricted": False}


def build(out) -> list[dict]:
    per_day: dict[str, list] = {}
    parent_ts = None
    replies = []
    msgs = []
    rows = []
    for n, (day, hms, uid, txt, kind, truth) in enumerate(MSGS):
        ts = _ts(day, hms, n)
        if kind == "join":
            m = {"type": "message", "subtype": "channel_join", "ts": ts, "user": uid, "text": txt}
        else:
            m = {"client_msg_id": f"6c1e0f2a-{n:04d}-4b7e-9d1a-{n * 1111:012d}", "type": "message", "text": txt,
                 "user": uid, "ts": ts, "blocks": _blocks(txt, n), "team": "T05SPKTR", "user_team": "T05SPKTR",
                 "source_team": "T05SPKTR", "user_profile": _profile(uid)}
            if kind == "parent":
                parent_ts = ts
                m["thread_ts"] = ts
            elif kind == "reply":
                m["thread_ts"] = parent_ts
                m["parent_user_id"] = "U05EVA01"
                replies.append({"user": uid, "ts": ts})
            if truth:
                m["reactions"] = [{"name": "white_check_mark", "users": ["U05EVA01"], "count": 1}]
        msgs.append((day, m))
        if truth:
            name, seed, dm, typ, ansv, samarb, desc = truth
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, samarb, desc))
    for day, m in msgs:
        if m.get("ts") == parent_ts:
            m.update({"reply_count": len(replies), "reply_users_count": len({r["user"] for r in replies}),
                      "latest_reply": replies[-1]["ts"], "reply_users": sorted({r["user"] for r in replies}),
                      "replies": replies, "is_locked": False, "subscribed": True})
        per_day.setdefault(day, []).append(m)
    users = [{"id": uid, "team_id": "T05SPKTR", "name": n, "deleted": False, "real_name": r, "tz": "Europe/Oslo",
              "profile": {"real_name": r, "display_name": n.split(".")[0], "title": "Spekter"}, "is_admin": uid ==
              "U05EVA01", "is_bot": False} for uid, (n, r) in USERS.items()]
    chans = [{"id": "C05KPR001", "name": "kpr-rapportering", "created": 1798185600, "creator": "U05EVA01",
              "is_archived": False, "is_general": False, "members": list(USERS),
              "topic": {"value": "Rapportering til Kompetansepolitisk råd", "creator": "U05EVA01", "last_set": 0},
              "purpose": {"value": "Koordinering av Spekters innspill", "creator": "U05EVA01", "last_set": 0}},
             {"id": "C05GEN001", "name": "general", "created": 1735689600, "creator": "U05EVA01",
              "is_archived": False, "is_general": True, "members": list(USERS),
              "topic": {"value": "", "creator": "", "last_set": 0}, "purpose": {"value": "", "creator": "",
                                                                                 "last_set": 0}}]
    gen = [{"client_msg_id": "0d0d0d0d-0001-4b7e-9d1a-000000000001", "type": "message",
            "text": "Lunsj i kantina kl. 11.30 i dag – det er fiskesuppe!", "user": "U05OLA04",
            "ts": _ts("2077-01-08", "10:45:00", 99), "team": "T05SPKTR", "user_profile": _profile("U05OLA04")}]
    dump = lambda o: json.dumps(o, ensure_ascii=False, indent=4)  # noqa: E731
    entries = [("users.json", dump(users), True), ("channels.json", dump(chans), True),
               ("integration_logs.json", dump([]), True), ("general/", b"", False),
               ("general/2077-01-08.json", dump(gen), True), ("kpr-rapportering/", b"", False)]
    for day in sorted(per_day):
        entries.append((f"kpr-rapportering/{day}.json", dump(per_day[day]), True))
    write_zip(out / FILENAME, entries)
    return rows


def text(path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith(".json") and "/" in n:
                for m in json.loads(z.read(n)):
                    out.append(m.get("text", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    return "\n".join(out)
