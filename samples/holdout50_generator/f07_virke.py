"""07 – Virke: a saved web page (.html) with card-style measures built from <div>/<article>."""
from __future__ import annotations

from pathlib import Path

from .common import R, esc

FILE = "Virke_kompetansetiltak_2070.html"
MEMBER = "Virke"
HOW = "HTML5 page written as text (saved 'Webside, bare HTML'), inline CSS grid, no <table>"
SHAPE = ("Intranet/web page saved as .html: site navigation, cookie banner and footer around a CSS grid "
         "of <article> cards; each card has an <h3> name, a list of tag chips (delmål as code or as a "
         "paraphrase, Virke's own type word), a paragraph and a <dl> Ansvar/Med; an 'Arkiv' section with "
         "a card finished in 2069 and a teaser for 2071")

ROWS = [
    R("Virke i kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk",
      "Virke, avdeling kompetanse", "",
      "Virke har fast plass i KBU og har løftet behovet for kompetanse i handel og tjenesteytende næringer.",
      chips=["Delmål 1.1", "Utvalg"]),
    R("SRY-arbeidet", "M02", "1.4", "Råd/utvalg/nettverk", "Virke", "",
      "Virke deltar i Samarbeidsrådet for yrkesopplæring og la fram forslag om nye lærefag i 2070.",
      chips=["Samarbeid mellom utdanning og arbeidsliv", "Råd"]),
    R("Kompetanseuka – uke for læring i arbeidslivet", "J02", "2.2", "Arrangement", "Virke",
      "VOFO, LO, NHO",
      "Over 300 arrangementer landet rundt i uke 43, med Virke som medarrangør av åpningen i Oslo.",
      chips=["Delmål 2.2", "Arrangement"]),
    R("Bransjeprogram varehandel", "J03", "2.4", "Prosjekt", "Virke HUB", "HK/LO, KD, HK-dir",
      "Virke rekrutterte bedrifter og deltakere til nye moduler i netthandel og logistikk.",
      chips=["2.4", "Program"]),
    R("Digital handel for små bedrifter – kurspakke", "U16", "2.1", "Kurs/utdanning", "Virke HUB",
      "Handelshøyskolen BI",
      "Fire korte nettkurs om netthandel, data og kunstig intelligens for små handelsbedrifter.",
      chips=["Digital kompetanse i arbeidsstyrken", "Kurs"]),
    R("Karriereveier i handel – nettside", "U17", "1.3", "Informasjon", "Virke, kommunikasjon", "",
      "Ny nettside med karrierehistorier og veiledning om utdanningsveier i handelsnæringen.",
      chips=["Karriereveiledning", "Nettside"]),
]

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
header{background:#0b3d2e;color:#fff;padding:12px 24px}nav a{color:#fff;margin-right:16px}
.cookie{background:#ffe9a8;padding:8px 24px;font-size:13px}
main{padding:24px;max-width:1100px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}
article.kort{border:1px solid #cfd8d3;border-radius:8px;padding:14px}
ul.chips{list-style:none;padding:0;margin:0 0 8px 0}ul.chips li{display:inline-block;background:#e2efe8;
border-radius:12px;padding:2px 10px;margin-right:6px;font-size:12px}
dl{display:grid;grid-template-columns:80px 1fr;font-size:13px}dt{font-weight:bold}
.arkiv article{opacity:.6}footer{background:#eee;padding:12px 24px;font-size:12px}"""


def _card(name, chips, text, ansvar, med, cls="kort"):
    h = [f'<article class="{cls}">', f"  <h3>{esc(name)}</h3>", '  <ul class="chips">']
    h += [f"    <li>{esc(c)}</li>" for c in chips]
    h += ["  </ul>", f"  <p>{esc(text)}</p>", "  <dl>", f"    <dt>Ansvar</dt><dd>{esc(ansvar)}</dd>"]
    if med:
        h.append(f"    <dt>Med</dt><dd>{esc(med)}</dd>")
    h += ["  </dl>", "</article>"]
    return h


def build(out: Path) -> Path:
    h = ["<!DOCTYPE html>", '<html lang="nb">', "<head>", '<meta charset="utf-8">',
         "<title>Kompetansetiltak 2070 – Virke</title>",
         '<meta name="description" content="Virkes rapportering til Kompetansepolitisk råd">',
         f"<style>{CSS}</style>", "</head>", "<body>",
         '<div class="cookie">Vi bruker informasjonskapsler for å forbedre nettsiden. <a href="#">Godta</a> '
         '<a href="#">Innstillinger</a></div>',
         '<header><strong>Virke</strong> <nav><a href="#">Medlemskap</a><a href="#">Kurs</a>'
         '<a href="#">Tariff</a><a href="#">Politikk</a><a href="#">Om Virke</a></nav></header>',
         "<main>", '<p class="brodsmule">Forside › Politikk › Kompetanse › Rapportering 2070</p>',
         "<h1>Våre kompetansetiltak i 2070</h1>",
         "<p>Virke rapporterer hvert år til Kompetansepolitisk råd. Her er tiltakene vi har drevet eller "
         "deltatt i gjennom 2070. Hvert kort viser hvilket mål i strategien tiltaket støtter.</p>",
         '<section class="grid">']
    for r in ROWS:
        h += _card(r.tiltak, r.x("chips"), r.beskrivelse, r.ansvarlig, r.samarbeidspartnere)
    h += ["</section>", '<section class="arkiv">', "<h2>Arkiv</h2>",
          "<p>Tidligere tiltak, avsluttet i 2069:</p>"]
    h += _card("Lærlingkampanjen «Handel er fag»", ["Delmål 2.3", "Kampanje"],
               "Kampanjen ble avsluttet i desember 2069.", "Virke", "", cls="kort gammel")
    h += ["<h2>Kommer i 2071</h2>",
          "<p>Vi starter et eget nettverk for kompetanseansvarlige i frivillige organisasjoner. Mer info kommer.</p>",
          "</section>", "</main>",
          "<footer>Virke – Hovedorganisasjonen · Postboks 2900 Solli, 0230 Oslo · "
          'Sist oppdatert 29.01.2071 · <a href="#">Personvern</a></footer>', "</body>", "</html>", ""]
    path = out / FILE
    path.write_text("\n".join(h), encoding="utf-8")
    return path
