"""YS: an Excel binary workbook (.xlsb), as Excel writes it when a member saves with «Excel-binær arbeidsbok»: the
workbook, sheet, styles and shared strings are BIFF12 record streams (.bin parts) inside the OPC zip, not XML. The
content is an ordinary list: title, header, one row per activity with YS' kind words. A conference moved to May 2097
is told only in words."""
from __future__ import annotations

import struct
import zipfile

from .common import INFO, KURS, RAD, lines_needed, row, zip_entries

FILENAME = "YS_KPR_2096.xlsb"
MEMBER = "YS"
FORMAT = ("XLSB (Excel binary workbook, hand-written BIFF12 records: xl/workbook.bin with BrtFileVersion, BrtWbProp, "
          "book view and sheet bundle; xl/worksheets/sheet1.bin with BrtWsDim, column infos, row headers and "
          "BrtCellIsst cells; xl/styles.bin with fonts, fills, borders and wrapped XFs; xl/sharedStrings.bin; XML "
          "content types, relationships and docProps); fixed zip timestamps")
SHAPE = ("ordinary Excel list in binary form: title in row 1, a sending line in row 2, header on row 4 Aktivitet / "
         "Hva YS gjorde / Delmål / Aktivitetsform / Ansvarlig forbund / Samarbeidspartnere (bold on a yellow fill), "
         "wrapped text and stored row heights; delmål as a plain code in a text cell; YS' kind words (Utvalgsplass, "
         "Rådsplass, Informasjonsturné, Kurs, Kampanje); the KBU seat «Kompetansebehovsutvalget (KBU) – YS-plassen» "
         "and the FSR seat «Nasjonalt fagskoleråd – YS' representant»; a conference moved to May 2097 told only in "
         "words")
NOT_TRUTH = ("the title and the sending line, the header, the Delmål and Aktivitetsform cells, row 10 "
             "'YS-konferansen om voksnes læring' (moved to May 2097)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Aktivitet", "Hva YS gjorde", "Delmål", "Aktivitetsform", "Ansvarlig forbund", "Samarbeidspartnere"]
WIDTHS = [38, 58, 8, 17, 20, 24]
# name, hva, dm, form, ansvar, partnere, seed, type
ROWS = [
    ("Kompetansebehovsutvalget (KBU) – YS-plassen",
     "YS' utredningssjef var medlem av utvalget. YS la fram egne tall om behovet for fagarbeidere i transport og "
     "logistikk.", "1.1", "Utvalgsplass", "YS sekretariatet", "", "M04", RAD),
    ("Nasjonalt fagskoleråd – YS' representant",
     "Parat har YS' plass i rådet. Rådet ga i 2096 råd om en ny finansieringsmodell for fagskolene.", "2.4",
     "Rådsplass", "Parat", "", "M06", RAD),
    ("YS-forbundene med på Fagbrevbussen",
     "Tillitsvalgte fra Delta og Parat var med bussen på tolv arbeidsplasser og fortalte om fagbrev på jobb.", "3.1",
     "Informasjonsturné", "Delta", "Parat, HK-dir", "J01", INFO),
    ("Kurs i kompetansekartlegging for tillitsvalgte",
     "Tre kursdager for tillitsvalgte om hvordan de kan kartlegge kompetansebehov på arbeidsplassen. 210 deltok.",
     "2.2", "Kurs", "YS sekretariatet", "Folkeuniversitetet", None, KURS),
    ("Kampanje om opplæring for permitterte",
     "Informasjon til permitterte medlemmer i luftfart og reiseliv om opplæring de kan ta mens de er permittert, i "
     "medlemsbladene og på nett.", "3.3", "Kampanje", "Parat", "NAV", None, INFO),
    ("YS-konferansen om voksnes læring",
     "Konferansen er flyttet til mai 2097.", "2.2", "Konferanse", "YS sekretariatet", "", "", None),
]


# ---------------------------------------------------------------- BIFF12 records
def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _rec(kind: int, payload: bytes = b"") -> bytes:
    return _varint(kind) + _varint(len(payload)) + payload


def _wstr(s: str) -> bytes:
    b = s.encode("utf-16-le")
    return struct.pack("<I", len(b) // 2) + b


def _color(rgb: str | None = None, theme: int | None = None) -> bytes:
    if theme is not None:
        return bytes([0x06, theme]) + b"\0" * 6
    if rgb is None:
        return b"\0" * 8
    return bytes([0x05, 0, 0, 0, int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), 0xFF])


def _font(size: float, bold: bool = False, name: str = "Calibri") -> bytes:
    return (struct.pack("<HHHH", int(size * 20), 0, 0x2BC if bold else 0x190, 0) + bytes([0, 2, 0, 0])
            + _color(theme=1) + bytes([2]) + _wstr(name))


def _fill(pattern: int, rgb: str | None = None) -> bytes:
    return struct.pack("<I", pattern) + _color(rgb) + _color() + b"\0" * 48


def _xf(font: int, fill: int, flags: int, atr: int, parent: int = 0) -> bytes:
    return struct.pack("<HHHHHBBHBB", parent, 0, font, fill, 0, 0, 0, flags, atr, 0)


def _styles() -> bytes:
    b = _rec(0x116)
    b += _rec(0x263, struct.pack("<I", 3)) + _rec(0x2B, _font(11)) + _rec(0x2B, _font(11, True)) + \
        _rec(0x2B, _font(14, True)) + _rec(0x264)
    b += _rec(0x25B, struct.pack("<I", 3)) + _rec(0x2D, _fill(0)) + _rec(0x2D, _fill(17)) + \
        _rec(0x2D, _fill(1, "FFE699")) + _rec(0x25C)
    b += _rec(0x265, struct.pack("<I", 1)) + _rec(0x2E, b"\0" + b"\0" * 50) + _rec(0x266)
    b += _rec(0x272, struct.pack("<I", 1)) + _rec(0x2F, _xf(0, 0, 0x1000, 0, parent=0xFFFF)) + _rec(0x273)
    xfs = [_xf(0, 0, 0x1000, 0), _xf(0, 0, 0x1040, 0x10), _xf(1, 2, 0x1040, 0x1C), _xf(2, 0, 0x1000, 0x04)]
    b += _rec(0x269, struct.pack("<I", len(xfs))) + b"".join(_rec(0x2F, x) for x in xfs) + _rec(0x26A)
    b += _rec(0x26B, struct.pack("<I", 1)) + _rec(0x30, struct.pack("<IHBB", 0, 1, 0, 0xFF) + _wstr("Normal")) + \
        _rec(0x26C)
    return b + _rec(0x117)


def _sheet(cells, strings, heights) -> bytes:
    """cells: {(row, col): (text, xf)}."""
    last_row = max(r for r, _c in cells)
    last_col = max(c for _r, c in cells)
    b = _rec(0x81) + _rec(0x94, struct.pack("<IIII", 0, last_row, 0, last_col))
    b += _rec(0x186) + b"".join(_rec(0x3C, struct.pack("<IIIIH", i, i, int(w * 256), 0, 0x0002))
                                 for i, w in enumerate(WIDTHS)) + _rec(0x187)
    b += _rec(0x91)
    for r in range(last_row + 1):
        cols = sorted(c for rr, c in cells if rr == r)
        if not cols:
            continue
        h = heights.get(r, 15)
        b += _rec(0x00, struct.pack("<IIHBBB", r, 0, int(h * 20), 0, 0x20 if r in heights else 0, 0)
                  + struct.pack("<III", 1, cols[0], cols[-1]))
        for c in cols:
            text, xf = cells[(r, c)]
            b += _rec(0x07, struct.pack("<II", c, xf) + struct.pack("<I", strings.index(text)))
    return b + _rec(0x92) + _rec(0x82)


def _workbook(sheet_name: str) -> bytes:
    b = _rec(0x83)
    b += _rec(0x80, b"\0" * 16 + _wstr("xl") + _wstr("7") + _wstr("7") + _wstr("27328"))
    b += _rec(0x99, struct.pack("<II", 0, 166925) + _wstr("ThisWorkbook"))
    b += _rec(0x87) + _rec(0x9E, struct.pack("<iiIIIIIB", -120, -120, 29040, 17520, 600, 0, 0, 0x78)) + _rec(0x88)
    b += _rec(0x8F) + _rec(0x9C, struct.pack("<II", 0, 1) + _wstr("rId1") + _wstr(sheet_name)) + _rec(0x90)
    return b + _rec(0x84)


def _sst(strings, total) -> bytes:
    return (_rec(0x9F, struct.pack("<II", total, len(strings))) + b"".join(_rec(0x13, b"\0" + _wstr(s))
                                                                           for s in strings) + _rec(0xA0))


def build(out) -> list[dict]:
    cells = {(0, 0): ("YS – aktiviteter i kompetansestrategien 2096", 3),
             (1, 0): ("Sendt sekretariatet for Kompetansepolitisk råd 15. januar 2097", 0)}
    for c, h in enumerate(HEAD):
        cells[(3, c)] = (h, 2)
    heights = {3: 16}
    for i, vals in enumerate(ROWS):
        r = 4 + i
        for c, v in enumerate(vals[:6]):
            if v:
                cells[(r, c)] = (v, 1)
        heights[r] = 15 * max(lines_needed(v, w) for v, w in zip(vals[:6], WIDTHS)) + 2
    strings, total = [], 0
    for key in sorted(cells):
        total += 1
        if cells[key][0] not in strings:
            strings.append(cells[key][0])
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/>'
          '<Override PartName="/xl/styles.bin" ContentType="application/vnd.ms-excel.styles"/>'
          '<Override PartName="/xl/sharedStrings.bin" ContentType="application/vnd.ms-excel.sharedStrings"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.bin"/></Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'styles" Target="styles.bin"/>'
              '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'sharedStrings" Target="sharedStrings.bin"/>'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
              'worksheet" Target="worksheets/sheet1.bin"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Hanne Rustad</dc:creator><cp:lastModifiedBy>Hanne Rustad</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2097-01-08T08:31:12Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2097-01-15T09:02:44Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft '
           'Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector '
           'size="2" baseType="variant"><vt:variant><vt:lpstr>Regneark</vt:lpstr></vt:variant><vt:variant><vt:i4>1'
           '</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">'
           '<vt:lpstr>YS 2096</vt:lpstr></vt:vector></TitlesOfParts><Company>YS</Company><LinksUpToDate>false'
           '</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>'
           '16.0300</AppVersion></Properties>')
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.bin", _workbook("YS 2096")),
             ("xl/_rels/workbook.bin.rels", wbrels), ("xl/worksheets/sheet1.bin", _sheet(cells, strings, heights)),
             ("xl/styles.bin", _styles()), ("xl/sharedStrings.bin", _sst(strings, total)),
             ("docProps/core.xml", core), ("docProps/app.xml", app)]
    (out / FILENAME).write_bytes(zip_entries([(n, d, True) for n, d in parts], when=(2097, 1, 15, 9, 2, 44)))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, h) for n, h, dm, _f, a, p, seed, ty in ROWS if ty]


# ---------------------------------------------------------------- reading back
def records(data: bytes):
    i = 0
    while i < len(data):
        kind = shift = 0
        for _ in range(2):
            b = data[i]
            i += 1
            kind |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        size = shift = 0
        for _ in range(4):
            b = data[i]
            i += 1
            size |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        yield kind, data[i:i + size]
        i += size


def cells_of(path) -> dict[tuple[int, int], str]:
    with zipfile.ZipFile(path) as z:
        sst_bin, sheet_bin = z.read("xl/sharedStrings.bin"), z.read("xl/worksheets/sheet1.bin")
    strings = []
    for kind, p in records(sst_bin):
        if kind == 0x13:
            n = struct.unpack_from("<I", p, 1)[0]
            strings.append(p[5:5 + 2 * n].decode("utf-16-le"))
    out, r = {}, -1
    for kind, p in records(sheet_bin):
        if kind == 0x00:
            r = struct.unpack_from("<I", p, 0)[0]
        elif kind == 0x07:
            c, _xf, isst = struct.unpack_from("<III", p, 0)
            out[(r, c)] = strings[isst]
    return out


def text(path) -> str:
    cells = cells_of(path)
    rows = {}
    for (r, _c), v in sorted(cells.items()):
        rows.setdefault(r, []).append(v)
    return "\n".join("\t".join(v) for _r, v in sorted(rows.items()))

