"""Shared helpers for held-out round 52 (reporting year 2072).

Everything here is deterministic: fixed dates, fixed zip timestamps,
fixed seeds.  Nothing reads the program under test.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout52"

YEAR = 2072
ZIP_DT = (2073, 2, 10, 9, 0, 0)

TRUTH_HEADER = [
    "source_file", "member", "tiltak", "seed_row", "delmal", "type",
    "ansvarlig", "samarbeidspartnere", "beskrivelse",
]

TYPES = (
    "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
    "Informasjon", "Arrangement",
)

DELMAL = (
    "1.1", "1.2", "1.3", "1.4",
    "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
    "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
)

MEMBERS = (
    "Regjeringen", "LO", "NHO", "Unio", "KS", "YS", "Virke", "Akademikerne",
    "Spekter", "VOFO", "UHR", "Fagskolerådet", "Kompetanseforbundet",
    "Sametinget", "Oslo kommune", "Rogaland fylkeskommune",
    "Vestland fylkeskommune", "Møre og Romsdal fylkeskommune",
    "Trøndelag fylkeskommune", "Nordland fylkeskommune",
    "Viken fylkeskommune", "Innlandet fylkeskommune",
    "Vestfold og Telemark fylkeskommune", "Agder fylkeskommune",
    "Troms og Finnmark fylkeskommune",
)

# council ids -> seed_row ids (one id per shared council)
COUNCIL_IDS = {
    "KBU": "M01",
    "SRY": "M02",
    "RSA": "M03",
    "NFK": "M04",
    "FSR": "M05",
    "UHR-FSE": "M06",
}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font_path(name: str = "DejaVuSans.ttf") -> str:
    return str(FONT_DIR / name)


def truth(source_file, member, tiltak, seed_row, delmal, type_,
          ansvarlig="", samarbeidspartnere="", beskrivelse=""):
    assert member in MEMBERS, member
    assert type_ in TYPES, type_
    assert delmal in DELMAL, delmal
    return {
        "source_file": source_file,
        "member": member,
        "tiltak": tiltak,
        "seed_row": seed_row,
        "delmal": delmal,
        "type": type_,
        "ansvarlig": ansvarlig,
        "samarbeidspartnere": samarbeidspartnere,
        "beskrivelse": beskrivelse,
    }


def esc(text: str) -> str:
    """XML escape including quotes (for attributes too)."""
    return _xml_escape(text, {'"': "&quot;"})


def zip_bytes(members, compress_all: bool = True, stored=("mimetype",)) -> bytes:
    """A zip in memory with fixed timestamps and a fixed member order.

    members: iterable of (name, bytes).  Names listed in *stored* are
    written uncompressed (ODF/EPUB want 'mimetype' first and stored).
    """
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            if name in stored or not compress_all:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def write_zip(path: Path, members, compress_all: bool = True,
              stored=("mimetype",)) -> None:
    """Write a zip with fixed timestamps and a fixed member order."""
    path = Path(path)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(zip_bytes(members, compress_all, stored))
    os.replace(tmp, path)


def normalise_zip(path: Path, modified: str | None = None) -> None:
    """Rewrite an existing zip (xlsx/docx from a library) with fixed stamps.

    openpyxl always writes the save time as dcterms:modified; *modified*
    (W3CDTF) replaces it.
    """
    import re
    with zipfile.ZipFile(path) as zf:
        items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    if modified:
        fixed = []
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + modified.encode() + rb"\g<2>", data)
            fixed.append((name, data))
        items = fixed
    write_zip(path, items)


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with LibreOffice in a private, throw-away profile."""
    src = Path(src)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    prof = tempfile.mkdtemp(prefix="h52_lo_")
    try:
        cmd = [
            "soffice", f"-env:UserInstallation=file://{prof}", "--headless",
            "--norestore", "--convert-to", fmt, "--outdir", str(outdir),
            str(src),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    ext = fmt.split(":")[0]
    out = outdir / (src.stem + "." + ext)
    if not out.exists():
        raise RuntimeError(f"soffice did not produce {out}")
    return out


_RL_FONTS_DONE = False


def register_reportlab_fonts() -> None:
    """Register DejaVu families for reportlab under short names."""
    global _RL_FONTS_DONE
    if _RL_FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    fams = {
        "DV": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
               "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "DVS": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf",
                "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "DVC": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                "DejaVuSansCondensed-Oblique.ttf",
                "DejaVuSansCondensed-BoldOblique.ttf"),
    }
    for fam, (r, b, i, bi) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, font_path(r)))
        pdfmetrics.registerFont(TTFont(fam + "-B", font_path(b)))
        pdfmetrics.registerFont(TTFont(fam + "-I", font_path(i)))
        pdfmetrics.registerFont(TTFont(fam + "-BI", font_path(bi)))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _RL_FONTS_DONE = True


def pil_font(size: int, bold: bool = False, serif: bool = False,
             italic: bool = False, condensed: bool = False):
    from PIL import ImageFont
    base = "DejaVuSerif" if serif else "DejaVuSans"
    if condensed:
        base += "Condensed"
    if bold and italic:
        suf = "-BoldItalic" if serif else "-BoldOblique"
    elif bold:
        suf = "-Bold"
    elif italic:
        suf = "-Italic" if serif else "-Oblique"
    else:
        suf = ""
    return ImageFont.truetype(font_path(base + suf + ".ttf"), size)


def pil_wrap(draw, text: str, font, width: int):
    """Greedy word wrap for Pillow text."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def rl_wrap(text: str, font: str, size: float, width: float):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------------------
# Minimal hand-written WordprocessingML package
# ---------------------------------------------------------------------------
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'mc:Ignorable="w14"')

STYLES_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
              'w:eastAsia="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
              '<w:lang w:val="nb-NO" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/>'
              '</w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr>'
              '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:sz w:val="44"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>'
              '<w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:color w:val="1F4E79"/>'
              '<w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/>'
              '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
              '<w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>'
              '<w:b/><w:color w:val="1F4E79"/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Topptekst"><w:name w:val="header"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Bunntekst"><w:name w:val="footer"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="table" w:default="1" w:styleId="NormalTabell"><w:name w:val="Normal Table"/>'
              '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
              '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
              '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
              '<w:style w:type="table" w:styleId="Tabellrutenett"><w:name w:val="Table Grid"/>'
              '<w:basedOn w:val="NormalTabell"/><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
              '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders></w:tblPr></w:style>'
              '</w:styles>')


def wp(text="", style=None, bold=False, italic=False, size=None, align=None,
       runs=None, keep_next=False, spacing_after=None):
    """One w:p.  runs: pre-built run XML (overrides text)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if spacing_after is not None:
        ppr += f'<w:spacing w:after="{spacing_after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = runs if runs is not None else (wr(text, bold, italic, size) if text else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def wr(text, bold=False, italic=False, size=None, color=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{esc(p)}</w:t>' for p in parts)
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{inner}</w:r>"


def core_xml(title, creator, created, modified, last_by=None, revision="3"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(last_by or creator)}</cp:lastModifiedBy>'
            f'<cp:revision>{revision}</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
            '</cp:coreProperties>')


def app_xml(company="", app="Microsoft Office Word"):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><Application>{esc(app)}</Application>'
            f'<DocSecurity>0</DocSecurity><Company>{esc(company)}</Company>'
            '<AppVersion>16.0000</AppVersion></Properties>')


def docx_package(path, body_xml, *, title, creator, created, modified, company="",
                 header_text=None, footer_page=True, landscape=False, settings_extra="",
                 extra_parts=(), extra_rels=(), extra_types=(), extra_defaults=()):
    """Write a .docx.  extra_rels: (Id, Type, Target[, TargetMode]) for document.xml.rels."""
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, ct in extra_defaults:
        types.append(f'<Default Extension="{ext}" ContentType="{ct}"/>')
    types.append('<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    for pn, ct in extra_types:
        types.append(f'<Override PartName="{pn}" ContentType="{ct}"/>')
    types.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>']
    for rel in extra_rels:
        mode = f' TargetMode="{rel[3]}"' if len(rel) > 3 else ""
        drels.append(f'<Relationship Id="{rel[0]}" Type="{rel[1]}" Target="{rel[2]}"{mode}/>')
    drels.append("</Relationships>")
    if landscape:
        pg = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    else:
        pg = '<w:pgSz w:w="11906" w:h="16838"/>'
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>'
            '<w:footerReference w:type="default" r:id="rId9"/>' + pg +
            '<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
            'w:footer="567" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {W_NS}><w:body>{body_xml}{sect}</w:body></w:document>')
    hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:hdr {W_NS}>' + wp(header_text or "", style="Topptekst", align="right") + '</w:hdr>')
    if footer_page:
        fruns = (wr("Side ") +
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                 + wr(" av ") +
                 '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    else:
        fruns = ""
    ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:ftr {W_NS}>' + wp(style="Bunntekst", align="center", runs=fruns) + '</w:ftr>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'{settings_extra}<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '</w:compat><w:themeFontLang w:val="nb-NO"/></w:settings>')
    parts = [
        ("[Content_Types].xml", "".join(types)),
        ("_rels/.rels", rels),
        ("word/document.xml", document),
        ("word/styles.xml", STYLES_XML),
        ("word/settings.xml", settings),
        ("word/header1.xml", hdr),
        ("word/footer1.xml", ftr),
        ("word/_rels/document.xml.rels", "".join(drels)),
        ("docProps/core.xml", core_xml(title, creator, created, modified)),
        ("docProps/app.xml", app_xml(company)),
    ]
    parts.extend(extra_parts)
    write_zip(path, parts)


def save_docx(doc, path, **kw) -> None:
    """Save a python-docx Document deterministically (see docx_bytes)."""
    Path(path).write_bytes(docx_bytes(doc, **kw))


def docx_bytes(doc, *, title, author, created, modified, last_by=None, revision=4,
               company="") -> bytes:
    """A python-docx Document with fixed core properties, without the library's
    thumbnail and 'generated by python-docx' marks, and with fixed zip stamps."""
    import datetime as _dt
    import io
    import re
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = last_by or author
    cp.comments = ""
    cp.revision = revision
    cp.created = _dt.datetime.fromisoformat(created.replace("Z", ""))
    cp.modified = _dt.datetime.fromisoformat(modified.replace("Z", ""))
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as zf:
        items = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/thumbnail.jpeg":
            continue
        if name == "_rels/.rels":
            data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
        if name == "[Content_Types].xml" and not any(
                n.endswith((".jpeg", ".jpg")) and n != "docProps/thumbnail.jpeg" for n, _ in items):
            data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
        if name == "docProps/app.xml" and company:
            data = re.sub(rb"<Company>[^<]*</Company>|<Company/>", b"", data)
            data = data.replace(b"</Properties>",
                                b"<Company>" + esc(company).encode() + b"</Company></Properties>")
        fixed.append((name, data))
    return zip_bytes(fixed)


# The strategy as the secretariat quotes it in its templates (facts of the world).
OMRADER = (
    ('1', 'Gode valg for den enkelte og for samfunnet'),
    ('2', 'Læring i arbeidslivet'),
    ('3', 'Styrke kompetansen til voksne med svak tilknytning til arbeidslivet'),
)
STRATEGY = (
    ('1.1',
     'Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter '
     'for alle hovedorganisasjonene i arbeidslivet og departementene. KBU skal sammenstille og '
     'analysere kilder til kunnskap om Norges kompetansebehov, nasjonalt og regionalt.'),
    ('1.2',
     'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre'
     ' til rette for regionalt samarbeid mellom ulike kompetanseaktører.'),
    ('1.3',
     'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med '
     'særlig vekt på de regionale karrieresentrene. Styrke kompetansen til karriereveiledere og '
     'rådgivere, inkludert kunnskap om arbeidsliv, arbeidsmarkedets behov for kompetanse, '
     'seniorperspektivet, integreringsperspektivet og samisk kultur- og næringsliv.'),
    ('1.4',
     'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre'
     ' utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.'),
    ('2.1',
     'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den '
     'teknologiske utviklingen og sikre nødvendig omstilling.'),
    ('2.2',
     'Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å '
     'investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.'),
    ('2.3',
     'Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.'),
    ('2.4',
     'Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger'
     ' og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og '
     'videreutdanningstilbud.'),
    ('2.5',
     'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan '
     'utnyttes mer effektivt. Som ledd i dette, vil det utvikles metode og modell for vurdering av '
     'kompetanse ervervet i arbeidslivet.'),
    ('2.6',
     'Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk '
     'utdanning, yrkeskvalifikasjoner og kompletterende utdanning.'),
    ('3.1',
     'Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller '
     'videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.'),
    ('3.2',
     'Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder. '
     'Kompetansepluss arbeid og Kompetansepluss frivillighet videreutvikles i dialog med partene i '
     'arbeidslivet, og med frivillig sektor, herunder VOFO. Det etableres forsøk der Kompetansepluss '
     'arbeid kan kobles sammen med fagopplæring.'),
    ('3.3',
     'Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, '
     'og benytte arbeidslivet mer aktivt som læringsarena.'),
    ('3.4',
     'Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak'
     ' for innvandrere. Styrke samarbeidet mellom myndighetene og partene om dette arbeidet.'),
    ('3.5',
     'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme'
     ' i jobb, gjennom blant annet økt satsing på kurs i grunnleggende ferdigheter, norskopplæring og '
     'utvikling av to-årig yrkesrettet opplæringstiltak.'),
    ('3.6',
     'Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i '
     'frivillig sektor.'),
)
