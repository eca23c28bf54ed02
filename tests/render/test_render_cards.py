"""Renders every card of bot/card_catalogue.py with the official `adaptivecards` renderer in headless
Chromium, Teams-like host configs, light and dark (tests/render/render.mjs), and fails on any warning.

Needs node, Debian's chromium and `npm ci` in tests/render (`.ci/install-render-deps` does all three).
Without them the test skips and says what is missing, unless RUSBOT_REQUIRE_RENDER=1 (CI sets it).
PNGs go to build/card-renders/ (or RUSBOT_RENDER_ARTIFACTS): look at them when a card changes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from bot import card_catalogue, cards

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
REQUIRED = os.environ.get("RUSBOT_REQUIRE_RENDER") == "1"

pytestmark = pytest.mark.render


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed"
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)"
    for package in ("adaptivecards", "playwright-core", "markdown-it"):
        if not (HERE / "node_modules" / package).is_dir():
            return f"tests/render/node_modules/{package} is missing (run `npm ci` in tests/render)"
    return None


@pytest.fixture(scope="module")
def renderer() -> None:
    problem = _missing()
    if problem:
        if REQUIRED:
            pytest.fail(f"RUSBOT_REQUIRE_RENDER=1 but {problem}; run .ci/install-render-deps")
        pytest.skip(f"{problem}; run .ci/install-render-deps (RUSBOT_REQUIRE_RENDER=1 makes this a failure)")


def _render(cards_dir: Path, out_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(HERE / "render.mjs"), str(cards_dir), str(out_dir)], capture_output=True,
                          text=True, timeout=300, check=False, env={**os.environ, "CHROMIUM": CHROMIUM})


def _write(directory: Path, catalogue: dict[str, dict[str, object]]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, card in catalogue.items():
        (directory / f"{name}.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")


def test_every_card_renders_without_warnings_in_light_and_dark(renderer: None, tmp_path: Path) -> None:
    catalogue = card_catalogue.all_cards()
    _write(tmp_path / "cards", catalogue)
    out = Path(os.environ.get("RUSBOT_RENDER_ARTIFACTS", ROOT / "build" / "card-renders"))
    if out.exists():
        shutil.rmtree(out)
    result = _render(tmp_path / "cards", out)
    assert result.returncode == 0, f"renderer reported problems:\n{result.stdout}\n{result.stderr}"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert set(report["cards"]) == set(catalogue)
    for name in catalogue:
        for theme in ("light", "dark"):
            entry = report["cards"][name][theme]
            assert Path(entry["png"]).stat().st_size > 1000
            assert entry["height"] > 50, f"{name} ({theme}) rendered almost nothing"


def test_the_renderer_reports_what_teams_would_not_show(renderer: None, tmp_path: Path) -> None:
    bad = {
        "unknown-element": cards.card([{"type": "Carousel", "pages": []}], "x"),
        "input-without-id": cards.card([{"type": "Input.Text", "label": "Namn"}], "x"),
    }
    _write(tmp_path / "cards", bad)
    result = _render(tmp_path / "cards", tmp_path / "out")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "WARNING unknown-element" in result.stdout
    assert "WARNING input-without-id" in result.stdout
