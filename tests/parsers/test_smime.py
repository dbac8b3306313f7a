"""An opaque-signed S/MIME e-mail is read as the message inside its signature: its HTML or plain text, its
attachments, the outer message's subject and sender; an encrypted one is refused in Norwegian, and a clear-signed one
is read as before."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage

import pytest

from parsers.bundle import mail_attachments
from parsers.detect import detect
from parsers.mail import parse_eml
from parsers.registry import ParseOptions
from parsers.smime import p7m_content, signed_content
from tests.container_files import docx_report, encrypted_message, envelope, signed_message
from tiltak_core.errors import DamagedFile, EncryptedFile

OUTER = {"From": "Kari Nordmann <kari@vofo.example.no>", "To": "sekretariatet@example.no",
         "Subject": "VOFO – rapport til Kompetansepolitisk råd 2087", "Date": "Mon, 13 Jan 2087 09:12:00 +0100",
         "Message-ID": "<abc123@vofo.example.no>"}
REPORT = docx_report("VOFO – tiltak 2087", [("Studieforbund i distriktene", "2.4", "Kurs", "VOFO", "")])


def _entity() -> bytes:
    """What Outlook signs: the message's text (plain and HTML, a table of tiltak) and the report attached."""
    inner = EmailMessage()
    inner.set_content("Hei!\n\nTiltakene står i tabellen. Rapporten ligger ved.\n")
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in (
        ("Tiltak", "Delmål", "Type"), ("Nettkurs i grunnleggende ferdigheter", "1.2", "Kurs"),
        ("Læringsfestival i Tromsø", "2.3", "Arrangement")))
    inner.add_alternative(f"<html><body><p>Hei!</p><p>Tiltakene står i tabellen:</p><table>{rows}</table>"
                          "<p>Fra: sekretariatet@example.no<br>Sendt: 2. januar 2087</p><p>Send oss tiltakene</p>"
                          "</body></html>", subtype="html")
    inner.add_attachment(REPORT, maintype="application", subtype="vnd.openxmlformats-officedocument"
                         ".wordprocessingml.document", filename="VOFO tiltak 2087.docx")
    return inner.as_bytes(policy=policy.SMTP)


def _eml(tmp_path, body: bytes, name: str = "VOFO 2087.eml"):
    path = tmp_path / name
    path.write_bytes(envelope(OUTER, body))
    assert detect(path) == "eml"
    return path


@pytest.mark.parametrize("kind", ["application/pkcs7-mime", "application/x-pkcs7-mime"])
def test_the_signed_message_is_read_as_the_e_mail_with_the_outer_headers(tmp_path, kind):
    path = _eml(tmp_path, signed_message(_entity(), kind=kind))
    content = parse_eml(path, path.name, ParseOptions())
    assert content.title == OUTER["Subject"]
    assert [t.rows for t in content.tables] == [(
        ("Tiltak", "Delmål", "Type"), ("Nettkurs i grunnleggende ferdigheter", "1.2", "Kurs"),
        ("Læringsfestival i Tromsø", "2.3", "Arrangement"))]
    assert "Send oss tiltakene" not in " ".join(p.text for p in content.paragraphs)  # the quoted request left out
    unpacked = mail_attachments(path, path.name, ParseOptions())
    assert [(f.name, f.data) for f in unpacked.files] == [("VOFO tiltak 2087.docx", REPORT)]
    assert unpacked.letter.startswith(OUTER["Subject"] + "\n" + OUTER["From"])


def test_an_encrypted_e_mail_is_refused_saying_to_send_it_unencrypted(tmp_path):
    path = _eml(tmp_path, encrypted_message(_entity()))
    with pytest.raises(EncryptedFile, match="e-posten er kryptert") as refused:
        parse_eml(path, path.name, ParseOptions())
    assert "uten kryptering" in refused.value.fix
    with pytest.raises(EncryptedFile, match="e-posten er kryptert"):
        mail_attachments(path, path.name, ParseOptions())


def test_a_damaged_signed_part_is_refused_in_norwegian(tmp_path):
    body = signed_message(_entity())
    head, data = body.split(b"\r\n\r\n", 1)
    path = _eml(tmp_path, head + b"\r\n\r\n" + data[: len(data) // 3])
    with pytest.raises(DamagedFile, match="den signerte delen er skadet"):
        parse_eml(path, path.name, ParseOptions())


def test_a_clear_signed_message_is_still_read_with_its_attachment(tmp_path):
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    from tests.container_files import _signer

    cert, key = _signer()
    body = pkcs7.PKCS7SignatureBuilder().set_data(_entity()).add_signer(cert, key, hashes.SHA256()).sign(
        serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    path = _eml(tmp_path, body)
    content = parse_eml(path, path.name, ParseOptions())
    assert content.tables[0].rows[1] == ("Nettkurs i grunnleggende ferdigheter", "1.2", "Kurs")
    assert [f.name for f in mail_attachments(path, path.name, ParseOptions()).files] == ["VOFO tiltak 2087.docx"]


def _ber(content: bytes) -> bytes:
    """Signed data as a streaming signer writes it: every length indefinite, the content in chunks."""
    oid = bytes.fromhex("06092a864886f70d010702")
    data_oid = bytes.fromhex("06092a864886f70d010701")
    chunks = b"".join(b"\x04" + bytes([len(content[i:i + 100])]) + content[i:i + 100] for i in range(0, len(content), 100))
    encapsulated = b"\x30\x80" + data_oid + b"\xa0\x80\x24\x80" + chunks + b"\x00\x00" * 3
    signed_data = b"\x30\x80\x02\x01\x01\x31\x00" + encapsulated + b"\x31\x00\x00\x00"
    return b"\x30\x80" + oid + b"\xa0\x80" + signed_data + b"\x00\x00\x00\x00"


def test_content_in_chunks_of_indefinite_length_is_taken_out_whole():
    text = ("Content-Type: text/plain; charset=utf-8\r\n\r\n" + "Tiltak i Tromsø og Bodø. " * 30).encode()
    assert signed_content(_ber(text)) == text
    assert signed_content(signed_message(text, der=True)) == text


def test_a_signed_p7m_file_holds_the_file_signed(tmp_path):
    path = tmp_path / "VOFO tiltak 2087.docx.p7m"
    path.write_bytes(signed_message(REPORT, der=True))
    assert detect(path) == "p7m"
    assert p7m_content(path, path.name) == ("VOFO tiltak 2087.docx", REPORT)
    message = tmp_path / "smime.p7m"
    message.write_bytes(signed_message(_entity(), der=True))
    name, data = p7m_content(message, message.name)
    taken = tmp_path / name
    taken.write_bytes(data)
    assert name == "smime.eml" and detect(taken) == "eml"
    assert parse_eml(taken, name, ParseOptions()).tables[0].rows[2][0] == "Læringsfestival i Tromsø"
