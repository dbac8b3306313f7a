"""KS: an ordinary Word table without a kind column; the kind is the font colour of the measure's name, explained
by a legend line of six coloured words over the table (two of the colours are not used). A day moved to February
2092 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "KS – tiltak i 2091 til KPR.docx"
MEMBER = "KS"
FORMAT = ("DOCX (python-docx), portrait, a legend paragraph of coloured runs and one ruled five-column table whose "
          "name runs are bold and coloured (w:color), zip normalised")
SHAPE = ("ordinary Word table with the kind as the colour of the name: title, an intro saying the colour of the "
         "measure's name shows its kind, a legend line of six words each in its colour («Råd og nettverk» dark "
         "blue, «Opplæring» green, «Utviklingsarbeid» orange, «Kunnskap» purple, «Informasjon» teal, «Samling» "
         "red), header Tiltak / Kort om 2091 / Delmål / Ansvarlig i KS / Med hvem; the names in bold coloured "
         "runs (blue, orange, green, teal, blue – purple and red unused); delmål as a plain code; the RSA seat «KS "
         "Agders medlem i RSA ved Universitetet i Agder»; a day moved to February 2092, told only in words; a "
         "signature")
NOT_TRUTH = ("the title, intro and the colour legend, the header, the Delmål cells, the paragraph on "
             "'Arbeidsgiverdagen om heltidskultur' (held in February 2092), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

LEGEND = [("Råd og nettverk", "1F4E79", RAD), ("Opplæring", "2E7D32", KURS), ("Utviklingsarbeid", "C55A11", PROSJEKT),
          ("Kunnskap", "7030A0", FOU), ("Informasjon", "00838F", INFO), ("Samling", "C00000", ARR)]
COLOUR = {c: ty for _w, c, ty in LEGEND}

# name, colour, text, delmål, ansvarlig, partners, seed
ROWS = [
    ("KS Agders medlem i RSA ved Universitetet i Agder", "1F4E79",
     "KS Agder deltok i rådets tre møter og la fram kommunenes behov for praksisplasser i sykepleie og barnevern.",
     "1.4", "KS Agder", "", "M01"),
    ("Språkløypa i kommunene", "C55A11",
     "Ansatte med kort botid i 18 kommuner fikk norskopplæring i arbeidstiden, og 60 språkveiledere ble lært opp på "
     "sykehjem og i hjemmetjenesten.", "3.4", "Avdeling for arbeidsgiverpolitikk", "Spekter, Unio, 18 kommuner",
     "J05"),
    ("Lederutdanning i tjenesteinnovasjon", "2E7D32",
     "Videreutdanning på 15 studiepoeng for ledere i kommunene om å utvikle tjenester sammen med innbyggerne. 95 "
     "ledere fullførte.", "2.1", "KS Læring", "Høgskolen i Innlandet", None),
    ("Kompetanseplanverktøyet – ny nettversjon", "00838F",
     "KS lanserte en ny versjon av nettverktøyet kommunene bruker til å planlegge kompetanse. 190 kommuner tok det i "
     "bruk.", "2.2", "Digitaliseringsavdelingen", "", None),
    ("Nettverk for kompetansekoordinatorer i kommunene", "1F4E79",
     "Nettverket samlet koordinatorer fra 70 kommuner til fire digitale møter om rekruttering og kompetanseplaner.",
     "1.2", "KS Nordland", "fylkeskommunene", None),
]


def build(out) -> list[dict]:
    from docx.shared import RGBColor
    d = new_docx(font="Arial", size=10, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("KS – tiltak i 2091 i oppfølgingen av kompetansestrategien", "bs15")])
    d.add_paragraph("Her er KS' tiltak for 2091 til Kompetansepolitisk råd. Fargen på tiltaksnavnet viser hva slags "
                    "tiltak det er:")
    p = d.add_paragraph()
    for i, (word, colour, _ty) in enumerate(LEGEND):
        r = p.add_run(word)
        r.bold = True
        r.font.color.rgb = RGBColor.from_string(colour)
        if i < len(LEGEND) - 1:
            p.add_run("   ·   ")
    head = ["Tiltak", "Kort om 2091", "Delmål", "Ansvarlig i KS", "Med hvem"]
    body = [[n, t, dm, a, s] for n, _c, t, dm, a, s, _seed in ROWS]
    table = ruled_table(d, head, body, [4.4, 6.4, 1.5, 2.6, 2.6], fill="DDEBF7", size=9.5)
    for r_, (_name, colour, *_rest) in zip(table.rows[1:], ROWS):
        run = r_.cells[0].paragraphs[0].runs[0]
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(colour)
    d.add_paragraph()
    d.add_paragraph("Arbeidsgiverdagen om heltidskultur, som var satt opp i desember, ble flyttet og holdes i "
                    "februar 2092.")
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Vennlig hilsen Marit Hole, spesialrådgiver i KS", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Marit Hole"))
    return [row(FILENAME, MEMBER, n, seed, dm, COLOUR[c], a, s, t) for n, c, t, dm, a, s, seed in ROWS]


def name_colours(path) -> list[tuple[str, str]]:
    """(name, colour) of the first cell of each body row."""
    import docx
    t = docx.Document(str(path)).tables[0]
    out = []
    for r_ in t.rows[1:]:
        run = r_.cells[0].paragraphs[0].runs[0]
        out.append((run.text, str(run.font.color.rgb)))
    return out


def text(path) -> str:
    return docx_all_text(path)
