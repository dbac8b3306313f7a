"""Regjeringen: the ministry's report as a letter with one ruled table, exported to PDF by LibreOffice and then
signed electronically by the signing service: an incremental update adds a visible signature field with a CMS
signature (adbe.pkcs7.detached) over the byte range. The signature stamp on the last page and the «Dokumentet er
elektronisk signert» line are not measures. The table's kind column is the ministry's «Virkemiddel» (Utvalg,
Utviklingsprosjekt, Etter- og videreutdanning, Forskningsprogram, Kurs i regi av Nav); the ministry is given as
«Dep.» with abbreviations. A second stage of the joint portal that KD funds alone is a trap. Two items outside 2086
are told in the letter text only."""
from __future__ import annotations

from docx.shared import Pt

from .common import FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_table, lo_to_pdf, pdf_text_with_cells, \
    row, sign_pdf_incremental

FILENAME = "Regjeringens rapport til Kompetansepolitisk råd 2086 (signert).pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx), then electronically signed: an incremental update "
          "with a visible signature widget (/FT /Sig, appearance stream), /AcroForm /SigFlags 3 and a detached CMS "
          "signature (adbe.pkcs7.detached, self-made test certificate) over the /ByteRange; dates and /ID fixed")
SHAPE = ("ministry letter-report signed through a signing service: letterhead, reference line, intro, one ruled "
         "table Tiltak / Hva ble gjort i 2086 / Delmål / Virkemiddel / Dep. / Samarbeid; delmål as a plain code; "
         "the ministry's kind words (Utvalg, Utviklingsprosjekt, Etter- og videreutdanning, Forskningsprogram, Kurs "
         "i regi av Nav); a paragraph after the table on a pilot ended at the previous New Year and a bill that "
         "comes next year; an abbreviation line; the signature block and the signing service's stamp")
NOT_TRUTH = ("the letterhead, reference line, title and intro, the header, the Delmål and Virkemiddel cells, the "
             "paragraph on 'Pilot med studiestøtte for voksne i jobb' (ended at the previous New Year) and the bill on "
             "the right to further education (sent on consultation next year), the abbreviation line, the signature "
             "block, the stamp of the electronic signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

ROWS = [
    ("Kompetansebehovsutvalget (KBU)",
     "KD oppnevnte utvalget på nytt i mai, med en bredere sammensetning fra forskningsmiljøene. Utvalget la i "
     "november fram rapporten «Kompetanse for et arbeidsliv med flere eldre» på et åpent seminar i Oslo.",
     "1.1", "Utvalg", "KD", "AID, NFD", "M02", RAD),
    ("Realkompetanseportalen",
     "Den første versjonen av portalen ble åpnet i juni. Arbeidstakere kan dokumentere kompetanse fra jobb og "
     "frivillig arbeid og få den vurdert opp mot læreplanene for fag- og svenneprøver. 8 300 profiler ble "
     "opprettet i løpet av høsten.",
     "2.5", "Utviklingsprosjekt", "KD", "HK-dir, Unio, Spekter", "J03", PROSJEKT),
    ("Realkompetanseportalen – trinn 2 for universiteter og høyskoler",
     "I oktober startet KD et eget utviklingsløp for å bruke portalen ved opptak til høyere utdanning. Trinn 2 "
     "finansieres av KD alene og er ikke en del av partssamarbeidet om portalen.",
     "2.5", "Utviklingsprosjekt", "KD", "UHR", None, PROSJEKT),
    ("Kompletterende sykepleierutdanning i Nord-Norge",
     "Nytt deltidstilbud ved UiT Norges arktiske universitet for sykepleiere med utdanning fra land utenfor EU/EØS. "
     "45 studenter startet i august.",
     "2.6", "Etter- og videreutdanning", "KD", "UiT Norges arktiske universitet", None, KURS),
    ("Forskningsprogrammet LÆRA – læring i arbeidslivet",
     "Norges forskningsråd lyste ut 60 millioner kroner til forskning på læring i arbeidslivet. Fem prosjekter fikk "
     "støtte, blant annet om læring i små bedrifter og om eldre arbeidstakere.",
     "2.2", "Forskningsprogram", "KD", "Norges forskningsråd", None, FOU),
    ("Digitale grunnkurs for arbeidssøkere",
     "Arbeids- og velferdsetaten kjøpte kurs i grunnleggende digitale ferdigheter for arbeidssøkere i alle fylker. "
     "2 900 deltok, og to av tre var i arbeid eller utdanning seks måneder etter kurset.",
     "3.5", "Kurs i regi av Nav", "AID", "Arbeids- og velferdsdirektoratet", None, KURS),
]


def build(out) -> list[dict]:
    d = base_docx(font="Times New Roman", size=11, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Det Kongelige Kunnskapsdepartement", "b")])
    d.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet i HK-dir\nPostboks 1093\n5809 Bergen")
    d.add_paragraph("Deres ref.: 86/118        Vår ref.: 86/4512-7        Dato: 18. januar 2087")
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapportering til Kompetansepolitisk råd for 2086", "b")])
    p.runs[0].font.size = Pt(14)
    d.add_paragraph("Vi viser til brev fra sekretariatet med frist for rapportering om oppfølgingen av Nasjonal "
                    "kompetansepolitisk strategi. Kunnskapsdepartementet (KD) rapporterer her også på vegne av "
                    "Arbeids- og inkluderingsdepartementet (AID). Tabellen nedenfor viser tiltakene departementene "
                    "har gjennomført i 2086.")
    data = [[name, desc, dm, kind, dep, samarb] for name, desc, dm, kind, dep, samarb, _s, _t in ROWS]
    docx_table(d, ["Tiltak", "Hva ble gjort i 2086", "Delmål", "Virkemiddel", "Dep.", "Samarbeid"], data,
               [4.4, 4.6, 1.4, 2.8, 1.1, 2.7], fill="E7E6E6", size=8.5)
    d.add_paragraph()
    d.add_paragraph("Piloten med studiestøtte for voksne i jobb, som ble omtalt i fjorårets rapport, ble avsluttet "
                    "ved forrige årsskifte og er derfor ikke tatt med i tabellen. Regjeringen tar sikte på å sende et "
                    "lovforslag om rett til etter- og videreutdanning på høring neste år.")
    p = d.add_paragraph()
    add_runs(p, [("Forkortelser: ", "b"), ("KD – Kunnskapsdepartementet, AID – Arbeids- og inkluderingsdepartementet, "
                                           "NFD – Nærings- og fiskeridepartementet, HK-dir – Direktoratet for høyere "
                                           "utdanning og kompetanse.", "")])
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Hilde Marie Aasen (e.f.)\navdelingsdirektør\n\nEirik Solstad\nseniorrådgiver")
    p = d.add_paragraph()
    add_runs(p, [("Dokumentet er elektronisk signert og har derfor ikke håndskrevne signaturer.", "i")])
    for _ in range(6):
        d.add_paragraph()
    import datetime as _dt
    import io
    buf = io.BytesIO()
    d.core_properties.author = "Eirik Solstad"
    d.core_properties.created = _dt.datetime(2087, 1, 14, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2087, 1, 16, 10, 20, 0)
    d.save(buf)
    tmp = out / ("._tmp_" + FILENAME)
    lo_to_pdf(buf.getvalue(), ".docx", tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    signed = sign_pdf_incremental(
        data, -1, (62.0, 70.0, 330.0, 128.0),
        ["Elektronisk signert av Hilde Marie Aasen", "Kunnskapsdepartementet",
         "Tidspunkt: 18.01.2087 09:42:17 CET", "Signeringstjeneste: DFØ (TEST-sertifikat)"],
        "D:20870118094217+01'00'", "Hilde Marie Aasen", "Godkjent", "Oslo")
    (out / FILENAME).write_bytes(signed)
    return [row(FILENAME, MEMBER, name, seed, dm, ty, dep, samarb, desc)
            for name, desc, dm, _kind, dep, samarb, seed, ty in ROWS]


def text(path) -> str:
    return pdf_text_with_cells(path)
