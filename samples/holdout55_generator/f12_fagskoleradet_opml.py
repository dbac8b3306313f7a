"""Fagskolerådet: the secretary keeps the report as a list in the Workflowy outliner and exported it as OPML. The
delmål is the parent bullet, the type a hashtag inside the bullet text, responsible and partners child bullets,
the description the bullet's note (_note attribute)."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row, xml_esc, xml_text

FILENAME = "Fagskolerådet KPR 2075.opml"
MEMBER = "Fagskolerådet"
FORMAT = ("OPML 2.0 (UTF-8) as exported from the Workflowy outliner: nested <outline> elements with the bullet "
          "text in the text attribute, notes in _note, completed bullets marked _complete=\"true\"; written as text")
SHAPE = ("outline: root bullet → delmål bullets (code+words, code only or words only) → one bullet per measure "
         "whose text ends in a hashtag for the kind (#råd, #nettverk, #utdanning, #kampanje, #arrangement; one "
         "without a tag), child bullets 'Ansvar: …' / 'Med: …', the description as the bullet's note; a "
         "completed bullet tagged #2074 and a bullet 'Neste år (2076)' with a child (not truth rows)")
NOT_TRUTH = ("the root and the delmål bullets, the completed bullet 'Fagskolekonferansen 2074 #arrangement "
             "#2074', the bullet 'Neste år (2076)' and its child 'Fagskolemelding – innspill', the head metadata")

# delmål bullet -> [(name, tag, ansvar, med, note, truth, complete)]
TREE = [
    ("1.4 – samarbeid mellom utdanning og arbeidsliv", [
        ("Møtene i Nasjonalt fagskoleråd", "#råd", "Fagskolerådet", "",
         "Rådet hadde fem møter i 2075 og ga innspill til departementet om fagskolepoeng og godkjenning av nye "
         "fagområder.", ("M05", "1.4", RAD), False),
        ("Nettverk for fagskoleledere", "#nettverk", "Fagskolerådet", "Fagskolene",
         "Rektorene ved 30 fagskoler møttes tre ganger for å dele erfaring med samarbeid med bransjene.",
         (None, "1.4", RAD), False),
        ("Fagskolekonferansen 2074", "#arrangement #2074", "Fagskolerådet", "", "Ferdig.", None, True),
    ]),
    ("2.3", [
        ("Fagskolene på Yrkes-NM 2075", "#arrangement", "Fagskolerådet", "Nordland fylkeskommune, NHO",
         "Fagskolene hadde felles stand i Bodø og viste ungdom og foreldre veien videre etter fagbrevet.",
         ("J03", "2.3", ARR), False),
        ("Kampanjen «Bli fagskolestudent»", "#kampanje", "Fagskolerådet", "",
         "Filmer og annonser i sosiale medier rettet mot fagarbeidere mellom 25 og 40 år.",
         (None, "2.3", INFO), False),
    ]),
    ("Koble kompetansebehov i virksomhetene til utdanningstilbud", [
        ("DigiFag", "#utdanning", "Fagskolerådet", "UHR",
         "Fagskolene har sammen med universiteter og høyskoler laget digitale moduler som kan tas ved siden av jobb.",
         ("J06", "2.4", KURS), False),
    ]),
    ("Kunnskapsgrunnlaget om læring i arbeidslivet", [
        ("Studentundersøkelse blant fagskolestudenter", "", "Fagskolerådet", "NOKUT",
         "Undersøkelsen spurte 4 000 studenter om hvordan de kombinerer studier og jobb.", (None, "2.2", FOU),
         False),
    ]),
]


def _o(text: str, note: str = "", children: list[str] | None = None, complete: bool = False, ind: int = 2) -> str:
    pad = "  " * ind
    attrs = f'text="{xml_esc(text)}"'
    if complete:
        attrs += ' _complete="true"'
    if note:
        attrs += f' _note="{xml_esc(note)}"'
    if not children:
        return f"{pad}<outline {attrs} />"
    return "\n".join([f"{pad}<outline {attrs}>", *children, f"{pad}</outline>"])


def build(out) -> list[dict]:
    rows = []
    dms = []
    for dm_text, items in TREE:
        kids = []
        for name, tag, ansv, med, note, truth, complete in items:
            sub = [_o(f"Ansvar: {ansv}", ind=5)]
            if med:
                sub.append(_o(f"Med: {med}", ind=5))
            kids.append(_o(f"{name} {tag}".strip(), note, sub, complete, ind=4))
            if truth:
                rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, note))
        dms.append(_o(dm_text, children=kids, ind=3))
    dms.append(_o("Neste år (2076)", children=[_o("Fagskolemelding – innspill #innspill", ind=4)], ind=3))
    root = _o("Fagskolerådet – rapport til Kompetansepolitisk råd 2075",
              "Alt under her er tiltak vi gjennomførte i 2075.", dms, ind=2)
    doc = "\n".join(['<?xml version="1.0"?>', '<opml version="2.0">', "  <head>",
                     "    <ownerEmail>sekretariat@fagskoleradet.no</ownerEmail>", "  </head>", "  <body>",
                     root, "  </body>", "</opml>", ""])
    (out / FILENAME).write_bytes(doc.encode("utf-8"))
    return rows


def text(path) -> str:
    return xml_text(path.read_bytes(), ("text", "_note"))
