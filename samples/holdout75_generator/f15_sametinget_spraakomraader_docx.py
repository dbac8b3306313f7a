"""Sametinget: an ordinary Word report whose sections are the Sámi language areas (Davvisámegiella / nordsamisk,
Julevsámegiella / lulesamisk, Åarjelsaemien / sørsamisk) instead of the strategy's areas; each measure is a bullet with
the bold name and «(delmål 2.3)», the description, and an italic line «Vuohki / Form: … · Ovddasvástádus / Ansvar: … ·
Ovttasbargu / Samarbeid: …». The trap is Sametinget's own Sámi language path named like the joint project (which
Sametinget does not report). An offer postponed to 2096 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Sametinget – tiltak i kompetansestrategien 2095.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), portrait, Heading 2 per language area and List Bullet paragraphs with bold and italic runs, zip normalised"
SHAPE = ("ordinary Word report: a head «Sámediggi · Sametinget», title, intro, three Heading 2s that are the Sámi "
         "language areas («Davvisámegiella – nordsamisk», «Julevsámegiella – lulesamisk», «Åarjelsaemien – "
         "sørsamisk»), under them bullets: the bold name followed by «(delmål 1.4)», then the description in the same "
         "bullet and an italic line «Vuohki / Form: … · Ovddasvástádus / Ansvar: … · Ovttasbargu / Samarbeid: …» (the "
         "Samarbeid part left out where there is none); Sametinget's kind words (Rådsplass, Prosjekt, Kurs, "
         "Nettressurs, Fagdag); the RSA seat «Sametingets representant i RSA ved Sámi allaskuvla»; Sametinget's own "
         "Sámi language path named like the joint project; an offer postponed to 2096 told only in words; a closing "
         "line")
NOT_TRUTH = ("the head, title and intro, the language-area headings, the «(delmål x.y)» parts, the labels and kind words "
             "of the italic lines, the bullet 'Samisk fagskoletilbud i reindrift' (postponed to 2096), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# area, name, dm, text, form, ansvar, samarbeid, seed, type
ROWS = [
    ("Davvisámegiella – nordsamisk", "Sametingets representant i RSA ved Sámi allaskuvla", "1.4",
     "Sametinget har en plass i rådet for samarbeid med arbeidslivet ved Sámi allaskuvla. Rådet drøftet i 2095 "
     "behovet for samiskspråklige lærere og sykepleiere.", "Rådsplass", "Opplæringsavdelingen", "", "M04", RAD),
    ("Davvisámegiella – nordsamisk", "Duodji-fagbrev – kurs for voksne lærlinger", "2.3",
     "Kurs i Kautokeino og Karasjok for voksne som tar fagbrev i duodji. 22 deltakere.", "Kurs",
     "Opplæringsavdelingen", "Samisk videregående skole og reindriftsskole", None, KURS),
    ("Julevsámegiella – lulesamisk", "Samisk språkløype – lulesamisk på jobben", "3.4",
     "Ansatte i barnehager og omsorg lærte lulesamisk fagspråk på jobben i korte moduler. Prosjektet er Sametingets "
     "eget og er ikke en del av Språkløypa.", "Prosjekt", "Språkavdelingen", "Árran julevsáme guovdásj, Hamarøy "
     "kommune", None, PROSJEKT),
    ("Julevsámegiella – lulesamisk", "Karriereveiledning på samisk – nettressurs", "1.3",
     "Nettside på nord-, lule- og sørsamisk med filmer om yrker og utdanninger i samiske områder.", "Nettressurs",
     "Opplæringsavdelingen", "Karriere Nordland", None, INFO),
    ("Åarjelsaemien – sørsamisk", "Sørsamisk kompetansedag i Snåsa", "1.4",
     "Fagdag for skoler, bedrifter og reindriften om hvilken kompetanse det sørsamiske området trenger. 90 deltok.",
     "Fagdag", "Næringsavdelingen", "Trøndelag fylkeskommune", None, ARR),
    ("Åarjelsaemien – sørsamisk", "Samisk fagskoletilbud i reindrift", "2.4",
     "Tilbudet er utsatt til 2096 fordi det ikke var nok søkere.", "Kurs", "Opplæringsavdelingen", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5)
    d.add_paragraph("Sámediggi · Sametinget")
    p = d.add_paragraph()
    add_runs(p, [("Sametingets tiltak i kompetansestrategien 2095", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Vi har ordnet tiltakene etter språkområde. Delmålet i strategien står i parentes etter navnet.")
    area = None
    for a, n, dm, txt, form, ans, sam, *_r in ROWS:
        if a != area:
            d.add_heading(a, level=2)
            area = a
        p = d.add_paragraph(style="List Bullet")
        add_runs(p, [(n, "b"), (f" (delmål {dm})", ""), ("\n" + txt, "")])
        fact = f"Vuohki / Form: {form} · Ovddasvástádus / Ansvar: {ans}"
        if sam:
            fact += f" · Ovttasbargu / Samarbeid: {sam}"
        r = p.add_run()
        r.add_break()
        add_runs(p, [(fact, "i")])
    d.add_paragraph()
    d.add_paragraph("Giitu! Takk for samarbeidet i 2095.")
    save_docx(d, out / FILENAME, "Sámediggi")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, sam, txt)
            for _a, n, dm, txt, _f, ans, sam, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_text_deep(path)
