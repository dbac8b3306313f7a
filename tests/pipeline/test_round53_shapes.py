"""Shapes held-out round 53 showed the reader at its first look."""

from __future__ import annotations


from parsers.html import blocks_of_html

GOOGLE_DOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c2{font-weight:400}.c5{color:#666666;text-decoration:line-through}</style></head>
<body class="c8"><p class="c11 title"><span>VOFOs rapportering til Kompetansepolitisk råd 2073</span></p>
<table><tr><td><p><span>Tiltak</span></p></td><td><p><span>Delmål</span></p></td><td><p><span>Type</span></p></td></tr>
<tr><td><p><span class="c2">Språkkafé-nettverket</span></p></td><td><p><span>3.4</span></p></td>
<td><p><span>Nettverk</span></p></td></tr>
<tr><td><p><span class="c5">Kompetansepluss frivillighet</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p></td>
<td><p><span class="c5">3.2</span></p></td><td><p><span class="c5">Kurs</span></p></td></tr></table>
<h2><span>Planer for 2074</span></h2><p><span>Ny runde med DigiKlar.</span></p>
<div class="c19"><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Denne ble vel avsluttet i 2072? Stryker den.</span></p></div>
</body></html>"""


def test_a_google_docs_export_gives_its_title_and_not_its_struck_rows_or_comments():
    # VOFO's Google Docs «web page, zipped»: the title a paragraph in Docs' «title» style (the page has no <title>), a
    # row struck through after a comment thread said to take it out, the thread at the page's end. The file was
    # rejected as naming no member (its title read as «Planer for 2074»), and the struck row would have been read.
    title, blocks = blocks_of_html(GOOGLE_DOCS)
    assert title == "VOFOs rapportering til Kompetansepolitisk råd 2073"
    (table,) = [b for b in blocks if hasattr(b, "rows")]
    assert table.rows == (("Tiltak", "Delmål", "Type"), ("Språkkafé-nettverket", "3.4", "Nettverk"))
    assert not any("Stryker" in getattr(b, "text", "") or "[a]" in getattr(b, "text", "") for b in blocks)
