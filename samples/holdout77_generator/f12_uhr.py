"""UHR: a Word report printed to PDF by LibreOffice in which every measure is a small 2 × 2 card: a shaded title row
across the card, then four quadrants with a grey label each – RESULTAT 2097 (the description), STRATEGIEN (a
sentence naming the delmål), ARBEIDSFORM (UHR's kind word) and ANSVAR OG PARTNERE (two lines). A joint admission
scheme postponed to 2098 is told only in words."""
from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, runs, shade, \
    stable_pdf

FILENAME = "UHR – kompetansestrategien 2097 (tiltakskort).pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with one small ruled 2 × 2 table per measure "
          "under a merged, shaded title row; dates and /ID fixed")
SHAPE = ("measure cards in quadrants: title, intro, then per measure a card whose top row (merged across) holds the "
         "name and whose four quadrants are labelled in grey capitals RESULTAT 2097 / STRATEGIEN / ARBEIDSFORM / "
         "ANSVAR OG PARTNERE; the delmål in a sentence «Bidrar til delmål 1.3 (karriereveiledning).»; UHR's kind words "
         "(Enhetsmøter, Karrieredag, Spørreundersøkelse, Nettportal, Utviklingsprosjekt, Kurs); «Ansvar: …» and "
         "«Partnere: …» as two lines in one quadrant; the UHR-FSE seat «UHR-Økonomi og administrasjon – fagstrategisk "
         "enhet»; UHR's own follow-up survey after the joint careers day (about the joint measure, not part of it); "
         "a joint admission scheme postponed to 2098 told only in words; a closing line")
NOT_TRUTH = ("the title and intro, the quadrant labels, the STRATEGIEN sentences, the ARBEIDSFORM words, the labels "
             "«Ansvar:» and «Partnere:», the closing paragraph with 'Felles opptak til videreutdanning' (postponed to "
             "2098) and the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, resultat, delmål, words for the goal, kind, ansvar, partnere, seed, type
ROWS = [
    ("UHR-Økonomi og administrasjon – fagstrategisk enhet",
     "Enheten samlet dekanene for økonomisk-administrative utdanninger fire ganger og vedtok felles anbefalinger om "
     "arbeidslivsrelevans og praksis i bachelorgradene.", "1.4", "samarbeid mellom utdanning og arbeidsliv",
     "Enhetsmøter", "UHR-Økonomi og administrasjon", "", "M03", RAD),
    ("Karrieredagen 2097 på studiestedene",
     "22 universiteter og høyskoler holdt åpent 16. oktober med veiledning om studievalg, videreutdanning og "
     "karriere. Om lag 9 000 besøkende.", "1.3", "karriereveiledning", "Karrieredag", "UHR",
     "Kompetanseforbundet, Sametinget, karrieresentrene", "J03", ARR),
    ("Karrieredagen 2097 – UHRs etterundersøkelse",
     "UHR spurte studiestedene etter Karrieredagen om hva som virket. Undersøkelsen er UHRs egen og er ikke en del av "
     "fellestiltaket; resultatene ble sendt til institusjonene i desember.", "1.3", "karriereveiledning",
     "Spørreundersøkelse", "UHR", "", None, FOU),
    ("Praksisportalen",
     "UHR drifter den felles portalen der studenter og arbeidsgivere finner og avtaler praksisplasser. 11 000 "
     "plasser ble lagt ut, og 7 400 ble avtalt gjennom portalen.", "1.4", "samarbeid mellom utdanning og arbeidsliv",
     "Nettportal", "UHR", "Akademikerne, Spekter", "J06", INFO),
    ("Nasjonal modell for fleksible videreutdanninger",
     "14 institusjoner utviklet en felles modell for korte, nettbaserte videreutdanninger som kan settes sammen til "
     "en mastergrad.", "2.4", "relevante etter- og videreutdanningstilbud", "Utviklingsprosjekt", "UHR",
     "HK-dir, 14 universiteter og høyskoler", None, PROSJEKT),
    ("Opplæring i realkompetansevurdering for saksbehandlere",
     "Tre kursdager for saksbehandlere som vurderer søkere på grunnlag av realkompetanse, med 140 deltakere fra 30 "
     "institusjoner.", "2.5", "dokumentasjon av kompetanse fra arbeidslivet", "Kurs", "UHR", "HK-dir", None, KURS),
]

GREY = RGBColor(0x76, 0x76, 0x76)


def _label(cell, label: str, lines: list[str]) -> None:
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(7)
    r.font.color.rgb = GREY
    for ln in lines:
        q = cell.add_paragraph()
        q.add_run(ln).font.size = Pt(9)


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=2.2)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – tiltakskort 2097", "bs15")])
    d.add_paragraph(
        "UHR rapporterer her på sine tiltak i oppfølgingen av kompetansestrategien i 2097. Hvert tiltak har et kort: "
        "hva som ble gjort, hvilket delmål i strategien det bidrar til, arbeidsformen og hvem som har ansvaret.")
    for name, res, dm, words, kind, ansvar, partnere, *_r in ROWS:
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = t.cell(0, 0).merge(t.cell(0, 1))
        runs(top.paragraphs[0], [(name, "bs11")])
        shade(top, "DCE6F0")
        _label(t.cell(1, 0), "RESULTAT 2097", [res])
        _label(t.cell(1, 1), "STRATEGIEN", [f"Bidrar til delmål {dm} ({words})."])
        _label(t.cell(2, 0), "ARBEIDSFORM", [kind])
        _label(t.cell(2, 1), "ANSVAR OG PARTNERE", [f"Ansvar: {ansvar}"] + ([f"Partnere: {partnere}"] if partnere
                                                                            else []))
        for k, r_ in enumerate(t.rows):
            cant = OxmlElement("w:cantSplit")
            r_._tr.get_or_add_trPr().append(cant)
            for c, w in zip(r_.cells, (9.6, 6.6)):
                c.width = Cm(w)
                if k < 2:
                    for q in c.paragraphs:
                        q.paragraph_format.keep_with_next = True
        d.add_paragraph()
    d.add_paragraph(
        "Felles opptak til videreutdanning, som var omtalt i fjorårets rapport, er utsatt. Institusjonene ble ikke "
        "enige om en felles søknadsfrist, og arbeidet tas opp igjen i 2098.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Lars Mæland, seniorrådgiver, UHR", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Lars Mæland"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, pa, res)
            for n, res, dm, _w, _k, a, pa, seed, ty in ROWS]


def text(path) -> str:
    return pdf_cells(path)
