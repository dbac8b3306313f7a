"""Sametinget: an ordinary Word table written in last year's template. The template's title still says «rapportåret
2096» and its footer «Mal for rapportering 2096»; a line under the title says that the report covers 2097, and so do
the column heading and every description. The rows are grouped by target group under shaded band rows with Sámi and
Norwegian names («Nuorat – Unge»). A grant scheme announced for February 2098 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, INFO, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs, shade

FILENAME = "Sametinget – KPR-rapport 2097.docx"
MEMBER = "Sametinget"
FORMAT = ("DOCX (python-docx), landscape, one ruled six-column table with shaded band rows merged across the table, "
          "a footer, zip normalised")
SHAPE = ("ordinary Word table in last year's template: a head «Sámediggi · Sametinget», the template's title "
         "«Rapportering til Kompetansepolitisk råd – rapportåret 2096» left unchanged, a grey line under it «Vi har "
         "brukt fjorårets mal. Rapporten gjelder tiltakene våre i 2097.», the template's footer «Mal for rapportering "
         "2096 · Sekretariatet for Kompetansepolitisk råd»; header Tiltak / Hva ble gjort i 2097 / Delmål / Type "
         "tiltak / Ansvar / Samarbeid; the rows grouped by target group under band rows «Nuorat – Unge», «Rávesolbmot "
         "– Voksne i arbeid», «Bagadallit – Veiledere og rådgivere»; delmål as a plain code; Sametinget's kind words "
         "(Karrieredag, Rådsplass, Kurs, Prosjekt, Nettressurs); the SRY seat «Faglig råd for naturbruk – "
         "Sametingets representant»; a grant scheme announced for February 2098 told only in words")
NOT_TRUTH = ("the head, the template's title (with 2096), the line under it, the header, the band rows, the Delmål and "
             "Type tiltak cells, the paragraph about 'Lærlingtilskudd for samiske virksomheter' (announced for "
             "February 2098), the template's footer")
SPLIT_FIELDS = ("samarbeidspartnere",)

# group, name, gjort, delmål, type word, ansvar, samarbeid, seed, type
ROWS = [
    ("Nuorat – Unge", "Karrieredagen 2097 i Kautokeino og Karasjok",
     "Åpen dag på de samiske videregående skolene 16. oktober med veiledning på samisk om utdanning og yrker, "
     "også i reindrift og duodji. 380 elever og foresatte kom.", "1.3", "Karrieredag", "Opplæringsavdelingen",
     "Samisk videregående skole og reindriftsskole, UHR", "J03", ARR),
    ("Nuorat – Unge", "Faglig råd for naturbruk – Sametingets representant",
     "Sametinget har én plass i det faglige rådet og arbeidet i 2097 for at reindriftsfaget får flere læreplasser.",
     "2.3", "Rådsplass", "Opplæringsavdelingen", "", "M05", RAD),
    ("Rávesolbmot – Voksne i arbeid", "Samisk språkkurs for ansatte i helse og omsorg",
     "Kurs i nordsamisk og lulesamisk for ansatte i kommunene i samiske områder. 140 deltakere fullførte.", "2.4",
     "Kurs", "Språkavdelingen", "Sámi allaskuvla", None, KURS),
    ("Rávesolbmot – Voksne i arbeid", "Kompetanseprosjekt i reindrifta",
     "Opplæring i økonomi, dyrevelferd og digitale verktøy for reindriftsutøvere i seks distrikter.", "3.2",
     "Prosjekt", "Næringsavdelingen", "Norske Reindriftsamers Landsforbund", None, PROSJEKT),
    ("Bagadallit – Veiledere og rådgivere", "Nettressurs om samiske yrker for rådgivere",
     "Ny nettside med filmer og yrkesbeskrivelser på samisk og norsk for rådgivere i skolen og karriereveiledere.",
     "1.3", "Nettressurs", "Opplæringsavdelingen", "Karriere Finnmark", None, INFO),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Sámediggi · Sametinget", "bs11")])
    p = d.add_paragraph()
    runs(p, [("Rapportering til Kompetansepolitisk råd – rapportåret 2096", "bs16")])
    p = d.add_paragraph()
    runs(p, [("Vi har brukt fjorårets mal. Rapporten gjelder tiltakene våre i 2097.", "g")])
    d.add_paragraph(
        "Sametinget arbeider for at samiske barn, unge og voksne får opplæring og veiledning som bygger på samisk språk "
        "og kultur. Tiltakene er ordnet etter målgruppe.")
    head = ["Tiltak", "Hva ble gjort i 2097", "Delmål", "Type tiltak", "Ansvar", "Samarbeid"]
    t = ruled_table(d, head, [], [5.0, 8.5, 1.9, 2.6, 3.6, 4.1], fill="D9D9D9", size=9)
    group = None
    for g, n, gj, dm, ty_word, a, s, *_r in ROWS:
        if g != group:
            group = g
            cells = t.add_row().cells
            band = cells[0].merge(cells[-1])
            runs(band.paragraphs[0], [(g, "b")])
            shade(band, "FCE4D6")
        cells = t.add_row().cells
        for c, v in zip(cells, (n, gj, dm, ty_word, a, s)):
            r = c.paragraphs[0].add_run(v)
            r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Sametingsrådet vedtok i desember et nytt lærlingtilskudd for samiske virksomheter. Tilskuddet "
                    "lyses ut i februar 2098.")
    for s in d.sections:
        s.footer.paragraphs[0].text = "Mal for rapportering 2096 · Sekretariatet for Kompetansepolitisk råd"
        s.footer.paragraphs[0].runs[0].font.size = Pt(8)
    (out / FILENAME).write_bytes(docx_bytes(d, "Ánde Somby"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, gj) for _g, n, gj, dm, _t, a, s, seed, ty in ROWS]


def text(path) -> str:
    return docx_all_text(path)
