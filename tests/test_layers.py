"""The layering contract: tiltak_core at the bottom; parsers and normalise never import pipeline."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("tiltak_core", "parsers", "normalise", "pipeline")
# What each package may import of the project's packages (besides itself).
ALLOWED = {
    "tiltak_core": set(),
    "parsers": {"tiltak_core"},
    "normalise": {"tiltak_core"},
    "pipeline": {"tiltak_core", "parsers", "normalise"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every project module a file imports, at any depth of the file (lazy imports count too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found |= {f"{target}.{a.name}" for a in node.names}
    return {m for m in found if m.split(".")[0] in PACKAGES}


def _files() -> list[Path]:
    return [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]


def test_packages_import_only_the_layers_below_them():
    wrong = []
    for path in _files():
        here = _module_name(path).split(".")[0]
        for module in _imports(path):
            top = module.split(".")[0]
            if top != here and top not in ALLOWED[here]:
                wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)
