"""Regjeringen: the ministries' report printed to PDF by LibreOffice. The measures stand under the heading of their
innsatsområde, and a grey line under each says which of that area's delmål it serves as an ordinal word («det
fjerde delmålet») and what kind of policy instrument it is in the state's own fourfold scheme (økonomisk, juridisk,
pedagogisk, organisatorisk) with the particular kind in brackets. A regulation that comes into force in February
2099 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_text, row, runs, stable_pdf

FILENAME = "Regjeringens rapport til Kompetansepolitisk råd 2098.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with Heading 1 per innsatsområde, List "
          "Number paragraphs and grey fact lines; dates and /ID fixed")
SHAPE = ("ministry report that names the delmål as an ordinal word within the innsatsområde and the kind as a "
         "policy instrument: title, a line naming the ministries, an intro that explains the fact line, then one "
         "Heading 1 per innsatsområde («Innsatsområde 2: Læring i arbeidslivet»); each measure a numbered bold "
         "name, a paragraph and a grey line «Delmål: det fjerde (kobling av behov og tilbud) · Virkemiddel: økonomisk "
         "(tilskudd til kurs) · Ansvar: KD · Med: …» – the code is found only by counting within the heading's "
         "area (det første … det sjette); the kind only as økonomisk / juridisk / pedagogisk / organisatorisk with "
         "the particular kind in brackets (observatørplass, utredning, nettverk, tilskudd til kurs, forskrift, "
         "kampanje, forsøk); the KBU seat «KD og AID som observatører i KBU»; KD's own analysis for KBU (about KBU, "
         "not a seat); a regulation in force from February 2099 told only in words; a place/date line")
NOT_TRUTH = ("the title, the ministries line and the intro, the area headings, the grey fact lines (ordinal delmål, "
             "virkemiddel), item 5 'Endret forskrift om godkjenning av utenlandsk fagutdanning' (in force from "
             "February 2099), the place/date line")
SPLIT_FIELDS = ("samarbeidspartnere",)

AREAS = {1: "Innsatsområde 1: Gode valg for den enkelte og for samfunnet",
         2: "Innsatsområde 2: Læring i arbeidslivet",
         3: "Innsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
ORDINAL = {1: "det første", 2: "det andre", 3: "det tredje", 4: "det fjerde", 5: "det femte", 6: "det sjette"}

# name, delmål, delmål in words, virkemiddel, ansvar, med, description, seed, type
ROWS = [
    ("KD og AID som observatører i KBU", "1.1", "kompetansebehovsutvalget", "organisatorisk (observatørplass)",
     "KD", "AID",
     "Departementene fulgte utvalgets arbeid gjennom året. Utvalget la i juni fram temarapporten om kompetansebehov i "
     "helse- og omsorgssektoren, og KD og AID drøftet anbefalingene med partene i oktober.", "M01", RAD),
    ("Analyse av regionale kompetansebehov som grunnlag for KBU", "1.1", "kompetansebehovsutvalget",
     "økonomisk (utredning)", "KD", "NIFU",
     "KD ga NIFU i oppdrag å sammenstille fylkenes kunnskapsgrunnlag om kompetansebehov, slik at utvalget kan bruke "
     "dem i neste hovedrapport. Analysen er KDs eget oppdrag og er ikke en del av utvalgets arbeid. Den ble levert i "
     "november.", None, FOU),
    ("Nettverk for regionale kompetansepartnerskap", "1.2", "regionalt ansvar og samarbeid",
     "organisatorisk (nettverk)", "KD", "fylkeskommunene, KS",
     "Nettverket samlet de elleve fylkeskommunenes kompetansepartnerskap til tre digitale møter og en fysisk samling i "
     "Bodø, der fylkene delte erfaringer med regionale kompetanseplaner.", None, RAD),
    ("Bransjeprogram for bygg og anlegg", "2.4", "kobling av behov og tilbud", "økonomisk (tilskudd til kurs)",
     "KD", "HK-dir, BNL, Fellesforbundet",
     "Programmet finansierte korte, arbeidsplassnære kurs i blant annet betongteknologi og digitale byggeverktøy. "
     "1 380 ansatte fullførte et kurs i 2098.", None, KURS),
    ("Endret forskrift om godkjenning av utenlandsk fagutdanning", "2.6", "godkjenning av utenlandsk utdanning",
     "juridisk (forskrift)", "KD", "HK-dir",
     "Forskriften ble sendt på høring i mai og vedtatt i desember. Den trer i kraft 1. februar 2099.", "", None),
    ("Fagbrevsjansen 2098 – nasjonal kampanje", "3.1", "fleksibel opplæring for voksne", "pedagogisk (kampanje)",
     "KD", "HK-dir, fylkeskommunene, partene i arbeidslivet",
     "Kampanjen oppfordret voksne med lang erfaring fra arbeidslivet til å ta fagbrev. Filmene ble sett 1,6 millioner "
     "ganger, og 5 200 meldte seg til praksiskandidatordningen i løpet av høsten.", "J01", INFO),
    ("Forsøk med arbeidsrettet norskopplæring i introduksjonsprogrammet", "3.4", "norskopplæring for arbeidssøkere",
     "organisatorisk (forsøk)", "AID", "IMDi, HK-dir, tolv kommuner",
     "Tolv kommuner prøvde ut norskopplæring som foregår på arbeidsplassen to dager i uken. Deltakerne fikk en "
     "språkmentor i virksomheten, og forsøket følges av en underveisevaluering.", None, PROSJEKT),
]


def fact_line(dm: str, words: str, virk: str, ansvar: str, med: str) -> str:
    n = int(dm.split(".")[1])
    line = f"Delmål: {ORDINAL[n]} ({words}) · Virkemiddel: {virk} · Ansvar: {ansvar}"
    return line + (f" · Med: {med}" if med else "")


def build(out) -> list[dict]:
    from docx.shared import Pt
    d = new_docx(font="Calibri", size=11, margin_cm=2.3)
    p = d.add_paragraph()
    runs(p, [("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2098", "bs16")])
    p = d.add_paragraph()
    runs(p, [("Kunnskapsdepartementet · Arbeids- og inkluderingsdepartementet · Nærings- og fiskeridepartementet",
              "i")])
    d.add_paragraph(
        "Tiltakene står under det innsatsområdet de hører til. Den grå linjen under hvert tiltak sier hvilket av "
        "innsatsområdets delmål tiltaket bygger opp under, og hva slags virkemiddel det er – økonomisk, juridisk, "
        "pedagogisk eller organisatorisk – med tiltakets art i parentes. Til slutt står hvilket departement som har "
        "ansvaret, og hvem vi har samarbeidet med.")
    area = 0
    for name, dm, words, virk, ansvar, med, desc, _seed, _ty in ROWS:
        a = int(dm[0])
        if a != area:
            area = a
            d.add_heading(AREAS[a], level=1)
        p = d.add_paragraph(style="List Number")
        runs(p, [(name, "b")])
        p.paragraph_format.space_after = Pt(2)
        p = d.add_paragraph(desc)
        p.paragraph_format.space_after = Pt(2)
        p = d.add_paragraph()
        runs(p, [(fact_line(dm, words, virk, ansvar, med), "g")])
    d.add_paragraph()
    d.add_paragraph("Oslo, 13. januar 2099")
    p = d.add_paragraph()
    runs(p, [("Kunnskapsdepartementet, på vegne av departementene", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Kunnskapsdepartementet"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, desc) for n, dm, _w, _v, a, m, desc, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_text(path)
