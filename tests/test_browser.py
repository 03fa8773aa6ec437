"""The review app in a real browser: streamlit serves it on a free localhost port, headless
Debian Chromium (driven by Playwright's Python package, never a downloaded browser) opens it,
runs a comparison on a corpora/ pair, and checks highlights, the RTL column and that article
text which looks like HTML or script stays inert text.

Needs the `chromium` Debian package and `pip install playwright` (.ci/install_browser.sh).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and Path(p).exists()), None)
PAIR = "03_rewrite_elections"
XSS_AR = "قال المتحدث إن <script>alert(1)</script> النص <img src=x onerror=alert(1)> لا يعمل."
XSS_EN = "The spokesman said <img src=x onerror=alert(1)> that <script>alert(1)</script> does not run."

CHROMIUM_ARGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
CHROMIUM_ARGS += " --disable-component-update --disable-sync"

UPLOAD_AR = "قال الوزير إن المشروع سينتهي في عام 2025."
UPLOAD_EN = "The minister revealed that the project will end in 2025."

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian chromium is not installed: bash .ci/install_browser.sh"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def corpora(tmp_path: Path) -> Path:
    """A corpora folder with one bundled pair and one whose articles are full of markup."""
    root = tmp_path / "corpora"
    shutil.copytree(ROOT / "corpora" / PAIR, root / PAIR, ignore=shutil.ignore_patterns("alignment.corrected.json"))
    (root / "99_markup").mkdir()
    (root / "99_markup" / "ar.txt").write_text(XSS_AR + "\n", encoding="utf-8")
    (root / "99_markup" / "en.txt").write_text(XSS_EN + "\n", encoding="utf-8")
    return root


@pytest.fixture()
def app_url(corpora: Path, tmp_path: Path):
    port = _free_port()
    env = {**os.environ, "WORKBENCH_CORPORA": str(corpora), "WORKBENCH_TRANSLATOR": "lexicon"}
    log = open(tmp_path / "streamlit.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py")),
            *("--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1"),
            *("--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text(errors="replace"))
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _settle(page) -> None:
    """Wait until the app has finished the rerun a widget change started."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=30_000)


def _choose_pair(page, name: str) -> None:
    combo = page.get_by_role("combobox", name="Pair")
    if combo.input_value() != name:
        combo.click()
        page.get_by_role("option", name=name).click()
        page.wait_for_function(f"() => document.querySelector('.st-key-pair input').value === {name!r}", timeout=10_000)
    page.get_by_role("button", name="Compare").click()


def test_review_in_chromium(app_url: str, tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    dialogs: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS.split(),
        )
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(app_url, wait_until="domcontentloaded")
            page.wait_for_selector(".st-key-pair", timeout=60_000)

            _choose_pair(page, PAIR)
            page.wait_for_selector(".wb-rows mark", timeout=60_000)
            rows = page.locator(".wb-rows tbody tr")
            assert rows.count() >= 12
            assert page.locator('.wb-rows td[dir="rtl"][lang="ar"]').count() == rows.count()
            marks = page.locator(".wb-rows mark")
            assert marks.count() >= 5
            # the explanation is on hover (title) and in the row's <details>
            assert "said" in (page.locator(".wb-rows mark.f-reporting_verb").first.get_attribute("title") or "")
            assert page.locator(".wb-rows td.ar").first.evaluate("e => getComputedStyle(e).direction") == "rtl"
            assert page.locator(".wb-rows td.en mark.f-reporting_verb").first.inner_text() == "revealed"
            assert page.locator(".wb-rows td.ar mark.f-reporting_verb").first.inner_text() == "وقالت"
            assert page.locator(".wb-legend span").count() >= 10
            details = page.locator(".wb-rows details").first
            details.locator("summary").click()
            assert details.locator("li").first.is_visible()
            page.wait_for_timeout(500)
            shot = tmp_path / "review.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000

            _choose_pair(page, "99_markup")
            page.wait_for_selector(".wb-rows", timeout=60_000)
            page.wait_for_function(
                "() => document.querySelector('.wb-rows') && document.querySelector('.wb-rows').innerText"
                ".includes('<script>alert(1)</script>')",
                timeout=60_000,
            )
            table = page.locator(".wb-rows")
            text = table.inner_text()
            assert "<script>alert(1)</script>" in text
            assert "<img src=x onerror=alert(1)>" in text
            assert table.locator("script").count() == 0
            assert table.locator("img").count() == 0
            assert page.locator('img[src="x"]').count() == 0
            page.wait_for_timeout(1000)  # give an injected handler time to fire, were there one
            page.screenshot(path=str(tmp_path / "markup.png"), full_page=True)

            # uploads: an Arabic HTML page in Windows-1256 and an English text in UTF-16
            ar_page = tmp_path / "ar.html"
            ar_page.write_bytes(f"<html><body><article><p>{UPLOAD_AR}</p></article></body></html>".encode("cp1256"))
            en_file = tmp_path / "en.txt"
            en_file.write_bytes(UPLOAD_EN.encode("utf-16"))
            page.get_by_text("Paste or upload").click()
            _settle(page)
            for key, path in (("ar_file", ar_page), ("en_file", en_file)):
                page.locator(f".st-key-{key} input[type=file]").set_input_files(str(path))
                page.locator(f'.st-key-{key} [data-testid="stFileChipName"]').filter(has_text=path.name).wait_for(
                    state="attached", timeout=30_000
                )
                _settle(page)
            page.get_by_role("button", name="Compare").click()
            page.wait_for_function(
                "() => document.querySelector('.wb-rows') && document.querySelector('.wb-rows').innerText"
                ".includes('The minister revealed')",
                timeout=60_000,
            )
            assert "الوزير" in page.locator('.wb-rows td[dir="rtl"]').first.inner_text()
        finally:
            browser.close()
    assert dialogs == []
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, out / "streamlit_review.png")
    shutil.copy(tmp_path / "markup.png", out / "streamlit_markup.png")
    print(f"screenshots: {out / 'streamlit_review.png'}, {out / 'streamlit_markup.png'}")


PASTE_AR = (
    "قال المسؤول إن خمسة أشخاص أصيبوا في الهجوم على السوق.\n"
    "وأضاف أن الشرطة فتحت تحقيقاً في الحادث.\n"
    "وأغلقت السلطات الطريق المؤدي إلى السوق حتى المساء.\n"
)
PASTE_EN = (
    "The official said seven people were wounded in the attack on the market.\n"
    "He added that police had opened an investigation into the incident.\n"
    "The authorities closed the road to the market until the evening.\n"
)
PAGES = Path(__file__).with_name("pages")

# Where each character of a bidi-isolated Arabic span lands, and the characters around it
_BDI_LAYOUT = """(li) => {
  const bdi = li.querySelector('bdi');
  const box = bdi.getBoundingClientRect();
  const edge = (node, at) => { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 1);
                               return r.getBoundingClientRect(); };
  const before = bdi.previousSibling, after = bdi.nextSibling;
  return {bdi: [box.left, box.right], rects: bdi.getClientRects().length, text: bdi.textContent,
          before: edge(before, before.textContent.length - 1).right, after: edge(after, 0).left,
          afterText: after.textContent.slice(0, 8)};
}"""


def _fill(page, key: str, text: str) -> None:
    area = page.locator(f".st-key-{key} textarea")
    area.fill(text)
    area.press("Control+Enter")
    _settle(page)


def _rows(page) -> int:
    return page.locator(".wb-rows tbody tr").count()


def test_review_desk_in_chromium(app_url: str, tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS.split())
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(app_url, wait_until="domcontentloaded")
            page.wait_for_selector(".st-key-pair", timeout=60_000)
            page.get_by_text("Paste or upload").click()
            _settle(page)
            _fill(page, "ar_paste", PASTE_AR)
            _fill(page, "en_paste", PASTE_EN)
            page.get_by_role("button", name="Compare").click()
            page.wait_for_selector(".wb-rows mark.f-number", timeout=60_000)

            # the palette: every finding type has its own colour on the page
            swatches = page.locator(".wb-legend i").evaluate_all(
                "els => els.map(e => getComputedStyle(e).backgroundColor)"
            )
            assert len(swatches) == len(set(swatches)) == 11

            # bidi: "Arabic 'خمسة' (5) became 'seven' (7)" keeps the Arabic word whole, between its quotes
            item = page.locator(".wb-rows details li", has=page.locator("bdi")).first
            item.locator("xpath=ancestor::details/summary").click()
            layout = item.evaluate(_BDI_LAYOUT)
            assert layout["text"] == "خمسة" and layout["rects"] == 1
            left, right = layout["bdi"]
            assert layout["before"] <= left + 0.5  # the opening quote stays left of the Arabic
            assert layout["after"] >= right - 0.5 and layout["afterText"].startswith("' (5)")

            # corrections on the row: one click links row 1 with row 2, undo takes back that one step
            page.get_by_text("Correct the alignment").click()
            page.wait_for_selector(".st-key-split_2 button", timeout=30_000)
            _settle(page)
            before = _rows(page)
            assert before == 3
            page.get_by_role("button", name="↓ link").first.click()  # the first row's
            page.wait_for_function(f"() => document.querySelectorAll('.wb-rows tbody tr').length === {before - 1}",
                                   timeout=30_000)  # fmt: skip
            _settle(page)
            assert "ar 1,2" in page.locator(".wb-rows tbody tr").first.inner_text()
            undo = page.get_by_role("button", name=re.compile("^↶ Undo"))
            assert "linked ar 1" in undo.inner_text()
            undo.click()
            page.wait_for_function(f"() => document.querySelectorAll('.wb-rows tbody tr').length === {before}",
                                   timeout=30_000)  # fmt: skip
            _settle(page)
            assert page.get_by_role("button", name=re.compile("^↶ Undo")).is_disabled()
            page.screenshot(path=str(tmp_path / "desk.png"), full_page=True)

            # a news page full of furniture is reduced to its article
            page.get_by_text("Correct the alignment").click()
            _settle(page)
            page.get_by_text("Arabic and English texts").click()
            _settle(page)
            uploads = (("ar_file", "ar_article_share_related_tags.html"), ("en_file", "en_div_layout_sidebar.html"))
            for key, saved in uploads:
                name = f"{key[:2]}_page.html"  # a short name: the uploader shortens long ones
                shutil.copy(PAGES / saved, tmp_path / name)
                page.locator(f".st-key-{key} input[type=file]").set_input_files(str(tmp_path / name))
                page.locator(f'.st-key-{key} [data-testid="stFileChipName"]').filter(has_text=name).wait_for(
                    state="attached", timeout=30_000
                )
                _settle(page)
            page.get_by_role("button", name="Compare").click()
            page.wait_for_function(
                "() => document.querySelector('.wb-rows') && document.querySelector('.wb-rows').innerText"
                ".includes('observation post')",
                timeout=60_000,
            )
            table = page.locator(".wb-rows").inner_text()
            for clutter in ("اقرأ أيضاً", "فيسبوك", "الوسوم", "جميع الحقوق", "Most read", "Tags:", "Share on", "©"):
                assert clutter not in table
            assert page.locator(".wb-rows td.ar .sid").count() == 5  # the headline and four paragraphs
        finally:
            browser.close()
