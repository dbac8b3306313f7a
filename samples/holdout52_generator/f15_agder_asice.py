"""Agder fylkeskommune: the report sent through the public-sector message service as a signed
ASiC-E container (zip: mimetype, the PDF, META-INF/manifest.xml and an XAdES signature).

The signature is made with a fixed Ed25519 test key and a test certificate (so the build is
deterministic); it is structurally an XAdES-B signature, not a trusted one.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
from urllib.parse import quote

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import esc, register_reportlab_fonts, truth, zip_bytes

FILENAME = "Agder_fylkeskommune_rapportering_KPR_2072.asice"
MEMBER = "Agder fylkeskommune"
FORMAT = ("ASiC-E container (.asice, zip with stored mimetype 'application/vnd.etsi.asic-e+zip', META-INF/manifest.xml, "
          "META-INF/signatures0.xml XAdES with a test certificate) holding a reportlab PDF (invariant)")
SHAPE = ("signed PDF inside the container: landscape table from the county's action programme with its own "
         "numbering 'HP 3.1.2' (not delmål), 'Bidrag til KPS' as words with the code in brackets, 'Virkemiddel' in "
         "own words, Ansvar / Partnere / Omtale; a note on measures finished in 2071 or planned for 2073 and the "
         "'elektronisk godkjent' block (not truth rows)")
NOT_TRUTH = "the note on Karrieredag Agder (2071) and Kompetanseløft for helse (2073), the regional-plan paragraph, the approval block, the container's signature files"

PDF_NAME = "Rapportering KPR 2072 - Agder fylkeskommune.pdf"

HEAD = ["HP-nr.", "Tiltak", "Bidrag til KPS", "Virkemiddel", "Ansvar", "Partnere", "Omtale 2072"]
# (seed, hp, name, bidrag, virkemiddel, ansvar, partnere, omtale, delmal, type)
ROWS = [
    ("M03", "HP 2.1.3", "Arbeidslivsrådet ved Universitetet i Agder (RSA)",
     "Samarbeid utdanning–arbeidsliv (1.4)", "Rådsarbeid", "Agder fylkeskommune",
     "Universitetet i Agder, NHO Agder, LO Agder",
     "Fylkesdirektøren for utdanning sitter i rådet. I 2072 var praksis i lærerutdanningen og EVU for "
     "industrien hovedsaker.", "1.4", "Råd/utvalg/nettverk"),
    ("J07", "HP 3.1.2", "EVU Sør (pilot med korte moduler for prosessindustrien)",
     "Kompetansebehov i virksomheter (2.4)", "Utviklingsprosjekt", "Agder fylkeskommune",
     "Universitetet i Agder, UHR, Eyde-klyngen, Fagskolen i Agder",
     "Fylkeskommunen finansierer en pilot med korte moduler for ansatte i prosessindustrien; 180 deltakere i "
     "2072.", "2.4", "Prosjekt"),
    (None, "HP 1.4.1", "Dialogmøte om KBU-rapporten 2072 for regionale kompetanseaktører",
     "Regionalt ansvar (1.2)", "Møte", "Agder fylkeskommune", "NAV Agder, KS Agder",
     "Møte i Kristiansand i september der funnene i KBU-rapporten ble drøftet med kommuner, NAV og "
     "næringsliv.", "1.2", "Arrangement"),
    (None, "HP 4.2.1", "Fleksibel videregående opplæring for voksne", "Fleksibel opplæring for voksne (3.1)",
     "Opplæringstilbud", "Agder fylkeskommune, voksenopplæringen", "Kommunene, NAV Agder",
     "Kveld- og nettbasert opplæring i helsearbeiderfag og industriteknologi; 260 voksne deltakere.", "3.1",
     "Kurs/utdanning"),
    (None, "HP 3.2.4", "Kompetansepartnerskap for batteriindustrien", "Kompetansebehov i virksomheter (2.4)",
     "Partnerskap", "Agder fylkeskommune", "Morrow, Universitetet i Agder, Fagskolen i Agder, NAV Agder",
     "Partnerskap som kartlegger kompetansebehov og bestiller utdanningstilbud for batterifabrikkene; seks "
     "møter i 2072.", "2.4", "Råd/utvalg/nettverk"),
]

CA_SEED = hashlib.sha256(b"holdout52 test CA").digest()
KEY_SEED = hashlib.sha256(b"holdout52 Agder test signer").digest()


def _pdf() -> bytes:
    register_reportlab_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, invariant=1,
                            title="Rapportering KPR 2072 - Agder fylkeskommune", author="Agder fylkeskommune",
                            creator="Public 360", producer="Agder fylkeskommune dokumentproduksjon")
    h = ParagraphStyle("h", fontName="DV-B", fontSize=16, leading=20, spaceAfter=6, textColor=colors.HexColor("#003D4C"))
    n = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=13, alignment=TA_LEFT, spaceAfter=5)
    c = ParagraphStyle("c", fontName="DVC", fontSize=8, leading=10)
    cb = ParagraphStyle("cb", parent=c, fontName="DVC-B")
    story = [Paragraph("Agder fylkeskommune", ParagraphStyle("lh", fontName="DV-B", fontSize=11,
                                                              textColor=colors.HexColor("#00877A"))),
             Paragraph("Rapportering til Kompetansepolitisk råd 2072", h),
             Paragraph("Arkivsak-dok. 22/08817-14 · Saksbehandler: Lene Bratland · Dato: 31.01.2073", n),
             Paragraph("Agder fylkeskommune følger opp Nasjonal kompetansepolitisk strategi gjennom "
                       "handlingsprogrammet for utdanning og kompetanse (HP). Tabellen viser tiltakene i 2072 med "
                       "nummeret de har i handlingsprogrammet, og hvilket delmål i strategien (KPS) de bidrar til.",
                       n), Spacer(1, 4)]
    data = [[Paragraph(x, cb) for x in HEAD]]
    for r in ROWS:
        data.append([Paragraph(esc(v), cb if i == 1 else c) for i, v in enumerate(r[1:8])])
    t = Table(data, colWidths=[17 * mm, 50 * mm, 38 * mm, 31 * mm, 32 * mm, 45 * mm, 52 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D5EDEA")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F9C9A")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 8),
              Paragraph("Tiltak som ble avsluttet i 2071 (Karrieredag Agder) og tiltak som er planlagt for 2073 "
                        "(Kompetanseløft for helse i Østre Agder) er ikke tatt med i tabellen.", n),
              Paragraph("Fylkestinget vedtok i desember 2072 ny regional plan for utdanning og kompetanse. Planen "
                        "gjelder fra 2073 og vil endre nummereringen i handlingsprogrammet.", n),
              Spacer(1, 10),
              Paragraph("Med hilsen<br/>Tor Arne Syvertsen<br/>fylkesdirektør utdanning", n),
              Spacer(1, 6),
              Paragraph("<i>Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.</i>", n)]

    def footer(canvas, _doc):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.drawString(16 * mm, 9 * mm, "Agder fylkeskommune · Postboks 788 Stoa, 4809 Arendal · agderfk.no")
        canvas.drawRightString(landscape(A4)[0] - 16 * mm, 9 * mm, f"Side {canvas.getPageNumber()}")
        canvas.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _cert():
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID
    ca = Ed25519PrivateKey.from_private_bytes(CA_SEED)
    key = Ed25519PrivateKey.from_private_bytes(KEY_SEED)
    issuer = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testdata"),
                        x509.NameAttribute(NameOID.COMMON_NAME, "Eksempel virksomhetssertifikat CA 2072 (test)")])
    subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "NO"),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "AGDER FYLKESKOMMUNE"),
                         x509.NameAttribute(NameOID.COMMON_NAME, "AGDER FYLKESKOMMUNE (test)")])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(0x5A2072C0FFEE)
            .not_valid_before(dt.datetime(2072, 6, 1, tzinfo=dt.timezone.utc))
            .not_valid_after(dt.datetime(2075, 6, 1, tzinfo=dt.timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(ca, None))
    der = cert.public_bytes(serialization.Encoding.DER)
    return key, der


def _signature(pdf: bytes) -> str:
    key, der = _cert()
    b64 = base64.b64encode
    ns = ('xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:xades="http://uri.etsi.org/01903/v1.3.2#"')
    sp = ('<xades:SignedProperties ' + ns + ' Id="S0-SignedProperties"><xades:SignedSignatureProperties>'
          '<xades:SigningTime>2073-01-31T10:12:44Z</xades:SigningTime><xades:SigningCertificateV2>'
          '<xades:Cert><xades:CertDigest><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256">'
          f'</ds:DigestMethod><ds:DigestValue>{b64(hashlib.sha256(der).digest()).decode()}</ds:DigestValue>'
          '</xades:CertDigest></xades:Cert></xades:SigningCertificateV2></xades:SignedSignatureProperties>'
          '<xades:SignedDataObjectProperties><xades:DataObjectFormat ObjectReference="#S0-RefId0">'
          '<xades:MimeType>application/pdf</xades:MimeType></xades:DataObjectFormat>'
          '</xades:SignedDataObjectProperties></xades:SignedProperties>')
    si = ('<ds:SignedInfo ' + ns + '><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2006/12/xml-c14n11">'
          '</ds:CanonicalizationMethod><ds:SignatureMethod '
          'Algorithm="http://www.w3.org/2021/04/xmldsig-more#eddsa-ed25519"></ds:SignatureMethod>'
          f'<ds:Reference Id="S0-RefId0" URI="{quote(PDF_NAME)}"><ds:DigestMethod '
          'Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></ds:DigestMethod>'
          f'<ds:DigestValue>{b64(hashlib.sha256(pdf).digest()).decode()}</ds:DigestValue></ds:Reference>'
          '<ds:Reference Id="S0-RefId1" Type="http://uri.etsi.org/01903#SignedProperties" URI="#S0-SignedProperties">'
          '<ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2006/12/xml-c14n11"></ds:Transform>'
          '</ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></ds:DigestMethod>'
          f'<ds:DigestValue>{b64(hashlib.sha256(sp.encode()).digest()).decode()}</ds:DigestValue></ds:Reference>'
          '</ds:SignedInfo>')
    sig = b64(key.sign(si.encode())).decode()
    # inside the document the namespaces are declared once on the root
    si_doc = si.replace(" " + ns, "")
    sp_doc = sp.replace(" " + ns, "")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
            '<asic:XAdESSignatures xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" ' + ns + '>'
            '<ds:Signature Id="S0">' + si_doc + f'<ds:SignatureValue Id="S0-SIG">{sig}</ds:SignatureValue>'
            f'<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{b64(der).decode()}</ds:X509Certificate></ds:X509Data>'
            '</ds:KeyInfo><ds:Object><xades:QualifyingProperties Target="#S0">' + sp_doc +
            '</xades:QualifyingProperties></ds:Object></ds:Signature></asic:XAdESSignatures>')


def build(out):
    pdf = _pdf()
    manifest = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.etsi.asic-e+zip"/>'
                f'<manifest:file-entry manifest:full-path="{esc(PDF_NAME)}" manifest:media-type="application/pdf"/>'
                '</manifest:manifest>')
    data = zip_bytes([("mimetype", "application/vnd.etsi.asic-e+zip"), (PDF_NAME, pdf),
                      ("META-INF/manifest.xml", manifest), ("META-INF/signatures0.xml", _signature(pdf))])
    (out / FILENAME).write_bytes(data)
    return [truth(FILENAME, MEMBER, r[2], r[0], r[8], r[9], r[5], r[6], r[7]) for r in ROWS]


def pdf_name():
    return PDF_NAME
