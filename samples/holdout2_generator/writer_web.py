"""A web form's receipt printed to PDF from the browser (headless Chromium).

- form_receipt: the member filled in a web form, one repeated group of questions per tiltak, and sent
  the receipt page as PDF; questions are small grey labels, answers under them, the delmål picked
  from a list as "code name", an optional description (YS).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from .model import Item, Report
from .package import chromium_pdf

STYLE = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #222; }
.bar { background: #3a2f7a; color: #fff; padding: 8px 12px; font-size: 13pt; font-weight: bold; }
.meta { color: #555; font-size: 9pt; margin: 8px 0 16px 0; }
h1 { font-size: 16pt; margin: 6px 0 2px 0; }
.group { border: 1px solid #cfcfe0; border-radius: 4px; padding: 8px 12px; margin: 0 0 12px 0;
         page-break-inside: avoid; }
.group h2 { font-size: 10pt; color: #3a2f7a; margin: 0 0 6px 0; text-transform: uppercase; letter-spacing: .5px; }
.q { color: #6b6b6b; font-size: 8.5pt; margin-top: 6px; }
.a { margin: 1px 0 0 0; }
.none { color: #999; }
"""

QUESTIONS = ("Hvilket delmål i strategien gjelder tiltaket?", "Tiltakets navn",
             "Hva slags tiltak er det? (velg ett alternativ)", "Hvem har ansvaret for tiltaket?",
             "Samarbeidspartnere (valgfritt)", "Beskriv tiltaket kort (maks 500 tegn)")


def _answer(text: str) -> str:
    return f'<div class="a">{escape(text)}</div>' if text else '<div class="a none">Ikke besvart</div>'


def write_form_receipt(report: Report, path: Path) -> list[Item]:
    rows, names = report.extra["rows"], report.extra["delmal_names"]
    parts = [f'<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>{escape(report.title)}</title>'
             f"<style>{STYLE}</style></head><body>",
             '<div class="bar">Nettskjema</div>',
             f"<h1>{escape(report.title)}</h1>",
             '<div class="meta">Kvittering for innsendt svar · Innsendt 24.01.2023 kl. 13:42 · '
             "Referanse 7F3K-22Q9</div>",
             '<div class="group"><h2>Om organisasjonen</h2>',
             '<div class="q">Organisasjon</div>', _answer("YS – Yrkesorganisasjonenes Sentralforbund"),
             '<div class="q">Kontaktperson</div>', _answer("Rådgiver, YS' avdeling for arbeidsliv og kompetanse"),
             '<div class="q">Antall tiltak dere rapporterer</div>', _answer(str(len(rows))), "</div>"]
    for n, (code, it) in enumerate(rows, start=1):
        answers = (names[code], it.tiltak, it.shown_type, it.ansvarlig, it.partnere, it.beskrivelse)
        parts.append(f'<div class="group"><h2>Tiltak {n} av {len(rows)}</h2>')
        for question, answer in zip(QUESTIONS, answers):
            parts += [f'<div class="q">{escape(question)}</div>', _answer(answer)]
        parts.append("</div>")
    parts.append('<div class="meta">Dette er en automatisk generert kvittering. Svarene er lagret hos '
                 "skjemaeieren.</div></body></html>")
    path.write_bytes(chromium_pdf("".join(parts), report.modified))
    return [it for _, it in rows]
