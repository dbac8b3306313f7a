"""UHR: a Confluence space exported as HTML (zip).

One wiki page per measure under a parent page; each page starts with a Page Properties table (Delmål as a status
lozenge 'DM 1.4' or in words, Type, Ansvarlig, Samarbeid, Status) and its body text is the description. The
parent page holds a Page Properties Report that repeats names and statuses. A template page and pages for a
finished (2072) and a planned (2074) measure are in the same tree.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import html as lhtml

from .common import ARR, FOU, INFO, PROSJEKT, RAD, row, write_zip

FILENAME = "Confluence-space-export-UHRKPR-2073.html.zip"
MEMBER = "UHR"
FORMAT = ("ZIP of a Confluence space export (HTML): UHRKPR/index.html, one .html per page (file name from the ASCII "
          "title + page id, or the id alone when the title has non-ASCII letters), styles/site.css, images/icons; "
          "written as text")
SHAPE = ("wiki tree: a parent page with introduction and a Page Properties Report table (name, delmål, status), one "
         "child page per measure with a Page Properties table (Delmål as status lozenge 'DM 1.4' or in words / Type in "
         "UHR's words / Ansvarlig / Samarbeid / Status) followed by the description as body text; breadcrumbs, "
         "'Opprettet av … sist endret av …' lines, footer; a template page and pages for a 2072 (Avsluttet) and a "
         "2074 (Planlagt) measure (not truth rows)")

ROOT = "UHRKPR"

PAGES = [
    # id, title, delmål cell (lozenge?), type, ansvar, samarbeid, status, body, seed, code, type
    (98304010, "Råd for samarbeid med arbeidslivet (RSA)", ("DM 1.4", True), "Råd/utvalg",
     "Universitetene og høyskolene", "Partene i arbeidslivet, fylkeskommunene", "GJENNOMFØRT 2073",
     "Alle universiteter og høyskoler har RSA. I 2073 oppnevnte institusjonene nye råd for perioden 2073–2076 med "
     "representanter fra partene.", "M03", "1.4", RAD),
    (98304011, "UHRs fagstrategiske enheter – arbeidslivsrelevans", ("DM 1.4", True), "Råd/utvalg", "UHR",
     "Partene i arbeidslivet", "PÅGÅR",
     "De strategiske enhetene, blant annet UHR-Helse og velferd, UHR-MNT og UHR-Lærerutdanning, har "
     "arbeidslivsrepresentanter og drøftet i 2073 anbefalinger om praksis og relevans.", "M06", "1.4", RAD),
    (98304012, "Praksisløftet i helseutdanningene", ("DM 1.4", True), "Samarbeidsprosjekt", "UHR-Helse og velferd",
     "Spekter, Norsk Sykepleierforbund", "PÅGÅR",
     "UHR koordinerer utdanningsinstitusjonenes del av prosjektet og har utviklet en felles emneplan for veiledning "
     "i praksis.", "J07", "1.4", PROSJEKT),
    (98304013, "Nasjonal samling for RSA-ledere 2073", ("Samarbeid med arbeidslivet", False), "Samling", "UHR",
     "NTNU", "GJENNOMFØRT 2073",
     "Dagskonferanse i Trondheim 14. mai for ledere og sekretærer i RSA-ene, med erfaringsdeling om etter- og "
     "videreutdanning.", None, "1.4", ARR),
    (98304014, "EVU-portalen", ("DM 2.4", True), "Nettportal", "UHR", "HK-dir", "PÅGÅR",
     "Felles nettportal for fleksible etter- og videreutdanningstilbud fra UH-sektoren; 1 480 tilbud var publisert "
     "ved utgangen av året.", None, "2.4", INFO),
    (98304015, "Kartlegging av realkompetansevurdering i UH-sektoren", ("DM 2.5", True), "Kartlegging", "UHR",
     "NOKUT", "GJENNOMFØRT 2073",
     "Spørreundersøkelse til alle institusjonene om praksis for opptak og fritak på grunnlag av realkompetanse; "
     "rapporten viser store forskjeller mellom institusjonene.", None, "2.5", FOU),
]
OTHER = [
    (98304020, "Mikroemner – utredning (avsluttet 2072)", ("DM 2.4", True), "Utredning", "UHR", "HK-dir",
     "AVSLUTTET 2072", "Utredningen av studiepoenggivende mikroemner ble levert i november 2072."),
    (98304021, "Nettverk for EVU-koordinatorer (planlagt 2074)", ("DM 2.4", True), "Nettverk", "UHR", "",
     "PLANLAGT 2074", "Oppstart planlagt våren 2074."),
    (98304030, "Mal: Tiltak", ("DM x.y", True), "Velg type", "Navn på enhet", "Hvem samarbeider dere med?",
     "STATUS", "Skriv en kort beskrivelse av hva som ble gjort i rapporteringsåret."),
]
PARENT = (98304001, "KPR-rapportering 2073")

LOZ_CLASS = {"GJENNOMFØRT 2073": "aui-lozenge-success", "PÅGÅR": "aui-lozenge-current",
             "AVSLUTTET 2072": "aui-lozenge-error", "PLANLAGT 2074": "aui-lozenge-complete", "STATUS": ""}


def fname(pid: int, title: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9 ()\-:.]+", title):
        slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")
        return f"{slug}_{pid}.html"
    return f"{pid}.html"


def page_html(pid, title, content, author="Eva Moen", editor="Per Nilsen", when="22. jan. 2074",
              crumbs=True) -> str:
    bc = ('<li class="first"><span><a href="index.html">UHR – Kompetansepolitisk råd</a></span></li>')
    if crumbs:
        bc += f'<li><span><a href="{fname(*PARENT)}">{escape(PARENT[1])}</a></span></li>'
    return f"""<!DOCTYPE html>
<html>
    <head>
        <title>UHR – Kompetansepolitisk råd : {escape(title)}</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>

    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <div id="breadcrumb-section">
                        <ol id="breadcrumbs">
                            {bc}
                        </ol>
                    </div>
                    <h1 id="title-heading" class="pagetitle">
                                                <span id="title-text">
                            UHR – Kompetansepolitisk råd : {escape(title)}
                        </span>
                    </h1>
                </div>

                <div id="content" class="view">
                    <div class="page-metadata">
                        Opprettet av <span class='author'> {author}</span>, sist endret av <span class='editor'> {editor}</span> {when}
                    </div>
                    <div id="main-content" class="wiki-content group">
                    {content}
                    </div>
                </div>             </div>
            <div id="footer" role="contentinfo">
                <section class="footer-body">
                    <p>Document generated by Confluence on 24. jan. 2074 10:12</p>
                    <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
                </section>
            </div>
        </div>     </body>
</html>
"""


def _loz(text, cls="aui-lozenge-current"):
    return f'<span class="status-macro aui-lozenge {cls}">{escape(text)}</span>'


def measure_page(p) -> str:
    pid, title, (dm, is_loz), typ, ans, sam, status, body = p[:8]
    dm_html = _loz(dm) if is_loz else escape(dm)
    rows = [("Delmål", dm_html), ("Type", escape(typ)), ("Ansvarlig", escape(ans)),
            ("Samarbeid", escape(sam) if sam else ""), ("Status", _loz(status, LOZ_CLASS[status]))]
    trs = "".join(f'<tr><th class="confluenceTh"><p>{k}</p></th><td class="confluenceTd"><p>{v}</p></td></tr>'
                  for k, v in rows)
    content = (f'<div class="plugin-tabmeta-details conf-macro output-block" data-hasbody="true" '
               f'data-macro-name="details"><div class="table-wrap"><table class="confluenceTable"><colgroup>'
               f'<col style="width: 140.0px;"/><col style="width: 540.0px;"/></colgroup><tbody>{trs}</tbody></table>'
               f'</div></div><h2 id="{re.sub(r"[^A-Za-z]", "", title)[:20]}-Hvagjordevi?">Hva gjorde vi?</h2>'
               f'<p>{escape(body)}</p>')
    return page_html(pid, title, content)


def parent_page() -> str:
    rep = []
    for p in PAGES + OTHER[:2]:
        pid, title, (dm, _l), typ, ans, sam, status = p[:7]
        rep.append(f'<tr><td class="confluenceTd"><a href="{fname(pid, title)}">{escape(title)}</a></td>'
                   f'<td class="confluenceTd">{_loz(dm) if _l else escape(dm)}</td>'
                   f'<td class="confluenceTd">{_loz(status, LOZ_CLASS[status])}</td></tr>')
    content = (
        '<p>Her samler vi UHRs innspill til den årlige rapporteringen til Kompetansepolitisk råd. Ett tiltak per '
        'underside – bruk malen «Mal: Tiltak». Sekretariatet får eksporten av hele området.</p>'
        '<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block" '
        'data-hasbody="true" data-macro-name="info"><span class="aui-icon aui-icon-small aui-iconfont-info '
        'confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>Tiltak med status '
        'AVSLUTTET 2072 eller PLANLAGT 2074 står her til orientering og er ikke en del av rapporteringen for 2073.</p>'
        '</div></div><h2 id="KPRrapportering2073-Oversikt">Oversikt</h2>'
        '<div class="table-wrap"><table class="confluenceTable"><thead><tr><th class="confluenceTh">Tittel</th>'
        '<th class="confluenceTh">Delmål</th><th class="confluenceTh">Status</th></tr></thead><tbody>'
        + "".join(rep) + '</tbody></table></div>'
        '<p>Kontakt: Eva Moen, UHR, eva.moen@uhr.no</p>')
    return page_html(PARENT[0], PARENT[1], content, crumbs=False)


def index_html() -> str:
    lis = "".join(f'<li><a href="{fname(p[0], p[1])}">{escape(p[1])}</a></li>' for p in PAGES + OTHER)
    return f"""<!DOCTYPE html>
<html>
    <head>
        <title>UHR – Kompetansepolitisk råd</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <META http-equiv="Content-Type" content="text/html; charset=UTF-8">
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <div id="main-header">
                    <h1 id="title-heading" class="pagetitle"><span id="title-text">UHR – Kompetansepolitisk råd</span></h1>
                </div>
                <div id="content" class="view">
                    <div id="main-content" class="pageSection">
                        <div class="pageSectionHeader"><h2 id="home-page" class="pageSectionTitle">Space Details:</h2></div>
                        <table class="confluenceTable"><tr><th class="confluenceTh">Key</th><td class="confluenceTd">UHRKPR</td></tr>
                        <tr><th class="confluenceTh">Name</th><td class="confluenceTd">UHR – Kompetansepolitisk råd</td></tr>
                        <tr><th class="confluenceTh">Description</th><td class="confluenceTd">Rapportering og saksforberedelser</td></tr>
                        <tr><th class="confluenceTh">Created by</th><td class="confluenceTd">Eva Moen (evmo)</td></tr></table>
                    </div>
                    <div class="pageSection">
                        <div class="pageSectionHeader"><h2 class="pageSectionTitle">Available Pages:</h2></div>
                        <ul><li><a href="{fname(*PARENT)}">{escape(PARENT[1])}</a><ul>{lis}</ul></li></ul>
                    </div>
                </div>
            </div>
            <div id="footer" role="contentinfo"><section class="footer-body">
                <p>Document generated by Confluence on 24. jan. 2074 10:12</p>
                <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div></section></div>
        </div>
    </body>
</html>
"""


CSS = ("body{font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Oxygen,Ubuntu,'Fira Sans','Droid Sans',"
       "'Helvetica Neue',sans-serif;font-size:14px;color:#172B4D}#page{max-width:1000px;margin:0 auto}"
       ".pagetitle{font-size:24px;font-weight:500}.page-metadata{color:#6B778C;font-size:12px;margin:8px 0 16px}"
       "table.confluenceTable{border-collapse:collapse;margin:8px 0}th.confluenceTh,td.confluenceTd{border:1px solid "
       "#C1C7D0;padding:7px 10px;vertical-align:top;text-align:left}th.confluenceTh{background:#F4F5F7}"
       ".aui-lozenge{border-radius:3px;font-size:11px;font-weight:700;padding:2px 4px;text-transform:uppercase;"
       "background:#DFE1E6;color:#42526E}.aui-lozenge-success{background:#E3FCEF;color:#006644}"
       ".aui-lozenge-current{background:#DEEBFF;color:#0747A6}.aui-lozenge-error{background:#FFEBE6;color:#BF2600}"
       ".aui-lozenge-complete{background:#EAE6FF;color:#403294}#breadcrumbs{list-style:none;padding:0}"
       "#breadcrumbs li{display:inline}#breadcrumbs li+li:before{content:' / '}#footer{color:#6B778C;font-size:11px}")

GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def build(out: Path) -> list[dict]:
    entries = [(f"{ROOT}/index.html", index_html(), True),
               (f"{ROOT}/{fname(*PARENT)}", parent_page(), True)]
    for p in PAGES + OTHER:
        entries.append((f"{ROOT}/{fname(p[0], p[1])}", measure_page(p), True))
    entries += [(f"{ROOT}/styles/site.css", CSS, True),
                (f"{ROOT}/images/icons/bullet_blue.gif", GIF, False),
                (f"{ROOT}/images/icons/contenttypes/home_page_16.png", GIF, False)]
    write_zip(out / FILENAME, entries, dt=(2074, 1, 24, 10, 12, 40))
    rows = []
    for pid, title, dm, typ, ans, sam, status, body, seed, code, t in PAGES:
        rows.append(row(FILENAME, MEMBER, title, seed, code, t, ans, sam, body))
    return rows


def text(path: Path) -> str:
    out = []
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.endswith(".html"):
                doc = lhtml.fromstring(z.read(n).decode("utf-8"))
                for el in doc.iter("p", "td", "th", "h1", "h2", "li", "span"):
                    out.append(el.text_content())
    return "\n".join(out)


NOT_TRUTH = ("index.html (space details, page tree), the parent page's introduction, info box and Page Properties Report "
             "(a repeat of names and statuses), the pages 'Mikroemner – utredning (avsluttet 2072)', 'Nettverk for "
             "EVU-koordinatorer (planlagt 2074)' and the template 'Mal: Tiltak'; breadcrumbs, metadata lines, footers")
