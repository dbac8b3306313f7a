"""Word documents: written as .docx here; some are converted afterwards (PDF, RTF, ODT, DOC)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.shared import Pt

from . import data
from .wordutil import (borders, cant_split, col_widths, direct_bullet, first_para, footer_text,
                       new_document, page_margins, para, repeat_header, run, shade, tracked_replace,
                       wrap_in_sdt)


def _d(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi, 0)


# ---------------------------------------------------------------- Regjeringen
def regjeringen(path: Path) -> None:
    doc = new_document("Kunnskapsdepartementet", "Regjeringens rapportering til Kompetansepolitisk råd 2026",
                       _d(2027, 1, 22, 10), _d(2027, 1, 29, 14, 12), size=10)
    page_margins(doc, 1.8, landscape=True)
    para(doc, "Kunnskapsdepartementet", bold=True, size=9, color="555555")
    para(doc, "Regjeringens rapportering til Kompetansepolitisk råd for 2026", bold=True, size=16,
         space_after=6)
    para(doc, "Kunnskapsdepartementet har samordnet rapporteringen fra departementene. Tiltakene er "
              "ordnet etter hovedinnsatsområder og delmål i Nasjonal kompetansepolitisk strategi, som "
              "rådet har besluttet å bruke som rammeverk også i denne perioden. Kategoriene følger "
              "rådets egen inndeling.", space_after=8)
    headers = ["Tiltak", "Ansvarlig", "I samarbeid med", "Kategori"]
    table = doc.add_table(rows=1, cols=4)
    borders(table)
    for c, h in zip(table.rows[0].cells, headers):
        first_para(c, h, bold=True)
        shade(c, "1F3864")
    repeat_header(table.rows[0])
    area_seen, dm_seen = set(), set()
    for r in data.REGJERINGEN:
        area = r["dm"][0]
        if area not in area_seen:
            area_seen.add(area)
            cells = table.add_row().cells
            m = cells[0].merge(cells[3])
            first_para(m, data.AREAS[area], bold=True, size=11)
            shade(m, "B4C6E7")
        if r["dm"] not in dm_seen:
            dm_seen.add(r["dm"])
            cells = table.add_row().cells
            m = cells[0].merge(cells[3])
            first_para(m, f"Delmål {r['dm']} – {data.DELMAL_SHORT[r['dm']]}", italic=True, bold=True)
            shade(m, "DEEAF6")
        tr = table.add_row()
        cant_split(tr)
        cells = tr.cells
        first_para(cells[0], r["tiltak"], bold=True)
        p = cells[0].add_paragraph()
        run(p, r["desc"], size=9)
        first_para(cells[1], r["ansv"])
        first_para(cells[2], r["partners"])
        first_para(cells[3], r["type_txt"] or "")
    # the header row: white text on dark blue
    from docx.shared import RGBColor
    for c in table.rows[0].cells:
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    col_widths(table, [12.5, 3.2, 6.8, 3.3])
    para(doc, "")
    para(doc, "Spørsmål om rapporteringen kan rettes til Kompetansepolitisk avdeling i "
              "Kunnskapsdepartementet.", italic=True, size=9)
    footer_text(doc, "Kunnskapsdepartementet · Rapportering til Kompetansepolitisk råd 2026")
    doc.save(path)


# ---------------------------------------------------------------- LO (to be exported to PDF)
LO_AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
}


def lo(path: Path) -> None:
    doc = new_document("LO", "LOs rapportering til Kompetansepolitisk råd 2026", _d(2027, 1, 27, 13),
                       font="Arial", size=10.5)
    page_margins(doc, 2.2)
    para(doc, "Landsorganisasjonen i Norge", bold=True, size=11, color="C00000")
    para(doc, "Avdeling for samfunnspolitikk", size=9, color="555555", space_after=14)
    para(doc, "LOs rapportering til Kompetansepolitisk råd – 2026", bold=True, size=17, space_after=8)
    para(doc, "LO er opptatt av at kompetansepolitikken skal gi alle arbeidstakere muligheter til å "
              "lære gjennom hele arbeidslivet. Nedenfor følger de tiltakene LO og forbundene har "
              "arbeidet med i 2026, ordnet etter strategiens hovedinnsatsområder. Delmål og type er "
              "oppgitt i linjen under hvert tiltak.", space_after=10)
    n = 0
    cur = None
    for r in data.LO:
        area = r["dm"][0]
        if area != cur:
            cur = area
            h = doc.add_heading(f"Hovedinnsatsområde {area}: {LO_AREAS[area]}", level=2)
            h.paragraph_format.space_before = Pt(14)
        n += 1
        p = para(doc, "", space_after=2)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(8)
        run(p, f"{n}. {r['tiltak']}", bold=True, size=11.5)
        d = para(doc, r["desc"], space_after=2)
        d.paragraph_format.keep_with_next = True
        meta = [r["dm_txt"], r["type_txt"]]
        if r["ansv"]:
            meta.append(f"Ansvar: {r['ansv']}")
        if r["partners"]:
            meta.append(f"Samarbeid: {r['partners']}")
        para(doc, " · ".join(meta), italic=True, size=9, color="595959", space_after=6)
    para(doc, "")
    para(doc, "Med vennlig hilsen")
    para(doc, "Landsorganisasjonen i Norge")
    para(doc, "Kari Nordbø, rådgiver", space_after=0)
    footer_text(doc, "LO · Youngs gate 11 · 0181 Oslo")
    doc.save(path)


# ---------------------------------------------------------------- KS (form with content controls)
KS_LABELS = [
    ("Navn på tiltaket", "tiltak"),
    ("Delmål (nr. og stikkord)", "dm_txt"),
    ("Type tiltak", "type_txt"),
    ("Ansvarlig", "ansv"),
    ("Samarbeidspartnere", "partners"),
    ("Kort beskrivelse (maks 500 tegn)", "desc"),
]


def ks(path: Path) -> None:
    doc = new_document("KS", "Rapporteringsskjema Kompetansepolitisk råd 2026", _d(2027, 1, 30, 11),
                       size=10)
    page_margins(doc, 2.0)
    para(doc, "Rapportering til Kompetansepolitisk råd – skjema for 2026", bold=True, size=15,
         space_after=4)
    para(doc, "Fyll ut ett skjema per tiltak. Velg type fra listen: FoU, kurs/utdanning, "
              "råd/utvalg/nettverk, prosjekt, informasjon, arrangement. Skjemaet sendes "
              "sekretariatet innen 1. februar.", italic=True, size=9, color="595959", space_after=8)
    head = doc.add_table(rows=2, cols=2)
    borders(head)
    for i, (lab, val) in enumerate([("Rådsmedlem", "KS – Kommunesektorens organisasjon"),
                                    ("Kontaktperson", "Ingrid Halvorsen, seniorrådgiver")]):
        first_para(head.rows[i].cells[0], lab, bold=True)
        shade(head.rows[i].cells[0], "E7E6E6")
        p = first_para(head.rows[i].cells[1], val)
        wrap_in_sdt(p, lab, f"hode_{i}")
    col_widths(head, [5.0, 12.0])
    for n, r in enumerate(data.KS, start=1):
        h = para(doc, f"Tiltak {n}", bold=True, size=11.5)
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=len(KS_LABELS), cols=2)
        borders(t)
        for i, (lab, key) in enumerate(KS_LABELS):
            tr = t.rows[i]
            cant_split(tr)
            first_para(tr.cells[0], lab, bold=True)
            shade(tr.cells[0], "E7E6E6")
            p = first_para(tr.cells[1], r[key] or "")
            wrap_in_sdt(p, lab, f"t{n}_{key}")
        col_widths(t, [5.0, 12.0])
    para(doc, "")
    para(doc, "Skjemaet er godkjent av direktør for arbeidsgiverpolitikk.", italic=True, size=9)
    doc.save(path)


# ---------------------------------------------------------------- YS (to be converted to RTF)
def ys(path: Path) -> None:
    doc = new_document("YS", "YS rapportering 2026", _d(2027, 1, 28, 9, 40), font="Times New Roman",
                       size=12)
    page_margins(doc, 2.5)
    para(doc, "Yrkesorganisasjonenes Sentralforbund", bold=True, size=13)
    para(doc, "Brugata 19, 0186 Oslo", size=9, space_after=14)
    para(doc, "Sekretariatet for Kompetansepolitisk råd", space_after=0)
    para(doc, "v/ Direktoratet for høyere utdanning og kompetanse", space_after=12)
    para(doc, "Oslo, 28. januar 2027", align="right", space_after=12)
    para(doc, "YS' rapportering for 2026", bold=True, size=14, space_after=8)
    para(doc, "Vi viser til brev fra sekretariatet om rapportering av tiltak i oppfølgingen av "
              "strategien. YS har i 2026 arbeidet med følgende tiltak, ordnet etter de delmålene de "
              "hører til:", space_after=8)
    rows = {r["sid"]: r for r in data.YS}
    for heading, ids in data.YS_GROUPS:
        p = para(doc, heading, bold=True, italic=True, space_after=2)
        p.paragraph_format.space_before = Pt(8)
        for sid in ids:
            r = rows[sid]
            b = doc.add_paragraph(style="List Bullet")
            if r["desc"]:
                run(b, r["tiltak"], bold=True)
                run(b, ": " + r["desc"])
            else:
                run(b, r["tiltak"])
    para(doc, "")
    para(doc, "YS vil også i 2027 prioritere arbeidet med kompetanse for medlemmer uten høyere "
              "utdanning, og bidrar gjerne i rådets videre arbeid.", space_after=12)
    para(doc, "Med vennlig hilsen", space_after=0)
    para(doc, "Yrkesorganisasjonenes Sentralforbund", space_after=18)
    para(doc, "Hans-Petter Lie", space_after=0)
    para(doc, "Fagsjef", space_after=0)
    doc.save(path)


# ---------------------------------------------------------------- Virke (to be converted to ODT)
def virke(path: Path) -> None:
    doc = new_document("Virke", "Virke KPR 2026", _d(2027, 1, 31, 15), size=10)
    page_margins(doc, 2.0, landscape=True)
    para(doc, "Virke – Hovedorganisasjonen Virke", bold=True, size=10, color="2E7D32")
    para(doc, "Virkes rapportering til Kompetansepolitisk råd for 2026", bold=True, size=16,
         space_after=6)
    para(doc, "Under følger Virkes tiltak i 2026. Tabellen ble satt sammen av innspill fra "
              "avdelingene for kompetanse og for næringspolitikk.", space_after=8)
    hdr = ["Hva", "Dm.", "Beskrivelse", "Ansvarlig / partnere"]

    def header_row(tr):
        for c, h in zip(tr.cells, hdr):
            first_para(c, h, bold=True)
            shade(c, "C8E6C9")

    t = doc.add_table(rows=1, cols=4)
    borders(t)
    header_row(t.rows[0])
    repeat_header(t.rows[0])
    for i, r in enumerate(data.VIRKE):
        if i == 3:  # the second department's part, pasted in with its own header row
            header_row(t.add_row())
        tr = t.add_row()
        cant_split(tr)
        c = tr.cells
        first_para(c[0], r["tiltak"])
        first_para(c[1], r["dm_txt"])
        first_para(c[2], r["desc"])
        first_para(c[3], f"Ansvar: {r['ansv']}")
        if r["partners"]:
            c[3].add_paragraph(f"Partnere: {r['partners']}")
    col_widths(t, [6.0, 1.8, 12.5, 5.5])
    para(doc, "")
    para(doc, "Kontakt: Marte Solberg, fagsjef kompetanse, Virke.", italic=True, size=9)
    doc.save(path)


# ---------------------------------------------------------------- Akademikerne (two versions)
def _akad_common(doc, dateline: str) -> None:
    page_margins(doc, 2.3)
    para(doc, "AKADEMIKERNE", bold=True, size=12, color="1F4E79")
    para(doc, "Akademikernes rapportering til Kompetansepolitisk råd – 2026", bold=True, size=15,
         space_after=4)
    para(doc, dateline, italic=True, size=9.5, space_after=10)
    para(doc, "Akademikerne organiserer 13 forbund med om lag 260 000 medlemmer. Våre tiltak i "
              "2026 har handlet om kunnskapsgrunnlaget, samarbeid mellom utdanning og arbeidsliv og "
              "omstilling i kunnskapsarbeid. Følgende tiltak rapporteres:", space_after=8)


def akademikerne_revidert(path: Path) -> None:
    doc = new_document("Akademikerne", "Rapportering KPR 2026 (revidert)", _d(2027, 1, 15, 10),
                       _d(2027, 2, 3, 16, 5))
    _akad_common(doc, "Oslo, 3. februar 2027 – revidert versjon, erstatter versjonen av 15. januar")
    tr_sid, before, old, new = data.AKADEMIKERNE_TRACKED
    for r in data.AKADEMIKERNE:
        p = doc.add_paragraph()
        direct_bullet(p)
        p.paragraph_format.space_after = Pt(6)
        run(p, r["tiltak"], bold=True)
        meta = f" (Delmål {r['dm']}, {r['type_txt']})"
        if r["sid"] == tr_sid:
            head, tail = r["desc"].split(before + new)
            run(p, " – " + head + before)
            tracked_replace(p, old, new, "Akademikerne sekretariat", "2027-02-03T15:40:00Z")
            run(p, tail + meta)
        else:
            run(p, " – " + r["desc"] + meta)
    para(doc, "")
    para(doc, "Kontaktperson: Jonas Berg, politisk rådgiver, Akademikerne.", size=9.5)
    doc.save(path)


def akademikerne_utkast(path: Path) -> None:
    doc = new_document("Akademikerne", "Rapportering KPR 2026", _d(2027, 1, 15, 10),
                       _d(2027, 1, 15, 11, 30))
    _akad_common(doc, "Oslo, 15. januar 2027")
    for title, desc, meta in data.AKADEMIKERNE_UTKAST:
        p = doc.add_paragraph()
        direct_bullet(p)
        p.paragraph_format.space_after = Pt(6)
        run(p, title, bold=True)
        run(p, f" – {desc} ({meta})")
    para(doc, "")
    para(doc, "Kontaktperson: Jonas Berg, politisk rådgiver, Akademikerne.", size=9.5)
    doc.save(path)


# ---------------------------------------------------------------- VOFO (to be converted to .doc)
def vofo(path: Path) -> None:
    doc = new_document("VOFO", "VOFO rapport 2026", _d(2027, 1, 25, 12), font="Cambria", size=11)
    page_margins(doc, 2.5)
    para(doc, "VOFO – Voksenopplæringsforbundet", bold=True, size=12, color="7030A0")
    doc.add_heading("Rapport til Kompetansepolitisk råd for 2026", level=1)
    para(doc, "Studieforbundene nådde i 2026 over 450 000 deltakere. VOFO har arbeidet for at "
              "opplæring i frivillig sektor skal bli en naturlig del av kompetansepolitikken, "
              "regionalt og nasjonalt. Her er tiltakene vi rapporterer, under de delmålene de hører "
              "til.", space_after=8)
    for r in data.VOFO:
        doc.add_heading(data.VOFO_HEADINGS[r["dm"]], level=2)
        para(doc, r["tiltak"], bold=True, space_after=2)
        para(doc, r["desc"], space_after=2)
        bits = []
        if r["type_txt"]:
            bits.append(f"Type: {r['type_txt']}.")
        bits.append(f"Ansvarlig: {r['ansv']}.")
        if r["partners"]:
            bits.append(f"Samarbeid: {r['partners']}.")
        para(doc, " ".join(bits), italic=True, size=10, space_after=8)
    doc.add_heading("Om studieforbundene i 2026", level=2)
    para(doc, "Tallene for 2026 viser en økning i kurs innen grunnleggende ferdigheter og norsk, "
              "mens kurs i kulturfag ligger stabilt. VOFO vil i 2027 legge fram en egen analyse av "
              "hvem som deltar, og hvem studieforbundene ikke når.")
    para(doc, "")
    para(doc, "Oslo, 25. januar 2027", space_after=0)
    para(doc, "Astrid Moen, generalsekretær")
    doc.save(path)


# ---------------------------------------------------------------- Vestland (nynorsk; exported to PDF)
def vestland(path: Path) -> None:
    doc = new_document("Vestland fylkeskommune", "Rapportering til Kompetansepolitisk råd 2026",
                       _d(2027, 1, 26, 8, 30), size=9.5)
    page_margins(doc, 1.6, landscape=True)
    para(doc, "Vestland fylkeskommune", bold=True, size=11, color="1F6F8B")
    para(doc, "Rapportering til Kompetansepolitisk råd for 2026", bold=True, size=16, space_after=4)
    para(doc, "Fylkeskommunen rapporterer her tiltak som følgjer opp den nasjonale strategien og den "
              "regionale kompetansestrategien for Vestland. Tabellen viser kva delmål tiltaka høyrer "
              "til, og kven vi samarbeider med.", space_after=8)
    t = doc.add_table(rows=2, cols=6)
    borders(t)
    top, sub = t.rows[0].cells, t.rows[1].cells
    single = {0: "Delmål", 3: "Kategori", 4: "Ansvarleg", 5: "Samarbeidspartnarar"}
    for i, lab in single.items():
        m = top[i].merge(sub[i])
        first_para(m, lab, bold=True)
    g = top[1].merge(top[2])
    first_para(g, "Tiltak", bold=True)
    first_para(sub[1], "Namn", bold=True)
    first_para(sub[2], "Skildring", bold=True)
    for r_ in (t.rows[0], t.rows[1]):
        repeat_header(r_)
        for c in r_.cells:
            shade(c, "D9EEF3")
    for r in data.VESTLAND:
        tr = t.add_row()
        cant_split(tr)
        c = tr.cells
        first_para(c[0], r["dm_txt"])
        first_para(c[1], r["tiltak"])
        first_para(c[2], r["desc"])
        first_para(c[3], r["type_txt"] or "")
        first_para(c[4], r["ansv"])
        first_para(c[5], r["partners"])
    col_widths(t, [2.0, 5.2, 8.6, 2.8, 3.0, 4.8])
    para(doc, "")
    para(doc, "Bergen, 26. januar 2027. Seksjon for kompetanse og næring.", italic=True, size=9)
    doc.save(path)


# ---------------------------------------------------------------- Innlandet (memo)
def innlandet(path: Path) -> None:
    doc = new_document("Innlandet fylkeskommune", "Notat rapportering 2026", _d(2027, 1, 20, 13),
                       size=11)
    page_margins(doc, 2.3)
    para(doc, "NOTAT", bold=True, size=18, space_after=6)
    t = doc.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate([("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                                ("Fra:", "Innlandet fylkeskommune, seksjon for kompetanse og karriere"),
                                ("Dato:", "20.01.2027"),
                                ("Saksnr.:", "2026/14381-7")]):
        first_para(t.rows[i].cells[0], k, bold=True)
        first_para(t.rows[i].cells[1], v)
    col_widths(t, [2.5, 13.0])
    para(doc, "")
    para(doc, "Rapportering av tiltak for 2026", bold=True, size=13, space_after=6)
    para(doc, "Innlandet fylkeskommune rapporterer fem tiltak for 2026. For hvert tiltak har vi "
              "angitt hvilket mål i strategien det støtter, hvilken kategori det hører til og hvem "
              "vi samarbeider med.", space_after=8)
    for n, r in enumerate(data.INNLANDET, start=1):
        p = para(doc, "", space_after=2)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        run(p, f"{n})  ")
        run(p, r["tiltak"], bold=True)
        para(doc, r["desc"], space_after=2)
        para(doc, f"Mål i strategien: {r['dm_txt']}. Kategori: {r['type_txt']}. "
                  f"Samarbeid: {r['partners']}.", italic=True, size=10, space_after=6)
    para(doc, "")
    para(doc, "Med hilsen", space_after=0)
    para(doc, "Tone Bakken", space_after=0)
    para(doc, "seksjonsleder", space_after=0)
    doc.save(path)


# ---------------------------------------------------------------- not a member report
def innkalling(path: Path) -> None:
    doc = new_document("HK-dir", "Innkalling KPR mars 2027", _d(2027, 2, 17, 10))
    page_margins(doc, 2.3)
    para(doc, "Innkalling til møte i Kompetansepolitisk råd", bold=True, size=16, space_after=6)
    for k, v in [("Tid:", "Onsdag 10. mars 2027 kl. 10.00–14.00"),
                 ("Sted:", "Kunnskapsdepartementet, Kirkegata 18, Oslo, og på Teams"),
                 ("Møteleder:", "Statssekretær i Kunnskapsdepartementet")]:
        p = para(doc, "", space_after=0)
        run(p, k + " ", bold=True)
        run(p, v)
    para(doc, "")
    doc.add_heading("Saksliste", level=2)
    doc.add_heading("Sak 1/27 Godkjenning av innkalling og saksliste", level=3)
    para(doc, "Innkalling og saksliste ble sendt ut 17. februar.")
    doc.add_heading("Sak 2/27 Kompetansebehovsutvalgets rapport 2026 – orientering", level=3)
    para(doc, "Utvalgets leder orienterer om hovedfunnene i rapporten og om planene for neste "
              "rapport. Rådet inviteres til å drøfte hvordan funnene kan følges opp.")
    doc.add_heading("Sak 3/27 Medlemmenes rapportering for 2026", level=3)
    doc.add_heading("3.1 Bakgrunn", level=4)
    para(doc, "Medlemmene har rapportert tiltak for 2026 innen fristen 1. februar. Sekretariatet "
              "legger fram en foreløpig oppsummering i møtet; den endelige oppsummeringen sendes "
              "rådet i april.")
    doc.add_heading("3.2 Forslag til vedtak", level=4)
    para(doc, "Rådet tar den foreløpige oppsummeringen til orientering og ber sekretariatet "
              "ferdigstille den i tråd med innspillene i møtet.")
    doc.add_heading("Sak 4/27 Arbeidsplan for rådet 2027–2028", level=3)
    para(doc, "Sekretariatet legger fram et utkast til arbeidsplan med tre prioriterte temaer.")
    doc.add_heading("Sak 5/27 Eventuelt", level=3)
    para(doc, "")
    para(doc, "Med vennlig hilsen", space_after=0)
    para(doc, "Sekretariatet for Kompetansepolitisk råd", space_after=0)
    para(doc, "Direktoratet for høyere utdanning og kompetanse")
    doc.save(path)
