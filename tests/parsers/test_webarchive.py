"""A page Safari saved as a web archive is read as the same page saved as HTML: in the encoding the archive names,
the site's menu, cookie banner and footer left out, its frames' pages after it; a damaged one refused in Norwegian."""

from __future__ import annotations

import plistlib

import pytest

from parsers.detect import detect
from parsers.registry import ParseOptions, parser_for
from parsers.webarchive import parse_webarchive
from tests.container_files import web_archive
from tiltak_core.errors import DamagedFile

PAGE = """<!DOCTYPE html><html><head><title>Rapport 2087 – Fagforbundet</title></head><body>
<nav><a href="/">Forside</a> <a href="/om">Om oss</a></nav>
<div class="cookie-consent">Vi bruker informasjonskapsler. <button>Godta</button></div>
<main><h1>Fagforbundets rapport til Kompetansepolitisk råd 2087</h1>
<p>Tiltakene vi har gjennomført i året står i tabellen under.</p>
<table><tr><th>Tiltak</th><th>Delmål</th><th>Type</th></tr>
<tr><td>Fagbrev på jobb for helsefagarbeidere</td><td>2.1</td><td>Kurs/utdanning</td></tr>
<tr><td>Lønnsstøtte til lærlinger i Bodø og Tromsø</td><td>1.4</td><td>Økonomisk støtte</td></tr></table>
<iframe src="ramme0"></iframe></main>
<footer>© Fagforbundet · Personvern</footer></body></html>"""
FRAME = "<html><body><h2>Nøkkeltall</h2><p>Vi nådde 1 200 medlemmer på kurs i Førde og Ålesund.</p></body></html>"


def _read(tmp_path, data: bytes):
    path = tmp_path / "Fagforbundet 2087.webarchive"
    path.write_bytes(data)
    assert detect(path) == "webarchive"
    return parse_webarchive(path, path.name, ParseOptions())


@pytest.mark.parametrize("binary", [True, False])
def test_the_page_is_read_as_html_and_its_frame_after_it(tmp_path, binary):
    content = _read(tmp_path, web_archive(PAGE, "macintosh", frames=[FRAME], binary=binary))
    assert content.title == "Rapport 2087 – Fagforbundet"
    assert [t.rows for t in content.tables] == [(
        ("Tiltak", "Delmål", "Type"),
        ("Fagbrev på jobb for helsefagarbeidere", "2.1", "Kurs/utdanning"),
        ("Lønnsstøtte til lærlinger i Bodø og Tromsø", "1.4", "Økonomisk støtte"))]
    # Mac Roman, as the archive says: read as UTF-8 or Windows-1252 the letters would not be these.
    assert [(p.kind, p.text) for p in content.paragraphs] == [
        ("heading", "Fagforbundets rapport til Kompetansepolitisk råd 2087"),
        ("text", "Tiltakene vi har gjennomført i året står i tabellen under."),
        ("heading", "Nøkkeltall"),
        ("text", "Vi nådde 1 200 medlemmer på kurs i Førde og Ålesund.")]
    assert [b.line for b in content.paragraphs] == [1, 2, 4, 5]  # numbered as one document's, the table third


def test_an_archive_without_a_named_encoding_goes_by_the_pages_meta(tmp_path):
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">')
    data = plistlib.loads(web_archive(page, "cp1252"))
    del data["WebMainResource"]["WebResourceTextEncodingName"]
    content = _read(tmp_path, plistlib.dumps(data, fmt=plistlib.FMT_BINARY))
    assert content.tables[0].rows[2][0] == "Lønnsstøtte til lærlinger i Bodø og Tromsø"


def test_a_damaged_archive_or_one_without_a_page_is_refused_in_norwegian(tmp_path):
    data = web_archive(PAGE)
    with pytest.raises(DamagedFile, match="nettarkivet \\(Safari\\) er skadet") as refused:
        _read(tmp_path, data[: len(data) - 60])
    assert "lagre den som PDF" in refused.value.fix and "Word/PDF" in refused.value.fix
    empty = plistlib.dumps({"WebSubresources": [], "WebMainResource": {"WebResourceMIMEType": "text/html"}},
                           fmt=plistlib.FMT_BINARY)
    with pytest.raises(DamagedFile, match="har ingen side i seg"):
        _read(tmp_path, empty)
    assert parser_for("webarchive") is not None and "Safari" in parser_for("webarchive").label
