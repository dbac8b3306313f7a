"""LO: an ordinary Word table whose second column holds the bold measure name with the description as a second
paragraph in the same cell («Tiltak og kort omtale»). The goal is a code with a one-word gloss in brackets («2.3
(yrkesfag)»), the kind in LO's words (Representasjon, Partssamarbeid, Undersøkelse, Kampanje, Skoleringstilbud,
Aksjonsdag). A row for an action day moved to next spring. The trap is LO's campaign to recruit members to the
faglige råd."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO rapportering KPR 2087.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Nr / Tiltak og kort omtale / Mål (strategien) / Arbeidsform / "
         "Hvem i LO-familien / Sammen med; the name is the bold first paragraph of the «Tiltak og kort omtale» cell "
         "and the description the paragraph(s) under it; the goal as code with a gloss («2.3 (yrkesfag)»); LO's kind "
         "words (Representasjon, Partssamarbeid, Undersøkelse, Kampanje, Skoleringstilbud, Aksjonsdag); an action "
         "day moved to next spring; a signature")
NOT_TRUTH = ("the title and intro, the header, the Nr, Mål and Arbeidsform cells, row 7 'Aksjonsdag for lærlinger' "
             "(moved to next spring), the place, date and signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, [paras], mål, kind, hvem, [med], seed, dm, type
ROWS = [
    ("Faglig råd for helse- og oppvekstfag",
     ["Fagforbundet har LOs to plasser i det faglige rådet under Samarbeidsrådet for yrkesopplæring. Rådet hadde sju "
      "møter og la fram forslag om flere læreplasser i helsearbeiderfaget."],
     "2.3 (yrkesfag)", "Representasjon", "Fagforbundet", [], "M04", "2.3", RAD),
    ("LOs plass i Nasjonalt fagskoleråd",
     ["LO er representert i rådet ved utdanningsavdelingen. I 2087 arbeidet rådet særlig med fagskoletilbud for "
      "helsefagarbeidere og med finansieringen av korte kurs."],
     "2.4 (fagskole)", "Representasjon", "Utdanningsavdelingen", [], "M05", "2.4", RAD),
    ("Helsefagløftet",
     ["Prosjektet hjelper assistenter i kommunene og helseforetakene fram til fagbrev som helsefagarbeider, mens de "
      "er i jobb. Fagforbundets tillitsvalgte rekrutterer deltakere og følger dem opp.",
      "830 deltakere var med i 2087, og 290 besto fagprøven."],
     "2.5 (fagbrev)", "Partssamarbeid", "Fagforbundet", ["KS", "Spekter"], "J02", "2.5", PROSJEKT),
    ("Læringsbarometeret 2087",
     ["Fafo gjennomførte undersøkelsen for LO og NHO blant 6 000 ansatte. Hovedfunnet er at ansatte uten høyere "
      "utdanning lærer minst på jobben, og at forskjellen har økt siden forrige måling."],
     "2.2 (kunnskap)", "Undersøkelse", "Samfunnspolitisk avdeling", ["NHO", "Fafo"], "J06", "2.2", FOU),
    ("Rekrutteringskampanje til de faglige rådene",
     ["Kampanjen skulle få flere unge tillitsvalgte til å stille som kandidater når de faglige rådene får nye "
      "medlemmer. Kampanjen er LOs egen og er ikke en del av rådenes arbeid."],
     "2.3 (yrkesfag)", "Kampanje", "Organisasjonsavdelingen", ["Fellesforbundet", "El og IT Forbundet"], None, "2.3",
     INFO),
    ("Tillitsvalgtkurs i kompetanseplanlegging",
     ["Tre kurs for tillitsvalgte om hvordan de kan få kompetanse inn i lokale forhandlinger og planer. 180 "
      "tillitsvalgte deltok."],
     "2.4 (etterutdanning)", "Skoleringstilbud", "Utdanningsavdelingen", ["AOF Norge"], None, "2.4", KURS),
    ("Aksjonsdag for lærlinger",
     ["Aksjonsdagen ble flyttet til våren neste år fordi mange av lærlingene var i streik i oktober."],
     "2.3 (yrkesfag)", "Aksjonsdag", "LO Ung", ["Elevorganisasjonen"], "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10)
    p = d.add_paragraph()
    add_runs(p, [("LO – rapportering til Kompetansepolitisk råd for 2087", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Nedenfor er tiltakene LO og forbundene har gjennomført i 2087 for å følge opp den nasjonale "
                    "kompetansestrategien.")
    head = ["Nr", "Tiltak og kort omtale", "Mål (strategien)", "Arbeidsform", "Hvem i LO-familien", "Sammen med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "FBE4D5")
    rows = []
    for i, (name, paras, mal, kind, hvem, med, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(str(i))
        add_runs(cells[1].paragraphs[0], [(name, "b")])
        for para in paras:
            cells[1].add_paragraph(para)
        for c, v in zip(cells[2:5], [mal, kind, hvem]):
            c.paragraphs[0].add_run(v)
        cells[5].paragraphs[0].add_run(med[0] if med else "–")
        for m in med[1:]:
            cells[5].add_paragraph(m)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, hvem, ", ".join(med), " ".join(paras)))
    set_col_widths(t, [0.8, 7.6, 2.4, 2.4, 2.4, 1.9])
    d.add_paragraph()
    d.add_paragraph("Oslo, 15. januar 2088")
    d.add_paragraph("Ingrid Haugen Moe, utdanningsavdelingen")
    save_docx(d, out / FILENAME, "Ingrid Haugen Moe")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
