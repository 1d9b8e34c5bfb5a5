"""report.html in a real headless Chromium: it loads nothing, runs nothing, and shows the scan.

Run with `pytest tests/browser` after `cargo build --release -p distillguard`
(DISTILLGUARD and CHROMIUM override the binary and browser paths).
"""

import json
import pathlib

import pytest

from conftest import Visit, flagged_clusters, scan

PAYLOADS = [
    "<script>window.__xss=1</script>",
    '"><img src=x onerror="window.__xss=1">',
    "javascript:window.__xss=1",
]


@pytest.fixture(scope="module")
def clean(simulated, tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("scan") / "out"
    scan(simulated, out)
    return out


def test_report_loads_nothing_and_shows_every_campaign(browser, clean):
    expected = flagged_clusters(clean)
    assert expected > 0, "seed 5 has campaigns to show"
    v = Visit(browser, clean / "report.html")
    try:
        assert v.requests == [v.url], f"requests beyond the document: {v.requests}"
        assert v.console_errors == [], v.console_errors
        assert v.page_errors == [], v.page_errors
        assert v.page.locator("#campaign-count").inner_text() == str(expected)
        assert v.page.locator("tr.campaign").count() == expected
        assert v.page.locator("div.card").count() == min(expected, 20)
        # The headline tiles carry summary.json's numbers.
        summary = json.loads((clean / "summary.json").read_text())
        tiles = v.page.locator(".tile").all_inner_texts()
        assert any(t.startswith(f"{summary['lines_read']:,}") for t in tiles), tiles
        # Charts are inline SVG drawn with a size (not collapsed to nothing).
        graph = v.page.locator("div.card svg[aria-label='link evidence graph']").first
        box = graph.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 200, box
        assert v.page.locator("script").count() == 0
    finally:
        v.close()


def hostile_data(src: pathlib.Path, dst: pathlib.Path) -> dict[str, str]:
    """Copies a simulated data set, renaming accounts and user agents to script payloads
    consistently in events.jsonl and accounts.jsonl. Returns old id → new id."""
    dst.mkdir(parents=True)
    for name in ["ip_ranges.csv", "releases.csv", "policy.toml"]:
        (dst / name).write_bytes((src / name).read_bytes())
    ids: dict[str, str] = {}

    def rename(old: str) -> str:
        if old not in ids:
            n = len(ids)
            ids[old] = f"{PAYLOADS[n % len(PAYLOADS)]}#{n}"
        return ids[old]

    with open(src / "events.jsonl", encoding="utf-8") as f, open(
        dst / "events.jsonl", "w", encoding="utf-8"
    ) as g:
        for i, line in enumerate(f):
            ev = json.loads(line)
            ev["account_id"] = rename(ev["account_id"])
            ev["user_agent"] = PAYLOADS[i % len(PAYLOADS)]
            g.write(json.dumps(ev) + "\n")
    with open(src / "accounts.jsonl", encoding="utf-8") as f, open(
        dst / "accounts.jsonl", "w", encoding="utf-8"
    ) as g:
        for line in f:
            acc = json.loads(line)
            acc["account_id"] = rename(acc["account_id"])
            g.write(json.dumps(acc) + "\n")
    return ids


def test_hostile_account_ids_and_user_agents_execute_nothing(browser, simulated, tmp_path):
    hostile_data(simulated, tmp_path / "hostile")
    out = tmp_path / "out"
    report = scan(tmp_path / "hostile", out)
    v = Visit(browser, report)
    try:
        assert v.page.evaluate("typeof window.__xss") == "undefined"
        assert v.dialogs == []
        assert v.requests == [v.url], f"requests beyond the document: {v.requests}"
        assert v.console_errors == [], v.console_errors
        assert v.page_errors == [], v.page_errors
        assert v.page.locator("script").count() == 0
        assert v.page.locator("img").count() == 0
        assert v.page.locator("[onerror]").count() == 0
        assert v.page.locator("a[href^='javascript']").count() == 0
        # The payloads are on the page as text a reader can see (member lists are folded
        # in <details>: unfold them, as a reader would).
        v.page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        text = v.page.locator("body").inner_text()
        for p in PAYLOADS:
            assert p in text, f"{p!r} not shown as text"
        assert v.page.locator("#campaign-count").inner_text() == str(flagged_clusters(out))
    finally:
        v.close()
