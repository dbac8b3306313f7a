"""Not a member report: a nomination for the council's prize, sent to the secretariat by an industry cluster that is
not a council member. It describes one joint measure at length – who owns it, partners, period, results in 2082,
why it deserves the prize – in the very terms of a report, names SRY and KBU, and carries a signature. It reports
nothing on behalf of a member."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, set_cell_shading, set_col_widths

FILENAME = "Nominasjon Kompetanseprisen 2082 – Lærlingløftet i grønn industri.pdf"
MEMBER = None
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx) with a shaded key/value table; dates and /ID fixed"
SHAPE = ("NOT a member report: a nomination «Nominasjon til Kompetanseprisen 2082» from Hydrogenklyngen Vest (an "
         "industry cluster, not a member): a key/value table (Nominert tiltak / Eiere / Samarbeidspartnere / Periode "
         "/ Forslagsstiller / Kontaktperson), numbered sections 1 Kort om tiltaket, 2 Hvorfor fortjener tiltaket "
         "prisen?, 3 Resultater i 2082 (bullets with figures), 4 Hva sier lærlingene? (a quote), 5 Vedlegg, a "
         "signature; names the joint measure, its owners Norsk Industri, LO and Vestland fylkeskommune, SRY and KBU; no "
         "truth rows")
NOT_TRUTH = ("everything (not a member report): the nomination table, the description of Lærlingløftet i grønn "
             "industri and its results, the mentions of SRY and KBU, the quote, the attachments list, the signature")


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.3)
    p = d.add_paragraph()
    add_runs(p, [("Nominasjon til Kompetanseprisen 2082", "b")])
    p.runs[0].font.size = Pt(18)
    add_runs(d.add_paragraph(), [("Kompetansepolitisk råds pris for godt samarbeid om kompetanse", "i")])
    d.add_paragraph("Til: sekretariatet for Kompetansepolitisk råd")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Nominert tiltak", "Lærlingløftet i grønn industri"),
                 ("Eiere", "Norsk Industri, LO og Vestland fylkeskommune"),
                 ("Samarbeidspartnere", "Batteri- og hydrogenbedrifter i Vestland, opplæringskontorene"),
                 ("Periode", "2082–2084"),
                 ("Forslagsstiller", "Hydrogenklyngen Vest"),
                 ("Kontaktperson", "Kjersti Mo, daglig leder, tlf. 55 00 12 34")]:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(k, "b")])
        set_cell_shading(cells[0], "E2EFDA")
        cells[1].text = v
    set_col_widths(t, [4.5, 11.9])
    sections = [
        ("1 Kort om tiltaket",
         ["Lærlingløftet i grønn industri skal skaffe flere læreplasser i bedrifter som produserer batterier, "
          "hydrogen og utstyr til havvind. Bedriftene er nye, og mange har aldri hatt lærlinger før. Prosjektet "
          "hjelper dem med å bli godkjente lærebedrifter og lærer opp tillitsvalgte og instruktører."]),
        ("2 Hvorfor fortjener tiltaket prisen?",
         ["Tiltaket er et sjeldent godt eksempel på at partene og fylkeskommunen gjør noe sammen, raskt og uten "
          "store budsjetter. Det er løftet fram i Samarbeidsrådet for yrkesopplæring som et eksempel til "
          "etterfølgelse, og Kompetansebehovsutvalget har pekt på nettopp disse fagene som de mest kritiske for "
          "omstillingen."]),
        ("3 Resultater i 2082", None),
        ("4 Hva sier lærlingene?",
         ["«Jeg visste ikke at man kunne ta fagbrev i en batterifabrikk. Nå er jeg halvveis.» – lærling i "
          "kjemiprosessfaget, Førde"]),
        ("5 Vedlegg",
         ["Støtteerklæringer fra to medlemsbedrifter og Opplæringskontoret for prosessfag i Vestland."]),
    ]
    for head, paras in sections:
        add_runs(d.add_paragraph(), [(head, "b")])
        if paras is None:
            for b in ["60 nye læreplasser i 14 bedrifter", "120 tillitsvalgte og instruktører har fått opplæring",
                      "tre nye lærebedrifter godkjent i Sunnfjord og Nordhordland"]:
                d.add_paragraph(b, style="List Bullet")
        else:
            for tx in paras:
                d.add_paragraph(tx)
    d.add_paragraph()
    d.add_paragraph("Bergen, 10. januar 2083")
    d.add_paragraph("Kjersti Mo\ndaglig leder, Hydrogenklyngen Vest")
    docx_to_pdf(d, out / FILENAME)
    return []


def text(path) -> str:
    return pdf_text_with_cells(path)
