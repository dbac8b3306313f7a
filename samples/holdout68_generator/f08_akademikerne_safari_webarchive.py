"""Akademikerne: the report is an article on the website, saved in Safari as a web archive («Arkiver nettside»,
.webarchive): a binary property list with WebMainResource (the HTML as bytes, its MIME type, encoding and URL) and
WebSubresources (the stylesheet, a script and the logo). In the article each measure is an h3, a description
paragraph and a definition list (Mål i strategien / Type / Ansvarlig forening / Samarbeid); the goal is Akademikerne's
paraphrase. Site navigation, a cookie banner, a «Les også» box and the footer surround the article. The trap is
Tekna's own network for its RSA members. A career day that is next year's has a heading and a short list too."""
from __future__ import annotations

import io
import plistlib

from .common import INFO, KURS, RAD, html_text, row

FILENAME = "Akademikerne – slik følger vi opp kompetansestrategien 2088.webarchive"
MEMBER = "Akademikerne"
FORMAT = ("Safari web archive (.webarchive): a binary property list (plistlib, FMT_BINARY) with WebMainResource "
          "(WebResourceData = the page's UTF-8 HTML, MIME type, text encoding, URL, frame name) and WebSubresources "
          "(CSS, JavaScript, PNG logo made with Pillow)")
SHAPE = ("web article saved from the member's website: site navigation, cookie banner, breadcrumb, ingress, one h3 per "
         "measure with a paragraph and a definition list (dl) Mål i strategien / Type / Ansvarlig forening / "
         "Samarbeid; the goal as Akademikerne's paraphrase («Tettere bånd mellom utdanning og arbeidsliv»); kind "
         "words Verv i råd, Nettverk, Kursserie, Rådgivning; an h3 for next year's career day; «Les også» box and "
         "footer")
NOT_TRUTH = ("the navigation, cookie banner, breadcrumb, title and ingress, the dt labels and the Mål i strategien and "
             "Type values, the section 'Kompetansedagen for akademikere' (next held on 4 February 2089), the «Les "
             "også» box, the footer, the stylesheet, the script and the logo")
SPLIT_FIELDS = ("samarbeidspartnere",)
URL = "https://www.akademikerne.no/aktuelt/slik-folger-vi-opp-kompetansestrategien-2088/"

# name, paragraph, goal words, kind, forening, partners, seed, dm, type
ITEMS = [
    ("Akademikernes plass i UHR-Medisin og helse",
     "Legeforeningen har arbeidslivets plass i UHR-Medisin og helse, UHRs fagstrategiske enhet for medisin- og "
     "helsefagutdanningene. I 2088 var hovedsaken praksis i spesialisthelsetjenesten.",
     "Tettere bånd mellom utdanning og arbeidsliv", "Verv i råd", "Den norske legeforening", [], "M03", "1.4", RAD),
    ("RSA ved NTNU",
     "Tekna deltar i Rådet for samarbeid med arbeidslivet ved NTNU. Rådet drøftet i 2088 behovet for ingeniører med "
     "digital kompetanse og nye videreutdanninger.",
     "Tettere bånd mellom utdanning og arbeidsliv", "Verv i råd", "Tekna", [], "M06", "1.4", RAD),
    ("Tekna-nettverket for RSA-representanter",
     "Tekna samler medlemmene som sitter i RSA ved universiteter og høgskoler to ganger i året for å utveksle "
     "erfaringer. Nettverket er Teknas eget og er ikke en del av rådene.",
     "Tettere bånd mellom utdanning og arbeidsliv", "Nettverk", "Tekna", [], None, "1.4", RAD),
    ("Etterutdanning i KI for jurister",
     "Kursserie på seks moduler om kunstig intelligens i juridisk arbeid, utviklet sammen med Universitetet i "
     "Bergen. 640 deltok.",
     "Digital kompetanse i hele arbeidsstyrken", "Kursserie", "Juristforbundet", ["Universitetet i Bergen"], None,
     "2.1", KURS),
    ("Karrieresamtaler for seniorakademikere",
     "Medlemmer over 55 år fikk tilbud om inntil tre samtaler om karriere og veien videre i arbeidslivet. Det ble "
     "holdt 310 samtaler i 2088.",
     "Karriereveiledning i alle aldre", "Rådgivning", "Samfunnsøkonomene", ["Karriere Oslo"], None, "1.3", INFO),
]
NEXT_YEAR = ("Kompetansedagen for akademikere",
             "Neste kompetansedag er 4. februar 2089. Den forrige ble holdt i 2087.",
             "Tettere bånd mellom utdanning og arbeidsliv", "Konferanse")

CSS = """body{font-family:"Source Sans Pro",Arial,sans-serif;color:#1d1d1b;margin:0}
.topp{background:#00334e;color:#fff;padding:12px 32px}.topp a{color:#fff;margin-right:18px;text-decoration:none}
.cookie{background:#f4f1ea;padding:10px 32px;font-size:14px}main{max-width:760px;margin:24px auto}
.ingress{font-size:20px}dl.fakta{display:grid;grid-template-columns:180px 1fr;gap:4px 12px;background:#eef3f6;
padding:10px 14px;font-size:15px}dl.fakta dt{font-weight:600}aside.les-ogsa{border-top:3px solid #00334e;margin-top:32px}
footer{background:#00334e;color:#fff;padding:24px 32px;font-size:14px}
"""
JS = """(function(){var c=document.querySelector('.cookie button');if(c){c.addEventListener('click',function(){
document.querySelector('.cookie').style.display='none';document.cookie='samtykke=ja;path=/';});}})();
"""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html() -> str:
    parts = ['<!DOCTYPE html>', '<html lang="nb"><head><meta charset="utf-8">',
             '<title>Slik følger vi opp kompetansestrategien i 2088 | Akademikerne</title>',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<link rel="stylesheet" href="/static/css/site.css">',
             '<script src="/static/js/cookie.js" defer></script></head><body>',
             '<header class="topp"><img src="/static/img/logo.png" alt="Akademikerne" width="150" height="36"> ',
             '<nav><a href="/">Forsiden</a><a href="/politikk/">Politikk</a><a href="/aktuelt/">Aktuelt</a>'
             '<a href="/om-oss/">Om oss</a><a href="/kontakt/">Kontakt</a></nav></header>',
             '<div class="cookie"><p>Vi bruker informasjonskapsler for å forbedre nettstedet. '
             '<button type="button">Jeg forstår</button></p></div>',
             '<main><nav class="brodsmuler"><a href="/">Forsiden</a> › <a href="/aktuelt/">Aktuelt</a> › '
             'Kompetansestrategien</nav><article>',
             '<h1>Slik følger vi opp kompetansestrategien i 2088</h1>',
             '<p class="dato">Publisert 14. januar 2089</p>',
             '<p class="ingress">Akademikerne og foreningene våre rapporterer hvert år til Kompetansepolitisk råd. '
             'Her er tiltakene fra 2088.</p>']
    for name, para, goal, kind, foren, med, *_ in ITEMS[:4]:
        parts.append(_item(name, para, goal, kind, foren, med))
    n, p, g, k = NEXT_YEAR
    parts.append(f'<h3>{_esc(n)}</h3><p>{_esc(p)}</p><dl class="fakta"><dt>Mål i strategien</dt><dd>{_esc(g)}</dd>'
                 f'<dt>Type</dt><dd>{_esc(k)}</dd></dl>')
    name, para, goal, kind, foren, med, *_ = ITEMS[4]
    parts.append(_item(name, para, goal, kind, foren, med))
    parts += ['</article><aside class="les-ogsa"><h2>Les også</h2><ul>',
              '<li><a href="/aktuelt/kbu-rapport-2088/">Akademikerne om KBU-rapporten</a></li>',
              '<li><a href="/aktuelt/lonnsoppgjoret-2088/">Lønnsoppgjøret 2088</a></li></ul></aside></main>',
              '<footer><p>Akademikerne · Akersgata 16, 0158 Oslo · post@akademikerne.no</p>'
              '<p>Ansvarlig redaktør: Kari Lunde Sæther</p></footer></body></html>']
    return "\n".join(parts) + "\n"


def _item(name, para, goal, kind, foren, med) -> str:
    return (f'<h3>{_esc(name)}</h3>\n<p>{_esc(para)}</p>\n<dl class="fakta"><dt>Mål i strategien</dt><dd>{_esc(goal)}'
            f'</dd><dt>Type</dt><dd>{_esc(kind)}</dd><dt>Ansvarlig forening</dt><dd>{_esc(foren)}</dd>'
            f'<dt>Samarbeid</dt><dd>{_esc(", ".join(med)) if med else "–"}</dd></dl>')


def _logo() -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (300, 72), (0, 51, 78))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    dr.text((14, 18), "Akademikerne", font=f, fill=(255, 255, 255))
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build(out) -> list[dict]:
    base = "https://www.akademikerne.no"
    archive = {
        "WebMainResource": {
            "WebResourceData": _html().encode("utf-8"),
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": URL,
        },
        "WebSubresources": [
            {"WebResourceData": CSS.encode("utf-8"), "WebResourceMIMEType": "text/css",
             "WebResourceTextEncodingName": "utf-8", "WebResourceURL": base + "/static/css/site.css"},
            {"WebResourceData": JS.encode("utf-8"), "WebResourceMIMEType": "application/javascript",
             "WebResourceTextEncodingName": "utf-8", "WebResourceURL": base + "/static/js/cookie.js"},
            {"WebResourceData": _logo(), "WebResourceMIMEType": "image/png",
             "WebResourceURL": base + "/static/img/logo.png"},
        ],
    }
    (out / FILENAME).write_bytes(plistlib.dumps(archive, fmt=plistlib.FMT_BINARY, sort_keys=True))
    return [row(FILENAME, MEMBER, name, seed, dm, ty, foren, ", ".join(med), para)
            for name, para, _g, _k, foren, med, seed, dm, ty in ITEMS]


def main_html(path) -> str:
    arc = plistlib.loads(path.read_bytes())
    res = arc["WebMainResource"]
    return res["WebResourceData"].decode(res.get("WebResourceTextEncodingName", "utf-8"))


def text(path) -> str:
    return html_text(main_html(path))
