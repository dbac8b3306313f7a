"""Builds the hostile and broken PDFs of this folder: each one a way a PDF has hung, flooded or confused a reader.

    python tests/parsers/documents/hostile/pdf/build.py     # rewrites every file here

Each file is written object by object, so it says exactly what is wrong with it; each is under 50 KB.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
A4 = b"[0 0 595 842]"


def pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file of numbered objects (1, 2, ...) with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_page(parent: int, contents: int, font: int, extra: bytes = b"") -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> %s>>"
            % (parent, A4, contents, font, extra))


def line_of_text(text: str, y: int = 760) -> bytes:
    return b"BT /F1 12 Tf 60 %d Td (%s) Tj ET" % (y, text.encode("latin-1"))


def one_page(content: bytes, count: bytes = b"1", kids: bytes = b"3 0 R", page: bytes | None = None,
             more: tuple[bytes, ...] = ()) -> bytes:
    """Catalog (1), page tree (2), page (3), its content stream (4), Helvetica (5), then `more` (6, ...)."""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %s >>" % (kids, count),
        page or text_page(2, 4, 5),
        content,
        FONT,
        *more,
    ])


def count_loop() -> bytes:
    """The page tree's /Count is a reference to itself: following it never ends (hung pdfminer forever)."""
    return one_page(stream(line_of_text("Tiltak i en fil med en referansesløyfe")), count=b"6 0 R", more=(b"6 0 R",))


def page_count_fuzzed() -> bytes:
    """One page, but the page tree claims 9,999,999,999 (a fuzzed file was reported with that many pages)."""
    return one_page(stream(line_of_text("Den eneste siden")), count=b"9999999999")


def kids_loop() -> bytes:
    """A page tree whose node lists itself among its kids, beside one real page."""
    return one_page(stream(line_of_text("Siden i et sidetre som peker på seg selv")), count=b"2", kids=b"3 0 R 2 0 R")


def form_loop() -> bytes:
    """A form XObject that draws itself: nesting without end unless the reader stops it."""
    form = stream(b"0 0 m 100 0 l S /X1 Do", b" /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                  b"/Resources << /XObject << /X1 6 0 R >> >>")
    page = text_page(2, 4, 5, b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> ")
    return one_page(stream(line_of_text("Et skjema som tegner seg selv") + b" /X1 Do"), page=page, more=(form,))


def unknown_filter() -> bytes:
    """A content stream compressed with a filter no reader knows ("Unknown filter" reached the user)."""
    return one_page(stream(b"\x00\x01garbage", b" /Filter /NoSuchDecode"))


def bad_ascii85() -> bytes:
    """A content stream said to be ASCII85 with characters ASCII85 has not ("Non-Ascii85 digit found")."""
    return one_page(stream(b"87cURD]i,\"Ebo80{|}~~>", b" /Filter /ASCII85Decode"))


def media_box_of_names() -> bytes:
    """A page whose MediaBox holds names and a reference, not numbers (its repr reached the user)."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [/Water 32 0 /Off 5 0 R] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>")
    return one_page(stream(line_of_text("Tekst på en side uten gyldig størrelse")), page=page)


# Characters per page and pages of the flood: 3.2 million characters in all (took 221 s and 1.5 GB).
FLOOD_CHARS = 200_000
FLOOD_PAGES = 16


def text_flood() -> bytes:
    """Sixteen pages of 200,000 characters each in tiny type, compressed to a few KB."""
    row = ("tiltak " * 143)[:1000].encode()
    lines = [b"BT /F1 0.5 Tf 0.6 TL 20 820 Td"] + [b"(%s) '" % row] * (FLOOD_CHARS // len(row)) + [b"ET"]
    content = stream(b"\n".join(lines), compress=True)
    kids = b" ".join(b"%d 0 R" % (4 + k) for k in range(FLOOD_PAGES))
    pages = [text_page(2, 3, 4 + FLOOD_PAGES) for _ in range(FLOOD_PAGES)]
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, FLOOD_PAGES),
                content, *pages, FONT])


def scan_without_page_type(size: tuple[int, int] = (620, 120)) -> bytes:
    """A scanned page (a picture of text, no text layer) whose page dictionaries lack /Type: pdfminer finds 0 pages."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("L", size, 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=40)
    draw.text((20, 30), "Kompetansereform 2018", fill=0, font=font)
    image = stream(picture.tobytes(), b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8" % size, compress=True)
    width, height = size[0] * 72 // 200, size[1] * 72 // 200  # drawn at 200 dpi
    draw_it = stream(b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (width, height))
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Kids [3 0 R] /Count 1 >>",
        b"<< /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>"
        % (width, height),
        draw_it,
        image,
    ])


BUILDERS: dict[str, Callable[[], bytes]] = {
    "count_loop.pdf": count_loop,
    "page_count_fuzzed.pdf": page_count_fuzzed,
    "kids_loop.pdf": kids_loop,
    "form_loop.pdf": form_loop,
    "text_flood.pdf": text_flood,
    "unknown_filter.pdf": unknown_filter,
    "bad_ascii85.pdf": bad_ascii85,
    "media_box_of_names.pdf": media_box_of_names,
    "scan_without_page_type.pdf": scan_without_page_type,
}


def main() -> None:
    for name, build in BUILDERS.items():
        data = build()
        assert len(data) < 50_000, f"{name} is {len(data)} bytes"
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
