"""Regjeringen: an ordinary ministry report exported to PDF by LibreOffice from a landscape DOCX with one ruled
table. The table has no delmål code anywhere: the column «Strategiens formulering» quotes a fragment of the strategy's
own wording of the delmål («… fleksibel opplæring på voksnes premisser …»). The kind is the ministry's «Virkemiddel»
(Utvalgsarbeid, Evaluering, Nasjonal markering, Digital veiledning, Forsøksordning, Veileder til fylkeskommunene).
The trap is the ministry's evaluation of KBU, the row right under the KBU seat. A programme that ended when 2092 did
is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Regjeringen – rapport til Kompetansepolitisk råd 2093.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx) with one ruled seven-column table and a "
          "repeated header row; dates and /ID fixed")
SHAPE = ("ordinary ministry table: title, intro, header Nr. / Tiltak / Hva ble gjort i 2093 / Strategiens formulering "
         "/ Virkemiddel / Ansv. dep. / Samarbeid med; no delmål code anywhere – the column «Strategiens formulering» "
         "quotes a fragment of the strategy's own delmål text in guillemets with ellipses («… sammenstille og "
         "analysere kilder til kunnskap om Norges kompetansebehov …»); the ministry's kind words (Utvalgsarbeid, "
         "Evaluering, Nasjonal markering, Digital veiledning, Forsøksordning, Veileder til fylkeskommunene); the KBU "
         "seat named «Departementenes deltakelse i Kompetansebehovsutvalget» with the ministry's evaluation of KBU "
         "right under it; a programme that ended with 2092 told only in words; a note and a signature under the table")
NOT_TRUTH = ("the title and intro, the header, the Nr., Strategiens formulering and Virkemiddel cells, row 7 "
             "'Kompetanseprogram for veiledere i Nav' (ended at the close of 2092, kept as background), the note and "
             "the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

Q11 = "«… sammenstille og analysere kilder til kunnskap om Norges kompetansebehov …»"
ROWS = [
    ("Departementenes deltakelse i Kompetansebehovsutvalget",
     "KD leder utvalget, og AID og KDD har faste observatører. I 2093 la utvalget fram utredningen «Kompetanse i "
     "offentlig sektor fram mot 2040», og departementene ga innspill til analysene av helse og omsorg.",
     Q11, "Utvalgsarbeid", "KD", "AID, KDD", "M02", "1.1", RAD),
    ("Evaluering av Kompetansebehovsutvalget",
     "Oxford Research evaluerer på oppdrag fra KD hvordan utvalgets rapporter er brukt i perioden 2088–2093. "
     "Evalueringen er departementets eget oppdrag og er ikke en del av utvalgets arbeid. Sluttrapporten kom i "
     "november.", Q11, "Evaluering", "KD", "Oxford Research", None, "1.1", FOU),
    ("Karriereuka 2093",
     "Karriereuka ble holdt 13.–19. oktober med over 400 åpne arrangementer og veiledningstilbud for voksne i alle "
     "fylker. HK-dir koordinerte uka, og kunnskapsministeren åpnet den i Drammen.",
     "«… tilgang til karriereveiledning og et helhetlig system for karriereveiledning …»", "Nasjonal markering",
     "KD", "HK-dir, fylkeskommunene, KS, VOFO", "J03", "1.3", ARR),
    ("Godkjenningsveiviseren",
     "Den nye digitale tjenesten viser yrke for yrke hvordan utenlandsk utdanning og yrkeskvalifikasjoner blir "
     "godkjent. Tjenesten ble lansert i mars og dekket 140 lovregulerte yrker ved utgangen av året.",
     "«… godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner …»", "Digital veiledning", "KD",
     "HK-dir, Unio, Kompetanseforbundet", "J06", "2.6", INFO),
    ("Forsøk med fagskoleutdanning for arbeidsledige",
     "Arbeidsledige kan ta ett år fagskoleutdanning i elektro eller helse og beholde dagpengene. 180 deltakere "
     "startet i august.",
     "«… opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken …»",
     "Forsøksordning", "AID", "Arbeids- og velferdsdirektoratet, Fagskolen Innlandet, Fagskolen Oslo", None, "3.3",
     PROSJEKT),
    ("Veileder om videregående opplæring for voksne",
     "Utdanningsdirektoratet ga i juni ut en veileder om hvordan fylkeskommunene kan legge opplæringen til rette for "
     "voksne, med eksempler på modulstrukturerte løp og opplæring på kveldstid.",
     "«… fleksibel opplæring på voksnes premisser …»", "Veileder til fylkeskommunene", "KD",
     "Utdanningsdirektoratet, fylkeskommunene", None, "3.1", INFO),
    ("Kompetanseprogram for veiledere i Nav",
     "Programmet ble avsluttet ved utgangen av 2092. Det er tatt med her som bakgrunn for forsøket med "
     "fagskoleutdanning.",
     "«… opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken …»",
     "Kompetanseprogram", "AID", "Arbeids- og velferdsdirektoratet", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=10, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapport til Kompetansepolitisk råd for 2093", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Kunnskapsdepartementet (KD) og Arbeids- og inkluderingsdepartementet (AID) rapporterer her "
                    "regjeringens tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Kolonnen «Strategiens "
                    "formulering» siterer den delen av strategiens delmål som tiltaket følger opp.")
    head = ["Nr.", "Tiltak", "Hva ble gjort i 2093", "Strategiens formulering", "Virkemiddel", "Ansv. dep.",
            "Samarbeid med"]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trp = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trp.append(th)
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DCE6F1")
    rows = []
    for k, (name, desc, quote, kind, ans, med, seed, dm, ty) in enumerate(ROWS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [f"{k}.", name, desc, quote, kind, ans, med]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    set_col_widths(t, [0.8, 5.2, 8.0, 4.8, 2.7, 1.4, 3.2])
    d.add_paragraph()
    d.add_paragraph("Forkortelser: KD = Kunnskapsdepartementet, AID = Arbeids- og inkluderingsdepartementet, KDD = "
                    "Kommunal- og distriktsdepartementet, HK-dir = Direktoratet for høyere utdanning og kompetanse.")
    d.add_paragraph("Oslo, 15. januar 2094\nKunnskapsdepartementet, avdeling for kompetansepolitikk")
    docx_to_pdf(d, out / FILENAME, author="Ingrid Aasland Moe")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
