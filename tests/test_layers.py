"""The layering contract: tiltak_core at the bottom; parsers and normalise never import pipeline; and no
two project modules import each other, directly or through others."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

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


MODULES = {_module_name(p): p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}


def _module_of(name: str, modules: set[str]) -> str:
    """The project module an imported name lives in (`pipeline.cache.fingerprint` -> `pipeline.cache`)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name


def _imports(name: str, source: str, is_package: bool, modules: set[str]) -> set[str]:
    """Every project module a module's source imports, at any depth (lazy imports count too).

    `from . import x` imports the module x, not the package's __init__ (Python runs that first anyway)."""
    package = name if is_package else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {_module_of(a.name, modules) for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = {f"{target}.{a.name}" for a in node.names} & modules
            found |= submodules if len(submodules) == len(node.names) else {_module_of(target, modules), *submodules}
    return {m for m in found if m and m != name}


def _graph(sources: dict[str, tuple[str, bool]]) -> nx.DiGraph:
    """Module -> the project modules it imports, from each module's (source, is a package)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(sources)
    for name, (source, is_package) in sources.items():
        graph.add_edges_from((name, m) for m in _imports(name, source, is_package, set(sources)))
    return graph


def _rings(graph: nx.DiGraph) -> list[str]:
    """Each group of modules that import each other, directly or round a ring, with one ring in it."""
    rings = []
    for group in nx.strongly_connected_components(graph):
        if len(group) > 1:
            ring = [edge[0] for edge in nx.find_cycle(graph.subgraph(group))]
            rings.append(f"{', '.join(sorted(group))}: {' -> '.join([*ring, ring[0]])}")
    return rings


PROJECT_GRAPH = _graph({name: (path.read_text(encoding="utf-8"), path.name == "__init__.py")
                        for name, path in MODULES.items()})


def test_packages_import_only_the_layers_below_them():
    wrong = []
    for name, module in PROJECT_GRAPH.edges:
        here, top = name.split(".")[0], module.split(".")[0]
        if top != here and top not in ALLOWED[here]:
            wrong.append(f"{MODULES[name].relative_to(ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_no_two_modules_import_each_other():
    """Not directly, and not round a ring of modules (a lazy import inside a function counts too)."""
    assert not _rings(PROJECT_GRAPH), "\n".join(_rings(PROJECT_GRAPH))


def test_a_ring_through_a_lazy_import_is_found_and_a_package_import_is_not_a_ring():
    graph = _graph({
        "pipeline": ("from . import a\n", True),
        "pipeline.a": ("from .b import run\n", False),
        "pipeline.b": ("def run():\n    from . import a\n", False),
        "pipeline.c": ("from . import a\n", False),
    })
    [ring] = _rings(graph)
    assert ring.startswith("pipeline.a, pipeline.b: ") and ring.count(" -> ") == 2
    assert set(graph.successors("pipeline.c")) == {"pipeline.a"}
