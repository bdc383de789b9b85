"""Colours, Cytoscape styles and layout, and the page CSS, in one place so that a restyle is one file."""
from __future__ import annotations

from st_link_analysis import EdgeStyle, NodeStyle

RELATION_COLOR = {"supports": "#2e7d32", "opposes": "#c62828", "called": "#1565c0", "met": "#ef6c00"}
CAMP_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")


class WeightedEdgeStyle(EdgeStyle):
    """st-link-analysis' EdgeStyle plus a width that grows with the document count
    (and a dashed line for negated claims), which the stock class cannot express."""

    def __init__(self, label: str, color: str, max_weight: int, dashed: bool = False, directed: bool = True):
        super().__init__(label, color=color, caption="name", directed=directed, labeled=None)
        self.max_weight = max(2, max_weight)
        self.dashed = dashed

    def dump(self) -> dict:
        d = super().dump()
        d["style"]["width"] = f"mapData(weight, 1, {self.max_weight}, 1.2, 6)"
        d["style"]["font-size"] = 10  # the component hides labels drawn smaller than 10 px
        d["style"]["color"] = "#ffffff"  # caption text on the relation-coloured label box
        if self.dashed:
            d["style"]["line-style"] = "dashed"
        return d


class CaptionNodeStyle(NodeStyle):
    """NodeStyle with two-line (English / Arabic) captions."""

    def dump(self) -> dict:
        d = super().dump()
        d["style"].update({"text-wrap": "wrap", "font-size": 12, "text-halign": "center"})
        return d


LAYOUT = {"name": "cose", "animate": False, "fit": True, "padding": 30, "nodeRepulsion": 40000,
          "idealEdgeLength": 80, "nodeOverlap": 20, "gravity": 0.3, "numIter": 1500,
          "nodeDimensionsIncludeLabels": True, "randomize": False}


CSS = """
<style>
.kg-ar { direction: rtl; text-align: right; unicode-bidi: isolate; font-size: 1.15rem; line-height: 2;
         font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", serif; }
.kg-ar mark { background: #ffe066; padding: 0 .2em; border-radius: .2em; }
.kg-claim { border: 1px solid #ddd; border-radius: .5rem; padding: .6rem .9rem; margin: .5rem 0; }
.kg-head { font-size: .95rem; margin-bottom: .3rem; }
.kg-meta { color: #555; font-size: .85rem; margin-top: .3rem; }
.kg-iri { font-size: .75rem; color: #777; }
[lang="ar"] { unicode-bidi: isolate; }
</style>
"""
