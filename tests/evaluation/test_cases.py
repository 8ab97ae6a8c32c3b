"""Case folders (naming, the shipped set in the wheel) and the HTML report's escaping of outputs."""

from __future__ import annotations

import tomllib
from pathlib import Path

from infoview_ai.evaluation.cases import DEFAULT_CASES, case_context, find_cases

ROOT = Path(__file__).resolve().parents[2]


def test_own_files_win_over_shared_ones(tmp_path):
    (tmp_path / "ana.bio.txt").write_text("Ana Ruiz\nData Engineer at Brightwave\n", encoding="utf-8")
    (tmp_path / "ben.bio.md").write_text("# Ben Ode\n\nNurse at St. Mary's Hospital.\n", encoding="utf-8")
    (tmp_path / "me.md").write_text("# Shared Me\n\nI teach.\n", encoding="utf-8")
    (tmp_path / "ben.me.md").write_text("# Ben's Asker\n\nI code.\n", encoding="utf-8")
    (tmp_path / "ana.notes.md").write_text(
        "- Advice: read Designing Data-Intensive Apps.\n", encoding="utf-8"
    )
    (tmp_path / "README.md").write_text("not a case\n", encoding="utf-8")
    ana, ben = find_cases(tmp_path)
    assert (ana.name, ben.name) == ("ana", "ben")
    assert ana.me.name == "me.md" and ben.me.name == "ben.me.md"
    assert ana.notes.name == "ana.notes.md" and ben.notes is None and ana.company is None
    ctx = case_context(ana, "thank_you")
    assert "Designing Data-Intensive" in ctx.call_notes and ctx.sender.name == "Shared Me"
    assert case_context(ben, "outreach").sender.name == "Ben's Asker"


def test_the_shipped_cases_are_varied_and_ship_in_the_wheel():
    cases = find_cases()
    assert len(cases) == 8 and len({c.bio.suffix for c in cases}) >= 3  # text, markdown, JSON
    assert all(c.me and c.notes for c in cases)
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "cases/*" in data["package-data"]["infoview_ai.evaluation"]
    # read from the installed package (site-packages under `make test`), not from the checkout
    import infoview_ai

    assert DEFAULT_CASES == Path(infoview_ai.__file__).parent / "evaluation" / "cases"
    assert all(c.bio.parent == DEFAULT_CASES for c in cases)


def test_failing_spans_are_marked_and_everything_is_escaped():
    from infoview_ai.evaluation.html_report import marked

    html = marked("<b>Hi</b> & we met at Northfield College & amp", ["Northfield College", "amp", "<b>"])
    assert "<b>" not in html.replace("<mark>&lt;b&gt;</mark>", "")
    assert "<mark>Northfield College</mark>" in html and "&amp; <mark>amp</mark>" in html
    assert marked("plain", []) == "plain"
