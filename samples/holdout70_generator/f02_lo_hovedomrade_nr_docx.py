"""LO: an ordinary Word table in landscape with LO's own column names (Aktivitet / Hva vi gjorde i 2090 / Hører til i
strategien / Form / Ansvar i LO-familien / Sammen med). The delmål is written as LO writes it, «Hovedområde 2, nr. 3»
(hovedinnsatsområde and the number of the delmål within it). LO's form words (Verv, Rekrutteringsprosjekt, Regionalt
prosjekt, Medlemsskolering, Forskningsoppdrag, Temamøte). Partner cells hold names with «og» inside them
(«Vestfold og Telemark fylkeskommune», «Handel og Kontor i Norge») beside lists joined by «og» («NHO og YS»), and «–»
where there is none. The trap is LO Vestfold og Telemark's own regional follow-up named like the joint project, right
under it. Two rows are outside 2090, told only in words («ble holdt forrige år», «etter sommeren neste år»)."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "LO – kompetansetiltak i 2090.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: title, intro, header Aktivitet / Hva vi gjorde i 2090 / Hører til i strategien / Form / "
         "Ansvar i LO-familien / Sammen med; the delmål as «Hovedområde 2, nr. 3»; LO's form words (Verv, "
         "Rekrutteringsprosjekt, Regionalt prosjekt, Medlemsskolering, Forskningsoppdrag, Temamøte); partner cells "
         "with «og» inside names («Vestfold og Telemark fylkeskommune», «Fafo og Handel og Kontor i Norge») and "
         "between names («NHO og YS»), «–» for none; the SRY seat named by a faglig råd and LO's representatives; "
         "two rows outside 2090 told only in words; place and date under the table")
NOT_TRUTH = ("the title and intro, the header, the Hører til i strategien and Form cells, the «–» cells, the row "
             "'Temamøte om fagbrev på jobb' (held the year before), the row 'Nettkurs i digital sikkerhet for "
             "tillitsvalgte' (first class after the summer next year), the place, date and sender line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, strategy cell, form word, ansvar, sammen med (as written), partners (truth), seed, dm, type
ROWS = [
    ("Faglig råd for elektro og datateknologi – LOs representanter",
     "EL og IT Forbundet har to av LOs plasser i det faglige rådet under Samarbeidsrådet for yrkesopplæring. Rådet "
     "hadde sju møter og la fram forslag til ny læreplan i automatiseringsfaget.",
     "Hovedområde 2, nr. 3", "Verv", "EL og IT Forbundet", "–", "", "M02", "2.3", RAD),
    ("LOs plass i Nasjonalt fagskoleråd",
     "LO-sekretariatet har én av arbeidstakerplassene i rådet. I 2090 ga rådet innspill til fordelingen av nye "
     "studieplasser i fagskolene, særlig innen helse og bygg.",
     "Hovedområde 2, nr. 4", "Verv", "LO-sekretariatet", "–", "", "M05", "2.4", RAD),
    ("Lærlingløftet 2090",
     "Fellesforbundet leder arbeidstakersiden i Lærlingløftet, som skal få bedrifter som aldri har hatt lærlinger, "
     "til å ta inn sin første. Tillitsvalgte har besøkt 900 bedrifter, og 210 av dem har skrevet lærekontrakt.",
     "Hovedområde 2, nr. 3", "Rekrutteringsprosjekt", "Fellesforbundet", "NHO og YS", "NHO, YS", "J02", "2.3",
     PROSJEKT),
    ("Lærlingløftet Vestfold og Telemark",
     "LO i Vestfold og Telemark har på egen hånd fulgt opp 60 små verksteder i regionen med lærlingråd på "
     "arbeidsplassen. Den regionale satsingen er LO-distriktets egen og er ikke en del av det nasjonale "
     "Lærlingløftet.",
     "Hovedområde 2, nr. 3", "Regionalt prosjekt", "LO i Vestfold og Telemark", "Vestfold og Telemark "
     "fylkeskommune", "Vestfold og Telemark fylkeskommune", None, "2.3", PROSJEKT),
    ("Tillitsvalgtskolering i kompetanseplanlegging",
     "Tre todagerskurs for tillitsvalgte i varehandelen om hvordan de kan kreve og være med på å lage "
     "kompetanseplaner i bedriften. 140 tillitsvalgte deltok.",
     "Hovedområde 2, nr. 4", "Medlemsskolering", "Handel og Kontor i Norge", "AOF Norge", "AOF Norge", None, "2.4",
     KURS),
    ("Forskningsoppdrag om kompetansefondene i tariffavtalene",
     "Fafo har kartlagt hvordan de avtalefestede kompetansefondene brukes, og hvem som får opplæring. Rapporten ble "
     "lagt fram i november.",
     "Hovedområde 2, nr. 2", "Forskningsoppdrag", "LOs samfunnspolitiske avdeling", "Fafo og Handel og Kontor i "
     "Norge", "Fafo, Handel og Kontor i Norge", None, "2.2", FOU),
    ("Temamøte om fagbrev på jobb",
     "Møtet ble holdt forrige år og gjentas ikke. Erfaringene er tatt inn i arbeidet med Lærlingløftet.",
     "Hovedområde 2, nr. 5", "Temamøte", "LO-sekretariatet", "HK-dir", "", "", "", None),
    ("Nettkurs i digital sikkerhet for tillitsvalgte",
     "Kurset er under utvikling. Første kull starter etter sommeren neste år.",
     "Hovedområde 2, nr. 1", "Medlemsskolering", "LO Stat", "AOF Norge", "", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=9.5, margins_cm=1.8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Kompetansetiltak i LO og forbundene – rapport til Kompetansepolitisk råd for 2090", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Her er LOs bidrag til oppfølgingen av Nasjonal kompetansepolitisk strategi i 2090. Kolonnen "
                    "«Hører til i strategien» viser hovedområdet og nummeret på målet i strategien.")
    head = ["Aktivitet", "Hva vi gjorde i 2090", "Hører til i strategien", "Form", "Ansvar i LO-familien",
            "Sammen med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9E2F3")
    rows = []
    for name, desc, mal, form, ans, med, partners, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [desc, mal, form, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, desc))
    set_col_widths(t, [5.0, 10.2, 2.8, 2.8, 2.9, 2.4])
    d.add_paragraph()
    d.add_paragraph("Oslo, 3. februar 2091")
    d.add_paragraph("LO, utdanningsavdelingen – kontakt: Per Arne Tveit")
    save_docx(d, out / FILENAME, "Per Arne Tveit")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
