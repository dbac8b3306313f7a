"""An old Word form filled in with legacy form fields (FORMTEXT, FORMDROPDOWN, FORMCHECKBOX), built here.

Held-out round 51: a member's form kept its delmål and type as drop-downs, which store only the index of the entry
chosen, and its status as check boxes; both read as empty cells, so every delmål and type was guessed.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from pipeline.match import match_rows
from tiltak_core.records import Document

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DELMAL = ["Velg et delmål", "1.3 Karriereveiledning", "2.2 Kunnskap om læring i arbeidslivet", "3.6 Frivillig sektor"]
TYPES = ["– velg –", "Kurs/utdanning", "Prosjekt", "Arrangement"]


def _field(data: str, instruction: str, result: str = "") -> str:
    """A legacy form field: its start with its data, its instruction, and its result text where it has one."""
    shown = (f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">{result}</w:t></w:r>'
             if result else "")
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/><w:enabled/>{data}</w:ffData>'
            f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>{shown}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def text_field(value: str) -> str:
    return _field("<w:textInput/>", "FORMTEXT", value or "\u2002" * 5)  # Word shows five en spaces in an empty one


def dropdown(entries: list[str], chosen: int | None, *, default: int | None = None, result: str = "") -> str:
    said = (f'<w:result w:val="{chosen}"/>' if chosen is not None else "") + (
        f'<w:default w:val="{default}"/>' if default is not None else "")
    items = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return _field(f"<w:ddList>{said}{items}</w:ddList>", "FORMDROPDOWN", result)


def checkbox(checked: bool | None, default: bool = False) -> str:
    state = "" if checked is None else "<w:checked/>" if checked else '<w:checked w:val="0"/>'
    return _field(f'<w:checkBox><w:sizeAuto/><w:default w:val="{int(default)}"/>{state}</w:checkBox>', "FORMCHECKBOX")


def plain(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _put(paragraph, xml: str) -> None:
    for el in parse_xml(f"<w:p {_W}>{xml}</w:p>"):
        paragraph._p.append(el)


def _form(path: Path, blocks: list[dict]) -> Path:
    """The member's form: a heading and a table of labels and fields per tiltak, protected for filling in."""
    d = docx.Document()
    d.add_paragraph("Rapportering til Kompetansepolitisk råd 2069", style="Title")
    _put(d.add_paragraph(), plain("Rådsmedlem: ") + text_field("Unio"))
    for n, block in enumerate(blocks, 1):
        d.add_heading(f"Tiltak {n}", level=2)
        table = d.add_table(rows=0, cols=2)
        for label, answer in block.items():
            cells = table.add_row().cells
            cells[0].text = label
            _put(cells[1].paragraphs[0], answer)
    protection = parse_xml(f'<w:documentProtection {_W} w:edit="forms" w:enforcement="1"/>')
    d.settings.element.append(protection)
    d.save(path)
    return path


def _block(name: str, delmal: int, type_: int, done: bool | None, who: str, text: str) -> dict:
    return {
        "Tiltak": text_field(name),
        "Delmål": dropdown(DELMAL, delmal),
        "Type": dropdown(TYPES, type_),
        "Status": checkbox(done is True) + plain(" Gjennomført i 2069   ") + checkbox(done is False)
        + plain(" Planlagt, ikke startet"),
        "Ansvarlig": text_field(who),
        "Beskrivelse": text_field(text),
    }


def test_drop_downs_and_check_boxes_read_as_the_entry_chosen_and_a_ticked_or_empty_box(tmp_path):
    path = _form(tmp_path / "skjema.docx", [{
        "Tiltak": text_field("Karrieresenteret på nett"),
        "Delmål": dropdown(DELMAL, 2),
        "Type": dropdown(TYPES, None, default=3),  # never changed: its default entry is the answer
        "Hva annet": dropdown(TYPES, 1, result="Kurs/utdanning"),  # a result Word wrote too: read once
        "Uvalgt": dropdown(TYPES, None),  # the prompt it opens on is no answer
        "Status": checkbox(True) + plain(" Gjennomført ") + checkbox(None, default=True) + plain(" Pågår ")
        + checkbox(False, default=True) + plain(" Planlagt"),
    }])
    content = parse_docx(path, path.name, ParseOptions())
    (table,) = content.tables
    paragraph = content.paragraphs[1]
    assert paragraph.text == "Rådsmedlem: Unio"
    assert [" ".join((cell or "").split()) for _, cell in table.rows] == [
        "Karrieresenteret på nett", "2.2 Kunnskap om læring i arbeidslivet", "Arrangement", "Kurs/utdanning", "",
        "☒ Gjennomført ☒ Pågår ☐ Planlagt"]


def test_a_form_of_legacy_fields_gives_its_delmal_and_type_and_sets_aside_a_planned_block_and_a_blank_one(
        tmp_path, matchers):
    path = _form(tmp_path / "Unio skjema 2069.docx", [
        _block("Karrieresenteret på nett", 1, 2, True, "Unio", "Nettside om karriereveiledning for lærere."),
        _block("Læringsdagen for tillitsvalgte", 2, 3, True, "Unio", "Samling om læring på arbeidsplassen."),
        _block("Frivillige leseombud", 3, 0, True, "Unio", "Kurs for frivillige som leser med voksne innvandrere."),
        _block("Mentorprogram for nyutdannede", 1, 1, False, "Unio", "Oppstart er satt til høsten."),
        _block("", 0, 0, None, "", ""),
    ])
    document = Document(path, path.name, "docx", "x", path.stat().st_size)
    result = extract_document(document, matchers, ParseOptions(), 10**8)
    rows = match_rows(list(result.rows), matchers)
    assert [(t.text, t.delmal.value, t.type.value, t.type.inferred) for t in rows] == [
        ("Karrieresenteret på nett", "1.3", "Prosjekt", False),
        ("Læringsdagen for tillitsvalgte", "2.2", "Arrangement", False),
        ("Frivillige leseombud", "3.6", rows[2].type.value, True),  # its type left on the prompt: inferred, not given
    ]
    # The block ticked «Planlagt» is not the year's tiltak: listed as set aside. The blank block is no unread row.
    assert [(s.locator, s.text) for s in result.skipped] == [("t4-r1", "Mentorprogram for nyutdannede")]
    assert "Planlagt, ikke startet" in result.skipped[0].reason
    assert not any("t5" in w for w in result.warnings)
