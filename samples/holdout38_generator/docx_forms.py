"""Word forms: Vestland (Nynorsk, content controls incl. a drop-down and an
unfilled placeholder) and Fagskolerådet (Nynorsk, direct list numbering)."""
from __future__ import annotations

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .common import Doc, Row, pin_zip, set_docx_core

PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def _run(text, bold=False, grey=False):
    r = _el("w:r")
    rpr = _el("w:rPr")
    if bold:
        rpr.append(_el("w:b"))
    if grey:
        rpr.append(_el("w:color", **{"w:val": "808080"}))
    if len(rpr):
        r.append(rpr)
    t = _el("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


_ID = [7000]


def inline_sdt(paragraph, alias, tag, text, dropdown=None):
    """Append a run-level content control to a paragraph."""
    _ID[0] += 1
    sdt = _el("w:sdt")
    pr = _el("w:sdtPr")
    pr.append(_el("w:alias", **{"w:val": alias}))
    pr.append(_el("w:tag", **{"w:val": tag}))
    pr.append(_el("w:id", **{"w:val": str(_ID[0])}))
    empty = not text
    if empty:
        pr.append(_el("w:showingPlcHdr"))
    if dropdown:
        dd = _el("w:dropDownList")
        for item in dropdown:
            dd.append(_el("w:listItem", **{"w:displayText": item,
                                           "w:value": item}))
        pr.append(dd)
    else:
        pr.append(_el("w:text"))
    sdt.append(pr)
    content = _el("w:sdtContent")
    content.append(_run(PLACEHOLDER if empty else text, grey=empty))
    sdt.append(content)
    paragraph._p.append(sdt)


VL_TYPES = ["Vel eit element.", "FoU", "Kurs/utdanning", "Råd/utval/nettverk",
            "Prosjekt", "Informasjon", "Arrangement"]
VL_DELMAL = {
    "1.2": "1.2 Regionalt folkevald nivå si rolle",
    "1.3": "1.3 Karriererettleiing og karrieresenter",
    "2.3": "2.3 Karrierevegar i yrkesfaga",
    "2.4": "2.4 Kople kompetansebehov til tilbydarar",
    "3.1": "3.1 Fleksibel opplæring for vaksne",
}
VL_ROWS = [
    (Row("M05", "Vestland fylkeskommune har plass i Nasjonalt fagskuleråd",
         "2.4", "Råd/utvalg/nettverk",
         "Avdeling for opplæring og kompetanse", "",
         "Fylkesdirektøren for opplæring sit i rådet på vegner av "
         "fylkeskommunane og løftar fram behovet for fagskuletilbod innan "
         "maritime fag og fornybar energi."), "Råd/utval/nettverk"),
    (Row("M06", "Deltaking i Nasjonalt forum for karriererettleiing", "1.3",
         "Råd/utvalg/nettverk", "Karriere Vestland", "",
         "Karriere Vestland representerer fylkeskommunen i forumet og deler "
         "erfaringar frå dei regionale karrieresentera."),
     "Råd/utval/nettverk"),
    (Row("J03", "YFU – Yrkesfagsuka", "2.3", "Arrangement",
         "Seksjon for fagopplæring",
         "KS, Trøndelag fylkeskommune, opplæringskontora i Vestland",
         "Ei veke i oktober der elevar i ungdomsskulen møter lærlingar, "
         "instruktørar og bedrifter for å bli kjende med yrkesfaglege "
         "utdanningsval og karrierevegar."), "Arrangement"),
    (Row("R105", "Kompetanseforum Vestland", "1.2", "Råd/utvalg/nettverk",
         "Fylkesdirektør for strategi og samfunn",
         "NAV Vestland, LO Vestland, NHO Vestland, Høgskulen på Vestlandet",
         "Regionalt partnarskap som samordnar arbeidet med den regionale "
         "kompetanseplanen og møtest fire gonger i året."),
     "Råd/utval/nettverk"),
    (Row("R106", "Modulbasert fagbrevløp for vaksne i Sunnfjord", "3.1",
         "Kurs/utdanning", "Vaksenopplæringa i Vestland", "NAV Sunnfjord",
         "Vaksne tek fagbrev i helsearbeidarfaget modul for modul, med "
         "undervisning på kveldstid og praksis i kommunane."),
     "Kurs/utdanning"),
]


def build_vestland(out_dir) -> Doc:
    fn = "Vestland_fylkeskommune_innspel_2058.docx"
    d = Document()
    set_docx_core(d, "Innspel til Kompetansepolitisk råd 2058",
                  "Vestland fylkeskommune")
    d.add_heading("Rapportering til Kompetansepolitisk råd", 1)
    p = d.add_paragraph("Rapporterande medlem: ")
    inline_sdt(p, "Medlem", "medlem", "Vestland fylkeskommune")
    p = d.add_paragraph("Rapporteringsår: ")
    inline_sdt(p, "År", "aar", "2058")
    d.add_paragraph(
        "Fyll ut eitt skjema per tiltak. Bruk nedtrekkslistene for delmål "
        "og type tiltak.")
    for n, (r, vtype) in enumerate(VL_ROWS, start=1):
        d.add_heading(f"Tiltak {n}", 2)
        fields = [
            ("Namn på tiltaket", "namn", r.tiltak, None),
            ("Delmål i strategien", "delmaal", VL_DELMAL[r.delmal],
             list(VL_DELMAL.values())),
            ("Type tiltak", "type", vtype, VL_TYPES),
            ("Ansvarleg", "ansvarleg", r.ansvarlig, None),
            ("Samarbeidspartnarar", "partnarar", r.partners, None),
        ]
        for label, tag, val, dd in fields:
            para = d.add_paragraph()
            para.paragraph_format.space_after = Pt(2)
            rr = para.add_run(label + ": ")
            rr.bold = True
            inline_sdt(para, label, f"{tag}_{n}", val, dd)
        para = d.add_paragraph()
        rr = para.add_run("Kort skildring: ")
        rr.bold = True
        inline_sdt(para, "Kort skildring", f"skildring_{n}", r.beskrivelse)
    d.add_paragraph()
    d.add_paragraph("Skjemaet er godkjent av fylkesdirektør for opplæring "
                    "og kompetanse.")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "Vestland fylkeskommune",
               "Nynorsk Word form with content controls (text, drop-down "
               "lists, unfilled placeholders), one block per tiltak",
               [r for r, _ in VL_ROWS])


FSR_ROWS = [
    (Row("M05", "Fagskulerådet sitt arbeid i Nasjonalt fagskoleråd", "2.4",
         "Råd/utvalg/nettverk", "Dagleg leiar", "",
         "Vi har to medlemer i Nasjonalt fagskoleråd og har i 2058 særleg "
         "arbeidd for betre finansiering av korte fagskuletilbod."),
     "2.4 – kople kompetansebehov i næringslivet til tilbydarar",
     "Råd/utval"),
    (Row("J06", "VURA", "2.5", "Prosjekt", "Fagskulerådet",
         "Trøndelag fylkeskommune, UHR",
         "Fagskulane prøver ut ein felles modell for vurdering av "
         "realkompetanse som er ervervd i arbeidslivet."),
     "2.5 – dokumentere kompetanse frå arbeidslivet", "Utviklingsprosjekt"),
    (Row("R107", "Fagskulekonferansen 2058", "2.4", "Arrangement",
         "Fagskulerådet", "Fagskolen Vest, Fagskolen Innlandet",
         "Den årlege konferansen hadde «Nasjonalt fagskoleråd – kva no?» "
         "som hovudtema, med innlegg frå leiaren av rådet.",
         trap="own conference whose theme is FSR"),
     "2.4", "Konferanse"),
    (Row("R108", "Nettbasert fagskuleutdanning i bygg for vaksne i arbeid",
         "3.1", "Kurs/utdanning", "Fagskolen Innlandet", "Byggenæringens "
         "Landsforening",
         "Deltidsstudium på 60 studiepoeng med samlingar i helgene, retta "
         "mot fagarbeidarar som vil ta vidare utdanning utan å slutte i "
         "jobben."),
     "3.1 – fleksibel opplæring på vaksne sine premissar",
     "Utdanningstilbod"),
]


def _add_numbering(d) -> int:
    """Create an own abstractNum/num and return the numId."""
    numbering = d.part.numbering_part.element
    abs_id, num_id = "77", "77"
    an = _el("w:abstractNum", **{"w:abstractNumId": abs_id})
    an.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
    lvl = _el("w:lvl", **{"w:ilvl": "0"})
    lvl.append(_el("w:start", **{"w:val": "1"}))
    lvl.append(_el("w:numFmt", **{"w:val": "decimal"}))
    lvl.append(_el("w:lvlText", **{"w:val": "Tiltak %1:"}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", **{"w:left": "1134", "w:hanging": "1134"}))
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = _el("w:num", **{"w:numId": num_id})
    num.append(_el("w:abstractNumId", **{"w:val": abs_id}))
    numbering.append(num)
    return int(num_id)


def _numbered(d, text, num_id):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": "0"}))
    numpr.append(_el("w:numId", **{"w:val": str(num_id)}))
    ppr.append(numpr)
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    return p


def build_fagskoleradet(out_dir) -> Doc:
    fn = "Fagskoleradet_tiltak_2058.docx"
    d = Document()
    set_docx_core(d, "Fagskulerådet – tiltak 2058", "Fagskulerådet")
    num_id = _add_numbering(d)
    d.add_heading("Fagskulerådet – rapport om tiltak i 2058", 1)
    d.add_paragraph(
        "Fagskulerådet er interesseorganisasjonen for fagskulane. Under "
        "følgjer tiltaka våre som høyrer inn under den nasjonale "
        "kompetansepolitiske strategien.")
    for r, dtxt, ttxt in FSR_ROWS:
        _numbered(d, r.tiltak, num_id)
        for label, val in (("Delmål", dtxt), ("Kva slags tiltak", ttxt),
                           ("Ansvarleg", r.ansvarlig),
                           ("Partnarar", r.partners)):
            if not val:
                continue
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(2)
            p.paragraph_format.space_after = Pt(0)
            p.add_run(f"{label}: ").italic = True
            p.add_run(val)
        p = d.add_paragraph(r.beskrivelse)
        p.paragraph_format.left_indent = Cm(2)
    d.add_paragraph()
    d.add_paragraph("Med helsing\nFagskulerådet")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "Fagskolerådet",
               "Nynorsk Word list with direct numbering (numPr with own "
               "'Tiltak %1:' label), indented field lines under each item",
               [r for r, _, _ in FSR_ROWS])
