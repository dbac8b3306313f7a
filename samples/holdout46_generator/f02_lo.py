"""02 LO: DOCX. One table; each delmål is a shaded row merged across the whole
table; each measure occupies two sub-rows ("Resultat 2066" / "Plan 2067") with
the measure name, responsible and partners merged vertically. No type column."""
import os

from docx.shared import Pt

from .common import T, FileResult, save_docx
from . import docxutil as du

FILENAME = "02_LO_rapportering_kompetansepolitisk_rad_2066.docx"
MEMBER = "LO"

GROUPS = [
    ("Delmål 1.1  Kompetansebehovsutvalget (KBU)", [
        ("LOs representant i Kompetansebehovsutvalget",
         "LO har hatt ett fast medlem i KBU og deltatt på fire utvalgsmøter. Vi har særlig løftet "
         "mangelen på fagarbeidere i helse og bygg.",
         "Videreføre plassen og spille inn tema om kompetansebehov i offentlig sektor.",
         "Samfunnspolitisk avdeling", "",
         T("Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk",
           ansvarlig="Samfunnspolitisk avdeling")),
    ]),
    ("Delmål 1.4  Samarbeid mellom utdanning og arbeidsliv", [
        ("Samarbeidsrådet for yrkesopplæring (SRY)",
         "LO har to medlemmer i SRY og har ledet arbeidet med rådets uttalelse om dimensjonering av "
         "læreplasser.",
         "Følge opp uttalelsen overfor fylkeskommunene.",
         "LO-sekretariatet", "",
         T("Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "1.4", "Råd/utvalg/nettverk",
           ansvarlig="LO-sekretariatet")),
        ("Nasjonalt fagskoleråd",
         "LO er representert i rådet med ett medlem og ett varamedlem. Rådet behandlet i år strategien "
         "for bransjeforankring av fagskoletilbud.",
         "Arbeide for flere fagskoletilbud for fagarbeidere i industri og helse.",
         "Forbundsavdelingen", "",
         T("Nasjonalt fagskoleråd", "M05", "1.4", "Råd/utvalg/nettverk",
           ansvarlig="Forbundsavdelingen")),
        ("Skolering av LOs medlemmer i SRY og de faglige rådene",
         "To samlinger for LO-representanter i SRY og de faglige rådene om partsrollen, dimensjonering "
         "og læreplanarbeid. 46 deltakere.",
         "Ny samling våren 2067 og en digital grunnmodul for nye representanter.",
         "LO-skolen", "Forbundene",
         T("Skolering av LOs medlemmer i SRY og de faglige rådene", "U0201", "1.4", "Kurs/utdanning",
           ansvarlig="LO-skolen", partnere="Forbundene")),
    ]),
    ("Delmål 2.3  Karrieremuligheter i yrkesfag", [
        ("Yrkes-NM",
         "LO deltok med stand og egne dommere fra forbundene på Yrkes-NM i Skien i september.",
         "Delta på Yrkes-NM 2068 og i forberedelsene til EuroSkills.",
         "Ungdomssekretariatet", "NHO, Vestfold og Telemark fylkeskommune",
         T("Yrkes-NM", "J07", "2.3", "Arrangement",
           ansvarlig="Ungdomssekretariatet", partnere="NHO, Vestfold og Telemark fylkeskommune")),
    ]),
    ("Delmål 2.4  Etter- og videreutdanning tilpasset virksomhetenes behov", [
        ("Bransjeprogrammet for renhold",
         "Nytt bransjeprogram for renholdsbransjen etter modell av bransjeprogrammet for varehandel. "
         "Første kull på 120 renholdere startet på fagbrevforberedende kurs.",
         "Andre kull og evaluering av modellen.",
         "Fellesforbundet", "NHO Service og Handel",
         T("Bransjeprogrammet for renhold", "U0202", "2.4", "Kurs/utdanning",
           ansvarlig="Fellesforbundet", partnere="NHO Service og Handel")),
    ]),
    ("Delmål 3.2  Kompetansepluss", [
        ("Kompetansepluss-forsøket med fagopplæring",
         "Forsøket, der Kompetansepluss arbeid kobles med fagopplæring, ble utvidet til fire nye fylker. "
         "LO har bidratt til rekruttering gjennom tillitsvalgte.",
         "Bidra til at forsøket gjøres permanent.",
         "Samfunnspolitisk avdeling", "NHO, Kompetanse Norge",
         T("Kompetansepluss-forsøket med fagopplæring", "J01", "3.2", "Prosjekt",
           ansvarlig="Samfunnspolitisk avdeling", partnere="NHO, Kompetanse Norge")),
    ]),
]


def build(out_dir: str) -> FileResult:
    doc = du.new_doc(font="Arial", size=10, margins_cm=1.8)
    h = doc.add_paragraph()
    du.add_runs(h, [("LOs rapportering til Kompetansepolitisk råd – 2066", {"bold": True, "size": 16})])
    p = doc.add_paragraph(
        "Tabellen under viser LOs tiltak i 2066, gruppert etter delmålene i Nasjonal kompetansepolitisk "
        "strategi. For hvert tiltak oppgir vi hva som ble gjort i 2066, og hva vi planlegger for 2067.")
    p.paragraph_format.space_after = Pt(8)

    nrows = 1 + sum(1 + 2 * len(items) for _, items in GROUPS)
    table = doc.add_table(rows=nrows, cols=5)
    du.table_borders(table)
    hdr = ["Tiltak", "", "Innhold", "Ansvarlig i LO", "Samarbeid med"]
    for i, t in enumerate(hdr):
        du.cell_text(table.rows[0].cells[i], t, bold=True, size=9.5)
        du.shade(table.rows[0].cells[i], "D9D9D9")
    du.repeat_header(table.rows[0])
    r = 1
    rows = []
    for head, items in GROUPS:
        cells = table.rows[r].cells
        merged = cells[0].merge(cells[4])
        du.cell_text(merged, head, bold=True, size=10)
        du.shade(merged, "F2DCDB")
        r += 1
        for name, res, plan, ansv, partn, truth in items:
            a, b = table.rows[r].cells, table.rows[r + 1].cells
            du.cell_text(a[1], "Resultat 2066", italic=True, size=8.5)
            du.cell_text(b[1], "Plan 2067", italic=True, size=8.5)
            du.cell_text(a[2], res, size=9.5)
            du.cell_text(b[2], plan, size=9.5)
            m0 = a[0].merge(b[0])
            du.cell_text(m0, name, bold=True, size=9.5)
            m3 = a[3].merge(b[3])
            du.cell_text(m3, ansv, size=9.5)
            m4 = a[4].merge(b[4])
            du.cell_text(m4, partn or "–", size=9.5)
            truth.beskrivelse = res
            rows.append(truth)
            r += 2
    du.set_col_widths(table, [4.2, 2.0, 6.6, 2.6, 2.6])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: rådgiver i Samfunnspolitisk avdeling, LO. Oslo, 20. januar 2067.")
    save_docx(doc, os.path.join(out_dir, FILENAME), "LO", "LOs rapportering 2066")
    return FileResult(FILENAME, MEMBER, "DOCX (python-docx)",
                      "Table with delmål as shaded rows merged across all columns; each measure has "
                      "two sub-rows 'Resultat 2066' / 'Plan 2067' (name/ansvarlig/partners merged "
                      "vertically); no type given", rows)
