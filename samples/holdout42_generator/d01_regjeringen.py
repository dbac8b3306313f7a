"""01 Regjeringen: annual report of the ministry; the skills chapter is chapter 4 of six.
Word document exported to PDF through LibreOffice."""
import os
import tempfile

from docx.shared import Pt, RGBColor

from .common import m, new_docx, save_docx, soffice_convert

FILE = "01_Regjeringen_arsrapport_2062.pdf"
MEMBER = "Regjeringen"
HKDIR = "Direktoratet for høyere utdanning og kompetanse"

MEASURES = [
    m("M01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk",
      "Kompetansebehovsutvalget (KBU) leverte i 2062 sin niende hovedrapport, denne gangen om "
      "kompetansebehovene i omstillingen til et lavutslippssamfunn. Utvalget består av forskere, "
      "analytikere og representanter for hovedorganisasjonene og departementene, og departementet "
      "har sekretariatsansvaret.",
      ["Kunnskapsdepartementet"], ["Hovedorganisasjonene i arbeidslivet", "Statistisk sentralbyrå"]),
    m("U01", "Seminar om KBU-rapporten 2062", "1.1", "Arrangement",
      "For å gjøre funnene kjent arrangerte departementet et åpent seminar om utvalgets rapport i Oslo "
      "12. september. Over 300 deltok fysisk eller digitalt, blant dem fylkeskommuner, karrieresentre "
      "og utdanningstilbydere.",
      ["Kunnskapsdepartementet"], ["Kompetansebehovsutvalget (KBU)"]),
    m("M05", "Nasjonalt fagskoleråd", "1.4", "Råd/utvalg/nettverk",
      "Nasjonalt fagskoleråd er departementets rådgivende organ for fagskolesektoren. Rådet hadde fire "
      "møter i 2062 og ga blant annet råd om dimensjonering av fagskoletilbud innen helse og bygg.",
      ["Kunnskapsdepartementet"], ["Fagskolerådet", HKDIR]),
    m("J01", "Kompetanseløftet for grønn industri (KGI)", "2.4", "Prosjekt",
      "Programmet gir bedrifter i prosessindustri, batteriproduksjon og havvind tilgang til korte, "
      "modulbaserte videreutdanningstilbud utviklet sammen med fagskoler og universiteter. I 2062 ble "
      "42 moduler tilbudt, og om lag 1 900 ansatte deltok.",
      ["Kunnskapsdepartementet"], ["NHO", "LO", HKDIR]),
    m("J03", "DigiGrunn – digital grunnkompetanse i arbeidslivet", "2.1", "Kurs/utdanning",
      "Ordningen gir tilskudd til opplæring i grunnleggende digitale ferdigheter for ansatte med kort "
      "utdanning. 310 virksomheter fikk tilskudd i 2062, mot 240 året før.",
      [HKDIR], ["KS", "Virke", "NHO"]),
    m("U02", "Evaluering av Samarbeidsrådet for yrkesopplæring", "2.3", "FoU",
      "Departementet har gitt NIFU i oppdrag å evaluere hvordan rådet og de faglige rådene fungerer "
      "som rådgivende organer i fag- og yrkesopplæringen. Sluttrapporten kommer våren 2063.",
      ["Kunnskapsdepartementet"], ["NIFU"]),
]

CHAPTERS_BEFORE = [
    ("1 Leders beretning",
     ["2062 var et år med høy aktivitet på hele departementets område. Rapporten gjør rede for "
      "resultater og ressursbruk, og kapittel 4 utgjør regjeringens rapportering til Kompetansepolitisk "
      "råd for rapporteringsåret 2062.",
      "Departementet takker partene i arbeidslivet, fylkeskommunene og frivillig sektor for godt "
      "samarbeid gjennom året."]),
    ("2 Nøkkeltall¹", None),
    ("3 Barnehage og grunnopplæring",
     ["Andelen elever som fullfører og består videregående opplæring innen fem år, økte til 82,4 "
      "prosent. Flere fylkeskommuner melder om bedre tilgang på læreplasser i helsearbeiderfaget.",
      "Arbeidet med ny rammeplan for skolefritidsordningen ble sluttført i desember."]),
]

KEYFIG = [("Indikator", "2061", "2062"),
          ("Studieplasser i høyere fagskoleutdanning", "22 100", "23 400"),
          ("Voksne i videregående opplæring", "29 800", "31 200"),
          ("Bevilgning til kompetansereformen (mill. kr)", "1 130", "1 215"),
          ("Søkere til fleksible videreutdanninger", "41 500", "44 900")]

CHAPTERS_AFTER = [
    ("5 Forskning og høyere utdanning",
     ["Sektoren avla 42 000 studiepoeng flere enn i 2061. Den nye finansieringsmodellen for "
      "universiteter og høyskoler ble innført fra 1. januar."]),
    ("6 Styring og kontroll",
     ["Departementet har gjennomført risikovurderinger for alle underliggende virksomheter. Det er "
      "ikke avdekket vesentlige avvik.",
      "¹ Tallene er hentet fra DBH og SSB per 1. oktober 2062 og er foreløpige."]),
]


def _meta_line(d, x):
    p = d.add_paragraph()
    r = p.add_run("Delmål %s  ·  Tiltakstype: %s  ·  Ansvarlig: %s  ·  Samarbeid: %s"
                  % (x["delmal"], x["type"], ", ".join(x["ansv"]), ", ".join(x["partners"])))
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x44, 0x44, 0x66)


def build(path):
    d = new_docx("DejaVu Sans", 10.5)
    d.add_heading("Kunnskapsdepartementet", 0)
    d.add_paragraph("Årsrapport 2062")
    d.add_paragraph("Oversendt sekretariatet for Kompetansepolitisk råd som regjeringens "
                    "rapportering for 2062. Kapittel 4 omhandler kompetansepolitikken.")
    for title, paras in CHAPTERS_BEFORE:
        d.add_heading(title, 1)
        if paras is None:
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for row in KEYFIG:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            continue
        for ptxt in paras:
            d.add_paragraph(ptxt)
    d.add_heading("4 Kompetansepolitikk – oppfølging av Nasjonal kompetansepolitisk strategi", 1)
    d.add_paragraph("Departementet rapporterer her på tiltakene regjeringen har ansvar for eller "
                    "deltar i. For hvert tiltak oppgis delmål og tiltakstype etter rådets mal.")
    for i, x in enumerate(MEASURES, 1):
        d.add_heading("4.%d %s" % (i, x["name"]), 2)
        d.add_paragraph(x["desc"])
        _meta_line(d, x)
    d.add_heading("4.%d Videre arbeid i 2063" % (len(MEASURES) + 1), 2)
    d.add_paragraph("Departementet vil i 2063 utrede en nasjonal ordning for kompetansebevis i "
                    "arbeidslivet. Arbeidet rapporteres som tiltak først når det er satt i gang.")
    for title, paras in CHAPTERS_AFTER:
        d.add_heading(title, 1)
        for ptxt in paras:
            d.add_paragraph(ptxt)
    with tempfile.TemporaryDirectory(prefix="h42_01_") as tmp:
        src = os.path.join(tmp, "KD_arsrapport_2062.docx")
        save_docx(d, src, "Årsrapport 2062", "Kunnskapsdepartementet")
        soffice_convert(src, "pdf", path)
