"""Innlandet fylkeskommune: an ordinary Word table with two goal columns side by side: «Nasjonalt delmål» (the
strategy's code) and «Regional plan» (the county's own regional plan goal, numbered the same way: «RP 3.1 Grønn
omstilling»). Only the first is the delmål. The NFK seat is held for all the county councils. The trap is the
county's own pilot named after the joint programme, right under the county's part of it. An offer that starts in
February 2095 is told only in words."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .common import INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, docx_text_deep, row, save_docx

FILENAME = "Innlandet fylkeskommune – tiltak 2094.docx"
MEMBER = "Innlandet fylkeskommune"
FORMAT = "DOCX (python-docx), landscape, one ruled seven-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table: a head with the county's name and the case number, title, intro, header Tiltak / "
         "Innhold 2094 / Nasjonalt delmål / Regional plan / Tiltaksform / Sektor / Partnere; two goal columns side by "
         "side – the strategy's code and the county's own regional-plan goal numbered the same way («RP 1.2 "
         "Karriereveiledning for alle», «RP 3.1 Grønn omstilling», «RP 2.3 Flere med fagbrev», «RP 1.1 Samarbeid i "
         "regionen»), only the first being the delmål; the county's kind words (Forumplass, Kurstilbud, Pilot, "
         "Nettveiledning, Partnerskapsforum, Opplæringstilbud); the responsible as the county's sector; the NFK seat "
         "«Fylkeskommunenes plass i Nasjonalt forum for karriereveiledning»; the county's own pilot named after the "
         "joint programme right under its part of it; an offer that starts in February 2095 told only in words")
NOT_TRUTH = ("the head, title and intro, the header, the Nasjonalt delmål, Regional plan and Tiltaksform cells, the row "
             "'Realkompetansevurdering i Valdres' (starts in February 2095), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, innhold, dm, regional plan, form, sektor, partnere, seed, type
ROWS = [
    ("Fylkeskommunenes plass i Nasjonalt forum for karriereveiledning",
     "Innlandet møter for fylkeskommunene i forumet. Vi la fram erfaringer fra karrieresenterets nettveiledning for "
     "voksne.", "1.3", "RP 1.2 Karriereveiledning for alle", "Forumplass", "Karrieresenter Innlandet", "", "M05",
     RAD),
    ("Klimaløftet – kurs i Innlandet",
     "Fylkeskommunen organiserte kurs i varmepumper og solceller ved Fagskolen Innlandet for 260 fagarbeidere, som "
     "del av det felles programmet.", "2.4", "RP 3.1 Grønn omstilling", "Kurstilbud", "Videregående opplæring",
     "Fagskolen Innlandet, LO, NHO Innlandet", "J01", KURS),
    ("Klimaløftet landbruk – egen pilot",
     "Fylkeskommunens egen pilot med kurs i energi og klima for bønder og landbruksvikarer. Piloten er "
     "fylkeskommunens egen og er ikke en del av Klimaløftet.", "2.4", "RP 3.1 Grønn omstilling", "Pilot",
     "Næring og samfunn", "Norges Bondelag, NLR Innlandet", None, PROSJEKT),
    ("Nettveiledning for voksne",
     "Karrieresenter Innlandet tilbyr chat- og videoveiledning for voksne på kveldstid. 3 400 samtaler i 2094.",
     "1.3", "RP 1.2 Karriereveiledning for alle", "Nettveiledning", "Karrieresenter Innlandet", "NAV Innlandet",
     None, INFO),
    ("Kompetanseforum Innlandet",
     "Partnerskapsforum der fylkeskommunen, NAV, kommunene, partene og utdanningsinstitusjonene samordner "
     "kompetansetiltak i regionen. Fire møter i 2094.", "1.2", "RP 1.1 Samarbeid i regionen", "Partnerskapsforum",
     "Næring og samfunn", "NAV Innlandet, KS Innlandet, LO Innlandet, NHO Innlandet, Universitetet i Innlandet",
     None, RAD),
    ("Fagbrev på jobb for assistenter i kommunene",
     "Assistenter i barnehager og skoler tar fagbrev som barne- og ungdomsarbeider ved siden av jobben. 85 kandidater "
     "i 2094.", "2.5", "RP 2.3 Flere med fagbrev", "Opplæringstilbud", "Videregående opplæring",
     "kommunene i Innlandet", None, KURS),
    ("Realkompetansevurdering i Valdres",
     "Tilbudet er vedtatt og starter opp i februar 2095.", "2.5", "RP 2.3 Flere med fagbrev", "Opplæringstilbud",
     "Videregående opplæring", "", "", None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, margins_cm=1.7)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    add_runs(p, [("Innlandet fylkeskommune", "b"), ("          Saksnr. 2094/18842", "g")])
    p = d.add_paragraph()
    add_runs(p, [("Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – 2094", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("Fylkeskommunen rapporterer her tiltakene for 2094. Vi viser både til delmålet i den nasjonale "
                    "strategien og til målet i Regional plan for kompetanse i Innlandet 2092–2096.")
    head = ["Tiltak", "Innhold 2094", "Nasjonalt delmål", "Regional plan", "Tiltaksform", "Sektor", "Partnere"]
    body = [[n, inn, dm, rp, form, sek, med] for n, inn, dm, rp, form, sek, med, _s, _t in ROWS]
    docx_table(d, head, body, [4.4, 7.2, 1.9, 3.4, 2.6, 3.0, 3.8], fill="FFF2CC", bold_first=True)
    rows = []
    for n, inn, dm, _rp, _form, sek, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, sek, med, inn))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Anne Lise Brattli, seksjon for kompetanse og karriere")
    save_docx(d, out / FILENAME, "Anne Lise Brattli")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
