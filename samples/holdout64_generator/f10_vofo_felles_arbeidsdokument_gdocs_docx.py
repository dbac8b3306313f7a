"""VOFO: a shared working document the study associations filled in together in Google Docs and VOFO downloaded as
Word («Fil → Last ned → Microsoft Word»). The package looks like Google's: no docProps parts at all, no custom XML,
Arial throughout, a «_heading=h.…» bookmark in every heading. At the top a note on how to fill in; then one Heading 2
per study association, ticked «✅» when done, a grey «Skrevet av:» line, and the measures as a bold name, the
description and a fact line «Delmål: 3.4 · Type: prosjekt · Samarbeid: …». The responsible is the association named
in the heading. One section is empty with a leftover note («ikke levert ennå – Kari purrer»); two measures are outside
2084 by their text."""
from __future__ import annotations

import random
import re
import zipfile

from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, write_zip

FILENAME = "Studieforbundenes rapport til KPR 2084 – felles arbeidsdokument.docx"
MEMBER = "VOFO"
FORMAT = ("DOCX shaped like a Google Docs download (python-docx, then repackaged: no docProps parts, no customXml, "
          "«_heading=h.…» bookmarks in the headings, Arial), fixed zip timestamps")
SHAPE = ("shared working document: a grey note on how to fill in («Hvert studieforbund skriver under sin overskrift … "
         "marker med ✅»), then one Heading 2 per study association («AOF Norge ✅»), a grey «Skrevet av:» line, and per "
         "measure a bold name, one or two description paragraphs and a fact line «Delmål: 3.4 · Type: prosjekt · "
         "Samarbeid: …»; the responsible is the association in the heading; VOFO's lower-case kind words (rådsarbeid, "
         "arrangement, undersøkelse, prosjekt, kurs); one section left empty with a leftover note; two measures outside "
         "2084 by their text")
NOT_TRUTH = ("the title and the fill-in note, the association headings and their ✅ marks, the «Skrevet av» lines, the "
             "fact lines' labels and Delmål/Type values, 'Norskkurs for sesongarbeidere i fiskeindustrien' (starts next "
             "year), 'Kurslederopplæring i kor og korps' (carried out last year), the empty section for Studieforbundet "
             "Funkis with its leftover note")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# heading (association), author, [(name, paragraphs, dm, kind, partners, seed, type)]
SECTIONS = [
    ("VOFO sekretariatet", "Skrevet av: IMS", [
        ("VOFOs plass i karriereforumet",
         ["VOFO har plass i Nasjonalt forum for karriereveiledning og har brukt den til å løfte fram karriereveiledning for voksne som lærer i "
          "frivillige organisasjoner. Forumet hadde tre møter i 2084."], "1.3", "rådsarbeid", "", "M05", RAD),
        ("Studieforbundsdagen 2084",
         ["Åpen dag i alle fylker der studieforbundene viste fram kurs for voksne som vil lære noe nytt. Dagen ble "
          "arrangert 14. september sammen med Frivillighet Norge, og 190 lokale arrangementer var med."], "3.6",
         "arrangement", "Frivillighet Norge", None, ARR),
        ("Kartlegging av læringsutbytte i frivilligheten",
         ["Spørreundersøkelse blant 2 300 kursdeltakere om hva de lærte og om de brukte det i jobb eller videre "
          "utdanning. Undersøkelsen ble gjort sammen med Høgskolen i Innlandet."], "3.6", "undersøkelse",
         "Høgskolen i Innlandet", None, FOU),
    ]),
    ("AOF Norge", "Skrevet av: Rune (AOF)", [
        ("Norsk på vakt – undervisning på sykehjemmene",
         ["AOF har stått for undervisningen i 30 av kommunene i prosjektet. Lærerne underviser på sykehjemmet i "
          "arbeidstiden, med utgangspunkt i rapporter, prosedyrer og samtaler med pasienter og pårørende.",
          "Vi har også utdannet 55 språkveiledere blant de faste ansatte, slik at opplæringen kan fortsette mellom "
          "timene."], "3.4", "prosjekt", "IMDi, KS, Fagforbundet", "J06", PROSJEKT),
        ("Norskkurs for sesongarbeidere i fiskeindustrien",
         ["Kursene starter opp neste år i Lofoten og Vesterålen. Avtalene med bedriftene er klare."], "3.4", "kurs",
         "Sjømat Norge", "", None),
    ]),
    ("Folkeuniversitetet", "Skrevet av: Hanne L.", [
        ("Språkkafé på sykehjemmet i Bodø",
         ["Folkeuniversitetet Nord har drevet ukentlige språkkafeer for ansatte på to sykehjem i Bodø. Kafeene er "
          "Folkeuniversitetets eget tilbud og er ikke en del av Norsk på vakt, selv om noen av deltakerne også er "
          "med der."], "3.4", "kurs", "Bodø kommune", None, KURS),
    ]),
    ("Studieforbundet kultur og tradisjon", "Skrevet av: Per-Ivar", [
        ("Kompetansepluss frivillighet – lese- og skrivekurs i korps og kor",
         ["Korte kurs i lesing, skriving og regning for voksne medlemmer i korps og kor, holdt i øvingslokalene. 26 "
          "kurs med 240 deltakere ble gjennomført."], "3.2", "kurs", "Norges Musikkorps Forbund", None, KURS),
        ("Kurslederopplæring i kor og korps",
         ["Opplæringen ble gjennomført i fjor og blir ikke gjentatt før behovet er kartlagt."], "3.6", "kurs", "",
         "", None),
    ]),
]

KEEP = ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/numbering.xml",
        "word/theme/theme1.xml")


def _bookmarks(d) -> None:
    rnd = random.Random(6410)
    n = 0
    for p in d.paragraphs:
        if p.style.name.startswith("Heading") or p.style.name == "Title":
            name = "_heading=h." + "".join(rnd.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(12))
            ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            start = parse_xml(f'<w:bookmarkStart {ns} w:id="{n}" w:name="{name}"/>')
            end = parse_xml(f'<w:bookmarkEnd {ns} w:id="{n}"/>')
            p._p.insert(1 if p._p.pPr is not None else 0, start)
            p._p.append(end)
            n += 1


def _repackage(src: bytes, path) -> None:
    import io
    with zipfile.ZipFile(io.BytesIO(src)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = re.sub(r'<Relationship [^>]*Target="(?!styles\.xml|settings\.xml|fontTable\.xml|numbering\.xml|'
                  r'theme/theme1\.xml)[^"]*"/>', "", rels)
    ct = parts["[Content_Types].xml"].decode()
    ct = re.sub(r'<Override PartName="/(?!word/(document|styles|settings|fontTable|numbering)\.xml|'
                r'word/theme/theme1\.xml)[^"]*"[^>]*/>', "", ct)
    ct = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", ct)
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '</Relationships>')
    entries = [(n, parts[n], True) for n in KEEP]
    entries += [("word/_rels/document.xml.rels", rels, True), ("_rels/.rels", root_rels, True),
                ("[Content_Types].xml", ct, True)]
    write_zip(path, entries, dt=(1980, 1, 1, 0, 0, 0))


def build(out) -> list[dict]:
    import io
    d = base_docx(font="Arial", size=11, margins_cm=2.54)
    t = d.add_paragraph("Studieforbundenes rapport til KPR 2084 – felles arbeidsdokument", style="Title")
    for r in t.runs:
        r.font.size = Pt(22)
    note = d.add_paragraph()
    add_runs(note, [("Hvert studieforbund skriver under sin overskrift. Frist 10. januar. Marker overskriften med ✅ "
                     "når dere er ferdige, så samler VOFO-sekretariatet det hele og sender til rådet.", "i")])
    for r in note.runs:
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    rows = []
    for assoc, author, items in SECTIONS:
        d.add_heading(f"{assoc} ✅", level=2)
        add_runs(d.add_paragraph(), [(author, "g")])
        for name, paras, dm, kind, med, seed, ty in items:
            add_runs(d.add_paragraph(), [(name, "b")])
            for para in paras:
                d.add_paragraph(para)
            add_runs(d.add_paragraph(), [(f"Delmål: {dm} · Type: {kind} · Samarbeid: {med or '–'}", "i")])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, assoc, med, " ".join(paras)))
    d.add_heading("Studieforbundet Funkis", level=2)
    add_runs(d.add_paragraph(), [("(ikke levert ennå – Kari purrer)", "g")])
    _bookmarks(d)
    buf = io.BytesIO()
    d.save(buf)
    _repackage(buf.getvalue(), out / FILENAME)
    return rows


def text(path) -> str:
    return docx_text_deep(path)
