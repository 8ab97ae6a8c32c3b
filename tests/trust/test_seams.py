"""Seams: every broken line is caught under the kind it breaks by; well-formed notes pass untouched."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_ai.trust.seams import MAX_CHARS, Seam, find_seams

BROKEN = [
    ("What drew you from to Harborline Bank?", "empty slot"),
    ("What has kept you at for five years?", "empty slot"),
    ("You joined as an at Data Science Fellow in 2021.", "empty slot"),
    ("Both worked at .", "empty slot"),
    ("We both studied at , which surprised me.", "empty slot"),
    ("I'd love to hear about your time at.", "empty slot"),
    ("Thanks for the intro to.", "empty slot"),
    ("Both founders worked at.", "empty slot"),
    ("Thanks for reaching out to.", "empty slot"),
    ("Your move to the of Finance team caught my eye.", "empty slot"),
    ("I saw that you recently moved to the.", "dangling word"),
    ("You led the team at Acme and.", "dangling word"),
    ("Congratulations on your.", "dangling word"),
    ("Thank you for the the chance to talk.", "doubled word"),
    ("You started at at Harborline in 2019.", "doubled word"),
    ("The The team grew fast.", "doubled word"),
    ("Hi {name}, I enjoyed your post.", "placeholder"),
    ("Hi [FIRST NAME], thanks for connecting.", "placeholder"),
    ("I admire the work <company> does in retail.", "placeholder"),
    ("Hope {{first_name}} is well.", "placeholder"),
    ("Your time at Harborline Co.. was impressive.", "doubled punctuation"),
    ("Thanks again,, Lena.", "doubled punctuation"),
    ("Would you be open to a call?.", "doubled punctuation"),
    ("Thanks for your time , Lena.", "space before punctuation"),
    ("I work in supply chain .", "space before punctuation"),
    ('You once said "ship it early and I still think about it.', "unbalanced quote"),
    ("You called it “the best job I ever had and it stayed with me.", "unbalanced quote"),
    ("Your team (the one in Chicago grew to 12.", "unbalanced bracket"),
    ("Your move to Oakridge] caught my eye.", "unbalanced bracket"),
    ("What your biggest lesson from the move to Oakridge?", "verbless question"),
    ("What the hardest part of your first year at Oakridge?", "verbless question"),
    ("Thanks for the chat. it helped a lot.", "lowercase start"),
    ("I read your post on forecasting. your point about trust stuck with me.", "lowercase start"),
    ("She moved from to Acme in 2020.", "empty slot"),
    ("Looking forward to.", "empty slot"),
    ("Your point about [PLACEHOLDER: one thing they said] stuck with me.", "placeholder"),
    ("## Questions\n\n- What drew you from to Oakridge?", "empty slot"),
    ("> I spent two years as a\n> shift lead at the.", "dangling word"),
]

WELL_FORMED = [
    "What drew you to nursing?",
    "Who else should I talk to?",
    "What is a typical week like for your team?",
    "What are you most excited about right now?",
    "Any advice for someone starting out?",
    "Why the move from consulting to product?",
    "What about your first year at Harborline surprised you most?",
    "Hi Lena, your move from Deloitte to Oakridge Foods is the path I hope to take. Could I ask you a few "
    "questions in a 15-minute call?",
    'Thank you for your time on Tuesday. Your advice to "learn SQL before Python" changed my plan.',
    "You called it “the job that taught me to listen,” and that stuck with me.",
    "You served in the U.S. Army before moving to St. Louis for your Ph.D. in economics.",
    "I have a few tools in mind, e.g. dbt and Airflow, and would value your view.",
    "Would Thursday at 10 a.m. work for a short call?",
    "I wasn't sure at first... but your post made the switch feel possible.",
    "Your path — from warehouse shifts to leading analytics — is the one I hope to follow.",
    "My calendar is at https://calendly.com/alex-kim/15min. Pick any time that suits you.",
    "You can reach me at alex.kim@example.com, or reply here.",
    "- Ask about the move to Oakridge\n- Ask how the team grew from 3 to 12\n- Ask what she would do first",
    "## Research brief: Lena Okafor\n\n**Current role:** Director of Analytics at Oakridge Foods.",
    "See [her talk on forecasting](https://example.com/talks/forecasting-2023) before the call.",
    "Ask me about Kubernetes.",
    "Best,\nJane",
    "Thanks again for the chat, Lena. I had had my doubts about the switch; you settled them.",
    "It is something to look forward to.",
    "Happy to work around your schedule. Is there someone else on the team you'd suggest I reach out to?",
    "My first app ran on iOS. eBay bought the company a year later.",
    "Which team are you on now?",
    "I'd love to hear what your first 90 days at Harborline were like.",
    "You grew the team (from 3 to 12) in two years: what made hiring work?",
    "Two questions: 1) how you chose the role and 2) what you'd do differently.",
    "The agenda:\n\n1. Your path\n2. The team\n3. Advice for a career changer",
    "```\nfind_seams('at at')\n```\nThe snippet above shows the call.",
    "I'm 5'11\" and still the shortest on the team :)",
    "P.S. I loved your piece on what good mentors do.",
    "You mentioned that that decision was the hardest one.",
    'She told me: "Learn the business. Then learn the tools." I still do.',
    "Captain Dana Whitcombe (U.S. Navy, ret.) helps port authorities plan for storms.",
    "What was the decision based on?",
    "What separates people who thrive in your role from those who struggle?",
    "Thoughts? Coffee next week?",
    "Sincerely,\nAlex Kim\nalex@example.com",
    "- [ ] Send the thank-you note\n- [x] Book the call",
    "**Ask:** Could I ask you a few questions about the company you worked at for five years?",
    "> I spent two years as a\n> shift lead. Would you have 15 minutes\n> in the next few weeks for a call?",
]


@pytest.mark.parametrize(("line", "kind"), BROKEN)
def test_broken_line_is_a_seam_of_its_kind(line: str, kind: str):
    assert kind in {seam.kind for seam in find_seams(line)}


@pytest.mark.parametrize("line", WELL_FORMED)
def test_well_formed_line_has_no_seam(line: str):
    assert find_seams(line) == []


def test_seam_says_where_it_is():
    text = "Hi Lena,\n\nWhat drew you from to Harborline Bank?"
    [seam] = find_seams(text)
    assert seam == Seam("empty slot", "from to", text.index("from to"))


@pytest.mark.parametrize("text", ["a-" * 100_000, "." * 200_000, "your time at, " * 15_000, "(" * 200_000])
def test_pathological_input_takes_linear_time(text: str):
    started = time.perf_counter()
    find_seams(text)
    assert time.perf_counter() - started < 5


def test_huge_input_is_read_only_up_to_the_cap():
    text = "Fine words here. " * (MAX_CHARS // 17 + 10) + "at at"
    assert find_seams(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400) | st.text(" .,;:!?\"'()[]{}<>`_*#-\natheofyurAT", max_size=300))
def test_find_seams_never_raises_and_points_at_its_span(text: str):
    for seam in find_seams(text):
        assert seam.span and text[seam.start : seam.start + len(seam.span)] == seam.span
