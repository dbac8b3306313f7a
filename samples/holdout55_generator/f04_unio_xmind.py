"""Unio: a mind map made in XMind (the 'zen' file format: a zip with content.json). Hovedinnsatsområde → delmål →
measure topics; the kind is a topic label, the description the topic's note, responsible and partners child
topics."""
from __future__ import annotations

import io
import json
import zipfile

from .common import ARR, FOU, INFO, KURS, RAD, row, write_zip

FILENAME = "Unio KPR 2075.xmind"
MEMBER = "Unio"
FORMAT = ("XMind 'zen' workbook (.xmind: zip with content.json, metadata.json, manifest.json and "
          "Thumbnails/thumbnail.png made with Pillow), JSON written with json.dumps, fixed ids and timestamps")
SHAPE = ("mind map: root topic → three hovedinnsatsområde topics → delmål topics (code+words, code only or words "
         "only) → one topic per measure with the type as a topic label in Unio's words (missing once), the "
         "description as the topic's plain-text note and child topics 'Ansvar: …' / 'Med: …'; a branch '2074 / "
         "2076 (ikke med)' and a detached floating topic with a reminder (not truth rows)")
NOT_TRUTH = ("the root and area topics, the delmål topics, the branch '2074 / 2076 (ikke med)' (Lærerløftet-"
             "konferansen 2074; Innspill om kompetansereform i politiet 2076), the detached topic 'Husk: sjekk "
             "tall med Utdanningsforbundet', the sheet 'Notater', markers")

# area -> [(delmål topic, [(name, label, ansvar, med, note, truth)])]
TREE = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("1.3 Karriereveiledning", [
            ("Unio i Nasjonalt forum for karriereveiledning", "Nettverk", "Unio", "",
             "Unio er fast medlem av forumet og la i 2075 fram et notat om karriereveiledning for ansatte i "
             "helse og skole.", ("M06", "1.3", RAD)),
        ]),
        ("1.4", [
            ("Sykepleierforbundet i Nasjonalt profesjonsråd for sykepleie (UHR)", "Råd", "Norsk Sykepleierforbund",
             "", "Forbundet har to representanter i profesjonsrådet under UHR-Helse og velferd, som i år "
             "arbeidet med praksisstudier i kommunehelsetjenesten.", ("M04", "1.4", RAD)),
            ("Kurs for Unios representanter i profesjonsrådene", "Kurs", "Unio", "Unio-forbundene",
             "Et dagskurs for de tillitsvalgte som sitter i UHRs profesjonsråd, om rådenes mandat og hvordan de "
             "kan fremme arbeidslivets behov.", (None, "1.4", KURS)),
        ]),
    ]),
    ("2 Læring i arbeidslivet", [
        ("Kunnskap om læring i arbeidslivet", [
            ("EVU-undersøkelsen blant Unio-medlemmer", "Undersøkelse", "Unio", "Fafo",
             "Spørreundersøkelse til 9 000 medlemmer om tilgang til etter- og videreutdanning og hvem som betaler.",
             (None, "2.2", FOU)),
            ("Seniorseminar om læring sent i yrkeslivet", None, "Unio", "Senter for seniorpolitikk",
             "Et åpent seminar i Oslo om hvordan arbeidsgivere kan legge til rette for læring for ansatte over 60.",
             (None, "2.2", ARR)),
        ]),
        ("2.4 Koble kompetansebehov til utdanningstilbud", [
            ("Stipend til videreutdanning for sykepleiere i kommunene", "Utdanning", "Norsk Sykepleierforbund",
             "KS", "Stipendordningen ga 260 sykepleiere i kommunene mulighet til videreutdanning i akuttsykepleie "
             "og geriatri.", (None, "2.4", KURS)),
        ]),
        ("2.6 Utenlandsk utdanning", [
            ("Veiledning for sykepleiere med utdanning fra utlandet", "Veiledning", "Norsk Sykepleierforbund",
             "HK-dir", "Forbundet ga 380 medlemmer med utenlandsk sykepleierutdanning råd om godkjenning og "
             "kompletterende utdanning.", (None, "2.6", INFO)),
        ]),
    ]),
]

_n = 0


def _id() -> str:
    global _n
    _n += 1
    return f"5c1e{_n:04d}a7b3c2d1e0f9a8b7c6d5e4f3"[:26]


def _topic(title: str, children=None, labels=None, note=None) -> dict:
    t = {"id": _id(), "class": "topic", "title": title}
    if children:
        t["children"] = {"attached": children}
    if labels:
        t["labels"] = labels
    if note:
        t["notes"] = {"plain": {"content": note}, "realHTML": {"content": f"<div>{note}</div>"}}
    return t


def _thumb() -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (320, 200), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((130, 85, 190, 115), outline=(40, 90, 160), width=3)
    for y in (30, 100, 170):
        d.line((190, 100, 270, y), fill=(40, 90, 160), width=2)
        d.rectangle((270, y - 8, 310, y + 8), outline=(40, 90, 160))
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()


def build(out) -> list[dict]:
    global _n
    _n = 0
    rows = []
    areas = []
    for area, dms in TREE:
        dm_topics = []
        for dm_title, items in dms:
            ms = []
            for name, label, ansv, med, note, truth in items:
                kids = [_topic(f"Ansvar: {ansv}")]
                if med:
                    kids.append(_topic(f"Med: {med}"))
                ms.append(_topic(name, kids, [label] if label else None, note))
                rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, note))
            dm_topics.append(_topic(dm_title, ms))
        areas.append(_topic(area, dm_topics))
    areas.append(_topic("2074 / 2076 (ikke med)", [
        _topic("Lærerløftet-konferansen 2074", labels=["Konferanse"], note="Avholdt i november 2074."),
        _topic("Innspill om kompetansereform i politiet", labels=["Innspill"], note="Planlagt 2076."),
    ]))
    root = _topic("Unio – tiltak 2075 (Kompetansepolitisk råd)", areas)
    root["structureClass"] = "org.xmind.ui.logic.right"
    root["children"]["detached"] = [dict(_topic("Husk: sjekk tall med Utdanningsforbundet"),
                                         position={"x": 420, "y": -260})]
    sheets = [
        {"id": "sheet-kpr-2075", "class": "sheet", "title": "KPR 2075", "rootTopic": root,
         "theme": {"id": "theme-unio", "title": "Unio"}, "topicPositioning": "fixed"},
        {"id": "sheet-notater", "class": "sheet", "title": "Notater",
         "rootTopic": _topic("Notater", [_topic("Frist til sekretariatet 20. januar")])},
    ]
    meta = {"creator": {"name": "Vana", "version": "24.04.10311"}, "activeSheetId": "sheet-kpr-2075",
            "dataStructureVersion": "2", "layoutEngineVersion": "3"}
    manifest = {"file-entries": {"content.json": {}, "metadata.json": {}, "Thumbnails/thumbnail.png": {}}}
    write_zip(out / FILENAME, [
        ("content.json", json.dumps(sheets, ensure_ascii=False, separators=(",", ":")), True),
        ("metadata.json", json.dumps(meta, separators=(",", ":")), True),
        ("manifest.json", json.dumps(manifest, separators=(",", ":")), True),
        ("Thumbnails/thumbnail.png", _thumb(), False),
    ])
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        sheets = json.loads(z.read("content.json"))
    out = []

    def walk(t):
        out.append(t["title"])
        out.extend(t.get("labels", []))
        if "notes" in t:
            out.append(t["notes"]["plain"]["content"])
        for k in ("attached", "detached"):
            for c in t.get("children", {}).get(k, []):
                walk(c)
    for s in sheets:
        walk(s["rootTopic"])
    return "\n".join(out)
