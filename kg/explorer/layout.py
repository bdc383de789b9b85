"""Where the network's nodes go: computed here, once, instead of by Cytoscape on every load.

Cytoscape's own force layouts start from random positions, so the graph moved on
every load, and they do not know how wide a two-line English / Arabic caption
is, so captions landed on other nodes.  Here the layout is a seeded spring
layout (same store, same picture), every node owns a box (its disc plus its
caption below it), and the boxes are pushed apart until none overlaps another.
At person level each actor is tied to an invisible hub of its party, so
people cluster by party.  The view keeps the result in the session, so
reruns and filter changes never move a node; Cytoscape only draws it
(``preset`` layout).
"""
from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations
from typing import Iterable, Mapping

import networkx as nx

SEED = 13
FONT = 12  # caption font size (Cytoscape model px); the styles use the same
LINE = 1.25  # caption line height, in font sizes
CHAR = 0.64  # a generous average glyph width, in font sizes (Latin and Arabic)
MARGIN = 4  # between a disc and its caption
GAP = 10  # the least free space between two boxes
ASPECT = 1.7  # width / height of the drawing: about the canvas on a laptop screen
MIN_SIZE, MAX_SIZE = 22.0, 64.0

Box = tuple[float, float, float]  # width, height, and how far the box's centre lies below the node's


def node_size(degree: int) -> float:
    """Disc diameter by degree (distinct neighbours): a hub stands out without hiding its neighbours."""
    return min(MAX_SIZE, MIN_SIZE + 7.0 * math.sqrt(max(0, degree)))


def caption_box(caption: str, size: float, font: float = FONT) -> Box:
    """The box a node occupies: its disc with the caption (one line per ``\\n``) centred under it."""
    lines = caption.split("\n") if caption else []
    width = max([len(ln) * CHAR * font + 6 for ln in lines] + [size])
    text = len(lines) * LINE * font
    height = size + (MARGIN + text if lines else 0)
    return width, height, (height - size) / 2


def degrees(pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Distinct neighbours of each node (direction and relation ignored, self-loops too)."""
    nbrs: dict[str, set[str]] = defaultdict(set)
    for s, t in pairs:
        if s != t:
            nbrs[s].add(t)
            nbrs[t].add(s)
    return {n: len(v) for n, v in nbrs.items()}


def overlapping(pos: Mapping[str, tuple[float, float]], boxes: Mapping[str, Box], gap: float = 0.0
                ) -> list[tuple[str, str]]:
    """The pairs of nodes whose boxes (grown by ``gap``) overlap."""
    out = []
    for a, b in combinations(sorted(pos), 2):
        (ax, ay), (bx, by) = pos[a], pos[b]
        wa, ha, da = boxes[a]
        wb, hb, db = boxes[b]
        if abs(ax - bx) < (wa + wb) / 2 + gap and abs(ay + da - by - db) < (ha + hb) / 2 + gap:
            out.append((a, b))
    return out


def separate(pos: dict[str, tuple[float, float]], boxes: Mapping[str, Box], gap: float = GAP,
             rounds: int = 300) -> dict[str, tuple[float, float]]:
    """Push overlapping boxes apart, each pair along the axis where they overlap least, until
    none overlaps; if that does not converge, spread everything out and go on (which always ends).
    Each round sweeps the boxes in x order, so it compares only neighbours that can touch."""
    pos = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    names = sorted(pos)
    reach = max((w for w, _, _ in boxes.values()), default=0.0) + gap
    for _ in range(20):
        for _ in range(rounds):
            moved = False
            order = sorted(names, key=lambda n: (pos[n][0], n))
            for i, a in enumerate(order):
                for b in order[i + 1:]:
                    (ax, ay), (bx, by) = pos[a], pos[b]
                    if bx - ax >= reach:
                        break
                    wa, ha, da = boxes[a]
                    wb, hb, db = boxes[b]
                    dx, dy = bx - ax, (by + db) - (ay + da)
                    ox = (wa + wb) / 2 + gap - abs(dx)
                    oy = (ha + hb) / 2 + gap - abs(dy)
                    if ox <= 0 or oy <= 0:
                        continue
                    moved = True
                    if ox * ASPECT <= oy:  # sideways moves are cheaper on a wide canvas
                        step = (ox / 2 + 0.5) * (1 if dx > 0 or (dx == 0 and a < b) else -1)
                        pos[a], pos[b] = (ax - step, ay), (bx + step, by)
                    else:
                        step = (oy / 2 + 0.5) * (1 if dy > 0 or (dy == 0 and a < b) else -1)
                        pos[a], pos[b] = (ax, ay - step), (bx, by + step)
            # the sweep order goes stale as boxes move: only a full check may end the work
            if not moved and not overlapping(pos, boxes, gap):
                return pos
        pos = {n: (x * 1.3, y * 1.3) for n, (x, y) in pos.items()}
    return pos


def spring(g: nx.Graph, boxes: Mapping[str, Box], seed: int = SEED) -> dict[str, tuple[float, float]]:
    """A seeded spring layout stretched to a wide drawing about four times the boxes' area."""
    if not g:
        return {}
    raw = nx.spring_layout(g, seed=seed, weight="weight", iterations=200, k=2.0 / math.sqrt(len(g)))
    area = 4.0 * sum(boxes[n][0] * boxes[n][1] for n in boxes if n in raw) or 1.0
    width = math.sqrt(area * ASPECT)
    height = width / ASPECT
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    x0, xr = min(xs), (max(xs) - min(xs)) or 1.0
    y0, yr = min(ys), (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - x0) / xr * width, (p[1] - y0) / yr * height) for n, p in raw.items()}


def layout_positions(edges: Iterable[tuple[str, str, float]], captions: Mapping[str, str],
                     groups: Mapping[str, str] | None = None, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """``node -> (x, y)`` for every node in ``captions``, no two boxes overlapping.

    ``edges`` are (source, target, weight); ``groups`` (node -> party) ties nodes of one group
    together, so that they are drawn near each other."""
    edges = list(edges)
    deg = degrees((s, t) for s, t, _ in edges)
    boxes = {n: caption_box(captions[n], node_size(deg.get(n, 0))) for n in captions}
    g = nx.Graph()
    g.add_nodes_from(sorted(captions))
    for s, t, w in edges:
        if s != t and s in captions and t in captions:
            g.add_edge(s, t, weight=g.get_edge_data(s, t, {"weight": 0.0})["weight"] + math.log1p(w))
    hubs = []
    for n, grp in sorted((groups or {}).items()):
        if n in captions:
            hub = ("\0group", grp)
            hubs.append(hub)
            g.add_edge(n, hub, weight=8.0)
    pos = spring(g, {**boxes, **{h: (0.0, 0.0, 0.0) for h in hubs}}, seed)
    return separate({n: pos[n] for n in captions}, boxes)
