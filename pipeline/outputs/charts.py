"""delmal.png/.svg (tiltak per delmål, beside last year's) and samarbeid.png (which members work together).

Drawn on bare matplotlib Figures with the Agg canvas, never pyplot, so no global backend or state is
touched; layout seed, SVG ids and metadata are fixed so the same register gives the same files.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from normalise.catalogue import Catalogue

from ..summary import Summary

LAYOUT_SEED = 20170101  # any fixed number: spring_layout is random otherwise
SVG_SALT = "tiltak"
THIS_YEAR, LAST_YEAR = "#1f4e79", "#9dc3e6"
NEW_THIS_YEAR = "#f4b183"
BAND = "#f2f2f2"
DPI = 150


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def _save(figure: Figure, path: Path, fmt: str) -> None:
    # svg.hashsalt fixes the ids of clip paths; no date, so the bytes depend on the data only.
    with matplotlib.rc_context({"svg.hashsalt": SVG_SALT, "svg.fonttype": "path"}):
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        figure.savefig(path, format=fmt, metadata=metadata)


def write_delmal_chart(png: Path, svg: Path, summary: Summary, catalogue: Catalogue) -> None:
    """Bars of tiltak per delmål for the year, last year's beside them where that year's count is known."""
    codes = [d.code for d in summary.delmal]
    now = [d.count for d in summary.delmal]
    before: list[float] = []
    other_year = summary.comparison.other_year if summary.comparison else None
    if summary.comparison:
        known = {c.key: c.before for c in summary.comparison.delmal}
        before = [math.nan if (b := known.get(code)) is None else float(b) for code in codes]
    has_before = any(not math.isnan(b) for b in before)

    figure = _figure(11, 5.2)
    ax = figure.add_subplot()
    x = range(len(codes))
    width = 0.4 if has_before else 0.6
    offset = width / 2 if has_before else 0
    flow = summary.flow if summary.flow is not None and summary.flow.known else None
    if flow is None:
        bars = ax.bar([i - offset for i in x], now, width, color=THIS_YEAR, label=str(summary.year), zorder=3)
    else:
        # This year's bar in two: the tiltak continued from last year, and the new ones on top.
        continued = [r.continued for r in flow.delmal]
        ax.bar([i - offset for i in x], continued, width, color=THIS_YEAR, label=f"{summary.year}: videreført",
               zorder=3)
        bars = ax.bar([i - offset for i in x], [n - c for n, c in zip(now, continued)], width, bottom=continued,
                      color=NEW_THIS_YEAR, label=f"{summary.year}: nye", zorder=3)
    ax.bar_label(bars, labels=None if flow is None else [str(n) for n in now], padding=2, fontsize=8)
    if has_before:
        old = ax.bar([i + offset for i in x], before, width, color=LAST_YEAR, label=str(other_year), zorder=3)
        ax.bar_label(old, labels=["" if math.isnan(b) else str(int(b)) for b in before], padding=2, fontsize=8, color="#555555")

    top = max([*now, *(b for b in before if not math.isnan(b)), 1])
    ax.set_ylim(0, top * 1.25)
    # One shaded band and label per hovedinnsatsområde, so the bars read as three groups.
    for n, omrade in enumerate(catalogue.omrader):
        members = [i for i, d in enumerate(summary.delmal) if d.omrade == omrade.id]
        if not members:
            continue
        left, right = members[0] - 0.5, members[-1] + 0.5
        if n % 2 == 0:
            ax.axvspan(left, right, color=BAND, zorder=0)
        ax.text((left + right) / 2, top * 1.18, f"Hovedinnsatsområde {omrade.id}", ha="center", va="center", fontsize=9)
    ax.set_xlim(-0.6, len(codes) - 0.4)
    ax.set_xticks(list(x), codes)
    ax.set_xlabel("Delmål")
    ax.set_ylabel("Antall tiltak")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # tiltak are counted whole
    ax.yaxis.grid(True, color="#dddddd", zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    title = f"Tiltak per delmål {summary.year}"
    if has_before:
        title += f", sammenlignet med {other_year}"
    ax.set_title(title, fontsize=12, pad=10)
    if has_before or flow is not None:
        ax.legend(loc="upper right", bbox_to_anchor=(1, 0.93), frameon=False, fontsize=9)
        if summary.previous is not None and not summary.previous.complete:
            figure.text(0.01, 0.01, f"For {other_year} er bare noen delmål kjent; de andre har ingen søyle.",
                        fontsize=8, color="#555555")
    figure.tight_layout()
    _save(figure, png, "png")
    _save(figure, svg, "svg")


def _label(name: str) -> str:
    return textwrap.fill(name, 16)


def collaboration_graph(summary: Summary) -> nx.Graph:
    """Members as nodes (tiltak they take part in), shared tiltak as weighted edges; only members who share one."""
    collab = summary.collaboration
    graph: nx.Graph[str] = nx.Graph()
    linked = {m for p in collab.pairs for m in (p.a, p.b)}
    # Insertion in catalogue order keeps the seeded layout the same from run to run.
    for member, count in collab.involvement:
        if member in linked:
            graph.add_node(member, tiltak=count)
    for pair in collab.pairs:
        graph.add_edge(pair.a, pair.b, weight=pair.tiltak)
    return graph


def write_samarbeid_chart(png: Path, summary: Summary) -> None:
    """The council members who take part in the same tiltak, as a network."""
    graph = collaboration_graph(summary)
    figure = _figure(10, 8)
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.set_title(f"Samarbeid mellom rådsmedlemmene {summary.year}", fontsize=13)
    if graph.number_of_edges() == 0:
        ax.text(0.5, 0.5, "Ingen tiltak der flere rådsmedlemmer deltar", ha="center", va="center", fontsize=12)
        _save(figure, png, "png")
        return
    most_tiltak = max(graph.nodes[n]["tiltak"] for n in graph)
    weighted = [(a, b, float(attrs["weight"])) for a, b, attrs in graph.edges(data=True)]
    most_shared = max(w for _, _, w in weighted)
    # Unweighted forces: weighting pulls the busiest members into one overlapping knot.
    pos = nx.spring_layout(graph, seed=LAYOUT_SEED, weight=None, k=3 / math.sqrt(graph.number_of_nodes()), iterations=200)
    edges = sorted(weighted, key=lambda e: e[2])  # strongest drawn last, on top
    nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                           width=[0.8 + 7 * w / most_shared for _, _, w in edges],
                           # Numbers coloured through edge_cmap, as networkx documents; types-networkx allows only colours.
                           edge_color=[w for _, _, w in edges],  # type: ignore[misc]
                           edge_cmap=matplotlib.colormaps["Blues"],
                           edge_vmin=-most_shared * 0.4, edge_vmax=most_shared, alpha=0.85)
    nodes = list(graph)
    sizes = {n: 300 + 2700 * graph.nodes[n]["tiltak"] / most_tiltak for n in nodes}
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_color=THIS_YEAR, alpha=0.9,
                           node_size=[sizes[n] for n in nodes])
    for n in nodes:
        # Below its circle (node_size is an area in points²), so small circles stay visible.
        radius = math.sqrt(sizes[n]) / 2
        ax.annotate(f"{_label(n)} ({graph.nodes[n]['tiltak']})", (pos[n][0], pos[n][1]), xytext=(0, -radius - 2), textcoords="offset points",
                    ha="center", va="top", fontsize=8,
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75})
    figure.text(0.5, 0.02, "Sirkelen og tallet: antall tiltak rådsmedlemmet deltar i. Streken: antall tiltak to "
                "rådsmedlemmer deltar i sammen.", ha="center", fontsize=9, color="#444444")
    ax.margins(0.1)
    figure.subplots_adjust(left=0.02, right=0.98, top=0.93, bottom=0.06)
    _save(figure, png, "png")
