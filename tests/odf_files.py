"""OpenDocument files with embedded objects, written as LibreOffice writes them: a package's «Object 1/» folder named
by a frame's «./Object 1» and typed in the manifest, a preview picture in «ObjectReplacements/», or a flat file's
`office:document` inside the frame."""

from __future__ import annotations

import io
import zipfile
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from PIL import Image

ODF = "application/vnd.oasis.opendocument."
SHEET, TEXT, CHART = f"{ODF}spreadsheet", f"{ODF}text", f"{ODF}chart"
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
       'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
       'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
       'xmlns:xlink="http://www.w3.org/1999/xlink"')
_BODY = {SHEET: "spreadsheet", TEXT: "text", CHART: "chart", f"{ODF}presentation": "presentation"}


def frame(storage: str = "", name: str = "Objekt1", inline: str = "") -> str:
    """A frame showing an object: one the package holds at `storage`, or a flat file's document `inline`."""
    if inline:
        return f'<draw:frame draw:name={quoteattr(name)}><draw:object>{inline}</draw:object><draw:image/></draw:frame>'
    return (f'<draw:frame draw:name={quoteattr(name)} svg:width="17cm" svg:height="6cm">'
            f'<draw:object xlink:href={quoteattr("./" + storage)} xlink:type="simple" xlink:show="embed"/>'
            f'<draw:image xlink:href={quoteattr("./ObjectReplacements/" + storage)} xlink:type="simple"/></draw:frame>')


def sheet_body(rows: Sequence[Sequence[str]], name: str = "Tiltak", frames: str = "") -> str:
    """A spreadsheet's body: one sheet of string cells, and frames standing on it."""
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' if c else
        "<table:table-cell/>" for c in row) + "</table:table-row>" for row in rows)
    shapes = f"<table:shapes>{frames}</table:shapes>" if frames else ""
    return f'<office:spreadsheet><table:table table:name={quoteattr(name)}>{shapes}{cells}</table:table></office:spreadsheet>'


def text_body(*parts: str) -> str:
    """A text document's body: each part a paragraph, or a frame in a paragraph of its own."""
    return "<office:text>" + "".join(f"<text:p>{p if p.startswith('<draw:frame') else escape(p)}</text:p>"
                                     for p in parts) + "</office:text>"


def slides_body(*frames: str) -> str:
    return "<office:presentation>" + "".join(f'<draw:page draw:name="Lysbilde {n}">{f}</draw:page>'
                                            for n, f in enumerate(frames, 1)) + "</office:presentation>"


def content(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.3">'
            f"<office:body>{body}</office:body></office:document-content>")


def inline(kind: str, body: str) -> str:
    """A document inside a flat file's frame, as LibreOffice saves an object there."""
    return f'<office:document {_NS} office:version="1.3" office:mimetype={quoteattr(kind)}><office:body>{body}</office:body></office:document>'


def flat(kind: str, body: str) -> bytes:
    """A flat OpenDocument file (.fodt, .fods)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3" '
            f'office:mimetype={quoteattr(kind)}><office:body>{body}</office:body></office:document>').encode()


def _preview() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 300), "white").save(out, format="PNG")
    return out.getvalue()


def package(kind: str, body: str, objects: dict[str, tuple[str, str | None]]) -> bytes:
    """An ODF package: its body, and each object at its storage as (media type, content.xml or None for none)."""
    files = [("content.xml", content(body)), ("styles.xml", f'<office:document-styles {_NS} office:version="1.3"/>')]
    entries = [("/", kind), ("content.xml", "text/xml"), ("styles.xml", "text/xml")]
    for storage, (media, xml) in objects.items():
        entries.append((f"{storage}/", media))
        if xml is not None:
            files.append((f"{storage}/content.xml", xml))
            entries.append((f"{storage}/content.xml", "text/xml"))
        parent, _, leaf = storage.rpartition("/")  # a nested object's preview is its document's
        preview = f"{parent}{'/' if parent else ''}ObjectReplacements/{leaf}"
        files.append((preview, _preview()))
        entries.append((preview, "image/png"))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                + "".join(f'<manifest:file-entry manifest:full-path={quoteattr(p)} manifest:media-type={quoteattr(m)}/>'
                          for p, m in entries) + "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), kind, zipfile.ZIP_STORED)
        for name, data in files:
            z.writestr(name, data)
        z.writestr("META-INF/manifest.xml", manifest)
    return out.getvalue()


def chart() -> str:
    """A chart object's content: its data in a table of its own, which is no table of tiltak."""
    return content('<office:chart><chart:chart><table:table table:name="local-table"><table:table-row>'
                   '<table:table-cell office:value-type="string"><text:p>Tiltak</text:p></table:table-cell>'
                   '</table:table-row></table:table></chart:chart></office:chart>')
