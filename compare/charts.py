"""Report figures as PNG (matplotlib, Agg backend): the county × objective heatmap and the
county × theme heatmap, every cell annotated with its counts. Deterministic: fixed size and
dpi, the bundled DejaVu font, no software/date metadata, so a re-run writes the same bytes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap  # noqa: E402

from compare.wording import plural  # noqa: E402

DPI = 100
_CMAP = LinearSegmentedColormap.from_list("kvinnofrid", ["#f7f4f9", "#c994c7", "#7a0177"])
_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "svg.hashsalt": "kvinnofrid",
    "path.simplify": False,
}


@dataclass(frozen=True)
class Heatmap:
    """Rows × columns of shares (0..1, the colour) with a text per cell (the counts)."""

    title: str
    rows: Sequence[str]  # row labels (counties)
    columns: Sequence[str]  # column labels (objectives, themes)
    shares: Sequence[Sequence[float]]
    texts: Sequence[Sequence[str]]
    caption: str = ""


def objective_heatmap(
    counties: Sequence[str],
    objectives: Sequence[str],
    primary: Sequence[Sequence[int]],
    labelled: Sequence[Sequence[int]],
    totals: Sequence[int],
) -> Heatmap:
    """County × objective: colour = share of the county's actions with the objective as any
    label; text = "primary / any" and the share."""
    shares = [[n / t if t else 0.0 for n in row] for row, t in zip(labelled, totals, strict=True)]
    texts = [
        [f"{p} / {n}\n{s:.0%}" for p, n, s in zip(prow, nrow, srow, strict=True)]
        for prow, nrow, srow in zip(primary, labelled, shares, strict=True)
    ]
    return Heatmap(
        "Län × målsättning",
        [
            f"{c}\n({plural(t, 'åtgärd', 'åtgärder')})"
            for c, t in zip(counties, totals, strict=True)
        ],
        objectives,
        shares,
        texts,
        "i varje ruta: åtgärder med målsättningen som huvudsaklig / med den bland sina målsättningar,"
        " och deras andel av länets åtgärder (färgen)",
    )


def theme_heatmap(
    counties: Sequence[str],
    themes: Sequence[str],
    labelled: Sequence[Sequence[int]],
    totals: Sequence[int],
) -> Heatmap:
    """Theme × county (themes as rows: there are many): count and share of the county's actions."""
    shares = [
        [row[j] / totals[j] if totals[j] else 0.0 for j in range(len(counties))] for row in labelled
    ]
    texts = [
        [f"{n} ({s:.0%})" for n, s in zip(row, srow, strict=True)]
        for row, srow in zip(labelled, shares, strict=True)
    ]
    return Heatmap(
        "Tema × län", themes, counties, shares, texts, "antal åtgärder (andel av länets åtgärder)"
    )


def agency_heatmap(
    agencies: Sequence[str],
    counties: Sequence[str],
    led: Sequence[Sequence[int]],
    totals: Sequence[int],
) -> Heatmap:
    """Agency × county: how many of the county's actions the agency leads (colour: share of
    the county's actions)."""
    shares = [
        [row[j] / totals[j] if totals[j] else 0.0 for j in range(len(counties))] for row in led
    ]
    texts = [[str(n) if n else "–" for n in row] for row in led]
    return Heatmap(
        "Aktör × län: åtgärder som aktören leder", agencies, counties, shares, texts,
        "antal åtgärder där aktören är ansvarig; färg: andel av länets åtgärder",
    )  # fmt: skip


A4_WIDTH = 11.69  # inches, landscape: a figure no wider prints whole on A4


def write_heatmap(
    heatmap: Heatmap,
    path: Path,
    *,
    cell_width: float = 2.1,
    cell_height: float = 0.75,
    wrap: int = 22,
) -> Path:
    """Draw the heatmap to `path` (PNG) and return it. The colour scale runs from 0 to the
    largest share (at least 50 %), so small differences stay visible."""
    n_rows, n_cols = len(heatmap.rows), len(heatmap.columns)
    columns = [_wrap(c, wrap) for c in heatmap.columns]
    label_lines = max((c.count("\n") + 1 for c in columns), default=1)
    header = 0.55 + 0.18 * label_lines
    label_width = 2.6
    cell_width = min(cell_width, (A4_WIDTH - label_width - 0.4) / max(n_cols, 1))
    width = label_width + max(n_cols, 1) * cell_width + 0.4
    height = header + max(n_rows, 1) * cell_height + 0.45
    vmax = max([0.5, *(v for row in heatmap.shares for v in row)])
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(round(width, 2), round(height, 2)), dpi=DPI)
        try:
            data = heatmap.shares if n_rows and n_cols else [[0.0]]
            ax.imshow(data, cmap=_CMAP, vmin=0.0, vmax=vmax, aspect="auto")
            ax.set_xticks(range(n_cols), columns, fontsize=8.5)
            ax.set_yticks(range(n_rows), list(heatmap.rows), fontsize=9)
            ax.xaxis.tick_top()
            ax.tick_params(length=0)
            for i in range(n_rows):
                for j in range(n_cols):
                    dark = heatmap.shares[i][j] > 0.6 * vmax
                    ax.text(
                        j, i, heatmap.texts[i][j], ha="center", va="center", fontsize=9,
                        color="white" if dark else "#222222",
                    )  # fmt: skip
            ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
            ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
            ax.grid(which="minor", color="white", linewidth=2)
            ax.tick_params(which="minor", length=0)
            for spine in ax.spines.values():
                spine.set_visible(False)
            fig.text(0.01, 1 - 0.3 / height, heatmap.title, fontsize=12, fontweight="bold")
            if heatmap.caption:
                fig.text(0.01, 0.1 / height, heatmap.caption, fontsize=8.5, color="#555555")
            fig.subplots_adjust(
                left=label_width / width, right=1 - 0.3 / width,
                top=1 - header / height, bottom=0.35 / height,
            )  # fmt: skip
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
        finally:
            plt.close(fig)
    return path


def _wrap(text: str, width: int) -> str:
    """Wrap a label on word boundaries into lines of about `width` characters (at most 4)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 4:
        lines = lines[:4]
        lines[-1] += " …"
    return "\n".join(lines)


MAX_NAMED = 40  # nodes named in the network PNG: beyond this, the hubs and the largest


def _named_nodes(nodes: list[dict]) -> set[str]:
    """The nodes the PNG names: all of them in a small network; in a large one (hundreds of
    overlap clusters and agencies, whose names would cover each other) the counties,
    objectives and themes and then the largest other nodes, up to MAX_NAMED."""
    if len(nodes) <= MAX_NAMED:
        return {n["data"]["id"] for n in nodes}
    hubs = [n for n in nodes if n["data"]["kind"] in ("county", "objective", "theme")]
    others = sorted(
        (n for n in nodes if n["data"]["kind"] not in ("county", "objective", "theme")),
        key=lambda n: (-n["data"]["size"], n["data"]["id"]),
    )
    return {n["data"]["id"] for n in hubs + others[: max(MAX_NAMED - len(hubs), 0)]}


def write_network(data: dict, path: Path, title: str) -> Path:
    """The report's network (compare/network.py: `network_data`) as a PNG for printing and
    report.md, drawn from the same positions and colours as the interactive view: A4 landscape,
    node area by number of actions, the nodes named (`_named_nodes`). Edges are one line
    collection and nodes one scatter, so the drawing time grows little with the nodes."""
    from matplotlib.collections import LineCollection

    nodes = [e for e in data["elements"] if e["group"] == "nodes"]
    edges = [e for e in data["elements"] if e["group"] == "edges"]
    where = {n["data"]["id"]: (n["position"]["x"], -n["position"]["y"]) for n in nodes}
    kinds = data["kinds"]
    named = _named_nodes(nodes)
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(11.69, 8.27), dpi=DPI)
        try:
            if edges:
                ax.add_collection(LineCollection(
                    [[where[e["data"]["source"]], where[e["data"]["target"]]] for e in edges],
                    colors="#c9c3cf", zorder=1,
                    linewidths=[min(0.6 + 0.5 * e["data"]["weight"], 6) for e in edges],
                ))  # fmt: skip
            areas = [(7 + 3.2 * n["data"]["size"] ** 0.5) ** 2 for n in nodes]
            if nodes:
                ax.scatter([where[n["data"]["id"]][0] for n in nodes],
                           [where[n["data"]["id"]][1] for n in nodes], s=areas,
                           color=[kinds[n["data"]["kind"]]["colour"] for n in nodes], zorder=2,
                           edgecolors="white", linewidths=0.8)  # fmt: skip
            for n, area in zip(nodes, areas, strict=True):
                d = n["data"]
                if d["id"] not in named:
                    continue
                bold = d["kind"] == "county"
                ax.annotate(_wrap(d["label"], 26), where[d["id"]],
                            xytext=(0, -(area**0.5) / 2 - 2),
                            textcoords="offset points", ha="center", va="top", zorder=3,
                            fontsize=9 if bold else 7.5, fontweight="bold" if bold else "normal",
                            color="#222222")  # fmt: skip
            handles = [
                plt.Line2D([], [], marker="o", linestyle="", markersize=9,
                           color=k["colour"], label=k["title"])
                for kind, k in kinds.items()
                if any(n["data"]["kind"] == kind for n in nodes)
            ]  # fmt: skip
            ax.legend(handles=handles, loc="lower left", fontsize=8.5, frameon=False, ncol=3)
            ax.set_title(title, fontsize=12, fontweight="bold", loc="left")
            ax.text(0.0, -0.02, "Storlek: antal åtgärder · linje: åtgärder som länet delar med noden",
                    transform=ax.transAxes, fontsize=8.5, color="#555555", va="top")  # fmt: skip
            ax.autoscale_view()
            ax.margins(0.08)
            ax.set_axis_off()
            fig.subplots_adjust(left=0.02, right=0.98, top=0.94, bottom=0.05)
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
        finally:
            plt.close(fig)
    return path
