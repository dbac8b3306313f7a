"""VOFO: a web page saved by LibreOffice Writer («Lagre som → HTML-dokument (Writer)») from the member's Word
draft, sent as .htm. Inside: <h1> title, an intro, one <h2> per measure, a paragraph, and a fact line in a smaller
grey font «Delmål 3.6 | Kursform | Ansvar: … | Med: …». The trap is a regional version of the joint language project
run by one study association alone, right under it. One <h2> is a conference that was not held in 2089."""
from __future__ import annotations

import html
import re

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_bytes, lo_convert, row

FILENAME = "VOFO – tiltak 2089 (nettside).htm"
MEMBER = "VOFO"
FORMAT = ("HTML exported by LibreOffice Writer (--convert-to html, «HTML (StarWriter)») from a DOCX (python-docx), "
          "saved with the .htm extension; UTF-8, LibreOffice's meta generator and fixed created/changed "
          "dates from the DOCX properties")
SHAPE = ("web page saved from Writer: <h1> title, intro, one <h2> per measure with a paragraph and a grey fact line "
         "«Delmål 3.6 | <kind> | Ansvar: … | Med: …» (VOFO's kind words Forumplass, Prosjektdeltakelse, Regionalt prosjekt, "
         "Lesegrupper, Statistikk); partners separated by commas and «og»; the NFK seat named «VOFO i Nasjonalt "
         "forum for karriereveiledning»; a conference <h2> not held in 2089 with no fact line")
NOT_TRUTH = ("the page title and <h1>, the intro, the fact lines' Delmål and kind values and labels, the section "
             "'Voksenopplæringskonferansen' (not held in 2089, next in April 2090), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

ITEMS = [
    ("VOFO i Nasjonalt forum for karriereveiledning",
     "VOFO har frivillig sektors plass i forumet og tok opp karriereveiledning for voksne som lærer i "
     "studieforbund.", "1.3", "Forumplass", "VOFO", "", "", "M01", "1.3", RAD),
    ("Språkvenn på jobb – studieforbundenes opplæring",
     "Studieforbundene lærte opp 410 språkvenner på 62 arbeidsplasser. Hver språkvenn fikk et kurs på 12 timer.",
     "3.4", "Prosjektdeltakelse", "VOFO", "Kompetanse Norge og Arbeids- og inkluderingsdepartementet",
     "Kompetanse Norge, Arbeids- og inkluderingsdepartementet", "J06", "3.4", PROSJEKT),
    ("Språkvenn på jobb i Agder",
     "Studieforbundet AOF har laget en egen variant for sesongarbeidere i landbruket i Agder. Agder-varianten er "
     "AOFs eget prosjekt og er ikke en del av Språkvenn på jobb.", "3.4", "Regionalt prosjekt",
     "Studieforbundet AOF", "Agder fylkeskommune", "Agder fylkeskommune", None, "3.4", PROSJEKT),
    ("Lesegrupper i frivillige lag",
     "Lesegrupper for voksne med svake leseferdigheter i idrettslag og kor. 95 grupper med 700 deltakere.", "3.6",
     "Lesegrupper", "Studieforbundet kultur og tradisjon", "Norges idrettsforbund",
     "Norges idrettsforbund", None, "3.6", KURS),
    ("Studieforbundenes læringsstatistikk 2089",
     "En rapport om hvem som deltar i studieforbundenes kurs. Andelen deltakere over 67 år økte til 31 prosent.",
     "3.6", "Statistikk", "VOFO", "SSB", "SSB", None, "3.6", FOU),
]


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Sans", size=11)
    d.core_properties.title = "VOFO – tiltak 2089"
    d.add_heading("VOFO – tiltak i kompetansestrategien 2089", level=1)
    d.add_paragraph("Voksenopplæringsforbundet og studieforbundene rapporterer her tiltakene i 2089.")
    rows = []
    for name, txt, dmc, kind, ans, med_w, med, seed, dm, ty in ITEMS:
        d.add_heading(name, level=2)
        d.add_paragraph(txt)
        p = d.add_paragraph()
        line = f"Delmål {dmc} | {kind} | Ansvar: {ans}" + (f" | Med: {med_w}" if med_w else "")
        add_runs(p, [(line, "g")])
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_heading("Voksenopplæringskonferansen", level=2)
    d.add_paragraph("Konferansen ble ikke holdt i 2089. Neste konferanse er i april 2090.")
    p = d.add_paragraph("Kontakt: rådgiver Tone Bakke, VOFO")
    p.runs[0].font.size = Pt(9)
    data = lo_convert(docx_bytes(d, "Tone Bakke"), ".docx", "html:HTML (StarWriter)")
    (out / FILENAME).write_bytes(data)
    return rows


def text(path) -> str:
    s = path.read_bytes().decode("utf-8")
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|td|tr)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)
