"""Sametinget: a follow-up table of plenary decisions. Each row quotes a decision point (case number and text) and
reports what Sametinget did to follow it up in 2080 – the measure is the bold name at the start of the follow-up
cell; one decision can have two follow-ups. The strategy link is written in words with the code in brackets, and
the status column holds a 2079 and a 2081 row."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Sametinget oppfølging av plenumsvedtak 2080.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), landscape, one table with a vertically merged case cell, zip normalised"
SHAPE = ("decision follow-up table: Sak / Vedtakspunkt (quoted decision text) / Oppfølging i 2080 (bold name, then "
         "what was done) / Kobling til strategien (words and code, e.g. «Karriereveiledning (1.3)») / Ansvar og "
         "samarbeid («Ansvar: … Samarbeid: …») / Status; a case cell merged over two follow-ups; status "
         "'Avsluttet 2079' and 'Ikke påbegynt – flyttet til 2081'")
NOT_TRUTH = ("the title, the intro, the header, the Sak and Vedtakspunkt cells (decision texts), the strategy and "
             "status cells, the rows 'Samisk språkkurs for lærlinger' (Avsluttet 2079) and 'Utredning av samisk "
             "fagskoletilbud' (Ikke påbegynt – flyttet til 2081), the closing paragraph")

# sak, vedtak, [(name, text, strategy words, delmål, ansvar, samarbeid, status, seed, type)]
CASES = [
    ("Sak 12/78", "«Sametinget skal arbeide for at samiske perspektiver blir ivaretatt i karriereveiledningen.»", [
        ("Nasjonalt forum for karriereveiledning – Sametingets plass",
         "Sametingets representant la fram behovet for veiledere som kan samisk og kjenner samiske næringer.",
         "Karriereveiledning", "1.3", "Opplærings- og utdanningsavdelingen", "", "Gjennomført", "M04", RAD),
        ("Samisk veiledernettverk",
         "Et nettverk for karriereveiledere i samiske områder som møtes to ganger i året; Sametinget drifter det.",
         "Karriereveiledning", "1.3", "Opplærings- og utdanningsavdelingen",
         "karrieresentrene i Troms og Finnmark og Nordland", "Pågår", None, RAD)]),
    ("Sak 31/79", "«Sametinget vil styrke rekrutteringen til samiske lærefag.»", [
        ("Tilskudd til lærebedrifter i duodji og reindrift",
         "Ekstra tilskudd til 24 lærebedrifter som tok inn lærlinger i duodjifaget og reindriftsfaget.",
         "Yrkesfag og karrieremuligheter", "2.3", "Næringsavdelingen", "fylkeskommunene", "Gjennomført", None,
         KURS),
        ("Samisk språkkurs for lærlinger", "Avsluttet.", "Yrkesfag og karrieremuligheter", "2.3",
         "Næringsavdelingen", "", "Avsluttet 2079", "", None)]),
    ("Sak 44/79", "«Kompetanseplussordningene må nå voksne i samiske områder.»", [
        ("Kompetansepluss i samiske lokalsamfunn",
         "Prosjekt i seks kommuner der voksne får opplæring i lesing, digitale ferdigheter og samisk på "
         "arbeidsplassen.", "Kompetansepluss", "3.2", "Opplærings- og utdanningsavdelingen", "HK-dir, kommunene",
         "Pågår", None, PROSJEKT)]),
    ("Sak 07/80", "«Sametinget skal synliggjøre samiske yrker for ungdom.»", [
        ("Duodji-fagdagen 2080",
         "Fagdag i Karasjok der ungdomsskoleelever prøvde duodji og møtte lærlinger og mestere.",
         "Yrkesfag og karrieremuligheter", "2.3", "Næringsavdelingen", "Samisk videregående skole i Karasjok",
         "Gjennomført", None, ARR),
        ("Utredning av samisk fagskoletilbud", "Ikke startet.", "Relevante utdanninger", "1.4",
         "Opplærings- og utdanningsavdelingen", "", "Ikke påbegynt – flyttet til 2081", "", None)]),
]


def build(out) -> list[dict]:
    d = base_docx(size=9.5, landscape=True, margins_cm=1.6)
    d.add_heading("Oppfølging av plenumsvedtak om kompetanse og utdanning – 2080", level=1)
    d.add_paragraph("Sametingets rapport til Kompetansepolitisk råd. Tabellen viser hvordan vedtakene fra "
                    "plenum er fulgt opp, og hvilket delmål i strategien tiltaket hører til.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Sak", "Vedtakspunkt", "Oppfølging i 2080", "Kobling til strategien",
                                      "Ansvar og samarbeid", "Status"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "F4E1D2")
    rows = []
    for sak, vedtak, items in CASES:
        first = None
        for k, (name, txt, words, dm, ans, med, st, seed, ty) in enumerate(items):
            cells = t.add_row().cells
            if k == 0:
                first = cells
                cells[0].text = sak
                cells[1].text = vedtak
            else:
                first[0].merge(cells[0])
                first[1].merge(cells[1])
            add_runs(cells[2].paragraphs[0], [(name, "b")])
            cells[2].add_paragraph(txt)
            cells[3].text = f"{words} ({dm})"
            cells[4].paragraphs[0].add_run(f"Ansvar: {ans}.")
            if med:
                cells[4].add_paragraph(f"Samarbeid: {med}.")
            cells[5].text = st
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    set_col_widths(t, [1.8, 5.2, 7.6, 3.6, 4.8, 3.0])
    d.add_paragraph()
    d.add_paragraph("Karasjok, januar 2081. Sametinget, opplærings- og utdanningsavdelingen.")
    save_docx(d, out / FILENAME, "Sametinget")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
