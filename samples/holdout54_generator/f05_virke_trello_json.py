"""Virke: a Trello board exported as JSON – measures are cards; the list tells the status, a label the delmål, a
custom drop-down field the type, custom text fields the responsible and partners; everything joined by ids."""
from __future__ import annotations

import json
import random

from .common import INFO, KURS, RAD, row

FILENAME = "xQk3aB9z - virke-kpr-rapportering-2074.json"
MEMBER = "Virke"
FORMAT = ("Trello board export (JSON, UTF-8, one line, as from 'Meny → Skriv ut og eksporter → Eksporter som JSON'), "
          "written with json.dumps")
SHAPE = ("board JSON: lists 'Idéer 2075' / 'Pågår 2074' / 'Gjennomført 2074' / 'Avsluttet 2073 (til info)' / "
         "'Rutiner'; every measure a card whose list, labels (delmål as 'DM 1.4' or in words; a 'Viktig' label) "
         "and custom fields ('Type tiltak' drop-down stored as an option id, 'Ansvarlig' and 'Samarbeid' text) are "
         "referenced by 24-hex ids; the description is the card's desc; checklists, comment actions and members "
         "around it; an archived card, cards in the 2073 and 2075 lists and a routine card (not truth rows)")
NOT_TRUTH = ("the cards 'Kompetansekonferansen for handel 2075' (list Idéer 2075), 'Undersøkelse om lærlinger i "
             "handelen' (list Avsluttet 2073), 'Send rapporten til KPR-sekretariatet innen 31. januar' (list "
             "Rutiner) and the archived card 'Webinar om fagbrev i butikk – avlyst'; checklists, comments, the "
             "board's labels and custom-field definitions")

_rnd = random.Random(5454)


def _id() -> str:
    return "".join(_rnd.choice("0123456789abcdef") for _ in range(24))


BOARD = _id()
LISTS = {k: _id() for k in ("ide", "pagar", "ferdig", "2073", "rutiner")}
LIST_NAMES = {"ide": "Idéer 2075", "pagar": "Pågår 2074", "ferdig": "Gjennomført 2074",
              "2073": "Avsluttet 2073 (til info)", "rutiner": "Rutiner"}
LABELS = {k: _id() for k in ("1.4", "2.3", "2.4", "komp", "viktig")}
LABEL_NAMES = {"1.4": ("DM 1.4", "green"), "2.3": ("DM 2.3", "yellow"), "2.4": ("DM 2.4", "orange"),
               "komp": ("Kompetansebehov i virksomhetene", "sky"), "viktig": ("Viktig", "red")}
CF_TYPE, CF_ANSV, CF_SAMARB = _id(), _id(), _id()
TYPE_OPTS = {k: _id() for k in ("Rådsarbeid", "Kurs/bransjeprogram", "Nettverk", "Kampanje", "Digitalt verktøy",
                                "Utredning", "Webinar")}
MEMBERS = {"ih": (_id(), "Ingrid Holm", "ingridholm"), "ss": (_id(), "Sindre Sæther", "sindresaether")}

# list, labels, type option, ansvarlig, samarbeid, name, desc, truth
CARDS = [
    ("pagar", ["1.4"], "Rådsarbeid", "Virke, avdeling for kompetansepolitikk", "",
     "Virke i SRY og faglig råd for salg, service og reiseliv",
     "Virke har ett medlem i SRY og to i faglig råd for salg, service og reiseliv. Rådet arbeidet i 2074 med ny "
     "læreplan i salgsfaget.", ("M02", "1.4", RAD)),
    ("pagar", ["1.4", "viktig"], "Rådsarbeid", "Virke", "", "Nasjonalt fagskoleråd – Virkes representant",
     "Virke representerer arbeidsgiverne i handel og tjenesteyting i rådet og la i 2074 fram innspill om korte "
     "fagskoletilbud for butikksjefer.", ("M05", "1.4", RAD)),
    ("ferdig", ["2.4"], "Kurs/bransjeprogram", "Virke Handel", "HK, KD, HK-dir", "Bransjeprogram varehandel",
     "Partene i varehandelen fordelte midler til kurs i netthandel, logistikk og butikkledelse.\n\nOver 60 "
     "kurstilbydere var med.", ("J01", "2.4", KURS)),
    ("ferdig", ["2.4"], "Nettverk", "Virke Ideell", "Frivillighet Norge",
     "HR-nettverk for kompetanseutvikling i ideelle virksomheter",
     "Seks nettverkssamlinger for HR-ledere i ideelle helse- og omsorgsvirksomheter om strategisk "
     "kompetanseplanlegging.", (None, "2.4", RAD)),
    ("ferdig", ["komp"], "Digitalt verktøy", "Virke, medlemsservice", "", "Kompetanseplanleggeren",
     "Nettbasert verktøy der medlemsvirksomhetene kartlegger kompetansen til de ansatte og lager en "
     "opplæringsplan. 850 virksomheter tok det i bruk i 2074.", (None, "2.4", INFO)),
    ("ferdig", ["2.3"], "Kampanje", "Virke Handel", "fylkeskommunene", "Lærlingkampanjen «Lær i butikk»",
     "Kampanje i sosiale medier rettet mot elever på vg1 salg, service og reiseliv; 1 200 søkte læreplass i "
     "handel.", (None, "2.3", INFO)),
    ("ide", ["2.4"], "Utredning", "Virke Handel", "", "Kompetansekonferansen for handel 2075",
     "Idé: egen konferanse om kompetanse i handelen høsten 2075.", None),
    ("2073", ["2.3"], "Utredning", "Virke Handel", "NIFU", "Undersøkelse om lærlinger i handelen",
     "Rapporten kom i oktober 2073 og ble omtalt i fjorårets rapportering.", None),
    ("rutiner", [], None, "", "", "Send rapporten til KPR-sekretariatet innen 31. januar",
     "Sekretariatet vil ha tiltakene for 2074 i det formatet vi bruker selv.", None),
]
ARCHIVED = ("pagar", ["2.3"], "Webinar", "Virke Handel", "", "Webinar om fagbrev i butikk – avlyst",
            "Avlyst på grunn av få påmeldte.", None)


def _card(i, spec, closed=False):
    lst, labels, typ, ansv, samarb, name, desc, _t = spec
    cid = _id()
    cfi = []
    if typ:
        cfi.append({"id": _id(), "idValue": TYPE_OPTS[typ], "idCustomField": CF_TYPE, "idModel": cid,
                    "modelType": "card"})
    if ansv:
        cfi.append({"id": _id(), "value": {"text": ansv}, "idCustomField": CF_ANSV, "idModel": cid,
                    "modelType": "card"})
    if samarb:
        cfi.append({"id": _id(), "value": {"text": samarb}, "idCustomField": CF_SAMARB, "idModel": cid,
                    "modelType": "card"})
    short = "".join(_rnd.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
    return {
        "id": cid, "badges": {"comments": 0, "description": bool(desc)}, "checkItemStates": [], "closed": closed,
        "dateLastActivity": f"2075-01-{10 + i:02d}T09:{10 + i:02d}:00.000Z", "desc": desc,
        "descData": {"emoji": {}}, "due": None, "dueComplete": False, "idBoard": BOARD,
        "idChecklists": [], "idLabels": [LABELS[k] for k in labels], "idList": LISTS[lst],
        "idMembers": [MEMBERS["ih" if i % 2 else "ss"][0]], "idShort": i + 1, "name": name, "pos": 16384 * (i + 1),
        "shortLink": short, "shortUrl": f"https://trello.com/c/{short}",
        "url": f"https://trello.com/c/{short}/{i + 1}-{slug}", "customFieldItems": cfi,
    }


def build(out) -> list[dict]:
    cards = [_card(i, spec) for i, spec in enumerate(CARDS)]
    cards.append(_card(len(CARDS), ARCHIVED, closed=True))
    chk = {"id": _id(), "name": "Sjekkliste", "idBoard": BOARD, "idCard": cards[2]["id"], "pos": 16384,
           "checkItems": [{"id": _id(), "name": "Hente deltakertall fra HK-dir", "state": "complete", "pos": 1},
                          {"id": _id(), "name": "Be HK om sitatet til nettsaken", "state": "incomplete", "pos": 2}]}
    cards[2]["idChecklists"] = [chk["id"]]
    actions = [
        {"id": _id(), "idMemberCreator": MEMBERS["ih"][0], "type": "commentCard", "date": "2075-01-14T12:03:00.000Z",
         "data": {"text": "Husk å ta med tallene fra HK-dir før vi sender.", "card": {"id": cards[2]["id"],
                  "name": cards[2]["name"]}, "board": {"id": BOARD}}},
        {"id": _id(), "idMemberCreator": MEMBERS["ss"][0], "type": "commentCard", "date": "2075-01-15T08:20:00.000Z",
         "data": {"text": "Konferansen er ikke vedtatt ennå – skal ikke rapporteres.",
                  "card": {"id": cards[6]["id"], "name": cards[6]["name"]}, "board": {"id": BOARD}}},
    ]
    board = {
        "id": BOARD, "name": "KPR-rapportering 2074", "desc": "Virkes tiltak som rapporteres til "
        "Kompetansepolitisk råd. Kort i «Pågår 2074» og «Gjennomført 2074» tas med.", "closed": False,
        "idOrganization": _id(), "pinned": False, "url": "https://trello.com/b/xQk3aB9z/virke-kpr-rapportering-2074",
        "shortUrl": "https://trello.com/b/xQk3aB9z",
        "prefs": {"permissionLevel": "org", "background": "blue", "cardCovers": True, "isTemplate": False},
        "labelNames": {"green": "DM 1.4", "yellow": "DM 2.3", "orange": "DM 2.4", "red": "Viktig", "purple": "",
                       "blue": "", "sky": "Kompetansebehov i virksomhetene"},
        "actions": actions, "cards": cards,
        "labels": [{"id": LABELS[k], "idBoard": BOARD, "name": n, "color": col}
                   for k, (n, col) in LABEL_NAMES.items()],
        "lists": [{"id": LISTS[k], "name": n, "closed": False, "idBoard": BOARD, "pos": 16384 * (i + 1)}
                  for i, (k, n) in enumerate(LIST_NAMES.items())],
        "members": [{"id": mid, "fullName": fn, "username": un} for mid, fn, un in MEMBERS.values()],
        "checklists": [chk],
        "customFields": [
            {"id": CF_TYPE, "idModel": BOARD, "modelType": "board", "name": "Type tiltak", "type": "list",
             "pos": 16384, "options": [{"id": oid, "idCustomField": CF_TYPE, "value": {"text": t}, "color": "none",
                                        "pos": 1024 * (i + 1)} for i, (t, oid) in enumerate(TYPE_OPTS.items())]},
            {"id": CF_ANSV, "idModel": BOARD, "modelType": "board", "name": "Ansvarlig", "type": "text",
             "pos": 32768},
            {"id": CF_SAMARB, "idModel": BOARD, "modelType": "board", "name": "Samarbeid", "type": "text",
             "pos": 49152},
        ],
    }
    (out / FILENAME).write_bytes(json.dumps(board, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    rows = []
    for lst, labels, typ, ansv, samarb, name, desc, truth in CARDS:
        if truth:
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, desc))
    return rows


def _strings(o, acc):
    if isinstance(o, dict):
        for v in o.values():
            _strings(v, acc)
    elif isinstance(o, list):
        for v in o:
            _strings(v, acc)
    elif isinstance(o, str):
        acc.append(o)


def text(path) -> str:
    acc: list[str] = []
    _strings(json.loads(path.read_text(encoding="utf-8")), acc)
    return "\n".join(acc)
