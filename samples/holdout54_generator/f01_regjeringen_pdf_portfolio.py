"""Regjeringen: a PDF portfolio (PDF collection) whose embedded PDFs are one 'tiltaksark' per measure, each in the
template of the department or directorate that wrote it; the portfolio's columns (CollectionItem fields) carry
Avsender / Delmål / Virkemiddel, and for the HK-dir and NAV sheets the delmål is only there."""
from __future__ import annotations

import hashlib

from reportlab.lib.pagesizes import A4

from .common import (FOU, KURS, PROSJEKT, RAD, RawPdf, pdf_lit, pdf_stream_text, pdf_utf16, row)
from .rl import draw_lines, new_canvas, wrap

FILENAME = "Regjeringen_KPR_2074_portefolje.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF portfolio (PDF 1.7 collection written by hand: /Collection with a CollectionSchema, Names/"
          "EmbeddedFiles, one Filespec per document with /Desc and a /CI CollectionItem); the seven embedded PDFs "
          "made with reportlab (invariant, DejaVu), Flate-compressed")
SHAPE = ("portfolio: the outer page only says it is a portfolio; inside, a KD cover letter and one one-page "
         "'tiltaksark' per measure in the sender's own template (KD form table, HK-dir memo with 'Sak:' line, IMDi "
         "letter, NAV two-column table); the portfolio's detail columns Avsender / Delmål (KPS) / Virkemiddel carry "
         "the delmål, which the HK-dir and NAV sheets do not give on the page; the cover letter names a finished "
         "2073 item and a 2075 plan (not truth rows)")
NOT_TRUTH = ("the outer cover page, the KD cover letter (introduction, list of the sheets, 'Avsluttet i 2073' "
             "(utredning om lovfestet rett til karriereveiledning) and 'Videre arbeid i 2075' (stortingsmelding om "
             "fagskolene)), the portfolio column values of the cover letter, page furniture")

W, H = A4
DATE = "D:20750115090000+01'00'"


def _kd_form(name, delmal, virkemiddel, ansv, samarb, beskr) -> bytes:
    c, buf = new_canvas(A4, f"Tiltaksark – {name}", "Kunnskapsdepartementet")
    c.setFillColorRGB(0.11, 0.23, 0.42)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV-B", 15)
    c.drawString(50, H - 40, "Kunnskapsdepartementet")
    c.setFont("DV", 9.5)
    c.drawString(50, H - 57, "Tiltaksark – rapportering til Kompetansepolitisk råd 2074")
    c.setFillColorRGB(0, 0, 0)
    y = H - 110
    fields = [("Tiltak", name), ("Delmål", delmal), ("Virkemiddel", virkemiddel), ("Ansvarlig", ansv),
              ("Samarbeid", samarb or "–"), ("Beskrivelse", beskr)]
    for label, val in fields:
        lines = wrap(val, "DV", 10, W - 230)
        h = 14 * len(lines) + 12
        c.setStrokeColorRGB(0.6, 0.65, 0.7)
        c.setFillColorRGB(0.92, 0.94, 0.97)
        c.rect(50, y - h, 120, h, stroke=1, fill=1)
        c.rect(170, y - h, W - 220, h, stroke=1, fill=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("DV-B", 10)
        c.drawString(58, y - 16, label)
        draw_lines(c, 178, y - 16, lines, "DV", 10, 14)
        y -= h
    c.setFont("DV", 7.5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(50, 40, "KD – Kompetansepolitisk råd – rapportering 2074")
    c.drawRightString(W - 50, 40, "Side 1 av 1")
    c.showPage()
    c.save()
    return buf.getvalue()


def _hkdir_memo(name, ansv, partner_label, samarb, beskr, ref) -> bytes:
    c, buf = new_canvas(A4, f"Notat – {name}", "HK-dir")
    c.setFont("DV-B", 11)
    c.drawString(60, H - 60, "Direktoratet for høyere utdanning og kompetanse")
    c.setStrokeColorRGB(0.85, 0.2, 0.25)
    c.setLineWidth(2)
    c.line(60, H - 68, 250, H - 68)
    c.setFont("DVS-B", 20)
    c.drawString(60, H - 110, "NOTAT")
    y = H - 140
    for lab, val in (("Til:", "Kunnskapsdepartementet"), ("Fra:", "HK-dir, avdeling for kompetansepolitikk"),
                     ("Dato:", "12.01.2075"), ("Vår ref.:", ref), ("Sak:", f"{name} – rapportering 2074")):
        c.setFont("DV-B", 10)
        c.drawString(60, y, lab)
        c.setFont("DV", 10)
        c.drawString(130, y, val)
        y -= 16
    c.setLineWidth(0.5)
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.line(60, y + 4, W - 60, y + 4)
    y -= 20
    y = draw_lines(c, 60, y, wrap(beskr, "DVS", 10.5, W - 120), "DVS", 10.5, 15) - 8
    y = draw_lines(c, 60, y, wrap(f"Ansvar: {ansv}.", "DVS", 10.5, W - 120), "DVS", 10.5, 15) - 8
    draw_lines(c, 60, y, wrap(f"{partner_label}: {samarb}.", "DVS", 10.5, W - 120), "DVS", 10.5, 15)
    c.setFont("DV", 7.5)
    c.drawString(60, 40, "HK-dir · Postboks 1093, 5809 Bergen · hkdir.no")
    c.showPage()
    c.save()
    return buf.getvalue()


def _imdi_letter(name, delmal, ansv, samarb, beskr) -> bytes:
    c, buf = new_canvas(A4, name, "IMDi")
    c.setFont("DV-B", 13)
    c.drawString(60, H - 62, "IMDi")
    c.setFont("DV", 8.5)
    c.drawString(60, H - 76, "Integrerings- og mangfoldsdirektoratet")
    c.drawRightString(W - 60, H - 62, "Vår dato: 09.01.2075")
    c.drawRightString(W - 60, H - 74, "Vår referanse: 24-08815-3")
    c.setFont("DV", 10)
    c.drawString(60, H - 120, "Kunnskapsdepartementet")
    c.drawString(60, H - 133, "Kompetansepolitisk avdeling")
    c.setFont("DV-B", 12.5)
    y = draw_lines(c, 60, H - 175, wrap(f"Bidrag til regjeringens rapportering – {name}", "DV-B", 12.5, W - 120),
                   "DV-B", 12.5, 16) - 6
    c.setFont("DV-I", 10)
    c.drawString(60, y, f"Strategiens delmål {delmal}")
    y -= 24
    y = draw_lines(c, 60, y, wrap(beskr, "DV", 10, W - 120), "DV", 10, 14) - 10
    y = draw_lines(c, 60, y, wrap(f"Ansvarlig: {ansv}. Samarbeidspartnere: {samarb}.", "DV", 10, W - 120),
                   "DV", 10, 14) - 26
    draw_lines(c, 60, y, ["Med hilsen", "", "Siri Lund", "avdelingsdirektør"], "DV", 10, 14)
    c.showPage()
    c.save()
    return buf.getvalue()


def _nav_table(name, typ, ansv, samarb, beskr) -> bytes:
    c, buf = new_canvas(A4, name, "Arbeids- og velferdsdirektoratet")
    c.setFont("DV-B", 12)
    c.drawString(60, H - 60, "Arbeids- og velferdsdirektoratet")
    c.setFont("DV", 10)
    c.drawString(60, H - 78, "Innspill til KDs rapport til Kompetansepolitisk råd")
    y = H - 115
    for lab, val in (("Tiltak", name), ("Type", typ), ("Ansvarlig", ansv), ("Samarbeid", samarb),
                     ("Hva ble gjort i 2074", beskr)):
        lines = wrap(val, "DV", 10, W - 260)
        h = 14 * len(lines) + 10
        c.setStrokeColorRGB(0.3, 0.3, 0.3)
        c.line(60, y, W - 60, y)
        c.setFont("DV-B", 10)
        c.drawString(64, y - 15, lab)
        draw_lines(c, 200, y - 15, lines, "DV", 10, 14)
        y -= h
    c.line(60, y, W - 60, y)
    c.setFont("DV", 7.5)
    c.drawString(60, 40, "nav.no")
    c.showPage()
    c.save()
    return buf.getvalue()


def _cover_letter(names: list[str]) -> bytes:
    c, buf = new_canvas(A4, "Følgebrev – regjeringens rapportering 2074", "Kunnskapsdepartementet")
    c.setFont("DV-B", 14)
    c.drawString(60, H - 64, "Det kongelige kunnskapsdepartement")
    c.setFont("DV", 9)
    c.drawRightString(W - 60, H - 100, "Vår ref.: 24/4410-12")
    c.drawRightString(W - 60, H - 112, "Dato: 16. januar 2075")
    c.setFont("DV", 10)
    c.drawString(60, H - 100, "Kompetansepolitisk råd")
    c.drawString(60, H - 113, "v/ sekretariatet")
    c.setFont("DV-B", 12)
    c.drawString(60, H - 160, "Regjeringens rapportering for 2074")
    y = H - 185
    paras = [
        "Vi viser til brev fra sekretariatet om rapportering av tiltak som følger opp Nasjonal kompetansepolitisk "
        "strategi. Departementene og direktoratene har fylt ut hvert sitt tiltaksark, og vi sender dem samlet i "
        "denne PDF-porteføljen. Delmål og virkemiddel står i porteføljens kolonner.",
        "Porteføljen inneholder disse tiltaksarkene:",
    ]
    for p in paras:
        y = draw_lines(c, 60, y, wrap(p, "DV", 10, W - 120), "DV", 10, 14) - 8
    for n in names:
        y = draw_lines(c, 75, y, wrap("• " + n, "DV", 10, W - 140), "DV", 10, 14)
    y -= 10
    more = [
        "Avsluttet i 2073: Utredningen om en lovfestet rett til karriereveiledning ble levert i november 2073 og er "
        "derfor ikke med i årets rapportering.",
        "Videre arbeid i 2075: Departementet tar sikte på å legge fram en stortingsmelding om fagskolene høsten "
        "2075.",
        "Med hilsen",
    ]
    for p in more:
        y = draw_lines(c, 60, y, wrap(p, "DV", 10, W - 120), "DV", 10, 14) - 8
    draw_lines(c, 60, y - 10, ["Ingrid Solberg (e.f.)", "avdelingsdirektør", "", "Magnus Aasen",
                               "seniorrådgiver"], "DV", 10, 14)
    c.setFont("DV", 7.5)
    c.drawString(60, 40, "Dokumentet er elektronisk godkjent og har ingen håndskrevne signaturer.")
    c.showPage()
    c.save()
    return buf.getvalue()


SHEETS = [
    # key, filename, avsender, delmål column, virkemiddel column, builder args, truth
    dict(fn="01_KD_Kompetansebehovsutvalget.pdf", avs="KD", dm="1.1", vm="Utvalg",
         name="Kompetansebehovsutvalget (KBU)", kind="kd",
         args=("1.1 Kompetansebehovsutvalg (KBU)", "Utvalg", "KD", "ASD, partene i arbeidslivet, HK-dir",
               "Utvalget la i juni 2074 fram sin årlige rapport om Norges kompetansebehov, med vekt på behovet for "
               "helsefagarbeidere og ingeniører i grønn industri."),
         truth=("M01", "1.1", RAD)),
    dict(fn="02_KD_Fagskoleradet_mandat.pdf", avs="KD", dm="1.4", vm="Utredning",
         name="Gjennomgang av mandat og sammensetning for Nasjonalt fagskoleråd", kind="kd",
         args=("1.4", "Utredning", "KD", "Fagskolerådet, fylkeskommunene",
               "Departementet startet en gjennomgang av hvordan Nasjonalt fagskoleråd er satt sammen, og av om "
               "mandatet bør omfatte råd om tilbudsstrukturen i fagskolene."),
         truth=(None, "1.4", FOU)),
    dict(fn="03_HK-dir_Nasjonalt_forum.pdf", avs="HK-dir", dm="1.3 Karriereveiledning", vm="Forum",
         name="Nasjonalt forum for karriereveiledning", kind="hkdir",
         args=("Direktoratet for høyere utdanning og kompetanse (HK-dir)", "Deltakere i forumet",
               "partene i arbeidslivet, VOFO, Sametinget og fylkeskommunene",
               "Forumet hadde fire møter i 2074 og la fram anbefalinger om kvalitet i karriereveiledning for "
               "voksne i omstilling.", "24/01187-4"),
         truth=("M06", "1.3", RAD)),
    dict(fn="04_HK-dir_Bransjeprogram_varehandel.pdf", avs="HK-dir", dm="2.4",
         vm="Tilskudd til bransjeprogram", name="Bransjeprogram for varehandelen", kind="hkdir",
         args=("KD og HK-dir", "Samarbeid", "Virke, Handel og Kontor, NHO Service og Handel",
               "Programmet ga 1 900 ansatte i butikk og netthandel korte, arbeidsplassnære kurs i salg, digital "
               "handel og økonomi i 2074.", "24/00932-7"),
         truth=("J01", "2.4", KURS)),
    dict(fn="05_IMDi_Fagopplaering_i_intro.pdf", avs="IMDi", dm="3.4", vm="Forsøk",
         name="Fagopplæring i introduksjonsprogrammet", kind="imdi",
         args=("3.4", "IMDi", "fylkeskommunene, NAV",
               "Forsøket lar deltakere i introduksjonsprogrammet ta fagopplæring i bedrift med norskopplæring på "
               "arbeidsplassen. 14 kommuner var med i 2074."),
         truth=(None, "3.4", PROSJEKT)),
    dict(fn="06_NAV_AMO.pdf", avs="Arbeids- og velferdsdirektoratet", dm="3.5 NAVs opplæringstilbud",
         vm="Opplæringstiltak",
         name="Arbeidsmarkedsopplæring (AMO) for arbeidssøkere uten fullført videregående opplæring", kind="nav",
         args=("Opplæringstiltak", "Arbeids- og velferdsdirektoratet", "fylkeskommunene",
               "NAV kjøpte flere modulbaserte AMO-kurs som gir deler av et fagbrev, særlig i helse, bygg og "
               "transport."),
         truth=(None, "3.5", KURS)),
]


def _sheet_pdf(s) -> bytes:
    a = s["args"]
    if s["kind"] == "kd":
        return _kd_form(s["name"], *a)
    if s["kind"] == "hkdir":
        return _hkdir_memo(s["name"], *a)
    if s["kind"] == "imdi":
        return _imdi_letter(s["name"], *a)
    return _nav_table(s["name"], *a)


def _ascii(fn: str) -> str:
    return fn.encode("ascii", "replace").decode()


def _cover_page_stream() -> bytes:
    lines = [
        (b"/F2 20 Tf", 60, 760, "PDF-portefølje"),
        (b"/F1 12 Tf", 60, 730, "Regjeringens rapportering til Kompetansepolitisk råd for 2074"),
        (b"/F1 10 Tf", 60, 690, "Denne filen er en PDF-portefølje med sju dokumenter. Åpne den i Adobe Acrobat"),
        (b"/F1 10 Tf", 60, 676, "eller Acrobat Reader for å se følgebrevet og tiltaksarkene. Noen PDF-lesere"),
        (b"/F1 10 Tf", 60, 662, "viser bare denne forsiden."),
        (b"/F1 9 Tf", 60, 80, "Kunnskapsdepartementet, januar 2075"),
    ]
    out = []
    for tf, x, y, t in lines:
        out.append(b"BT " + tf + b" %d %d Td " % (x, y) + pdf_lit(t) + b" Tj ET")
    return b"\n".join(out) + b"\n"


def build(out) -> list[dict]:
    names = [s["name"] for s in SHEETS]
    docs = [dict(fn="00_Følgebrev_KD.pdf", avs="KD", dm="–", vm="–", name="Følgebrev fra Kunnskapsdepartementet",
                 data=_cover_letter(names))]
    for s in SHEETS:
        docs.append(dict(s, data=_sheet_pdf(s)))

    pdf = RawPdf()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    f1 = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = pdf.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    content = pdf.add_stream(b"", _cover_page_stream())
    page = pdf.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                   b"/F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages, f1, f2, content))
    pdf.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    name_pairs = []
    for d in docs:
        data = d["data"]
        ef = pdf.add_stream(b"/Type /EmbeddedFile /Subtype /application#2Fpdf /Params << /Size %d /CheckSum <%s> "
                            b"/CreationDate (%s) /ModDate (%s) >>"
                            % (len(data), hashlib.md5(data).hexdigest().upper().encode(), DATE.encode(),
                               DATE.encode()), data)
        ci = pdf.add(b"<< /Type /CollectionItem /avsender " + pdf_utf16(d["avs"]) + b" /delmal "
                     + pdf_utf16(d["dm"]) + b" /virkemiddel " + pdf_utf16(d["vm"]) + b" >>")
        fs = pdf.add(b"<< /Type /Filespec /F " + pdf_lit(_ascii(d["fn"])) + b" /UF " + pdf_utf16(d["fn"])
                     + b" /Desc " + pdf_utf16(d["name"]) + b" /EF << /F %d 0 R /UF %d 0 R >> /CI %d 0 R >>"
                     % (ef, ef, ci))
        name_pairs.append((pdf_utf16(d["fn"]), fs))
    name_pairs.sort()
    names_arr = b" ".join(k + b" %d 0 R" % v for k, v in name_pairs)
    ef_tree = pdf.add(b"<< /Names [" + names_arr + b"] >>")
    schema = (b"<< /Type /CollectionSchema"
              b" /navn << /Type /CollectionField /Subtype /F /N " + pdf_utf16("Navn") + b" /O 0 >>"
              b" /avsender << /Type /CollectionField /Subtype /S /N " + pdf_utf16("Avsender") + b" /O 1 >>"
              b" /delmal << /Type /CollectionField /Subtype /S /N " + pdf_utf16("Delmål (KPS)") + b" /O 2 >>"
              b" /virkemiddel << /Type /CollectionField /Subtype /S /N " + pdf_utf16("Virkemiddel") + b" /O 3 >>"
              b" /beskr << /Type /CollectionField /Subtype /Desc /N " + pdf_utf16("Beskrivelse") + b" /O 4 >>"
              b" /str << /Type /CollectionField /Subtype /Size /N " + pdf_utf16("Størrelse") + b" /O 5 /V false >>"
              b" >>")
    coll = pdf.add(b"<< /Type /Collection /Schema " + schema + b" /D " + pdf_utf16(docs[0]["fn"])
                   + b" /View /D /Sort << /S /navn /A true >> >>")
    pdf.set(catalog, b"<< /Type /Catalog /Pages %d 0 R /Names << /EmbeddedFiles %d 0 R >> /Collection %d 0 R "
                     b"/Lang (nb-NO) >>" % (pages, ef_tree, coll))
    info = pdf.add(b"<< /Title " + pdf_utf16("Regjeringens rapportering til Kompetansepolitisk råd 2074")
                   + b" /Author (Kunnskapsdepartementet) /Creator (Adobe Acrobat Pro 2074) /Producer "
                   + b"(Adobe Acrobat Pro 2074) /CreationDate (" + DATE.encode() + b") /ModDate ("
                   + DATE.encode() + b") >>")
    (out / FILENAME).write_bytes(pdf.write(catalog, info, hashlib.md5(b"holdout54-regjeringen").digest()))

    rows = []
    for s in SHEETS:
        seed, dm, typ = s["truth"]
        a = s["args"]
        if s["kind"] == "kd":
            ansv, samarb, beskr = a[2], a[3], a[4]
        elif s["kind"] == "hkdir":
            ansv, samarb, beskr = a[0], a[2], a[3]
        elif s["kind"] == "imdi":
            ansv, samarb, beskr = a[1], a[2], a[3]
        else:
            ansv, samarb, beskr = a[1], a[2], a[3]
        rows.append(row(FILENAME, MEMBER, s["name"], seed, dm, typ, ansv, samarb, beskr))
    return rows


def embedded(path) -> list[tuple[str, dict, bytes]]:
    """(file name, collection item values + Desc, data) of every embedded file."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text
    with open(path, "rb") as f:
        doc = PDFDocument(PDFParser(f))
        names = resolve1(resolve1(resolve1(doc.catalog["Names"])["EmbeddedFiles"])["Names"])
        res = []
        for i in range(0, len(names), 2):
            fs = resolve1(names[i + 1])
            ci = resolve1(fs.get("CI")) or {}
            vals = {k: decode_text(resolve1(v)) for k, v in ci.items() if isinstance(resolve1(v), bytes)}
            vals["Desc"] = decode_text(resolve1(fs["Desc"]))
            data = resolve1(resolve1(fs["EF"])["F"]).get_data()
            res.append((decode_text(resolve1(fs["UF"])), vals, data))
        return res


def text(path) -> str:
    parts = [pdf_stream_text(path.read_bytes())]
    for fn, vals, data in embedded(path):
        parts.append(fn)
        parts.extend(vals.values())
        parts.append(pdf_stream_text(data))
    return "\n".join(parts)
