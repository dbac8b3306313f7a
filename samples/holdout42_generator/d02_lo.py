"""02 LO: Word table with columns in an unusual order and a combined "Delmål / type" column."""
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor

from .common import m, new_docx, save_docx, set_cell_shading

FILE = "02_LO_tiltaksoversikt_2062.docx"
MEMBER = "LO"

MEASURES = [
    m("M03", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Råd/utvalg/nettverk",
      "LO har to faste representanter i rådet og har i 2062 ledet arbeidsutvalget for dimensjonering "
      "av læreplasser.",
      ["LOs utdanningsavdeling"], ["NHO", "KS", "Spekter", "Unio", "YS", "Virke"],
      tt="råd, utvalg og nettverk"),
    m("M01", "Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk",
      "LOs representant i utvalget har bidratt i arbeidet med årets hovedrapport og i "
      "referansegruppen for de regionale analysene.",
      ["LO-sekretariatet"], [], tt="råd/utvalg"),
    m("J01", "KGI-programmet", "2.4", "Prosjekt",
      "Sammen med NHO og Kunnskapsdepartementet styrer LO programmet som tilbyr korte moduler for "
      "ansatte i prosessindustrien. LO har særlig fulgt opp at tilbudet når fagarbeidere uten "
      "høyere utdanning.",
      ["Fellesforbundet", "Industri Energi"], ["NHO", "Kunnskapsdepartementet"], tt="prosjekt"),
    m("J04", "Realkompetansemodellen for arbeidslivet (ReKoM)", "2.5", "Prosjekt",
      "Utprøving av en felles modell for dokumentasjon og vurdering av kompetanse ervervet i "
      "arbeidslivet, prøvd ut i tre bransjer.",
      ["LO"], ["NHO", "Fagskolerådet", "Unio"], tt="utviklingsprosjekt"),
    m("J02", "Nasjonal yrkesfagdag", "2.3", "Arrangement",
      "Landsdekkende markering av yrkesfagene 23. april med åpne verksteder og bedriftsbesøk for "
      "elever i ungdomsskolen.",
      ["LO Ungdom"], ["NHO", "fylkeskommunene"], tt="arrangement"),
    m("U03", "Kurs for LO-representanter i faglige råd", "2.3", "Kurs/utdanning",
      "Todagers opplæring for nye LO-representanter i de faglige rådene og i SRY om rolle, mandat "
      "og saksbehandling.",
      ["LO-skolen"], ["AOF Norge"], tt="kurs"),
]

HEAD = ["Kort om tiltaket", "Tiltak", "Delmål / type", "Samarbeid med", "Ansvar i LO"]
WIDTHS = [8.2, 4.6, 3.2, 4.4, 3.6]


def build(path):
    d = new_docx("Calibri", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("LOs rapportering til Kompetansepolitisk råd – 2062", 1)
    d.add_paragraph("Landsorganisasjonen i Norge (LO) rapporterer nedenfor på tiltak LO har hatt ansvar "
                    "for eller deltatt i i 2062. Tabellen følger LOs interne mal; delmål og type står "
                    "i samme kolonne.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"), WIDTHS):
        gc.w = Cm(w)
    for c, h, w in zip(t.rows[0].cells, HEAD, WIDTHS):
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        c.width = Cm(w)
        set_cell_shading(c, "C00000")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for x in MEASURES:
        cells = t.add_row().cells
        vals = [x["desc"], x["name"], "%s / %s" % (x["delmal"], x["tt"]),
                ", ".join(x["partners"]) or "–", ", ".join(x["ansv"])]
        for c, v, w in zip(cells, vals, WIDTHS):
            c.text = v
            c.width = Cm(w)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Deltakertall er foreløpige. Under planlegging for 2063: en digital "
                  "tillitsvalgtskole om kompetanseplaner i virksomhetene (ikke startet i 2062).")
    r.font.size = Pt(8.5)
    d.add_paragraph("Kontakt: Kari Nordvik, rådgiver i utdanningsavdelingen")
    save_docx(d, path, "LO – tiltak 2062", "LO")
