"""Vestland fylkeskommune: a Nynorsk list exported from the county's old planning system as an Excel 5.0/95 workbook
(BIFF5): an OLE2 compound file with a «Book» stream (not «Workbook») whose cells are LABEL records in code page 1252
and NUMBER records, plus a SummaryInformation stream. A careers centre that opens in the autumn of 2098 is told only
in words."""
from __future__ import annotations

import datetime as dt
import struct

from .common import ARR, FOU, INFO, KURS, RAD, cfb_read, cfb_write, row

FILENAME = "Vestland fylkeskommune – tiltak KPR 2097.xls"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("XLS in the Excel 5.0/95 format (BIFF5), hand-written: an OLE2 compound file (version 3, 512-byte sectors, a "
          "mini stream) with a «Book» stream of BIFF5 records (BOF 0x0500, CODEPAGE 1252, WINDOW1, FONT, XF, STYLE, "
          "BOUNDSHEET, COLINFO, DIMENSIONS, ROW, LABEL with 8-bit text, NUMBER, WINDOW2, EOF) and a "
          "\\x05SummaryInformation property set with fixed dates")
SHAPE = ("Nynorsk export from the county's planning system: sheet «Tiltak2097», title in row 1, an extract line in row "
         "2 «Utskrift frå Tiltaksregisteret 13.01.2098», header on row 4 Tiltak / Skildring / Delmål / Type tiltak / "
         "Ansvarleg / Partnarar / Deltakarar; delmål as a plain code in a text cell; the number of participants as "
         "number cells (blank where not counted); the county's kind words "
         "(Forumplass, Kampanje, Opne dagar, Nettverk, Utdanningstilbod, Analyse); the NFK seat «Vestland sin plass i "
         "Nasjonalt forum for karriereveiledning»; the county's own campaign week named like the joint campaign "
         "(its own version, not the joint measure); a careers centre that opens in the autumn of 2098 told only in "
         "words")
NOT_TRUTH = ("the title and the extract line, the header, the Delmål, Type tiltak and Deltakarar cells, the row "
             "'Karrieresenter i Nordfjord' (opens in the autumn of 2098), the SummaryInformation stream")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, skildring, delmål, type tiltak, ansvarleg, partnarar, deltakarar, seed, type
ROWS = [
    ("Vestland sin plass i Nasjonalt forum for karriereveiledning",
     "Karriere Vestland representerte fylkeskommunane i forumet. I 2097 leidde vi arbeidsgruppa for digital "
     "karriererettleiing.", "1.3", "Forumplass", "Karriere Vestland", "", None, "M01", RAD),
    ("Voksenløftet 2097 i Vestland",
     "Fylkeskommunen spreidde kampanjen til vaksne utan fullført vidaregåande opplæring gjennom NAV-kontora, "
     "bibliotek og lokalaviser. 1 900 nye søkjarar til vaksenopplæringa.", "3.1", "Kampanje",
     "Avdeling for opplæring og kompetanse", "HK-dir, NAV Vestland, partane i arbeidslivet", None, "J01", INFO),
    ("Voksenløftet Vestland – fylket si eiga kampanjeveke",
     "Ei veke i oktober med opne dagar ved dei ti vaksenopplæringssentra i fylket. Veka er fylkeskommunen si eiga og "
     "er ikkje ein del av den nasjonale kampanjen.", "3.1", "Opne dagar", "Avdeling for opplæring og kompetanse",
     "kommunane", 1350, None, ARR),
    ("Kompetanseforum Vestland",
     "Regionalt nettverk der fylkeskommunen, partane, NAV og utdanningsinstitusjonane samordnar arbeidet med "
     "kompetansebehov. Fire møte i 2097.", "1.2", "Nettverk", "Avdeling for strategi og styring",
     "NHO Vestland, LO i Vestland, HVL, UiB, NAV Vestland", None, None, RAD),
    ("Fagskuletilbod i fornybar energi",
     "Nytt deltidstilbod på 60 studiepoeng ved Fagskulen Vestland for fagarbeidarar i kraft- og energibransjen. 48 "
     "studentar starta.", "2.4", "Utdanningstilbod", "Fagskulen Vestland", "Equinor, BKK", 48, None, KURS),
    ("Kartlegging av kompetansebehov i Sunnfjord",
     "Vestlandsforsking kartla kompetansebehova i 200 verksemder i Sunnfjord. Rapporten kom i november.", "2.2",
     "Analyse", "Avdeling for strategi og styring", "Vestlandsforsking", None, None, FOU),
    ("Karrieresenter i Nordfjord",
     "Senteret er vedteke og opnar hausten 2098.", "1.3", "Karrieresenter", "Karriere Vestland", "", None, "", None),
]

HEAD = ["Tiltak", "Skildring", "Delmål", "Type tiltak", "Ansvarleg", "Partnarar", "Deltakarar"]
WIDTHS = [38, 70, 8, 16, 30, 34, 11]
TITLE = "Vestland fylkeskommune – tiltak i kompetansestrategien 2097"
KEY = "Utskrift frå Tiltaksregisteret 13.01.2098"
SHEET = "Tiltak2097"
SAVED = dt.datetime(2098, 1, 13, 14, 2, 0)
CREATED = dt.datetime(2098, 1, 6, 9, 15, 0)


def _rec(rid: int, data: bytes) -> bytes:
    assert len(data) <= 2080
    return struct.pack("<HH", rid, len(data)) + data


def _s8(s: str) -> bytes:
    b = s.encode("cp1252")
    assert len(b) <= 255, s
    return b


def _font(height: int, bold: bool, italic: bool, name: str = "Arial") -> bytes:
    n = name.encode("cp1252")
    return _rec(0x0031, struct.pack("<HHHHHBBBB", height, 0x02 if italic else 0, 0x7FFF, 700 if bold else 400, 0, 0,
                                     0, 0, 0) + bytes([len(n)]) + n)


def _xf(font: int, style: bool, wrap=False, valign=2, fill=None, border=False) -> bytes:
    prot = 0xFFF5 if style else 0x0001
    align = (0x08 if wrap else 0) | (valign << 4)
    attrs = 0 if style else 0xF8
    fore, back, fls = (fill, 0x41, 1) if fill is not None else (0x40, 0x41, 0)
    dg = 1 if border else 0
    icv = 8 if border else 0
    w1 = fore | (back << 7) | (fls << 16) | (dg << 22) | (icv << 25)
    w2 = dg | (dg << 3) | (dg << 6) | (icv << 9) | (icv << 16) | (icv << 23)
    return _rec(0x00E0, struct.pack("<HHHBBII", font, 0, prot, align, attrs, w1, w2))


def _label(r: int, c: int, xf: int, s: str) -> bytes:
    b = _s8(s)
    return _rec(0x0204, struct.pack("<HHHH", r, c, xf, len(b)) + b)


def _number(r: int, c: int, xf: int, v: float) -> bytes:
    return _rec(0x0203, struct.pack("<HHHd", r, c, xf, v))


def _book() -> bytes:
    bof = lambda kind: _rec(0x0809, struct.pack("<HHHH", 0x0500, kind, 0x0DBB, 0x07CC))  # noqa: E731
    user = "Vestland fylkeskommune".encode("cp1252")
    glob = [bof(0x0005),
            _rec(0x005C, bytes([len(user)]) + user.ljust(31, b" ")),
            _rec(0x0042, struct.pack("<H", 1252)),
            _rec(0x003D, struct.pack("<HHHHHHHHH", 0x0168, 0x001E, 0x4A38, 0x2A30, 0x0038, 0, 0, 1, 0x0258)),
            _font(200, False, False), _font(200, True, False), _font(200, False, True), _font(200, False, False),
            _font(280, True, False)]                     # font index 4 is never used in BIFF; this one is index 5
    glob += [_xf(0, True) for _ in range(15)]
    glob += [_xf(0, False),                                              # 15 default cell
             _xf(1, False, wrap=True, valign=1, fill=0x16, border=True),  # 16 header
             _xf(0, False, wrap=True, valign=0, border=True),             # 17 body text
             _xf(5, False),                                               # 18 title
             _xf(2, False),                                               # 19 key line
             _xf(0, False, valign=0, border=True)]                        # 20 body number
    glob.append(_rec(0x0293, struct.pack("<HBB", 0x8000, 0, 0xFF)))
    name = SHEET.encode("cp1252")
    bound_len = 4 + 4 + 2 + 1 + len(name)
    eof = _rec(0x000A, b"")
    head_len = sum(len(x) for x in glob) + bound_len + len(eof)
    glob.append(_rec(0x0085, struct.pack("<IBB", head_len, 0, 0) + bytes([len(name)]) + name))
    glob.append(eof)

    cells = [_label(0, 0, 18, TITLE), _label(1, 0, 19, KEY)]
    cells += [_label(3, c, 16, h) for c, h in enumerate(HEAD)]
    rows_ = [_rec(0x0208, struct.pack("<HHHHHHHH", 0, 0, 1, 360, 0, 0, 0x0140, 15)),
             _rec(0x0208, struct.pack("<HHHHHHHH", 3, 0, len(HEAD), 270, 0, 0, 0x0140, 15))]
    for i, (n, sk, dm, ty_word, ans, par, deltakarar, *_r) in enumerate(ROWS):
        r = 4 + i
        lines = max(1, -(-len(sk) // 64), -(-len(n) // 34), -(-len(par) // 31))
        rows_.append(_rec(0x0208, struct.pack("<HHHHHHHH", r, 0, len(HEAD), 255 * lines + 30, 0, 0, 0x0140, 15)))
        cells += [_label(r, 0, 17, n), _label(r, 1, 17, sk), _label(r, 2, 17, dm), _label(r, 3, 17, ty_word),
                  _label(r, 4, 17, ans)]
        if par:
            cells.append(_label(r, 5, 17, par))
        if deltakarar is not None:
            cells.append(_number(r, 6, 20, float(deltakarar)))
    sheet = [bof(0x0010), _rec(0x0055, struct.pack("<H", 8))]
    sheet += [_rec(0x007D, struct.pack("<HHHHHH", c, c, w * 256, 15, 0, 0)) for c, w in enumerate(WIDTHS)]
    sheet.append(_rec(0x0200, struct.pack("<HHHHH", 0, 4 + len(ROWS), 0, len(HEAD), 0)))
    sheet += rows_ + cells
    sheet.append(_rec(0x023E, struct.pack("<HHHI", 0x06B6, 0, 0, 0)))
    sheet.append(eof)
    book = b"".join(glob) + b"".join(sheet)
    return book


def _filetime(t: dt.datetime) -> int:
    return int((t - dt.datetime(1601, 1, 1)).total_seconds()) * 10_000_000


def _summary() -> bytes:
    props = [(1, 0x0002, struct.pack("<hxx", 1252))]
    for pid, s in ((2, "Tiltak i kompetansestrategien 2097"), (4, "Vestland fylkeskommune"),
                   (8, "Vestland fylkeskommune"), (0x12, "Microsoft Excel")):
        b = s.encode("cp1252") + b"\0"
        props.append((pid, 0x001E, struct.pack("<I", len(b)) + b.ljust(-(-len(b) // 4) * 4, b"\0")))
    props += [(0x0C, 0x0040, struct.pack("<Q", _filetime(CREATED))), (0x0D, 0x0040, struct.pack("<Q", _filetime(SAVED)))]
    off = 8 + 8 * len(props)
    index, values = b"", b""
    for pid, vt, data in props:
        index += struct.pack("<II", pid, off + len(values))
        values += struct.pack("<HH", vt, 0) + data
    section = struct.pack("<II", 8 + len(index) + len(values), len(props)) + index + values
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020004, b"\0" * 16, 1) + fmtid + struct.pack("<I", 48) + section


def build(out) -> list[dict]:
    data = cfb_write([("Book", _book()), ("\x05SummaryInformation", _summary())], mtime=_filetime(SAVED))
    (out / FILENAME).write_bytes(data)
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p, s) for n, s, dm, _t, a, p, _d, seed, ty in ROWS if ty]


def cells_of(path) -> list[tuple[int, int, object]]:
    """(row, col, value) of every LABEL and NUMBER record in the Book stream."""
    book = cfb_read(open(path, "rb").read())["Book"]
    out, i = [], 0
    while i + 4 <= len(book):
        rid, ln = struct.unpack_from("<HH", book, i)
        body = book[i + 4:i + 4 + ln]
        if rid == 0x0204:
            r, c, _xf, n = struct.unpack_from("<HHHH", body)
            out.append((r, c, body[8:8 + n].decode("cp1252")))
        elif rid == 0x0203:
            r, c, _xf, v = struct.unpack_from("<HHHd", body)
            out.append((r, c, v))
        i += 4 + ln
    return out


def text(path) -> str:
    rows_: dict[int, dict[int, object]] = {}
    for r, c, v in cells_of(path):
        rows_.setdefault(r, {})[c] = v
    return "\n".join("\t".join(str(rows_[r].get(c, "")) for c in range(len(HEAD))) for r in sorted(rows_))
