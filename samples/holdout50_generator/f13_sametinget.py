"""13 – Sametinget: parallel text, North Sámi in the left column and Norwegian in the right."""
from __future__ import annotations

from pathlib import Path

from .common import R, docx_props, normalise_zip

FILE = "Sametinget_doaibmabijut_tiltak_2070.docx"
MEMBER = "Sametinget"
HOW = "DOCX (python-docx), borderless two-column table used as parallel-text layout, zip normalised"
SHAPE = ("Bilingual parallel text: every measure is one row of a borderless table, North Sámi on the left "
         "('Doaibmabidju N: …', Sámi text, 'Ulbmil …' line) and Norwegian on the right ('Tiltak N: …', "
         "text, 'Delmål x.y – words. Ansvar: … Samarbeid: …'); no types; Sámi and Norwegian headings "
         "above; a closing row about 2071 in both languages")

ROWS = [
    R("Nasjonalt forum for karriereveiledning", "M03", "1.3", "Råd/utvalg/nettverk", "Sametinget", "",
      "Sametinget deltar som observatør og har gitt innspill om karriereveiledning på samisk.",
      se=("Riikkaviidosaš karrierabagadusforum",
          "Sámediggi searvá áicin ja lea addán cealkámušaid karrierabagadusa birra sámegillii.",
          "Ulbmil 1.3 – karrierabagadus. Ovddasvástádus: Sámediggi."), dmw="karriereveiledning"),
    R("Kurs i samisk kultur- og næringsliv for karriereveiledere", "J07", "1.3", "Kurs/utdanning",
      "Sametinget", "Trøndelag fylkeskommune, Nord universitet",
      "To kurssamlinger for veiledere i skoler og karrieresentre, én av dem på sørsamisk område.",
      se=("Kursa sámi kultuvrra ja ealáhusaid birra karrierabagadeddjiide",
          "Guokte kursačoahkkima bagadeddjiide skuvllain ja karrierguovddážiin, nubbi lullisámi guovllus.",
          "Ulbmil 1.3. Ovddasvástádus: Sámediggi. Ovttasbargu: Trøndelága fylkkagielda, Nord universitehta."),
      dmw="karriereveiledning"),
    R("Kompetansepluss i reindriftsnæringen", "U31", "3.2", "Prosjekt", "Sametinget",
      "Reindriftens utviklingsfond, Samisk videregående skole",
      "Opplæring i lesing, regning og digitale ferdigheter for reindriftsutøvere i Finnmark og Troms.",
      se=("Gelbbolašvuohta+ boazodoalus",
          "Oahpahus lohkamis, rehkenastimis ja digitála gálggain boazodoalliide Finnmárkkus ja Romssas.",
          "Ulbmil 3.2. Ovddasvástádus: Sámediggi."), dmw="Kompetansepluss"),
    R("Nettkurs i samisk for ansatte i kommunene", "U32", "3.1", "Kurs/utdanning", "Sametinget",
      "Sámi allaskuvla, forvaltningskommunene",
      "Fleksibelt nettkurs i nordsamisk for ansatte i helse og omsorg, 140 deltakere.",
      se=("Neahttakursa sámegielas gieldda bargiide",
          "Nuppástuvvi neahttakursa davvisámegielas dearvvašvuođa- ja fuolahusbargiide, 140 oassálasti.",
          "Ulbmil 3.1. Ovddasvástádus: Sámediggi. Ovttasbargu: Sámi allaskuvla."),
      dmw="fleksibel opplæring for voksne"),
    R("Konferanse om samisk næringsliv og kompetanse", "U33", "1.4", "Arrangement", "Sametinget",
      "Innovasjon Norge, samiske bedrifter",
      "Konferanse i Kárášjohka om kompetansebehov i samiske næringer, med 120 deltakere.",
      se=("Konferánsa sámi ealáhusaid ja gelbbolašvuođa birra",
          "Konferánsa Kárášjogas sámi ealáhusaid gelbbolašvuođadárbbuid birra, 120 oassálasti.",
          "Ulbmil 1.4. Ovddasvástádus: Sámediggi."), dmw="samarbeid mellom utdanning og arbeidsliv"),
]


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def build(out: Path) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    docx_props(doc, "Doaibmabijut 2070 / Tiltak 2070", "Sámediggi – Sametinget")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Sámediggi · Sametinget"
    t = doc.add_table(rows=0, cols=2)
    _no_borders(t)

    def row(left, right):
        cells = t.add_row().cells
        cells[0].width = cells[1].width = Cm(8.5)
        for cell, paras in ((cells[0], left), (cells[1], right)):
            cell.text = ""
            first = True
            for kind, text in paras:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = p.add_run(text)
                if kind == "h":
                    run.bold = True
                    run.font.size = Pt(13)
                elif kind == "b":
                    run.bold = True
                elif kind == "i":
                    run.italic = True
                    run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    row([("h", "Sámedikki doaibmabijut 2070"),
         ("", "Raporta Gelbbolašvuođapolitihkalaš ráđđái. Sámediggi lea áicin ráđis.")],
        [("h", "Sametingets tiltak 2070"),
         ("", "Rapport til Kompetansepolitisk råd. Sametinget er observatør i rådet.")])
    for i, r in enumerate(ROWS, 1):
        name, text, meta = r.x("se")
        no_meta = f"Delmål {r.delmal} – {r.x('dmw')}. Ansvar: {r.ansvarlig}."
        if r.samarbeidspartnere:
            no_meta += f" Samarbeid: {r.samarbeidspartnere}."
        row([("b", f"Doaibmabidju {i}: {name}"), ("", text), ("i", meta)],
            [("b", f"Tiltak {i}: {r.tiltak}"), ("", r.beskrivelse), ("i", no_meta)])
    row([("", "Jagis 2071 plánejuvvo ođđa bagadeaddjifierpmádat. Dát ii leat mielde raporttas.")],
        [("", "Et nytt nettverk for samiske veiledere planlegges i 2071. Det er ikke tatt med i rapporten.")])
    doc.add_paragraph("Kárášjohka, 24.01.2071")
    path = out / FILE
    doc.save(path)
    normalise_zip(path)
    return path
