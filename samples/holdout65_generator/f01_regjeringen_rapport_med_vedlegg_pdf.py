"""Regjeringen: an ordinary ministry report written in Word and exported to PDF. Three numbered chapters named by the
hovedinnsatsområder, one Heading 2 per measure with prose (the KBU section runs over three paragraphs), partners named
inside sentences. Neither delmål nor kind nor ministry is given in the prose: they stand only in an appendix table
«Vedlegg 1 Oversikt over tiltakene i 2085» (Tiltak / Ansv. dep. / Delmål / Virkemiddel) with the ministry as an
abbreviation explained in «Vedlegg 2 Forkortelser». A scheme ended last year is told in a lead paragraph, and a reform
that starts next year has a Heading 2 of its own but no line in the appendix."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text_with_cells, row, \
    set_cell_shading, set_col_widths

FILENAME = "Regjeringens rapportering til Kompetansepolitisk råd 2085.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with heading styles, a ruled appendix table and an "
          "abbreviation list; dates and /ID fixed")
SHAPE = ("ordinary ministry report: title, intro, chapters «1 Gode valg …», «2 Læring i arbeidslivet», «3 Styrke "
         "kompetansen til voksne …» with one Heading 2 per measure and prose under it (the KBU section three "
         "paragraphs), partners only inside sentences («i samarbeid med fylkeskommunene, Nav og partene i "
         "arbeidslivet»); the delmål, the kind (Virkemiddel: Utvalg, Digital tjeneste, Studietilbud, Forsøk, Analyse, "
         "Prosjektmidler) and the responsible ministry (KD, AID) stand only in the appendix table «Vedlegg 1 Oversikt "
         "over tiltakene i 2085», the abbreviations explained in «Vedlegg 2 Forkortelser»; a scheme ended last year in "
         "a lead paragraph and a reform from next year under a Heading 2 of its own that is missing from the appendix")
NOT_TRUTH = ("the title, intro and chapter headings, the lead paragraph on the industry programme for tourism (ended last "
             "year), the section 'Kompetansereform for seniorer' (in force from 1 August next year, not in the "
             "appendix), the appendix header and its Delmål and Virkemiddel cells, the abbreviation list")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

# (chapter, [items]); item = ("lead", text) or (name, paragraphs, seed, dm, type, dep, virkemiddel, partners)
CHAPTERS = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("Kompetansebehovsutvalget i ny periode", [
            "Kompetansebehovsutvalget (KBU) startet 1. mars 2085 en ny fireårsperiode med nye medlemmer fra "
            "hovedorganisasjonene og forskningsmiljøene. Kunnskapsdepartementet leder utvalget, og Arbeids- og "
            "inkluderingsdepartementet og Nærings- og fiskeridepartementet har hver sin plass.",
            "Utvalget la i oktober fram rapporten «Grønn omstilling og kompetanse», som viser at behovet for "
            "fagarbeidere i elektro, bygg og industri vil øke mer enn tidligere antatt. Rapporten ble lagt fram på "
            "et åpent møte med over 300 deltakere.",
            "I den nye perioden skal utvalget også se på regionale forskjeller i kompetansebehov. Sekretariatet i "
            "HK-dir har derfor fått to nye stillinger."],
         "M04", "1.1", RAD, "KD", "Utvalg",
         "Arbeids- og inkluderingsdepartementet, Nærings- og fiskeridepartementet"),
        ("Veiviser 45+", [
            "Veiviser 45+ er en digital karriereveiledningstjeneste for arbeidstakere som er midt i yrkeslivet og "
            "vurderer å lære noe nytt. HK-dir har utviklet tjenesten i samarbeid med fylkeskommunene, Nav og partene "
            "i arbeidslivet.",
            "Tjenesten ble åpnet i april og hadde 46 000 brukere ved utgangen av året. Om lag en av fem brukere "
            "bestilte en samtale med en veileder."],
         "J01", "1.3", INFO, "KD", "Digital tjeneste", "fylkeskommunene, Nav, partene i arbeidslivet"),
    ]),
    ("2 Læring i arbeidslivet", [
        ("lead", "Tilskuddsordningen for bransjeprogram i reiselivet ble avviklet i fjor, og midlene er samlet i den "
                 "ordinære ordningen for bransjeprogram. Ordningen er derfor ikke omtalt som eget tiltak."),
        ("Kompletterende utdanning for lærere utdannet i utlandet", [
            "Lærere med utdanning fra land utenfor EU/EØS må ofte ta mer utdanning for å få godkjenning. I 2085 ble "
            "det gitt et nytt deltidstilbud på 60 studiepoeng ved OsloMet og Universitetet i Agder, og 190 lærere "
            "begynte på studiet.",
            "Tilbudet er samlingsbasert, slik at deltakerne kan arbeide i skolen ved siden av."],
         None, "2.6", KURS, "KD", "Studietilbud", "OsloMet, Universitetet i Agder"),
    ]),
    ("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Forsøk med toårig yrkesrettet opplæring i Nav", [
            "Arbeids- og velferdsdirektoratet har prøvd ut et toårig opplæringsløp for arbeidssøkere uten fullført "
            "videregående opplæring, der opplæringen kombineres med praksis i bedrift. Forsøket gjennomføres i "
            "samarbeid med Vestland fylkeskommune og Innlandet fylkeskommune.",
            "420 deltakere var med i 2085, og de første tok fagbrev i desember."],
         None, "3.5", PROSJEKT, "AID", "Forsøk", "Vestland fylkeskommune, Innlandet fylkeskommune"),
        ("Analyse av voksnes deltakelse i videregående opplæring", [
            "Kunnskapsdepartementet har fått SSB og NIFU til å analysere hvorfor mange voksne som begynner i "
            "videregående opplæring, ikke fullfører. Analysen bygger på registerdata for seks år og ble publisert i "
            "november."],
         None, "3.1", FOU, "KD", "Analyse", "SSB, NIFU"),
        ("Lær i lag", [
            "Lær i lag gir voksne med svake grunnleggende ferdigheter opplæring i lesing, regning og digitale "
            "ferdigheter gjennom frivillige lag og foreninger. HK-dir forvalter prosjektmidlene og samarbeider med "
            "VOFO og Frivillighet Norge.",
            "I 2085 fikk 64 lag midler, og om lag 2 100 voksne deltok."],
         "J06", "3.6", PROSJEKT, "KD", "Prosjektmidler", "VOFO, Frivillighet Norge"),
        ("Kompetansereform for seniorer", [
            "Stortinget vedtok i desember en reform som gir arbeidstakere over 55 år rett til permisjon og stipend "
            "for å ta utdanning. Reformen trer i kraft 1. august neste år og er derfor ikke med i oversikten i "
            "vedlegg 1."],
         "", "", None, "", "", ""),
    ]),
]
ABBR = [("AID", "Arbeids- og inkluderingsdepartementet"), ("HK-dir", "Direktoratet for høyere utdanning og kompetanse"),
        ("KD", "Kunnskapsdepartementet"), ("NIFU", "Nordisk institutt for studier av innovasjon, forskning og "
                                                   "utdanning"), ("SSB", "Statistisk sentralbyrå")]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapportering til Kompetansepolitisk råd 2085", "b")])
    p.runs[0].font.size = Pt(18)
    p = d.add_paragraph()
    add_runs(p, [("Departementenes oppfølging av Nasjonal kompetansepolitisk strategi", "i")])
    d.add_paragraph("Rapporten er satt sammen av Kunnskapsdepartementet etter innspill fra Arbeids- og "
                    "inkluderingsdepartementet. Tiltakene er omtalt under de tre hovedinnsatsområdene i strategien. "
                    "En samlet oversikt med ansvarlig departement står i vedlegg 1.")
    rows, appendix = [], []
    for head, items in CHAPTERS:
        d.add_heading(head, level=1)
        for it in items:
            if it[0] == "lead":
                d.add_paragraph(it[1])
                continue
            name, paras, seed, dm, ty, dep, virk, med = it
            d.add_heading(name, level=2)
            for para in paras:
                d.add_paragraph(para)
            if ty:
                appendix.append((name, dep, dm, virk))
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, med, " ".join(paras)))
    d.add_page_break()
    d.add_heading("Vedlegg 1 Oversikt over tiltakene i 2085", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Ansv. dep.", "Delmål", "Virkemiddel"]):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "D9E2F3")
    for r in appendix:
        for c, v in zip(t.add_row().cells, r):
            c.paragraphs[0].add_run(v)
    set_col_widths(t, [7.6, 2.4, 2.2, 4.0])
    d.add_heading("Vedlegg 2 Forkortelser", level=1)
    for k, v in ABBR:
        d.add_paragraph(f"{k} – {v}", style="List Bullet")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
