"""NHO: an ordinary Excel list whose goal column is filled by formulas that point into another workbook, the
secretariat's list of delmål («[1]Delmål!$B$9»). The workbook holds the external link part with the cached values of
the cells it points to, and each formula cell keeps its last computed value («2.4 Relevante etter- og
videreutdanningstilbud»). A prize to be given in January 2098 is told only in words."""
from __future__ import annotations

import io
import re
import zipfile

import openpyxl
from openpyxl.styles import Font

from .common import ARR, DELMAL, FOU, INFO, KURS, PROSJEKT, RAD, row, sheet_rows, xlsx_bytes, xml_esc, zip_entries

FILENAME = "NHO_KPR_rapport_2097.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl) with an external workbook link added to the package: xl/externalLinks/externalLink1.xml "
          "(externalBook with sheetNames and a sheetDataSet of cached cells) and its externalLinkPath relationship "
          "to «KPR_delmål_2097.xlsx» on a file share, externalReferences in the workbook; the goal cells are "
          "formulas «[1]Delmål!$B$n» with cached string values; zip normalised")
SHAPE = ("ordinary Excel list whose goal column is linked to another workbook: title in row 1, a note in row 2 "
         "«Kolonnen Delmål er koblet til sekretariatets delmålsliste (KPR_delmål_2097.xlsx)», header on row 4 "
         "Aktivitet / Beskrivelse / Delmål (fra listen) / Aktivitetstype / Eier i NHO / Samarbeid; the goal cells "
         "show the cached value of the linked cell, code and the list's short name («1.1 Kompetansebehovsutvalget», "
         "«2.2 Kunnskapsgrunnlaget om læring i arbeidslivet», «2.4 Relevante etter- og videreutdanningstilbud», "
         "«2.3 Karrieremuligheter i yrkesfag», «2.5 Dokumentasjon av realkompetanse»); NHO's kind words "
         "(Utvalgsarbeid, Kartlegging, Kursprogram, Prosjekt, Frokostmøter, Digital veileder); the KBU seat «NHOs "
         "medlem i Kompetansebehovsutvalget»; a prize to be given in January 2098 told only in words")
NOT_TRUTH = ("the title and the note, the header, the goal formulas and their cached values, the Aktivitetstype cells, "
             "the row 'Kompetanseprisen 2097' (to be given in January 2098), the external link part")
SPLIT_FIELDS = ("samarbeidspartnere",)

LIST_NAMES = {
    "1.1": "Kompetansebehovsutvalget", "1.2": "Regionalt folkevalgt nivå", "1.3": "Karriereveiledning",
    "1.4": "Samarbeid utdanning–arbeidsliv", "2.1": "Digital kompetanse",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet", "2.3": "Karrieremuligheter i yrkesfag",
    "2.4": "Relevante etter- og videreutdanningstilbud", "2.5": "Dokumentasjon av realkompetanse",
    "2.6": "Godkjenning av utenlandsk utdanning", "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken", "3.4": "Norskopplæring og kvalifisering",
    "3.5": "NAVs opplæringstilbud", "3.6": "Læring i frivillig sektor",
}
EXT_PATH = "file:///\\\\nho-fil01\\felles\\Kompetanse\\KPR\\KPR_delm%C3%A5l_2097.xlsx"

# name, beskrivelse, delmål, kind, eier, samarbeid, seed, type
ROWS = [
    ("NHOs medlem i Kompetansebehovsutvalget",
     "NHO har én av partsplassene i utvalget og ledet i 2097 arbeidsgruppen bak temarapporten om kompetanse i det "
     "grønne skiftet.", "1.1", "Utvalgsarbeid", "Arbeidsliv og kompetanse", "", "M04", RAD),
    ("Kompetanseradaren 2097 – næringslivsutvalget",
     "NHO sto for utvalget i privat næringsliv i den felles undersøkelsen om kompetansebehov. 5 600 bedrifter "
     "svarte, og resultatene ble lagt fram i juni.", "2.2", "Kartlegging", "NHO Analyse", "Virke, Spekter, NIFU",
     "J02", FOU),
    ("Havvindskolen – kurs for leverandørindustrien",
     "Første kull fullførte modulene i elektro, kran og sikkerhet offshore. 210 fagarbeidere fra 34 bedrifter tok "
     "minst én modul.", "2.4", "Kursprogram", "NHO Industri", "Norsk Industri, fagskolene, YS", "J04", KURS),
    ("Lærlingløftet i reiselivet",
     "Prosjekt i tre fylker som hjalp hoteller og restauranter å ta inn flere lærlinger. 48 nye lærekontrakter ble "
     "tegnet.", "2.3", "Prosjekt", "NHO Reiseliv", "fylkeskommunene", None, PROSJEKT),
    ("Kompetansefrokost for små bedrifter",
     "Ti frokostmøter på regionkontorene om hvordan små bedrifter kan planlegge opplæring og bruke tilbudene på "
     "fagskolene.", "2.4", "Frokostmøter", "NHOs regionkontorer", "", None, ARR),
    ("Veiviser for realkompetansevurdering",
     "Digital veileder for bedrifter som vil få dokumentert ansattes kompetanse og vurdert den mot fagbrev. Siden "
     "hadde 19 000 besøk.", "2.5", "Digital veileder", "Arbeidsliv og kompetanse", "HK-dir", None, INFO),
    ("Kompetanseprisen 2097",
     "Juryen har valgt vinner, og prisen deles ut på NHOs årskonferanse i januar 2098.", "2.4", "Pris",
     "Arbeidsliv og kompetanse", "", "", None),
]

TOP = 4


def _ref(code: str) -> str:
    return f"$B${DELMAL.index(code) + 2}"


def _cell_xml(r: int, code: str, style: str) -> str:
    cached = f"{code} {LIST_NAMES[code]}"
    return (f'<c r="C{r}"{style} t="str"><f>[1]Delm&#229;l!{_ref(code)}</f><v>{xml_esc(cached)}</v></c>')


def _add_link(data: bytes) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    codes = sorted({dm for _n, _b, dm, *_r in ROWS}, key=DELMAL.index)
    for name, d in parts:
        if name == "xl/worksheets/sheet1.xml":
            s = d.decode()
            for i, (_n, _b, dm, *_r) in enumerate(ROWS):
                r = TOP + 1 + i
                s, n = re.subn(rf'<c r="C{r}"( s="\d+")?><f>[^<]*</f><v\s*/?>(?:</v>)?</c>',
                               lambda m, r=r, dm=dm: _cell_xml(r, dm, m.group(1) or ""), s)
                assert n == 1, (r, n)
            d = s.encode()
        elif name == "xl/workbook.xml":
            s = d.decode().replace(
                "</sheets>", '</sheets><externalReferences><externalReference xmlns:r="http://schemas.openxmlformats'
                             '.org/officeDocument/2006/relationships" r:id="rId9"/></externalReferences>')
            d = s.encode()
        elif name == "xl/_rels/workbook.xml.rels":
            s = d.decode().replace(
                "</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                    'relationships/externalLink" Target="externalLinks/externalLink1.xml" '
                                    'Id="rId9"/></Relationships>')
            d = s.encode()
        elif name == "[Content_Types].xml":
            s = d.decode().replace(
                "</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')
            d = s.encode()
        out.append((name, d, True))
    cells = "".join(f'<row r="{DELMAL.index(c) + 2}"><cell r="B{DELMAL.index(c) + 2}" t="str"><v>'
                    f'{xml_esc(c + " " + LIST_NAMES[c])}</v></cell></row>' for c in codes)
    link = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<externalBook r:id="rId1"><sheetNames><sheetName val="Delmål"/><sheetName val="Veiledning"/>'
            f'</sheetNames><sheetDataSet><sheetData sheetId="0">{cells}</sheetData><sheetData sheetId="1"/>'
            '</sheetDataSet></externalBook></externalLink>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'externalLinkPath" Target="{xml_esc(EXT_PATH)}" TargetMode="External"/></Relationships>')
    out.append(("xl/externalLinks/externalLink1.xml", link.encode(), True))
    out.append(("xl/externalLinks/_rels/externalLink1.xml.rels", rels.encode(), True))
    return zip_entries(out)


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport 2097"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd for 2097"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Kolonnen Delmål er koblet til sekretariatets delmålsliste (KPR_delmål_2097.xlsx)."
    ws["A2"].font = Font(name="Calibri", size=9, italic=True, color="595959")
    head = ["Aktivitet", "Beskrivelse", "Delmål (fra listen)", "Aktivitetstype", "Eier i NHO", "Samarbeid"]
    body = [[n, b, f"=[1]Delmål!{_ref(dm)}", k, e, s] for n, b, dm, k, e, s, *_r in ROWS]
    sheet_rows(ws, TOP, head, body, [34, 60, 30, 16, 24, 28], fill="DDEBF7")
    ws.freeze_panes = f"A{TOP + 1}"
    data = xlsx_bytes(wb, "Ingrid Moe")
    (out / FILENAME).write_bytes(_add_link(data))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, e, s, b) for n, b, dm, _k, e, s, seed, ty in ROWS if ty]


def text(path) -> str:
    wb = openpyxl.load_workbook(str(path), data_only=True)
    out = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out)
