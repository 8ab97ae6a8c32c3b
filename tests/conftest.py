"""Shared fixtures: an isolated INFOVIEW_HOME and no real OpenAI settings, for every test."""

from __future__ import annotations

from datetime import date

import pytest

from infoview_ai.context import Context, Education, Position, Profile, Sender, Target

# The real headless Chromium fixtures (chromium, browser_page) for end-to-end tests.
pytest_plugins = ["headless_browser"]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    """Tests never see the developer's key, base URL, tracing or home folder."""
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "OPENAI_API_BASE",
        "INFOVIEW_MODEL",
        "INFOVIEW_ENGINE",
        "LANGSMITH_API_KEY",
        "LANGSMITH_TRACING",
        "LANGCHAIN_TRACING_V2",
        "LANGCHAIN_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "infoview-home"
    home.mkdir()
    monkeypatch.setenv("INFOVIEW_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    return home


@pytest.fixture
def lena_profile() -> Profile:
    """An invented professional with a transition, a promotion, long tenure and a side role."""
    return Profile(
        name="Lena Okafor",
        headline="Director of Supply Chain Analytics at Oakridge Foods | ex-Deloitte",
        location="Columbus, Ohio, United States",
        about="I lead a team of 12 analysts. Ask me about leaving consulting for an operating role.",
        positions=[
            Position(
                title="Director of Supply Chain Analytics",
                company="Oakridge Foods",
                start="2022-03",
                end=None,
                location="Columbus, Ohio",
            ),
            Position(
                title="Analytics Manager",
                company="Oakridge Foods",
                start="2018-06",
                end="2022-02",
                location="Columbus, Ohio",
                description="Grew the team from 3 to 12 analysts.",
            ),
            Position(
                title="Senior Consultant, Supply Chain",
                company="Deloitte",
                start="2014-09",
                end="2018-05",
                location="Chicago, Illinois",
            ),
        ],
        education=[
            Education(
                school="Purdue University",
                degree="Bachelor of Science",
                field="Chemical Engineering",
                start="2010",
                end="2014",
            ),
        ],
        skills=["Demand Forecasting", "SQL", "Team Leadership"],
        source_format="linkedin_text",
    )


@pytest.fixture
def alex_sender() -> Sender:
    return Sender(
        name="Alex Kim",
        background="I'm finishing a master's in industrial engineering at Purdue University. Before that I "
        "spent two years as a shift lead in a distribution center in Indianapolis.",
        goal="Learn how people move from warehouse operations into supply-chain analytics.",
        profile=Profile(
            name="Alex Kim",
            positions=[
                Position(
                    title="Shift Lead",
                    company="Midwest Distribution",
                    start="2021-01",
                    end="2023-01",
                    location="Indianapolis, Indiana",
                )
            ],
            education=[
                Education(school="Purdue University", degree="Master's", field="Industrial Engineering")
            ],
            skills=["SQL", "Excel"],
        ),
    )


@pytest.fixture
def lena_context(lena_profile, alex_sender) -> Context:
    return Context(
        profile=lena_profile,
        bio_text="(pasted profile)",
        target=Target(
            company="Oakridge Foods",
            company_notes="Oakridge opened a cold-chain plant in Ohio in 2025.",
            industry="food supply chain",
        ),
        sender=alex_sender,
        as_of=date(2026, 11, 26),
    )
