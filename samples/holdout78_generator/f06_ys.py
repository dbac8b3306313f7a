"""YS: an ordinary Word table whose «Form» column holds nothing but a Wingdings symbol (a w:sym run: open book,
writing hand, glasses, envelope, bell, folder), explained in a legend above the table where the same symbols stand
before YS' words. As text the symbols are private-use characters, or nothing at all. A mentoring programme that
ended in 2097 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "YS – tiltak i kompetansepolitikken 2098.docx"
MEMBER = "YS"
FORMAT = ("DOCX (python-docx), portrait, one ruled six-column table with a shaded header row; the kind cells and "
          "the legend hold w:sym runs in the Wingdings font (w:char F026, F03F, F024, F02A, F025, F031), zip "
          "normalised")
SHAPE = ("ordinary Word table with the kind given as a Wingdings symbol: title, intro, a legend line «Tegnforklaring "
         "for Form:» with six symbols each followed by YS' words (råd, utvalg og nettverk / kurs og opplæring / "
         "utredning og analyse / informasjon / møter og arrangementer / prosjekter), header Tiltak / Dette gjorde vi "
         "/ Delmål / Form / YS-forbund / Partnere; each Form cell is one w:sym run and no text – the kind is found "
         "only by matching the symbol's font character with the legend; delmål as a plain code; the FSR seat «YS' "
         "plass i Nasjonalt fagskoleråd» and the RSA seat «YS Stat i RSA ved Nord universitet»; a mentoring "
         "programme that ended in 2097 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the legend, the header, the Delmål cells, the symbols in the Form cells, the row "
             "'Mentorprogram for unge tillitsvalgte' (ended in 2097), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

SYMBOLS = {RAD: "F03F", KURS: "F026", FOU: "F024", INFO: "F02A", ARR: "F025", "Prosjekt": "F031"}
LEGEND = [(RAD, "råd, utvalg og nettverk"), (KURS, "kurs og opplæring"), (FOU, "utredning og analyse"),
          (INFO, "informasjon"), (ARR, "møter og arrangementer"), ("Prosjekt", "prosjekter")]

# name, gjorde, delmål, kind, forbund, partnere, seed, type
ROWS = [
    ("YS' plass i Nasjonalt fagskoleråd",
     "YS deltok på fem rådsmøter. Rådet ga råd om nye fagskoletilbud i hydrogen og batteri og om "
     "finansieringsmodellen for fagskolene.", "1.4", RAD, "YS", "", "M05"),
    ("YS Stat i RSA ved Nord universitet",
     "YS Stat har én plass i rådet. Rådet drøftet videreutdanning for ansatte i staten i Nordland og praksis i "
     "profesjonsutdanningene.", "1.4", RAD, "YS Stat", "", "M06"),
    ("Hydrogenskolen – plasser for Parat-medlemmer i prosessindustrien",
     "Parat sikret 60 medlemmer plass på modulene i ammoniakkproduksjon og sikkerhet, med lønn under opplæringen "
     "avtalt lokalt.", "2.4", KURS, "Parat", "Norsk Industri, Fagskolen Rogaland", "J04"),
    ("Analyse av kompetansebehov i finansnæringen",
     "Samfunnsøkonomisk analyse undersøkte hvordan automatisering endrer oppgavene i bank og forsikring og "
     "hvilken videreutdanning de ansatte trenger.", "2.2", FOU, "Finansforbundet", "Samfunnsøkonomisk analyse", None),
    ("Webinarrekke om omstilling i offentlig sektor",
     "Seks webinarer om digitalisering og nye arbeidsformer i staten og kommunene. Til sammen 2 100 påmeldte.",
     "2.1", ARR, "YS Stat", "", None),
    ("Kampanjen «Din rett til kompetanse»",
     "Kampanje i sosiale medier og medlemsbladet om retten til opplæring etter arbeidsmiljøloven og "
     "tariffavtalene.", "2.4", INFO, "Delta", "", None),
    ("Mentorprogram for unge tillitsvalgte",
     "Programmet ble avsluttet i 2097 og er ikke videreført.", "2.4", "Prosjekt", "Negotia", "", ""),
]


def _sym(paragraph, char: str, size: float = 11) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    r = paragraph.add_run()
    r.font.size = Pt(size)
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), char)
    r._r.append(sym)


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("YS – tiltak i kompetansepolitikken 2098", "bs15")])
    d.add_paragraph(
        "YS og forbundene rapporterer her tiltakene fra 2098 til Kompetansepolitisk råd. Kolonnen «Form» viser "
        "hva slags tiltak det er, med tegnene nedenfor.")
    p = d.add_paragraph()
    runs(p, [("Tegnforklaring for Form: ", "b")])
    for i, (kind, words) in enumerate(LEGEND):
        _sym(p, SYMBOLS[kind])
        runs(p, [(f" {words}" + ("   " if i < len(LEGEND) - 1 else ""), "")])
    head = ["Tiltak", "Dette gjorde vi", "Delmål", "Form", "YS-forbund", "Partnere"]
    body = [[n, g, dm, "", f, pa] for n, g, dm, _k, f, pa, _s in ROWS]
    t = ruled_table(d, head, body, [4.0, 5.6, 1.7, 1.4, 2.1, 2.8], fill="FCE4D6", size=9.5)
    for r_, x in zip(t.rows[1:], ROWS):
        _sym(r_.cells[3].paragraphs[0], SYMBOLS[x[3]], 14)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontakt: Hilde Strand, rådgiver i YS, 13. januar 2099", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Hilde Strand"))
    return [row(FILENAME, MEMBER, n, seed, dm, k, f, pa, g) for n, g, dm, k, f, pa, seed in ROWS if seed != ""]


def form_chars(path) -> list[str]:
    """The w:char of the symbol in each Form cell (for verify)."""
    import docx
    from docx.oxml.ns import qn
    t = docx.Document(str(path)).tables[0]
    out = []
    for r_ in t.rows[1:]:
        syms = r_.cells[3]._tc.findall(".//" + qn("w:sym"))
        out.append(syms[0].get(qn("w:char")) if len(syms) == 1 and not r_.cells[3].text.strip() else "")
    return out


def text(path) -> str:
    return docx_all_text(path)
