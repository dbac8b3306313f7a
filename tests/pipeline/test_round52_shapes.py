"""Shapes held-out round 52 showed the reader at its first look."""

from __future__ import annotations

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

EXPORT = """<html><body><table>
<tr><td colspan="4">Aktiviteter – eksport fra aktivitetsregisteret</td></tr>
<tr><th>Aktivitets-ID</th><th>Tittel</th><th>Rapporteringsår</th><th>Strategisk mål</th><th>Aktivitetstype</th>
<th>Status</th></tr>
<tr><td>A-2071-014</td><td>NHOs kompetansebarometer 2071</td><td>2071</td><td>2.2</td><td>Utredning</td>
<td>Avsluttet</td></tr>
<tr><td>A-2072-003</td><td>Medlem i Kompetansebehovsutvalget</td><td>2072</td><td>1.1</td><td>Råd og utvalg</td>
<td>Løpende</td></tr>
<tr><td>A-2073-001</td><td>Yrkes-NM 2073 – planlegging</td><td>2073</td><td>2.3</td><td>Arrangement</td>
<td>Planlagt</td></tr>
</table></body></html>"""


def test_an_export_saying_no_year_is_held_against_the_year_its_file_name_carries(matchers, tmp_path):
    # NHO's register export (an HTML table saved as .xls) mixes years, each row's in a column, its status beside it;
    # the file says no year of its own but its name does. Its 2071 and 2073 rows were read as 2072's, sure.
    path = tmp_path / "NHO_aktiviteter_KPR_2072.xls"
    path.write_text(EXPORT, encoding="utf-8")
    result = extract_document(Document(path, path.name, "html", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Medlem i Kompetansebehovsutvalget"]
    assert sorted(s.text for s in result.skipped) == ["NHOs kompetansebarometer 2071", "Yrkes-NM 2073 - planlegging"]
    # Named without a year, the same export keeps every row: nothing to hold them against, and the run decides.
    plain = tmp_path / "NHO_aktiviteter.xls"
    plain.write_text(EXPORT, encoding="utf-8")
    result = extract_document(Document(plain, plain.name, "html", "x", plain.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert len(result.rows) == 3

