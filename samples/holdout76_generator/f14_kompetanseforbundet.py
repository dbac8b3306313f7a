"""Kompetanseforbundet: the member's web page «Vår innsats i 2096», saved in the browser with the SingleFile
extension (one HTML file: SingleFile's comment with the URL and save date, minified markup, styles inlined, the logo
as a data: URI). The page is built from web components, and SingleFile keeps their shadow roots as declarative
<template shadowrootmode="open"> elements: each measure card's chips (the delmål and the kind) and its labels live in
the card's shadow root, while the name, the description, the responsible and the partners are light-DOM children
slotted into it. A podcast whose first episode comes in February 2097 is told only in words."""
from __future__ import annotations

import base64
import html
import re

from .common import ARR, INFO, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "Vår innsats i 2096 – Kompetanseforbundet (14.01.2097 10_12_44).html"
MEMBER = "Kompetanseforbundet"
FORMAT = ("HTML saved by the SingleFile browser extension (one UTF-8 file, written as text): SingleFile's leading "
          "comment (url, saved date), minified markup without optional quotes, inlined CSS, the logo as a base64 "
          "data: URI, and the page's web components kept as declarative shadow DOM (<template shadowrootmode=open>)")
SHAPE = ("web page: site header and menu, breadcrumb, h1 «Vår innsats i 2096», ingress, then a <kf-tiltak-liste> of "
         "<kf-tiltak> cards; in each card the shadow root holds the chips «Delmål x.y» and the kind in "
         "Kompetanseforbundet's words (Representasjon, Kurs, Artikkelserie, Pilotprosjekt, Fagdag, Podkast) and the "
         "labels Ansvar / Partnere, while the light DOM holds the name (h3 slot=tittel), the description (p), the "
         "responsible (span slot=ansvar) and the partners (span slot=partnere, left out where there are none, so the "
         "slot's fallback «–» shows); the NFK seat «Plass i det nasjonale karriereveiledningsforumet»; "
         "Kompetanseforbundet's own article series about the forum (about NFK, not a seat); a podcast whose first "
         "episode comes in February 2097 told only in words; cookie banner and footer")
NOT_TRUTH = ("the site header, menu, breadcrumb, h1, ingress and closing paragraph, the shadow roots (chips with the "
             "codes and kind words, the labels, the fallback «–»), the card 'Podkasten «Veiledningsrommet»' (first "
             "episode in February 2097), the cookie banner and the footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, desc, dm, kind, ansvar, partnere, seed, type
ROWS = [
    ("Plass i det nasjonale karriereveiledningsforumet",
     "Kompetanseforbundet har én plass i Nasjonalt forum for karriereveiledning. Vi la i 2096 fram et innspill om "
     "veiledning for voksne i arbeid.", "1.3", "Representasjon", "Kompetanseforbundet", "", "M01", RAD),
    ("KI-sertifikatet for karriereveiledere",
     "Vi tilpasset det felles nettkurset for karriereveiledere og holdt tre samlinger. 410 veiledere tok "
     "sertifikatet.", "2.1", "Kurs", "Kompetanseforbundet", "HK-dir, fylkeskommunene", "J06", KURS),
    ("Artikkelserie om karriereveiledningsforumet",
     "Seks artikler i medlemsbladet om hva Nasjonalt forum for karriereveiledning arbeider med. Serien er vår egen og "
     "er ikke en del av forumets arbeid.", "1.3", "Artikkelserie", "Redaksjonen i Kompetanse", "", None, INFO),
    ("Pilot for sertifisering av karriereveiledere",
     "Sammen med to universiteter prøvde vi ut en ordning der erfarne veiledere kan få kompetansen sin sertifisert. "
     "40 veiledere deltok.", "1.3", "Pilotprosjekt", "Kompetanseforbundet",
     "Universitetet i Bergen, Høgskolen i Innlandet", None, PROSJEKT),
    ("Podkasten «Veiledningsrommet»",
     "Podkasten er spilt inn, og første episode kommer i februar 2097.", "1.3", "Podkast", "Kompetanseforbundet", "",
     "", None),
    ("Fagdagen «Voksne i læring» i Bodø",
     "Fagdag i Bodø i mai for veiledere, voksenopplæringen og NAV, med 150 deltakere.", "3.1", "Fagdag",
     "Kompetanseforbundet", "Nordland fylkeskommune, NAV", None, ARR),
]

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="40" '
        'height="40" rx="8" fill="#5B2C6F"/><path d="M12 28V12h5v6l6-6h6l-8 8 8 8h-6l-6-6v6z" fill="#fff"/><text '
        'x="48" y="26" font-family="Arial" font-size="14" fill="#5B2C6F">Kompetanseforbundet</text></svg>')

CARD_CSS = (":host{display:block;border:1px solid #d9d2e0;border-radius:10px;padding:18px 20px;margin:0 0 16px;"
            "background:#fff}.chips{display:flex;gap:8px;list-style:none;margin:0 0 8px;padding:0}.chips li{font-size:"
            ".8rem;padding:2px 10px;border-radius:12px;background:#efe7f4;color:#5b2c6f}.chips li.form{background:"
            "#fdf0d5;color:#7a4b00}::slotted(h3){margin:4px 0 6px;font-size:1.15rem}dl{display:grid;grid-template-"
            "columns:auto 1fr;gap:2px 12px;font-size:.85rem;color:#555;margin:10px 0 0}dt{font-weight:600}dd{margin:0}")


def _card(i, name, desc, dm, kind, ansvar, partnere) -> str:
    shadow = (f'<template shadowrootmode=open><style>{CARD_CSS}</style><div class=kort part=kort><ul class=chips>'
              f'<li>Delmål {dm}</li><li class=form>{xml_esc(kind)}</li></ul><slot name=tittel></slot><slot></slot><dl>'
              '<dt>Ansvar</dt><dd><slot name=ansvar></slot></dd><dt>Partnere</dt><dd><slot name=partnere>–</slot>'
              '</dd></dl></div></template>')
    light = (f'<h3 slot=tittel>{xml_esc(name)}</h3><p>{xml_esc(desc)}</p><span slot=ansvar>{xml_esc(ansvar)}</span>')
    if partnere:
        light += f'<span slot=partnere>{xml_esc(partnere)}</span>'
    return f'<kf-tiltak id=tiltak-{i} data-ar=2096>{shadow}{light}</kf-tiltak>'


def page() -> str:
    logo = "data:image/svg+xml;base64," + base64.b64encode(LOGO.encode("utf-8")).decode("ascii")
    css = ("body{margin:0;font-family:'Source Sans 3',Arial,sans-serif;color:#222;background:#faf8fb}.topp{display:"
           "flex;align-items:center;justify-content:space-between;padding:14px 32px;background:#fff;border-bottom:1px "
           "solid #e5dfe9}.topp nav a{margin-left:22px;color:#5b2c6f;text-decoration:none}main{max-width:820px;margin:"
           "0 auto;padding:24px 20px 60px}.smuler{font-size:.85rem;color:#777}.smuler a{color:#777}h1{font-size:2.1rem;"
           "margin:.4em 0}.ingress{font-size:1.2rem;line-height:1.5}footer{background:#3d1d4b;color:#eee;padding:28px "
           "32px;font-size:.9rem}.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:"
           "12px 32px;font-size:.9rem}.cookie button{margin-left:16px}")
    cards = "".join(_card(i, n, d, dm, k, a, p) for i, (n, d, dm, k, a, p, *_r) in enumerate(ROWS, 1))
    return ("<!DOCTYPE html> <html lang=nb><!--\n Page saved with SingleFile \n url: "
            "https://www.kompetanseforbundet.no/aktuelt/var-innsats-i-2096/ \n saved date: Mon Jan 14 2097 10:12:44 "
            "GMT+0100 (sentraleuropeisk normaltid)\n--><meta charset=utf-8>\n<title>Vår innsats i 2096 – "
            "Kompetanseforbundet</title>\n<meta name=viewport content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=description content=\"Kompetanseforbundets tiltak i kompetansestrategien i 2096.\">\n"
            f"<style>{css}</style>\n<meta name=referrer content=no-referrer><link rel=canonical "
            "href=https://www.kompetanseforbundet.no/aktuelt/var-innsats-i-2096/><body>\n"
            f"<header class=topp><a href=https://www.kompetanseforbundet.no/><img src={logo} alt=Kompetanseforbundet "
            "width=160 height=40></a><nav><a href=https://www.kompetanseforbundet.no/om-oss/>Om oss</a><a "
            "href=https://www.kompetanseforbundet.no/medlemskap/>Medlemskap</a><a "
            "href=https://www.kompetanseforbundet.no/aktuelt/>Aktuelt</a><a "
            "href=https://www.kompetanseforbundet.no/kontakt/>Kontakt</a></nav></header>\n<main>\n"
            "<nav class=smuler aria-label=Brødsmulesti><a href=https://www.kompetanseforbundet.no/>Forside</a> › <a "
            "href=https://www.kompetanseforbundet.no/aktuelt/>Aktuelt</a> › Vår innsats i 2096</nav>\n<article>\n"
            "<h1>Vår innsats i 2096</h1>\n<p class=ingress>Kompetanseforbundet rapporterer hvert år til "
            "Kompetansepolitisk råd om hva vi har gjort for å følge opp Nasjonal kompetansepolitisk strategi. Her er "
            "tiltakene våre i 2096.</p>\n<kf-tiltak-liste><template shadowrootmode=open><style>:host{display:block;"
            "margin:28px 0}</style><slot></slot></template>" + cards + "</kf-tiltak-liste>\n<p>Har du spørsmål om "
            "rapporteringen, ta kontakt med generalsekretær Tone Birkeland.</p>\n</article>\n</main>\n<footer>"
            "Kompetanseforbundet · Pilestredet 19, 0164 Oslo · post@kompetanseforbundet.no</footer>\n<div "
            "class=cookie role=dialog>Vi bruker informasjonskapsler for å måle trafikken på nettstedet.<button>Godta"
            "</button><button>Avvis</button></div>\n")


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(page().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, d) for n, d, dm, _k, a, p, seed, ty in ROWS if ty]


def text(path) -> str:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<style>.*?</style>", "", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", raw))
