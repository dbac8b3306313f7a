"""Word prose: KS draft and final (manual numbers typed as text, run-in
headings, delmål in parentheses, no types) and UHR (one small key/value
table per tiltak under headings per hovedinnsatsområde)."""
from __future__ import annotations

from docx import Document
from docx.shared import Cm, Pt, RGBColor

from .common import Doc, Row, pin_zip, set_docx_core
from .docx_tables import put, set_widths, shade

KS_ROWS = [
    Row("M02", "Representasjon i SRY", "1.4", "Råd/utvalg/nettverk",
        "Arbeidsgiverpolitisk avdeling", "",
        "KS er representert i Samarbeidsrådet for yrkesopplæring med ett "
        "medlem og ett varamedlem og bidrar med kommunesektorens perspektiv "
        "som landets største lærlingbedrift."),
    Row("J03", "Yrkesfagsuka", "2.3", "Arrangement", "",
        "Vestland fylkeskommune, Trøndelag fylkeskommune",
        "Sammen med fylkeskommunene arrangerer KS en uke der kommunale "
        "lærlinger og instruktører viser fram helse-, oppvekst- og tekniske "
        "fag for elever på ungdomstrinnet."),
    Row("J04", "Språkstigen – kommunene som språkpraksisarena", "3.4",
        "Prosjekt", "", "LO, Arbeids- og inkluderingsdepartementet",
        "KS koordinerer de kommunale praksisplassene i prosjektet, der "
        "norskopplæring kombineres med språkpraksis på arbeidsplassen."),
    Row("R109", "Fagbrev i arbeid – helse og omsorg", "3.3", "Prosjekt",
        "KS Kompetanse", "",
        "Ufaglærte ansatte i kommunale helse- og omsorgstjenester tar "
        "fagbrev som helsefagarbeider mens de står i jobb; 41 kommuner "
        "deltok i 2058."),
    Row("R110", "Ny veileder: Lærlinger i kommunal sektor", "2.3",
        "Informasjon", "KS Kompetanse", "",
        "Digital veileder for kommunale ledere om inntak, oppfølging og "
        "vurdering av lærlinger, lansert i mai."),
]


def _ks_item(d, n, heading, body, tail):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(0.9)
    pf.first_line_indent = Cm(-0.9)
    pf.space_after = Pt(8)
    p.add_run(f"{n}.\t")
    h = p.add_run(heading + ". ")
    h.bold = True
    p.add_run(body + " " + tail if tail else body)


def _ks_doc(title):
    d = Document()
    set_docx_core(d, title, "KS")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def build_ks_draft(out_dir) -> Doc:
    fn = "KS_rapportering_2058_UTKAST.docx"
    d = _ks_doc("KS rapportering 2058 – utkast")
    p = d.add_paragraph()
    r = p.add_run("UTKAST – ikke ferdig behandlet internt")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.add_heading("KS – rapportering av tiltak 2058", 1)
    d.add_paragraph("[Innledning skrives når tiltakslisten er klar.]")
    _ks_item(d, 1, "Representasjon i SRY",
             "KS har plass i SRY. [Sjekk om vara skal nevnes.]", "(1.4?)")
    _ks_item(d, 2, "Yrkesfagsuka",
             "KS deltar. [Avklare rolle med fylkeskommunene.]", "")
    _ks_item(d, 3, "Fagbrev i arbeid",
             "[Tall fra KS Kompetanse kommer.]", "(Delmål 3.3)")
    d.add_paragraph("[Flere tiltak? Veilederen om lærlinger?]")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "KS", "superseded draft of the KS report (placeholders, "
               "question marks); no truth rows", [],
               note="draft, superseded by KS_rapportering_2058_endelig.docx")


def build_ks_final(out_dir) -> Doc:
    fn = "KS_rapportering_2058_endelig.docx"
    d = _ks_doc("KS rapportering 2058")
    d.add_heading("KS – rapportering av tiltak 2058 til Kompetansepolitisk "
                  "råd", 1)
    d.add_paragraph(
        "Endelig versjon. Denne erstatter utkastet som ble sendt "
        "sekretariatet 12. desember. KS har i 2058 arbeidet med fem tiltak "
        "som følger opp strategien:")
    for n, r in enumerate(KS_ROWS, start=1):
        tail = f"(Delmål {r.delmal}"
        tail += f". Ansvarlig: {r.ansvarlig}.)" if r.ansvarlig else ")"
        if r.partners:
            body = r.beskrivelse + f" Samarbeid med {r.partners}."
        else:
            body = r.beskrivelse
        _ks_item(d, n, r.tiltak, body, tail)
    d.add_paragraph("Oslo, 18. januar 2059")
    d.add_paragraph("Kontakt: avdelingsdirektør Ingrid Hauge, KS")
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "KS", "Word prose, numbers typed as text with tab, bold "
               "run-in headings, delmål and ansvarlig in parentheses, no "
               "types", KS_ROWS, note="final version of the KS draft")


UHR_ROWS = [
    (1, Row("M01", "Representasjon i KBU", "1.1", "Råd/utvalg/nettverk",
            "UHR-sekretariatet", "",
            "UHR oppnevner ett medlem til Kompetansebehovsutvalget fra "
            "universitets- og høyskolesektoren."),
     "Sammenstille og analysere kunnskap om kompetansebehovene i Norge",
     "Utvalg"),
    (1, Row("M04", "UHRs fagstrategiske enheter", "1.4",
            "Råd/utvalg/nettverk", "UHR-styret", "",
            "Enhetene (blant annet UHR-Helse og velferd, UHR-MNT og "
            "UHR-Lærerutdanning) samler dekanene og arbeider med relevans og "
            "arbeidslivstilknytning i utdanningene."),
     "Relevant utdanning gjennom tettere samarbeid mellom "
     "utdanningsinstitusjoner og arbeidsliv", "Nettverk"),
    (1, Row("M03", "Råd for samarbeid med arbeidslivet (RSA)", "1.4",
            "Råd/utvalg/nettverk", "Institusjonene", "",
            "UHR samordner erfaringsutveksling mellom institusjonenes RSA-er "
            "og har laget felles retningslinjer for sammensetningen av "
            "rådene."), "1.4", "Råd"),
    (2, Row("J06", "Vurdering av realkompetanse i arbeidslivet", "2.5",
            "Prosjekt", "UHR", "Fagskolerådet, Trøndelag fylkeskommune",
            "Felles prosjekt om en modell for å vurdere kompetanse ervervet "
            "i arbeidslivet ved opptak og innpassing i høyere utdanning."),
     "Enklere å få dokumentert kompetanse fra arbeidslivet",
     "Utviklingsarbeid"),
    (2, Row("R111", "Nasjonal konferanse om livslang læring i UH-sektoren",
            "2.4", "Arrangement", "UHR-sekretariatet", "UiT Norges arktiske "
            "universitet",
            "Konferanse i Tromsø med 300 deltakere om fleksible etter- og "
            "videreutdanningstilbud for arbeidslivet."), "2.4", "Konferanse"),
]

UHR_AREAS = {1: "Innsatsområde 1 – Gode valg for den enkelte og for "
                "samfunnet",
             2: "Innsatsområde 2 – Læring i arbeidslivet"}


def build_uhr(out_dir) -> Doc:
    fn = "UHR_rapport_kompetansestrategien_2058.docx"
    d = Document()
    set_docx_core(d, "UHR – rapport 2058", "Universitets- og høgskolerådet")
    d.add_heading("Universitets- og høgskolerådet (UHR)", 0)
    d.add_paragraph("Rapport til Kompetansepolitisk råd for 2058. Tiltakene "
                    "er ordnet etter strategiens innsatsområder. Der vi ikke "
                    "har oppgitt nummer, er målet beskrevet med egne ord.")
    area = None
    for a, r, dtxt, kat in UHR_ROWS:
        if a != area:
            d.add_heading(UHR_AREAS[a], 2)
            area = a
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        pairs = [("Tiltak", r.tiltak), ("Mål i strategien", dtxt),
                 ("Kategori", kat), ("Ansvar", r.ansvarlig),
                 ("Partnere", r.partners), ("Beskrivelse", r.beskrivelse)]
        for i, (k, v) in enumerate(pairs):
            put(t.cell(i, 0), k, True, 10)
            shade(t.cell(i, 0), "EFEFEF")
            put(t.cell(i, 1), v, i == 0, 10)
        set_widths(t, [3.5, 12.5])
        d.add_paragraph()
    path = out_dir / fn
    d.save(path)
    pin_zip(path)
    return Doc(fn, "UHR", "Word: headings per hovedinnsatsområde, one "
               "two-column key/value table per tiltak, delmål often only "
               "as paraphrased words", [r for _, r, _, _ in UHR_ROWS])
