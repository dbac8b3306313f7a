"""A mail folder (Thunderbird's mbox) read as one report: each message's own text in order, automatic replies left
out, attachments named in a warning."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document


def _message(sender: str, subject: str, text: str, **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, "kari.nyhus@lo.no", subject
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(text)
    return message


def test_a_mail_folders_replies_are_read_as_one_report(tmp_path, matchers):
    # LO's colleagues answered the request in a Thunderbird folder: read as plain text, its headers and dates became
    # rows («10. januar 2076 09:00»), sure ones, and the measures in the replies were lost.
    path = tmp_path / "KPR 2081 (Thunderbird-mappe).mbox"
    folder = mailbox.mbox(str(path))
    folder.add(_message("Kari Nyhus <kari.nyhus@lo.no>", "KPR-rapporten for 2081",
                        "Hei alle,\n\nsend meg tiltakene dere hadde i 2081.\n\nHilsen Kari\n"))
    folder.add(_message("Per Kvam <per.kvam@lo.no>", "SV: KPR-rapporten for 2081",
                        "Hei Kari,\n\nher er det fra utdanningsavdelingen:\n\n"
                        "- LOs plass i Kompetansebehovsutvalget – LO har ett medlem i utvalget og deltok på alle\n"
                        "  møtene. Delmål 1.1, rådsarbeid.\n"
                        "- Kurs for klubbtillitsvalgte – tre regionale kurs om kompetanseplaner. Delmål 2.4, kurs.\n"
                        "  Sammen med AOF Norge.\n\nPer\n\n> Hei alle,\n> send meg tiltakene dere hadde i 2081.\n"))
    folder.add(_message("Ola Berg <ola.berg@lo.no>", "Automatisk svar: KPR-rapporten for 2081",
                        "Jeg er på ferie. Delmål 3.1, kurs.\n", Auto_Submitted="auto-replied"))
    reply = _message("Siv Dahl <siv.dahl@lo.no>", "SV: KPR-rapporten for 2081", "Se vedlegget.\n")
    reply.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="tiltak.pdf")
    folder.add(reply)
    folder.flush()
    folder.close()
    assert detect(path) == "mbox"
    path.chmod(0o444)  # a folder that may not be written to is read all the same, and left as it was
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    result = extract_document(Document(path, path.name, "mbox", "x", path.stat().st_size), matchers, ParseOptions(),
                              10**8)
    assert result.member == "LO"
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("LOs plass i Kompetansebehovsutvalget", "1.1", "rådsarbeid",
         "LO har ett medlem i utvalget og deltok på alle møtene."),
        ("Kurs for klubbtillitsvalgte", "2.4", "kurs",
         "tre regionale kurs om kompetanseplaner. Sammen med AOF Norge.")]
    assert any("1 vedlegg, som ikke ble lest" in w for w in result.warnings)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
