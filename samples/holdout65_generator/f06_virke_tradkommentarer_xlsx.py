"""Virke: an ordinary Excel report of three sheets – a front page «Forside» with the approval line, the list «Tiltak»
and «Notater» – carrying Microsoft 365 threaded comments: the colleagues discussed two rows in comment threads
(«Denne ble vel avsluttet i fjor? …» – «Nei, ikke for 2085. Lar den stå til orientering.»), and a partner cell.
The threads are stored as Excel writes them: xl/threadedComments/threadedComment1.xml with replies bound by parentId,
xl/persons/person.xml, and legacy comments (author «tc={…}», the «[Trådet kommentar]» fallback text) for older Excel.
The two rows the threads speak of are outside 2085, which their description also says in words. Partners are written
one per line in their cell. The RSA seat is named by the council's local name at the college."""
from __future__ import annotations

import re
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import FOU, INFO, KURS, RAD, fit_row_heights, normalise_ooxml, row, save_xlsx, xlsx_text, xml_esc

FILENAME = "Virke – KPR-rapportering 2085.xlsx"
MEMBER = "Virke"
FORMAT = ("XLSX (openpyxl) with Microsoft 365 threaded comments added by hand (threadedComments part with replies, "
          "persons part, legacy comment fallback with «tc=» authors), three sheets, zip normalised")
SHAPE = ("front sheet «Forside» (title, reporting year, contact, «Godkjent av … (sign.)»), sheet «Tiltak» with a title "
         "row and the header on row 2 Virkes tiltak / Beskrivelse og resultater / Knytning (delmål nr.) / Kategori / "
         "Ansvar i Virke / Eksterne partnere, partners one per line in the cell, Virke's kind words (Rådsdeltakelse, "
         "Undersøkelse, Kurstilbud, Kampanje, Møteserie, Nettverk); threaded comment conversations on two rows that "
         "are outside 2085 («Denne ble vel avsluttet i fjor? Skal den være med for 2085?» – «Nei, ikke for 2085. Lar "
         "den stå til orientering.») and on a partner cell; sheet «Notater»")
NOT_TRUTH = ("the sheet «Forside», the title and header of «Tiltak», the Knytning and Kategori cells, row 8 "
             "'Frokostmøter om kompetanse i HR' (ended last autumn), row 9 'Seniorpolitisk nettverk i handelen' "
             "(set up after Easter next year), the comment threads, the sheet «Notater»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Virkes tiltak", "Beskrivelse og resultater", "Knytning (delmål nr.)", "Kategori", "Ansvar i Virke",
        "Eksterne partnere"]
UP = "Utdanningspolitisk avdeling"

# name, description, delmål, kategori, ansvar, partners (one per line), seed, dm, type
ROWS = [
    ("Arbeidslivsrådet ved Høyskolen Kristiania",
     "Virke har en av arbeidslivsplassene i Kristianias råd for samarbeid med arbeidslivet (RSA). Rådet hadde tre "
     "møter og ga innspill til nye studier i varehandelsledelse.", "1.4", "Rådsdeltakelse", UP, [], "M02", "1.4",
     RAD),
    ("Nasjonalt fagskoleråd",
     "Virke deltar i rådet med én representant og ett varamedlem. Vi tok særlig opp behovet for fagskoletilbud i "
     "handel og logistikk.", "2.4", "Rådsdeltakelse", UP, [], "M03", "2.4", RAD),
    ("Kompetansemonitoren 2085 – handel og tjenester",
     "Virke var med på å utforme og finansiere den felles undersøkelsen og har ansvaret for tallene for handel og "
     "tjenesteytende næringer. 1 400 Virke-medlemmer svarte.", "2.2", "Undersøkelse", "Virke Analyse",
     ["NHO", "YS", "NIFU"], "J03", "2.2", FOU),
    ("Bransjeprogram for varehandelen – KI i butikk",
     "Korte kurs for butikkansatte og ledere om kunstig intelligens i innkjøp, lager og kundeservice. 620 "
     "deltakere fullførte.", "2.1", "Kurstilbud", "Virke Handel", ["Handel og Kontor", "fagskolene"], None, "2.1",
     KURS),
    ("Lærlingkampanjen «Handel er et fag»",
     "Kampanje i sosiale medier og på skolebesøk som viser fram salgsfaget. Kampanjen nådde 280 000 unge, og "
     "søkningen til salg og service økte med 9 prosent.", "2.3", "Kampanje", "Virke Handel",
     ["Utdanningsdirektoratet"], None, "2.3", INFO),
    ("Frokostmøter om kompetanse i HR",
     "Møteserien ble avsluttet i fjor høst. Opptakene ligger fortsatt på virke.no.", "2.4", "Møteserie", "Virke HR",
     [], "", "", None),
    ("Seniorpolitisk nettverk i handelen",
     "Nettverket etableres etter påske neste år, sammen med Senter for seniorpolitikk.", "2.4", "Nettverk",
     "Virke HR", ["Senter for seniorpolitikk"], "", "", None),
]

PERSONS = {"K": ("Kari Nygaard", "{3A0C5B1E-7D42-4B8E-9F61-2C5D8E1A4B70}", "kari.nygaard@virke.no"),
           "J": ("Jonas Aalberg", "{8F27D6C4-1B93-4E05-A7D2-6E4C0B9F3A18}", "jonas.aalberg@virke.no")}
# cell, [(person, text, timestamp)] – the first is the comment, the rest replies
THREADS = [
    ("A8", [("K", "Denne ble vel avsluttet i fjor? Skal den være med for 2085?", "2086-01-12T09:14:22.31"),
            ("J", "Nei, ikke for 2085. Lar den stå til orientering.", "2086-01-12T10:02:47.85")]),
    ("A9", [("K", "Kommer først neste år – stryk?", "2086-01-12T09:16:05.12"),
            ("J", "Lar den stå, men den skal ikke telles.", "2086-01-12T10:03:30.44")]),
    ("F6", [("K", "Var ikke HSH-stiftelsen også med?", "2086-01-12T09:20:41.02"),
            ("J", "Nei, ikke i år.", "2086-01-12T10:05:12.67")]),
]
FALLBACK = ("[Trådet kommentar]\n\nDin versjon av Excel lar deg lese denne trådete kommentaren, men eventuelle "
            "endringer i den blir fjernet hvis filen åpnes i en nyere versjon av Excel. Finn ut mer: "
            "https://go.microsoft.com/fwlink/?linkid=870924\n\nKommentar:\n    {first}{replies}")
TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
X_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _cid(k: int, j: int) -> str:
    return "{%08X-0000-4000-8000-%012X}" % (0x65A0 + k, 0x2086000 + j)


def _threaded_xml() -> str:
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<ThreadedComments xmlns="{TC_NS}" '
           f'xmlns:x="{X_NS}">']
    for k, (ref, items) in enumerate(THREADS):
        for j, (who, txt, ts) in enumerate(items):
            parent = f' parentId="{_cid(k, 0)}"' if j else ""
            out.append(f'<threadedComment ref="{ref}" dT="{ts}" personId="{PERSONS[who][1]}" id="{_cid(k, j)}"'
                       f'{parent}><text>{xml_esc(txt)}</text></threadedComment>')
    out.append("</ThreadedComments>")
    return "".join(out)


def _persons_xml() -> str:
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<personList xmlns="{TC_NS}" '
           f'xmlns:x="{X_NS}">']
    for name, pid, mail in PERSONS.values():
        out.append(f'<person displayName="{name}" id="{pid}" userId="{mail}" providerId="PeoplePicker"/>')
    out.append("</personList>")
    return "".join(out)


def _add_threads(path) -> None:
    """Add the threaded-comment and person parts with their relationships and content types."""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
        order = [i.filename for i in z.infolist()]
    ct = items["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>",
                    '<Override PartName="/xl/threadedComments/threadedComment1.xml" '
                    'ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                    '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>'
                    "</Types>")
    items["[Content_Types].xml"] = ct.encode()
    wrels = items["xl/_rels/workbook.xml.rels"].decode()
    wrels = wrels.replace("</Relationships>",
                          '<Relationship Id="rIdPers1" Type="http://schemas.microsoft.com/office/2017/10/'
                          'relationships/person" Target="persons/person.xml"/></Relationships>')
    items["xl/_rels/workbook.xml.rels"] = wrels.encode()
    srels_name = "xl/worksheets/_rels/sheet2.xml.rels"
    srels = items[srels_name].decode()
    assert re.search(r"comments", srels), srels
    srels = srels.replace("</Relationships>",
                          '<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
                          'threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>')
    items[srels_name] = srels.encode()
    items["xl/threadedComments/threadedComment1.xml"] = _threaded_xml().encode()
    items["xl/persons/person.xml"] = _persons_xml().encode()
    order += ["xl/threadedComments/threadedComment1.xml", "xl/persons/person.xml"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            z.writestr(n, items[n])


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    front = wb.active
    front.title = "Forside"
    for ref, v, f in [("A1", "Hovedorganisasjonen Virke", Font(bold=True, size=16, color="C00000")),
                      ("A3", "Rapport til Kompetansepolitisk råd", Font(bold=True, size=13)),
                      ("A4", "Rapporteringsår: 2085", None),
                      ("A6", "Kontaktperson: Jonas Aalberg, fagansvarlig kompetanse", None),
                      ("A8", "Godkjent av: Ellen Sand Rustad, direktør utdanningspolitikk (sign.)", None),
                      ("A9", "Oslo, 13.01.2086", None)]:
        front[ref] = v
        if f:
            front[ref].font = f
    front.column_dimensions["A"].width = 70
    ws = wb.create_sheet("Tiltak")
    ws["A1"] = "Virkes tiltak 2085"
    ws["A1"].font = Font(bold=True, size=13)
    thin = Side(style="thin", color="808080")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
    rows = []
    for i, (name, desc, dm_txt, kat, ans, med, seed, dm, ty) in enumerate(ROWS, 3):
        for j, v in enumerate([name, desc, dm_txt, kat, ans, "\n".join(med)], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), desc))
    for ref, items in THREADS:
        first = items[0][1]
        replies = "".join(f"\nSvar:\n    {t}" for _w, t, _ts in items[1:])
        cm = Comment(FALLBACK.format(first=first, replies=replies), f"tc={_cid(THREADS.index((ref, items)), 0)}")
        cm.width, cm.height = 240, 110
        ws[ref].comment = cm
    for col, w in zip("ABCDEF", [36, 60, 12, 16, 24, 24]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 2, 2 + len(ROWS))
    ws.freeze_panes = "A3"
    notes = wb.create_sheet("Notater")
    for line in ["Notater", "Medlemsvirksomhetenes egne kurs er ikke tatt med.",
                 "Deltakertall er per 31.12.2085.", "Radene 8 og 9 står til orientering (se kommentarene)."]:
        notes.append([line])
    notes["A1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 80
    save_xlsx(wb, out / FILENAME, "Jonas Aalberg")
    _add_threads(out / FILENAME)
    normalise_ooxml(out / FILENAME)
    return rows


def text(path) -> str:
    from .common import xml_text
    parts = [xlsx_text(path)]
    with zipfile.ZipFile(path) as z:
        for n in sorted(z.namelist()):
            if n.startswith(("xl/threadedComments/", "xl/comments")):
                parts.append(xml_text(z.read(n)))
    return "\n".join(parts)
