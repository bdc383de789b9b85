"""End to end in a real browser: `streamlit run app.py`, click an edge, read the provenance panel,
and check what the network looks like as drawn (captions, canvas, selection).

AppTest cannot run the st-link-analysis JavaScript, so these are the tests
that prove a click on the Cytoscape canvas reaches Python and that the drawing
is readable.  They drive Debian's chromium through Playwright (never
`playwright install`: no browser download); without /usr/bin/chromium they are
skipped.  Screenshots go to $KG_SHOTS when it is set (e.g. /tmp/kg-shots), else
to pytest's temporary folder.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
COMPONENT = 'iframe[title$="st_link_analysis"]'  # components v1 title the iframe by module path
PREFERRED_EDGE = "US|supports|LNA"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_store_dir):
    """`streamlit run app.py` on loopback, headless, on a free port; yields the base URL."""
    port = free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    env.pop("KG_STORE", None)
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
           "--server.address", "127.0.0.1", "--server.port", str(port), "--server.fileWatcherType", "none",
           "--", "--store", str(seeds_store_dir)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
                pytest.fail(f"streamlit did not come up on {url}:\n{out[-3000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# Where to click: a point on an edge (the preferred one if possible) whose whole
# 5x5 px neighbourhood Cytoscape itself hit-tests to that edge, so neither
# rounding of mouse coordinates nor a crossing edge can divert the click.
# Points are tried along the edge: the midpoint first, then either side of it.
FIND_EDGE_JS = """
(preferred) => {
  const cy = document.getElementById('cy')._cyreg.cy;
  const r = cy.renderer();
  const box = document.getElementById('cy').getBoundingClientRect();
  const along = (e, t) => {
    if (t === 0.5) return e.renderedMidpoint();
    const a = e.renderedSourceEndpoint(), b = e.renderedTargetEndpoint();
    const c = (e.renderedControlPoints && e.renderedControlPoints()) || [];
    if (c.length === 1) {  // a bundled bezier: quadratic through one control point
      const u = 1 - t;
      return {x: u * u * a.x + 2 * u * t * c[0].x + t * t * b.x, y: u * u * a.y + 2 * u * t * c[0].y + t * t * b.y};
    }
    return c.length ? null : {x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)};
  };
  const hits = (e, x, y) => {
    const m = r.projectIntoViewport(x, y);
    const h = r.findNearestElement(m[0], m[1], true, false);
    return !!h && h.id() === e.id();
  };
  const edges = [cy.getElementById(preferred), ...cy.edges().toArray()].filter(e => e.length);
  for (const e of edges) {
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const p = along(e, t);
      if (!p) continue;
      const x = box.left + p.x, y = box.top + p.y;
      let ok = true;
      for (const dx of [-2, 0, 2]) for (const dy of [-2, 0, 2]) ok = ok && hits(e, x + dx, y + dy);
      if (ok) return {id: e.id(), x: x, y: y};
    }
  }
  return null;
}
"""


def where_to_click(page, inner, handle) -> tuple[dict, dict]:
    """An edge's on-screen spot and the iframe's offset, once neither moves any more
    (the layout runs and the page reflows while Streamlit fills in the rest)."""
    last = None
    for _ in range(40):
        now = (inner.evaluate(FIND_EDGE_JS, PREFERRED_EDGE), handle.bounding_box())
        if now[0] and now == last:
            return now
        last = now
        page.wait_for_timeout(250)
    raise AssertionError(f"the graph did not settle; last spot and offset: {last}")


def test_click_on_an_edge_opens_its_provenance(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.set_default_timeout(60_000)
            page.goto(server)
            page.get_by_text("Click an edge or a node above").wait_for()
            assert page.locator(".kg-claim").count() == 0

            handle = page.locator(COMPONENT).first.element_handle()
            inner = handle.content_frame()
            inner.wait_for_function("() => { const cy = document.getElementById('cy')?._cyreg?.cy;"
                                    " return cy && cy.edges().length > 0 && cy.width() > 0; }")
            spot, offset = where_to_click(page, inner, handle)
            page.mouse.click(offset["x"] + spot["x"], offset["y"] + spot["y"])
            clicked = inner.evaluate("() => document.getElementById('cy')._cyreg.cy"
                                     ".$('edge:selected').map(e => e.id())")
            assert clicked == [spot["id"]], f"aimed at {spot['id']}, Cytoscape selected {clicked}"

            source, relation, target = spot["id"].split("|")[:3]
            card = page.locator(".kg-claim").first
            card.wait_for()
            assert card.locator("mark").first.inner_text().strip()  # highlighted evidence
            assert card.locator('.kg-ar[dir="rtl"]').count() == 1
            # the panel says which edge it explains, and the URL now shares it
            sync_api.expect(page.locator(".kg-selection")).to_contain_text(relation)
            sync_api.expect(page).to_have_url(re.compile(rf"source={re.escape(source)}&relation={relation}"
                                                         rf"&target={re.escape(target)}"))
        finally:
            browser.close()


# The drawing as Cytoscape has it: per visible node its caption box and its disc (model
# coordinates, where overlap is decided) and its whole box on screen; the canvas size;
# the selected edges with their caption.
FACTS_JS = """
() => {
  const cy = document.getElementById('cy')._cyreg.cy;
  const box = b => ({x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2});
  const nodes = cy.nodes().filter(n => n.visible()).map(n => ({
    id: n.id(), kind: n.data('label'), party: n.data('party'), color: n.data('color'),
    background: n.style('background-color'),
    caption: box(n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true})),
    disc: box(n.boundingBox({includeNodes: true, includeEdges: false, includeLabels: false})),
    screen: box(n.renderedBoundingBox({includeLabels: true}))}));
  const selected = cy.edges(':selected').map(e => ({id: e.id(), label: e.style('label'),
                                                    line: e.style('line-color'), classes: e.classes()}));
  const dimmed = cy.elements('.kg-dim').length;
  // the component's side panel (collapsed: a strip down the left edge) covers part of the canvas
  const panel = document.getElementById('infopanel').getBoundingClientRect();
  const left = panel.right - document.getElementById('cy').getBoundingClientRect().left;
  return {nodes, selected, dimmed, left, width: cy.width(), height: cy.height(), zoom: cy.zoom()};
}
"""


def overlaps(a: dict, b: dict) -> bool:
    return a["x1"] < b["x2"] and b["x1"] < a["x2"] and a["y1"] < b["y2"] and b["y1"] < a["y2"]


def shots_dir(tmp_path_factory) -> Path:
    where = Path(os.environ.get("KG_SHOTS") or tmp_path_factory.mktemp("shots"))
    where.mkdir(parents=True, exist_ok=True)
    return where


def open_network(page, url: str | None, ready: str = "cy.nodes().length > 0"):
    """The network's Cytoscape frame once ``ready`` holds and the drawing stops moving (``url``
    None: stay on the page, whose session state a reload would lose); returns (frame, facts)."""
    if url:
        page.goto(url)
    inner = page.locator(COMPONENT).first.element_handle().content_frame()
    inner.wait_for_function("() => { const cy = document.getElementById('cy')?._cyreg?.cy;"
                            f" return cy && cy.width() > 0 && {ready}; }}")
    last = None
    for _ in range(40):
        now = inner.evaluate(FACTS_JS)
        if now == last:
            return inner, now
        last = now
        page.wait_for_timeout(250)
    raise AssertionError("the network did not settle")


def wait_until_drawn(page) -> None:
    """The script has finished and no placeholder is left (then tables and charts are on the page)."""
    page.wait_for_function("() => document.querySelector('[data-test-script-state]')?.getAttribute("
                           "'data-test-script-state') === 'notRunning'"
                           " && document.querySelectorAll('[data-testid=\"stSkeleton\"]').length === 0")
    page.wait_for_timeout(500)


def assert_readable(facts: dict) -> None:
    """No caption overlaps another caption or another node's disc; every node lies on the canvas."""
    nodes = facts["nodes"]
    assert nodes
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            assert not overlaps(a["caption"], b["caption"]), f"captions of {a['id']} and {b['id']} overlap"
            assert not overlaps(a["caption"], b["disc"]), f"caption of {a['id']} covers {b['id']}"
            assert not overlaps(b["caption"], a["disc"]), f"caption of {b['id']} covers {a['id']}"
        s = a["screen"]
        assert facts["left"] <= s["x1"] and s["x2"] <= facts["width"] and 0 <= s["y1"] and s["y2"] <= facts["height"], \
            f"{a['id']} is drawn off the canvas: {s} in {facts['width']}x{facts['height']}"


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser):
    p = browser.new_page(viewport={"width": 1400, "height": 1400})
    p.set_default_timeout(60_000)
    try:
        yield p
    finally:
        p.close()


def test_party_network_is_readable(server, page, tmp_path_factory):
    _, facts = open_network(page, server)
    assert_readable(facts)
    assert {"US", "LNA", "Russia"} <= {n["id"] for n in facts["nodes"]}
    assert not facts["selected"] and not facts["dimmed"]
    # the sidebar's chips show whole labels ("United States · الولايات المتحدة"), none cut with an ellipsis
    chips = '[data-testid="stMultiSelectTagsContainer"] [data-tag] > span'
    cut = page.evaluate(f"""() => [...document.querySelectorAll('{chips}')]
        .filter(s => s.scrollWidth > s.clientWidth + 1).map(s => s.textContent)""")
    assert page.locator(chips).count() > 4 and cut == []
    wait_until_drawn(page)
    page.screenshot(path=str(shots_dir(tmp_path_factory) / "network-party.png"), full_page=True)


def test_person_network_is_readable_and_coloured_by_party(server, page, tmp_path_factory):
    page.goto(server)
    page.locator(COMPONENT).first.wait_for()
    page.get_by_text("Person-level actors").click()
    _, facts = open_network(page, None, "cy.nodes('[label=\\'person\\']').length > 0")
    assert_readable(facts)
    people = [n for n in facts["nodes"] if n["kind"] == "person"]
    assert {"Trump", "Haftar"} <= {n["id"] for n in people}
    # one colour per party, the same for the party's people
    by_party: dict[str, set] = {}
    for n in facts["nodes"]:
        by_party.setdefault(n["party"], set()).add(n["background"])
    assert all(len(colours) == 1 for colours in by_party.values()), by_party
    assert len({next(iter(c)) for c in by_party.values()}) > 1
    wait_until_drawn(page)
    page.screenshot(path=str(shots_dir(tmp_path_factory) / "network-person.png"), full_page=True)


def test_link_to_an_edge_highlights_it(server, page, tmp_path_factory):
    _, facts = open_network(page, f"{server}/?source=US&relation=supports&target=LNA")
    assert [e["id"] for e in facts["selected"]] == ["US|supports|LNA"]
    edge = facts["selected"][0]
    assert edge["label"].startswith("supports (")  # captioned while selected
    assert "kg-sel" in edge["classes"]
    assert facts["dimmed"] > 0  # the rest fades
    assert_readable(facts)
    page.locator(".kg-claim").first.wait_for()
    wait_until_drawn(page)
    page.screenshot(path=str(shots_dir(tmp_path_factory) / "network-selected-edge.png"), full_page=True)


@pytest.mark.parametrize("view, heading", [("Claims", "Claims"), ("SPARQL", "SPARQL console"),
                                           ("Camps", "Camps"), ("Timeline", "Timeline")])
def test_each_tab_renders_without_deploy_button(server, page, tmp_path_factory, view, heading):
    page.goto(f"{server}/?view={view}")
    page.get_by_role("heading", name=re.compile(heading)).first.wait_for()
    wait_until_drawn(page)
    assert page.get_by_role("button", name="Deploy").count() == 0  # an offline tool: no Deploy button
    assert page.locator('[data-testid="stException"]').count() == 0
    page.screenshot(path=str(shots_dir(tmp_path_factory) / f"tab-{view.lower()}.png"), full_page=True)


def test_camps_graph_is_readable(server, page):
    """The Camps tab draws the network's positions, so it is as readable as the network."""
    _, facts = open_network(page, f"{server}/?view=Camps")
    assert_readable(facts)
    assert {"US", "LNA"} <= {n["id"] for n in facts["nodes"]}
