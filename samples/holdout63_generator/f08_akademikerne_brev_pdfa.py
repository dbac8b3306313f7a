"""Akademikerne: a letter written in Word and saved as PDF/A for the archive (LibreOffice's PDF/A-2b export, with the
XMP metadata packet and an sRGB output intent). The measures are a numbered list in the letter: the bold name as
its own paragraph, then the description in prose, where the responsible association and the partners are said in
sentences. The delmål and the kind of each measure are not in the text but in a small table «Oversikt» at the end
of the letter, keyed by the item number only. What ended last year and what starts next year is told in a closing
paragraph."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, INFO, PDFA2, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Akademikerne – rapportering av tiltak 2083 (PDF-A).pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF/A-2b exported by LibreOffice from a DOCX (python-docx): XMP metadata packet with pdfaid part 2, sRGB "
          "output intent; dates in the Info dictionary and the XMP packet and the /ID fixed")
SHAPE = ("letter: letterhead, addressee, reference and date lines, a heading, then numbered items «1.» … «5.» – the "
         "bold name as its own paragraph, then a prose paragraph where the responsible association and partners are "
         "said in sentences; delmål and kind only in a small table «Oversikt» at the end keyed by item number (Nr. / "
         "Delmål / Type), with Akademikerne's words (Utvalg, Råd, Pilot, Frokostmøte, Nettportal); a closing "
         "paragraph on a programme ended last year and a course starting next year; signature")
NOT_TRUTH = ("the letterhead, addressee, reference and date lines, the heading and intro, the item numbers, the "
             "«Oversikt» table (its Delmål and Type cells belong to the items by number), the closing paragraph (the "
             "mentor programme ended last year, the course for researchers starting next year), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# name, text, dm, type word, ansvarlig, partners, seed, type
ITEMS = [
    ("Vår plass i Kompetansebehovsutvalget",
     "Akademikerne har én plass i utvalget, og Tekna møter for oss. Vi har lagt vekt på at utvalget også skal se på "
     "behovet for forskerutdannede i næringslivet, og dette har fått et eget kapittel i hovedrapporten.",
     "1.1", "Utvalg", "Tekna", "", "M03", RAD),
    ("UHR-Medisin og helse",
     "Den norske legeforening har Akademikernes plass i enheten. I 2083 arbeidet enheten med en ny modell for "
     "praksis i medisinstudiet i distriktene.",
     "1.4", "Råd", "Den norske legeforening", "", "M06", RAD),
    ("Karriereveiledning på arbeidsplassen (pilot)",
     "Piloten er et samarbeid med Unio og Møre og Romsdal fylkeskommune. Akademikernes sekretariat har bidratt med "
     "veiledere med erfaring fra akademiske yrker, og 90 av deltakerne var medlemmer i våre foreninger.",
     "1.3", "Pilot", "Akademikernes sekretariat", "Unio, Møre og Romsdal fylkeskommune", "J06", PROSJEKT),
    ("Frokostmøte om KBU-rapporten",
     "I juni inviterte Akademikernes sekretariat sammen med Samfunnsøkonomene til et frokostmøte der utvalgets "
     "leder presenterte hovedrapporten og foreningene kommenterte funnene. 160 deltok. Møtet var vårt eget "
     "arrangement og ikke en del av utvalgets arbeid.",
     "1.1", "Frokostmøte", "Akademikernes sekretariat", "Samfunnsøkonomene", None, ARR),
    ("Etterutdanningsportalen for akademikere",
     "En nettside der medlemmene finner etter- og videreutdanningstilbud fra universiteter, høgskoler og "
     "foreningene samlet på ett sted. Portalen ble lansert i september og drives av Juristforbundet på vegne av "
     "alle foreningene.",
     "2.4", "Nettportal", "Juristforbundet", "", None, INFO),
]


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.5)
    p = d.add_paragraph()
    add_runs(p, [("AKADEMIKERNE", "b")])
    p.runs[0].font.size = Pt(16)
    add_runs(d.add_paragraph(), [("Fridtjof Nansens plass 6, 0160 Oslo · post@akademikerne.no", "g")])
    d.add_paragraph()
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Kunnskapsdepartementet")
    d.add_paragraph("Vår ref.: 84/0017 – ST\tDato: 15.01.2084")
    d.add_paragraph()
    p = d.add_paragraph()
    add_runs(p, [("Rapportering av tiltak for 2083", "b")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Vi viser til brev av 20. november 2083 med bestilling av rapport om tiltak som følger opp Nasjonal "
                    "kompetansepolitisk strategi. Akademikerne rapporterer følgende tiltak for 2083:")
    rows = []
    for i, (name, txt, dm, _tw, ans, med, seed, ty) in enumerate(ITEMS, 1):
        p = d.add_paragraph()
        add_runs(p, [(f"{i}. {name}", "b")])
        d.add_paragraph(txt)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_paragraph("Delmål og type for hvert tiltak står i oversikten nedenfor.")
    add_runs(d.add_paragraph(), [("Oversikt", "b")])
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr.", "Delmål", "Type"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "E7E6E6")
    for i, it in enumerate(ITEMS, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i), it[2], it[3]]):
            c.text = v
    set_col_widths(t, [1.5, 2.0, 4.0])
    d.add_paragraph()
    d.add_paragraph("Mentorprogrammet for nyutdannede akademikere i kommunene ble avsluttet i fjor og er derfor ikke "
                    "med. Et kurs i karriereplanlegging for forskere i midlertidige stillinger starter neste år, og "
                    "vi kommer tilbake til det i rapporten for 2084.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Siv Tørresdal\nfagsjef, Akademikerne")
    docx_to_pdf(d, out / FILENAME, fmt=PDFA2, author="Siv Tørresdal")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
