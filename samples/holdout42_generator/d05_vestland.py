"""05 Vestland fylkeskommune: Nynorsk report, each measure a heading followed by a small
two-column field table. Word document saved as Word 97 (.doc) through LibreOffice."""
import os
import tempfile

from docx.shared import Cm, Pt

from .common import m, new_docx, save_docx, set_cell_shading, soffice_convert

FILE = "05_Vestland_fylkeskommune_rapport_2062.doc"
MEMBER = "Vestland fylkeskommune"

MEASURES = [
    m("M06", "Nasjonalt forum for karriererettleiing", "1.3", "Råd/utvalg/nettverk",
      "Karriere Vestland representerer fylkeskommunane i forumet og har leia arbeidsgruppa for "
      "kvalitet i karriererettleiinga.",
      ["Karriere Vestland"], ["Kompetanse Noreg", "dei andre fylkeskommunane"], tt="Råd/utval/nettverk"),
    m("U05", "Vestland karriereforum", "1.3", "Råd/utvalg/nettverk",
      "Regionalt forum for karriererettleiarar i skule, NAV og høgare utdanning. Forumet hadde tre "
      "samlingar i 2062.",
      ["Vestland fylkeskommune"], ["NAV Vestland", "Universitetet i Bergen", "Høgskulen på Vestlandet"],
      tt="Råd/utval/nettverk"),
    m("M03", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Råd/utvalg/nettverk",
      "Fylkesdirektøren for opplæring og kompetanse har ein plass i SRY som ein av to representantar "
      "for fylkeskommunane.",
      ["Avdeling for opplæring og kompetanse"], [], tt="Råd/utval/nettverk"),
    m("J02", "Den nasjonale yrkesfagdagen", "2.3", "Arrangement",
      "Alle vidaregåande skular med yrkesfag heldt ope hus, og 3 200 ungdomsskuleelevar deltok.",
      ["Vestland fylkeskommune"], ["LO Vestland", "NHO Vestland"], tt="Arrangement"),
    m("J05", "Norsk på jobben", "3.4", "Kurs/utdanning",
      "Vaksenopplæringa i ti kommunar gav norskopplæring på arbeidsplassen til tilsette i helse og "
      "reinhald.",
      [], ["KS", "kommunane i Vestland"], tt="Kurs/utdanning"),
    m("U06", "Fagbrev på jobb Vestland", "3.1", "Kurs/utdanning",
      "Vaksne med lang praksis tek fagbrev gjennom opplæring organisert i eigen arbeidsdag. 185 "
      "deltakarar i 2062.",
      ["Vestland fylkeskommune"], ["NAV Vestland"], tt="Kurs/utdanning"),
]


def build(path):
    d = new_docx("Times New Roman", 11)
    d.add_heading("Vestland fylkeskommune", 0)
    d.add_paragraph("Rapportering til Kompetansepolitisk råd for 2062")
    d.add_paragraph("Fylkeskommunen har i 2062 arbeidd vidare med oppfølginga av den regionale "
                    "kompetansestrategien for Vestland. Nedanfor følgjer tiltaka vi rapporterer på, "
                    "med eitt skjema per tiltak.")
    for x in MEASURES:
        d.add_heading(x["name"], 2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        fields = [("Delmål", x["delmal"]), ("Type tiltak", x["tt"]),
                  ("Ansvarleg", ", ".join(x["ansv"]) or "–"),
                  ("Samarbeidspartnarar", ", ".join(x["partners"]) or "–"),
                  ("Skildring", x["desc"])]
        for k, v in fields:
            a, b = t.add_row().cells
            a.text, b.text = k, v
            a.width, b.width = Cm(4.2), Cm(11.8)
            set_cell_shading(a, "E8EEF4")
        d.add_paragraph()
    d.add_heading("Nøkkeltal 2062", 2)
    d.add_paragraph("Talet på lærekontraktar auka med 6 prosent til 4 870. Karriere Vestland "
                    "gjennomførte 5 400 rettleiingssamtalar. Tala er ikkje tiltak og er tekne med "
                    "som bakgrunn.")
    p = d.add_paragraph("Kontakt: Ingrid Haugland, seniorrådgjevar, opplæring og kompetanse")
    p.runs[0].font.size = Pt(9)
    with tempfile.TemporaryDirectory(prefix="h42_05_") as tmp:
        src = os.path.join(tmp, "vestland_2062.docx")
        save_docx(d, src, "Rapportering 2062", "Vestland fylkeskommune")
        soffice_convert(src, "doc:MS Word 97", path)
