"""Shared helpers: the Row record, fixed timestamps, zip normalising and LibreOffice conversion."""
import datetime as dt
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

FIXED = dt.datetime(2048, 2, 10, 9, 30, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@dataclass
class Row:
    t: str            # tiltak as written in the file
    m: str            # measure id
    d: str            # truth delmål code
    ty: str           # truth type
    a: str            # ansvarlig as written (or the member when the file names none)
    p: str = ""       # samarbeidspartnere as written
    b: str = ""       # beskrivelse as written
    sd: str | None = None   # delmål as shown in the file (None: the code)
    sty: str | None = None  # type as shown (None: the truth type; "": not shown)

    @property
    def show_d(self) -> str:
        return self.d if self.sd is None else self.sd

    @property
    def show_ty(self) -> str:
        return self.ty if self.sty is None else self.sty


def normalise_zip(path: Path, when: dt.datetime = FIXED, fix_modified: bool = False) -> None:
    """Rewrite an Office zip with fixed member timestamps and order, so builds are byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if fix_modified and name == "docProps/core.xml":
                stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    tmp.replace(path)


def soffice_convert(src: Path, fmt: str, dest: Path) -> None:
    """Convert src with LibreOffice headless to fmt ('pdf', 'doc', 'odt', 'rtf') and move the result to dest."""
    with tempfile.TemporaryDirectory() as td:
        profile = Path(td) / "profile"
        outdir = Path(td) / "out"
        outdir.mkdir()
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", fmt, "--outdir", str(outdir), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = outdir / (src.stem + "." + fmt)
        if not produced.exists():
            raise RuntimeError(f"LibreOffice did not produce {produced.name}")
        shutil.move(str(produced), str(dest))
