"""NHO: 'Eksporter til Excel' from the member organisation's activity register: an HTML table
with Excel's office namespaces, saved with the .xls extension (Excel warns that format and
extension differ, LibreOffice opens it as HTML).
"""
from __future__ import annotations

from html import escape as hesc

from .common import truth

FILENAME = "NHO_aktiviteter_KPR_2072.xls"
MEMBER = "NHO"
FORMAT = ("HTML table with Excel office/x: namespaces and an x:ExcelWorkbook block, UTF-8, saved as .xls "
          "(a web application's 'Export to Excel'), written as text")
SHAPE = ("register export with system columns Aktivitets-ID / Tittel / Rapporteringsår / Strategisk mål (KPS) / "
         "Aktivitetstype / Ansvarlig enhet / Eksterne parter / Beskrivelse / Status / Sist endret; rows of 2071 "
         "(Avsluttet) and 2073 (Planlagt) mixed in by ID order; goal as 'KPS-2.5' or in words; a <br> inside a "
         "cell; an export caption above the header")
NOT_TRUTH = 'rows A-2071-014 (Avsluttet 2071) and A-2073-001 (Planlagt 2073), the export caption lines'

COLS = ["Aktivitets-ID", "Tittel", "Rapporteringsår", "Strategisk mål (KPS)", "Aktivitetstype",
        "Ansvarlig enhet", "Eksterne parter", "Beskrivelse", "Status", "Sist endret"]

# (seed, id, title, year, goal cell, type word, unit, partners (may hold <br>), description, status, changed,
#  delmal, type)
ROWS = [
    ("-", "A-2071-014", "NHOs kompetansebarometer 2071", 2071, "KPS-2.2", "Utredning/analyse",
     "Kompetanse og arbeidsliv", "NIFU", "Spørreundersøkelse blant medlemsbedriftene. Avsluttet med rapport "
     "i oktober 2071.", "Avsluttet", "03.11.2071", None, None),
    ("M01", "A-2072-003", "Medlem i Kompetansebehovsutvalget (KBU)", 2072, "KPS-1.1", "Råd og utvalg",
     "Kompetanse og arbeidsliv", "KD, LO og de andre hovedorganisasjonene",
     "NHO har ett medlem i utvalget. I 2072 ga vi innspill om fagarbeiderbehovet i industrien til "
     "hovedrapporten.", "Løpende", "12.12.2072", "1.1", "Råd/utvalg/nettverk"),
    ("M02", "A-2072-004", "Samarbeidsrådet for yrkesopplæring (SRY) og faglige råd", 2072, "KPS-1.4",
     "Råd og utvalg", "Kompetanse og arbeidsliv", "LO, KS, Unio, YS, Virke, KD",
     "NHO har nestleder i SRY og representanter i alle faglige råd. Arbeidet med tilbudsstrukturen for Vg3 "
     "ble prioritert.", "Løpende", "12.12.2072", "1.4", "Råd/utvalg/nettverk"),
    ("M05", "A-2072-007", "Nasjonalt fagskoleråd – NHOs representant", 2072, "KPS-1.4", "Råd og utvalg",
     "Kompetanse og arbeidsliv", "KD, LO, fagskolene",
     "NHOs representant har vært nestleder i rådet og fulgt opp arbeidet med fleksible fagskoletilbud for "
     "industrien.", "Løpende", "08.01.2073", "1.4", "Råd/utvalg/nettverk"),
    ("J02", "A-2072-011", "Fagbrev på jobb i NHO-bedrifter", 2072, "KPS-2.5", "Kompetanseprogram",
     "NHOs regionkontorer", "Fylkeskommunene, YS, Virke",
     "Ansatte tar fagbrev på grunnlag av praksis i egen bedrift. 460 kandidater i NHO-bedrifter startet i "
     "2072.", "Løpende", "15.01.2073", "2.5", "Kurs/utdanning"),
    ("J03", "A-2072-012", "Yrkes-NM 2072 (Ålesund)", 2072, "KPS-2.3", "Arrangement/møte",
     "NHO Møre og Romsdal", "Møre og Romsdal fylkeskommune,<br>WorldSkills Norway, LO",
     "Norgesmesterskapet i yrkesfag med 180 deltakere i 22 fag. 9 000 elever fra ungdomsskolen besøkte "
     "arrangementet.", "Gjennomført", "30.11.2072", "2.3", "Arrangement"),
    (None, "A-2072-015", "NHOs kompetansebarometer 2072", 2072,
     "Kunnskapsgrunnlaget om læring i arbeidslivet", "Utredning/analyse", "Kompetanse og arbeidsliv", "NIFU",
     "Spørreundersøkelse blant 5 600 medlemsbedrifter om kompetansebehov og rekruttering. Rapporten kom i "
     "oktober.", "Gjennomført", "02.11.2072", "2.2", "FoU"),
    (None, "A-2072-019", "Frokostseminar: Hva sier KBU om behovet for fagarbeidere?", 2072, "KPS-1.1",
     "Arrangement/møte", "Kompetanse og arbeidsliv", "",
     "Frokostseminar i NHO-huset om funnene i KBU-rapporten, med 140 deltakere i salen og på strømming.",
     "Gjennomført", "21.06.2072", "1.1", "Arrangement"),
    ("-", "A-2073-001", "Yrkes-NM 2073 – planlegging", 2073, "KPS-2.3", "Arrangement/møte",
     "NHO Trøndelag", "Trøndelag fylkeskommune", "Forberedelser til Yrkes-NM i Trondheim i november 2073.",
     "Planlagt", "10.01.2073", None, None),
]


def build(out):
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
         "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta name="ProgId" content="Excel.Sheet">',
         "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
         "<x:Name>Aktiviteter</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions>"
         "</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->",
         "<style>td { mso-number-format:\"\\@\"; vertical-align: top; } br { mso-data-placement:same-cell; } "
         "th { background: #1B3D6D; color: #FFFFFF; font-weight: bold; }</style>",
         "</head>", "<body>", '<table border="1" cellspacing="0" cellpadding="2">',
         f'<tr><td colspan="{len(COLS)}"><b>Aktiviteter – rapportering til Kompetansepolitisk råd</b></td></tr>',
         f'<tr><td colspan="{len(COLS)}">Utvalg: Alle rapporteringsår · Sortert på Aktivitets-ID · '
         'Eksportert 20.01.2073 10:44 av Jon Dahl</td></tr>',
         "<tr>" + "".join(f"<th>{hesc(c)}</th>" for c in COLS) + "</tr>"]
    rows = []
    for r in ROWS:
        seed, aid, title, year, goal, tword, unit, partners, desc, status, changed, dm, typ = r
        cells = [aid, title, str(year), goal, tword, unit, partners, desc, status, changed]
        tds = []
        for i, c in enumerate(cells):
            txt = c if i == 6 else hesc(c)
            if i == 6:
                txt = "<br>".join(hesc(p) for p in c.split("<br>"))
            style = ' style="mso-number-format:0"' if i == 2 else ""
            tds.append(f"<td{style}>{txt}</td>")
        h.append("<tr>" + "".join(tds) + "</tr>")
        if seed != "-":
            rows.append(truth(FILENAME, MEMBER, title, seed, dm, typ, unit, partners.replace("<br>", " "), desc))
    h += ["</table>", "</body>", "</html>"]
    (out / FILENAME).write_bytes(("\r\n".join(h) + "\r\n").encode("utf-8"))
    return rows
