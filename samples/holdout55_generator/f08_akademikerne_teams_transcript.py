"""Akademikerne: the transcript of a Teams meeting in which the staff went through this year's measures, downloaded
from Teams as a Word file ('Last ned som .docx'). Every measure is named and described in speech; the delmål and the
kind are said aloud or not at all."""
from __future__ import annotations

import zipfile

from .common import FOU, KURS, PROSJEKT, RAD, normalise_ooxml, ooxml_paragraphs, row

FILENAME = "KPR-gjennomgang 2075 - transkripsjon.docx"
MEMBER = "Akademikerne"
FORMAT = ("DOCX (python-docx) shaped like Microsoft Teams' transcript download: meeting title, date and duration "
          "lines, 'startet transkripsjonen' line, then per utterance a speaker line 'Name   m:ss' and a text "
          "paragraph; zip normalised")
SHAPE = ("meeting transcript: four speakers go through the report; each measure is named in one utterance "
         "(sometimes the next speaker adds responsible or partners), the delmål said as a number ('det er delmål "
         "1.4') or in words, the kind in plain speech or not at all; small talk, a finished 2074 survey and a plan "
         "for 2076 (not truth rows)")
NOT_TRUTH = ("the title, date and duration lines, the transcription-started/stopped lines, greetings and small "
             "talk, 'Lønnsundersøkelsen for 2074' (finished in 2074), the plan for 2076 (Akademikernes "
             "kompetansekonferanse), the closing remarks")

# (speaker, time, text)
LINES = [
    ("Marit Lunde", "0:04", "Hei, kan alle høre meg? Fint. Da går vi gjennom tiltakene til rapporten for 2075."),
    ("Jonas Berg", "0:11", "Ja, jeg hører deg."),
    ("Marit Lunde", "0:19", "Vi starter med rådsarbeidet. Tekna i Nasjonalt råd for teknologisk utdanning. Tekna "
     "har to plasser i rådet under UHR og har jobbet med praksis i ingeniørutdanningene. Det er delmål 1.4."),
    ("Jonas Berg", "0:48", "Og ansvaret der ligger hos Tekna, ikke hos oss i sekretariatet."),
    ("Marit Lunde", "0:55", "Riktig. Så er det DigiVakt. Det er et nettkurs i digital sikkerhet for ansatte som vi "
     "har laget sammen med YS, og 2 100 av våre medlemmer har tatt det. Delmål 2.1, og det er et kurs."),
    ("Sofie Haugen", "1:31", "Skal vi si at ansvarlig er Akademikerne der? Og samarbeidspartner er YS og "
     "Nasjonal sikkerhetsmyndighet."),
    ("Marit Lunde", "1:40", "Ja, skriv det."),
    ("Jonas Berg", "1:52", "Neste er Karrierenettverk for seniorakademikere. Vi har hatt seks nettverksmøter for "
     "medlemmer over 55 som vurderer å skifte karriere. Det hører under karriereveiledning i strategien."),
    ("Sofie Haugen", "2:20", "Lønnsundersøkelsen tar vi ikke med, den var for 2074."),
    ("Jonas Berg", "2:26", "Nei, den er ute."),
    ("Sofie Haugen", "2:33", "Så har vi Etterutdanningsrapporten 2075. Det er en undersøkelse som viser hvor mye "
     "etter- og videreutdanning medlemmene faktisk får, laget av Akademikerne sammen med NIFU. Den hører til "
     "kunnskapsgrunnlaget om læring i arbeidslivet."),
    ("Erik Dahl", "3:10", "Og til slutt Mentorprogram for akademikere med innvandrerbakgrunn. Førti mentorpar fra "
     "medlemsforeningene hjalp nyankomne akademikere inn i relevant jobb. Det er et prosjekt under delmål 3.4, "
     "med Samfunnsøkonomene som ansvarlig og IMDi som partner."),
    ("Marit Lunde", "3:44", "Flott. Kompetansekonferansen vår kommer først i 2076, så den venter vi med."),
    ("Marit Lunde", "3:52", "Takk alle sammen, jeg skriver dette inn og sender det til sekretariatet."),
]

TRUTH = [
    ("Tekna i Nasjonalt råd for teknologisk utdanning", "M04", "1.4", RAD, "Tekna", "",
     "Tekna har to plasser i rådet under UHR og har jobbet med praksis i ingeniørutdanningene."),
    ("DigiVakt", "J02", "2.1", KURS, "Akademikerne", "YS og Nasjonal sikkerhetsmyndighet",
     "Det er et nettkurs i digital sikkerhet for ansatte som vi har laget sammen med YS, og 2 100 av våre "
     "medlemmer har tatt det."),
    ("Karrierenettverk for seniorakademikere", None, "1.3", RAD, "", "",
     "Vi har hatt seks nettverksmøter for medlemmer over 55 som vurderer å skifte karriere."),
    ("Etterutdanningsrapporten 2075", None, "2.2", FOU, "Akademikerne", "NIFU",
     "Det er en undersøkelse som viser hvor mye etter- og videreutdanning medlemmene faktisk får, laget av "
     "Akademikerne sammen med NIFU."),
    ("Mentorprogram for akademikere med innvandrerbakgrunn", None, "3.4", PROSJEKT, "Samfunnsøkonomene", "IMDi",
     "Førti mentorpar fra medlemsforeningene hjalp nyankomne akademikere inn i relevant jobb."),
]


def build(out) -> list[dict]:
    from docx import Document
    from docx.shared import Pt, RGBColor
    doc = Document()
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.add_paragraph("KPR-gjennomgang 2075")
    doc.add_paragraph("14. januar 2076, 10:02:17")
    doc.add_paragraph("4m 6s")
    p = doc.add_paragraph()
    r = p.add_run("Marit Lunde startet transkripsjonen")
    r.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
    for who, t, txt in LINES:
        sp = doc.add_paragraph()
        a = sp.add_run(who)
        a.bold = True
        a.font.size = Pt(10)
        b = sp.add_run("   " + t)
        b.font.size = Pt(9)
        b.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        doc.add_paragraph(txt)
    p = doc.add_paragraph()
    r = p.add_run("Marit Lunde stoppet transkripsjonen")
    r.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
    path = out / FILENAME
    doc.save(path)
    normalise_ooxml(path)
    return [row(FILENAME, MEMBER, n, s, dm, typ, a, sam, d) for n, s, dm, typ, a, sam, d in TRUTH]


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return ooxml_paragraphs(z.read("word/document.xml"))
