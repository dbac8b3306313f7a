"""Documents written in Word and passed through LibreOffice: Virke (.odt), KS letter (.rtf), Nordland (.doc)."""
from __future__ import annotations

import os
import tempfile

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .common import Row, cell_text, new_docx, save_docx, set_col_widths, shade, soffice_convert

# ------------------------------------------------------------------ Virke
VIRKE_FILE = "Virke_tiltak_2057.odt"
VIRKE = [
    ("M02", "Samarbeidsrådet for yrkesopplæring", "2.3", "2.3 Karrieremuligheter i yrkesfag",
     "Råd/utvalg/nettverk", "Virke Kompetanse", "",
     "Virke har fast plass i SRY og leder rådets arbeidsgruppe for handels- og servicefagene. I 2057 "
     "har gruppen levert forslag om nytt vg3 i salg og kundeservice."),
    ("J03", "DIGILØFT – digitalt grunnløft for ansatte i handel og tjenesteyting", "2.1",
     "2.1 Digital kompetanse", "Kurs/utdanning", "Virke", "YS, Spekter",
     "Gratis nettbaserte moduler i grunnleggende digital kompetanse for ansatte uten høyere "
     "utdanning. 6 200 deltakere fra handel og tjenesteyting fullførte minst én modul i 2057."),
    ("R111", "Følgeevaluering av DIGILØFT", "2.2", "2.2 Kunnskap om læring i arbeidslivet", "FoU",
     "Virke", "Fafo",
     "Virke har bestilt en følgeevaluering fra Fafo som skal måle hvordan kursene påvirker "
     "deltakernes arbeidshverdag. Første delrapport kom i september."),
    ("R112", "Lederskolen i varehandelen", "2.4", "2.4 Kompetansebehov og EVU-tilbud", "Kurs/utdanning",
     "Virke Kompetanse", "BI, Høyskolen Kristiania",
     "Modulbasert lederutdanning for butikksjefer, utviklet ut fra kartlagte kompetansebehov i "
     "medlemsbedriftene."),
]


def build_virke(out: str) -> list[Row]:
    d = new_docx("Virke – tiltak 2057", "Virke")
    d.add_heading("Virkes rapportering til Kompetansepolitisk råd", level=1)
    d.add_paragraph("Rapporteringsår 2057. Én tabell per tiltak.")
    d.add_heading("Innsatsområde 2 – Læring i arbeidslivet", level=2)
    rows: list[Row] = []
    labels = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Omtale"]
    for seed, name, dm, dm_disp, typ, ans, sam, besk in VIRKE:
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for (lc, vc), lab, val in zip([r.cells for r in t.rows], labels,
                                      [name, dm_disp, typ, ans, sam, besk]):
            cell_text(lc, lab, bold=True)
            shade(lc, "EDEDED")
            cell_text(vc, val, bold=(lab == "Tiltak"))
        set_col_widths(t, [Cm(3.9), Cm(12.0)])
        d.add_paragraph("")
        rows.append(Row(VIRKE_FILE, "Virke", name, seed, dm, typ, ans, sam, besk))
    d.add_paragraph("Kontakt: Virke Kompetanse, avdeling for utdanningspolitikk.")
    with tempfile.TemporaryDirectory(prefix="h37v_") as tmp:
        src = os.path.join(tmp, "Virke_tiltak_2057.docx")
        save_docx(d, src)
        soffice_convert(src, "odt", os.path.join(out, VIRKE_FILE))
    return rows


# ------------------------------------------------------------------ KS letter
KS_FILE = "KS_brev_rapportering_2057.rtf"
KS = [
    ("M02", "KS i Samarbeidsrådet for yrkesopplæring", "2.3", "Råd/utvalg/nettverk",
     "KS er medlem av Samarbeidsrådet for yrkesopplæring (SRY), der vi representerer "
     "fylkeskommunene som skoleeiere. I 2057 har vi særlig løftet behovet for flere læreplasser i "
     "kommunal sektor og synliggjøring av yrkesfaglige karriereveier innen helse og oppvekst."),
    ("J04", "RKV-Arbeid – realkompetansevurdering i arbeidslivet", "2.5", "Prosjekt",
     "Sammen med Unio prøver KS ut en modell for å vurdere og dokumentere kompetanse som ansatte "
     "har tilegnet seg i jobben, slik at den kan gi uttelling i videre utdanning. Ti kommuner deltar "
     "i utprøvingen."),
    ("J05", "NORA – norsk på arbeidsplassen", "3.4", "Prosjekt",
     "Prosjektet gir ansatte med svake norskferdigheter opplæring i arbeidstiden, knyttet til "
     "konkrete arbeidsoppgaver i helse og renhold. KS samarbeider med Spekter om metodikken, og 22 "
     "kommuner er med."),
    ("R124", "Nettverk for strategisk kompetanseplanlegging i kommunene", "1.2", "Råd/utvalg/nettverk",
     "Nettverket samler kommuner i alle fylker om systematisk kompetanseplanlegging og samarbeid "
     "med regionale utdanningstilbydere. Fire nye regionale nettverk ble etablert i 2057."),
]


def build_ks(out: str) -> list[Row]:
    d = new_docx("Rapportering av tiltak 2057", "KS")
    p = d.add_paragraph()
    r = p.add_run("KS")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    p.add_run("\nKommunesektorens organisasjon").font.size = Pt(9)
    d.add_paragraph("")
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nHK-dir\nPostboks 1093\n5809 Bergen")
    meta = d.add_paragraph("Vår referanse: 57/01234-3\nDeres referanse: 57/00871\nDato: 15.11.2057")
    meta.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("")
    d.add_paragraph().add_run("Rapportering av KS' tiltak i 2057").bold = True
    d.add_paragraph(
        "Vi viser til brev fra sekretariatet av 1. september 2057 med anmodning om rapportering på "
        "tiltak under Nasjonal kompetansepolitisk strategi. KS rapporterer på følgende fire tiltak, "
        "hvorav to er samarbeidsprosjekter med andre medlemmer av rådet.")
    rows: list[Row] = []
    for seed, name, dm, typ, besk in KS:
        d.add_paragraph().add_run(name).bold = True
        d.add_paragraph(besk)
        it = d.add_paragraph().add_run(f"Tiltaket hører inn under delmål {dm}.")
        it.italic = True
        rows.append(Row(KS_FILE, "KS", name, seed, dm, typ, "", "", besk))
    d.add_paragraph(
        "KS deltar gjerne i videre dialog om hvordan rapporteringen kan forenkles. Spørsmål kan "
        "rettes til undertegnede.")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Ingrid Halvorsen\nområdedirektør\n\nTorbjørn Aasen\nspesialrådgiver")
    d.add_paragraph("Brevet er godkjent elektronisk og har derfor ikke håndskrevne signaturer.").runs[0].font.size = Pt(8)
    with tempfile.TemporaryDirectory(prefix="h37k_") as tmp:
        src = os.path.join(tmp, "KS_brev_rapportering_2057.docx")
        save_docx(d, src)
        soffice_convert(src, "rtf", os.path.join(out, KS_FILE))
    return rows


# ------------------------------------------------------------------ Nordland
NORD_FILE = "Nordland_fylkeskommune_tiltak_2057.doc"
NORD = [
    ("J02", "Yrkesfagløftet Nord", "2.3", "2.3 Karrieremuligheter i yrkesfag", "Pilot", "Prosjekt",
     "Nordland fylkeskommune", "Troms og Finnmark fylkeskommune, Sametinget",
     "Felles prosjekt med Troms og Finnmark fylkeskommune og Sametinget for å synliggjøre "
     "karriereveier i yrkesfagene i nordnorske lokalsamfunn, med rollemodeller og bedriftsbesøk for "
     "elever på ungdomstrinnet.", 1850),
    ("R134", "Karriere Nordland på nett", "1.3", "1.3 Karriereveiledning", "Tjeneste", "Informasjon",
     "Karriere Nordland", "",
     "Chat- og videoveiledning for voksne som vil skifte yrke eller ta utdanning, med kveldsåpent "
     "to dager i uken.", 640),
    ("R135", "Fagskoletilbud i havbruk på Helgeland", "2.4", "2.4 Bedriftenes behov og EVU",
     "Utdanningstilbud", "Kurs/utdanning", "Fagskolen i Nordland", "Sjømat Norge, lokale oppdrettsselskaper",
     "Nytt deltidstilbud i havbruksdrift utviklet sammen med oppdrettsselskapene i regionen. 28 "
     "studenter startet høsten 2057.", 2300),
    ("R136", "Kombinasjonsklasser for minoritetsspråklige voksne", "3.4", "3.4 Kvalifisering av innvandrere",
     "Opplæring", "Kurs/utdanning", "Seksjon for videregående opplæring", "Kommunene, NAV Nordland",
     "Videregående opplæring kombinert med norskopplæring for voksne innvandrere, i samarbeid med "
     "kommunene og NAV.", 3100),
]


def build_nordland(out: str) -> list[Row]:
    d = new_docx("Tiltak 2057", "Nordland fylkeskommune")
    d.sections[0].left_margin = d.sections[0].right_margin = Cm(2.0)
    d.add_heading("Nordland fylkeskommune – tiltak 2057", level=1)
    d.add_paragraph("Rapportering til Kompetansepolitisk råd. Tabell 1 viser tiltakene, tabell 2 "
                    "ressursbruken.")
    d.add_paragraph().add_run("Tabell 1: Tiltak").bold = True
    headers = ["Tiltak", "Hva", "Delmål i strategien", "Kategori", "Eier", "Partnere"]
    t = d.add_table(rows=1 + len(NORD), cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True)
        shade(c, "DDEBF7")
    rows: list[Row] = []
    for i, (seed, name, dm, dm_disp, own, typ, ans, sam, besk, _k) in enumerate(NORD, start=1):
        for c, v in zip(t.rows[i].cells, [name, besk, dm_disp, own, ans, sam]):
            cell_text(c, v, size=9)
        rows.append(Row(NORD_FILE, "Nordland fylkeskommune", name, seed, dm, typ, ans, sam, besk))
    set_col_widths(t, [Cm(3.0), Cm(4.8), Cm(2.6), Cm(2.1), Cm(2.2), Cm(2.3)])
    d.add_paragraph("")
    d.add_paragraph().add_run("Tabell 2: Ressursbruk 2057 (1000 kr)").bold = True
    t2 = d.add_table(rows=2 + len(NORD), cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Tiltak", "Fylkeskommunale midler", "Eksterne midler"]):
        cell_text(c, h, bold=True)
    tot = 0
    for i, n in enumerate(NORD, start=1):
        ext = n[9] // 3
        tot += n[9]
        for c, v in zip(t2.rows[i].cells, [n[1], f"{n[9]:,}".replace(",", " "), f"{ext:,}".replace(",", " ")]):
            cell_text(c, v, size=9)
    for c, v in zip(t2.rows[-1].cells, ["Sum", f"{tot:,}".replace(",", " "), ""]):
        cell_text(c, v, bold=True, size=9)
    set_col_widths(t2, [Cm(7.6), Cm(4.0), Cm(4.0)])
    d.add_paragraph("Tallene er foreløpige og omfatter ikke statlige tilskudd som går direkte til partnerne.")
    with tempfile.TemporaryDirectory(prefix="h37n_") as tmp:
        src = os.path.join(tmp, "Nordland_fylkeskommune_tiltak_2057.docx")
        save_docx(d, src)
        soffice_convert(src, "doc:MS Word 97", os.path.join(out, NORD_FILE))
    return rows
