"""Not a member report: the ministry's letter appointing members and deputies to Kompetansebehovsutvalget for a new
period, sent to the organisations with a copy to the council's secretariat. It names the council, its mandate and the
member organisations with their representatives in a table – everything a seat looks like – but it reports no
measure. Word exported to PDF by LibreOffice."""
from __future__ import annotations

from docx.shared import Pt

from .common import add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, set_cell_shading, set_col_widths

FILENAME = "Oppnevning av medlemmer til Kompetansebehovsutvalget 2085–2088.pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with a borderless reference block and a ruled member "
          "table; dates and /ID fixed")
SHAPE = ("NOT a member report: the ministry's appointment letter «Oppnevning av medlemmer til Kompetansebehovsutvalget "
         "for perioden 2085–2088» to the organisations (copy to the secretariat): reference block, the mandate in "
         "three paragraphs, a table Organisasjon / Medlem / Varamedlem naming LO, NHO, YS, Unio, Akademikerne, Virke, "
         "Spekter, KS, two ministries and three researchers, the date of the first meeting, fees and travel, "
         "signature lines «Dokumentet er godkjent elektronisk», a copy list and an address list; no truth rows")
NOT_TRUTH = ("everything (not a member report): the reference block, the mandate, the table of members and deputies, "
             "the meeting date, the practical paragraphs, the signature, the copy and address lists")

MEMBERS = [("LO", "Mette Nord Haugen", "Arne Fjeld"), ("NHO", "Kristian Løvås", "Ingrid Saltnes"),
           ("YS", "Tone Brekke", "Knut Ellefsen"), ("Unio", "Ragnhild Os", "Per Magne Lunde"),
           ("Akademikerne", "Nina Bjerke", "Håkon Strøm"), ("Virke", "Maja Rønning", "Erlend Sæther"),
           ("Spekter", "Jon Helge Aas", "Lise Kvam"), ("KS", "Siri Torvund", "Bjørnar Moen"),
           ("Kunnskapsdepartementet", "Anne Kristin Dahl (leder)", "–"),
           ("Arbeids- og inkluderingsdepartementet", "Thomas Nygård", "–"),
           ("Forskning (oppnevnt personlig)", "professor Eli Sand, professor Rune Fossli, forsker Amir Haddad", "–")]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=11.5, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("Det kongelige kunnskapsdepartement", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Ifølge adresseliste")
    ref = d.add_table(rows=2, cols=3)
    for c, v in zip(ref.rows[0].cells, ["Deres ref", "Vår ref", "Dato"]):
        add_runs(c.paragraphs[0], [(v, "g")])
    for c, v in zip(ref.rows[1].cells, ["", "24/4410-12", "9. januar 2085"]):
        c.paragraphs[0].add_run(v)
    set_col_widths(ref, [5.0, 5.0, 5.0])
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Oppnevning av medlemmer til Kompetansebehovsutvalget for perioden 2085–2088", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Kunnskapsdepartementet oppnevner med dette medlemmer og varamedlemmer til "
                    "Kompetansebehovsutvalget (KBU) for perioden 1. mars 2085 til 28. februar 2088. Departementet "
                    "takker organisasjonene for forslagene til kandidater.")
    d.add_paragraph("Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov, nasjonalt og "
                    "regionalt, og legge fram en hovedrapport annethvert år. Utvalget kan i tillegg gi ut temanotater "
                    "og skal legge rapportene fram for Kompetansepolitisk råd.")
    d.add_paragraph("Mandatet er uendret fra forrige periode. Sekretariatet er lagt til HK-dir.")
    cap = d.add_paragraph()
    add_runs(cap, [("Medlemmer og varamedlemmer", "b")])
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Organisasjon", "Medlem", "Varamedlem"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    for org, mem, vara in MEMBERS:
        cells = t.add_row().cells
        for c, v in zip(cells, [org, mem, vara]):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [5.5, 6.0, 4.5])
    d.add_paragraph()
    d.add_paragraph("Det første møtet i det nye utvalget holdes 12. mars 2085 i departementets lokaler. Innkalling og "
                    "sakspapirer sendes ut fra sekretariatet.")
    d.add_paragraph("Medlemmer som ikke representerer en organisasjon, får honorar etter statens satser. Reise dekkes "
                    "etter statens reiseregulativ.")
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Kari Elisabeth Strand (e.f.)\nekspedisjonssjef\t\t\tOle Martin Bakke\n\t\t\t\t\tseniorrådgiver")
    add_runs(d.add_paragraph(), [("Dokumentet er godkjent elektronisk", "i")])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kopi: ", "b"), ("Sekretariatet for Kompetansepolitisk råd; HK-dir", "")])
    add_runs(d.add_paragraph(), [("Adresseliste: ", "b"),
                                 ("LO, NHO, YS, Unio, Akademikerne, Virke, Spekter, KS, Arbeids- og "
                                  "inkluderingsdepartementet", "")])
    docx_to_pdf(d, out / FILENAME, author="Ole Martin Bakke")
    return []


def text(path) -> str:
    return pdf_text_with_cells(path)
