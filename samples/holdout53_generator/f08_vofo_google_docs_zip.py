"""VOFO: a Google Docs document downloaded as 'Nettside (.html, zippet)'.

Google's export: one HTML file with generated class names (.c1, .c2 …) carrying all formatting, images in
images/, comments as [a] [b] anchors with the comment texts collected at the end. A row of the table was struck
through while the document was shared (formatting only, via a class with text-decoration:line-through), and a
comment thread on it says why.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import html as lhtml
from PIL import Image, ImageDraw

from .common import ARR, DEJAVU_B, FOU, KURS, RAD, load_font, row, write_zip

FILENAME = "VOFOrapporteringKPR2073.zip"
MEMBER = "VOFO"
FORMAT = ("ZIP as downloaded from Google Docs ('Nettside (.html, zippet)'): one HTML file with generated CSS classes "
          "(.c0 … .c20, lst-kix list classes), images/image1.png, comments exported as [a]/[b] anchors and a comment "
          "section at the end")
SHAPE = ("table Tiltak / Hva gjorde vi i 2073? / Delmål (code or words only) / Type (a drop-down chip, one left "
         "empty) / Ansvarlig studieforbund / Med hvem; one row struck through by formatting only (a class with "
         "line-through) with a comment thread saying it ended in 2072; a second comment on a truth row; introduction, "
         "'Planer for 2074' bullets (not truth rows)")

INNER = "VOFOrapporteringKPR2073.html"

ROWS = [
    # tiltak, tekst, delmål cell, type cell, ansvar, med, seed, code, type, comment
    ("Frivillig sektors plass i Nasjonalt forum for karriereveiledning",
     "VOFO deltar i forumet på vegne av frivillig sektor og la fram innspill om studieforbundenes rolle i "
     "veiledning av voksne.", "1.3", "", "VOFO", "", "M04", "1.3", RAD, "b"),
    ("DigiKlar – digitale ferdigheter for seniorer",
     "Studiesirkler i 210 lokallag med til sammen 2 600 deltakere; nytt materiell om digital svindel.", "2.1",
     "Studiesirkel", "Folkeuniversitetet", "Kompetanseforbundet", "J05", "2.1", KURS, None),
    ("Kompetansepluss frivillighet – lese- og skrivekurs", "Avsluttet desember 2072.", "3.2", "Kurs",
     "Studieforbundene", "HK-dir", "STRUCK", "3.2", KURS, "a"),
    ("Språkkafé-nettverket",
     "Norsktrening med frivillige i 64 kommuner; felles materiell og kurs for frivillige ledere.", "3.4",
     "Nettverk", "AOF Norge", "Frivillighet Norge, IMDi", None, "3.4", RAD, None),
    ("Frivillighetens læringsdag 2073",
     "Markering 12. september med åpne kurs i 80 lokalsamfunn og debatt på Litteraturhuset om læring i "
     "frivilligheten.", "3.6", "Arrangement", "VOFO", "Frivillighet Norge", None, "3.6", ARR, None),
    ("Kursstatistikk for studieforbundene 2073",
     "Årlig statistikk over kurs, deltakere og timer, med en ny analyse av deltakelsen blant voksne uten fullført "
     "videregående opplæring.", "Kunnskapsgrunnlaget om læring", "Statistikk", "VOFO", "SSB", None, "2.2", FOU, None),
]
COMMENTS = {
    "a": ["Denne ble vel avsluttet i 2072? Stryker den.", "Ja, enig – tas ut av årets rapport. /Kari"],
    "b": ["Skal vi ha med antall møter? Tror det var fire."],
}

CSS = (
    '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
    '.lst-kix_5xq2m1h8c0yo-0>li:before{content:"\\0025cf   "}ul.lst-kix_5xq2m1h8c0yo-0{list-style-type:none}'
    'ol{margin:0;padding:0}table td,table th{padding:0}'
    '.c0{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
    'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;'
    'border-top-style:solid;background-color:#d9ead3;border-left-style:solid;border-bottom-width:1pt;width:90pt;'
    'border-top-color:#000000;border-bottom-style:solid}'
    '.c1{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
    'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;'
    'border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:90pt;border-top-color:#000000;'
    'border-bottom-style:solid}'
    '.c2{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";'
    'font-style:normal}'
    '.c3{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";'
    'font-style:normal}'
    '.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
    '.c5{color:#666666;font-weight:400;text-decoration:line-through;vertical-align:baseline;font-size:10pt;'
    'font-family:"Arial";font-style:normal}'
    '.c6{background-color:#e8f0fe;border-radius:8pt;color:#1a73e8;font-weight:400;text-decoration:none;'
    'vertical-align:baseline;font-size:9pt;font-family:"Arial";font-style:normal}'
    '.c7{vertical-align:super;font-size:10pt}'
    '.c8{color:#1155cc;text-decoration:underline}'
    '.c9{padding-top:0pt;padding-bottom:10pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
    '.c10{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";'
    'font-style:normal}'
    '.c11{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.c12{color:#1c4587;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:22pt;font-family:"Arial";'
    'font-style:normal}'
    '.c13{margin-left:-5pt;border-spacing:0;border-collapse:collapse;margin-right:auto}'
    '.c14{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}'
    '.c15{height:0pt}'
    '.c16{margin-left:36pt;padding-left:0pt;padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;'
    'text-align:left}'
    '.c17{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Arial";'
    'font-style:normal}'
    '.c18{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.c19{border:1px solid black;margin:5px}'
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;'
    'page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
    'page-break-after:avoid;orphans:2;widows:2;text-align:left}'
)


def _p(text, pcls="c9", scls="c10"):
    return f'<p class="{pcls}"><span class="{scls}">{escape(text)}</span></p>'


def _cell(inner, head=False):
    return f'<td class="{"c0" if head else "c1"}" colspan="1" rowspan="1">{inner}</td>'


def html_doc() -> str:
    parts = []
    parts.append('<p class="c9"><span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px '
                 'solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) '
                 'translateZ(0px); width: 160.00px; height: 48.00px;"><img alt="" src="images/image1.png" style="width: '
                 '160.00px; height: 48.00px; margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) '
                 'translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);" title=""></span></p>')
    parts.append('<p class="c11 title" id="h.3l9d2k1mf0a7"><span class="c12">VOFOs rapportering til '
                 'Kompetansepolitisk råd 2073</span></p>')
    parts.append(_p("VOFO – Voksenopplæringsforbundet rapporterer her på vegne av studieforbundene. Tabellen viser "
                    "tiltak som ble gjennomført eller videreført i 2073. Dokumentet er skrevet sammen av VOFO og "
                    "kontaktpersonene i studieforbundene."))
    head = ["Tiltak", "Hva gjorde vi i 2073?", "Delmål", "Type", "Ansvarlig studieforbund", "Med hvem"]
    trs = ['<tr class="c15">' + "".join(_cell(f'<p class="c4"><span class="c3">{escape(h)}</span></p>', True)
                                      for h in head) + "</tr>"]
    for name, tekst, dm, typ, ans, med, seed, code, t, com in ROWS:
        span = "c5" if seed == "STRUCK" else "c2"
        name_html = f'<span class="{"c5" if seed == "STRUCK" else "c3"}">{escape(name)}</span>'
        if com:
            idx = ord(com) - ord("a") + 1
            name_html += (f'<sup class="c7"><a href="#cmnt{idx}" id="cmnt_ref{idx}">[{com}]</a></sup>')
        typ_html = (f'<span class="{"c5" if seed == "STRUCK" else "c6"}">{escape(typ)}</span>' if typ
                    else f'<span class="{span}"></span>')
        cells = [name_html, f'<span class="{span}">{escape(tekst)}</span>', f'<span class="{span}">{escape(dm)}</span>',
                 typ_html, f'<span class="{span}">{escape(ans)}</span>', f'<span class="{span}">{escape(med)}</span>']
        trs.append('<tr class="c15">' + "".join(_cell(f'<p class="c4">{c}</p>') for c in cells) + "</tr>")
    parts.append('<a id="t.7c1e0a0b9f4d2e8a"></a><a id="t.0"></a><table class="c13">' + "".join(trs) + "</table>")
    parts.append(_p("", "c9", "c10"))
    parts.append('<h2 class="c18" id="h.q8w1x2v3b4n5"><span class="c17">Planer for 2074</span></h2>')
    parts.append('<ul class="c20 lst-kix_5xq2m1h8c0yo-0 start">'
                 '<li class="c16 li-bullet-0"><span class="c10">Ny runde med DigiKlar med vekt på kunstig intelligens i '
                 'hverdagen.</span></li>'
                 '<li class="c16 li-bullet-0"><span class="c10">Studieforbundsdagen 2074 i Trondheim (planlegges '
                 'sammen med Frivillighet Norge).</span></li></ul>')
    parts.append(_p("Kontakt: Kari Holm, VOFO, kari.holm@vofo.no"))
    comments = []
    for key, texts in COMMENTS.items():
        idx = ord(key) - ord("a") + 1
        inner = (f'<p class="c4"><a href="#cmnt_ref{idx}" id="cmnt{idx}">[{key}]</a><span class="c2">'
                 f'{escape(texts[0])}</span></p>')
        for t in texts[1:]:
            inner += f'<p class="c4"><span class="c2">{escape(t)}</span></p>'
        comments.append(f'<div class="c19">{inner}</div>')
    body = "".join(parts) + "".join(comments)
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            + CSS + '</style></head><body class="c14 doc-content">' + body + "</body></html>")


def logo() -> bytes:
    img = Image.new("RGB", (320, 96), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((4, 8, 92, 88), radius=14, fill=(0, 122, 94))
    d.text((110, 20), "VOFO", font=load_font(DEJAVU_B, 52), fill=(0, 122, 94))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def build(out: Path) -> list[dict]:
    write_zip(out / FILENAME, [(INNER, html_doc(), True), ("images/image1.png", logo(), False)],
              dt=(2074, 1, 29, 14, 3, 20))
    rows = []
    for name, tekst, dm, typ, ans, med, seed, code, t, com in ROWS:
        if seed == "STRUCK":
            continue
        rows.append(row(FILENAME, MEMBER, name, seed, code, t, ans, med, tekst))
    return rows


def text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        doc = lhtml.fromstring(z.read(INNER).decode("utf-8"))
    out = []
    for el in doc.iter("p", "li", "h2"):
        out.append(el.text_content())
    return "\n".join(out)


NOT_TRUTH = ("the logo, title and introduction, the struck-through row 'Kompetansepluss frivillighet – lese- og "
             "skrivekurs' (ended 2072, comment [a]), the comment texts [a] and [b], 'Planer for 2074' bullets and the "
             "contact line")
