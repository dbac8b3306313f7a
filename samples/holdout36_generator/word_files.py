"""Word-processor documents (.docx, and .odt/.rtf/.doc via LibreOffice)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .common import FileInfo, T, attach, pin_docx_props, pin_zip, soffice_convert


def _base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def _set_widths(tbl, widths):
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def _footer(doc, text):
    f = doc.sections[0].footer.paragraphs[0]
    f.text = text
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in f.runs:
        r.font.size = Pt(8)


# --------------------------------------------------------------------------
# F01 Spekter: table with a grouped header split over two rows
# --------------------------------------------------------------------------
def build_spekter(out: Path) -> FileInfo:
    name = "Spekter_rapportering_kompetansepolitisk_raad_2056.docx"
    member = "Spekter"
    rows = [
        (T("Plass i Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "2.3", "Råd/utvalg/nettverk",
           "Spekter har ett fast medlem og ett varamedlem i SRY og bidrar i rådets arbeid med "
           "dimensjonering og fornyelse av lærefagene i helse- og oppvekstfag."), "Råd", ""),
        (T("Representasjon i RSA", "M03", "1.4", "Råd/utvalg/nettverk",
           "Spekter oppnevner representanter fra medlemsvirksomhetene til råd for samarbeid med "
           "arbeidslivet ved universiteter og høyskoler som utdanner helsepersonell."), "Råd", ""),
        (T("UHR-Helse og sosial", "M04", "1.4", "Råd/utvalg/nettverk",
           "Spekter deltar med én representant i UHRs fagstrategiske enhet for helse- og "
           "sosialfagutdanningene og følger særlig arbeidet med praksisstudier."), "Nettverk", ""),
        (T("FAGHELSE – fagbrev på jobb i helse", "J02", "2.5", "Prosjekt",
           "Treårig prosjekt der ansatte i helseforetakene tar fagbrev som helsefagarbeider "
           "gjennom praksiskandidatordningen, med veiledning på arbeidsplassen.",
           partnere="Unio, YS, de regionale helseforetakene"), "Prosjekt", "Unio, YS, de regionale helseforetakene"),
        (T("Innspill til KBUs temarapport om helsepersonell", "R", "1.1", "FoU",
           "Spekter har utarbeidet et kunnskapsnotat om kompetansebehov i spesialisthelsetjenesten "
           "som innspill til Kompetansebehovsutvalgets temarapport."), "Utredning", ""),
        (T("Lærlingwebinar for helseforetakene", "R", "2.3", "Arrangement",
           "Åpent webinar for ledere og instruktører om hvordan helseforetakene kan ta inn flere "
           "lærlinger i helsearbeiderfaget og ambulansefaget.",
           partnere="Helse Midt-Norge RHF"), "Webinar", "Helse Midt-Norge RHF"),
    ]
    doc = _base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    h = doc.add_paragraph()
    r = h.add_run("SPEKTER")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    doc.add_paragraph("Til: Sekretariatet for Kompetansepolitisk råd\nDato: 20. januar 2057")
    t = doc.add_paragraph()
    rr = t.add_run("Rapportering på Nasjonal kompetansepolitisk strategi – aktiviteter i 2056")
    rr.bold = True
    rr.font.size = Pt(13)
    doc.add_paragraph(
        "Nedenfor følger Spekters oversikt over aktiviteter i 2056 som bidrar til strategiens "
        "delmål. Kolonnen «Kategori» angir hvilken type aktivitet det er snakk om. Der feltet "
        "«Samarbeid» er tomt, er aktiviteten gjennomført av Spekter alene.")

    tbl = doc.add_table(rows=2 + len(rows), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.0), Cm(5.5), Cm(1.8), Cm(2.2), Cm(10.0), Cm(4.5)]
    _set_widths(tbl, widths)
    # two-row grouped header
    _cell_text(tbl.cell(0, 0), "Nr.", bold=True)
    _cell_text(tbl.cell(0, 1), "Aktivitet", bold=True)
    _cell_text(tbl.cell(0, 2), "Plassering i strategien", bold=True)
    _cell_text(tbl.cell(0, 4), "Beskrivelse", bold=True)
    _cell_text(tbl.cell(0, 5), "Samarbeid", bold=True)
    _cell_text(tbl.cell(1, 2), "Delmål", bold=True)
    _cell_text(tbl.cell(1, 3), "Kategori", bold=True)
    tbl.cell(0, 2).merge(tbl.cell(0, 3))
    for c in (0, 1, 4, 5):
        tbl.cell(0, c).merge(tbl.cell(1, c))
    for ri in range(2):
        for c in range(6):
            _shade(tbl.cell(ri, c), "D9E2F3")
    for i, (tr, kat, samarbeid) in enumerate(rows, start=2):
        _cell_text(tbl.cell(i, 0), f"{i - 1}.")
        _cell_text(tbl.cell(i, 1), tr.tiltak, bold=True)
        _cell_text(tbl.cell(i, 2), tr.delmal)
        _cell_text(tbl.cell(i, 3), kat)
        _cell_text(tbl.cell(i, 4), tr.beskrivelse)
        _cell_text(tbl.cell(i, 5), samarbeid)
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgiver Hanne Tveit, Spekter")
    _footer(doc, "Spekter – rapportering 2056 – side 1")
    pin_docx_props(doc, "Rapportering 2056", "Spekter")
    p = out / name
    doc.save(p)
    pin_zip(p)
    shape = ("Word landscape table; header split over two rows with merged group "
             "'Plassering i strategien' over Delmål/Kategori; tiltak column headed 'Aktivitet'; "
             "own type words (Råd, Nettverk, Utredning, Webinar)")
    return FileInfo(name, member, shape, attach([r[0] for r in rows], name, member))


# --------------------------------------------------------------------------
# F04 VOFO: numbered list with inline type, converted to .odt
# --------------------------------------------------------------------------
def build_vofo(out: Path) -> FileInfo:
    name_stem = "VOFO_aarsrapportering_2056"
    member = "VOFO"
    rows = [
        (T("Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk",
           "VOFO deltar i forumet og løfter fram voksnes læring og studieforbundenes rolle i "
           "karriereveiledningen."), "nettverk"),
        (T("DILFRI – Digitalt løft for frivilligheten", "J03", "3.6", "Prosjekt",
           "Felles prosjekt med Kompetanseforbundet der studieforbundene utvikler korte, "
           "digitale kurs i grunnleggende digitale ferdigheter for tillitsvalgte og frivillige "
           "i lag og foreninger.", partnere="Kompetanseforbundet"), "prosjekt"),
        (T("Kompetansepluss frivillighet – informasjonskampanje", "R", "3.2", "Informasjon",
           "Kampanje i sosiale medier og på vofo.no for å gjøre ordningen kjent blant "
           "frivillige organisasjoner som ikke har søkt tidligere."), "informasjon"),
        (T("Studieforbundsdagen 2056", "R", "3.6", "Arrangement",
           "Årlig fagdag for studieforbund og medlemsorganisasjoner, i år med tema læringsmotivasjon "
           "hos voksne med lite formell utdanning."), "arrangement"),
    ]
    doc = _base_doc("Liberation Serif", 12)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", level=1)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd om oppfølging av Nasjonal "
                      "kompetansepolitisk strategi i 2056")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjon for studieforbundene. Vi rapporterer følgende tiltak for "
        "2056. Delmål står i parentes, og type tiltak er angitt etter tankestreken.")
    for i, (tr, typeword) in enumerate(rows, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_after = Pt(8)
        p.add_run(f"{i}.\t")
        b = p.add_run(tr.tiltak)
        b.bold = True
        p.add_run(f" (delmål {tr.delmal}) – {typeword}. ")
        p.add_run(tr.beskrivelse)
    doc.add_paragraph("Oslo, 31. januar 2057")
    doc.add_paragraph("Med vennlig hilsen\nVOFO, sekretariatet")
    pin_docx_props(doc, "VOFO rapport 2056", "VOFO")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name_stem}.docx"
        doc.save(src)
        target = soffice_convert(src, "odt", out)
    shape = ("ODT (converted from Word with LibreOffice); numbered list, bold tiltak name, "
             "delmål in brackets and type inline after a dash ('– prosjekt.')")
    return FileInfo(target.name, member, shape, attach([r[0] for r in rows], target.name, member))


# --------------------------------------------------------------------------
# F07 Sametinget: form with check boxes, converted to .rtf
# --------------------------------------------------------------------------
_TYPES_FORM = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


def build_sametinget(out: Path) -> FileInfo:
    name_stem = "Sametinget_rapporteringsskjema_2056"
    member = "Sametinget"
    rows = [
        T("Observatør i Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk",
          "Sametinget har observatørstatus i forumet og bidrar med kunnskap om samisk språk, "
          "kultur og næringsliv i karriereveiledningen.",
          ansvarlig="Opplærings- og utdanningsavdelingen"),
        T("KLiN – Kompetanseløftet i Nord", "J01", "3.2", "Prosjekt",
          "Samarbeidsprosjekt om Kompetansepluss-kurs i lese-, skrive- og digitale ferdigheter "
          "for ansatte i reindrift, fiske og småbedrifter i samiske områder.",
          ansvarlig="Næringsavdelingen", partnere="Nordland fylkeskommune"),
        T("Samisk karriereveiledning – kurs for rådgivere", "R", "1.3", "Kurs/utdanning",
          "Todagers kurs for rådgivere og karriereveiledere om samiske utdanningsløp, språkrettigheter "
          "og arbeidsmarkedet i Sápmi.",
          ansvarlig="Opplærings- og utdanningsavdelingen", partnere="Samisk høgskole"),
        T("Kartlegging av kompetansebehov i reindriftsnæringen", "R", "2.2", "FoU",
          "Spørreundersøkelse og intervjuer med siidaandeler om behov for etter- og videreutdanning.",
          ansvarlig="Næringsavdelingen"),
    ]
    doc = _base_doc("Liberation Sans", 10)
    doc.add_heading("Sámediggi – Sametinget", level=1)
    doc.add_paragraph("RAPPORTERINGSSKJEMA – Nasjonal kompetansepolitisk strategi\n"
                      "Rapporteringsår: 2056")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Kryss av for én type tiltak.")
    for i, tr in enumerate(rows, start=1):
        hp = doc.add_paragraph()
        hr = hp.add_run(f"Skjema {i} av {len(rows)}")
        hr.bold = True
        tbl = doc.add_table(rows=6, cols=2)
        tbl.style = "Table Grid"
        _set_widths(tbl, [Cm(4.8), Cm(11.9)])
        labels = ["Tiltakets navn", "Delmål (nr.)", "Type tiltak", "Kort beskrivelse",
                  "Ansvarlig avdeling", "Samarbeidspartnere"]
        checks = "   ".join(("☒ " if t == tr.type else "☐ ") + t for t in _TYPES_FORM)
        values = [tr.tiltak, tr.delmal, checks, tr.beskrivelse, tr.ansvarlig, tr.partnere]
        for ri, (lab, val) in enumerate(zip(labels, values)):
            _cell_text(tbl.cell(ri, 0), lab + ":", bold=True)
            _shade(tbl.cell(ri, 0), "EDEDED")
            _cell_text(tbl.cell(ri, 1), val)
        doc.add_paragraph()
    doc.add_paragraph("Skjemaet er godkjent av avdelingsdirektør. Kárášjohka/Karasjok, 3. februar 2057.")
    pin_docx_props(doc, "Rapporteringsskjema 2056", "Sametinget")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name_stem}.docx"
        doc.save(src)
        target = soffice_convert(src, "rtf", out)
    shape = ("RTF (converted with LibreOffice); one two-column form per tiltak with "
             "check boxes (☒/☐) for the six types")
    return FileInfo(target.name, member, shape, attach(rows, target.name, member))


# --------------------------------------------------------------------------
# F09 Møre og Romsdal: Nynorsk block layout with labels
# --------------------------------------------------------------------------
def build_more_og_romsdal(out: Path) -> FileInfo:
    name = "MRFK_kompetansetiltak_2056_nynorsk.docx"
    member = "Møre og Romsdal fylkeskommune"
    rows = [
        (T("Plass i Råd for samarbeid med arbeidslivet (RSA)", "M03", "1.4", "Råd/utvalg/nettverk",
           "Fylkeskommunen sit i RSA ved NTNU i Ålesund og ved Høgskulen i Volda, og tek opp "
           "behovet for relevante etter- og vidareutdanningstilbod i regionen.",
           ansvarlig="Kompetanse og næring"), "Råd/utval/nettverk"),
        (T("Yrkesfagløftet Vestlandet (YLV)", "J04", "2.3", "Prosjekt",
           "Felles satsing med Vestland fylkeskommune for å synleggjere karrierevegar i yrkesfaga "
           "gjennom rollemodellar, bedriftsbesøk og ei felles nettside.",
           ansvarlig="Utdanningsavdelinga",
           partnere="Vestland fylkeskommune, NHO Møre og Romsdal, LO i Møre og Romsdal"), "Prosjekt"),
        (T("Karriere Møre og Romsdal – oppsøkjande rettleiing", "R", "1.3", "Prosjekt",
           "Karrieresenteret har prøvd ut oppsøkjande karriererettleiing på arbeidsplassar i "
           "industrien på Sunnmøre og Nordmøre.",
           ansvarlig="Karriere Møre og Romsdal"), "Prosjekt"),
        (T("Fagskuletilbod i maritim automasjon", "R", "2.4", "Kurs/utdanning",
           "Nytt deltidstilbod ved Fagskulen i Ålesund utvikla saman med maritime klynger, "
           "tilpassa tilsette i arbeid.",
           ansvarlig="Fagskulen i Ålesund", partnere="GCE Blue Maritime"), ""),
        (T("Kompetanseforum Møre og Romsdal", "R", "1.2", "Råd/utvalg/nettverk",
           "Regionalt forum med partane i arbeidslivet, NAV, utdanningsinstitusjonane og "
           "kommunane som samordnar arbeidet med regional kompetansestrategi.",
           ansvarlig="Kompetanse og næring"), "Forum"),
    ]
    doc = _base_doc("Calibri", 11)
    doc.add_heading("Møre og Romsdal fylkeskommune", level=1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd – tiltak i 2056")
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her tiltak som følgjer opp Nasjonal kompetansepolitisk "
        "strategi. Kvart tiltak er sett opp med same felt. Der type tiltak ikkje er fylt ut, "
        "er tiltaket ikkje ferdig kategorisert.")
    for tr, typeword in rows:
        doc.add_paragraph("―" * 30)
        fields = [("Tiltak", tr.tiltak), ("Delmål", tr.delmal), ("Type tiltak", typeword),
                  ("Ansvarleg", tr.ansvarlig), ("Samarbeidspartnarar", tr.partnere),
                  ("Skildring", tr.beskrivelse)]
        for lab, val in fields:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            lr = p.add_run(f"{lab}: ")
            lr.bold = True
            vr = p.add_run(val)
            if lab == "Tiltak":
                vr.bold = True
    doc.add_paragraph("―" * 30)
    doc.add_paragraph("Molde, 28. januar 2057\nKompetanse og næring")
    pin_docx_props(doc, "Kompetansetiltak 2056", "Møre og Romsdal fylkeskommune")
    p = out / name
    doc.save(p)
    pin_zip(p)
    shape = ("Word, Nynorsk; labelled blocks (Tiltak/Delmål/Type tiltak/Ansvarleg/"
             "Samarbeidspartnarar/Skildring), one block per tiltak, one type left blank")
    return FileInfo(name, member, shape, attach([r[0] for r in rows], name, member))


# --------------------------------------------------------------------------
# F12/F13 Unio: superseded draft (.docx) and final version (.doc)
# --------------------------------------------------------------------------
def _unio_table(doc, entries):
    tbl = doc.add_table(rows=1 + len(entries), cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Delmål", "Tiltak", "Type", "Beskrivelse"]):
        _cell_text(tbl.cell(0, i), h, bold=True)
        _shade(tbl.cell(0, i), "FCE4D6")
    for ri, (d, t, ty, b) in enumerate(entries, start=1):
        _cell_text(tbl.cell(ri, 0), d)
        _cell_text(tbl.cell(ri, 1), t)
        _cell_text(tbl.cell(ri, 2), ty)
        _cell_text(tbl.cell(ri, 3), b)
    _set_widths(tbl, [Cm(1.6), Cm(4.8), Cm(3.2), Cm(7.4)])
    return tbl


def build_unio_draft(out: Path) -> FileInfo:
    name = "Unio_rapport_2056_UTKAST_v0.3.docx"
    doc = _base_doc("Calibri", 11)
    p = doc.add_paragraph()
    r = p.add_run("UTKAST v0.3 – til intern gjennomlesning")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_heading("Unio – rapportering for 2056", level=1)
    doc.add_paragraph(
        "[Merknad fra sekretariatet i Unio: tallene og teksten under er ikke kvalitetssikret. "
        "Endelig versjon sendes Kompetansepolitisk råd innen fristen.]")
    _unio_table(doc, [
        ("1.1", "Unio i KBU", "Råd/utvalg/nettverk", "Unio er representert i utvalget."),
        ("1.4", "UHR-enhetene", "Råd/utvalg/nettverk", "Sjekk hvilke enheter vi har folk i – TBD."),
        ("2.5", "FAGHELSE", "Prosjekt", "Kort tekst kommer."),
        ("2.2", "EVU-rapport", "FoU", "Rapport om etter- og videreutdanning (tittel ikke bestemt)."),
    ])
    doc.add_paragraph("Sist endret av: rådgiver, 10. mars 2057")
    pin_docx_props(doc, "UTKAST Unio rapport 2056", "Unio")
    pth = out / name
    doc.save(pth)
    pin_zip(pth)
    shape = "Word draft marked 'UTKAST v0.3', superseded by the final .doc; zero truth rows"
    return FileInfo(name, "Unio", shape, [])


def build_unio_final(out: Path) -> FileInfo:
    name_stem = "Unio_rapport_2056_endelig"
    member = "Unio"
    rows = [
        T("Unio i KBU", "M01", "1.1", "Råd/utvalg/nettverk",
          "Unio er representert i Kompetansebehovsutvalget ved leder for utredningsavdelingen "
          "og har bidratt til utvalgets rapport om behovet for lærere og sykepleiere."),
        T("UHRs fagstrategiske enheter", "M04", "1.4", "Råd/utvalg/nettverk",
          "Unio har oppnevnt representanter til UHR-Lærerutdanning og UHR-Helse og sosial."),
        T("FAGHELSE", "J02", "2.5", "Prosjekt",
          "Unio deltar i styringsgruppen for prosjektet Fagbrev på jobb i helse sammen med "
          "Spekter og YS.", partnere="Spekter og YS"),
        T("Rapport om etter- og videreutdanning for sykepleiere og lærere", "R", "2.2", "FoU",
          "Unio har fått gjennomført en undersøkelse av tilgangen til etter- og videreutdanning "
          "i offentlig sektor, publisert i Unio-rapport 3/2056."),
        T("Veiledning om kompletterende utdanning", "R", "2.6", "Informasjon",
          "Informasjonsmateriell og nettmøter for sykepleiere og lærere utdannet utenfor EU/EØS "
          "om godkjenning og kompletterende utdanning."),
    ]
    doc = _base_doc("Times New Roman", 11)
    doc.add_heading("Unio – rapportering til Kompetansepolitisk råd for 2056", level=1)
    doc.add_paragraph("Endelig versjon, 17. mars 2057. Denne versjonen erstatter utkastet som "
                      "ved en feil ble sendt sekretariatet 12. mars.")
    _unio_table(doc, [(t.delmal, t.tiltak, t.type, t.beskrivelse) for t in rows])
    doc.add_paragraph()
    doc.add_paragraph("Unio – Hovedorganisasjonen for universitets- og høyskoleutdannede")
    pin_docx_props(doc, "Unio rapport 2056", "Unio")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{name_stem}.docx"
        doc.save(src)
        target = soffice_convert(src, "doc:MS Word 97", out)
    shape = "Word 97 .doc (converted with LibreOffice); plain four-column table, final version"
    return FileInfo(target.name, member, shape, attach(rows, target.name, member))


# --------------------------------------------------------------------------
# F15 Virke: plain bulleted list under headings per innsatsområde
# --------------------------------------------------------------------------
def build_virke(out: Path) -> FileInfo:
    name = "Virke_innspill_tiltak_2056.docx"
    member = "Virke"
    sections = [
        ("Innsatsområde 2 – Læring i arbeidslivet", [
            T("Samarbeidsrådet for yrkesopplæring (SRY)", "M02", "2.3", "Råd/utvalg/nettverk",
              "Virke har ett medlem i rådet og har i 2056 særlig arbeidet med lærefag i handel "
              "og service."),
            T("Kurs for Virkes representanter i faglige råd og SRY", "R", "2.3", "Kurs/utdanning",
              "Heldagskurs for nyoppnevnte representanter om partssamarbeidet i fag- og yrkesopplæringen."),
            T("Bransjeprogram for varehandel", "R", "2.4", "Prosjekt",
              "Virke koordinerer bransjeprogrammet sammen med Handel og Kontor i Norge, med nye moduler i "
              "netthandel og bærekraft.", partnere="Handel og Kontor i Norge"),
            T("HANDELSDIGITAL", "R", "2.1", "Kurs/utdanning",
              "Gratis nettbaserte kurs i digitale verktøy for ansatte i små handelsbedrifter."),
            T("Virkes kompetansebarometer 2056", "R", "2.2", "FoU",
              "Årlig undersøkelse blant medlemsvirksomhetene om kompetansebehov og bruk av "
              "etter- og videreutdanning."),
        ]),
    ]
    doc = _base_doc("Calibri", 11)
    doc.add_heading("Virke – tiltak 2056", level=1)
    doc.add_paragraph("Virke rapporterer følgende tiltak til Kompetansepolitisk råd. Vi har ingen "
                      "egne tiltak under innsatsområde 1 og 3 i år.")
    rows = []
    for head, items in sections:
        doc.add_heading(head, level=2)
        for tr in items:
            p = doc.add_paragraph(style="List Bullet")
            b = p.add_run(tr.tiltak)
            b.bold = True
            p.add_run(f" (delmål {tr.delmal}): {tr.beskrivelse}")
            rows.append(tr)
    doc.add_paragraph("Kontakt: fagsjef kompetanse, Virke")
    pin_docx_props(doc, "Virke tiltak 2056", "Virke")
    p = out / name
    doc.save(p)
    pin_zip(p)
    shape = ("Word, plain; bulleted list under one innsatsområde heading, "
             "'name (delmål x.y): description', no types given")
    return FileInfo(name, member, shape, attach(rows, name, member))
