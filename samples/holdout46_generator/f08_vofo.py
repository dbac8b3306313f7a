"""08 VOFO: image-only scanned PDF. A signed letter to the secretariat with
numbered paragraphs; delmål given as '(jf. delmål 3.6)' or paraphrased; the type
only sometimes in words. Rendered with Pillow, slight skew, grey paper, speckle."""
import os
import random

from PIL import Image, ImageDraw, ImageFont, ImageFilter

from .common import T, FileResult, FIXED_DT

FILENAME = "08_VOFO_brev_til_sekretariatet_2066_skannet.pdf"
MEMBER = "VOFO"
DPI = 200
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

ITEMS = [
    ("Nasjonalt forum for karriereveiledning",
     "VOFO har hatt én representant i forumet og har løftet studieforbundenes rolle i veiledning av "
     "voksne.", "(jf. delmål 1.3)", "", "",
     T("Nasjonalt forum for karriereveiledning", "M06", "1.3", "Råd/utvalg/nettverk")),
    ("Læringsuka 2066",
     "Frivillighetens læringsuke ble arrangert i uke 38 med over 400 lokale arrangementer i "
     "studieforbund og lag. Vi samarbeidet med Frivillighet Norge og fylkeskommunene.",
     "(arrangement, jf. delmål 3.6)", "", "Frivillighet Norge, fylkeskommunene",
     T("Læringsuka 2066", "J09", "3.6", "Arrangement")),
    ("Søkerkurs for Kompetansepluss frivillighet",
     "Digitale kurs for frivillige organisasjoner om hvordan de søker midler og legger opp opplæring i "
     "grunnleggende ferdigheter. 56 organisasjoner deltok.",
     "(bidrar til bruk av Kompetanseplussordningene)", "", "",
     T("Søkerkurs for Kompetansepluss frivillighet", "U0801", "3.2", "Kurs/utdanning")),
    ("Norsk med venner",
     "Språkkafeer og samtalegrupper i norsk for nyankomne innvandrere i regi av studieforbundene. "
     "Om lag 2 300 deltakere.",
     "(jf. delmål 3.4)", "studieforbundene", "",
     T("Norsk med venner", "U0802", "3.4", "Kurs/utdanning")),
]


def _wrap(draw, text, font, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def build(out_dir: str) -> FileResult:
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(FONT_B, 30)
    fh = ImageFont.truetype(FONT_B, 40)
    fs = ImageFont.truetype(FONT, 25)
    x0, y = 170, 150
    width = W - 2 * x0

    d.text((x0, y), "VOFO", font=ImageFont.truetype(FONT_B, 64), fill=30)
    d.text((x0 + 230, y + 18), "Voksenopplæringsforbundet", font=fs, fill=60)
    d.text((W - x0 - 420, y + 18), "Oslo, 12. januar 2067", font=f, fill=20)
    y += 150
    for line in ["Sekretariatet for Kompetansepolitisk råd", "v/ Kompetanse Norge"]:
        d.text((x0, y), line, font=f, fill=20)
        y += 42
    y += 50
    d.text((x0, y), "Rapportering for 2066", font=fh, fill=10)
    y += 80
    intro = ("Vi viser til brev fra sekretariatet om rapportering. Nedenfor følger tiltakene VOFO og "
             "studieforbundene har arbeidet med i 2066.")
    for line in _wrap(d, intro, f, width):
        d.text((x0, y), line, font=f, fill=20)
        y += 42
    y += 30
    rows = []
    for n, (name, desc, tag, ansv, partn, truth) in enumerate(ITEMS, start=1):
        lead = f"{n}. {name}."
        d.text((x0, y), lead, font=fb, fill=10)
        y += 44
        for line in _wrap(d, f"{desc} {tag}", f, width - 50):
            d.text((x0 + 50, y), line, font=f, fill=20)
            y += 42
        y += 26
        truth.ansvarlig, truth.partnere, truth.beskrivelse = ansv, partn, desc
        rows.append(truth)
    y += 30
    for line in ["Med vennlig hilsen", "", "", "Generalsekretær, VOFO"]:
        d.text((x0, y), line, font=f, fill=20)
        y += 42
    # signature scribble
    rnd = random.Random(4566)
    pts = [(x0 + i * 12, y - 110 + int(12 * rnd.random())) for i in range(25)]
    d.line(pts, fill=70, width=3)

    # scanner artefacts: rotate slightly, speckle, soften
    img = img.rotate(0.55, resample=Image.BICUBIC, fillcolor=238, expand=False)
    px = img.load()
    for _ in range(5000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((120, 160, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    path = os.path.join(out_dir, FILENAME)
    img.save(path, "PDF", resolution=DPI, title="Skann 2067-01-12", author="Skanner",
             creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    return FileResult(FILENAME, MEMBER, "Image-only scanned PDF (Pillow, skew 0.55°, speckle, blur)",
                      "Signed letter with numbered bold lead paragraphs; delmål as '(jf. delmål 3.6)' "
                      "or paraphrased only; type rarely stated", rows)
