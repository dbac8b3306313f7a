"""Virke: the member's web article printed to PDF by a browser – a real Chromium print (headless Chromium
--print-to-pdf, Skia/PDF), with the print header and footer a browser adds (date and time, page title, URL, n/N;
here as CSS page-margin boxes, so the date is fixed). The page has the site's menu line, a breadcrumb, a byline, an
ingress; each measure is an h2 with a small upper-case kicker above it in Virke's web words (PÅVIRKNING, KUNNSKAP,
PROSJEKT, KOMPETANSEHEVING, MØTEPLASS) and a «Fakta» box floated to the right of its paragraphs (Strategimål /
Ansvarlig i Virke / Med), so box lines and paragraph lines share the same heights. A closing section tells next
year's plans, and the site footer follows."""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .common import ARR, FOU, KURS, PROSJEKT, RAD, row

FILENAME = "Virke – Slik jobbet vi med kompetanse i 2090.pdf"
MEMBER = "Virke"
FORMAT = ("PDF printed by headless Chromium (--print-to-pdf, Producer Skia/PDF) from an HTML page with CSS (floats, "
          "page-margin boxes for the browser's print header and footer); CreationDate and ModDate fixed")
SHAPE = ("a web article printed from the browser: print header (date and time, page title) and footer (URL, n/N), the "
         "site's menu line and breadcrumb, title, byline and ingress; each measure an h2 under a small upper-case "
         "kicker in Virke's web words (PÅVIRKNING, KUNNSKAP, PROSJEKT, KOMPETANSEHEVING, MØTEPLASS) with one or two "
         "paragraphs and a grey «Fakta» box floated beside them (Strategimål: Virke's words / Ansvarlig i Virke / "
         "Med, partners joined by «og»); a closing section «Dette skjer i 2091» with next year's plans; the site "
         "footer")
NOT_TRUTH = ("the print header and footer, the menu line and breadcrumb, the title, byline and ingress, the kickers, "
             "the «Fakta» labels and Strategimål values, the section «Dette skjer i 2091» (next year's plans), the "
             "share line and the site footer")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

URL = "https://www.virke.no/aktuelt/2091/slik-jobbet-virke-med-kompetanse-i-2090/"
TITLE = "Slik jobbet Virke med kompetanse i 2090 | Virke"
PRINTED = "06.02.2091, 10:14"

# kicker, name, paragraphs, strategimål, ansvarlig, med (as written), partners truth, seed, dm, type
ITEMS = [
    ("Påvirkning", "Virke i Kompetansebehovsutvalget",
     ["Virke har en av arbeidsgiverplassene i Kompetansebehovsutvalget (KBU). I 2090 var vi særlig opptatt av at "
      "hovedrapporten skulle få fram behovet for kompetanse i handel og tjenesteytende næringer, og rapporten har nå "
      "et eget kapittel om dette."],
     "Bedre kunnskap om kompetansebehovene", "Avdeling for kompetansepolitikk", "", "", "M03", "1.1", RAD),
    ("Kunnskap", "Læringsbarometeret 2090",
     ["For tredje år på rad har Virke ledet Læringsbarometeret, en stor undersøkelse om hvordan ansatte lærer på "
      "jobben. I år svarte 9 200 ansatte i handel, helse og kunnskapsvirksomheter.",
      "Funnene viser at korte kurs på arbeidsplassen er den vanligste formen for opplæring, men at bare hver tredje "
      "ansatt har en kompetanseplan."],
     "Mer kunnskap om læring i arbeidslivet", "Virke Analyse", "Spekter og Akademikerne", "Spekter, Akademikerne",
     "J03", "2.2", FOU),
    ("Prosjekt", "Norsk på jobben",
     ["Sammen med VOFO har Virke fått norskopplæring inn i arbeidstiden i 140 butikker og renholdsbedrifter. Virke "
      "rekrutterte bedriftene, og studieforbundene sto for undervisningen."],
     "Bedre norskopplæring for innvandrere i arbeid", "Virke HR-tjenester", "VOFO", "VOFO", "J06", "3.4", PROSJEKT),
    ("Kompetanseheving", "Handelsløftet – nettkurs i netthandel og logistikk",
     ["Nettkurset gir ansatte i butikk en innføring i netthandel, lager og logistikk. 3 400 ansatte fullførte minst "
      "én modul i 2090."],
     "Digital kompetanse i hele arbeidsstyrken", "Virke Handel", "Handelshøyskolen BI", "Handelshøyskolen BI", None,
     "2.1", KURS),
    ("Møteplass", "Frokostseminar om seniorer og læring",
     ["Seminaret samlet 180 HR-ledere til en diskusjon om hvordan eldre arbeidstakere kan få mer opplæring. "
      "Innlederne kom fra Senter for seniorpolitikk og NOVA."],
     "Mer kunnskap om læring i arbeidslivet", "Virke HR-tjenester", "Senter for seniorpolitikk",
     "Senter for seniorpolitikk", None, "2.2", ARR),
]
PLANS = ("Neste år starter vi et nettverk for kompetanseansvarlige i små bedrifter, og Læringsbarometeret får et "
         "eget utvalg for frivillig sektor. Vi kommer tilbake til begge i neste års rapport.")

CSS = """
@page { size: A4; margin: 16mm 12mm 16mm 12mm;
  @top-left { content: "%(printed)s"; font: 8pt "DejaVu Sans", sans-serif; color: #000; }
  @top-center { content: "%(title)s"; font: 8pt "DejaVu Sans", sans-serif; color: #000; }
  @bottom-left { content: "%(url)s"; font: 8pt "DejaVu Sans", sans-serif; color: #000; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt "DejaVu Sans", sans-serif; color: #000; }
}
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; margin: 0; }
.topbar { display: flex; gap: 18px; font-size: 9pt; border-bottom: 3px solid #e4002b; padding: 6px 0 8px 0; }
.topbar b { color: #e4002b; font-size: 13pt; margin-right: 12px; }
.crumb { font-size: 8.5pt; color: #666; margin: 10px 0 4px 0; }
main { width: 100%%; }
h1 { font-size: 21pt; line-height: 1.15; margin: 6px 0 6px 0; }
.byline { font-size: 8.5pt; color: #666; margin-bottom: 10px; }
.ingress { font-size: 12pt; font-weight: bold; margin-bottom: 14px; }
section.tiltak { clear: both; padding-top: 6px; border-top: 1px solid #ddd; margin-top: 12px; }
.kicker { font-size: 7.5pt; letter-spacing: 1.5px; text-transform: uppercase; color: #e4002b; font-weight: bold; }
h2 { font-size: 14pt; margin: 2px 0 6px 0; }
.text { width: 60%%; }
aside.fakta { float: right; width: 33%%; background: #f2f2f2; font-size: 8.5pt; padding: 6px 8px;
  margin: 0 0 6px 12px; border-left: 3px solid #e4002b; }
aside.fakta p { margin: 0 0 4px 0; }
.plans { clear: both; padding-top: 8px; }
footer { clear: both; margin-top: 18px; font-size: 8pt; color: #666; border-top: 1px solid #ccc; padding-top: 6px; }
"""


def _html() -> str:
    e = html.escape
    parts = ['<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">',
             f"<title>{e(TITLE)}</title><style>",
             CSS % {"printed": PRINTED, "title": TITLE, "url": URL}, "</style></head><body>",
             '<div class="topbar"><b>Virke</b><span>Medlemskap</span><span>Rådgivning</span><span>Arrangementer</span>'
             '<span>Aktuelt</span><span>Om Virke</span><span>Logg inn</span></div>',
             '<div class="crumb">Forside › Aktuelt › Kompetanse</div><main>',
             "<h1>Slik jobbet Virke med kompetanse i 2090</h1>",
             '<div class="byline">Publisert 5. februar 2091 · Av Marte Lien, fagsjef kompetanse</div>',
             '<p class="ingress">Virke rapporterer hvert år til Kompetansepolitisk råd om hva vi gjør for å følge opp '
             "den nasjonale kompetansestrategien. Her er tiltakene vi gjennomførte i 2090.</p>"]
    for kicker, name, paras, goal, ans, med, _p, _s, _d, _t in ITEMS:
        box = [f"<p><b>Fakta</b></p><p>Strategimål: {e(goal)}</p><p>Ansvarlig i Virke: {e(ans)}</p>"]
        if med:
            box.append(f"<p>Med: {e(med)}</p>")
        parts.append(f'<section class="tiltak"><div class="kicker">{e(kicker)}</div><h2>{e(name)}</h2>'
                     f'<aside class="fakta">{"".join(box)}</aside>'
                     + "".join(f'<p class="text">{e(p)}</p>' for p in paras) + "</section>")
    parts.append(f'<section class="plans"><h2>Dette skjer i 2091</h2><p class="text">{e(PLANS)}</p></section>')
    parts.append("</main><footer>Del artikkelen: E-post · LinkedIn · Facebook<br>Hovedorganisasjonen Virke · "
                 "Postboks 2900 Solli, 0230 Oslo · virke.no</footer></body></html>")
    return "".join(parts)


def _print_pdf(html_text: str) -> bytes:
    tmp = Path(tempfile.mkdtemp(prefix="h70_chr_"))
    try:
        src = tmp / "side.html"
        src.write_text(html_text, encoding="utf-8")
        pdf = tmp / "side.pdf"
        subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={tmp / 'profil'}", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", src.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        data = pdf.read_bytes()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fixed = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}", lambda m: b"/" + m.group(1) + b" (D:20910206101400",
                   data)
    assert len(fixed) == len(data)
    return fixed


def build(out) -> list[dict]:
    page = _html()
    seen: dict[bytes, int] = {}
    for _ in range(6):
        data = _print_pdf(page)
        seen[data] = seen.get(data, 0) + 1
        if seen[data] >= 2:
            break
    else:
        raise RuntimeError("no stable PDF from Chromium")
    (out / FILENAME).write_bytes(data)
    rows = []
    for _k, name, paras, _g, ans, _m, partners, seed, dm, ty in ITEMS:
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, " ".join(paras)))
    return rows


def text(path) -> str:
    """Each page's text outside the shaded «Fakta» boxes, then the text of each box, so that the floated boxes do not
    cut into the paragraphs beside them."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            boxes = [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in pg.rects
                     if r.get("fill") and r["width"] < pg.width * 0.5 and r["height"] > 20]

            def inside(o, boxes=boxes):
                return any(b[0] - 1 <= o["x0"] and o["x1"] <= b[2] + 1 and b[1] - 1 <= o["top"] and
                           o["bottom"] <= b[3] + 1 for b in boxes)
            main = pg.filter(lambda o: o.get("object_type") != "char" or not inside(o))
            out.append(main.extract_text() or "")
            for b in boxes:
                out.append(pg.crop(b).extract_text() or "")
    return "\n".join(out)
