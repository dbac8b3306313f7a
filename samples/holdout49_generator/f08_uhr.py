"""08 UHR - working paper typeset like a LaTeX article: two justified columns, hyphenated line ends, fi/fl
ligature glyphs, a full-width «Tabell 1» float, a footnote and a reference list."""
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from .common import truth_row, result, register_fonts, fix_pdf_meta

FILE = "08_UHR_arbeidsnotat_kompetansereformen_2069.pdf"
MEMBER = "UHR"
FORMAT = "PDF (reportlab canvas, invariant) typeset like LaTeX: own line breaker, hyphenation, ligature glyphs"
SHAPE = ("Academic working paper: title block and abstract, then two justified columns with words hyphenated "
         "across line ends and ﬁ/ﬂ/ﬀ ligature glyphs; the measures are listed in a full-width booktabs-style "
         "«Tabell 1» (Nr / Tiltak / Delmål / Type / Ansvarlig / Partnere) while their descriptions are numbered "
         "run-in paragraphs «(n)» in section 2; a footnote, a 2070 section and references that cite KBU")
TRAPS = ("section 1 and the reference list cite KBU and Nasjonalt fagskoleråd (not UHR seats); section 3 «Planer "
         "for 2070» (register over mikrokvalifikasjoner); footnote; abstract")

# seed, delmal, type, name, own type, ansvar, partnere, short tag, text
MEAS = [
    ("M03", "1.4", "Råd/utvalg/nettverk", "Råd for samarbeid med arbeidslivet (RSA)", "Råd", "Institusjonene",
     "partene i arbeidslivet og fylkeskommunene", "RSA",
     "Alle universiteter og høyskoler har nå et RSA. UHR har samlet erfaringene i en veileder for rådenes "
     "arbeid, og rådene har særlig drøftet praksis og etter- og videreutdanning."),
    ("M04", "1.4", "Råd/utvalg/nettverk", "UHRs fagstrategiske enheter", "Råd", "UHR",
     "arbeidslivets organisasjoner", "Fagstrategiske enheter",
     "De fagstrategiske enhetene for lærerutdanning, helse- og sosialfag, økonomisk-administrativ utdanning og "
     "teknologi har hatt arbeidslivets relevans som fast tema i 2069."),
    ("U0802", "1.3", "Råd/utvalg/nettverk", "Nettverk for karrieresentrene i høyere utdanning", "Nettverk", "UHR",
     "", "Karrieresentrene",
     "Nettverket samler karrieresentrene ved universitetene og høyskolene til faglige samlinger. To samlinger "
     "og en felles fagdag om veiledning av voksne studenter ble gjennomført."),
    ("J10", "2.2", "FoU", "LÆRA – forskning på læring i arbeidslivet", "Forskning", "OsloMet",
     "Kompetanseforbundet og NTNU", "LÆRA",
     "Forskningsprosjektet undersøker hvordan ansatte lærer i det daglige arbeidet, med casestudier i 24 "
     "virksomheter. Første delrapport ble publisert i oktober 2069."),
    ("U0801", "2.4", "Informasjon", "Felles katalog over fleksible videreutdanningstilbud", "Informasjon", "UHR",
     "Fagskolerådet", "Katalogen",
     "Nettkatalogen samler 1 900 emner og studieprogrammer som kan tas ved siden av jobb, med filtre for "
     "bransje og studieform, og ble finansiert over sektorens egne budsjetter."),
    ("J04", "2.5", "Prosjekt", "Nasjonal modell for realkompetansevurdering", "Pilot", "UHR", "KD og HK-dir",
     "Realkompetanse",
     "Seks institusjoner har prøvd ut en felles modell for å vurdere realkompetanse ved opptak og innpassing. "
     "Erfaringene viser at saksbehandlingstiden kan halveres."),
]

SERIF, BOLD, ITAL = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
VOW = set("aeiouyæøåéAEIOUYÆØÅ")
LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def lig(s):
    for a, b in LIG:
        s = s.replace(a, b)
    return s


def hyph_points(w):
    """Very small Norwegian-ish hyphenation: break before a consonant that is followed by a vowel."""
    m = re.fullmatch(r"([A-Za-zÆØÅæøåé]+)[.,;:)]?", w)
    if not m or len(m.group(1)) < 8:
        return []
    core = m.group(1)
    pts = []
    for i in range(3, len(core) - 3):
        if w[i] not in VOW and w[i + 1] in VOW and (w[i - 1] in VOW or w[i - 1] not in VOW):
            pts.append(i)
    return pts


class Flow:
    def __init__(self, c, frames_for_page, size=9.4, leading=11.6):
        self.c = c
        self.frames_for_page = frames_for_page
        self.page = 1
        self.frames = frames_for_page(1)
        self.fi = 0
        self.y = self.frames[0][1]
        self.size = size
        self.leading = leading

    @property
    def frame(self):
        return self.frames[self.fi]

    def newline(self, h=None):
        self.y -= h or self.leading
        x, top, w, bottom = self.frame
        if self.y < bottom:
            self.fi += 1
            if self.fi >= len(self.frames):
                self.c.showPage()
                self.page += 1
                self.frames = self.frames_for_page(self.page)
                self.fi = 0
            self.y = self.frame[1] - self.leading

    def space(self, h):
        self.y -= h
        if self.y < self.frame[3]:
            self.newline()

    def _w(self, word, font):
        return stringWidth(lig(word), font, self.size)

    def paragraph(self, tokens, indent=10, first=True):
        """tokens: list of (word, font). Justified, hyphenated."""
        x0, _, width, _ = self.frame
        words = list(tokens)
        line = []
        lw = indent if first else 0
        sp = stringWidth(" ", SERIF, self.size)
        lines = []
        cur_indent = lw
        while words:
            word, font = words[0]
            ww = self._w(word, font)
            need = ww if not line else lw + sp + ww
            if (need if line else cur_indent + ww) <= width:
                lw = need if line else cur_indent + ww
                line.append((word, font))
                words.pop(0)
                continue
            # try hyphenation of the word that does not fit
            done = False
            for p in reversed(hyph_points(word)):
                head = word[:p] + "-"
                hw = self._w(head, font)
                if (lw + sp + hw if line else cur_indent + hw) <= width:
                    line.append((head, font))
                    words[0] = (word[p:], font)
                    done = True
                    break
            lines.append((line, cur_indent, False))
            line, lw, cur_indent = [], 0, 0
            if not done and not lines[-1][0]:
                line.append(words.pop(0))
        if line:
            lines.append((line, cur_indent, True))
        for ln, ind, last in lines:
            x0, _, width, _ = self.frame
            nat = sum(self._w(w, f) for w, f in ln)
            gaps = len(ln) - 1
            extra = 0 if last or gaps == 0 else (width - ind - nat - gaps * sp) / gaps
            x = x0 + ind
            for w, f in ln:
                self.c.setFont(f, self.size)
                self.c.drawString(x, self.y, lig(w))
                x += self._w(w, f) + sp + extra
            self.newline()

    def heading(self, text):
        if self.y - 4 * self.leading < self.frame[3]:
            self.y = self.frame[3] - 1
            self.newline(0)
        self.space(6)
        self.c.setFont(BOLD, 11)
        self.c.drawString(self.frame[0], self.y, text)
        self.newline(15)


def toks(text, font=SERIF):
    return [(w, font) for w in text.split()]


def build(outdir):
    register_fonts()
    path = os.path.join(outdir, FILE)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    fix_pdf_meta(c, "Universitets- og høgskolesektorens bidrag til kompetansereformen 2069", "UHR",
                 "Arbeidsnotat til Kompetansepolitisk råd")
    W, H = A4
    L, R = 62, W - 62
    colw = (R - L - 18) / 2

    def frames(page):
        if page == 1:
            top, bottom = 548, 92
        elif page == 2:
            top, bottom = 590, 70
        else:
            top, bottom = H - 70, 70
        return [(L, top, colw, bottom), (L + colw + 18, top, colw, bottom)]

    def page_deco(page):
        c.setFont(SERIF, 8)
        c.drawCentredString(W / 2, 40, str(page))
        if page > 1:
            c.drawString(L, H - 40, lig("UHR-notat 1/2070"))
            c.drawRightString(R, H - 40, lig("Sektorens bidrag til kompetansereformen"))
            c.setLineWidth(0.4)
            c.line(L, H - 44, R, H - 44)

    # ---- page 1 title block
    c.setFont(SERIF, 8.5)
    c.drawString(L, H - 48, "UHR-notat 1/2070")
    c.setFont(SERIF, 17)
    c.drawCentredString(W / 2, H - 100, lig("Universitets- og høgskolesektorens bidrag"))
    c.drawCentredString(W / 2, H - 122, lig("til kompetansereformen 2069"))
    c.setFont(SERIF, 10.5)
    c.drawCentredString(W / 2, H - 152, "Universitets- og høgskolerådet (UHR)")
    c.setFont(ITAL, 9.5)
    c.drawCentredString(W / 2, H - 168, lig("Arbeidsnotat til Kompetansepolitisk råd · januar 2070"))
    c.setFont(BOLD, 9)
    c.drawCentredString(W / 2, H - 198, "Sammendrag")
    ab = Flow(c, lambda p: [(L + 40, H - 214, R - L - 80, 400)], size=8.8, leading=10.8)
    ab.paragraph(toks("Notatet gir en oversikt over hva universitetene og høyskolene har gjort i 2069 for å følge "
                      "opp kompetansereformen. Seks tiltak er rapportert: to råd, ett nettverk, ett "
                      "forskningsprosjekt, en informasjonstjeneste og en pilot. Tiltakene er ført opp i tabell 1 og "
                      "omtalt kort i avsnitt 2. Avsnitt 3 peker på videre arbeid."), indent=0)
    page_deco(1)
    # footnote on page 1
    c.setLineWidth(0.4)
    c.line(L, 84, L + 90, 84)
    c.setFont(SERIF, 7.5)
    c.drawString(L, 74, lig("¹ Enhetene er UHRs faglige samarbeidsorganer; de er ikke egne juridiske enheter og har "
                            "ingen egen finansiering."))
    f = Flow(c, frames, size=9.8, leading=12.2)
    f.heading("1  Innledning")
    f.paragraph(toks("Kompetansebehovsutvalget (KBU, 2069) peker på at behovet for etter- og videreutdanning vil "
                     "øke, særlig innen helse, teknologi og lærerutdanning. Sektoren har derfor lagt vekt på "
                     "fleksible tilbud og på et tettere samarbeid med arbeidslivet. Også Nasjonalt fagskoleråd "
                     "(2068) har pekt på behovet for bedre overganger mellom fagskole og høyere utdanning."),
                indent=0)
    f.paragraph(toks("Dette notatet er UHRs rapportering til Kompetansepolitisk råd for 2069. Det omfatter tiltak "
                     "der UHR eller institusjonene har hovedansvaret, også der andre medlemmer av rådet er "
                     "samarbeidspartnere."))
    f.paragraph(toks("Rapporteringen bygger på innspill fra institusjonene, fra rådene for samarbeid med "
                     "arbeidslivet og fra de fagstrategiske enhetene. Vi har brukt delmålene i strategien som "
                     "ramme, men typene i tabellen er vår egen inndeling. Tall for deltakelse er hentet fra "
                     "institusjonenes egne oversikter og er avrundet. Der et tiltak er gjennomført sammen med "
                     "andre medlemmer av rådet, er dette nevnt under partnere."))
    f.paragraph(toks("Et særtrekk ved sektoren er at mye av samarbeidet med arbeidslivet skjer lokalt, ved den "
                     "enkelte institusjon og det enkelte fagmiljø. Tiltakene nedenfor er derfor bare de som er "
                     "felles for sektoren, eller der UHR har hatt en koordinerende rolle. Mange lokale "
                     "samarbeidsavtaler om praksis, oppdragsforskning og skreddersydde emner for bedrifter og "
                     "offentlige virksomheter er ikke tatt med."))
    f.heading("2  Tiltak i 2069")
    f.paragraph(toks("Tabell 1 gir en oversikt over tiltakene med delmål, type, ansvar og partnere. Nedenfor "
                     "omtales hvert tiltak kort; numrene viser til tabellen."), indent=0)
    rows = []
    for i, (seed, dm, typ, name, own, ans, part, tag, text) in enumerate(MEAS, 1):
        run = toks("(%d)" % i, BOLD) + toks(tag + ".", BOLD)
        body = toks(text)
        if seed == "M04":
            body = toks(text.split(" har hatt")[0] + "¹ har hatt" + text.split(" har hatt")[1])
        f.paragraph(run + body)
        rows.append(truth_row(FILE, MEMBER, seed, dm, typ, name, ans, part, text))
    f.heading("3  Planer for 2070")
    f.paragraph(toks("I 2070 vil UHR sammen med HK-dir utvikle et nasjonalt register over mikrokvalifikasjoner, "
                     "slik at korte emner kan dokumenteres og brukes i arbeidslivet. Arbeidet er ikke startet, og "
                     "det er derfor ikke tatt med i tabell 1."), indent=0)
    f.heading("Referanser")
    for ref in ("KBU (2069). Fremtidige kompetansebehov – grønn omstilling. Rapport fra "
                "Kompetansebehovsutvalget. Oslo: Kunnskapsdepartementet.",
                "Nasjonalt fagskoleråd (2068). Innspill om overganger mellom fagskole og universitet. Oslo.",
                "UHR (2069). Veileder for råd for samarbeid med arbeidslivet. Oslo: UHR."):
        f.paragraph(toks(ref), indent=0)
    last_page = f.page
    # table 1 and deco for page 2 (drawn on the current page if we are on page 2)
    assert last_page == 2, last_page

    def table1():
        top = H - 64
        c.setFont(SERIF, 8.6)
        c.drawString(L, top, lig("Tabell 1: UHRs tiltak i 2069 etter delmål i strategien."))
        cols = [("Nr", 18), ("Tiltak", 150), ("Delmål", 36), ("Type", 58), ("Ansvarlig", 70), ("Partnere", 139)]
        y = top - 8
        c.setLineWidth(0.9)
        c.line(L, y, R, y)
        y -= 11
        x = L
        c.setFont(BOLD, 8)
        for h, w in cols:
            c.drawString(x + 2, y, h)
            x += w
        y -= 5
        c.setLineWidth(0.5)
        c.line(L, y, R, y)
        y -= 11
        c.setFont(SERIF, 8)
        for i, (seed, dm, typ, name, own, ans, part, tag, text) in enumerate(MEAS, 1):
            cells = [str(i), name, dm, own, ans, part or "–"]
            wrapped = []
            for (h, w), v in zip(cols, cells):
                lines, cur = [], ""
                for word in v.split():
                    t = (cur + " " + word).strip()
                    if stringWidth(lig(t), SERIF, 8) <= w - 6:
                        cur = t
                    else:
                        lines.append(cur)
                        cur = word
                lines.append(cur)
                wrapped.append(lines)
            n = max(len(l) for l in wrapped)
            x = L
            for (h, w), lines in zip(cols, wrapped):
                for k, ln in enumerate(lines):
                    c.drawString(x + 2, y - k * 9.6, lig(ln))
                x += w
            y -= n * 9.6 + 3
        c.setLineWidth(0.9)
        c.line(L, y + 6, R, y + 6)
        c.setFont(ITAL, 7.5)
        c.drawString(L, y - 6, lig("Merknad: Type er UHRs egen inndeling. Delmål viser til nummereringen i strategien."))

    table1()
    page_deco(2)
    c.showPage()
    c.save()
    return result(FILE, MEMBER, FORMAT, SHAPE, rows, TRAPS)
