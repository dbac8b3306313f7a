"""05 – KS: XML export from the organisation's plan and reporting system."""
from __future__ import annotations

from pathlib import Path

from .common import R, esc

FILE = "KS_styringsportal_eksport_2070.xml"
MEMBER = "KS"
HOW = "XML (UTF-8, default namespace, xml-stylesheet PI, CDATA), written as text"
SHAPE = ("Structured XML export: <tiltak status=…> elements with <navn>, <strategikobling> (delmål as "
         "attribute kode=\"1.1\" or only as text of the goal), <kategori kode=…> in KS's own words, "
         "<ansvar>, <partnere><partner>, <beskrivelse> in CDATA; one 'avsluttet' (2069) and one "
         "'planlagt' (2071) element; a <kodeverk> block listing categories")

ROWS = [
    R("KS' representasjon i Kompetansebehovsutvalget (KBU)", "M01", "1.1", "Råd/utvalg/nettverk",
      "KS Arbeidsgiverpolitikk", "",
      "KS deltar med ett medlem og har levert data om rekrutteringsbehov i kommunesektoren.",
      kat=("RU", "Rådsarbeid"), kode=True, id="KS-2070-002"),
    R("Arbeidet i SRY", "M02", "1.4", "Råd/utvalg/nettverk", "KS Arbeidsgiverpolitikk", "",
      "KS møter i Samarbeidsrådet for yrkesopplæring og i tre faglige råd.",
      kat=("RU", "Rådsarbeid"), kode=False, id="KS-2070-003"),
    R("Digital kompetanse i kommunene – modulkurs", "J05", "2.1", "Kurs/utdanning", "KS Digitalisering",
      "Unio, Fagforbundet, HK-dir",
      "Nettbaserte moduler i informasjonssikkerhet, digitale tjenester & personvern for alle ansatte.",
      kat=("OP", "Opplæring"), kode=True, id="KS-2070-005"),
    R("Kartlegging av kompetansebehov i kommunesektoren", "U11", "2.2", "FoU", "KS Analyse",
      "Samfunnsøkonomisk analyse",
      "Årlig undersøkelse blant kommunedirektører; rapporten «Kommunesektorens kompetansebehov 2070».",
      kat=("UT", "Utredning"), kode=False, id="KS-2070-007"),
    R("Lærlingnettverk for kommunale lærebedrifter", "U12", "2.3", "Råd/utvalg/nettverk",
      "KS Arbeidsgiverpolitikk", "Opplæringskontorene",
      "Regionale nettverk som deler erfaring om rekruttering av lærlinger i helse og oppvekst.",
      kat=("NV", "Nettverk"), kode=True, id="KS-2070-008"),
    R("Norskopplæring på arbeidsplassen i helse og omsorg", "U13", "3.4", "Prosjekt",
      "KS Arbeidsgiverpolitikk", "IMDi, Fagforbundet, 12 kommuner",
      "Språkpraksis og norskopplæring for ansatte med innvandrerbakgrunn i sykehjem og hjemmetjeneste.",
      kat=("PR", "Utviklingsprosjekt"), kode=True, id="KS-2070-010"),
]

GOAL_TEXT = {
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
}


def _tiltak(i, status, aar, navn, strat, kat, ansvar, partnere, beskr):
    x = [f'  <tiltak id="{i}" status="{status}" aar="{aar}">', f"    <navn>{esc(navn)}</navn>", strat,
         f'    <kategori kode="{kat[0]}">{esc(kat[1])}</kategori>', f"    <ansvar>{esc(ansvar)}</ansvar>"]
    if partnere:
        x.append("    <partnere>")
        for p in [p.strip() for p in partnere.split(",")]:
            x.append(f"      <partner>{esc(p)}</partner>")
        x.append("    </partnere>")
    else:
        x.append("    <partnere/>")
    x.append(f"    <beskrivelse><![CDATA[{beskr}]]></beskrivelse>")
    x.append("  </tiltak>")
    return x


def build(out: Path) -> Path:
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<?xml-stylesheet type="text/xsl" href="rapport.xsl"?>',
         '<!-- Eksport fra KS Styringsportal, modul Rapportering. Ikke rediger manuelt. -->',
         '<rapport xmlns="urn:ks:styringsportal:rapport:1.2" aar="2070" '
         'eksportert="2071-01-29T10:14:00+01:00" mottaker="Kompetansepolitisk råd">',
         "  <avsender>", "    <organisasjon>KS – Kommunesektorens organisasjon</organisasjon>",
         "    <kontakt>Ingrid Solberg, spesialrådgiver</kontakt>", "  </avsender>",
         "  <innledning>KS rapporterer tiltak i 2070 som følger opp Nasjonal kompetansepolitisk strategi. "
         "Tiltak med status «avsluttet» eller «planlagt» er tatt med for sammenhengens skyld.</innledning>"]
    extra = [
        ("KS-2069-011", "avsluttet", 2069, "Kompetansepilot for ledere i barnevernet",
         '    <strategikobling hovedomraade="2"><delmaal kode="2.4"/></strategikobling>',
         ("PR", "Utviklingsprosjekt"), "KS Arbeidsgiverpolitikk", "Bufdir",
         "Avsluttet 31.12.2069, sluttrapport levert."),
    ]
    rows = []
    for r in ROWS:
        hov = r.delmal[0]
        if r.x("kode"):
            strat = f'    <strategikobling hovedomraade="{hov}"><delmaal kode="{r.delmal}"/></strategikobling>'
        else:
            strat = (f'    <strategikobling hovedomraade="{hov}"><mal>{esc(GOAL_TEXT[r.delmal])}</mal>'
                     "</strategikobling>")
        rows.append((r.x("id"), "pågår", 2070, r.tiltak, strat, r.x("kat"), r.ansvarlig,
                     r.samarbeidspartnere, r.beskrivelse))
    rows.append(("KS-2071-001", "planlagt", 2071, "Kompetansestrategi for kommunale arbeidsgivere",
                 '    <strategikobling hovedomraade="2"><delmaal kode="2.2"/></strategikobling>',
                 ("UT", "Utredning"), "KS Arbeidsgiverpolitikk", "", "Oppstart planlagt mars 2071."))
    for rec in sorted(rows + extra, key=lambda t: t[0]):
        x += _tiltak(*rec)
    x += ["  <kodeverk type=\"kategori\">"]
    for k, v in (("RU", "Rådsarbeid"), ("OP", "Opplæring"), ("UT", "Utredning"), ("NV", "Nettverk"),
                 ("PR", "Utviklingsprosjekt"), ("KO", "Kommunikasjon"), ("AR", "Arrangement")):
        x.append(f'    <kode verdi="{k}">{v}</kode>')
    x += ["  </kodeverk>", "</rapport>", ""]
    path = out / FILE
    path.write_text("\n".join(x), encoding="utf-8")
    return path
