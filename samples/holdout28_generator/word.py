"""The reports written in Word: tables, a letter, prose, a form, and the meeting notice."""
import datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .data import AREA, DM_WORDS, DRAFT_07, ROWS

FIXED = datetime.datetime(2049, 2, 6, 9, 0)

SHORT_TYPE = {"Råd/utvalg/nettverk": "råd/utvalg", "Kurs/utdanning": "kurs", "Prosjekt": "prosjekt",
              "FoU": "FoU", "Arrangement": "arrangement", "Informasjon": "informasjon"}


def _doc(title, author):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    return d


def _table(d, header, rows, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


def _widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.gridCol_lst, cms):
        gc.w = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def _landscape(d):
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)


def kd_01(path):
    d = _doc("Rapportering 2048 – Kunnskapsdepartementet", "Kunnskapsdepartementet")
    d.add_heading("Oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2048", 1)
    d.add_paragraph("Fra: Kunnskapsdepartementet, på vegne av Regjeringen. Dato: 3. februar 2049.")
    d.add_paragraph("Tabellen viser departementenes tiltak i 2048, ordnet etter strategiens delmål.")
    rows = [(dm, t, typ, a, p, b) for _k, dm, typ, t, a, p, b in ROWS["01"]]
    _table(d, ["Delmål", "Tiltak", "Kategori", "Ansvarlig departement", "I samarbeid med", "Kort om tiltaket"], rows)
    d.add_paragraph("")
    d.add_paragraph("Forkortelser: KD – Kunnskapsdepartementet, ASD – Arbeids- og inkluderingsdepartementet, "
                    "KUD – Kultur- og likestillingsdepartementet, HK-dir – Direktoratet for høyere utdanning og kompetanse.")
    d.save(path)


def lo_02(path):
    d = _doc("Brev til sekretariatet", "LO")
    d.add_paragraph("Landsorganisasjonen i Norge\nYoungs gate 11\n0181 Oslo")
    d.add_paragraph("Kompetansepolitisk råd v/ sekretariatet\nHK-dir")
    p = d.add_paragraph("Oslo, 10. februar 2049")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Vår ref.: 2049/117")
    p = d.add_paragraph()
    p.add_run("LOs rapportering om oppfølgingen av kompetansepolitisk strategi i 2048").bold = True
    d.add_paragraph("Vi viser til sekretariatets brev av 5. januar og sender med dette LOs bidrag. "
                    "Vi har ordnet tiltakene slik de henger sammen i vårt arbeid, ikke etter delmål.")
    intro = ["Vår viktigste innsats er fortsatt i rådene og utvalgene.",
             "LO og forbundene har også jobbet direkte ut mot bransjene og de tillitsvalgte.",
             "I tillegg nevner vi:"]
    groups = [ROWS["02"][:2], ROWS["02"][2:5], ROWS["02"][5:]]
    for text, grp in zip(intro, groups):
        d.add_paragraph(text)
        for _k, dm, typ, t, a, pt, b in grp:
            p = d.add_paragraph()
            p.add_run(t).bold = True
            p.add_run(f" ({SHORT_TYPE[typ]}, delmål {dm}). {b} Ansvarlig: {a}. Samarbeid: {pt}.")
    d.add_paragraph("Ta gjerne kontakt om noe er uklart.")
    d.add_paragraph("Med vennlig hilsen\n\nKari Nordmann\nrådgiver, LOs kompetanseavdeling")
    d.save(path)


def unio_04(path):
    d = _doc("Unios rapportering 2048", "Unio")
    d.add_heading("Unio – rapportering til Kompetansepolitisk råd for 2048", 0)
    d.add_paragraph("Unio organiserer 380 000 medlemmer i 12 forbund. Nedenfor følger våre tiltak i 2048.")
    order = [("1", ["1.4"]), ("2", ["2.1", "2.2"]), ("3", ["3.6"])]
    for area, dms in order:
        d.add_heading(AREA[area], 1)
        for dm in dms:
            d.add_heading(DM_WORDS[dm], 2)
            for _k, rdm, _typ, t, a, pt, b in ROWS["04"]:
                if rdm != dm:
                    continue
                p = d.add_paragraph()
                p.add_run(t + ".").bold = True
                p.add_run(" " + b)
                d.add_paragraph(f"Ansvarlig: {a}. Samarbeidspartnere: {pt}.")
    d.save(path)


def _virke(d, rows):
    _table(d, ["Mål", "Hva gjør vi", "Kategori", "Ansvar hos", "Partnere", "Beskrivelse"], rows)


def virke_07(path):
    d = _doc("Virke rapport 2048 UTKAST", "Virke")
    d.add_paragraph("UTKAST v0.3 – ikke til distribusjon – 14.01.2049").runs[0].bold = True
    d.add_heading("Virkes rapportering for 2048", 1)
    d.add_paragraph("[Innledning skrives når tallene fra bransjeprogrammet er klare.]")
    _virke(d, DRAFT_07)
    d.save(path)


def virke_08(path):
    d = _doc("Virke rapport 2048", "Virke")
    d.add_heading("Virkes rapportering for 2048", 1)
    d.add_paragraph("Endelig versjon, 7. februar 2049. Erstatter utkastet sendt 14. januar.")
    d.add_paragraph("Virke er hovedorganisasjonen for virksomheter i handel og tjenesteyting.")
    _virke(d, [(dm, t, typ, a, p, b) for _k, dm, typ, t, a, p, b in ROWS["08"]])
    d.save(path)


def akad_09(path):
    d = _doc("Rapporteringsskjema 2048", "Akademikerne")
    d.add_heading("Rapporteringsskjema – Kompetansepolitisk råd 2048", 1)
    d.add_paragraph("Medlemsorganisasjon: Akademikerne\nKontaktperson: Ola Hansen\nFyll ut ett skjema per tiltak.")
    for i, (_k, dm, typ, t, a, p, b) in enumerate(ROWS["09"], 1):
        d.add_paragraph(f"Tiltak {i} av {len(ROWS['09'])}").runs[0].bold = True
        t2 = d.add_table(rows=0, cols=2)
        t2.style = "Table Grid"
        for k, v in [("Tiltakets navn", t), ("Delmål (nr.)", dm), ("Type tiltak", typ), ("Ansvarlig", a),
                     ("Samarbeidspartnere", p), ("Kort beskrivelse", b)]:
            c = t2.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
    d.save(path)


def spekter_10(path):
    d = _doc("Spekters innspill 2048", "Spekter")
    d.add_heading("Spekter: innspill til rapporteringen for 2048", 1)
    d.add_paragraph("Vi har sortert tiltakene etter hovedinnsatsområde.")
    n = 0
    for area in "123":
        rows = [r for r in ROWS["10"] if r[1][0] == area]
        if not rows:
            continue
        d.add_heading(f"Hovedinnsatsområde {area}: {AREA[area]}", 2)
        for _k, _dm, typ, t, a, p, b in rows:
            n += 1
            d.add_paragraph(f"{n}. {t}. Type: {SHORT_TYPE[typ]}. Ansvarlig: {a}. Samarbeid: {p}. {b}")
    d.save(path)


def uhr_12(path):
    d = _doc("UHR rapport 2048", "Universitets- og høgskolerådet")
    d.add_heading("Universitets- og høgskolerådet (UHR) – tiltak 2048", 1)
    d.add_paragraph("UHR rapporterer på sektorens vegne. Tiltakene er gruppert etter innsatsområde.")
    t = _table(d, ["Tiltak", "Type", "Ansvarlig", "Samarbeid med", "Merknad"], [])
    for area in "12":
        c = t.add_row().cells
        m = c[0].merge(c[-1])
        m.text = f"Innsatsområde {area} – {AREA[area]}"
        m.paragraphs[0].runs[0].bold = True
        for _k, dm, typ, ti, a, p, b in ROWS["12"]:
            if dm[0] == area:
                cells = t.add_row().cells
                for i, v in enumerate([ti, typ, a, p, b]):
                    cells[i].text = v
    d.save(path)


def vestland_13(path):
    d = _doc("Rapportering 2048 Vestland fylkeskommune", "Vestland fylkeskommune")
    d.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2048", 1)
    d.add_paragraph("Vestland fylkeskommune rapporterer her tiltak fylkeskommunen har sett i verk eller teke del i "
                    "i 2048. Tiltaka er sorterte etter delmål i strategien.")
    rows = sorted([(dm, t, typ, a, p, b) for _k, dm, typ, t, a, p, b in ROWS["13"]], key=lambda r: r[0])
    _landscape(d)
    t = _table(d, ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring"], rows)
    _widths(t, [2.0, 6.2, 3.6, 3.6, 4.8, 5.9])
    d.add_paragraph("Kontaktperson: Ingrid Haugland, seksjon for kompetanse og karriere.")
    d.save(path)


def agenda_15(path):
    d = _doc("Innkalling", "HK-dir")
    d.add_heading("Innkalling til møte i Kompetansepolitisk råd", 1)
    d.add_paragraph("Tid: 12. mars 2049 kl. 10.00–14.00\nStad: Kunnskapsdepartementet, møterom 4.2\n"
                    "Møteleiar: statssekretær i KD")
    items = [
        ("1. Godkjenning av innkalling og dagsorden", "Vedtakssak."),
        ("2. Referat frå møtet 14. oktober 2048", "Referatet er sendt ut på e-post."),
        ("3. Kompetansebehovsutvalget – presentasjon av hovedrapporten 2048",
         "Leiaren av KBU orienterer. Diskusjon om oppfølging i rådet."),
        ("4. Rapporteringa for 2048", "Sekretariatet legg fram samanstillinga av tiltaka medlemmene har rapportert. "
         "4.1 Status for innkomne rapportar. 4.2 Forslag til ny rapporteringsmal."),
        ("5. Nasjonalt forum for karriereveiledning – orientering om evalueringa", "Orienteringssak ved HK-dir."),
        ("6. Eventuelt", ""),
    ]
    for h, body in items:
        d.add_heading(h, 2)
        if body:
            d.add_paragraph(body)
    d.add_paragraph("Meld forfall til sekretariatet innan 5. mars.")
    d.save(path)
