"""Møre og Romsdal fylkeskommune: an ordinary Word table in Nynorsk. The strategy column «Mål i strategien» holds the
county's own short paraphrase of the delmål («Karriererettleiing for alle», «Vaksne skal kunne ta vidaregåande»),
never a code. The responsible is the county's own unit («Karrieresenteret i Møre og Romsdal»,
«Fagopplæringskontoret»). The county's own career-guidance forum is modelled on the national forum but is not a
seat in it. Two rows are outside 2083 by their text only («Vart halden i fjor», «Startar opp neste år»)."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Møre og Romsdal fylkeskommune – tiltak 2083 til KPR.docx"
MEMBER = "Møre og Romsdal fylkeskommune"
FORMAT = "DOCX (python-docx), portrait, Nynorsk, one ruled table, zip normalised"
SHAPE = ("Nynorsk Word table: letter-like head, intro, header Tiltak / Mål i strategien / Slag tiltak / Ansvarleg "
         "eining / Partnarar / Kva vart gjort i 2083; «Mål i strategien» is the county's own Nynorsk paraphrase of the "
         "delmål (no codes); the county's kind words (Forumplass, Pilot, Forum, Opplæring, Kartlegging, Messe); the "
         "responsible is a county unit; two rows outside 2083 by their text; «Med helsing» and signature")
NOT_TRUTH = ("the head and intro, the header, the Mål i strategien and Slag tiltak cells, the row 'Rettleiingsdag for "
             "rådgjevarar' (held last year), the row 'Lærlingløft i helsefag' (starts next year), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, mål (paraphrase), slag, eining, partnarar, text, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing", "Karriererettleiing for alle", "Forumplass",
     "Karrieresenteret i Møre og Romsdal", "",
     "Leiaren for karrieresenteret har plassen til fylkeskommunane i forumet. Forumet drøfta kvalitetsrammeverket "
     "for karriererettleiing og rettleiing for vaksne i arbeid.", "M01", "1.3", RAD),
    ("Karriererettleiing på arbeidsplassen", "Karriererettleiing for alle", "Pilot",
     "Karrieresenteret i Møre og Romsdal", "Unio, Akademikerne, Helse Møre og Romsdal",
     "Rettleiarane frå karrieresenteret var på 22 arbeidsplassar i offentleg sektor, mellom anna på sjukehusa i "
     "Ålesund og Molde. 340 tilsette fekk rettleiing i arbeidstida.", "J06", "1.3", PROSJEKT),
    ("Fylkesforum for karriererettleiing i Møre og Romsdal", "Karriererettleiing for alle", "Forum",
     "Seksjon for kompetanse", "NAV Møre og Romsdal, kommunane",
     "Fylkesforumet samlar karrieresenteret, NAV, skulane og kommunane to gonger i året. Det er bygd opp etter "
     "mønster av det nasjonale forumet, men er fylkeskommunen sitt eige og ikkje ein del av det.", None, "1.3", RAD),
    ("Rettleiingsdag for rådgjevarar", "Karriererettleiing for alle", "Fagdag", "Karrieresenteret i Møre og Romsdal",
     "", "Vart halden i fjor og er ikkje gjenteken i 2083.", "", "", None),
    ("Fagbrev for vaksne i havbruk", "Vaksne skal kunne ta vidaregåande", "Opplæring", "Fagopplæringskontoret",
     "Sjømat Norge, Ålesund vidaregåande skule",
     "Modulbasert opplæring fram mot fagbrev i akvakultur for 64 vaksne tilsette i havbruksnæringa.", None, "3.1",
     KURS),
    ("Kartlegging av kompetansebehov i maritim industri", "Fylket sitt ansvar for kompetansepolitikken",
     "Kartlegging", "Seksjon for kompetanse", "Møreforsking, NHO Møre og Romsdal",
     "Kartlegginga viser at verfta og leverandørane treng om lag 900 nye fagarbeidarar fram mot 2030. Rapporten er "
     "brukt i arbeidet med ny regional kompetanseplan.", None, "1.2", FOU),
    ("Yrkesmessa Møre 2083", "Fleire vel yrkesfag", "Messe", "Fagopplæringskontoret",
     "opplæringskontora, NHO Møre og Romsdal",
     "Messe i Kristiansund for elevar på 10. trinn, med 70 utstillarar frå lærebedrifter og opplæringskontor; om lag "
     "2 400 elevar var innom.", None, "2.3", ARR),
    ("Lærlingløft i helsefag", "Fleire vel yrkesfag", "Prosjekt", "Fagopplæringskontoret", "kommunane",
     "Startar opp neste år saman med kommunane.", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Møre og Romsdal fylkeskommune", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nDato: 11.01.2084\tSaksnr.: 2083/4411")
    p = d.add_paragraph()
    add_runs(p, [("Rapportering av tiltak i 2083", "b")])
    p.runs[0].font.size = Pt(12)
    d.add_paragraph("Her er tiltaka fylkeskommunen har hatt i 2083 for å følgje opp Nasjonal kompetansepolitisk "
                    "strategi. Vi har teke med to tiltak frå andre år for at oversikta skal vere fullstendig.")
    head = ["Tiltak", "Mål i strategien", "Slag tiltak", "Ansvarleg eining", "Partnarar", "Kva vart gjort i 2083"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9E2F3")
    rows = []
    for name, maal, slag, ein, med, txt, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, maal, slag, ein, med, txt]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ein, med, txt))
    set_col_widths(t, [3.5, 2.6, 1.8, 2.6, 2.7, 4.2])
    d.add_paragraph()
    d.add_paragraph("Med helsing")
    d.add_paragraph("Ragnhild Øye Sætre\nseksjonsleiar, Seksjon for kompetanse")
    save_docx(d, out / FILENAME, "Ragnhild Øye Sætre")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
