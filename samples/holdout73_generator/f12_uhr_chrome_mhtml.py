"""UHR: an intranet page saved by Chrome as «Nettside, enkelt fil» (.mhtml): a MIME multipart/related message «Saved by
Blink» with the page's HTML (quoted-printable), its style sheet and a logo. The page is UHR's project page for the
council: a site header and menu, a breadcrumb, the title, an intro, then one <article> per measure with an <h2> name, a
paragraph and a definition list (Delmål / Type / Ansvar / Samarbeid). The trap is UHR's own AI course for staff in the
sector, right under the joint course. A conference moved to May 2094 is told only in words."""
from __future__ import annotations

import base64
import io
import quopri
import re

from .common import FOU, INFO, KURS, RAD, row, xml_esc

FILENAME = "UHR – tiltak i kompetansestrategien 2093.mhtml"
MEMBER = "UHR"
FORMAT = ("MHTML as Chrome saves «Nettside, enkelt fil» (From: <Saved by Blink>, Snapshot-Content-Location, "
          "multipart/related with a ----MultipartBoundary-- boundary; the HTML part quoted-printable with a "
          "Content-ID <frame-…@mhtml.blink>, a text/css part and a base64 PNG logo); written as text")
SHAPE = ("intranet page saved from the browser: site header with a menu, a breadcrumb, h1 «UHRs tiltak i "
         "kompetansestrategien – 2093», an intro, then one <article> per measure with an h2 name, a paragraph and a "
         "definition list Delmål / Type / Ansvar / Samarbeid (delmål as «1.4 Samarbeid med arbeidslivet»; UHR's kind "
         "words Fagstrategisk enhet, Kursutvikling, Internt kurs, Nettportal, Kartlegging, Konferanse); the UHR-FSE "
         "seat named «UHR-MNT – dialog med arbeidslivet»; UHR's own AI course for staff right under the joint course; "
         "a conference moved to May 2094 told only in words; a page footer «Sist endret …»")
NOT_TRUTH = ("the MIME headers, the site header, menu and breadcrumb, the title and intro, the labels and the Delmål and "
             "Type values of the definition lists, the article 'Nasjonal konferanse om livslang læring' (moved to May "
             "2094), the page footer, the style sheet and logo")
SPLIT_FIELDS = ("samarbeidspartnere",)

URL = "https://intranett.uhr.no/prosjekter/kompetansepolitisk-rad/tiltak-2093"
BOUNDARY = "----MultipartBoundary--Tq7zV3kP0aLm9YxR2wB5nC8dF1gH4jK6sU0eW3iO----"
# name, text, delmål text, kind, ansvar, partners, seed, dm, type
ITEMS = [
    ("UHR-MNT – dialog med arbeidslivet",
     "UHRs fagstrategiske enhet for matematikk, naturvitenskap og teknologi holdt to dialogmøter med arbeidsgivere om "
     "relevansen i realfags- og teknologiutdanningene.", "1.4 Samarbeid med arbeidslivet", "Fagstrategisk enhet",
     "UHR-MNT", ["NHO", "Tekna"], "M03", "1.4", RAD),
    ("KI-løftet – UH-sektorens bidrag",
     "Universitetene og høyskolene laget tre av modulene i det felles nettkurset om kunstig intelligens i "
     "arbeidslivet, og UHR koordinerte sektorens bidrag.", "2.1 Digital kompetanse i arbeidsstyrken", "Kursutvikling",
     "UHR", ["Tekna", "Fagskolerådet"], "J05", "2.1", KURS),
    ("KI-kurs for ansatte i UH-sektoren",
     "Et internt kurs for teknisk-administrativt ansatte ved universitetene og høyskolene. Kurset er UHRs eget og er "
     "ikke en del av KI-løftet. 900 ansatte deltok.", "2.1 Digital kompetanse i arbeidsstyrken", "Internt kurs", "UHR",
     [], None, "2.1", KURS),
    ("Felles nettportal for etter- og videreutdanning",
     "Portalen viser alle korte, betalte etter- og videreutdanningstilbud ved universitetene og høyskolene på ett "
     "sted. Den hadde 130 000 besøk i 2093.", "2.4 Relevante etter- og videreutdanningstilbud", "Nettportal", "UHR",
     ["HK-dir"], None, "2.4", INFO),
    ("Kartlegging av praksis i profesjonsutdanningene",
     "Kartlegging av hvordan praksis er organisert i 14 profesjonsutdanninger, med forslag til felles kvalitetskrav. "
     "Rapporten ble lagt fram i juni.", "1.4 Samarbeid med arbeidslivet", "Kartlegging", "UHR", ["NIFU"], None, "1.4",
     FOU),
    ("Nasjonal konferanse om livslang læring",
     "Konferansen er utsatt og holdes i mai 2094.", "2.4 Relevante etter- og videreutdanningstilbud", "Konferanse",
     "UHR", [], "", "", None),
]

CSS = ("body{font-family:Segoe UI,Arial,sans-serif;margin:0;color:#1d1d1b}header.site{background:#00325a;color:#fff;"
       "padding:10px 24px;display:flex;gap:24px;align-items:center}header.site nav a{color:#fff;margin-right:16px;"
       "text-decoration:none}main{max-width:900px;margin:0 auto;padding:16px 24px}.breadcrumb{font-size:13px;"
       "color:#666}article{border-top:1px solid #ccc;padding:8px 0}article h2{font-size:20px;margin:8px 0 4px}"
       "dl{display:grid;grid-template-columns:110px 1fr;gap:2px 12px;font-size:14px}dt{font-weight:600}"
       "footer{font-size:12px;color:#777;border-top:1px solid #ccc;margin-top:24px;padding:8px 24px}")


def _logo() -> bytes:
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (96, 32), (0, 50, 90))
    ImageDraw.Draw(im).rectangle([6, 6, 26, 26], fill=(255, 255, 255))
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def _html() -> str:
    arts = []
    for name, txt, dmt, kind, ans, partners, *_ in ITEMS:
        dl = (f"<dt>Delmål</dt><dd>{xml_esc(dmt)}</dd><dt>Type</dt><dd>{xml_esc(kind)}</dd>"
              f"<dt>Ansvar</dt><dd>{xml_esc(ans)}</dd>")
        if partners:
            dl += f"<dt>Samarbeid</dt><dd>{xml_esc(', '.join(partners))}</dd>"
        arts.append(f'<article><h2>{xml_esc(name)}</h2><p>{xml_esc(txt)}</p><dl>{dl}</dl></article>')
    return ('<!DOCTYPE html><html lang="nb"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>UHRs tiltak i kompetansestrategien – 2093 – UHR intranett</title>'
            '<link rel="stylesheet" type="text/css" href="cid:css-3f1a8c2e-55d1-4b0e-9a7d-0c6b1e2f4a90@mhtml.blink" />'
            '</head><body><header class="site"><img src="https://intranett.uhr.no/static/uhr-logo.png" alt="UHR" '
            'width="96" height="32"><nav><a href="https://intranett.uhr.no/">Forside</a><a href="https://intranett.uhr.no'
            '/prosjekter/">Prosjekter</a><a href="https://intranett.uhr.no/ansatte/">Ansatte</a><a href="https://'
            'intranett.uhr.no/sok/">Søk</a></nav></header><main><p class="breadcrumb">Forside › Prosjekter › '
            'Kompetansepolitisk råd › Tiltak 2093</p><h1>UHRs tiltak i kompetansestrategien – 2093</h1>'
            '<p class="ingress">Denne siden er UHRs rapport til Kompetansepolitisk råd for 2093. Den viser hva UHR og '
            'de fagstrategiske enhetene har gjort for å følge opp Nasjonal kompetansepolitisk strategi.</p>'
            + "".join(arts) +
            '</main><footer>Sist endret 12.01.2094 av Lars Ove Brekke · Universitets- og høgskolerådet, '
            'Postboks 1097 Blindern, 0317 Oslo</footer></body></html>')


def _qp(text: str) -> str:
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return enc.replace("\n", "\r\n")


def build(out) -> list[dict]:
    logo = base64.b64encode(_logo()).decode("ascii")
    logo = "\r\n".join(logo[i:i + 76] for i in range(0, len(logo), 76))
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {URL}",
        "Subject: =?utf-8?Q?UHRs_tiltak_i_kompetansestrategien_=E2=80=93_2093_=E2=80=93_UHR_intranett?=",
        "Date: Tue, 13 Jan 2094 09:12:44 +0100",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{BOUNDARY}"',
        "", "",
        f"--{BOUNDARY}",
        "Content-Type: text/html",
        "Content-ID: <frame-8C3E1F07A92B4D6E5F1A3C9B7D2E4F60@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {URL}",
        "",
        _qp(_html()),
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-3f1a8c2e-55d1-4b0e-9a7d-0c6b1e2f4a90@mhtml.blink",
        "",
        "@charset \"utf-8\";\r\n\r\n" + _qp(CSS),
        "",
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://intranett.uhr.no/static/uhr-logo.png",
        "",
        logo,
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    (out / FILENAME).write_bytes("\r\n".join(parts).encode("ascii"))
    rows = []
    for name, txt, _dmt, _kind, ans, partners, seed, dm, ty in ITEMS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(partners), txt))
    return rows


def text(path) -> str:
    """The HTML part decoded and turned into text."""
    import email
    from email import policy

    import lxml.html
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            html = part.get_payload(decode=True).decode("utf-8")
            doc = lxml.html.fromstring(html)
            return "\n".join(t for t in (e.text_content() for e in doc.iter("h1", "h2", "p", "dt", "dd", "footer")))
    return ""


def check(path) -> list[str]:
    data = path.read_bytes()
    errs = []
    if not data.startswith(b"From: <Saved by Blink>\r\n"):
        errs.append("no «Saved by Blink» header")
    if not re.search(rb"Content-ID: <frame-[0-9A-F]+@mhtml\.blink>", data):
        errs.append("no Blink frame Content-ID")
    if data.count(b"--" + BOUNDARY.encode()) != 4:
        errs.append("not three parts")
    return errs
