"""A Slack export is read as the messages people wrote: each day of a channel its messages' lines, a bold line a title,
the blocks that repeat them and the workspace's lists of channels and users left out."""

from __future__ import annotations

import io
import json
import zipfile

from parsers.bundle import zip_files
from parsers.registry import ParseOptions
from parsers.slack import content_of_messages, is_messages
from pipeline.rows import content_to_rows

DAY = [
    {"type": "message", "subtype": "channel_join", "text": "<@U01> har blitt med i kanalen", "ts": "3377322000.1"},
    {"type": "message", "user": "U01", "ts": "3377322100.1",
     "text": "Hei <@U02>! Legg inn tiltakene for 2081 her :tada: Se <https://www.hkdir.no|HK-dir>.",
     "blocks": [{"type": "rich_text", "elements": [{"type": "text", "text": "Hei!"}]}]},
    {"type": "message", "user": "U03", "ts": "3377322150.1",
     "text": "*Spekter i SRY*\nDelmål 2.3 – råd/utvalg\nAnsvar: Spekter\nSpekter har en av arbeidsgiverplassene i SRY."},
    {"type": "message", "user": "U02", "ts": "3377322200.1",
     "text": "*Språkspor i helseforetakene*\n• Delmål: 3.4\n• Type: kurs\n• Ansvar: Spekter\n• Med: Fagforbundet, LO\n"
             "Norskopplæring på arbeidsplassen for ansatte i renhold, kjøkken og pasientnære yrker; ni helseforetak var med."},
    {"type": "message", "user": "U01", "ts": "3377322300.1", "text": "Skal vi ta med Helseløftet-konferansen også?"},
]


def test_a_channels_day_is_its_messages_lines_and_a_bold_line_titles_a_measure(matchers):
    assert is_messages(DAY)
    content = content_of_messages(DAY)
    texts = [(b.text, b.kind) for b in content.blocks]
    assert texts[0] == ("Hei ! Legg inn tiltakene for 2081 her Se HK-dir.", "text")  # no mention, emoji or join
    assert ("Språkspor i helseforetakene", "heading") in texts
    read = content_to_rows(content, "kpr-rapportering/2081-01-08.json", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Spekter i SRY", "Delmål 2.3", "råd/utvalg", "Spekter"), ("Språkspor i helseforetakene", "3.4", "kurs", "Spekter")]


def test_a_slack_exports_workspace_lists_are_left_out_and_named(tmp_path):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("channels.json", json.dumps([{"id": "C1", "name": "kpr-rapportering", "created": 1}]))
        z.writestr("users.json", json.dumps([{"id": "U01", "name": "eva"}]))
        z.writestr("kpr-rapportering/2081-01-08.json", json.dumps(DAY))
    path = tmp_path / "Spekter Slack export.zip"
    path.write_bytes(data.getvalue())
    unpacked = zip_files(path, path.name, ParseOptions())
    assert [f.name for f in unpacked.files] == ["kpr-rapportering/2081-01-08.json"]
    assert any("channels.json" in left and "Slack" in left for left in unpacked.left)


def test_a_messages_bold_opening_titles_the_measure_its_brackets_give_the_particulars_of(matchers):
    # Spekter's day of 9 January (round 56): «*Title* (2.2, kartlegging). Ansvar: …» lost its bold, so its title was
    # not seen and the measure not read.
    day = [{"type": "message", "user": "U02", "ts": "3377408500.1",
            "text": "*Kartlegging av turnover blant helsefagarbeidere* (2.2, kartlegging). Ansvar: Spekter. Med: SINTEF.\n"
                    "Kartleggingen følger 12 000 helsefagarbeidere over fem år."}]
    content = content_of_messages(day)
    assert content.paragraphs[0].lead == "Kartlegging av turnover blant helsefagarbeidere"
    read = content_to_rows(content, "spekter/2082-01-09.json", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in read.rows] == [("Kartlegging av turnover blant helsefagarbeidere", "2.2", "kartlegging", "Spekter",
                                     "SINTEF")]
