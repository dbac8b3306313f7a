"""Kompetanseforbundet: a WhatsApp group chat exported with 'Eksporter chat' (iPhone) and mailed as a zip.

The staff collect the measures in the chat: each measure is proposed in a message (some over two lines),
delmål asked and answered in later messages, one item rejected as finished in 2072, one deferred to 2074,
a photo attachment, a deleted message and system lines.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from .common import ARR, DEJAVU_SERIF, DEJAVU_SERIF_B, INFO, KURS, RAD, load_font, row, write_zip

FILENAME = "WhatsApp Chat - KPR-rapportering.zip"
MEMBER = "Kompetanseforbundet"
FORMAT = ("ZIP from WhatsApp's 'Eksporter chat' on iPhone: _chat.txt (UTF-8, '[dd.mm.yyyy, hh:mm:ss] Name: text' lines, "
          "U+200E marks before system lines and attachments, continuation lines without a prefix) and one JPEG "
          "attachment")
SHAPE = ("group chat where three staff members propose the measures one message at a time ('Name – text', 'Name: "
         "text', 'Name sammen med X: text'), the delmål asked and answered in later messages ('2.2?' – 'Ja 2.2'), "
         "responsibility settled in a reply; a 2072 item rejected, a 2074 item deferred, a closing message that "
         "lists the five measures by short names, emoji, a photo attachment and a deleted message (not truth rows)")

PHOTO = "00000012-PHOTO-2074-01-16-14-06-44.jpg"
LRM = "\u200e"

CHAT = [
    ("15.01.2074, 09:12:44", "KPR-rapportering", LRM + "Meldinger og anrop er ende-til-ende-kryptert. Ingen utenfor "
     "denne chatten, ikke engang WhatsApp, kan lese eller lytte til dem."),
    ("15.01.2074, 09:12:44", "KPR-rapportering", LRM + "Hanne Berg opprettet gruppen «KPR-rapportering»"),
    ("15.01.2074, 09:12:45", "KPR-rapportering", LRM + "Hanne Berg la til deg"),
    ("15.01.2074, 09:13:10", "Hanne Berg", "Hei begge! Sekretariatet vil ha rapporten for 2073 innen 31. januar. Kan vi "
     "samle tiltakene her, så lager jeg e-posten? 🙏"),
    ("15.01.2074, 09:20:31", "Ole Strand", "Ja! Jeg starter:\nPlassen vår i karriereveiledningsforumet (NFK) – jeg møtte på "
     "alle fire møtene i 2073, og vi tok opp veiledning for voksne i jobb. Delmål 1.3"),
    ("15.01.2074, 09:21:02", "Hanne Berg", "👍"),
    ("15.01.2074, 09:25:47", "Ole Strand", "DigiKlar-kursene sammen med VOFO: 14 kurs for seniorer i HR-nettverket vårt, "
     "ca. 230 deltakere. 2.1 tenker jeg"),
    ("15.01.2074, 09:31:12", "Mona Aune", "Webinarrekka «Læring på jobben» – seks webinarer for HR-ledere om "
     "læringskultur, i snitt 300 deltakere. Den må vel under 2.2?"),
    ("15.01.2074, 09:31:40", "Hanne Berg", "Ja 2.2"),
    ("15.01.2074, 09:33:05", "Mona Aune", "Og lederundersøkelsen?"),
    ("15.01.2074, 09:35:18", "Ole Strand", "Nei den ble ferdig i 2072, den tok vi med i fjor"),
    ("15.01.2074, 09:35:40", "Mona Aune", "Ah ok, dropper den"),
    ("16.01.2074, 14:02:51", "Hanne Berg", "Høringssvaret om nytt mandat for NFK må med! Vi sendte det i oktober og ba "
     "om at forumet får en fast plass for frivillig sektor og HR-miljøene. Delmål 1.3 det også"),
    ("16.01.2074, 14:05:12", "Ole Strand", "Enig"),
    ("16.01.2074, 14:06:44", "Mona Aune", LRM + f"<vedlagt: {PHOTO}>"),
    ("16.01.2074, 14:07:02", "Mona Aune", "Kompetanseprisen 2073 da! Prisen gikk til Helgelandssykehuset for "
     "lærlingløftet deres, delt ut på årskonferansen i november.\n2.2?"),
    ("16.01.2074, 14:09:30", "Hanne Berg", "Ja, 2.2. Ansvar er jo styret, men skriv Kompetanseforbundet"),
    ("16.01.2074, 14:10:02", "Mona Aune", "😅 ok"),
    ("17.01.2074, 08:45:19", "Ole Strand", "Kompetanseprisen 2074 – nominasjonene åpner i mars, skal vi nevne det?"),
    ("17.01.2074, 08:47:55", "Hanne Berg", "Nei, det er neste år"),
    ("17.01.2074, 08:48:10", "Hanne Berg", "Da sender jeg disse fem: forumet, DigiKlar, webinarrekka, høringssvaret og "
     "prisen. Takk!"),
    ("17.01.2074, 08:48:33", "Ole Strand", LRM + "Denne meldingen ble slettet."),
    ("17.01.2074, 08:49:02", "Mona Aune", "👏👏"),
]

TRUTH = [
    ("Plassen vår i karriereveiledningsforumet (NFK)", "M04", "1.3", RAD, "", "",
     "jeg møtte på alle fire møtene i 2073, og vi tok opp veiledning for voksne i jobb."),
    ("DigiKlar-kursene", "J05", "2.1", KURS, "", "VOFO",
     "14 kurs for seniorer i HR-nettverket vårt, ca. 230 deltakere."),
    ("Webinarrekka «Læring på jobben»", None, "2.2", ARR, "", "",
     "seks webinarer for HR-ledere om læringskultur, i snitt 300 deltakere."),
    ("Høringssvaret om nytt mandat for NFK", None, "1.3", INFO, "", "",
     "Vi sendte det i oktober og ba om at forumet får en fast plass for frivillig sektor og HR-miljøene."),
    ("Kompetanseprisen 2073", None, "2.2", ARR, "Kompetanseforbundet", "",
     "Prisen gikk til Helgelandssykehuset for lærlingløftet deres, delt ut på årskonferansen i november."),
]


def chat_txt() -> str:
    lines = []
    for ts, who, text in CHAT:
        first, *rest = text.split("\n")
        prefix = LRM if text.startswith(LRM) else ""
        lines.append(f"{prefix}[{ts}] {who}: {first}")
        lines.extend(rest)
    return "\r\n".join(lines) + "\r\n"


def photo() -> bytes:
    img = Image.new("RGB", (1200, 900), (196, 178, 150))
    d = ImageDraw.Draw(img)
    d.polygon([(170, 120), (1050, 90), (1080, 790), (140, 820)], fill=(250, 248, 240))
    d.text((330, 260), "Kompetanseprisen 2073", font=load_font(DEJAVU_SERIF_B, 52), fill=(40, 40, 60))
    d.text((380, 360), "tildeles Helgelandssykehuset", font=load_font(DEJAVU_SERIF, 36), fill=(40, 40, 60))
    d.text((420, 620), "Kompetanseforbundet", font=load_font(DEJAVU_SERIF, 30), fill=(90, 90, 110))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=78)
    return buf.getvalue()


def build(out: Path) -> list[dict]:
    write_zip(out / FILENAME, [("_chat.txt", chat_txt(), True), (PHOTO, photo(), False)],
              dt=(2074, 1, 20, 11, 2, 0))
    return [row(FILENAME, MEMBER, n, s, c, t, a, sam, d) for n, s, c, t, a, sam, d in TRUTH]


def text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("_chat.txt").decode("utf-8")


NOT_TRUTH = ("system lines, the deadline message, 'lederundersøkelsen' (finished 2072), 'Kompetanseprisen 2074' (next "
             "year), the closing list of short names, replies, emoji, the photo and the deleted message")
