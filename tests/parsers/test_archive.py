"""Office files are ZIPs of XML: limits on what they unpack to, and XML entities that are never expanded."""

from __future__ import annotations

import os
import time
import zipfile

import docx
import openpyxl
import openpyxl.xml
import pytest

from parsers import archive
from parsers.convert import parse_ods
from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from parsers.xlsx import parse_xlsx
from tiltak_core.errors import DamagedFile, TooLarge, UnsafeContent

MB = 1024 * 1024


def _docx(path, text="Rapportering 2018 – LO"):
    d = docx.Document()
    d.add_paragraph(text)
    d.save(path)
    return path


def _with_member(source, target, name, size=None, data=None):
    """A copy of an Office ZIP with one member replaced (or added), written compressed as it goes."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != name:
                dst.writestr(item.filename, src.read(item.filename))
        with dst.open(name, "w") as f:
            if data is not None:
                f.write(data)
            else:
                # 50 MB of one byte, in 1 MB pieces: never held in memory or written uncompressed.
                piece = b" " * MB
                for _ in range(size // MB):
                    f.write(piece)
    return target


# ---------------------------------------------------------------------------------------------
# Limits


def test_zip_bomb_member_is_refused_before_parsing(tmp_path):
    bomb = _with_member(_docx(tmp_path / "ok.docx"), tmp_path / "bombe.docx", "word/media/fyll.bin", size=50 * MB)
    assert bomb.stat().st_size < MB  # the whole bomb is small on disk
    started = time.perf_counter()
    with pytest.raises(TooLarge) as err:
        parse_docx(bomb, "bombe.docx", ParseOptions())
    assert time.perf_counter() - started < 2
    message = str(err.value)
    assert message.startswith("bombe.docx: Word-filen har en del (word/media/fyll.bin)") and "ZIP-bombe" in message
    assert "til 50 MB" in message


def test_zip_bomb_in_a_workbook_and_an_ods_too(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Tiltak"
    wb.save(tmp_path / "ok.xlsx")
    bomb = _with_member(tmp_path / "ok.xlsx", tmp_path / "bombe.xlsx", "xl/worksheets/sheet1.xml", size=20 * MB)
    with pytest.raises(TooLarge, match="Excel-filen har en del"):
        parse_xlsx(bomb, "bombe.xlsx", ParseOptions())
    ods = tmp_path / "bombe.ods"
    with zipfile.ZipFile(ods, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        with z.open("content.xml", "w") as f:
            for _ in range(20):
                f.write(b"<a/>" * (MB // 4))
    # Refused before LibreOffice is even looked for.
    with pytest.raises(TooLarge, match="ODS-filen har en del"):
        parse_ods(ods, "bombe.ods", ParseOptions())


def test_well_compressed_small_member_is_not_a_bomb(tmp_path):
    # 5 MB at over 100:1 stays under the 10 MB a bomb must unpack to.
    ok = _with_member(_docx(tmp_path / "ok.docx"), tmp_path / "stor.docx", "word/media/fyll.bin", size=5 * MB)
    content = parse_docx(ok, "stor.docx", ParseOptions())
    assert content.paragraphs[0].text == "Rapportering 2018 – LO"


def test_total_unpacked_size_over_the_limit(tmp_path):
    noise = os.urandom(2 * MB)  # does not compress, so only the total can be too large
    big = _with_member(_docx(tmp_path / "ok.docx"), tmp_path / "stor.docx", "word/media/bilde.bin", data=noise)
    with pytest.raises(TooLarge, match=r"stor.docx: Word-filen pakkes ut til [23] MB, over grensen på 1 MB"):
        parse_docx(big, "stor.docx", ParseOptions(max_unpacked_bytes=1 * MB))
    parse_docx(big, "stor.docx", ParseOptions())  # within the default 200 MB


def test_too_many_members(tmp_path):
    path = tmp_path / "mange.docx"
    with zipfile.ZipFile(_docx(tmp_path / "ok.docx")) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
        for n in range(archive.MAX_MEMBERS):
            dst.writestr(f"word/media/{n}.txt", b"")
    assert archive.declared_members(path) > archive.MAX_MEMBERS
    with pytest.raises(TooLarge, match=r"Word-filen består av 100\d\d deler, over grensen på 10000"):
        parse_docx(path, "mange.docx", ParseOptions())


def test_unreadable_zip_is_damaged(tmp_path):
    path = tmp_path / "rot.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(DamagedFile, match=r"rot.docx: Word-filen er skadet \(ZIP-strukturen kan ikke leses\)"):
        parse_docx(path, "rot.docx", ParseOptions())


def test_declared_members_reads_the_end_record(tmp_path):
    path = _docx(tmp_path / "ok.docx")
    with zipfile.ZipFile(path) as z:
        assert archive.declared_members(path) == len(z.infolist())
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"no zip here")
    assert archive.declared_members(junk) is None


# ---------------------------------------------------------------------------------------------
# XML entities


SECRET = "HEMMELIG-INNHOLD-123"


def _entity_dtd(secret_file):
    """Billion laughs (10^6 'lol's if expanded) and an external entity that would read a local file."""
    lol = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 7)]
    return f'<!DOCTYPE w:document [{"".join(lol)}<!ENTITY ext SYSTEM "{secret_file.as_uri()}">]>'


def _docx_with_entities(tmp_path, secret, references):
    source = _docx(tmp_path / "ok.docx", "FØR")
    with zipfile.ZipFile(source) as z:
        xml = z.read("word/document.xml").decode()
    end = xml.index("?>") + 2
    xml = xml[:end] + _entity_dtd(secret) + xml[end:]
    xml = xml.replace("FØR</w:t>", f"FØR{references}ETTER</w:t>")
    return _with_member(source, tmp_path / "entiteter.docx", "word/document.xml", data=xml.encode())


def test_docx_with_a_dtd_declaring_a_system_entity_is_refused(tmp_path):
    # Before: accepted, the entity left unexpanded and "ETTER" after it silently gone from the text.
    secret = tmp_path / "hemmelig.txt"
    secret.write_text(SECRET)
    path = _docx_with_entities(tmp_path, secret, "&lol2;&ext;")
    with pytest.raises(UnsafeContent) as err:
        parse_docx(path, "entiteter.docx", ParseOptions())
    assert str(err.value) == (
        "entiteter.docx: Word-filen inneholder en DTD (en XML-dokumenttypedeklarasjon) i delen word/document.xml, "
        "som ikke leses av sikkerhetshensyn. Åpne den i Word og lagre den på nytt, eller be medlemmet om en ny kopi"
    )
    assert err.value.kind == "unsafe_content"


def test_docx_billion_laughs_is_refused_quickly(tmp_path):
    secret = tmp_path / "hemmelig.txt"
    secret.write_text(SECRET)
    path = _docx_with_entities(tmp_path, secret, "&lol6;&ext;")
    started = time.perf_counter()
    with pytest.raises(UnsafeContent, match="Word-filen inneholder en DTD") as err:
        parse_docx(path, "entiteter.docx", ParseOptions())
    assert time.perf_counter() - started < 2 and SECRET not in str(err.value)


def test_a_dtd_in_an_odf_manifest_that_declares_nothing_is_let_through(tmp_path):
    # OpenOffice.org 2 wrote this reference in every manifest; refusing it would refuse old reports.
    odt = tmp_path / "gammel.odt"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE manifest:manifest PUBLIC '
                '"-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd"><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    archive.check_zip(odt, odt.name, ParseOptions(), "odt")
    with zipfile.ZipFile(odt, "a") as z:
        z.writestr("styles.xml", manifest.replace("manifest:manifest", "office:document-styles"))
    with pytest.raises(UnsafeContent, match="i delen styles.xml"):
        archive.check_zip(odt, odt.name, ParseOptions(), "odt")


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True


def test_xlsx_entities_are_refused_and_files_not_read(tmp_path):
    secret = tmp_path / "hemmelig.txt"
    secret.write_text(SECRET)
    wb = openpyxl.Workbook()
    wb.active["A1"] = "PLASS"
    source = tmp_path / "ok.xlsx"
    wb.save(source)
    with zipfile.ZipFile(source) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    xml = _entity_dtd(secret).replace("w:document", "worksheet") + xml.replace("PLASS", "&lol6;&ext;")
    path = _with_member(source, tmp_path / "entiteter.xlsx", "xl/worksheets/sheet1.xml", data=xml.encode())
    with pytest.raises(UnsafeContent) as err:
        parse_xlsx(path, "entiteter.xlsx", ParseOptions())
    assert "Excel-filen inneholder en DTD" in str(err.value) and SECRET not in str(err.value)
