"""The run's year: from --year, the inbox's name or the report file names."""

from pathlib import Path

import pytest

from pipeline.settings import Settings
from pipeline.year import resolve_year
from tiltak_core.errors import TiltakError
from tiltak_core.records import Document


def _document(name: str) -> Document:
    return Document(Path(name), name, "docx", "0" * 64, 1)


def test_resolve_year(tmp_path):
    assert resolve_year(Settings(inbox=tmp_path, year=2016), []) == 2016
    inbox = tmp_path / "rapporter-2019"
    inbox.mkdir()
    assert resolve_year(Settings(inbox=inbox), [_document("lo_2018.docx")]) == 2019
    plain = tmp_path / "innboks"
    plain.mkdir()
    assert resolve_year(Settings(inbox=plain), [_document("lo_2018.docx"), _document("nho-2018.pdf")]) == 2018
    for documents in ([], [_document("lo_2018.docx"), _document("nho_2017.pdf")], [_document("lo.docx")]):
        with pytest.raises(TiltakError, match="oppgi det med --year"):
            resolve_year(Settings(inbox=plain), documents)
