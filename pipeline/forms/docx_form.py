"""A member's reporting form as a Word document: the same instructions and table as the Excel version.

Dropdowns are content controls; each row's key is hidden text in its «Nr» cell; the provenance is a
custom document properties part (parsers.form_spec), which Word and LibreOffice keep when saving.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, RGBColor
from lxml import etree

from normalise.catalogue import Catalogue
from parsers.form_spec import (
    BLANK, CHOOSE, COUNCIL, COUNCIL_CHOICES, CUSTOM_PROPERTIES_REL, CUSTOM_PROPERTIES_TYPE, PREVIOUS, PREVIOUS_CHOICES,
    headers,
)

from ..outputs.word import new_document
from . import texts
from .plan import FormRow, MemberForm, delmal_labels

_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the format id every custom property carries
WIDTHS_CM = (1.0, 3.4, 6.0, 3.2, 2.8, 3.2, 2.2, 4.0)  # Nr .. Hva er gjort: 25.8 of the page's 26.7 cm


def custom_properties_part(props: dict[str, str], package) -> Part:
    root = etree.Element(f"{{{_CUSTOM}}}Properties", nsmap={None: _CUSTOM, "vt": _VT})
    for pid, (name, value) in enumerate(props.items(), 2):
        prop = etree.SubElement(root, f"{{{_CUSTOM}}}property", fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPERTIES_TYPE, blob, package)


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _run(text: str, bold: bool = False, hidden: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:vanish/>" if hidden else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""


def _dropdown(choices: tuple[str, ...], value: str) -> str:
    """A dropdown content control showing `value`: «(velg)» in a row with text until a choice is made; nothing in
    a blank row, which a printed or PDF copy then shows blank."""
    items = "".join(f'<w:listItem w:displayText="{_attr(c)}" w:value="{_attr(c)}"/>' for c in (CHOOSE, *choices))
    return (f"<w:sdt><w:sdtPr><w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:sdtContent></w:sdt>')


def _cells(contents: list[str], header: bool = False) -> str:
    row_props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""  # the header row repeats on every page
    cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{Cm(w).twips}" w:type="dxa"/></w:tcPr><w:p>{c}</w:p></w:tc>'
                    for c, w in zip(contents, WIDTHS_CM))
    return f"<w:tr>{row_props}{cells}</w:tr>"


def _row(row: FormRow, number: int, lists: dict[str, tuple[str, ...]]) -> str:
    unset = "" if row.kind == BLANK else CHOOSE
    if row.kind == PREVIOUS:
        status = _dropdown(PREVIOUS_CHOICES, CHOOSE)
    elif row.kind == COUNCIL:
        status = _dropdown(COUNCIL_CHOICES, CHOOSE)
    else:
        status = _run(row.status)
    return _cells([_run(str(number)) + _run(row.key, hidden=True), _dropdown(lists["delmal"], row.delmal or unset),
                   _run(row.tiltak), _dropdown(lists["type"], row.type or unset), _run(row.ansvarlig),
                   _run(row.samarbeidspartnere), status, ""])


def _table(form: MemberForm, catalogue: Catalogue):
    """The form table, built as one piece of WordprocessingML (python-docx adds rows one by one, slowly)."""
    lists = {"delmal": tuple(delmal_labels(catalogue).values()), "type": tuple(t.name for t in catalogue.types)}
    grid = "".join(f'<w:gridCol w:w="{Cm(w).twips}"/>' for w in WIDTHS_CM)
    rows = "".join(_row(row, n, lists) for n, row in enumerate(form.rows, 1))
    return parse_xml(
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
        f'{_cells([_run(h, bold=True) for h in headers(form.year)], header=True)}{rows}</w:tbl>')


def write_docx_form(path: Path, form: MemberForm, catalogue: Catalogue) -> None:
    document = new_document(landscape=True, margin_cm=1.5, size_pt=10)
    document.add_heading(texts.title(form), level=1)
    for line in texts.instructions(form, catalogue.strategy, word=True):
        document.add_paragraph(line)
    for label, value in texts.contact_lines(form):
        p = document.add_paragraph()
        p.add_run(f"{label} ").bold = True
        p.add_run(value or "______________________")
    sign = document.add_paragraph()
    sign.add_run(texts.form_signature(form)).italic = True
    sign.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sign._p.addprevious(_table(form, catalogue))
    package = document.part.package
    package.relate_to(custom_properties_part(form.provenance.properties(), package), CUSTOM_PROPERTIES_REL)
    document.save(str(path))
