"""Vestland fylkeskommune: the secretariat's fillable PDF form, filled in and sent back. The form was made in LibreOffice
Writer (an ODT with form controls: text fields and multi-line text areas in a ruled table, one block per measure) and
exported as a PDF form; the county's answers are the fields' values (/V in the AcroForm, NeedAppearances true), not
page text: the page itself holds only the secretariat's Bokmål labels. The answers are Nynorsk: delmål as the county's
words, some with the code in brackets, the kind in the county's words. Eight blocks: six filled, one for a fair held
next year, one left empty. The trap is the county's own fagskole board beside its seat in the national council."""
from __future__ import annotations

from .common import ODF_NS, KURS, INFO, RAD, Odt, lo_to_pdf, row, xml_esc

FILENAME = "Vestland fylkeskommune – rapporteringsskjema 2090 (utfylt).pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("PDF form exported by LibreOffice Writer from a hand-written ODT with form controls (form:text and "
          "form:textarea in ruled tables): an AcroForm with text fields whose values (/V) hold the answers, "
          "NeedAppearances true; dates and /ID fixed")
SHAPE = ("the secretariat's fillable reporting form filled in by the county: the page text is only the form's Bokmål "
         "labels (Medlem, Kontaktperson, «Tiltak 1» … «Tiltak 8», Navn på tiltaket / Delmål i strategien (nummer "
         "eller stikkord) / Type tiltak / Ansvarlig / Samarbeidspartnere / Hva er gjort i 2090); every answer is a "
         "form field's value, in Nynorsk: delmål as words («Fagskuletilbod som svarar til behova i arbeidslivet», "
         "«Regionalt kompetansepolitisk ansvar») or words with the code («Karriererettleiing (1.3)»), the county's "
         "kind words (Deltaking i nasjonalt forum, Rådsarbeid, Styrearbeid, Digitalt verktøy, Regionalt partnarskap, "
         "Opplæringstilbod, Messe); block 7 a fair held next year, block 8 left empty")
NOT_TRUTH = ("the form's title, instructions and labels, the fields Medlem, Kontaktperson and Dato, the Delmål and Type "
             "fields, block 7 'Yrkesmessa Vestland' (held in February next year), the empty block 8, the closing "
             "instruction")
SPLIT_FIELDS = ("samarbeidspartnere",)

FORM_NS = 'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
LABELS = ["Navn på tiltaket", "Delmål i strategien (nummer eller stikkord)", "Type tiltak", "Ansvarlig",
          "Samarbeidspartnere", "Hva er gjort i 2090"]
F24 = "Fagskuletilbod som svarar til behova i arbeidslivet"

# name, delmål text, kind, ansvarleg, samarbeid (as written), partners truth, beskrivelse, seed, dm, type
BLOCKS = [
    ("Nasjonalt forum for karriererettleiing – fylkeskommunane sin plass", "Karriererettleiing (1.3)",
     "Deltaking i nasjonalt forum", "Karriere Vestland", "", "",
     "Vestland møter for fylkeskommunane i forumet. I 2090 leia vi arbeidsgruppa for rettleiing av vaksne i arbeid og "
     "la fram erfaringar frå karrieresentera i fylket.", "M01", "1.3", RAD),
    ("Nasjonalt fagskuleråd", F24, "Rådsarbeid", "Fylkesdirektøren for opplæring og kompetanse", "", "",
     "Fylkesdirektøren sit i rådet som ein av representantane for fylkeskommunane. Rådet gav tilrådingar om "
     "tildeling av utviklingsmidlar til fagskulane.", "M05", "2.4", RAD),
    ("Fagskulestyret i Vestland", F24, "Styrearbeid", "Fagskulen Vestland", "NHO Vestland, LO i Vestland",
     "NHO Vestland, LO i Vestland",
     "Styret for Fagskulen Vestland vedtok i 2090 fire nye studietilbod innan havbruk og elkraft. Styret er "
     "fylkeskommunen sitt eige og ikkje det nasjonale fagskulerådet.", None, "2.4", RAD),
    ("Karrierekompasset i karrieresentera", "1.3", "Digitalt verktøy", "Karriere Vestland", "HK-dir, Kompetanseforbundet",
     "HK-dir, Kompetanseforbundet",
     "Karriere Vestland har teke Karrierekompasset i bruk ved alle karrieresentera i fylket, og rettleiarane følgjer "
     "opp brukarar som bestiller samtale. 2 300 vaksne fekk samtale etter å ha brukt verktøyet.", "J01", "1.3", INFO),
    ("Kompetanseforum Vestland", "Regionalt kompetansepolitisk ansvar", "Regionalt partnarskap",
     "Fylkesdirektøren for opplæring og kompetanse", "NHO Vestland, LO i Vestland, Nav Vestland og Høgskulen på "
     "Vestlandet", "NHO Vestland, LO i Vestland, Nav Vestland, Høgskulen på Vestlandet",
     "Partnarskapet møttest fire gonger og vedtok ein ny regional kompetanseplan for dei neste fire åra.", None, "1.2",
     RAD),
    ("Vidaregåande opplæring for tilsette i havbruk", "Fleksibel opplæring for vaksne (3.1)", "Opplæringstilbod",
     "Seksjon for vaksenopplæring", "Sjømat Norge", "Sjømat Norge",
     "Tilsette i havbruk utan fagbrev fekk modulbasert vidaregåande opplæring på arbeidsplassen. 110 vaksne var med, "
     "og 38 tok fagbrev i akvakultur.", None, "3.1", KURS),
    ("Yrkesmessa Vestland", "Yrkesfag (2.3)", "Messe", "Seksjon for vidaregåande opplæring", "", "",
     "Messa vert halden i februar neste år. Planlegginga starta i haust.", "", "", None),
    ("", "", "", "", "", "", "", "", "", None),
]


class FormOdt(Odt):
    """An Odt whose body holds form controls: the controls are declared in office:forms and placed with draw:control
    inside table cells."""

    def __init__(self):
        super().__init__(font="Liberation Sans", size="10pt")
        self.controls: list[str] = []
        self.n = 0

    def control(self, name: str, value: str, multiline: bool = False, width: float = 11.6) -> str:
        self.n += 1
        cid = f"control{self.n}"
        tag = "form:textarea" if multiline else "form:text"
        self.controls.append(f'<{tag} form:name="{name}" form:id="{cid}" form:current-value="{xml_esc(value)}">'
                             f'<form:properties><form:property form:property-name="MultiLine" '
                             f'office:value-type="boolean" office:boolean-value="{"true" if multiline else "false"}"/>'
                             f'</form:properties></{tag}>')
        h = 2.6 if multiline else 0.62
        return (f'<draw:control text:anchor-type="as-char" svg:y="-0.45cm" draw:z-index="{self.n}" '
                f'draw:style-name="gr1" draw:text-style-name="P_field" svg:width="{width}cm" svg:height="{h}cm" '
                f'draw:control="{cid}"/>')

    def form_block(self, title: str, k: int, values: list[str]) -> None:
        self.p([(title, "b")])
        self.tables += 1
        n = self.tables
        rows = []
        for i, (lab, val) in enumerate(zip(LABELS, values)):
            ctl = self.control(f"tiltak{k}_felt{i + 1}", val, multiline=(i == 5))
            rows.append('<table:table-row>'
                        f'<table:table-cell table:style-name="C_head" office:value-type="string"><text:p '
                        f'text:style-name="P_head">{xml_esc(lab)}</text:p></table:table-cell>'
                        f'<table:table-cell table:style-name="C_cell" office:value-type="string"><text:p '
                        f'text:style-name="P_cell">{ctl}</text:p></table:table-cell></table:table-row>')
        self.body.append(f'<table:table table:name="Tabell{n}" table:style-name="Tab{n}">'
                         f'<table:table-column table:style-name="Tab{n}.C0"/>'
                         f'<table:table-column table:style-name="Tab{n}.C1"/>{"".join(rows)}</table:table>')
        self._widths = getattr(self, "_widths", {})
        self._widths[n] = [4.6, 12.0]

    def header_fields(self, items) -> None:
        self.tables += 1
        n = self.tables
        rows = []
        for lab, val in items:
            ctl = self.control(lab.lower(), val, width=10.0)
            rows.append('<table:table-row>'
                        f'<table:table-cell table:style-name="C_head" office:value-type="string"><text:p '
                        f'text:style-name="P_head">{xml_esc(lab)}</text:p></table:table-cell>'
                        f'<table:table-cell table:style-name="C_cell" office:value-type="string"><text:p '
                        f'text:style-name="P_cell">{ctl}</text:p></table:table-cell></table:table-row>')
        self.body.append(f'<table:table table:name="Tabell{n}" table:style-name="Tab{n}">'
                         f'<table:table-column table:style-name="Tab{n}.C0"/>'
                         f'<table:table-column table:style-name="Tab{n}.C1"/>{"".join(rows)}</table:table>')
        self._widths = getattr(self, "_widths", {})
        self._widths[n] = [4.6, 10.4]

    def content(self) -> str:
        ns = ODF_NS.replace("office:version=", FORM_NS + 'xmlns:xforms="http://www.w3.org/2002/xforms" '
                            "office:version=")
        extra = ('<style:style style:name="gr1" style:family="graphic"><style:graphic-properties '
                 'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>'
                 '<style:style style:name="P_field" style:family="paragraph"><style:text-properties '
                 'fo:font-size="9pt"/></style:style>')
        forms = ('<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
                 '<form:form form:name="Rapporteringsskjema">'
                 f'{"".join(self.controls)}</form:form></office:forms>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-content {ns}><office:font-face-decls/>'
                f'<office:automatic-styles>{self._auto_styles()}{extra}</office:automatic-styles>'
                f'<office:body><office:text>{forms}{"".join(self.body)}</office:text></office:body>'
                '</office:document-content>\n')


def build(out) -> list[dict]:
    o = FormOdt()
    o.p("Rapporteringsskjema – Kompetansepolitisk råd 2090", style="P_title")
    o.p("Fyll ut ett felt per opplysning og én blokk per tiltak. Lagre skjemaet og send det til sekretariatet innen "
        "1. februar. Tomme blokker kan stå.", style="P_sub")
    o.header_fields([("Medlem", "Vestland fylkeskommune"), ("Kontaktperson", "Solveig Tvedt Brekke"),
                     ("Dato", "29.01.2091")])
    rows = []
    for k, (name, dmt, kind, ans, med, partners, beskr, seed, dm, ty) in enumerate(BLOCKS, 1):
        o.p("")
        o.form_block(f"Tiltak {k}", k, [name, dmt, kind, ans, med, beskr])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, beskr))
    o.p("")
    o.p("Takk for rapporteringen. Sekretariatet tar kontakt hvis noe er uklart.", style="P_small")
    data = o.to_bytes("Rapporteringsskjema – Kompetansepolitisk råd 2090", "Solveig Tvedt Brekke",
                      footer="Sekretariatet for Kompetansepolitisk råd · rapporteringsskjema 2090")
    lo_to_pdf(data, ".odt", out / FILENAME)
    return rows


def field_values(path) -> list[tuple[str, str]]:
    """(field name, value) of every AcroForm text field, in the order of the /Fields array."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    out = []
    with pdfplumber.open(str(path)) as pdf:
        form = resolve1(pdf.doc.catalog.get("AcroForm"))

        def walk(refs):
            for ref in resolve1(refs) or []:
                f = resolve1(ref)
                if "Kids" in f and "V" not in f:
                    walk(f["Kids"])
                    continue
                name = f.get("T", b"")
                val = resolve1(f.get("V", b""))
                if isinstance(val, PSLiteral):
                    val = val.name
                out.append((_dec(name), _dec(val)))
        walk(form["Fields"])
    return out


def _dec(b) -> str:
    if isinstance(b, str):
        return b
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be")
    return b.decode("latin-1")


def text(path) -> str:
    from .common import pdf_text
    return pdf_text(path) + "\n" + "\n".join(v for _n, v in field_values(path))
