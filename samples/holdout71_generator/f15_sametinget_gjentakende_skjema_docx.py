"""Sametinget: the secretariat's Word form for 2091 filled in. The form is built from content controls: the measures
are one repeating section content control (w15:repeatingSection) whose items (w15:repeatingSectionItem) each hold a
two-column table of labels and controls – plain text controls for name, responsible, partners and description, a
drop-down list control for the delmål (showing «1.3 Karriereveiledning»), and six Word 2010 check box controls
(w14:checkbox, ☒/☐ in MS Gothic) for the six types, one ticked. Sametinget added a block per measure with the form's
«+»; one block was left empty (every control showing its placeholder), and one measure's description says it ended
last spring. An empty partners control shows its placeholder text."""
from __future__ import annotations

import io
import zipfile

import docx

from .common import ARR, FOU, INFO, KURS, RAD, TYPES, docx_text_deep, row, write_zip, xml_esc

FILENAME = "Sametinget – rapporteringsskjema 2091.docx"
MEMBER = "Sametinget"
FORMAT = ("DOCX: python-docx package with word/document.xml written by hand: a repeating section content control "
          "(w15:repeatingSection) of repeatingSectionItem blocks, each a table of plain text controls (w:text), a "
          "drop-down list control (w:dropDownList) and six w14:checkbox controls; placeholders shown with "
          "w:showingPlcHdr; mc:Ignorable w14 w15; zip with fixed timestamps")
SHAPE = ("the secretariat's Word form filled in: title, a guidance line, «Medlem» and «Kontaktperson» controls, then "
         "one repeating block per measure: a two-column table Navn på tiltaket / Delmål (drop-down «1.3 "
         "Karriereveiledning») / Type tiltak (six check boxes with the six types, one ☒) / Ansvarlig avdeling / "
         "Samarbeidspartnere / Hva ble gjort i 2091?; an empty partners control shows «Klikk eller trykk her for å "
         "skrive inn tekst.»; a last block left empty; one block for a course that ended last spring; the NFK seat "
         "named «Nasjonalt forum for karriereveiledning – Sametingets plass»")
NOT_TRUTH = ("the title, the guidance line, the Medlem and Kontaktperson controls, the labels, the Delmål drop-down "
             "texts and the check boxes (they give delmål and type), the placeholder texts, the block 'Sørsamisk for "
             "ansatte i kommunene' (ended last spring), the empty last block, the date and signature line")
SPLIT_FIELDS = ("samarbeidspartnere",)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."
CHOOSE = "Velg et element."
GREY = '<w:color w:val="808080"/>'
GUIDE = ("Rapporteringsår 2091. Fyll ut én blokk per tiltak. Trykk på plusstegnet nederst til høyre i en blokk for å "
         "legge til et nytt tiltak.")

DELMAL_LIST = [
    ("1.1", "1.1 Kunnskap om kompetansebehov (KBU)"), ("1.2", "1.2 Regionalt ansvar og samarbeid"),
    ("1.3", "1.3 Karriereveiledning"), ("1.4", "1.4 Samarbeid utdanning–arbeidsliv"),
    ("2.1", "2.1 Digital kompetanse"), ("2.2", "2.2 Kunnskap om læring i arbeidslivet"),
    ("2.3", "2.3 Yrkesfaglige karrierer"), ("2.4", "2.4 Etter- og videreutdanning"),
    ("2.5", "2.5 Dokumentere kompetanse"), ("2.6", "2.6 Utenlandsk utdanning"),
    ("3.1", "3.1 Fleksibel opplæring for voksne"), ("3.2", "3.2 Kompetansepluss"),
    ("3.3", "3.3 Arbeidsmarkeds- og integreringspolitikk"), ("3.4", "3.4 Norskopplæring og kvalifisering"),
    ("3.5", "3.5 Navs opplæringstilbud"), ("3.6", "3.6 Læring i frivillig sektor"),
]

# name, dm, type, ansvarlig, partners, text, seed, truth?
BLOCKS = [
    ("Nasjonalt forum for karriereveiledning – Sametingets plass", "1.3", RAD, "Opplæringsavdelingen", "",
     "Sametinget har en fast plass i forumet. I 2091 la vi fram et forslag om at samisk språk og kultur skal inngå i "
     "kvalitetsrammeverket for karriereveiledning.", "M01", True),
    ("Samisk karriereveiledning på nett", "1.3", INFO, "Opplæringsavdelingen",
     "Karriere Troms og Finnmark, Karriere Nordland",
     "En nettbasert veiledningstjeneste på nordsamisk, lulesamisk og sørsamisk, åpnet i april. Veilederne hadde 380 "
     "samtaler i 2091.", None, True),
    ("Fagbrev i reindrift for voksne", "3.1", KURS, "Næringsavdelingen",
     "Samisk videregående skole og reindriftsskole",
     "Voksne reindriftsutøvere fikk tilbud om opplæring fram mot fagbrev i reindriftsfaget, lagt opp etter "
     "flyttesesongene. 24 deltakere.", None, True),
    ("Utredning om språkkompetanse i samiske kommuner", "1.1", FOU, "Analyseenheten", "Sámi allaskuvla",
     "Sámi allaskuvla har på oppdrag fra Sametinget kartlagt hvilke stillinger i kommunene i forvaltningsområdet for "
     "samisk språk som krever samisk språkkompetanse.", None, True),
    ("Seminar om rekruttering til duodji og samisk reiseliv", "2.3", ARR, "Næringsavdelingen", "Innovasjon Norge",
     "Et seminar i Karasjok for ungdom, bedrifter og skoler om fagbrev og læreplasser i duodji og samisk reiseliv. "
     "120 deltok.", None, True),
    ("Sørsamisk for ansatte i kommunene", "2.4", KURS, "Språkavdelingen", "",
     "Kurset ble avsluttet i fjor vår, og kommunene gir nå opplæringen selv.", "", False),
]


class _Ids:
    def __init__(self, start: int):
        self.n = start

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r>'


def _text_ctl(ids, alias: str, value: str, multiline: bool = False) -> str:
    ml = ' w:multiLine="1"' if multiline else ""
    if value:
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{xml_esc(alias)}"/><w:tag w:val="{xml_esc(alias.lower())}"/>'
                f'<w:id w:val="{ids()}"/><w:text{ml}/></w:sdtPr><w:sdtContent>{_r(value)}</w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{xml_esc(alias)}"/><w:tag w:val="{xml_esc(alias.lower())}"/>'
            f'<w:id w:val="{ids()}"/><w:showingPlcHdr/><w:text{ml}/></w:sdtPr><w:sdtContent>'
            f'{_r(PLACEHOLDER, GREY)}</w:sdtContent></w:sdt>')


def _dropdown(ids, dm: str | None) -> str:
    items = [f'<w:listItem w:displayText="{CHOOSE}" w:value=""/>'] + [
        f'<w:listItem w:displayText="{xml_esc(t)}" w:value="{v}"/>' for v, t in DELMAL_LIST]
    if dm:
        shown = dict(DELMAL_LIST)[dm]
        return (f'<w:sdt><w:sdtPr><w:alias w:val="Delmål"/><w:tag w:val="delmal"/><w:id w:val="{ids()}"/>'
                f'<w:dropDownList w:lastValue="{dm}">{"".join(items)}</w:dropDownList></w:sdtPr>'
                f'<w:sdtContent>{_r(shown)}</w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="Delmål"/><w:tag w:val="delmal"/><w:id w:val="{ids()}"/>'
            f'<w:showingPlcHdr/><w:dropDownList>{"".join(items)}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent>{_r(CHOOSE, GREY)}</w:sdtContent></w:sdt>')


def _checkbox(ids, checked: bool, label: str) -> str:
    glyph = "☒" if checked else "☐"
    font = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
    return (f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:sdt><w:sdtPr><w:id w:val="{ids()}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent>{_r(glyph, font)}</w:sdtContent></w:sdt>' + _r(" " + label) + "</w:p>")


def _cell(width: int, inner: str, shade: bool = False) -> str:
    sh = '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{sh}</w:tcPr>{inner}</w:tc>'


def _label(text: str) -> str:
    return '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>' + _r(text, "<w:b/>") + "</w:p>"


def _ctlpara(ctl: str) -> str:
    return f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{ctl}</w:p>'


def _block(ids, b) -> str:
    if b is None:
        name = dm = ty = ans = med = txt = None
    else:
        name, dm, ty, ans, med, txt, _seed, _truth = b
    rows = [
        ("Navn på tiltaket", _ctlpara(_text_ctl(ids, "Navn på tiltaket", name or ""))),
        ("Delmål", _ctlpara(_dropdown(ids, dm))),
        ("Type tiltak", "".join(_checkbox(ids, t == ty, t) for t in TYPES)),
        ("Ansvarlig avdeling", _ctlpara(_text_ctl(ids, "Ansvarlig", ans or ""))),
        ("Samarbeidspartnere", _ctlpara(_text_ctl(ids, "Samarbeidspartnere", med or ""))),
        ("Hva ble gjort i 2091?", _ctlpara(_text_ctl(ids, "Beskrivelse", txt or "", multiline=True))),
    ]
    trs = "".join(f"<w:tr>{_cell(2700, _label(lab), True)}{_cell(6326, inner)}</w:tr>" for lab, inner in rows)
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9026" w:type="dxa"/>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2700"/>'
           f'<w:gridCol w:w="6326"/></w:tblGrid>{trs}</w:tbl>')
    return (f'<w:sdt><w:sdtPr><w:id w:val="{ids()}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>'
            f'{tbl}<w:p/></w:sdtContent></w:sdt>')


def document_xml() -> str:
    ids = _Ids(1482019000)
    body = [
        '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + _r("Rapporteringsskjema – Kompetansepolitisk råd")
        + "</w:p>",
        f'<w:p>{_r(GUIDE)}</w:p>',
        "<w:p>" + _r("Medlem: ", "<w:b/>") + _text_ctl(ids, "Medlem", "Sámediggi – Sametinget") + "</w:p>",
        "<w:p>" + _r("Kontaktperson: ", "<w:b/>")
        + _text_ctl(ids, "Kontaktperson", "Áile Somby, rådgiver i opplæringsavdelingen") + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + _r("Tiltak") + "</w:p>",
    ]
    items = "".join(_block(ids, b) for b in BLOCKS) + _block(ids, None)
    body.append(f'<w:sdt><w:sdtPr><w:alias w:val="Tiltak"/><w:tag w:val="tiltak"/><w:id w:val="{ids()}"/>'
                f'<w15:repeatingSection/></w:sdtPr><w:sdtContent>{items}</w:sdtContent></w:sdt>')
    body.append("<w:p>" + _r("Kárášjohka/Karasjok, 15. januar 2092") + "</w:p>")
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
                'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:w14="{W14}" xmlns:w15="{W15}" xmlns:mc="{MC}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" mc:Ignorable="w14 w15">'
            f'<w:body>{"".join(body)}</w:body></w:document>')


def build(out) -> list[dict]:
    import datetime as dt
    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Áile Somby"
    cp.title = "Rapporteringsskjema – Kompetansepolitisk råd"
    cp.created = dt.datetime(2092, 1, 14, 9, 0, 0)
    cp.modified = dt.datetime(2092, 1, 15, 13, 40, 0)
    cp.revision = 4
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    entries = []
    for name, data in items:
        if name == "word/document.xml":
            data = document_xml().encode("utf-8")
        entries.append((name, data, True))
    write_zip(out / FILENAME, entries)
    return [row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt)
            for name, dm, ty, ans, med, txt, seed, truth in BLOCKS if truth]


def text(path) -> str:
    return docx_text_deep(path)
