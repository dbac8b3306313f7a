"""17 (not a member report): job advert from Trøndelag fylkeskommune (a council
member, but this is not a report). Mentions councils and programmes the
position will work with. No truth rows."""
import os

from docx.shared import Pt

from .common import FileResult, save_docx
from . import docxutil as du

FILENAME = "17_Trondelag_fk_stillingsannonse_radgiver_kompetanse.docx"


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Calibri", size=11, margins_cm=2.5)
    p = doc.add_paragraph()
    du.add_runs(p, [("Trøndelag fylkeskommune", {"bold": True, "color": "8B1C2B"})])
    p = doc.add_paragraph()
    du.add_runs(p, [("Rådgiver – kompetanse og karriere", {"bold": True, "size": 20})])
    doc.add_paragraph("Fast stilling · Steinkjer eller Trondheim · Søknadsfrist 1. mars 2067 · "
                      "Stillingsnummer 2067/0142")
    sections = [
        ("Om oss", "Seksjon for kompetanse og karriere arbeider med regional kompetansepolitikk, "
                   "karrieresentrene i Trøndelag og samarbeidet med partene i arbeidslivet. Fylkeskommunen "
                   "er medlem av Kompetansepolitisk råd og deltar blant annet i Nasjonalt forum for "
                   "karriereveiledning."),
        ("Arbeidsoppgaver", None),
        ("Kvalifikasjoner", None),
        ("Vi tilbyr", "Et faglig sterkt miljø, fleksibel arbeidstid og lønn etter avtale i spennet "
                      "kr 640 000–720 000. Medlemskap i Statens pensjonskasse."),
        ("Kontakt", "Spørsmål om stillingen kan rettes til seksjonsleder for kompetanse og karriere. "
                    "Søk via fylkeskommunens rekrutteringsportal."),
    ]
    tasks = [
        "koordinere fylkeskommunens rapportering til Kompetansepolitisk råd",
        "følge opp regionalt kompetanseforum og samarbeidet med NAV Trøndelag",
        "bidra i planleggingen av Yrkes-NM 2068 i Trondheim",
        "utvikle tilbud om fagbrev på jobb for voksne",
        "holde oversikt over analyser fra Kompetansebehovsutvalget (KBU)",
    ]
    quals = [
        "høyere utdanning på masternivå, fortrinnsvis innen samfunnsfag eller pedagogikk",
        "erfaring fra partssamarbeid eller regional utvikling",
        "gode skriftlige ferdigheter på norsk",
    ]
    for head, text in sections:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(8)
        du.add_runs(hp, [(head, {"bold": True, "size": 13})])
        if text:
            doc.add_paragraph(text)
        elif head == "Arbeidsoppgaver":
            for t in tasks:
                doc.add_paragraph(t, style="List Bullet")
        else:
            for t in quals:
                doc.add_paragraph(t, style="List Bullet")
    save_docx(doc, os.path.join(out_dir, FILENAME), "Trøndelag fylkeskommune", "Stillingsannonse")
    return FileResult(FILENAME, None, "DOCX (python-docx)",
                      "Job advert from a member organisation (not a report); mentions Nasjonalt forum "
                      "for karriereveiledning, Yrkes-NM, KBU and regional forum", [])
