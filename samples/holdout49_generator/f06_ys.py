"""06 YS - the article page from the YS website saved as a complete HTML file (accordion per measure)."""
import html
import json
import os
from .common import truth_row, result

FILE = "06_YS_nettside_kompetansepolitikk_2069.html"
MEMBER = "YS"
FORMAT = "HTML (web page saved from the member's website, UTF-8, inline CSS/JS)"
SHAPE = ("Article page saved from the web: site navigation, cookie banner, breadcrumb, ingress, then one "
         "collapsible `details`/`summary` accordion per measure holding a definition list `dl` (Delmål with words / Type / "
         "Ansvarlig / Samarbeid, fields sometimes missing) and a paragraph; «Les også» sidebar, JSON-LD block, "
         "footer")
TRAPS = ("navigation, cookie banner, breadcrumb; «Les også» sidebar with 2068 news and a 2070 hearing; JSON-LD "
         "metadata; closing paragraph with the 2070 plan (digitalt kompetansekort); footer")

# seed, delmal, delmal words, type, own type (None = not given), name, ansvar, partnere, text
MEAS = [
    ("M02", "2.3", "Karrieremuligheter i yrkesfag", "Råd/utvalg/nettverk", "Råd og utvalg",
     "Samarbeidsrådet for yrkesopplæring (SRY)", "YS-sekretariatet", "",
     "YS har én fast plass i SRY og har i år prioritert arbeidet med læreplasser i servicenæringene og helse."),
    ("J01", "2.4", "Koble kompetansebehov til etter- og videreutdanning", "Kurs/utdanning",
     "Etter- og videreutdanning", "Bransjeprogram i handel og logistikk", "Parat og Negotia", "LO, NHO og Virke",
     "YS-forbundene har vært med i styringsgruppen for programmet og rekruttert deltakere fra varehandel og "
     "lager. Programmet ga korte, nettbaserte moduler."),
    ("U0601", "2.2", "Kunnskap om læring i arbeidslivet", "Arrangement", "Konferanse",
     "YS Arbeidslivskonferanse 2069 – læring i arbeidshverdagen", "YS", "",
     "Konferansen samlet 350 deltakere om læring i arbeidshverdagen, og YS Kompetansepris ble delt ut."),
    ("U0602", "1.3", "Karriereveiledning", "Informasjon", "Medlemstjeneste",
     "YS Karrierelinje – veiledning for medlemmer", "YS", "",
     "Telefon- og chattjeneste der medlemmer får informasjon og råd om utdanning og karrierevalg. 1 900 "
     "henvendelser."),
    ("U0603", "2.1", "Digital kompetanse", "Kurs/utdanning", None,
     "Kursrekke i digital kompetanse for finansansatte", "Finansforbundet", "Finans Norge",
     "Seks nettbaserte kurs om automatisering, kunstig intelligens og personvern. 2 400 deltakere."),
    ("U0604", "3.3", "Arbeidslivet som læringsarena", "Prosjekt", "Prosjekt",
     "Mentorordning for innvandrere i arbeidspraksis", "Delta", "NAV",
     "YS-forbundet Delta har gitt 80 deltakere i arbeidspraksis en mentor blant de tillitsvalgte på "
     "arbeidsplassen."),
]

CSS = """body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d1d1b}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#1d1d1b;color:#fff;padding:12px 24px}
.cookie button{margin-left:8px}
header{background:#004b87;color:#fff;padding:8px 24px}header a{color:#fff;margin-right:18px;text-decoration:none}
.crumb{font-size:13px;color:#666;padding:8px 24px}
.wrap{display:flex;gap:40px;padding:0 24px}main{flex:3}aside{flex:1;border-left:1px solid #ddd;padding-left:16px}
.ingress{font-size:20px}details{border:1px solid #c9d6e3;margin:10px 0;border-radius:4px}
summary{cursor:pointer;padding:10px 14px;font-weight:bold;background:#eef4fa}
details>div{padding:6px 14px}dl{display:grid;grid-template-columns:130px 1fr;margin:4px 0}
dt{font-weight:bold}footer{margin-top:40px;background:#eee;padding:16px 24px;font-size:13px}"""


def build(outdir):
    e = html.escape
    rows = []
    acc = []
    for seed, dm, words, typ, own, name, ans, part, text in MEAS:
        dl = ["<dt>Delmål</dt><dd>%s %s</dd>" % (dm, e(words))]
        if own:
            dl.append("<dt>Type</dt><dd>%s</dd>" % e(own))
        dl.append("<dt>Ansvarlig</dt><dd>%s</dd>" % e(ans))
        if part:
            dl.append("<dt>Samarbeid</dt><dd>%s</dd>" % e(part))
        acc.append('<details>\n  <summary>%s</summary>\n  <div>\n    <dl>%s</dl>\n    <p>%s</p>\n  </div>\n'
                   '</details>' % (e(name), "".join(dl), e(text)))
        rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Dette har YS gjort i kompetansepolitikken i 2069",
          "datePublished": "2070-01-23T10:00:00+01:00", "dateModified": "2070-01-28T08:30:00+01:00",
          "author": {"@type": "Organization", "name": "YS"},
          "about": ["Kompetansepolitisk råd", "SRY", "bransjeprogram"]}
    page = """<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Dette har YS gjort i kompetansepolitikken i 2069 | YS</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="YS rapporterer til Kompetansepolitisk råd: seks tiltak i 2069.">
<link rel="canonical" href="https://www.ys.example.no/politikk/kompetanse/ys-i-kompetansepolitisk-rad-2069">
<style>
%s
</style>
<script type="application/ld+json">%s</script>
</head>
<body>
<div class="cookie" id="cookie">Vi bruker informasjonskapsler (cookies) for å forbedre nettstedet og til statistikk.
<button>Godta alle</button><button>Bare nødvendige</button></div>
<header>
<a href="/"><strong>YS</strong></a>
<nav><a href="/om-ys">Om YS</a><a href="/politikk">Politikk</a><a href="/politikk/kompetanse">Kompetanse</a><a href="/aktuelt">Aktuelt</a><a href="/kontakt">Kontakt</a><a href="/sok">Søk</a></nav>
</header>
<div class="crumb"><a href="/">Hjem</a> › <a href="/politikk">Politikk</a> › <a href="/politikk/kompetanse">Kompetanse</a> › YS i Kompetansepolitisk råd</div>
<div class="wrap">
<main>
<article>
<h1>Dette har YS gjort i kompetansepolitikken i 2069</h1>
<p class="meta">Publisert 23.01.2070 · Oppdatert 28.01.2070 · Av YS-sekretariatet</p>
<p class="ingress">YS er medlem av Kompetansepolitisk råd og rapporterer hvert år hva vi og forbundene har gjort for å følge opp kompetansestrategien. Her er årets tiltak – klikk på et tiltak for å lese mer.</p>
%s
<h2>Veien videre</h2>
<p>I 2070 vil YS lansere et digitalt kompetansekort der medlemmene kan samle kursbevis og attester på ett sted. Vi kommer tilbake med mer informasjon.</p>
<p>Har du spørsmål? Kontakt fagsjef Tone Brekke, tlf. 22 05 35 40.</p>
</article>
</main>
<aside>
<h3>Les også</h3>
<ul>
<li><a href="/aktuelt/bransjeprogram-bygg-2068">YS-forbundene med i bransjeprogram for bygg og anlegg (2068)</a></li>
<li><a href="/aktuelt/kompetanseuka-2068">Slik gikk Kompetanseuka 2068</a></li>
<li><a href="/aktuelt/horing-karriereveiledning-2070">Høring: Ny strategi for karriereveiledning (frist mars 2070)</a></li>
</ul>
<h3>Tema</h3>
<p><a href="/tema/etter-og-videreutdanning">Etter- og videreutdanning</a> · <a href="/tema/lærlinger">Lærlinger</a> · <a href="/tema/digitalisering">Digitalisering</a></p>
</aside>
</div>
<footer>
<p><strong>Yrkesorganisasjonenes Sentralforbund (YS)</strong> · Brugata 19, 0186 Oslo · post@ys.example.no</p>
<p><a href="/personvern">Personvern</a> · <a href="/tilgjengelighet">Tilgjengelighetserklæring</a> · Facebook · LinkedIn · Instagram</p>
</footer>
<script>document.querySelectorAll('.cookie button').forEach(function(b){b.onclick=function(){document.getElementById('cookie').remove();};});</script>
</body>
</html>
""" % (CSS, json.dumps(ld, ensure_ascii=False), "\n".join(acc))
    with open(os.path.join(outdir, FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
