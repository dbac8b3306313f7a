"""VOFO: the secretariat's reporting template filled in and saved as a Word template (.dotx, «Word-mal») instead of
a document – the package's main part is typed wordprocessingml.template.main+xml. Inside: the template's heading and
grey guidance text, then one table row per measure (Navn på tiltaket / Beskrivelse / Delmål / Type tiltak /
Ansvarlig / Samarbeidspartnere). Cells VOFO did not fill still hold the template's grey placeholder
«[Skriv inn samarbeidspartnere]»: that is not a partner. The type column uses the six types as the template's list
gives them. A folk high school course planned for next spring is outside 2086."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, KURS, RAD, add_runs, base_docx, ooxml_part_text, retype_ooxml, row, save_docx, \
    set_cell_shading, set_col_widths

FILENAME = "Rapporteringsmal KPR 2086 – VOFO.dotx"
MEMBER = "VOFO"
FORMAT = ("DOTX: Word template written with python-docx, the main part re-typed as "
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml; zip normalised")
SHAPE = ("the secretariat's template filled in but saved as a Word template (.dotx): template heading and grey "
         "guidance lines, one ruled table Navn på tiltaket / Beskrivelse / Delmål / Type tiltak / Ansvarlig / "
         "Samarbeidspartnere with the six types as given in the template; unfilled cells still hold the grey "
         "placeholder «[Skriv inn samarbeidspartnere]»; an empty template row at the end; a course planned for next "
         "spring")
NOT_TRUTH = ("the template heading and the grey guidance lines, the header, the Delmål and Type tiltak cells, the "
             "placeholders «[Skriv inn samarbeidspartnere]» and the empty template row, the row 'Folkehøgskolekurs for "
             "seniorer' (planned for next spring), the contact lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

PH = "[Skriv inn samarbeidspartnere]"
ROWS = [
    ("Norsk i arbeid – studieforbundenes kurs",
     "Studieforbundene ga kurset i arbeidsrettet norsk på 210 arbeidsplasser, mest i renhold, hotell og "
     "byggebransjen. 2 050 deltakere.", "3.4", "Kurs/utdanning", "VOFO", "NHO, KS", "J04", KURS),
    ("Læringsfestivalen 2086",
     "VOFO koordinerte festivaluka i september. Studieforbund og medlemsorganisasjoner holdt 640 åpne "
     "arrangementer i 190 kommuner.", "3.6", "Arrangement", "VOFO", "Vestland fylkeskommune, Sametinget", "J06", ARR),
    ("Kompetansepluss frivillighet – lesekurs i idrettslag",
     "Kurs i lesing og skriving for voksne medlemmer og foreldre i 31 idrettslag, gitt av studieforbundet "
     "Idrett og samfunn.", "3.2", "Kurs/utdanning", "Studieforbundet Idrett og samfunn", "Norges idrettsforbund",
     None, KURS),
    ("Nettverk for opplæring av flyktninger i studieforbundene",
     "Nettverket samler studieforbund som gir norsk og samfunnskunnskap til flyktninger. Fire samlinger i 2086.",
     "3.4", "Råd/utvalg/nettverk", "VOFO", "", None, RAD),
    ("Folkehøgskolekurs for seniorer",
     "Planlegges til neste vår sammen med to folkehøgskoler.", "3.6", "Kurs/utdanning", "VOFO", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd – mal", "b")])
    p.runs[0].font.size = Pt(15)
    for line in ["Fyll inn én rad per tiltak som er gjennomført i rapporteringsåret. Legg til rader ved behov.",
                 "Type tiltak: velg én av FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, "
                 "Arrangement.",
                 "Delmål: oppgi nummeret på delmålet i strategien (1.1–3.6)."]:
        p = d.add_paragraph()
        r = p.add_run(line)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = d.add_paragraph()
    add_runs(p, [("Organisasjon: ", "b"), ("VOFO – Voksenopplæringsforbundet", ""), ("     Rapporteringsår: ", "b"),
                 ("2086", "")])
    head = ["Navn på tiltaket", "Beskrivelse", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DEEAF6")
    rows = []
    for name, desc, dm, typ, ans, med, seed, ty in ROWS + [("", "", "", "", "", "", "", None)]:
        cells = t.add_row().cells
        for k, v in enumerate([name, desc, dm, typ, ans, med]):
            p = cells[k].paragraphs[0]
            if v:
                r = p.add_run(v)
                r.bold = True if k == 0 else None
            elif name == "" or k == 5:
                ph = {0: "[Tiltakets navn]", 1: "[Kort beskrivelse]", 2: "[1.1–3.6]", 3: "[Velg type]",
                      4: "[Ansvarlig]", 5: PH}[k]
                r = p.add_run(ph)
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    set_col_widths(t, [3.6, 6.0, 1.4, 2.4, 2.2, 2.4])
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Gunvor Eliassen, seniorrådgiver i VOFO")
    d.add_paragraph("Sendes sekretariatet innen fristen i følgebrevet.")
    save_docx(d, out / FILENAME, "Gunvor Eliassen")
    retype_ooxml(out / FILENAME,
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
    return rows


def text(path) -> str:
    return ooxml_part_text(path, "word/document")
