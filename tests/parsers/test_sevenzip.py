"""A 7z archive is unpacked as a ZIP archive is: its files whole under their own names, junk left out, the limits
checked on the header's sizes, a locked or damaged archive refused in Norwegian."""

from __future__ import annotations

import pytest

from parsers.detect import detect
from parsers.registry import ParseOptions
from parsers.sevenzip import sevenzip_files
from tests.container_files import docx_report, seven_zip
from tiltak_core.errors import DamagedFile, EncryptedFile, TooLarge

REPORT = docx_report("LO – rapport 2087", [("Bransjeprogram for industrien", "2.1", "Kurs", "LO", "NHO")])
FIGURES = "Nøkkeltall;2087\nDeltakere;120\n".encode()


@pytest.mark.parametrize("header_compressed", [True, False])
@pytest.mark.parametrize("bcj", [True, False])
def test_the_files_come_out_whole_with_their_names(tmp_path, header_compressed, bcj):
    path = tmp_path / "LO 2087.7z"
    path.write_bytes(seven_zip({"LO/Rapport 2087.docx": REPORT, "LO/Nøkkeltall.csv": FIGURES, "__MACOSX/._x": b"x",
                                "LO/Thumbs.db": b"junk"}, header_compressed=header_compressed, bcj=bcj))
    assert detect(path) == "sevenzip"
    unpacked = sevenzip_files(path, "LO 2087.7z", ParseOptions())
    assert [(f.name, f.data) for f in unpacked.files] == [("LO/Rapport 2087.docx", REPORT), ("LO/Nøkkeltall.csv", FIGURES)]


def test_a_locked_archive_is_refused_as_password_protected(tmp_path):
    path = tmp_path / "låst.7z"
    path.write_bytes(seven_zip({"Rapport.docx": REPORT}, password="hemmelig"))
    assert detect(path) == "sevenzip"
    with pytest.raises(EncryptedFile, match="arkivet er passordbeskyttet") as refused:
        sevenzip_files(path, "låst.7z", ParseOptions())
    assert "uten passord" in refused.value.fix
    # With the password the run was given, it opens.
    assert sevenzip_files(path, "låst.7z", ParseOptions(password="hemmelig")).files[0].data == REPORT


def test_a_cut_off_archive_is_refused_as_damaged(tmp_path):
    data = seven_zip({"Rapport.docx": REPORT, "Nøkkeltall.csv": FIGURES})
    path = tmp_path / "avkuttet.7z"
    for cut in (len(data) // 2, len(data) - 4, 40):
        path.write_bytes(data[:cut])
        with pytest.raises(DamagedFile, match="7z-arkivet er skadet eller avkuttet"):
            sevenzip_files(path, "avkuttet.7z", ParseOptions())


def test_the_limits_are_checked_before_anything_is_unpacked(tmp_path):
    path = tmp_path / "stor.7z"
    path.write_bytes(seven_zip({"a.txt": b"a" * 5000, "b.txt": b"b" * 5000}))
    with pytest.raises(TooLarge, match="7z-arkivet pakkes ut til 10 KB, over grensen"):
        sevenzip_files(path, "stor.7z", ParseOptions(max_unpacked_bytes=8000))
    bomb = tmp_path / "bombe.7z"
    bomb.write_bytes(seven_zip({"nuller.txt": bytes(11 * 2**20)}))
    with pytest.raises(TooLarge, match="ligner en arkivbombe"):
        sevenzip_files(bomb, "bombe.7z", ParseOptions())
