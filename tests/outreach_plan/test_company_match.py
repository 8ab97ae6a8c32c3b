"""Company matches in tiers: exact, strong (aliases, parts, generic words), weak (leading whole words),
and never a bare substring."""

from __future__ import annotations

import pytest

from infoview_ai.outreach_plan.company_match import EXACT, STRONG, WEAK, company_key, match_tier


@pytest.mark.parametrize(
    ("asked", "stored", "tier"),
    [
        ("Globex", "Globex, Inc.", EXACT),
        ("globex inc", "GLOBEX LLC", EXACT),
        ("Procter & Gamble", "Procter and Gamble Co.", EXACT),
        ("Nestlé", "Nestle S.A.", EXACT),
        ("Société Générale", "Societe Generale", EXACT),
        ("The Home Depot", "Home Depot", EXACT),
        ("EY", "Ernst & Young", STRONG),
        ("Ernst & Young LLP", "EY", STRONG),
        ("PwC", "PricewaterhouseCoopers", STRONG),
        ("Meta", "Meta Platforms, Inc.", STRONG),
        ("Meta", "Facebook", STRONG),
        ("Amazon", "Amazon Web Services", STRONG),
        ("Amazon Web Services (AWS)", "Amazon", WEAK),  # an unknown spelling of a part: only weak
        ("AWS", "Amazon", STRONG),
        ("Google", "Alphabet Inc.", STRONG),
        ("Oakridge", "Oakridge Group", STRONG),
        ("Oakridge", "Oakridge Foods", WEAK),
        ("Oakridge Foods", "Oakridge", WEAK),
        ("Meta", "Metaswitch", None),
        ("Meta", "Metaswitch Networks", None),
        ("Apple", "Applied Materials", None),
        ("Apple", "Pineapple Studio", None),
        ("Amazon", "Amazonia Tours", None),
        ("EY", "Eyeview", None),
        ("Foods", "Oakridge Foods", None),  # a word inside the name is not its start
        ("Globex", "", None),
        ("Globex", None, None),
    ],
)
def test_tiers(asked, stored, tier):
    assert match_tier(asked, stored) == tier


def test_keys_fold_case_accents_ampersands_and_legal_forms():
    assert company_key("  Ernst & Young Global Limited ") == "ernst and young global"
    assert company_key("L'Oréal S.A.") == "loreal"
    assert company_key("Inc.") == "inc"  # a name that is only a legal form keeps it
