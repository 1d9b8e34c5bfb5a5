"""Shared set-up of the browser tests: the distillguard binary, Chromium, and scanned data."""

import json
import os
import pathlib
import subprocess

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("DISTILLGUARD", ROOT / "target" / "release" / "distillguard"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def run(*args: object) -> None:
    """Runs the binary; a failure shows its stderr."""
    p = subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True)
    assert p.returncode == 0, f"{args[0]} failed ({p.returncode}):\n{p.stderr}"


def scan(data: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """Scans a simulated data set into `out`; returns the report's path."""
    run(
        "scan",
        "--events", data / "events.jsonl",
        "--accounts", data / "accounts.jsonl",
        "--ip-ranges", data / "ip_ranges.csv",
        "--releases", data / "releases.csv",
        "--policy", data / "policy.toml",
        "--out", out,
        "-q",
    )
    return out / "report.html"


def flagged_clusters(out: pathlib.Path) -> int:
    """Flagged clusters in clusters.jsonl: the campaigns the report must show."""
    with open(out / "clusters.jsonl", encoding="utf-8") as f:
        return sum(1 for line in f if json.loads(line)["decision"] != "allow")


@pytest.fixture(scope="session")
def simulated(tmp_path_factory) -> pathlib.Path:
    """`simulate --scale small --seed 5`, written once per session."""
    assert BINARY.is_file(), f"{BINARY}: build it first (cargo build --release -p distillguard)"
    data = tmp_path_factory.mktemp("sim") / "data"
    run("simulate", "--scale", "small", "--seed", 5, "--out", data)
    return data


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which downloads nothing)."""
    assert pathlib.Path(CHROMIUM).exists(), f"{CHROMIUM}: apt-get install chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield b
        b.close()


class Visit:
    """One page load with everything the page tried to do recorded."""

    def __init__(self, browser, report: pathlib.Path):
        self.url = report.resolve().as_uri()
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        # Every request of the context, including those of frames and workers.
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page.on(
            "console",
            lambda m: self.console_errors.append(m.text) if m.type == "error" else None,
        )
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        self.page.goto(self.url, wait_until="load")
        # Let anything deferred (lazy images, timers) have its chance to fire.
        self.page.wait_for_timeout(300)

    def close(self) -> None:
        self.context.close()
