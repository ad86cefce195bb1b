"""The corpora of real inputs nobody here wrote (``../shared/corpora``), shared by the tests.

The YAML test suite lives outside the repository, beside it. When it is missing, the tests
that need it are skipped with a reason that names the folder (CONTRIBUTING.md says how to get
it); in CI (``CI`` set), where it is always laid out, a missing suite fails the run instead, so
that it can never be skipped there unnoticed. ``ECAREER_YAML_SUITE`` points at another copy.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SUITE = Path(
    os.environ.get("ECAREER_YAML_SUITE") or ROOT.parent / "shared" / "corpora" / "yaml-test-suite"
)
CASES = sorted(SUITE.rglob("in.yaml")) if SUITE.is_dir() else []
IDS = [str(c.parent.relative_to(SUITE)) for c in CASES]
MISSING = (
    f"the YAML test suite is not at {SUITE}: see CONTRIBUTING.md, 'The YAML test suite', "
    "or set ECAREER_YAML_SUITE"
)


def suite_cases() -> list[Any]:
    """Parameters for a test over every input of the suite: one skipped one when it is absent."""
    if CASES:
        return [pytest.param(case, id=case_id) for case, case_id in zip(CASES, IDS, strict=True)]
    return [pytest.param(None, id="suite-missing", marks=pytest.mark.skip(reason=MISSING))]


def require_suite() -> None:
    """Skip (or, in CI, fail) a test when the suite is absent."""
    if not CASES:
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)
