"""Digests of the program itself: the files of whole packages, the modules an entry module imports, and
the installed versions of the libraries they import; found by reading the code, so a new module counts.
Reading it all takes a good part of a run that has nothing new to do, so a digest is remembered against
the files' sizes and times, as Python checks its .pyc files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from .atomic import write_replacing

PROJECT = ("tiltak_core", "parsers", "normalise", "pipeline")


def project_root() -> Path:
    """The folder that holds the project's packages (the checkout, or site-packages when installed)."""
    return Path(str(resources.files("pipeline"))).parent


def _module_file(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


# Import statements at any indentation (imports inside functions count), `from x import (a, b)` across lines.
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.MULTILINE)
_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)", re.MULTILINE)


def imported_names(path: Path, module: str) -> set[str]:
    """Every module name a file imports, made absolute; for `from a import b` both `a` and `a.b` (b may be a
    module). Read by pattern, not parsed: a line in a docstring may add a name, which only widens a digest."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    text = path.read_text(encoding="utf-8")
    found = {name.split()[0] for match in _IMPORT.finditer(text) for name in match.group(1).split(",") if name.strip()}
    for dots, name, what in _FROM.findall(text):
        if dots:
            parts = package.split(".")
            target = ".".join([*parts[: len(parts) - len(dots) + 1], *([name] if name else [])])
        else:
            target = name
        found.add(target)
        found |= {f"{target}.{n.split()[0]}" for n in what.strip("()").replace("\n", ",").split(",") if n.strip()}
    return {name for name in found if name and not name.endswith(".")}


def _closure(root: Path, modules: set[str]) -> dict[str, Path]:
    """The project modules `modules` import, directly or not, with themselves, by name."""
    files: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        module = todo.pop()
        path = _module_file(root, module)
        if module in files or path is None:
            continue
        files[module] = path
        todo += [m for m in imported_names(path, module) if m.split(".")[0] in PROJECT]
    return files


def _package_modules(root: Path, package: str) -> set[str]:
    return {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
            for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts}


def _data_files(root: Path, package: str) -> list[Path]:
    """The files a package ships besides its code (catalogue, vocabulary, examples, templates)."""
    return sorted(p for p in (root / package).rglob("*")
                  if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts)


@lru_cache(maxsize=1)
def _distributions() -> dict[str, list[str]]:
    return dict(metadata.packages_distributions())


def library_versions(files: dict[str, Path]) -> dict[str, str]:
    """The installed distribution and version of every third-party library the files import."""
    tops = {name.split(".")[0] for module, path in files.items() for name in imported_names(path, module)}
    versions = {}
    for top in sorted(tops - set(PROJECT) - set(sys.stdlib_module_names)):
        for dist in _distributions().get(top, []):
            versions[dist] = metadata.version(dist)
    return versions


def program_version() -> str:
    try:
        return metadata.version("tiltak")
    except metadata.PackageNotFoundError:
        return "0"


def code_fingerprint(packages: tuple[str, ...], entries: tuple[str, ...] = (), root: Path | None = None,
                     memo: Path | None = None) -> str:
    """Hash of every file of `packages`, of the project modules the `entries` import (directly or not), and
    of the versions of the libraries all of them import; remembered in the folder `memo` when given."""
    root = root or project_root()
    stamp = _stamp(root, packages, entries)
    if stamp is None:
        return _compute(packages, entries, root)
    if stamp in _remembered:
        return _remembered[stamp]
    found = _read_memo(memo).get(stamp) if memo else None
    if not isinstance(found, str):
        found = _compute(packages, entries, root)
        if memo:
            _write_memo(memo, stamp, found)
    _remembered[stamp] = found
    return found


def _compute(packages: tuple[str, ...], entries: tuple[str, ...], root: Path) -> str:
    files = _closure(root, {m for p in packages for m in _package_modules(root, p)} | set(entries))
    digest = hashlib.sha256(program_version().encode())
    for module in sorted(files):
        digest.update(f"{module}\0".encode() + files[module].read_bytes())
    for package in packages:
        for path in _data_files(root, package):
            digest.update(f"{path.relative_to(root).as_posix()}\0".encode() + path.read_bytes())
    digest.update(repr(sorted(library_versions(files).items())).encode())
    return digest.hexdigest()


# ---------------------------------------------------------------------------------- remembering a digest
MEMO_FILE = "kode.json"
_MEMO_KEEP = 8  # stamps kept in the memo: a few versions side by side, never a growing file
# A file changed within this window may change again without its size or time showing it (a timestamp's
# resolution is coarse): such a tree is hashed in full every time, as git treats a "racily clean" file.
_RACY_NS = 2_000_000_000
_remembered: dict[str, str] = {}


def _stamp(root: Path, packages: tuple[str, ...], entries: tuple[str, ...]) -> str | None:
    """What the digest depends on, by size and time: every file of the project (an entry may import any of
    them), the library folders (installing or upgrading a library changes theirs) and the interpreter; None
    when a file is too new to be judged by its time."""
    now = time.time_ns()
    digest = hashlib.sha256(repr((str(root), packages, entries, sys.version, sys.executable)).encode())
    try:
        for package in PROJECT:
            for path in sorted((root / package).rglob("*")):
                if "__pycache__" in path.parts or not path.is_file():
                    continue
                st = path.stat()
                if st.st_mtime_ns > now - _RACY_NS:
                    return None
                digest.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        for folder in sys.path:
            if folder and os.path.isdir(folder):
                digest.update(f"{folder}\0{os.stat(folder).st_mtime_ns}\n".encode())
    except OSError:
        return None
    return digest.hexdigest()


def _read_memo(folder: Path) -> dict[str, object]:
    try:
        memo = json.loads((folder / MEMO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return memo if isinstance(memo, dict) else {}


def _write_memo(folder: Path, stamp: str, digest: str) -> None:
    """Add a stamp's digest atomically; a memo that cannot be written only costs time next run."""
    memo = {k: v for k, v in _read_memo(folder).items() if k != stamp}
    memo = dict([*list(memo.items())[-(_MEMO_KEEP - 1):], (stamp, digest)])
    try:
        write_replacing(folder / MEMO_FILE, json.dumps(memo))
    except OSError:
        pass
