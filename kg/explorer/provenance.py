"""The Provenance panel: which claims a selection (click, URL or session state) stands for,
each shown with its Arabic sentence and the evidence highlighted."""
from __future__ import annotations

from typing import Iterable, Mapping

import streamlit as st

from kg.explorer.data import RELATION_AR, StoreData, cached_claim_texts, date_label, label_html, md_safe
from kg.explorer.filters import outlet_of

MAX_PROVENANCE = 50  # claims rendered per selection; the Claims tab has them all
EDGE_SEP = "|"
SELECTION_KEYS = ("source", "relation", "target", "node", "negated", "level")


def edge_id(source: str, relation: str, target: str, negated: bool) -> str:
    """Edge ids carry the selection they stand for, so a click needs no lookup table."""
    return EDGE_SEP.join([source, relation, target] + (["negated"] if negated else []))


def parse_edge_id(eid: str, level: str) -> dict:
    """The selection an edge click stands for."""
    parts = eid.split(EDGE_SEP)
    return {"source": parts[0], "relation": parts[1], "target": parts[2],
            "negated": len(parts) > 3 and parts[3] == "negated", "level": level}


def selection_from_event(event: Mapping, level: str) -> dict | None:
    """The selection a st-link-analysis event stands for: ``{"action": "edge_click" | "node_click",
    "data": {"target_id": ...}, "timestamp": ...}`` (the shape its bundled JS sends back)."""
    target = (event.get("data") or {}).get("target_id")
    if not target:
        return None
    if event.get("action") == "edge_click":
        return parse_edge_id(target, level)
    if event.get("action") == "node_click":
        return {"node": target, "level": level}
    return None


def selection_from_params(params: Mapping[str, str]) -> dict | None:
    """``?source=US&relation=supports&target=LNA`` (any subset; ``node=X`` for either side)."""
    sel = {k: params[k] for k in SELECTION_KEYS if params.get(k)}
    if not any(k in sel for k in ("source", "target", "node")):
        return None
    if "negated" in sel:
        sel["negated"] = str(sel["negated"]).lower() in ("1", "true", "yes")
    return sel


def selection_to_params(sel: Mapping) -> dict[str, str]:
    """The inverse of :func:`selection_from_params` (booleans as ``true`` / ``false``)."""
    return {k: (str(sel[k]).lower() if isinstance(sel[k], bool) else str(sel[k]))
            for k in SELECTION_KEYS if sel.get(k) not in (None, "")}


def _side_matches(claim: Mapping, side: str, value: str, level: str | None) -> bool:
    if level == "party":
        return claim[f"{side}_party"] == value
    if level == "actor":
        return claim[side] == value
    return value in (claim[side], claim[f"{side}_party"])


def claims_for(claims: Iterable[Mapping], sel: Mapping) -> list[Mapping]:
    """The claims behind a selected edge or node; ids match actors or parties unless ``level`` says which."""
    level = sel.get("level")
    out = []
    for c in claims:
        if sel.get("relation") and c["relation"] != sel["relation"]:
            continue
        if "negated" in sel and bool(c["negated"]) != bool(sel["negated"]):
            continue
        if sel.get("source") and not _side_matches(c, "source", sel["source"], level):
            continue
        if sel.get("target") and not _side_matches(c, "target", sel["target"], level):
            continue
        if sel.get("node") and not (_side_matches(c, "source", sel["node"], level)
                                    or _side_matches(c, "target", sel["node"], level)):
            continue
        out.append(c)
    out.sort(key=lambda c: (-c["confidence"], c.get("published") or "9999", c["doc"], c["sentence"]))
    return out


def evidence_html(stext: str | None, a: int, b: int, evidence: str) -> str:
    """The sentence right-to-left with the evidence span in <mark>; everything escaped."""
    if not stext or not (0 <= a < b <= len(stext)):
        before, mark, after = "", evidence, ""
    else:
        before, mark, after = stext[:a], stext[a:b], stext[b:]
    esc = md_safe
    return (f'<div class="kg-ar" dir="rtl" lang="ar">{esc(before)}<mark>{esc(mark)}</mark>'
            f'{esc(after)}</div>')


def curation_html(c: Mapping, labels: Mapping[str, tuple[str, str]], judgement=None) -> str:
    """The analyst's mark on a claim: confirmed, corrected (the extracted claim one click away,
    in a <details>) or retracted (with why); empty for an uncurated claim."""
    status = c.get("curation")
    if not status:
        return ""
    esc = md_safe
    who = f" by {esc(judgement.by)}, {esc(judgement.when[:10])}" if judgement else ""
    why = f": {esc(judgement.reason)}" if judgement and judgement.reason else ""
    if status == "corrected" and c.get("original"):
        o = c["original"]
        return (f'<details class="kg-curation kg-corrected"><summary>✎ corrected{who}{why}</summary>'
                f'extracted: {label_html(o["source"], labels)} → {"not " if o["negated"] else ""}'
                f'{esc(o["relation"])} → {label_html(o["target"], labels)}</details>')
    sign = {"confirmed": "✓", "retracted": "✗", "corrected": "✎"}[status]
    return f'<div class="kg-curation kg-{status}">{sign} {status}{who}{why}</div>'


def claim_card_html(c: Mapping, labels: Mapping[str, tuple[str, str]], judgement=None,
                    marks: Iterable[str] = (), copies: Iterable[str] = ()) -> str:
    """One claim (with the fields of :func:`claim_texts`): Arabic sentence with highlighted evidence,
    then its metadata; the curation mark (retracted claims struck through), the corroboration
    marks (kg.stories.marks) and the other copies of its story."""
    if c.get("stext"):
        a = max(c["start"], c["sstart"]) - c["sstart"]
        b = min(c["end"], c["send"]) - c["sstart"]
        body = evidence_html(c["stext"], a, b, c["evidence"])
    else:
        body = evidence_html(None, 0, 0, c.get("evidence") or "")
    esc = md_safe
    title = esc(c.get("title") or c["doc"])
    url = c.get("url") or ""
    if url.startswith(("http://", "https://")):
        title = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    rel = c["relation"]
    head = (f'{label_html(c["source"], labels)} → <b>{"not " if c["negated"] else ""}{esc(rel)}</b> '
            f'(<bdi dir="rtl" lang="ar">{esc(RELATION_AR.get(rel, ""))}</bdi>) → {label_html(c["target"], labels)}')
    if c.get("curation") == "retracted":
        head = f"<s>{head}</s>"
    meta = [f"<b>{title}</b>", esc(outlet_of(c)), esc(date_label(c)),
            f"speaker: {label_html(c['speaker'], labels) if c.get('speaker') else '—'}",
            f"confidence: {c['confidence']:.2f}", f"negated: {'yes' if c['negated'] else 'no'}"]
    extra = "".join(f'<span class="kg-mark">{esc(m)}</span> ' for m in marks)
    copies = [d for d in copies if d != c["doc"]]
    if copies:
        extra += f'<span class="kg-copies">copies of this story: {esc(", ".join(copies))}</span>'
    return (f'<div class="kg-claim{" kg-struck" if c.get("curation") == "retracted" else ""}">'
            f'<div class="kg-head">{head}</div>{curation_html(c, labels, judgement)}{body}'
            f'<div class="kg-meta">{" · ".join(meta)}</div>'
            + (f'<div class="kg-marks">{extra}</div>' if extra else "")
            + f'<div class="kg-iri"><code>{esc(c["claim"])}</code></div></div>')


def curation_form(data: StoreData, c: Mapping) -> None:
    """Retract / Correct / Confirm for one claim, written to the store's curation graph."""
    from kg.curation import CURATION_GRAPH, CurationError, default_user
    from kg.explorer.data import cached_claim_texts, cached_data, cached_details, curate
    from kg.ontology import RELATIONS, registry
    from kg.store import StoreError

    with st.expander("Curate · تدقيق"):
        st.caption(f"Written to the curation graph {md_safe('<' + CURATION_GRAPH + '>')} of the store {md_safe(data.path)} "
                   "(the only thing the explorer writes; `kg curation export FILE` shares it).")
        with st.form(key=f"curate_{c['claim']}"):
            action = st.radio("Action", ("retract", "correct", "confirm"), horizontal=True,
                              format_func=lambda a: {"retract": "Retract · سحب", "correct": "Correct · تصحيح",
                                                     "confirm": "Confirm · تأكيد"}[a])
            reason = st.text_input("Reason · السبب", key=f"reason_{c['claim']}")
            by = st.text_input("By · المدقق", value=default_user(), key=f"by_{c['claim']}")
            actors = sorted(registry().actors)
            cols = st.columns(4)
            source = cols[0].selectbox("Source", actors, index=actors.index(c["source"]) if c["source"] in actors else 0)
            relation = cols[1].selectbox("Relation", RELATIONS, index=RELATIONS.index(c["relation"]))
            target = cols[2].selectbox("Target", actors, index=actors.index(c["target"]) if c["target"] in actors else 0)
            negated = cols[3].checkbox("Negated", value=bool(c["negated"]))
            if st.form_submit_button("Save · حفظ"):
                changes = None
                if action == "correct":
                    changes = {k: v for k, v in {"source": source, "relation": relation, "target": target,
                                                 "negated": negated}.items() if v != c[k]}
                try:
                    curate(data.path, c["claim"], action, reason, by, changes)
                except (CurationError, StoreError) as e:
                    st.error(str(e))
                    return
                cached_data.clear()
                cached_details.clear()
                cached_claim_texts.clear()
                st.rerun()


def current_selection() -> dict | None:
    """The provenance selection: session state first (clicks, tests), else the URL."""
    if "selection" not in st.session_state:
        st.session_state["selection"] = selection_from_params(st.query_params.to_dict())
    return st.session_state["selection"]


def set_selection(sel: dict | None) -> None:
    """Remember the selection and mirror it in the URL, so that the view can be shared as a link."""
    st.session_state["selection"] = sel
    for k in SELECTION_KEYS:
        if k in st.query_params:
            del st.query_params[k]
    if sel:
        st.query_params.update(selection_to_params(sel))


def describe_html(sel: Mapping, labels: Mapping[str, tuple[str, str]]) -> str:
    """The selection in words (HTML, escaped), e.g. "United States · الولايات المتحدة → supports → …"."""
    if sel.get("node"):
        return f"claims involving {label_html(sel['node'], labels)}"
    src = label_html(sel["source"], labels) if sel.get("source") else "anyone"
    tgt = label_html(sel["target"], labels) if sel.get("target") else "anyone"
    rel = md_safe(sel.get("relation") or "any relation")
    return f"{src} → {'not ' if sel.get('negated') else ''}{rel} → {tgt}"


def provenance_view(data: StoreData, shown: list[dict]) -> None:
    """The claims behind the selection, each with its Arabic sentence and evidence highlighted."""
    st.subheader("Provenance · المصدر")
    sel = current_selection()
    if not sel:
        st.caption("Click an edge or a node above, or open a link such as `?source=US&relation=supports&target=LNA`.")
        return
    hits = claims_for(shown, sel)
    col, clear = st.columns([5, 1])
    col.markdown(f'<div class="kg-selection"><b>{describe_html(sel, data.labels)}</b>: {len(hits)} '
                 f"claim{'s' if len(hits) != 1 else ''} from {len({c['doc'] for c in hits})} document(s), "
                 "sidebar filters applied</div>", unsafe_allow_html=True)
    if clear.button("Clear · مسح", key="clear_selection"):
        set_selection(None)
        st.rerun()
    if not hits:
        st.info("No claims behind this selection under the current filters.")
    from kg.stories import marks

    texts = cached_claim_texts(data.path, tuple(c["claim"] for c in hits[:MAX_PROVENANCE]))
    support = data.corroboration()
    for c in hits[:MAX_PROVENANCE]:
        st.markdown(claim_card_html({**c, **texts.get(c["claim"], {})}, data.labels, data.judgements.get(c["claim"]),
                                    marks(support.get((c["source"], c["relation"], c["target"]), {})),
                                    data.copies.get(c.get("story") or c["doc"], ())), unsafe_allow_html=True)
        curation_form(data, c)
    if len(hits) > MAX_PROVENANCE:
        st.caption(f"Showing the {MAX_PROVENANCE} most confident; the Claims tab lists all of them.")
