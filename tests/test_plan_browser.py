"""The HTML plan printed by a real browser: headless Chromium to PDF, then pdftotext and
pdfinfo (the text made it onto paper; the default plan fits on six A4 pages).

Needs Debian's ``chromium`` and ``poppler-utils`` (and ``fonts-noto-cjk`` for Chinese); CI
installs them. Where one is missing the test is skipped with the reason, never passed quietly.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import MINI, run

pytestmark = pytest.mark.browser

TIMEOUT = 90  # seconds for one print; a cold start takes about two


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (apt-get install chromium poppler-utils)")
    return path


def _need_cjk_font() -> None:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        pytest.skip("fc-list is not installed, cannot tell whether a Chinese font is")
    out = subprocess.run(
        [fc_list, ":lang=zh"], capture_output=True, text=True, timeout=30, check=False
    )
    if not out.stdout.strip():
        pytest.skip("no Chinese font installed (apt-get install fonts-noto-cjk)")


def print_pdf(page: Path, pdf: Path, profile: Path) -> float:
    """Print ``page`` to ``pdf`` with headless Chromium; the seconds it took."""
    chromium = _need("chromium")
    began = time.monotonic()
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    took = time.monotonic() - began
    assert done.returncode == 0, done.stderr[-2000:]
    assert pdf.is_file() and pdf.stat().st_size > 0, done.stderr[-2000:]
    print(f"chromium printed {page.name} in {took:.1f} s")
    return took


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [_need("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return out.stdout


def squash(text: str) -> str:
    """Without white space: a name wrapped over two lines of a table cell still matches."""
    return re.sub(r"\s+", "", text)


def make_pdf(
    tmp_path: Path, lang: str, data: Path = MINI, args: tuple[str, ...] | None = None
) -> tuple[Path, str]:
    _need("chromium")
    _need("pdftotext")
    if lang == "zh":
        _need_cjk_font()
    page = tmp_path / f"plan-{lang}.html"
    if args is None:
        args = (
            "--data", str(data), "--from", "ops-assistant", "--to", "ops-director",
            "--for", "Li Lei", "--start", "2026-01-05", "--hours-per-week", "8",
        )  # fmt: skip
    result = run("plan", *args, "--lang", lang, "-o", page)
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / f"plan-{lang}.pdf"
    print_pdf(page, pdf, tmp_path / f"profile-{lang}")
    return pdf, pdf_text(pdf)


def pages(pdf: Path) -> int:
    info = subprocess.run(
        [_need("pdfinfo"), str(pdf)], capture_output=True, text=True, timeout=30, check=True
    )
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found, info.stdout
    return int(found.group(1))


EXPECTED = {
    "en": [
        "Li Lei",
        "Operations Assistant",
        "Operations Specialist",
        "Operations Supervisor",
        "Operations Director",
        "Seller university",
        "SQL basics",
        "Led a full 618 campaign",
        "January 2032",
        "Q2 2029",
    ],
    "zh": [
        "Li Lei",
        "运营助理",
        "电商运营专员",
        "电商运营主管",
        "电商运营总监",
        "商家大学",
        "SQL 入门",
        "独立负责一次完整的618大促",
        "2032年1月",
        "2029年第2季度",
    ],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_printed_plan_carries_the_text(tmp_path: Path, lang: str) -> None:
    pdf, text = make_pdf(tmp_path, lang)
    flat = squash(text)
    for needle in EXPECTED[lang]:
        assert squash(needle) in flat, f"{needle!r} not in the printed {lang} plan"
    assert "☐" in text  # the boxes to tick made it onto paper
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=30, check=False
    )
    if info.returncode == 0:  # pdfinfo ships with pdftotext; A4 is 595 x 842 points
        assert re.search(r"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts", info.stdout)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is not None:  # the first page renders (to look at by hand: see docs/plan.md)
        subprocess.run(
            [pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
            timeout=60,
            check=True,
        )
        [png] = tmp_path.glob("p-*.png")
        assert png.stat().st_size > 1000


def test_printed_plan_shows_markup_as_text(tmp_path: Path, mini_copy: Path) -> None:
    roles = (mini_copy / "roles.yaml").read_text(encoding="utf-8")
    roles = roles.replace(
        "{en: Operations Assistant,", '{en: "<script>alert(1)</script> <b>x</b>",'
    )
    (mini_copy / "roles.yaml").write_text(roles, encoding="utf-8")
    _pdf, text = make_pdf(tmp_path, "en", mini_copy)
    assert squash("<script>alert(1)</script> <b>x</b>") in squash(text)


MAX_PAGES = 6


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_default_plan_prints_on_six_pages_at_most(tmp_path: Path, lang: str) -> None:
    """The shipped data's specialist-to-director plan, at the default pace: a coach hands it
    over on at most six A4 pages; --detail (every resource, the weeks) may take more."""
    _need("pdfinfo")
    base = ("--from", "ops-specialist", "--to", "ops-director", "--for", "Li Lei")
    pdf, text = make_pdf(tmp_path, lang, args=(*base, "--start", "2026-01-05"))
    count = pages(pdf)
    print(f"default plan ({lang}): {count} pages")
    assert count <= MAX_PAGES, f"the default {lang} plan prints on {count} pages"
    flat = squash(text)
    target = "E-commerce Operations Director" if lang == "en" else "电商运营总监"
    assert squash(target) in flat and "◆" in text
    detail = tmp_path / "detail"
    detail.mkdir()
    full, full_text = make_pdf(detail, lang, args=(*base, "--start", "2026-01-05", "--detail"))
    print(f"--detail plan ({lang}): {pages(full)} pages")
    assert pages(full) > count
    assert squash("Week by week" if lang == "en" else "按周明细") in squash(full_text)
