"""Akademikerne: the report written in Word and saved as «Webside, filtrert» (.htm), which is what Word writes when a
user wants «clean» HTML: windows-1252 bytes, a Generator meta «Microsoft Word 15 (filtered)», a style block with
MsoNormal / MsoTableGrid / MsoListParagraphCxSp* classes, the body in div.WordSection1, every table cell a p.MsoNormal
with inline border styles, lines of the source wrapped at about 76 characters (inside tags too), and bullets written
as Word writes them without list markup: a p.MsoListParagraphCxSpFirst/Last paragraph that opens with «·» in the
Symbol font and a run of &nbsp; in 7 pt Times New Roman. Four measures stand in a table, two more as bullets
«Name (delmål 2.6, prosjekt): text. Ansvar: … Samarbeid: … og …» under «Andre tiltak i 2091»; one bullet is postponed to
next year. The trap is Samfunnsøkonomene's own paid add-on for leaders after the joint AI course."""
from __future__ import annotations

import re

from .common import KURS, PROSJEKT, RAD, row

FILENAME = "Akademikerne – tiltak 2091.htm"
MEMBER = "Akademikerne"
FORMAT = ("HTML as Word saves «Webside, filtrert» (.htm): windows-1252 with a Content-Type meta, Generator «Microsoft "
          "Word 15 (filtered)», a style block (MsoNormal, MsoTableGrid, MsoListParagraphCxSpFirst/Middle/Last), "
          "div.WordSection1, a table of p.MsoNormal cells with inline borders, bullets as paragraphs opening with a "
          "Symbol-font «·» and &nbsp; runs (no ul/li), source lines wrapped at 76 characters; written as text")
SHAPE = ("a Word report saved as filtered web page: a heading, intro, a table Tiltak / Forening / Strategimål / Art / "
         "Samarbeid / Gjennomført i 2091 (four measures, the association as responsible, delmål as a plain code, "
         "Akademikerne's kind words Utvalgsplass, Nettkurs, Påbyggingskurs), then «Andre tiltak i 2091» as two "
         "Word bullets «Name (delmål 2.6, prosjekt): text. Ansvar: … Samarbeid: … og …», one of them postponed to "
         "next year; the UHR-FSE seat named «Nasjonalt råd for teknologisk utdanning i UHR-MNT – arbeidslivsplassen»")
NOT_TRUTH = ("the head and style block, the heading and intro, the table header, the Strategimål and Art cells, «–» "
             "cells, the heading «Andre tiltak i 2091», the brackets and labels of the bullets, the bullet "
             "'Karrieredag for realister' (postponed, held in March next year at the earliest), the contact paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Forening", "Strategimål", "Art", "Samarbeid", "Gjennomført i 2091"]
WIDTHS_PT = [112, 78, 52, 66, 80, 176]

# name, forening, dm, art, partners, text, seed, type
TABLE = [
    ("Kompetansebehovsutvalget – Akademikernes plass", "Akademikerne", "1.1", "Utvalgsplass", "",
     "Akademikerne bidro med analyser av behovet for realfagskompetanse i offentlig sektor til utvalgets rapport.",
     "M03", RAD),
    ("Nasjonalt råd for teknologisk utdanning i UHR-MNT – arbeidslivsplassen", "Tekna", "1.4", "Utvalgsplass", "",
     "Tekna har arbeidslivets plass i rådet. Rådet fulgte i 2091 opp de nye retningslinjene for "
     "ingeniørutdanningene.", "M06", RAD),
    ("KI-kortet", "Tekna", "2.1", "Nettkurs", "Unio, Kompetanseforbundet",
     "Akademikerne har ledet arbeidet med det felles nettkurset om kunstig intelligens på jobben. Kurset ble åpnet i "
     "februar, og 11 400 deltakere fullførte i 2091.", "J05", KURS),
    ("KI-kortet for ledere", "Samfunnsøkonomene", "2.1", "Påbyggingskurs", "",
     "Et eget betalt påbygg for ledere som har tatt KI-kortet, om styring og risiko ved bruk av kunstig intelligens. "
     "Påbygget er Samfunnsøkonomenes eget og er ikke en del av KI-kortet.", None, KURS),
]
# name, dm, art word, text, ansvar, partners (as written, truth list), seed, dm, type
BULLETS = [
    ("Mentorprogram for leger utdannet utenfor EØS", "2.6", "prosjekt",
     "Legeforeningen koblet 60 leger med utdanning fra land utenfor EØS med erfarne kolleger mens de tok "
     "kompletterende utdanning.", "Den norske legeforening", "Helsedirektoratet og Universitetet i Bergen",
     "Helsedirektoratet, Universitetet i Bergen", None, PROSJEKT),
    ("Karrieredag for realister", "1.3", "arrangement",
     "Utsatt – dagen holdes først i mars neste år.", "Tekna", "", "", "", None),
]

STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:"Calibri Light";
\tpanose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
h1
\t{margin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:16.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}
h2
\t{margin-top:2.0pt;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:0cm;
\tline-height:107%;
\tpage-break-after:avoid;
\tfont-size:13.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#2F5496;
\tfont-weight:normal;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
.MsoChpDefault
\t{font-family:"Calibri",sans-serif;}
.MsoPapDefault
\t{margin-bottom:8.0pt;
\tline-height:107%;}
@page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->
</style>"""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _wrap(line: str, width: int = 76) -> str:
    """Break a line of source at spaces so that no line runs past width, as Word's HTML writer does: also inside tags
    and style values, never inside a double-quoted name; continuation lines keep the first line's indentation."""
    indent = line[:len(line) - len(line.lstrip(" "))]
    body = line[len(indent):]
    tokens, tok, dq = [], "", False
    for ch in body:
        if ch == '"':
            dq = not dq
        if ch == " " and not dq:
            tokens.append(tok)
            tok = ""
        else:
            tok += ch
    tokens.append(tok)
    out, cur = [], indent
    for t in tokens:
        if cur.strip() == "":
            cur = indent + t
        elif len(cur) + 1 + len(t) > width:
            out.append(cur)
            cur = indent + t
        else:
            cur += " " + t
    out.append(cur)
    return "\n".join(out)


def _cell(text_html: str, width: int, first_row: bool, first_col: bool, head: bool) -> str:
    border = "border:solid windowtext 1.0pt"
    if not first_col:
        border += ";border-left:none"
    if not first_row:
        border += ";border-top:none"
    bg = ";background:#D9E2F3" if head else ""
    td = (f"  <td width={round(width * 4 / 3)} valign=top style='width:{width}.0pt;{border}{bg};"
          f"padding:0cm 5.4pt 0cm 5.4pt'>")
    p = f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>{text_html}</p>"
    return _wrap(td) + "\n" + _wrap(p) + "\n  </td>"


def _bullet(cls: str, inner: str) -> str:
    return _wrap(f"<p class={cls} style='text-indent:-18.0pt'><span style='font-family:Symbol'>·<span "
                 f"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                 f"{inner}</p>")


def build(out) -> list[dict]:
    parts = ["<html>", "", "<head>",
             '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
             '<meta name=Generator content="Microsoft Word 15 (filtered)">',
             "<title>Akademikerne – tiltak 2091</title>", STYLE, "", "</head>", "",
             "<body lang=NO-BOK style='word-wrap:break-word'>", "", "<div class=WordSection1>", "",
             "<h1>Akademikernes rapportering til Kompetansepolitisk råd 2091</h1>", "",
             _wrap("<p class=MsoNormal>Akademikerne og foreningene har i 2091 arbeidet med tiltakene nedenfor for å "
                   "følge opp Nasjonal kompetansepolitisk strategi. Foreningen som er oppført, har hatt ansvaret. "
                   "Delmålene er oppgitt med nummeret i strategien.</p>"), "",
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
             " style='border-collapse:collapse;border:none'>"]
    rows = []
    parts.append(" <tr>")
    for j, (h, w) in enumerate(zip(HEAD, WIDTHS_PT)):
        parts.append(_cell(f"<b>{_esc(h)}</b>", w, True, j == 0, True))
    parts.append(" </tr>")
    for name, forening, dm, art, med, txt, seed, ty in TABLE:
        parts.append(" <tr>")
        vals = [f"<b>{_esc(name)}</b>", _esc(forening), dm, _esc(art), _esc(med) if med else "–", _esc(txt)]
        for j, (v, w) in enumerate(zip(vals, WIDTHS_PT)):
            parts.append(_cell(v, w, False, j == 0, False))
        parts.append(" </tr>")
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, forening, med, txt))
    parts += ["</table>", "", "<p class=MsoNormal>&nbsp;</p>", "", "<h2>Andre tiltak i 2091</h2>", ""]
    for k, (name, dm, art, txt, ans, med_written, med, seed, ty) in enumerate(BULLETS):
        cls = "MsoListParagraphCxSpFirst" if k == 0 else (
            "MsoListParagraphCxSpLast" if k == len(BULLETS) - 1 else "MsoListParagraphCxSpMiddle")
        tail = ""
        if ans:
            tail = f" Ansvar: {_esc(ans)}."
        if med_written:
            tail += f" Samarbeid: {_esc(med_written)}."
        parts.append(_bullet(cls, f"<b>{_esc(name)}</b> (delmål {dm}, {art}): {_esc(txt)}{tail}"))
        parts.append("")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    parts += [_wrap("<p class=MsoNormal>Kontakt: Sigrid Mæland, fagsjef i Akademikerne, januar 2092.</p>"), "",
              "</div>", "", "</body>", "", "</html>", ""]
    html = "\r\n".join("\r\n".join(p.split("\n")) for p in parts)
    (out / FILENAME).write_bytes(html.encode("cp1252"))
    return rows


def text(path) -> str:
    """The text a browser shows, block by block (paragraphs, headings and cells on their own lines)."""
    import lxml.html
    data = path.read_bytes().decode("cp1252")
    doc = lxml.html.fromstring(data)
    out = []
    for el in doc.iter("p", "h1", "h2", "title"):
        out.append(re.sub(r"\s+", " ", el.text_content().replace("\xa0", " ")).strip())
    return "\n".join(out)
