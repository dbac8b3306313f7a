"""Fagskolerådet: an ordinary Word table in which the delmål is quoted from the strategy's own wording, cut short
with an ellipsis and no number («Arbeide mer systematisk for å koble kompetansebehov …» = 2.4). The member's name
is close to the council it sits in: «Fagskolerådet» (the member, an association of the fagskoler) has a seat in
«Nasjonalt fagskoleråd» (the council), and its own internal working group for the health fagskoler is a trap (a
council-like body that is not a shared council). A fair paused this year (held every second year) is outside 2086."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Fagskolerådet – tiltak 2086.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), portrait, one ruled table, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Tiltak / Status og resultat / Knyttet til delmål / Type / Ledes "
         "av / Partnere; the delmål quoted from the strategy's wording, cut with «…», no number; kind words "
         "(Representasjon, Internt utvalg, Verksted, Statistikkrapport, Nettverk); the member Fagskolerådet's seat "
         "in Nasjonalt fagskoleråd next to its own «arbeidsutvalg»; a fair paused this year")
NOT_TRUTH = ("the title and intro, the header, the Knyttet til delmål and Type cells, the row 'Fagskolemessa på "
             "Lillestrøm' (held every second year; paused in 2086), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

Q = {"2.4": "«Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter …»",
     "2.2": "«Styrke kunnskapsgrunnlaget om læring i arbeidslivet …»",
     "1.4": "«Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet …»"}
ROWS = [
    ("Fagskolerådets representasjon i Nasjonalt fagskoleråd",
     "Fagskolerådet har to plasser i Nasjonalt fagskoleråd. Vi har arbeidet for at flere fagskoletilbud kan tas "
     "på deltid ved siden av jobb.", "2.4", "Representasjon", "Daglig leder", "", "M06", RAD),
    ("Fagskolerådets arbeidsutvalg for helsefagskolene",
     "Internt utvalg med rektorer fra ti fagskoler som gir helse- og oppvekstfag. Utvalget er Fagskolerådets eget "
     "og er ikke en del av Nasjonalt fagskoleråd.", "2.4", "Internt utvalg", "Fagsjef helse", "", None, RAD),
    ("Innovasjonsverksteder med bransjene",
     "Fem verksteder der fagskoler og bedrifter utviklet ideer til nye korte utdanninger innen energi, bygg og "
     "havbruk.", "2.4", "Verksted", "Fagsjef teknikk", "Energi Norge, Byggenæringens Landsforening", None, ARR),
    ("Statistikkrapport om fagskolestudenter i arbeid",
     "Rapport om hvor mange fagskolestudenter som er i jobb under og etter studiene, basert på tall fra SSB.",
     "2.2", "Statistikkrapport", "Analyseansvarlig", "SSB", None, FOU),
    ("Nettverk for praksiskoordinatorer",
     "Nettverk for de som følger opp studentenes praksis ute i bedriftene. Tre samlinger i 2086.", "1.4",
     "Nettverk", "Fagsjef teknikk", "", None, RAD),
    ("Fagskolemessa på Lillestrøm",
     "Messa arrangeres annethvert år, og i år var det pause.", "1.4", "Messe", "Daglig leder", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=1.9)
    p = d.add_paragraph()
    add_runs(p, [("Fagskolerådets tiltak i 2086", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Fagskolerådet er interesseorganisasjonen for fagskolene. Tabellen viser tiltakene våre i "
                    "2086. Delmålene er sitert fra strategien.")
    data = [[n, desc, Q[dm], kind, ledes, med] for n, desc, dm, kind, ledes, med, _s, _t in ROWS]
    docx_table(d, ["Tiltak", "Status og resultat", "Knyttet til delmål", "Type", "Ledes av", "Partnere"], data,
               [3.6, 5.2, 3.6, 1.8, 1.8, 2.4], fill="FFF2CC", size=9)
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Anders Holtet, Fagskolerådet")
    save_docx(d, out / FILENAME, "Anders Holtet")
    return [row(FILENAME, MEMBER, n, s, dm, t, ledes, med, desc)
            for n, desc, dm, _k, ledes, med, s, t in ROWS if t]


def text(path) -> str:
    return docx_text_deep(path)
