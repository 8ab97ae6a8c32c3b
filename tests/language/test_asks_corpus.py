"""The job-ask detector and the cliché list over a labelled corpus of invented sentences: the asks people
write in many phrasings, and the informational questions that must never be mistaken for them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_ai.language import asks, find_cliches, has_job_ask, remove_cliches

JOB_ASKS = [
    "I am looking for a job as a quality inspector.",
    "Highly motivated researcher looking for a data scientist position.",
    "I'm searching for a new role in product management.",
    "I am seeking a junior UX research position.",
    "I'm currently in the market for a senior analyst role.",
    "Are you hiring?",
    "Is Athenahealth hiring UX researchers?",
    "Does your team have any openings?",
    "I saw Zalando has openings this spring.",
    "Are there any open roles on your team?",
    "Do you know of any vacancies in the lab?",
    "Could you refer me to your hiring manager?",
    "I would be grateful for a referral.",
    "Could you put in a good word for me?",
    "Could you pass my CV along to the team?",
    "I attached my resume for your review.",
    "I am applying to the Instructional Designer II role at Amazon.",
    "I recently applied for the analyst opening.",
    "I think I would be a great fit.",
    "I believe I'm the perfect candidate for this team.",
    "My background makes me a strong fit for the role.",
    "I'd make a great addition to your team.",
    "I am ready to start immediately.",
    "I can start right away.",
    "Available to start work on short notice.",
    "I'm open to new opportunities in healthcare.",
    "I am open to work and happy to relocate.",
    "Please consider me for the position.",
    "I'd love to be considered for the opening.",
    "Could you get me an interview with your team?",
    "I'm hoping to land a job at your company.",
    "I'm a logistics coordinator hoping to land a job at Oakridge Foods.",
    "Former chemist, trying to find a role in data.",
    "I'd love to join your team.",
    "I want to work for your company.",
    "Looking to leverage my skills in a PM role.",
    "Is there an internship I could apply for?",
    "Please keep me in mind if something opens up.",
    "My job search has been slow.",
    "Haben Sie offene Stellen in Ihrem Team?",
    "Ich möchte mich bei Ihnen bewerben.",
    "Avez-vous un poste ouvert dans votre équipe ?",
]

INFORMATIONAL = [
    "How did you get into the role?",
    "What does the job involve day to day?",
    "What surprised you most about the position when you started?",
    "Could I ask you a few questions about your path in 15 minutes?",
    "Would you be open to a 15-minute call?",
    "Could we set up an informational interview?",
    "What makes a good candidate for this kind of team?",
    "Who referred you to your first client?",
    "How did you know you were ready to lead a team?",
    "What is a day in a PM role really like?",
    "I'm looking for a sense of what the role demands.",
    "I'm looking for advice on moving from nursing into research.",
    "What do you wish you had known before taking the job?",
    "Which skills from teaching carry over to instructional design?",
    "I loved your talk on forecasting at the Denver meetup.",
    "Your move from the Army to product caught my eye.",
    "In your current role, what takes most of your time?",
    "How did you find your first job after the lab?",
    "I'm looking for an opportunity to learn from someone who made the switch.",
    "What was the hardest part of your first year in the job?",
    "I am a teacher exploring a move into instructional design.",
    "What did your interview process look like when you switched?",
    "Was the transition into quality inspection hard after welding?",
    "I'd love to hear how you made the move from academia.",
    "How long did it take you to find your first role?",
    "What did you do to get your first PM job?",
]

CLICHE_SENTENCES = [
    ("I am a highly motivated engineer.", "highly motivated"),
    ("Researcher with a proven track record in genomics.", "with a proven track record"),
    ("I'm passionate about design.", "i'm passionate about"),
    ("I'm super passionate about UX.", "super passionate about"),
    ("I am a passionate welder.", "passionate"),
    ("I hope to leverage my skills in research.", "leverage my skills"),
    ("Results-driven marketer here.", "results-driven"),
    ("I am a team player.", "a team player"),
    ("I like to think outside the box.", "think outside the box"),
    ("I'm a self-starter with ten years in the field.", "a self-starter"),
    ("Thanks in advance for your time.", "thanks in advance"),
    ("I hope this message finds you well.", "i hope this message finds you well"),
]


@pytest.mark.parametrize("sentence", JOB_ASKS)
def test_job_asks_are_caught_in_every_phrasing(sentence):
    assert has_job_ask(sentence), sentence


@pytest.mark.parametrize("sentence", INFORMATIONAL)
def test_informational_asks_are_not_job_asks(sentence):
    assert not has_job_ask(sentence), sentence


def test_the_corpus_is_big_enough_to_mean_something():
    assert len(JOB_ASKS) + len(INFORMATIONAL) >= 60


@pytest.mark.parametrize(("sentence", "phrase"), CLICHE_SENTENCES)
def test_cliches_are_found_and_removed(sentence, phrase):
    assert phrase in find_cliches(sentence)
    fixed, changes = remove_cliches(sentence)
    assert not find_cliches(fixed), fixed
    assert changes


def test_a_cliche_inside_another_word_is_not_one():
    assert find_cliches("As a compassionate nurse, I listen.") == []
    assert remove_cliches("As a compassionate nurse, I listen.")[0] == "As a compassionate nurse, I listen."


def test_removing_an_adjective_mends_the_article():
    assert remove_cliches("I am a passionate engineer.")[0] == "I am an engineer."
    assert remove_cliches("I am a highly motivated researcher.")[0] == "I am a researcher."


def test_an_informational_request_counts_as_an_ask():
    assert asks("Would you be open to a 15-minute call about your path?")


_WORDS = st.sampled_from(
    "I am a the job role position looking for hiring open to great fit ready start passionate "
    "highly motivated team player refer me , . ? ! and but Lena 15 minutes call".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_detectors_never_raise_and_removal_leaves_no_cliche(text):
    has_job_ask(text)
    asks(text)
    fixed, _ = remove_cliches(text)
    assert not find_cliches(fixed)
