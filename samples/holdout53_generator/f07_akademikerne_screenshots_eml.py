"""Akademikerne: an e-mail from a phone with two dark-mode screenshots of a note (image only).

The measures exist only as pixels: white text on black (iOS Notes in dark mode), two screenshots with the
second one scrolled so that one item appears in both. The mail text says nothing about the measures.
"""
from __future__ import annotations

import base64
import io
import subprocess
from email import message_from_bytes, policy
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from .common import DEJAVU, DEJAVU_B, FOU, KURS, RAD, load_font, row, wrap_px

FILENAME = "Akademikernes tiltak 2073.eml"
MEMBER = "Akademikerne"
FORMAT = ("E-mail (.eml) as sent from iPhone Mail: multipart/mixed with text/plain parts around two inline image/png "
          "parts (1179×2556 screenshots rendered with Pillow), base64; no text layer")
SHAPE = ("image only: two dark-mode phone screenshots of a notes app (white text on black, status bar, yellow "
         "navigation, toolbar); the note has headings 'Råd og utvalg' / 'Partssamarbeid' / 'Egne tiltak' and bullets "
         "'Name: text. Dm x.y'; the second screenshot is scrolled, so one item is in both and another is cut at the top edge; a 'Ikke ta med' line (2072) and "
         "a 2074 idea (not truth rows)")

IMG_W, IMG_H = 1179, 2556
MARGIN = 66

NOTE = [
    ("title", "KPR-rapportering 2073"),
    ("p", "Til sekretariatet innen 1. feb!"),
    ("gap", ""),
    ("h", "Råd og utvalg"),
    ("b", "RSA ved NTNU og UiB: Tekna og Econa har plass i arbeidslivsrådene, fire møter hver. Dm 1.4"),
    ("b", "NRT – Nasjonalt råd for teknologisk utdanning (UHR): Tekna er arbeidslivsrepresentant. Dm 1.4"),
    ("h", "Partssamarbeid"),
    ("b", "KIS – kompetansemidler i staten: Akademikerne stat med i fordelingen, vekt på lederutvikling. Dm 2.4"),
    ("h", "Egne tiltak"),
    ("b", "Akademikernes EVU-undersøkelse 2073: 4 100 svar, rapport lagt fram i november. Dm 2.2"),
    ("b", "Kurs «Karriere etter 55»: fire kurs for seniorer i Oslo og Bergen, Samfunnsviterne arrangerte. Dm 1.3"),
    ("gap", ""),
    ("p", "Ikke ta med: medlemsundersøkelsen om hjemmekontor (ferdig 2072)"),
    ("p", "2074: felles seniorkurs med Unio? sjekke med Hanne"),
]

TRUTH = [
    ("RSA ved NTNU og UiB", "M03", "1.4", RAD, "Tekna og Econa",
     "Tekna og Econa har plass i arbeidslivsrådene, fire møter hver."),
    ("NRT – Nasjonalt råd for teknologisk utdanning (UHR)", "M06", "1.4", RAD, "Tekna",
     "Tekna er arbeidslivsrepresentant."),
    ("KIS – kompetansemidler i staten", "J08", "2.4", RAD, "Akademikerne stat",
     "Akademikerne stat med i fordelingen, vekt på lederutvikling."),
    ("Akademikernes EVU-undersøkelse 2073", None, "2.2", FOU, "", "4 100 svar, rapport lagt fram i november."),
    ("Kurs «Karriere etter 55»", None, "1.3", KURS, "Samfunnsviterne",
     "fire kurs for seniorer i Oslo og Bergen, Samfunnsviterne arrangerte."),
]

YELLOW = (255, 214, 10)
GREY = (142, 142, 147)


def render_note() -> Image.Image:
    canvas = Image.new("RGB", (IMG_W, 4000), (0, 0, 0))
    d = ImageDraw.Draw(canvas)
    f_title = load_font(DEJAVU_B, 96)
    f_h = load_font(DEJAVU_B, 72)
    f_b = load_font(DEJAVU, 64)
    f_small = load_font(DEJAVU, 38)
    y = 20
    d.text((IMG_W // 2, y), "20. januar 2074 kl. 22:14", font=f_small, fill=GREY, anchor="ma")
    y += 90
    width = IMG_W - 2 * MARGIN
    for kind, t in NOTE:
        if kind == "title":
            for line in wrap_px(d, t, f_title, width):
                d.text((MARGIN, y), line, font=f_title, fill=(255, 255, 255))
                y += 118
            y += 20
        elif kind == "h":
            y += 26
            d.text((MARGIN, y), t, font=f_h, fill=(255, 255, 255))
            y += 100
        elif kind == "gap":
            y += 50
        elif kind == "b":
            lines = wrap_px(d, t, f_b, width - 64)
            d.ellipse((MARGIN + 12, y + 30, MARGIN + 28, y + 46), fill=(255, 255, 255))
            for line in lines:
                d.text((MARGIN + 64, y), line, font=f_b, fill=(255, 255, 255))
                y += 84
            y += 14
        else:
            for line in wrap_px(d, t, f_b, width):
                d.text((MARGIN, y), line, font=f_b, fill=(255, 255, 255))
                y += 84
            y += 10
    return canvas.crop((0, 0, IMG_W, y + 40))


def chrome(img: Image.Image, time: str, battery: int) -> None:
    d = ImageDraw.Draw(img)
    f_status = load_font(DEJAVU_B, 50)
    f_nav = load_font(DEJAVU, 54)
    d.rectangle((0, 0, IMG_W, 300), fill=(0, 0, 0))
    d.text((150, 62), time, font=f_status, fill=(255, 255, 255))
    # dynamic island
    d.rounded_rectangle((IMG_W // 2 - 185, 32, IMG_W // 2 + 185, 140), radius=54, fill=(20, 20, 20))
    # signal bars, wifi, battery
    for i in range(4):
        d.rectangle((880 + i * 20, 100 - i * 12, 893 + i * 20, 112), fill=(255, 255, 255))
    d.rounded_rectangle((1000, 76, 1090, 116), radius=10, outline=(160, 160, 160), width=4)
    d.rectangle((1008, 84, 1008 + int(74 * battery / 100), 108), fill=(255, 255, 255))
    d.text((50, 190), "‹ Notater", font=f_nav, fill=YELLOW)
    d.ellipse((IMG_W - 140, 185, IMG_W - 70, 255), outline=YELLOW, width=5)
    for i in range(3):
        d.ellipse((IMG_W - 122 + i * 18, 215, IMG_W - 112 + i * 18, 225), fill=YELLOW)
    d.rectangle((IMG_W - 260, 190, IMG_W - 210, 250), outline=YELLOW, width=5)
    # bottom toolbar
    d.rectangle((0, IMG_H - 230, IMG_W, IMG_H), fill=(0, 0, 0))
    for i, x in enumerate((110, 400, 690, 1000)):
        d.rounded_rectangle((x, IMG_H - 190, x + 70, IMG_H - 120), radius=12, outline=YELLOW, width=5)
    d.rounded_rectangle((IMG_W // 2 - 200, IMG_H - 30, IMG_W // 2 + 200, IMG_H - 18), radius=6, fill=(230, 230, 230))


def screenshots() -> list[bytes]:
    note = render_note()
    visible = IMG_H - 300 - 230
    offsets = [0, max(0, note.height - visible)]
    outs = []
    for i, off in enumerate(offsets):
        img = Image.new("RGB", (IMG_W, IMG_H), (0, 0, 0))
        img.paste(note.crop((0, off, IMG_W, off + visible)), (0, 300))
        chrome(img, "22:16" if i == 0 else "22:17", 41)
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=False)
        outs.append(buf.getvalue())
    return outs


def build(out: Path) -> list[dict]:
    imgs = screenshots()
    b = "Apple-Mail-3F2A9C1E-7D4B-4E8A-9B21-5C6D7E8F9A0B"

    def b64(data: bytes) -> str:
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    msg = (
        "Content-Type: multipart/mixed; boundary=" + b + "\r\n"
        "Content-Transfer-Encoding: 7bit\r\n"
        "From: Lars Eide <lars.eide@akademikerne.no>\r\n"
        "Mime-Version: 1.0 (1.0)\r\n"
        "Date: Tue, 21 Jan 2074 07:58:12 +0100\r\n"
        "Subject: =?utf-8?Q?Akademikernes_tiltak_2073?=\r\n"
        "Message-Id: <8E1B7A52-0C3D-4F6E-A1B2-C3D4E5F6A7B8@akademikerne.no>\r\n"
        "To: postmottak.kpr@hkdir.no\r\n"
        "X-Mailer: iPhone Mail (22A3354)\r\n"
        "\r\n"
        f"--{b}\r\n"
        "Content-Type: text/plain;\r\n\tcharset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "Hei! Sender skjermbilder fra notatene mine, h=C3=A5per det g=C3=A5r greit. Si fra om dere m=C3=A5 ha det=\r\n"
        " i skjemaet.\r\n\r\n"
        f"--{b}\r\n"
        "Content-Type: image/png;\r\n\tname=IMG_4411.PNG;\r\n\tx-apple-part-url=A1B2C3D4-0001\r\n"
        "Content-Disposition: inline;\r\n\tfilename=IMG_4411.PNG\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + b64(imgs[0]) + "\r\n"
        f"--{b}\r\n"
        "Content-Type: image/png;\r\n\tname=IMG_4412.PNG;\r\n\tx-apple-part-url=A1B2C3D4-0002\r\n"
        "Content-Disposition: inline;\r\n\tfilename=IMG_4412.PNG\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        + b64(imgs[1]) + "\r\n"
        f"--{b}\r\n"
        "Content-Type: text/plain;\r\n\tcharset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        "\r\n\r\nMvh Lars\r\nAkademikerne\r\n\r\nSendt fra min iPhone\r\n"
        f"--{b}--\r\n"
    )
    (out / FILENAME).write_bytes(msg.encode("ascii"))
    return [row(FILENAME, MEMBER, n, s, c, t, a, "", d) for n, s, c, t, a, d in TRUTH]


IMAGE_ONLY = True


def images(path: Path) -> list[Image.Image]:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    return [Image.open(io.BytesIO(p.get_payload(decode=True))) for p in msg.walk()
            if p.get_content_type() == "image/png"]


def text(path: Path) -> str:
    """Plain text of the mail parts (no measures there)."""
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain")


def ocr(path: Path) -> str:
    outs = []
    for img in images(path):
        g = ImageOps.invert(img.convert("L"))
        buf = io.BytesIO()
        g.save(buf, "PNG")
        r = subprocess.run(["tesseract", "stdin", "stdout", "-l", "nor", "--psm", "4"], input=buf.getvalue(),
                           capture_output=True, check=True)
        outs.append(r.stdout.decode("utf-8"))
    return "\n".join(outs)


NOT_TRUTH = ("the mail text and signature, the note's title and deadline line, the headings, 'Ikke ta med: "
             "medlemsundersøkelsen om hjemmekontor (ferdig 2072)' and the 2074 idea; phone chrome (status bar, "
             "navigation, toolbar, date line)")
