"""Unio: the secretariat collected the federations' contributions as notes in Evernote and exported the notebook
(.enex). Each note is ENML (XHTML subset) inside CDATA; Evernote tags carry the kind of measure."""
from __future__ import annotations

from lxml import etree

from .common import ARR, FOU, KURS, PROSJEKT, RAD, html_text, row, xml_esc

FILENAME = "Unio KPR 2076.enex"
MEMBER = "Unio"
FORMAT = ("Evernote export (.enex, en-export 4 DTD, application 'Evernote' 10.x): one <note> per note with title, "
          "created/updated timestamps (yyyymmddThhmmssZ), <tag> elements, note-attributes and the ENML body in a "
          "CDATA section (en-note with div/b/ul/en-todo); written as text")
SHAPE = ("notebook export: one note per measure (title = name), Evernote tags give the kind in Unio's words ('råd', "
         "'kurs', 'prosjekt', 'undersøkelse', 'seminar'; no kind tag once) plus the tag 'KPR2076'; the body has bold "
         "lead lines 'Delmål:' (code+words, code only, or words only), 'Ansvar:' and 'Med:', then the description; "
         "one note uses an en-todo checklist; other notes: 'Frist og kontakt', a note tagged 2075 (finished) and "
         "'Ideer til 2077' (not truth rows)")
NOT_TRUTH = ("the note 'Frist og kontakt' (deadline and contact person), the note 'Lærerløftet-seminaret 2075' (tag "
             "2075, held in 2075), the note 'Ideer til 2077' with its checklist, tags, timestamps, authors and the "
             "en-todo items")

# title, tags, delmål line, ansvar, med, description, extra html, truth
NOTES = [
    ("Unio-representanter i RSA ved OsloMet", ["råd", "KPR2076"], "1.4 Samarbeid mellom utdanning og arbeidsliv",
     "Unio", "Utdanningsforbundet, Norsk Sykepleierforbund",
     "Unio har to plasser i Rådet for samarbeid med arbeidslivet ved OsloMet. Rådet drøftet i 2076 praksis i "
     "lærer- og sykepleierutdanningene.", "", ("M03", "1.4", RAD)),
    ("KI-løftet for ansatte i skole og helse", ["kurs", "KPR2076"], "2.1",
     "Utdanningsforbundet", "KS, Akademikerne",
     "Nettkurs i bruk av kunstig intelligens i undervisning og pasientarbeid; 3 900 medlemmer fullførte.",
     "", ("J02", "2.1", KURS)),
    ("Veiledningsløftet 50+", ["prosjekt", "KPR2076"], "Karriereveiledning for alle",
     "Unio", "Kompetanseforbundet, fylkeskommunenes karrieresentre",
     "Prosjektet tilbyr karrieresamtaler for medlemmer over 50 år som vurderer videreutdanning eller nye "
     "oppgaver; 420 samtaler i 2076.", "", ("J05", "1.3", PROSJEKT)),
    ("Undersøkelse om etter- og videreutdanning i profesjonene", ["undersøkelse", "KPR2076"],
     "2.2 Kunnskapsgrunnlaget om læring i arbeidslivet", "Unio", "Høgskolen i Innlandet",
     "Spørreundersøkelse blant 7 000 lærere, sykepleiere og politiansatte om hvem som får etter- og "
     "videreutdanning, og hva som hindrer dem.", "", ("U", "2.2", FOU)),
    ("Seminar om praksis i profesjonsutdanningene", ["seminar", "KPR2076"], "1.4",
     "Unio", "UHR",
     "Heldagsseminar i mai med studenter, praksisveiledere og utdanningsinstitusjoner om kvaliteten i praksis.",
     "", ("U", "1.4", ARR)),
    ("Samling for Unios RSA-representanter", ["KPR2076"], "1.4 Samarbeid mellom utdanning og arbeidsliv",
     "Unio", "",
     "Dagssamling for de 31 representantene Unio-forbundene har i RSA ved universiteter og høyskoler, om "
     "hvordan de kan løfte praksisspørsmål i rådene.", "", ("U", "1.4", ARR)),
]

OTHER = [
    ("Frist og kontakt", ["KPR2076", "admin"], "<div>Frist til sekretariatet: 20. januar 2077.</div>"
     "<div>Kontakt: Hanne Ruud, Unio-sekretariatet.</div>"),
    ("Lærerløftet-seminaret 2075", ["seminar", "2075"],
     "<div><b>Delmål:</b> 1.4</div><div>Holdt i oktober 2075 – ikke med i år.</div>"),
    ("Ideer til 2077", ["KPR2077"],
     "<div>Mulige tiltak neste år:</div><div><en-todo checked=\"false\"/>Kurs for tillitsvalgte om kompetanseplaner"
     "</div><div><en-todo checked=\"false\"/>Nettverk for seniorpolitikk</div>"),
]


def _enml(body: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM '
            '"http://xml.evernote.com/pub/enml2.dtd">\n<en-note>' + body + "</en-note>")


def _note(title, tags, body, n) -> str:
    t = "".join(f"<tag>{xml_esc(x)}</tag>" for x in tags)
    return (f"<note><title>{xml_esc(title)}</title><created>20760{3 + n % 6}{10 + n:02d}T08{10 + n:02d}00Z</created>"
            f"<updated>20770108T14{10 + n:02d}00Z</updated>{t}<note-attributes><author>Hanne Ruud</author>"
            f"<source>desktop.win</source><reminder-order>0</reminder-order></note-attributes>"
            f"<content><![CDATA[{_enml(body)}]]></content></note>\n")


def build(out) -> list[dict]:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM '
             '"http://xml.evernote.com/pub/evernote-export4.dtd">\n<en-export export-date="20770115T101500Z" '
             'application="Evernote" version="10.105.4">\n']
    rows = []
    n = 0
    for title, tags, dm, ansv, med, desc, extra, truth in NOTES:
        body = (f"<div><b>Delmål:</b> {xml_esc(dm)}</div><div><b>Ansvar:</b> {xml_esc(ansv)}</div>"
                + (f"<div><b>Med:</b> {xml_esc(med)}</div>" if med else "") + "<div><br/></div>"
                f"<div>{xml_esc(desc)}</div>{extra}")
        parts.append(_note(title, tags, body, n))
        n += 1
        seed = None if truth[0] == "U" else truth[0]
        rows.append(row(FILENAME, MEMBER, title, seed, truth[1], truth[2], ansv, med, desc))
        if n == 2:
            t, tg, b = OTHER[0]
            parts.append(_note(t, tg, b, 20))
    for t, tg, b in OTHER[1:]:
        parts.append(_note(t, tg, b, 21 + len(parts)))
    parts.append("</en-export>\n")
    (out / FILENAME).write_bytes("".join(parts).encode("utf-8"))
    return rows


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    out = []
    for note in root.iter("note"):
        out.append(note.findtext("title") or "")
        out.append(" ".join(t.text or "" for t in note.iter("tag")))
        content = note.findtext("content") or ""
        content = content.split("<en-note>", 1)[-1].rsplit("</en-note>", 1)[0]
        out.append(html_text(f"<div>{content}</div>"))
    return "\n".join(out)
