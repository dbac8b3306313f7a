"""An Outlook message saved as a file (.msg), as a secretariat drags one out of Outlook into the inbox: its text read as
a saved e-mail's, the replies it forwards read with it, the request that started the thread left, its attachments
taken out. Held-out round 52's LO thread was refused as «an old Office file that is neither Word, Excel nor
PowerPoint»."""

from __future__ import annotations

import csv
import json
import struct
from pathlib import Path

from typer.testing import CliRunner

from parsers.detect import detect
from pipeline.cli import app
from samples.holdout52_generator.cfb import write_cfb
from tests.conftest import word_table_report

PT_UNICODE, PT_BINARY, PT_LONG = 0x001F, 0x0102, 0x0003
BODY = """Hei!

Her er LOs rapportering for 2072. Rådsarbeidet først:

* Kompetansebehovsutvalget (KBU): LO har ett fast medlem i utvalget. (delmål 1.1)

Resten står i mailene fra forbundene under.

Mvh
Marte Lien

-----Opprinnelig melding-----
Fra: Olsen, Trond <trond.olsen@fagforbundet.no>
Sendt: torsdag 23. januar 2073 09:12
Til: Lien, Marte
Emne: SV: Innspill til KPR-rapporteringen

Fra oss: «Rådsskolen» – to samlinger for LOs representanter i de faglige rådene. 46 deltakere. Kurs. [delmål 1.4]

Trond Olsen

-----Opprinnelig melding-----
Fra: Lien, Marte
Sendt: tirsdag 21. januar 2073 08:30
Til: Olsen, Trond
Emne: Innspill til KPR-rapporteringen

Send meg tiltakene deres for 2072, gjerne med delmål, for eksempel Kompetansebehovsutvalget (delmål 1.1).
"""


def _props(props: list[tuple[int, int, object]], header: bytes) -> dict[str, object]:
    """A MAPI property stream and the streams of its variable-length values (MS-OXMSG 2.4)."""
    fixed, streams = bytearray(header), {}
    for tag, kind, value in props:
        full = (tag << 16) | kind
        if kind in (PT_UNICODE, PT_BINARY):
            data = value.encode("utf-16-le") if isinstance(value, str) else value
            assert isinstance(data, bytes)
            streams[f"__substg1.0_{tag:04X}{kind:04X}"] = data
            fixed += struct.pack("<IIII", full, 6, len(data) + (2 if kind == PT_UNICODE else 0), 0)
        else:
            fixed += struct.pack("<IIII", full, 6, value, 0)
    streams["__properties_version1.0"] = bytes(fixed)
    return streams


def _msg(path: Path, attachment: Path) -> Path:
    tree = _props([(0x001A, PT_UNICODE, "IPM.Note"), (0x0037, PT_UNICODE, "VS: Rapportering 2072 fra LO"),
                   (0x0C1A, PT_UNICODE, "Marte Lien"), (0x0C1F, PT_UNICODE, "marte.lien@lo.no"),
                   (0x1000, PT_UNICODE, BODY.replace("\n", "\r\n"))],
                  b"\0" * 8 + struct.pack("<IIII", 0, 1, 0, 1) + b"\0" * 8)
    tree["__attach_version1.0_#00000000"] = _props(
        [(0x3707, PT_UNICODE, attachment.name), (0x3701, PT_BINARY, attachment.read_bytes()), (0x3705, PT_LONG, 1)],
        b"\0" * 8)
    write_cfb(path, tree, root_clsid=bytes.fromhex("0B0D020000000000C000000000000046"))
    return path


def test_an_outlook_message_is_read_with_the_replies_it_forwards_and_its_attachment(tmp_path):
    word_table_report(tmp_path / "HK tiltak 2072.docx", "Handel og Kontor – tiltak 2072",
                      [("Tiltak", "Delmål", "Type"), ("Digitalløft handel", "2.1", "Kurs")])
    inbox = tmp_path / "innboks"
    inbox.mkdir()
    path = _msg(inbox / "VS Rapportering 2072 fra LO.msg", tmp_path / "HK tiltak 2072.docx")
    assert detect(path) == "msg"
    out = tmp_path / "ut"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--year", "2072", "--no-cache"])
    assert result.exit_code == 0, result.output
    documents = json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"]
    assert [d["file"] for d in documents] == ["VS Rapportering 2072 fra LO.msg",
                                              "VS Rapportering 2072 fra LO.msg/HK tiltak 2072.docx"]
    with open(out / "register.csv", encoding="utf-8-sig", newline="") as f:
        names = sorted(row["tiltak"] for row in csv.DictReader(f))
    # The sender's own item, the forwarded reply's, and the attachment's; the request at the bottom gives none.
    assert names == ["Digitalløft handel", "Kompetansebehovsutvalget (KBU)", "Rådsskolen"]
    assert not documents[0]["skipped_rows"]


def test_a_damaged_outlook_message_is_refused_in_norwegian(tmp_path):
    from parsers.outlook import msg_as_eml
    from tiltak_core.errors import DamagedFile

    path = tmp_path / "brev.msg"
    write_cfb(path, {"__properties_version1.0": b"\0" * 32, "__substg1.0_0037001F": "Emne".encode("utf-16-le")})
    path.write_bytes(path.read_bytes()[:1024])  # cut off: the sectors holding the streams are gone
    try:
        msg_as_eml(path, "brev.msg")
    except DamagedFile as exc:
        assert "Outlook-e-posten (MSG) kan ikke leses" in str(exc)
    else:
        raise AssertionError("a cut-off .msg was read")
