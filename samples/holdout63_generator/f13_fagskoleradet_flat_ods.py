"""Fagskolerådet: a Nynorsk spreadsheet saved from LibreOffice Calc as «Flat XML ODF Spreadsheet» (.fods): one XML
file, no zip. The table has the responsible merged down over three rows (table:number-rows-spanned, covered cells
under it), descriptions that run over two paragraphs inside one cell, and Fagskolerådet's own kind words. A second
sheet explains the columns. Two rows are outside 2083 only by the words in «Skildring»."""
from __future__ import annotations

from lxml import etree

from .common import ARR, FOU, KURS, RAD, row, xml_esc

FILENAME = "Fagskolerådet tiltak 2083.fods"
MEMBER = "Fagskolerådet"
FORMAT = ("Flat OpenDocument spreadsheet (.fods: one XML file, office:document with office:mimetype, meta, styles and "
          "body), written as text")
SHAPE = ("Nynorsk sheet «Tiltak 2083»: title and a note in rows 1–2, header Tiltak / Delmål / Slag / Ansvarleg / "
         "Saman med / Skildring; the Ansvarleg cell «Fagskulerådet» merged down over the first three measures "
         "(covered cells below it), descriptions of two paragraphs inside one cell, delmål as code, Fagskolerådet's "
         "kind words (Rådsplass, Kartlegging, Konferanse, Fagdag, Kurs, Kampanje, Nettverk); two rows outside 2083 "
         "only by words in «Skildring» («Vart gjennomført i fjor», «Skal skipast neste år»); a second sheet "
         "«Forklaring»")
NOT_TRUTH = ("the title and note, the header, the Delmål and Slag cells, the row 'Fagskulekampanjen «Bli "
             "fagskulestudent»' (carried out last year), the row 'Nettverk for fagskulelærarar' (to be set up next "
             "year), the sheet «Forklaring»")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

MERGED = "Fagskulerådet"
# name, dm, slag, ansvarleg (None = covered by the merged cell above), partners, paragraphs, seed, type
ROWS = [
    ("Nasjonalt fagskuleråd", "1.4", "Rådsplass", MERGED, "",
     ["Fagskulerådet har ein av plassane i rådet. I 2083 handla arbeidet mest om ny finansieringsmodell og om "
      "godkjenning av korte fagskuleemne."], "M04", RAD),
    ("Kartlegging av arbeidslivstilknytinga til fagskulestudentane", "2.2", "Kartlegging", None, "NIFU",
     ["Spørjeundersøking til 6 000 studentar om kor mange som er i jobb medan dei studerer, og kva arbeidsgjevaren "
      "betaler for.", "Rapporten kjem i februar, men svara er alt samla inn."], None, FOU),
    ("Fagskulekonferansen 2083", "2.4", "Konferanse", None, "Kompetanseforbundet, HK-dir",
     ["Den nasjonale fagskulekonferansen i Trondheim i april samla 430 deltakarar frå fagskular, verksemder og "
      "partane.", "Tema var fagskulane si rolle i det grøne skiftet. Fagskulerådet hadde ansvaret for programmet, "
      "Kompetanseforbundet for påmelding og praktisk gjennomføring."], "J04", ARR),
    ("Fagskuledagen i Nord", "2.4", "Fagdag", "Fagskulen i Nordland", "Fagskulen Troms",
     ["Ein regional fagdag i Bodø etter mønster av den nasjonale konferansen, men i Fagskulen i Nordland si eiga "
      "regi og ikkje ein del av Fagskulekonferansen 2083. 120 deltakarar."], None, ARR),
    ("Studiepoengmodular i maritim tryggleik", "2.4", "Kurs", "Fagskulen Vestland", "Norges Rederiforbund",
     ["Tre korte modular på 10 studiepoeng for sjøfolk som må fornye sertifikata sine; 140 studentar."], None, KURS),
    ("Fagskulekampanjen «Bli fagskulestudent»", "2.3", "Kampanje", "Fagskulerådet", "",
     ["Vart gjennomført i fjor og er ikkje vidareført i 2083."], "", None),
    ("Nettverk for fagskulelærarar", "1.4", "Nettverk", "Fagskulerådet", "",
     ["Skal skipast neste år."], "", None),
]

EXPLAIN = [
    ("Tiltak", "Namnet på tiltaket slik vi bruker det internt."),
    ("Delmål", "Nummeret på delmålet i Nasjonal kompetansepolitisk strategi."),
    ("Slag", "Vår eiga inndeling av tiltaka."),
    ("Ansvarleg", "Den som leier tiltaket. Der cella er slått saman, gjeld ho for alle radene."),
    ("Saman med", "Samarbeidspartnarar."),
    ("Skildring", "Kort om kva som vart gjort i 2083."),
]

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def _cell(paras, style="ce_body", span=None) -> str:
    if paras is None:
        return '<table:covered-table-cell table:style-name="ce_body"/>'
    if isinstance(paras, str):
        paras = [paras] if paras else []
    if not paras:
        return f'<table:table-cell table:style-name="{style}"/>'
    extra = f' table:number-rows-spanned="{span}" table:number-columns-spanned="1"' if span else ""
    ps = "".join(f"<text:p>{xml_esc(p)}</text:p>" for p in paras)
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{extra}>{ps}</table:table-cell>'


def _doc() -> str:
    cols = [("co1", "6.2cm"), ("co2", "1.6cm"), ("co3", "2.4cm"), ("co4", "3.4cm"), ("co5", "4.2cm"),
            ("co6", "10.5cm")]
    auto = "".join(f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties '
                   f'fo:break-before="auto" style:column-width="{w}"/></style:style>' for n, w in cols)
    auto += ('<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
             'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>'
             '<style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default">'
             '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
             '<style:style style:name="ce_note" style:family="table-cell" style:parent-style-name="Default">'
             '<style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>'
             '<style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default">'
             '<style:table-cell-properties fo:background-color="#c6e0b4" fo:border="0.06pt solid #000000" '
             'fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold"/></style:style>'
             '<style:style style:name="ce_body" style:family="table-cell" style:parent-style-name="Default">'
             '<style:table-cell-properties fo:border="0.06pt solid #000000" fo:wrap-option="wrap" '
             'style:vertical-align="top"/></style:style>')
    colx = "".join(f'<table:table-column table:style-name="{n}"/>' for n, _w in cols)
    trs = [f'<table:table-row table:style-name="ro1">{_cell("Tiltak i Fagskulerådet 2083", "ce_title")}'
           '</table:table-row>',
           f'<table:table-row table:style-name="ro1">{_cell("Til Kompetansepolitisk råd. Sjå arket Forklaring.", "ce_note")}'
           '</table:table-row>',
           '<table:table-row table:style-name="ro1"><table:table-cell/></table:table-row>',
           '<table:table-row table:style-name="ro1">'
           + "".join(_cell(h, "ce_head") for h in ["Tiltak", "Delmål", "Slag", "Ansvarleg", "Saman med", "Skildring"])
           + "</table:table-row>"]
    for i, (name, dm, slag, ans, med, paras, _s, _t) in enumerate(ROWS):
        span = None
        if ans is not None and i + 1 < len(ROWS) and ROWS[i + 1][3] is None:
            span = 1 + sum(1 for _ in _covered_after(i))
        trs.append('<table:table-row table:style-name="ro1">' + _cell(name) + _cell(dm) + _cell(slag)
                   + _cell(ans, span=span) + _cell(med) + _cell(paras) + "</table:table-row>")
    sheet1 = f'<table:table table:name="Tiltak 2083">{colx}{"".join(trs)}</table:table>'
    ex = ['<table:table-row table:style-name="ro1">' + _cell("Kolonne", "ce_head") + _cell("Forklaring", "ce_head")
          + "</table:table-row>"]
    ex += ['<table:table-row table:style-name="ro1">' + _cell(a) + _cell(b) + "</table:table-row>" for a, b in EXPLAIN]
    sheet2 = ('<table:table table:name="Forklaring"><table:table-column table:style-name="co4"/>'
              f'<table:table-column table:style-name="co6"/>{"".join(ex)}</table:table>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {NS} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            ' <office:meta><meta:creation-date>2084-01-09T13:12:40</meta:creation-date>'
            '<dc:date>2084-01-15T09:41:02</dc:date><meta:editing-cycles>6</meta:editing-cycles>'
            '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/'
            'e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            '<meta:initial-creator>Sigrid Tveit</meta:initial-creator><dc:creator>Sigrid Tveit</dc:creator>'
            '<dc:title>Tiltak i Fagskulerådet 2083</dc:title></office:meta>\n'
            ' <office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="&apos;Liberation Sans&apos;" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>\n'
            ' <office:styles><style:default-style style:family="table-cell"><style:text-properties '
            'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nn" fo:country="NO"/>'
            '</style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles>\n'
            f' <office:automatic-styles>{auto}</office:automatic-styles>\n'
            f' <office:body><office:spreadsheet>{sheet1}{sheet2}</office:spreadsheet></office:body>\n'
            '</office:document>\n')


def _covered_after(i):
    j = i + 1
    while j < len(ROWS) and ROWS[j][3] is None:
        yield j
        j += 1


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(_doc().encode("utf-8"))
    rows = []
    owner = None
    for name, dm, _slag, ans, med, paras, seed, ty in ROWS:
        owner = ans if ans is not None else owner
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, owner, med, " ".join(paras)))
    return rows


def text(path) -> str:
    """Every cell of both sheets, the paragraphs of a cell joined with a space, one cell per line."""
    root = etree.fromstring(path.read_bytes())
    tns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    xns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    out = []
    for t in root.iter(f"{{{tns}}}table"):
        out.append(t.get(f"{{{tns}}}name"))
        for c in t.iter(f"{{{tns}}}table-cell"):
            out.append(" ".join("".join(p.itertext()) for p in c.iter(f"{{{xns}}}p")))
    return "\n".join(out)
