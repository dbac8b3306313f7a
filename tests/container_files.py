"""Files in the shapes their programs write them, built in code: a Word report, a 7z archive as py7zr (7-Zip's
format) packs it, a Safari web archive, an opaque-signed S/MIME e-mail and a LibreOffice Base database."""

from __future__ import annotations

import io
from typing import Sequence

import docx

HEADER = ("Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere")


def docx_report(title: str, rows: Sequence[Sequence[str]]) -> bytes:
    """A member's Word report: a heading, a sentence and a table of tiltak under HEADER."""
    d = docx.Document()
    d.add_heading(title, 1)
    d.add_paragraph("Tabellen viser tiltakene vi har gjennomført i året.")
    table = d.add_table(rows=0, cols=len(HEADER))
    for row in (HEADER, *rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def seven_zip(files: dict[str, bytes], password: str | None = None, header_compressed: bool = True,
              bcj: bool = False) -> bytes:
    """A 7z archive of `files`, solid LZMA2 (after the x86 BCJ filter with `bcj`), its header compressed or plain as
    7-Zip's «-mhc=on/off» writes it; with a password, AES-encrypted with its names too."""
    import py7zr

    filters = [{"id": py7zr.FILTER_LZMA2, "preset": 7}]
    if bcj:
        filters.insert(0, {"id": py7zr.FILTER_X86})
    if password:
        filters.append({"id": py7zr.FILTER_CRYPTO_AES256_SHA256})
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", filters=filters, password=password, header_encryption=bool(password)) as z:
        if not password:
            z.set_encoded_header_mode(header_compressed)
        for name, data in files.items():
            z.writestr(data, name)
    return out.getvalue()


def web_archive(page: str, encoding: str = "UTF-8", frames: Sequence[str] = (), binary: bool = True,
                url: str = "https://www.example.no/rapport-2087") -> bytes:
    """A page as Safari saves it («Nettarkiv»): a property list of the page's bytes in `encoding`, its style sheet and
    a picture as subresources, and each of `frames` as a web archive of its own."""
    import plistlib

    def resource(data: bytes, kind: str, address: str, encoding: str = "") -> dict[str, object]:
        item: dict[str, object] = {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceURL": address}
        if encoding:
            item["WebResourceTextEncodingName"] = encoding
        return item

    def archive(markup: str, address: str, subframes: Sequence[str]) -> dict[str, object]:
        return {"WebMainResource": {**resource(markup.encode(encoding), "text/html", address, encoding),
                                    "WebResourceFrameName": ""},
                "WebSubresources": [resource(b"body { font-family: Arial }", "text/css", f"{address}/site.css"),
                                    resource(b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png", f"{address}/logo.png")],
                **({"WebSubframeArchives": [archive(f, f"{address}/ramme{n}", ()) for n, f in enumerate(subframes)]}
                   if subframes else {})}

    return plistlib.dumps(archive(page, url, frames), fmt=plistlib.FMT_BINARY if binary else plistlib.FMT_XML)


def _signer():  # type: ignore[no-untyped-def]
    """A member's certificate, made up on the spot (self-signed): the reader never checks it."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kari Nordmann"),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, "kari@medlem.example.no")])
    now = datetime.datetime(2087, 1, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=365))
            .sign(key, hashes.SHA256()))
    return cert, key


def signed_message(entity: bytes, der: bool = False, kind: str = "application/pkcs7-mime") -> bytes:
    """`entity` (a MIME entity) signed opaquely as Outlook signs it: S/MIME («application/pkcs7-mime;
    smime-type=signed-data», base64; Thunderbird names it «application/x-pkcs7-mime») or, with `der`, the bare signed
    data of a «smime.p7m» file. cryptography signs with the content inside (no DetachedSignature) but wraps only
    clear-signed messages in MIME, so the opaque wrapper is written here."""
    import base64

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert, key = _signer()
    data = pkcs7.PKCS7SignatureBuilder().set_data(entity).add_signer(cert, key, hashes.SHA256()).sign(
        serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    if der:
        return data
    lines = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (f'MIME-Version: 1.0\r\nContent-Type: {kind}; smime-type=signed-data; name="smime.p7m"\r\n'
            'Content-Disposition: attachment; filename="smime.p7m"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            ).encode() + lines


def encrypted_message(entity: bytes) -> bytes:
    """`entity` encrypted for the secretariat's certificate (S/MIME enveloped-data)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert, _ = _signer()
    return pkcs7.PKCS7EnvelopeBuilder().set_data(entity).add_recipient(cert).encrypt(serialization.Encoding.SMIME, [])


def envelope(headers: dict[str, str], body: bytes) -> bytes:
    """An e-mail as saved (.eml): `headers` over a body that brings its own MIME headers."""
    return "".join(f"{k}: {v}\r\n" for k, v in headers.items()).encode() + body.replace(b"\r\n", b"\n").replace(
        b"\n", b"\r\n")


ODB_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:db="urn:oasis:names:tc:opendocument:xmlns:database:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" \
office:version="1.2"><office:body><office:database><db:data-source>\
<db:connection-resource xlink:href="{href}"/><db:driver-settings/>\
<db:application-connection-settings db:is-table-name-length-limited="false"/></db:data-source>\
</office:database></office:body></office:document-content>"""


def odb_bytes(script: str, href: str = "sdbc:embedded:hsqldb", data: bytes = b"", firebird: bool = False) -> bytes:
    """A LibreOffice Base file as Base 7 writes it: the mimetype first and stored, content.xml naming the data source,
    the embedded HSQLDB's «database/script» (and its binary «database/data» where given)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.base")
        z.writestr("content.xml", ODB_CONTENT.format(href=href))
        z.writestr("settings.xml", '<?xml version="1.0" encoding="UTF-8"?><office:document-settings '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        if firebird:
            z.writestr("database/firebird.fbk", bytes(256))
        elif href == "sdbc:embedded:hsqldb":
            z.writestr("database/script", script)
            z.writestr("database/properties", "#HSQL Database Engine 1.8.0.10\nversion=1.8.0\nmodified=no\n")
            if data:
                z.writestr("database/data", data)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.oasis.opendocument.base"/></manifest:manifest>')
    return out.getvalue()
