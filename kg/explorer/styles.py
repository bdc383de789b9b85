"""Colours, Cytoscape stylesheets and the page CSS, in one place so that a restyle is one file."""
from __future__ import annotations

import zlib

from kg.explorer.layout import FONT, LINE, MARGIN
from kg.ontology import RELATIONS

RELATION_COLOR = {"supports": "#2e7d32", "opposes": "#c62828", "called": "#1565c0", "met": "#ef6c00"}
CAMP_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")
# node colours by party: the core parties fixed, any other party a stable pick from the palette
PARTY_COLOR = {"US": "#3949ab", "Russia": "#8e24aa", "Egypt": "#00897b", "France": "#5d4037",
               "GNA": "#0288d1", "LNA": "#546e7a"}
PARTY_PALETTE = ("#7cb342", "#f4511e", "#c0ca33", "#d81b60", "#6d4c41", "#00acc1", "#fb8c00", "#757575",
                 "#afb42b", "#5e35b1", "#43a047", "#e53935")
UNALIGNED = "#bdbdbd"
HIGHLIGHT = "#ff3232"  # st-link-analysis' own colour for what is selected


def party_color(party: str) -> str:
    """The same colour for a party in every view and on every run (a hash, not the order seen)."""
    return PARTY_COLOR.get(party) or PARTY_PALETTE[zlib.crc32(party.encode("utf-8")) % len(PARTY_PALETTE)]


class RawStyle:
    """One Cytoscape stylesheet rule, for what NodeStyle / EdgeStyle cannot say (data-mapped sizes and
    colours, selection classes); st-link-analysis only needs ``dump()``."""

    def __init__(self, selector: str, style: dict):
        self.selector, self.style = selector, style

    def dump(self) -> dict:
        return {"selector": self.selector, "style": dict(self.style)}


def node_rule() -> RawStyle:
    """Nodes sized and coloured from their data, the two-line caption under them on a light box."""
    return RawStyle("node", {"width": "data(size)", "height": "data(size)", "background-color": "data(color)",
                             "label": "data(name)", "text-wrap": "wrap", "text-max-width": 2000, "font-size": FONT,
                             "line-height": LINE, "text-valign": "bottom", "text-halign": "center",
                             "text-margin-y": MARGIN, "min-zoomed-font-size": 0, "border-width": 1.5,
                             "border-color": "#ffffff", "color": "#212121", "text-background-color": "#ffffff",
                             "text-background-opacity": 0.85, "text-background-padding": 1,
                             "text-background-shape": "round-rectangle"})


def camps_stylesheet(max_weight: int) -> list[RawStyle]:
    """The Camps graph: nodes as in the network (coloured by camp), undirected signed ties
    green / red / dashed grey, as wide as their weight, captioned (+3, -1) when selected."""
    edge = {"width": f"mapData(weight, 1, {max(2, max_weight)}, 1.5, 9)", "label": "", "font-size": 10,
            "color": "#ffffff", "min-zoomed-font-size": 0, "opacity": 0.8}
    colours = {"positive": RELATION_COLOR["supports"], "negative": RELATION_COLOR["opposes"], "ambivalent": "#9e9e9e"}
    return [node_rule(), RawStyle("edge", edge)] + \
        [RawStyle(f"edge[label='{k}']", {"line-color": c, "text-background-color": c}) for k, c in colours.items()] + \
        [RawStyle("edge[label='ambivalent']", {"line-style": "dashed"}),
         RawStyle("edge:selected", {"label": "data(name)", "opacity": 1, "z-index": 20})]


def network_stylesheet(max_weight: int) -> list[RawStyle]:
    """Nodes sized and coloured from their data with the caption under them; edges coloured by
    relation, as wide as their document count, captioned only when selected; the selection's
    neighbourhood drawn on top and everything else faded."""
    rules = [
        node_rule(),
        RawStyle("node[label='person']", {"background-image": "./icons/person.svg"}),
        RawStyle("edge", {"width": f"mapData(weight, 1, {max(2, max_weight)}, 1.5, 9)", "label": "",
                          "font-size": 10, "color": "#ffffff", "min-zoomed-font-size": 0,
                          "target-arrow-shape": "triangle", "arrow-scale": 0.9, "opacity": 0.8}),
    ]
    rules += [RawStyle(f"edge[relation='{r}']", {"line-color": RELATION_COLOR[r], "target-arrow-color": RELATION_COLOR[r],
                                                 "text-background-color": RELATION_COLOR[r]}) for r in RELATIONS]
    rules += [RawStyle("edge[?negated]", {"line-style": "dashed"}),
              RawStyle("edge:selected, edge.kg-sel", {"label": "data(name)", "opacity": 1, "z-index": 20}),
              RawStyle("node.kg-sel", {"border-width": 4, "border-color": HIGHLIGHT, "z-index": 20}),
              RawStyle("edge.kg-near", {"opacity": 1, "z-index": 10}),
              RawStyle(".kg-dim", {"opacity": 0.2})]
    return rules


CSS = """
<style>
.kg-ar { direction: rtl; text-align: right; unicode-bidi: isolate; font-size: 1.15rem; line-height: 2;
         font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", serif; }
.kg-ar mark { background: #ffe066; padding: 0 .2em; border-radius: .2em; }
.kg-claim { border: 1px solid #ddd; border-radius: .5rem; padding: .6rem .9rem; margin: .5rem 0; }
.kg-head { font-size: .95rem; margin-bottom: .3rem; }
.kg-meta { color: #555; font-size: .85rem; margin-top: .3rem; }
.kg-iri { font-size: .75rem; color: #777; }
.kg-struck { opacity: .6; }
.kg-struck .kg-ar { text-decoration: line-through; }
.kg-curation { font-size: .85rem; margin: .2rem 0; }
.kg-confirmed { color: #2e7d32; } .kg-corrected { color: #1565c0; } .kg-retracted { color: #c62828; }
.kg-mark { font-size: .8rem; background: #eef; border-radius: .3rem; padding: 0 .4em; }
.kg-copies { font-size: .8rem; color: #555; }
[lang="ar"] { unicode-bidi: isolate; }
/* multiselect chips wrap a long "English · Arabic" label over two lines instead of cutting it */
[data-testid="stMultiSelectTagsContainer"] [data-tag] { height: auto; min-height: 1.5rem; }
[data-testid="stMultiSelectTagsContainer"] [data-tag] > span { white-space: normal; overflow: visible;
                                                             text-overflow: clip; line-height: 1.3; }
</style>
"""
