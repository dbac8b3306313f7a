"""07 Virke: workbook with a cover sheet, one sheet per hovedinnsatsområde (merged title rows,
a merged Delmål cell shared by two measures) and a key-figure sheet."""
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

from .common import FIXED_DT, m, normalize_zip

FILE = "07_Virke_rapportering_2062.xlsx"
MEMBER = "Virke"

MEASURES = [
    m("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk",
      "Virke har fast plass i KBU og har gitt innspill om kompetansebehov i handel og "
      "tjenesteytende næringer.", ["Virke"], [], sheet=1),
    m("J03", "DigiGrunn-programmet", "2.1", "Kurs/utdanning",
      "Virke har informert medlemsvirksomhetene om tilskuddsordningen, og 58 Virke-medlemmer fikk "
      "støtte til opplæring av ansatte.", ["Virke"], ["KS", "Kunnskapsdepartementet"], sheet=2),
    m("U09", "Digital handelsskole", "2.1", "Kurs/utdanning",
      "Nettbaserte kurs i netthandel, datasikkerhet og kunstig intelligens for ansatte i "
      "varehandelen. 1 450 fullførte minst ett kurs.", ["Virke Kompetanse"], ["Norsk handelsfagskole"],
      sheet=2),
    m("U10", "Bransjestandard for kompetansebevis i handel", "2.5", "Prosjekt",
      "Standard som dokumenterer kompetanse ansatte har opparbeidet i butikk og lager, utviklet "
      "sammen med arbeidstakersiden.", ["Virke"], ["Handel og Kontor i Norge"], sheet=2),
    m("J05", "Norsk på jobben", "3.4", "Kurs/utdanning",
      "Virke har rekruttert 22 medlemsvirksomheter i privat omsorg og renhold til programmet.",
      ["Virke"], ["KS", "VOFO"], sheet=3),
]

SHEETS = {1: ("1 Gode valg", "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet"),
          2: ("2 Læring i arbeidslivet", "Hovedinnsatsområde 2: Læring i arbeidslivet"),
          3: ("3 Voksne", "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak "
                          "tilknytning til arbeidslivet")}
HEAD = ["Delmål", "Tiltak", "Type", "Beskrivelse", "Ansvarlig", "Samarbeidspartnere"]
WIDTHS = [9, 34, 20, 70, 18, 30]
FILL = PatternFill("solid", fgColor="FF2D6A4F")
WRAP = Alignment(wrap_text=True, vertical="top")


def _sheet_measures(ws, title, items):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEAD))
    ws.cell(1, 1, title).font = Font(bold=True, size=13)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = FILL
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = WIDTHS[j - 1]
    r = 3
    prev = None
    start = 3
    for x in items:
        vals = [x["delmal"], x["name"], x["type"], x["desc"], ", ".join(x["ansv"]),
                ", ".join(x["partners"])]
        for j, v in enumerate(vals, 1):
            if j == 1 and x["delmal"] == prev:
                continue
            ws.cell(r, j, v).alignment = WRAP
        if x["delmal"] == prev:
            ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        else:
            start = r
        prev = x["delmal"]
        r += 1
    ws.freeze_panes = "A3"


def build(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Forside"
    ws.merge_cells("A1:D1")
    ws["A1"] = "Virke – rapportering til Kompetansepolitisk råd 2062"
    ws["A1"].font = Font(bold=True, size=15)
    info = [("Innsendt av", "Virke, avdeling for kompetansepolitikk"),
            ("Kontakt", "Mona Strand, fagsjef"),
            ("Dato", "15.01.2063"),
            ("Merk", "Tiltakene står på egne ark per hovedinnsatsområde. Arket «Nøkkeltall» "
                     "er bakgrunnsinformasjon.")]
    for i, (k, v) in enumerate(info, 3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 80
    for n in (1, 2, 3):
        name, title = SHEETS[n]
        _sheet_measures(wb.create_sheet(name), title, [x for x in MEASURES if x["sheet"] == n])
    kf = wb.create_sheet("Nøkkeltall")
    rows = [("Nøkkeltall", "2061", "2062"), ("Medlemsvirksomheter", 24300, 25100),
            ("Ansatte i medlemsvirksomhetene", 252000, 260000),
            ("Andel med kompetanseplan (%)", 38, 41)]
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            kf.cell(i, j, v).font = Font(bold=(i == 1))
    kf.column_dimensions["A"].width = 36
    p = wb.properties
    p.creator = "Virke"
    p.lastModifiedBy = "Virke"
    p.title = "Rapportering 2062"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    wb.save(path)
    normalize_zip(path)
