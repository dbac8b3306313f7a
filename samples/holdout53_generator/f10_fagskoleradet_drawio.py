"""Fagskolerådet: a draw.io (diagrams.net desktop) swimlane diagram.

Each swimlane is a delmål; each measure is a shape inside its lane (the delmål only by the cell's parent lane).
The kind of measure is given only by the shape (hexagon, rounded rectangle, document, note …) explained on a
second page 'Forklaring'. Both pages are stored compressed (deflate-raw + base64 of the URI-encoded XML), as
draw.io does with compression switched on.
"""
from __future__ import annotations

import base64
import re
import urllib.parse
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from lxml import html as lhtml

from .common import FOU, INFO, PROSJEKT, RAD, row

FILENAME = "Fagskolerådet tiltak 2073.drawio"
MEMBER = "Fagskolerådet"
FORMAT = ("draw.io / diagrams.net file (mxfile XML, two <diagram> pages, each compressed: deflate-raw + base64 of the "
          "URI-encoded mxGraphModel), written as text")
SHAPE = ("swimlane diagram: one horizontal lane per delmål (code + words in the vertical lane title), measures as shapes "
         "inside the lanes with an HTML label (bold name, text, italic 'Ansvar: … · Med: …'); delmål only by the lane a "
         "shape sits in; type only by the shape (hexagon = råd og nettverk, rounded rectangle = prosjekt, document = "
         "kartlegging, note = innspill) as explained on the second page 'Forklaring'; a grey box (2072) and a dashed "
         "box (2074) in one lane, a title and a callout (not truth rows)")

LANES = [
    ("lane13", "1.3 Karriereveiledning"),
    ("lane14", "1.4 Samarbeid utdanning – arbeidsliv"),
    ("lane22", "2.2 Kunnskapsgrunnlaget om læring i arbeidslivet"),
    ("lane24", "2.4 Koble behov i virksomhetene til tilbyderne"),
]
STYLE = {
    "hex": "shape=hexagon;perimeter=hexagonPerimeter2;whiteSpace=wrap;html=1;fixedSize=1;size=18;fillColor=#dae8fc;strokeColor=#6c8ebf;align=left;spacingLeft=14;spacingRight=10;verticalAlign=top;",
    "round": "rounded=1;whiteSpace=wrap;html=1;arcSize=12;fillColor=#d5e8d4;strokeColor=#82b366;align=left;spacingLeft=8;verticalAlign=top;",
    "doc": "shape=document;whiteSpace=wrap;html=1;boundedLbl=1;fillColor=#fff2cc;strokeColor=#d6b656;align=left;spacingLeft=8;verticalAlign=top;",
    "note": "shape=note;whiteSpace=wrap;html=1;backgroundOutline=1;size=16;fillColor=#ffe6cc;strokeColor=#d79b00;align=left;spacingLeft=8;verticalAlign=top;",
    "ellipse": "ellipse;whiteSpace=wrap;html=1;fillColor=#e1d5e7;strokeColor=#9673a6;",
    "grey": "rounded=1;whiteSpace=wrap;html=1;fillColor=#f5f5f5;strokeColor=#cccccc;fontColor=#999999;align=left;spacingLeft=8;verticalAlign=top;",
    "dashed": "rounded=1;whiteSpace=wrap;html=1;dashed=1;dashPattern=8 8;fillColor=none;strokeColor=#666666;fontColor=#666666;align=left;spacingLeft=8;verticalAlign=top;",
}

MEASURES = [
    # id, lane, shape, name, text, ansvar, med, seed, code, type
    ("m1", "lane14", "hex", "Nasjonalt råd for fagskoleutdanning",
     "Fagskolerådet har to medlemmer i rådet og leder arbeidsgruppen for kvalitet.", "Fagskolerådet", "", "M05",
     "1.4", RAD),
    ("m2", "lane14", "round", "Fagskoleløftet Vest",
     "Felles prosjekt med to fylkeskommuner om korte fagskoletilbud for havbruk og maritim næring; fem nye emner i "
     "2073.", "Fagskolerådet", "Vestland fylkeskommune, Møre og Romsdal fylkeskommune", "J06", "1.4", PROSJEKT),
    ("m3", "lane14", "note", "Innspill til Nasjonalt råd for fagskoleutdanning om ny finansieringsmodell",
     "Skriftlig innspill i september med forslag om at korte emner skal gi full uttelling i finansieringen.",
     "Fagskolerådet", "", None, "1.4", INFO),
    ("m4", "lane13", "hex", "Nettverk for karriereveiledere i fagskolene",
     "To nettverkssamlinger for veiledere ved 40 fagskoler om veiledning av voksne søkere.", "Fagskolerådet", "HK-dir",
     None, "1.3", RAD),
    ("m5", "lane22", "doc", "Kartlegging av bransjenes behov for fagskoleutdanning",
     "Intervjuer med 14 bransjeorganisasjoner og en spørreundersøkelse til 600 bedrifter; rapporten kom i november.",
     "Fagskolerådet", "NIFU", None, "2.2", FOU),
]
OTHERS = [
    ("o1", "lane24", "grey", "Fagskolens dag 2072", "Gjennomført i 2072.", "", ""),
    ("o2", "lane24", "dashed", "Fagskolekonferansen 2074",
     "Planleggingen er i gang; konferansen holdes i Bergen i april 2074.", "Fagskolerådet", ""),
]
LEGEND = [
    ("hex", "Råd og nettverk"), ("round", "Prosjekt"), ("doc", "Kartlegging / utredning"), ("note", "Innspill"),
    ("ellipse", "Arrangement"), ("grey", "Avsluttet (ikke 2073)"), ("dashed", "Planlagt (ikke 2073)"),
]


def label(name, text, ans, med) -> str:
    s = f"<b>{escape(name)}</b><br>{escape(text)}"
    tail = []
    if ans:
        tail.append(f"Ansvar: {escape(ans)}")
    if med:
        tail.append(f"Med: {escape(med)}")
    if tail:
        s += "<br><i>" + " · ".join(tail) + "</i>"
    return s


def attr(s: str) -> str:
    return escape(s, {'"': "&quot;", "\n": "&#xa;"})


def cell(cid, value, style, parent, x, y, w, h, vertex=True) -> str:
    return (f'<mxCell id="{cid}" value="{attr(value)}" style="{attr(style)}" vertex="1" parent="{parent}">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry" /></mxCell>')


def page1() -> str:
    cells = ['<mxCell id="0" />', '<mxCell id="1" parent="0" />']
    cells.append(cell("title", "<font style=\"font-size: 22px;\"><b>Fagskolerådet – tiltak 2073</b></font><br>"
                      "etter delmål i Nasjonal kompetansepolitisk strategi",
                      "text;html=1;align=left;verticalAlign=top;whiteSpace=wrap;", "1", 40, 20, 700, 60))
    y = 100
    lane_h = {"lane13": 170, "lane14": 340, "lane22": 170, "lane24": 170}
    for lid, name in LANES:
        cells.append(cell(lid, name, "swimlane;horizontal=0;whiteSpace=wrap;html=1;startSize=60;fillColor=#f8f8f8;"
                          "strokeColor=#999999;fontStyle=1;", "1", 40, y, 1200, lane_h[lid]))
        y += lane_h[lid]
    pos = {"m1": (90, 20, 420, 130), "m2": (560, 20, 440, 150), "m3": (300, 190, 520, 130),
           "m4": (90, 20, 460, 130), "m5": (90, 20, 520, 130), "o1": (90, 25, 300, 90), "o2": (440, 25, 420, 110)}
    # stored in the order they were drawn, not lane by lane
    order = ["m2", "m4", "m1", "o1", "m5", "m3", "o2"]
    allm = {m[0]: m for m in MEASURES}
    allo = {o[0]: o for o in OTHERS}
    for mid in order:
        if mid in allm:
            _id, lane, shape, name, text, ans, med, *_ = allm[mid]
        else:
            _id, lane, shape, name, text, ans, med = allo[mid]
        x, yy, w, h = pos[mid]
        cells.append(cell(mid, label(name, text, ans, med), STYLE[shape], lane, x, yy, w, h))
    cells.append(cell("call1", "Se også rapportene fra Vestland og Møre og Romsdal",
                      "shape=callout;whiteSpace=wrap;html=1;perimeter=calloutPerimeter;fillColor=#ffffff;"
                      "strokeColor=#999999;fontColor=#666666;position2=0.2;", "1", 1040, 140, 190, 90))
    return ('<mxGraphModel dx="1434" dy="844" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" '
            'fold="1" page="1" pageScale="1" pageWidth="1654" pageHeight="1169" math="0" shadow="0"><root>'
            + "".join(cells) + "</root></mxGraphModel>")


def page2() -> str:
    cells = ['<mxCell id="0" />', '<mxCell id="1" parent="0" />']
    cells.append(cell("lt", "<b>Forklaring</b>", "text;html=1;align=left;", "1", 40, 20, 300, 30))
    y = 70
    for i, (shape, txt) in enumerate(LEGEND):
        cells.append(cell(f"ls{i}", "", STYLE[shape], "1", 40, y, 80, 44))
        cells.append(cell(f"lx{i}", txt, "text;html=1;align=left;verticalAlign=middle;", "1", 140, y, 300, 44))
        y += 60
    cells.append(cell("lnote", "Delmål = svømmebanen tiltaket står i. Laget av Fagskolerådets sekretariat, januar 2074.",
                      "text;html=1;align=left;whiteSpace=wrap;fontColor=#666666;", "1", 40, y + 10, 520, 40))
    return ('<mxGraphModel dx="1434" dy="844" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" '
            'fold="1" page="1" pageScale="1" pageWidth="827" pageHeight="1169" math="0" shadow="0"><root>'
            + "".join(cells) + "</root></mxGraphModel>")


def compress(xml: str) -> str:
    enc = urllib.parse.quote(xml, safe="-_.!~*'()")
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = co.compress(enc.encode("ascii")) + co.flush()
    return base64.b64encode(raw).decode("ascii")


def decompress(data: str) -> str:
    raw = zlib.decompress(base64.b64decode(data), -15)
    return urllib.parse.unquote(raw.decode("ascii"))


def build(out: Path) -> list[dict]:
    doc = ('<mxfile host="Electron" modified="2074-01-22T13:44:09.512Z" agent="Mozilla/5.0 (Windows NT 10.0; Win64; x64) '
           'AppleWebKit/537.36 (KHTML, like Gecko) draw.io/24.7.5 Chrome/126.0.6478.183 Electron/31.3.0 Safari/537.36" '
           'etag="q8GZcB1VJ3w0YtKxO2mR" version="24.7.5" type="device" pages="2">\n'
           f'  <diagram name="Tiltak 2073" id="Xk2mE7pQv1LcA9sT0bHd">{compress(page1())}</diagram>\n'
           f'  <diagram name="Forklaring" id="n4RrW8uYz6JfK3pG5aVc">{compress(page2())}</diagram>\n'
           '</mxfile>\n')
    (out / FILENAME).write_bytes(doc.encode("utf-8"))
    return [row(FILENAME, MEMBER, name, seed, code, t, ans, med, text)
            for _id, _lane, _shape, name, text, ans, med, seed, code, t in MEASURES]


def models(path: Path) -> list[etree._Element]:
    root = etree.fromstring(path.read_bytes())
    return [etree.fromstring(decompress(d.text.strip()).encode("utf-8")) for d in root.iter("diagram")]


def text(path: Path) -> str:
    out = []
    for m in models(path):
        for c in m.iter("mxCell"):
            v = c.get("value")
            if v:
                v = re.sub(r"<br\s*/?>", "\n", v)
                out.append(lhtml.fromstring(f"<div>{v}</div>").text_content())
    return "\n".join(out)


NOT_TRUTH = ("the title, the lane titles, the grey box 'Fagskolens dag 2072' (finished), the dashed box "
             "'Fagskolekonferansen 2074' (planned), the callout, the whole 'Forklaring' page")
