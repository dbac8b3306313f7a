"""Shared helpers: the Row record, fixed dates, LibreOffice conversion and
post-processing that makes every output file byte-reproducible."""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field

FOU = "FoU"
KURS = "Kurs/utdanning"
RUN = "Råd/utvalg/nettverk"
PROS = "Prosjekt"
INFO = "Informasjon"
ARR = "Arrangement"

FIXED_DT = dt.datetime(2052, 2, 2, 9, 30, 0)
ZIP_DT = (2052, 2, 2, 9, 30, 0)
PDF_DATE = "D:20520202093000"

DM_NB = {
    "1.1": "Kompetansebehovsutvalg (KBU)",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfaglige utdanninger",
    "2.4": "Koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læring i frivillig sektor",
}

DM_NN = {
    "1.1": "Kompetansebehovsutval (KBU)",
    "1.2": "Det regionale folkevalde nivået sitt kompetansepolitiske ansvar",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanningstilbydarar og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremoglegheiter i yrkesfaglege utdanningar",
    "2.4": "Kople kompetansebehov i verksemder til utdanningstilbydarar",
    "2.5": "Dokumentere kompetanse tileigna i arbeidslivet",
    "2.6": "Godkjenning av utanlandsk utdanning",
    "3.1": "Fleksibel opplæring på premissane til vaksne",
    "3.2": "Kompetanseplussordningane",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
    "3.5": "Opplæringstilbodet i NAV for arbeidssøkjarar",
    "3.6": "Læring i frivillig sektor",
}

AREA_NB = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREA_NN = {
    "1": "Gode val for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}


@dataclass
class Row:
    """One tiltak as it appears in one file.

    seed  -- shared measure id (M01..M12) or "" (numbered later)
    tw    -- the type as the member writes it (free word, code, ...)
    """
    seed: str
    delmal: str
    type: str
    tiltak: str
    ansvarlig: str
    partnere: str
    beskrivelse: str
    tw: str = ""
    extra: dict = field(default_factory=dict)


def R(seed, delmal, typ, tiltak, ansv, partn, desc, tw="", **extra):
    return Row(seed, delmal, typ, tiltak, ansv, partn, desc, tw, extra)


# ---------------------------------------------------------------- docx
def docx_props(doc, title, author, company_like=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 3
    cp.comments = company_like
    cp.subject = ""
    cp.keywords = ""


def fix_zip(path):
    """Rewrite a zip container (docx/xlsx/odt) with fixed entry dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for k, (info, data) in enumerate(items):
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                          lambda m: m.group(1) + stamp, data)
            items[k] = (info, data)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, ZIP_DT)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 3
            zout.writestr(ni, data)
    os.replace(tmp, path)


def _stable_ids(data):
    """Renumber LibreOffice's random list ids and rsids in document order."""
    seen = {}

    def _list(m):
        key = m.group(2)
        if key not in seen:
            seen[key] = b"%d" % (1000 + len(seen))
        return m.group(1) + seen[key] + b'"'

    data = re.sub(rb'((?:xml:id|text:continue-list)="list)(\d+)"', _list,
                  data)
    rs = {}

    def _rsid(m):
        val = m.group(2)
        if val not in rs:
            rs[val] = b"%06x" % (0x100000 + len(rs))
        return m.group(1) + rs[val] + b'"'

    return re.sub(rb'(officeooo:(?:paragraph-)?rsid=")([0-9a-f]+)"', _rsid,
                  data)


def fix_odt_meta(path):
    """Pin the dates LibreOffice writes into meta.xml of an ODT."""
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for info, data in items:
        if info.filename == "meta.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)",
                         r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dc:date>)[^<]*(</dc:date>)",
                         r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<meta:print-date>)[^<]*(</meta:print-date>)",
                         r"\g<1>" + stamp + r"\g<2>", txt)
            data = txt.encode("utf-8")
        elif info.filename == "settings.xml":
            data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+',
                          rb"\g<1>2051", data)
        elif info.filename in ("content.xml", "styles.xml"):
            data = _stable_ids(data)
        out.append((info, data))
    with zipfile.ZipFile(path + ".tmp", "w") as zout:
        for info, data in out:
            ni = zipfile.ZipInfo(info.filename, ZIP_DT)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 3
            zout.writestr(ni, data)
    os.replace(path + ".tmp", path)


def fix_pdf(path):
    """Pin /CreationDate, /ModDate and /ID of a PDF (same byte length)."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"\(D:\d{14}", b"(" + PDF_DATE.encode(), data)
    data = re.sub(rb"<xmp:(\w+Date)>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  lambda m: b"<xmp:" + m.group(1) + b">2052-02-02T09:30:00", data)

    def _id(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>",
                      lambda h: b"<" + b"A" * len(h.group(1)) + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[[^\]]*\]", _id, data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(path, "wb") as fh:
        fh.write(data)


def fix_rtf(path):
    """Pin the creatim/revtim/printim groups of an RTF."""
    with open(path, "rb") as fh:
        data = fh.read()
    stamp = b"\\yr2052\\mo2\\dy2\\hr9\\min30"
    for key in (b"creatim", b"revtim", b"printim"):
        data = re.sub(rb"\{\\" + key + rb"[^}]*\}",
                      lambda m, k=key: b"{\\" + k + stamp + b"}", data)
    with open(path, "wb") as fh:
        fh.write(data)


def _font_order(path):
    with open(path, "rb") as fh:
        return tuple(re.findall(rb"/FontName/([A-Z]{6}\+[^/\s>]+)", fh.read()))


def soffice_convert(src, fmt, outdir):
    """Convert src with LibreOffice into outdir; return the new path."""
    profile = "file:///tmp/lo_h31"
    filt = {"pdf": "pdf:writer_pdf_Export", "doc": "doc:MS Word 97",
            "odt": "odt", "rtf": "rtf"}[fmt]
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    dst = os.path.join(outdir, base)
    # LibreOffice writes embedded fonts in a run-dependent order (the
    # text and layout do not change); for PDFs keep the order that comes
    # up three times first, so that rebuilds match byte for byte.
    votes, keep = {}, {}
    for attempt in range(9):
        tmp = os.path.join(os.path.dirname(src), f"lo_out_{attempt}")
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        subprocess.run(["soffice", f"-env:UserInstallation={profile}",
                        "--headless", "--convert-to", filt, "--outdir",
                        tmp, src], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL,
                       env=dict(os.environ, TZ="UTC"))
        if fmt != "pdf":
            shutil.move(os.path.join(tmp, base), dst)
            shutil.rmtree(tmp)
            break
        sig = _font_order(os.path.join(tmp, base))
        votes[sig] = votes.get(sig, 0) + 1
        if sig in keep:
            shutil.rmtree(tmp)
        else:
            keep[sig] = tmp
        if votes[sig] == 3:
            break
    if fmt == "pdf":
        best = max(votes, key=lambda k: (votes[k], k))
        shutil.move(os.path.join(keep[best], base), dst)
        for d in keep.values():
            shutil.rmtree(d)
    if fmt == "pdf":
        fix_pdf(dst)
    elif fmt == "odt":
        fix_odt_meta(dst)
    elif fmt == "rtf":
        fix_rtf(dst)
    return dst
