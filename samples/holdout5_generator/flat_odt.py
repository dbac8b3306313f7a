"""Flat OpenDocument text (.fodt) that LibreOffice turns into ODT or PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)

STYLES = """<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="{size}" fo:language="nb" fo:country="NO"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
</office:styles>"""

AUTOMATIC = """<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Two" style:family="section"><style:section-properties>
<style:columns fo:column-count="2" fo:column-gap="0.9cm"/></style:section-properties></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>
{tables}
</office:automatic-styles>"""


def para(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def heading(text: str, level: int) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(text)}</text:h>'


def bold(text: str) -> str:
    return f'<text:span text:style-name="B">{escape(text)}</text:span>'


def footnote(number: int, text: str) -> str:
    return (
        f'<text:note text:id="ftn{number}" text:note-class="footnote">'
        f"<text:note-citation>{number}</text:note-citation><text:note-body>"
        f'<text:p text:style-name="Footnote">{escape(text)}</text:p></text:note-body></text:note>'
    )


def rich_para(*parts: str) -> str:
    """A paragraph of pieces already marked up (bold(), footnote(), escape())."""
    return f'<text:p text:style-name="Standard">{"".join(parts)}</text:p>'


class Tables:
    """Collects table and column styles while tables are written."""

    def __init__(self) -> None:
        self.styles: list[str] = []

    def table(self, header: list[str], rows: list[list[str]], widths_cm: list[float]) -> str:
        """Ruled table; the header row repeats on each page. Cells hold marked-up text."""
        name = f"T{len(self.styles) + 1}"
        cols = "".join(
            f'<style:style style:name="{name}C{i}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
            for i, w in enumerate(widths_cm)
        )
        self.styles.append(
            f'<style:style style:name="{name}" style:family="table"><style:table-properties '
            f'style:width="{sum(widths_cm)}cm" table:align="left"/></style:style>{cols}'
        )

        def row_xml(cells: list[str]) -> str:
            inner = "".join(
                f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                + "".join(f'<text:p text:style-name="Standard">{line}</text:p>' for line in cell.split("\n"))
                + "</table:table-cell>"
                for cell in cells
            )
            return f"<table:table-row>{inner}</table:table-row>"

        columns = "".join(
            f'<table:table-column table:style-name="{name}C{i}"/>' for i in range(len(widths_cm))
        )
        head = row_xml([bold(h) for h in header])
        body = "".join(row_xml(r) for r in rows)
        return (
            f'<table:table table:name="{name}" table:style-name="{name}">{columns}'
            f"<table:table-header-rows>{head}</table:table-header-rows>{body}</table:table>"
        )


def document(title: str, creator: str, body: list[str], tables: Tables, font_size: str = "11pt") -> str:
    """The whole .fodt text."""
    meta = (
        f"<office:meta><dc:title>{escape(title)}</dc:title>"
        f"<meta:initial-creator>{escape(creator)}</meta:initial-creator>"
        f"<dc:creator>{escape(creator)}</dc:creator></office:meta>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
        f'office:mimetype="application/vnd.oasis.opendocument.text">{meta}'
        + STYLES.format(size=font_size)
        + AUTOMATIC.format(tables="".join(tables.styles))
        + '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/>'
        + "</office:master-styles><office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document>\n"
    )
