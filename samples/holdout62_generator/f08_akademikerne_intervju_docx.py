"""Akademikerne: instead of a form, the member sends an interview from its member magazine. A shaded note to the
secretariat at the top names the measures and their delmål in one paragraph; everything else about them (who is
responsible, partners, what happened) is only in the journalist's questions and the adviser's spoken answers. The
interview also speaks of a café ended in 2081 and a mentor programme from 2083, which the note leaves out."""
from __future__ import annotations

import io

from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

from .common import INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx, set_cell_shading, \
    set_col_widths

FILENAME = "Akademikerne intervju om kompetansearbeidet 2082.docx"
MEMBER = "Akademikerne"
FORMAT = ("DOCX (python-docx): a shaded one-cell note table, a magazine interview with an inline PNG picture "
          "(Pillow) and caption, a shaded fact box; zip normalised")
SHAPE = ("magazine interview sent as the report: a shaded note «Til sekretariatet …» listing the measures with their "
         "delmål («… – 1.4; Kompetansebehovsutvalget – 1.1; …»), then the article (magazine line, kicker "
         "«INTERVJU», headline quote, ingress, byline, picture with caption), questions in bold and answers in "
         "running speech where the measures are described with who is responsible and partners; a fact box about "
         "the organisation; no kind of measure")
NOT_TRUTH = ("the note's greeting and signature, the magazine line, kicker, headline, ingress, byline, picture and "
             "caption, the questions, the answers' general talk, the mentor programme for young academics in the "
             "municipalities (from 2083) and the career café closed after 2081, the fact box")
SPLIT_FIELDS = ("samarbeidspartnere",)

SEK = "Akademikernes sekretariat"
# name in the note, dm, ansvarlig, partners, description (a sentence of the answer), seed, type
ITEMS = [
    ("Råd for samarbeid med arbeidslivet ved UiT Norges arktiske universitet", "1.4", "Juristforbundet", "",
     "Der har vi i år fått på plass praksisordninger for jusstudenter i kommunene i Nord-Norge.", "M01", RAD),
    ("Kompetansebehovsutvalget", "1.1", SEK, "",
     "I år la utvalget fram en rapport om helse og omsorg, og vi fikk gjennomslag for et eget kapittel om "
     "behovet for psykologer og leger i distriktene.", "M04", RAD),
    ("Seniorveiviseren – innholdet for akademikere", "1.3", SEK, "Kunnskapsdepartementet, HK-dir",
     "Det er en nettjeneste der arbeidstakere over 55 kan finne ut hva de kan lære for å stå lenger i jobb, og vi "
     "har skrevet innholdet for dem med høyere utdanning.", "J05", INFO),
    ("Kurs i Seniorveiviseren for tillitsvalgte", "1.3", SEK, "Tekna",
     "85 tillitsvalgte har gått gjennom kurset, og de bruker nå veiviseren i samtaler med kolleger.", None, KURS),
    ("Etterutdanning i kunstig intelligens for jurister og økonomer", "2.1", "Juristforbundet og Samfunnsøkonomene",
     "BI", "Det er korte nettmoduler og to fysiske samlinger, og over 600 medlemmer har deltatt.", None, KURS),
]

QA = [
    ("Hvorfor er etter- og videreutdanning så viktig for akademikere?",
     "De fleste av medlemmene våre har lang utdanning, men kunnskapen går fort ut på dato. En jurist som ble ferdig "
     "for tjue år siden, lærte lite om digitale verktøy. Vi må slutte å tro at utdanningen er ferdig når man er 25."),
    ("Hvor gjør Akademikerne seg gjeldende i politikken på feltet?",
     "Vi sitter i Kompetansebehovsutvalget, som lager kunnskapsgrunnlaget for hele feltet. " + ITEMS[1][4] + " Det er "
     f"{SEK} som følger utvalget. Dessuten har Juristforbundet plassen vår i Rådet for samarbeid med arbeidslivet ved "
     "UiT Norges arktiske universitet. " + ITEMS[0][4]),
    ("Mange medlemmer nærmer seg pensjonsalderen. Hva gjør dere for dem?",
     "Vi har vært med og utviklet Seniorveiviseren sammen med Kunnskapsdepartementet og HK-dir. " + ITEMS[2][4] +
     f" Den ble lansert i april, og responsen har vært veldig god. Hos oss er det {SEK} som har ledet arbeidet."),
    ("Men vet de tillitsvalgte om veiviseren?",
     "Det var nettopp derfor vi laget et eget kurs i Seniorveiviseren for tillitsvalgte. Kurset er vårt eget og "
     f"ikke en del av selve nettjenesten; {SEK} holder det sammen med Tekna. " + ITEMS[3][4]),
    ("Hva med kunstig intelligens – er akademikerne forberedt?",
     "Ikke godt nok. Derfor startet Juristforbundet og Samfunnsøkonomene i år etterutdanning i kunstig intelligens "
     "for jurister og økonomer. " + ITEMS[4][4] + " BI har laget modulene sammen med oss."),
    ("Hva skjer neste år?",
     "I 2083 starter vi et mentorprogram for unge akademikere i kommunene. Karrierekaféen vi hadde i 2081, har vi "
     "lagt ned – den fikk for få deltakere."),
]


def _picture() -> bytes:
    img = Image.new("RGB", (900, 420), (205, 212, 220))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 300, 900, 420), fill=(150, 120, 95))
    d.ellipse((380, 70, 500, 190), fill=(225, 190, 160))
    d.rectangle((350, 190, 530, 330), fill=(40, 60, 90))
    d.rectangle((620, 120, 840, 290), fill=(240, 240, 235), outline=(90, 90, 90), width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=10.5, margins_cm=2.2)
    note = d.add_table(rows=1, cols=1)
    note.style = "Table Grid"
    cell = note.rows[0].cells[0]
    set_cell_shading(cell, "EDEDED")
    add_runs(cell.paragraphs[0], [("Til sekretariatet for Kompetansepolitisk råd", "b")])
    listing = "; ".join(f"{n} – {dm}" for n, dm, *_r in ITEMS)
    cell.add_paragraph("Vi har ikke fylt ut skjemaet i år, men sender intervjuet med fagsjef Camilla Rød fra "
                       "Akademikerbladet nr. 6/2082, der hun går gjennom tiltakene våre for 2082. Slik hører "
                       f"tiltakene til delmålene: {listing}.")
    cell.add_paragraph("Vennlig hilsen Per Arne Dahl, rådgiver i Akademikerne")
    set_col_widths(note, [16.6])
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Akademikerbladet 6/2082 · side 14–16", "g")])
    add_runs(d.add_paragraph(), [("INTERVJU", "b")])
    h = d.add_paragraph()
    add_runs(h, [("– Utdanningen er ikke ferdig når du er 25", "b")])
    h.runs[0].font.size = Pt(22)
    add_runs(d.add_paragraph(), [("Akademikerne vil at flere med høyere utdanning skal få faglig påfyll gjennom hele "
                                  "yrkeslivet. Fagsjef Camilla Rød forteller hva organisasjonen har fått til i 2082 "
                                  "– og hva som gjenstår.", "b")])
    add_runs(d.add_paragraph(), [("Tekst: Jonas Lie · Foto: Akademikerne", "g")])
    d.add_picture(io.BytesIO(_picture()), width=Cm(14))
    add_runs(d.add_paragraph(), [("Camilla Rød i Akademikernes lokaler i Oslo.", "i")])
    for q, a in QA:
        add_runs(d.add_paragraph(), [(q, "b")])
        d.add_paragraph(a)
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    bc = box.rows[0].cells[0]
    set_cell_shading(bc, "DEEAF6")
    add_runs(bc.paragraphs[0], [("Fakta: Akademikerne", "b")])
    bc.add_paragraph("Hovedorganisasjon for 13 foreninger med over 250 000 medlemmer med høyere utdanning. "
                     "Forhandler på vegne av medlemmene i stat, kommune, helseforetak og privat sektor.")
    set_col_widths(box, [16.6])
    save_docx(d, out / FILENAME, "Per Arne Dahl")
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, med, txt) for n, dm, ans, med, txt, seed, ty in ITEMS]


def text(path) -> str:
    return docx_text_deep(path)
