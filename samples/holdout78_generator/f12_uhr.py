"""UHR: the report sent as a gzip-compressed tar archive, as a colleague on Linux packs a folder («tar czf»): the
folder «uhr-kpr-2098/» holds the report as an OpenDocument text (a Writer table) and a short LESMEG.txt. A joint
application website launched in the autumn of 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_bytes, new_docx, repack, row, ruled_table, runs, soffice

FILENAME = "uhr-kpr-2098.tar.gz"
MEMBER = "UHR"
FORMAT = ("gzip-compressed tar archive (.tar.gz) as GNU tar and gzip write it: tarfile in GNU format with a directory "
          "entry and two files, user and group «ingrid» (1000), modes 0755/0644, fixed mtimes; gzip without a file "
          "name, mtime 0 and OS byte 3 (Unix); inside, an ODT converted by LibreOffice from a DOCX (python-docx) with "
          "its meta dates and zip times fixed, and a UTF-8 text file")
SHAPE = ("folder archive: «uhr-kpr-2098/UHR rapport KPR 2098.odt» and «uhr-kpr-2098/LESMEG.txt» (says the report "
         "is the ODT and names the contact); the ODT is an ordinary Writer table: title, intro, header Tiltak / Enhet "
         "/ Hva ble gjort i 2098 / Delmål / Type / Samarbeid, delmål as a plain code, UHR's kind words "
         "(Enhetsarbeid, Åpen dag, Kartlegging, Nettverk, Kurs); the UHR-FSE seat «UHR-Helse og sosial – "
         "arbeidsutvalget»; UHR's own survey of how the RSA councils work (about RSA, not a seat); a joint application "
         "website launched in the autumn of 2099 told only in words after the table")
NOT_TRUTH = ("the archive's directory entry and LESMEG.txt, the ODT's title and intro, the header, the Delmål and "
             "Type cells, the paragraph after the table with 'Felles søknadsweb for videreutdanning' (autumn 2099), "
             "the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

FOLDER = "uhr-kpr-2098"
ODT_NAME = "UHR rapport KPR 2098.odt"
LESMEG = ("Rapporten fra UHR til Kompetansepolitisk råd for 2098 ligger i ODT-filen i denne mappen.\n"
          "Pakket på arbeidsstasjonen fordi e-postsystemet stoppet vedlegget som .odt.\n"
          "Spørsmål: Ingrid Vik, seniorrådgiver, UHR\n")

# name, enhet, gjort, delmål, type word, samarbeid, seed, type
ROWS = [
    ("UHR-Helse og sosial – arbeidsutvalget", "UHR-Helse og sosial",
     "Arbeidsutvalget for den fagstrategiske enheten møttes seks ganger og forberedte enhetens innspill om "
     "praksisveiledning og om nye videreutdanninger i psykisk helse.", "1.4", "Enhetsarbeid", "", "M04", RAD),
    ("Veiviserdagen 2098 ved universiteter og høyskoler", "UHR, avdeling for utdanning",
     "24 universiteter og høyskoler holdt åpent med gratis veiledningssamtaler om videreutdanning og "
     "studievalg. 3 100 samtaler ble registrert.", "1.3", "Åpen dag", "Kompetanseforbundet, VOFO", "J03", ARR),
    ("Kartlegging av hvordan RSA-rådene fungerer", "UHR, avdeling for utdanning",
     "UHR spurte alle institusjonene om hvordan rådene for samarbeid med arbeidslivet er satt sammen og hva de "
     "har oppnådd. Kartleggingen er UHRs egen; UHR har ikke plass i rådene.", "1.4", "Kartlegging", "NIFU", None,
     FOU),
    ("Nasjonalt nettverk for EVU-koordinatorer", "UHR, avdeling for utdanning",
     "Nettverket møttes tre ganger og utarbeidet felles maler for avtaler om skreddersydd videreutdanning med "
     "arbeidsgivere.", "2.4", "Nettverk", "HK-dir", None, RAD),
    ("Kurs i digital undervisning for EVU-lærere", "UHR, avdeling for utdanning",
     "Kurs på fem studiepoeng for lærere som underviser voksne studenter på nett. 140 fullførte.", "2.1", "Kurs",
     "NTNU", None, KURS),
]
AFTER = ("Felles søknadsweb for videreutdanning er utviklet i 2098 og lanseres høsten 2099; den er derfor ikke tatt "
         "med i tabellen.")


def odt() -> bytes:
    import re
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – rapport til Kompetansepolitisk råd 2098", "bs15")])
    d.add_paragraph("UHRs tiltak i 2098 som følger opp Nasjonal kompetansepolitisk strategi.")
    head = ["Tiltak", "Enhet", "Hva ble gjort i 2098", "Delmål", "Type", "Samarbeid"]
    body = [[n, e, g, dm, k, s] for n, e, g, dm, k, s, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 3.8, 9.4, 1.6, 2.6, 3.4], fill="D9E2F3", size=9)
    d.add_paragraph()
    d.add_paragraph(AFTER)
    p = d.add_paragraph()
    runs(p, [("Kontakt: Ingrid Vik, seniorrådgiver, UHR", "i")])
    data = soffice(docx_bytes(d, "Ingrid Vik"), ".docx", "odt", "odt")

    def fixed_rsid(b: bytes) -> bytes:
        return re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1204711", b)
    return repack(data, patch={"settings.xml": fixed_rsid})


def build(out) -> list[dict]:
    import gzip
    import io
    import tarfile
    import datetime as dt
    mtime = int(dt.datetime(2099, 1, 13, 12, 22, tzinfo=dt.timezone.utc).timestamp())
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        def info(name, size, kind=tarfile.REGTYPE, mode=0o644, when=mtime):
            ti = tarfile.TarInfo(name)
            ti.size, ti.type, ti.mode, ti.mtime = size, kind, mode, when
            ti.uid = ti.gid = 1000
            ti.uname = ti.gname = "ingrid"
            return ti
        tar.addfile(info(FOLDER + "/", 0, tarfile.DIRTYPE, 0o755, mtime + 40))
        doc = odt()
        tar.addfile(info(f"{FOLDER}/{ODT_NAME}", len(doc)), io.BytesIO(doc))
        txt = LESMEG.encode("utf-8")
        tar.addfile(info(f"{FOLDER}/LESMEG.txt", len(txt), when=mtime + 35), io.BytesIO(txt))
    zbuf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=zbuf, mtime=0, compresslevel=6) as gz:
        gz.write(buf.getvalue())
    data = bytearray(zbuf.getvalue())
    data[9] = 3                    # OS = Unix, as GNU gzip writes it
    (out / FILENAME).write_bytes(bytes(data))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, e, s, g) for n, e, g, dm, _k, s, seed, ty in ROWS]


def members(path) -> dict[str, bytes]:
    import tarfile
    with tarfile.open(str(path), "r:gz") as tar:
        return {m.name: (tar.extractfile(m).read() if m.isfile() else b"") for m in tar.getmembers()}


def text(path) -> str:
    import io
    import html
    import re
    import zipfile
    files = members(path)
    content = zipfile.ZipFile(io.BytesIO(files[f"{FOLDER}/{ODT_NAME}"])).read("content.xml").decode("utf-8")
    content = re.sub(r"<text:s/>", " ", content)
    content = re.sub(r"<text:s text:c=\"(\d+)\"/>", lambda m: " " * int(m.group(1)), content)
    content = re.sub(r"</text:p>|<text:line-break/>|<text:tab/>", "\n", content)
    plain = re.sub(r"<[^>]+>", "", content)
    return html.unescape(plain) + "\n" + files[f"{FOLDER}/LESMEG.txt"].decode("utf-8")
