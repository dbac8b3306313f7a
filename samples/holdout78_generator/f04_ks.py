"""KS: an ordinary Word table whose goal column uses KS' own strategy codes – two letters for the innsatsområde
(GV = Gode valg, LA = Læring i arbeidslivet, SV = Svak tilknytning) and the delmål's number within it, so «LA4» is
delmål 2.4 – explained in a key line above the table. The document carries a Microsoft Purview sensitivity label
(«Intern») in its custom properties and label metadata part, with the footer marking the label adds. A studio closed
at the end of 2097 is told only in words."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "KS – kompetansetiltak 2098 (rapport til KPR).docx"
MEMBER = "KS"
FORMAT = ("DOCX (python-docx), landscape, one ruled six-column table with a shaded header row; a Microsoft Purview "
          "sensitivity label added to the package (MSIP_Label_… custom properties in docProps/custom.xml and "
          "docMetadata/LabelInfo.xml with its classificationlabels relationship) and the label's footer marking "
          "«Intern»; zip normalised")
SHAPE = ("ordinary Word table with letter-coded strategy references: title, intro, a key line «Strategikode: GV = Gode "
         "valg for den enkelte og samfunnet, LA = Læring i arbeidslivet, SV = Styrke kompetansen til voksne med svak "
         "tilknytning til arbeidslivet; tallet er delmålets nummer i innsatsområdet (LA4 = delmål 2.4)», header "
         "Tiltak / Kort om 2098 / Strategikode / Form / KS-område / Samarbeid; goal cells «LA3», «LA2», «SV4», "
         "«LA1», «GV2» – never the dotted code; KS' kind words (Rådsarbeid, Undersøkelse, Analyse, Prosjekt, "
         "Lederutdanning, Nettverk); the SRY seat «Faglig råd for helse- og oppvekstfag – KS' medlem og vara»; KS' "
         "own extra analysis of the joint survey for the counties (its own extension, not the joint measure); a "
         "studio closed at the end of 2097 told only in words; the footer «Intern» from the label")
NOT_TRUTH = ("the title, intro and key line, the header, the Strategikode and Form cells, the row 'Nettstudio for "
             "e-læring' (closed at the end of 2097), the footer «Intern», the label metadata")
SPLIT_FIELDS = ("samarbeidspartnere",)

AREA = {"1": "GV", "2": "LA", "3": "SV"}
LABEL_ID = "5d2f1c7e-6a3b-4f0e-9c1d-2b7a8e4f6a10"
SITE_ID = "0b8e3c55-41f7-4a4e-8f9c-7d1e2a6b9c33"

# name, kort om, delmål, form, område, samarbeid, seed, type
ROWS = [
    ("Faglig råd for helse- og oppvekstfag – KS' medlem og vara",
     "KS har et medlem og en vara i rådet. Rådet arbeidet i 2098 med læreplanene i helsearbeiderfaget og barne- og "
     "ungdomsarbeiderfaget og ga råd om dimensjonering av læreplasser.", "2.3", "Rådsarbeid", "Arbeidsgiverpolitikk",
     "", "M02", RAD),
    ("Kompetansetermometeret 2098 – kommunesektoren",
     "KS sto for kommuneutvalget i den felles undersøkelsen. 312 kommuner og alle fylkeskommunene svarte; "
     "resultatene ble presentert på Kommunalpolitisk toppmøte.", "2.2", "Undersøkelse", "Analyse og statistikk",
     "NHO, Virke", "J02", FOU),
    ("Tilleggsanalyse av Kompetansetermometeret for fylkeskommunene",
     "KS bestilte en egen analyse av fylkeskommunenes svar, med vekt på tannhelse og samferdsel. Tilleggsanalysen "
     "er KS' egen og inngår ikke i fellesundersøkelsen.", "2.2", "Analyse", "Analyse og statistikk",
     "Telemarksforsking", None, FOU),
    ("Språkvakta i kommunale sykehjem",
     "Ansatte med kort botid i 14 kommuner fikk norskopplæring lagt inn i vaktene, og 60 språkmentorer ble lært opp. "
     "KS koordinerte kommunenes del av prosjektet.", "3.4", "Prosjekt", "Arbeidsgiverpolitikk",
     "Spekter, Unio, 14 kommuner", "J05", PROSJEKT),
    ("Lederutdanning i digital omstilling",
     "Videreutdanning på 15 studiepoeng for ledere i kommunene om å lede digitale endringer. 95 ledere fullførte.",
     "2.1", "Lederutdanning", "KS Læring", "OsloMet", None, KURS),
    ("Regionale kompetansenettverk for kommunene",
     "KS' regionkontorer drev nettverk der kommunene samarbeider om rekruttering og kompetanseplaner. Ti nettverk "
     "var i gang ved utgangen av året.", "1.2", "Nettverk", "KS' regionkontorer", "fylkeskommunene", None, RAD),
    ("Nettstudio for e-læring",
     "Studioet ble lagt ned ved utgangen av 2097, og produksjonen er flyttet til KS Læring.", "2.1", "Prosjekt",
     "KS Læring", "", "", None),
]


def code(dm: str) -> str:
    a, n = dm.split(".")
    return AREA[a] + n


def _custom_xml() -> bytes:
    fmt = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
    props = [("Enabled", "true"), ("SetDate", "2099-01-12T08:05:44Z"), ("Method", "Standard"), ("Name", "Intern"),
             ("SiteId", SITE_ID), ("ActionId", "c3a1f0e2-9b7d-4e61-a2f5-60d8b4e7c912"), ("ContentBits", "2")]
    body = "".join(f'<property fmtid="{fmt}" pid="{i}" name="MSIP_Label_{LABEL_ID}_{k}"><vt:lpwstr>{v}</vt:lpwstr>'
                   f'</property>' for i, (k, v) in enumerate(props, 2))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxml'
            'formats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/office'
            f'Document/2006/docPropsVTypes">{body}</Properties>').encode()


def _label_xml() -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<clbl:labelList xmlns:clbl="http://schemas.'
            f'microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{{{LABEL_ID}}}" enabled="1" '
            f'method="Standard" siteId="{{{SITE_ID}}}" contentBits="2" removed="0"/></clbl:labelList>').encode()


def _add_label(data: bytes) -> bytes:
    """Add the label parts to the package, as Office does when a sensitivity label is applied."""
    import io
    import zipfile

    from .common import zip_entries
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, d in parts:
        if name == "[Content_Types].xml":
            d = d.replace(b"</Types>",
                          b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
                          b'officedocument.custom-properties+xml"/><Override PartName="/docMetadata/LabelInfo.xml" '
                          b'ContentType="application/vnd.ms-office.classificationlabels+xml"/></Types>')
        elif name == "_rels/.rels":
            d = d.replace(b"</Relationships>",
                          b'<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                          b'relationships/custom-properties" Target="docProps/custom.xml"/><Relationship Id="rId91" '
                          b'Type="http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels" '
                          b'Target="docMetadata/LabelInfo.xml"/></Relationships>')
        out.append((name, d, True))
        if name == "docProps/app.xml":
            out.append(("docProps/custom.xml", _custom_xml(), True))
            out.append(("docMetadata/LabelInfo.xml", _label_xml(), True))
    return zip_entries(out)


def build(out) -> list[dict]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("KS – kompetansetiltak i 2098", "bs16")])
    d.add_paragraph(
        "Rapporten gjelder tiltak der KS har hatt ansvaret eller bidratt i 2098. Vi bruker de samme strategikodene som "
        "i KS' handlingsplan for kompetanse.")
    p = d.add_paragraph()
    runs(p, [("Strategikode: GV = Gode valg for den enkelte og samfunnet, LA = Læring i arbeidslivet, SV = Styrke "
              "kompetansen til voksne med svak tilknytning til arbeidslivet; tallet er delmålets nummer i "
              "innsatsområdet (LA4 = delmål 2.4).", "i")])
    head = ["Tiltak", "Kort om 2098", "Strategikode", "Form", "KS-område", "Samarbeid"]
    body = [[n, k, code(dm), f, o, s] for n, k, dm, f, o, s, *_r in ROWS]
    ruled_table(d, head, body, [5.2, 9.0, 2.2, 2.6, 3.4, 3.6], fill="DDEBF7", size=9.5)
    footer = d.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = footer.add_run("Intern")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x73, 0x73, 0x73)
    (out / FILENAME).write_bytes(_add_label(docx_bytes(d, "Ingrid Holm")))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, o, s, k) for n, k, dm, _f, o, s, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
