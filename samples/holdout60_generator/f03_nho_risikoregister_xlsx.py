"""NHO: the skills department's risk register. Each row is a risk to NHO's skills goals, scored for likelihood and
consequence (score by formula), and the measure is the «risk-reducing measure» on that row; some risks are
accepted with no measure, one measure is planned for 2081 and one ended in 2079."""
from __future__ import annotations

import openpyxl
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "NHO risikoregister kompetanse 2080.xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), formulas, cell-value conditional formatting (red/amber/green), frozen panes, zip normalised"
SHAPE = ("risk register: title and a reading note, header ID / Risiko / Sannsynlighet (1–5) / Konsekvens (1–5) / "
         "Risikoscore (formula =C*D, coloured by value) / Risikoreduserende tiltak / Tiltakstype (NHO's words) / "
         "Strategimål («Delmål 2.4») / Tiltakseier / Samarbeid / Beskrivelse av tiltaket / Status; each row is a "
         "risk, the measure sits in the middle of the row; two risks are «Akseptert – ingen tiltak»")
NOT_TRUTH = ("the title, the note, the header, the risk texts and scores, the rows R07 and R10 («Akseptert – ingen "
             "tiltak»), R08 (measure 'Lærlingløftet havbruk', Status 'Planlagt 2081') and R09 ('Bransjeprogram for "
             "bygg og anlegg', Status 'Avsluttet 2079'), the sheet 'Skala'")

# id, risk, S, K, measure, type word, delmål, owner, partners, description, status, seed, type
RISKS = [
    ("R01", "Kompetansebehovene i næringslivet blir ikke fanget opp i nasjonale analyser", 3, 5,
     "NHOs plass i Kompetansebehovsutvalget", "Rådsdeltakelse", "1.1", "Kompetanseavdelingen", "",
     "NHO sitter i KBU og sørget for at bedriftsundersøkelsen ble en del av utvalgets kunnskapsgrunnlag.",
     "Løpende", "M02", RAD),
    ("R02", "For få korte, relevante tilbud for ansatte i industrien", 4, 4, "Kompetansebroen", "Pilot", "2.4",
     "Norsk Industri", "Fagskolerådet, Vestland fylkeskommune",
     "Tolv fagskolemoduler på 5–10 studiepoeng ble utviklet sammen med bedrifter i Vestland og Rogaland.",
     "Pågår", "J01", PROSJEKT),
    ("R03", "Ungdom velger bort yrkesfag", 4, 3, "Yrkesvalgsuka 2080", "Arrangement", "2.3",
     "NHO Vestland", "KS, fylkeskommunene",
     "Bedrifter tok imot 9 000 elever fra 10. trinn til en dag på arbeidsplassen i uke 45.", "Gjennomført",
     "J03", ARR),
    ("R04", "Svak bedriftsforankring i de faglige rådene", 2, 4, "Kurs for NHO-representanter i faglige råd",
     "Opplæring", "2.3", "Kompetanseavdelingen", "",
     "Todagers kurs for de 60 NHO-oppnevnte medlemmene i de faglige rådene om læreplanarbeid og dimensjonering.",
     "Gjennomført", None, KURS),
    ("R05", "Bedriftene mangler oversikt over egne ansattes kompetanse", 3, 3,
     "Kompetanseindeksen for medlemsbedrifter", "Analyse", "2.2", "NHO Analyse", "Samfunnsøkonomisk analyse",
     "Årlig indeks over hvor mye medlemsbedriftene investerer i opplæring, fordelt på bransje og region.",
     "Gjennomført", None, FOU),
    ("R06", "Lav kjennskap til ordningen fagbrev på jobb", 3, 2, "Fagbrev på jobb – kampanje i reiselivet",
     "Kampanje", "2.5", "NHO Reiseliv", "HK-dir",
     "Filmer, annonser og en veileder for ledere om hvordan ansatte kan dokumentere praksis og ta fagbrev.",
     "Gjennomført", None, INFO),
    ("R07", "Nedgang i deltakelsen i etter- og videreutdanning", 2, 3, "Akseptert – ingen tiltak", "", "", "", "",
     "", "", "", None),
    ("R08", "Mangel på lærlinger i havbruk", 4, 3, "Lærlingløftet havbruk", "Prosjekt", "2.3",
     "Sjømat Norge", "", "Oppstart januar 2081.", "Planlagt 2081", "", None),
    ("R09", "Mangel på fagarbeidere i bygg", 3, 4, "Bransjeprogram for bygg og anlegg", "Opplæring", "2.4",
     "BNL", "", "Avsluttet i 2079.", "Avsluttet 2079", "", None),
    ("R10", "Uklar rollefordeling mellom fylkeskommunene og staten", 2, 2, "Akseptert – ingen tiltak", "", "",
     "", "", "", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risikoregister"
    ws["A1"] = "Risikoregister – NHOs kompetansearbeid 2080"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Les slik: hver rad er en risiko. Tiltakene i kolonne F er det NHO gjør for å redusere risikoen. "
                "Score = sannsynlighet × konsekvens.")
    hdr = ["ID", "Risiko", "Sannsynlighet (1–5)", "Konsekvens (1–5)", "Risikoscore", "Risikoreduserende tiltak",
           "Tiltakstype", "Strategimål", "Tiltakseier", "Samarbeid", "Beskrivelse av tiltaket", "Status"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    for i, (rid, risk, s, k, tiltak, tw, dm, eier, med, besk, st, seed, ty) in enumerate(RISKS, 5):
        vals = [rid, risk, s, k, f"=C{i}*D{i}", tiltak, tw, f"Delmål {dm}" if dm else "", eier, med, besk, st]
        for j, v in enumerate(vals, 1):
            ws.cell(row=i, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        if ty:
            rows.append(row(FILENAME, MEMBER, tiltak, seed, dm, ty, eier, med, besk))
    last = 4 + len(RISKS)
    rng = f"E5:E{last}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="greaterThanOrEqual", formula=["15"],
                                                  fill=PatternFill("solid", fgColor="F8696B")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="between", formula=["8", "14"],
                                                  fill=PatternFill("solid", fgColor="FFEB84")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="lessThan", formula=["8"],
                                                  fill=PatternFill("solid", fgColor="63BE7B")))
    for col, w in zip("ABCDEFGHIJKL", [6, 44, 12, 12, 11, 40, 14, 13, 22, 28, 58, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    sk = wb.create_sheet("Skala")
    for i, (a, b) in enumerate([("Verdi", "Betydning"), (1, "Svært lite sannsynlig / ubetydelig"),
                                (3, "Moderat"), (5, "Svært sannsynlig / kritisk"),
                                ("Score ≥ 15", "Rød: tiltak må iverksettes")], 1):
        sk.cell(row=i, column=1, value=a)
        sk.cell(row=i, column=2, value=b)
    save_xlsx(wb, out / FILENAME, "NHO")
    return rows


def text(path) -> str:
    return xlsx_text(path)
