"""UHR: the secretariat's Word template sent back with the measures as review comments.

The template lists the strategy's delmål and has an empty table at the back. UHR left the table
empty and put one comment per measure on the delmål paragraph it belongs to; a colleague replied
in one thread, and two comments are only remarks.
"""
from __future__ import annotations

from .common import OMRADER, STRATEGY, W_NS, docx_package, esc, truth, wp, wr

FILENAME = "Rapporteringsmal 2072 - UHR med kommentarer.docx"
MEMBER = "UHR"
FORMAT = ("DOCX (hand-written WordprocessingML) with review comments: comments.xml anchored by "
          "commentRangeStart/End, threaded replies in commentsExtended.xml (w15:paraIdParent)")
SHAPE = ("the secretariat's template (the strategy's delmål text under hovedinnsatsområde headings, an empty "
         "table at the back) with every measure written as a margin comment anchored to the delmål paragraph it "
         "belongs to (delmål only by anchor); comment = name line, text line, 'Type: … Ansvar: … Med: …' line; a "
         "reply thread and two comments that are remarks or a 2073 plan (not truth rows)")
NOT_TRUTH = "the template text and the strategy's delmål, the empty table, comment 0 (not relevant, 1.1), the reply thread on comment 3 (comments 4-5) and comment 9 (planned 2073)"

A1, A2 = ("Ingrid Solberg", "IS"), ("Jon Våge", "JV")

# (comment id, delmål anchor, author, date, paragraphs, parent id, truth)
# truth: (seed, tiltak, type, ansvarlig, med, beskrivelse)
COMMENTS = [
    (0, "1.1", A1, "2073-01-21T09:02:00Z", ["Ikke relevant for UHR i 2072 – vi sitter ikke i KBU."], None, None),
    (1, "1.4", A1, "2073-01-21T09:10:00Z",
     ["Råd for samarbeid med arbeidslivet (RSA)",
      "UHR har koordinert nettverket for RSA-lederne ved universitetene og høyskolene, med to nettverksmøter i "
      "2072 om etter- og videreutdanning.",
      "Type: råd/nettverk. Ansvar: UHR. Med: universitetene og høyskolene, NHO, LO, fylkeskommunene."], None,
     ("M03", "Råd for samarbeid med arbeidslivet (RSA)", "Råd/utvalg/nettverk", "UHR",
      "universitetene og høyskolene, NHO, LO, fylkeskommunene",
      "UHR har koordinert nettverket for RSA-lederne ved universitetene og høyskolene, med to nettverksmøter i "
      "2072 om etter- og videreutdanning.")),
    (2, "1.4", A1, "2073-01-21T09:18:00Z",
     ["Strategiske enheter (UHR-Lærerutdanning, UHR-Helse og velferd, UHR-MNT m.fl.)",
      "De fagstrategiske enhetene har i 2072 arbeidet med praksis i utdanningene og dialog med arbeidslivet om "
      "relevans.",
      "Type: råd/utvalg. Ansvar: UHR. Med: arbeidslivets parter i enhetenes råd."], None,
     ("M06", "Strategiske enheter (UHR-Lærerutdanning, UHR-Helse og velferd, UHR-MNT m.fl.)",
      "Råd/utvalg/nettverk", "UHR", "arbeidslivets parter i enhetenes råd",
      "De fagstrategiske enhetene har i 2072 arbeidet med praksis i utdanningene og dialog med arbeidslivet om "
      "relevans.")),
    (3, "1.4", A1, "2073-01-21T09:25:00Z",
     ["Kartlegging av RSA-arbeidet",
      "Spørreundersøkelse til alle institusjonene om hvordan rådene for samarbeid med arbeidslivet fungerer; "
      "rapport i november 2072.",
      "Type: kartlegging (FoU). Ansvar: UHR. Med: –"], None,
     (None, "Kartlegging av RSA-arbeidet", "FoU", "UHR", "",
      "Spørreundersøkelse til alle institusjonene om hvordan rådene for samarbeid med arbeidslivet fungerer; "
      "rapport i november 2072.")),
    (4, "1.4", A2, "2073-01-22T13:40:00Z",
     ["Skal kartleggingen stå som eget tiltak? Den handler jo om RSA."], 3, None),
    (5, "1.4", A1, "2073-01-22T14:05:00Z",
     ["Ja – det er vårt eget tiltak, ikke rådsarbeidet. Lar den stå."], 3, None),
    (6, "2.4", A1, "2073-01-21T09:40:00Z",
     ["EVU Sør – etter- og videreutdanning for prosessindustrien",
      "Pilot der Universitetet i Agder og fagskolene i Agder lager korte, tilpassede moduler for ansatte i "
      "prosessindustrien.",
      "Type: prosjekt. Ansvar: UHR og Universitetet i Agder. Med: Agder fylkeskommune, Eyde-klyngen."], None,
     ("J07", "EVU Sør – etter- og videreutdanning for prosessindustrien", "Prosjekt",
      "UHR og Universitetet i Agder", "Agder fylkeskommune, Eyde-klyngen",
      "Pilot der Universitetet i Agder og fagskolene i Agder lager korte, tilpassede moduler for ansatte i "
      "prosessindustrien.")),
    (7, "2.4", A1, "2073-01-21T09:47:00Z",
     ["evu.no – felles inngang til etter- og videreutdanning",
      "Nettstedet samler tilbudene fra 24 institusjoner og ble relansert i mai 2072.",
      "Type: informasjon. Ansvar: UHR. Med: institusjonene."], None,
     (None, "evu.no – felles inngang til etter- og videreutdanning", "Informasjon", "UHR", "institusjonene",
      "Nettstedet samler tilbudene fra 24 institusjoner og ble relansert i mai 2072.")),
    (8, "2.6", A1, "2073-01-21T09:55:00Z",
     ["Revisjon av GSU-listen",
      "Arbeidsgruppe har revidert kravene til generell studiekompetanse for søkere med utenlandsk utdanning; "
      "ny liste gjelder fra opptaket 2073.",
      "Type: prosjekt. Ansvar: UHR. Med: HK-dir, NOKUT."], None,
     (None, "Revisjon av GSU-listen", "Prosjekt", "UHR", "HK-dir, NOKUT",
      "Arbeidsgruppe har revidert kravene til generell studiekompetanse for søkere med utenlandsk utdanning; "
      "ny liste gjelder fra opptaket 2073.")),
    (9, "3.1", A1, "2073-01-21T10:02:00Z",
     ["Planlagt 2073: fleksibel bachelor for voksne i arbeid (UHR-MNT). Ikke startet i 2072."], None, None),
]

W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _para_id(cid, k):
    return f"{0x1A2B3C00 + cid * 16 + k:08X}"


def _comments_xml():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           f'xmlns:w14="{W14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'mc:Ignorable="w14">']
    for cid, _dm, (author, ini), date, paras, _parent, _t in COMMENTS:
        out.append(f'<w:comment w:id="{cid}" w:author="{esc(author)}" w:date="{date}" w:initials="{ini}">')
        for k, ptxt in enumerate(paras):
            ref = '<w:r><w:rPr><w:rStyle w:val="Merknadsreferanse"/></w:rPr><w:annotationRef/></w:r>' if k == 0 else ""
            bold = k == 0 and len(paras) > 1
            out.append(f'<w:p w14:paraId="{_para_id(cid, k)}" w14:textId="77777777"><w:pPr>'
                       f'<w:pStyle w:val="Merknadstekst"/></w:pPr>{ref}{wr(ptxt, bold=bold)}</w:p>')
        out.append("</w:comment>")
    out.append("</w:comments>")
    return "".join(out)


def _comments_ex():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w15:commentsEx xmlns:w15="{W15}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'mc:Ignorable="w15">']
    last = {c[0]: _para_id(c[0], len(c[4]) - 1) for c in COMMENTS}
    for cid, _dm, _a, _d, _p, parent, _t in COMMENTS:
        par = f' w15:paraIdParent="{last[parent]}"' if parent is not None else ""
        out.append(f'<w15:commentEx w15:paraId="{last[cid]}"{par} w15:done="0"/>')
    out.append("</w15:commentsEx>")
    return "".join(out)


def build(out):
    body = [wp("Rapportering 2072 – oppfølging av Nasjonal kompetansepolitisk strategi", style="Tittel"),
            wp("Mal fra sekretariatet for Kompetansepolitisk råd, versjon desember 2072."),
            wp(runs=wr("Medlem: ", bold=True) + wr("UHR – Universitets- og høgskolerådet")),
            wp("Fyll ut tiltakstabellen i vedlegg A, eller knytt tiltakene direkte til delmålene nedenfor. "
               "Frist: 31. januar 2073."),
            wp(runs=wr("UHR: Vi har lagt tiltakene inn som kommentarer til delmålene under. Tabellen i vedlegg A "
                       "er derfor tom. – IS", color="C00000")),
            wp("Strategiens delmål", style="Overskrift1")]
    by_dm: dict[str, list[int]] = {}
    for c in COMMENTS:
        by_dm.setdefault(c[1], []).append(c[0])
    for oid, oname in OMRADER:
        body.append(wp(f"Hovedinnsatsområde {oid}: {oname}", style="Overskrift2"))
        for code, text in STRATEGY:
            if not code.startswith(oid + "."):
                continue
            ids = by_dm.get(code, [])
            starts = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in ids)
            ends = "".join(f'<w:commentRangeEnd w:id="{i}"/><w:r><w:rPr><w:rStyle w:val="Merknadsreferanse"/>'
                           f'</w:rPr><w:commentReference w:id="{i}"/></w:r>' for i in ids)
            body.append(wp(runs=starts + wr(code + " ", bold=True) + wr(text) + ends))
    body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    body.append(wp("Vedlegg A – Tiltakstabell", style="Overskrift1"))
    head = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]

    def row(cells, bold=False):
        return "<w:tr>" + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="1600" w:type="dxa"/></w:tcPr>{wp(c, bold=bold)}</w:tc>' for c in cells) + "</w:tr>"
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutenett"/><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>'
                '<w:tblGrid>' + '<w:gridCol w:w="1600"/>' * 6 + '</w:tblGrid>'
                + row(head, True) + row([""] * 6) + row([""] * 6) + "</w:tbl>")
    body.append(wp("Type: FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon eller arrangement.",
                   italic=True))
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    docx_package(
        out / FILENAME, "".join(body), title="Rapporteringsmal 2072", creator="Sekretariatet KPR",
        created="2072-12-02T08:00:00Z", modified="2073-01-22T14:06:00Z",
        company="Universitets- og høgskolerådet", header_text="Kompetansepolitisk råd – rapportering 2072",
        extra_parts=[("word/comments.xml", _comments_xml()), ("word/commentsExtended.xml", _comments_ex())],
        extra_rels=[("rId20", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
                     "comments.xml"),
                    ("rId21", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                     "commentsExtended.xml")],
        extra_types=[("/word/comments.xml", ct + "comments+xml"),
                     ("/word/commentsExtended.xml", ct + "commentsExtended+xml")])
    rows = []
    for _cid, dm, _a, _d, _p, _par, t in COMMENTS:
        if t:
            seed, name, typ, ans, med, desc = t
            rows.append(truth(FILENAME, MEMBER, name, seed, dm, typ, ans, med, desc))
    return rows


assert W_NS  # the document part uses the shared namespace list
