"""The brief and outreach read a person's path right: a change of work by title words is a move worth
asking about (ranked high when it is the user's goal), a role they left is past tense, the path follows
the dates, shared past leads the outreach, the sign-off is the name the user goes by, and the subject line
names what the body names. Invented people, fields and languages throughout."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infoview_ai.context import Context, Education, Position, Profile, Sender
from infoview_ai.engines.offline.brief.build import build_brief
from infoview_ai.engines.offline.outreach.build import build_outreach
from infoview_ai.engines.offline.questions.build import build_questions
from infoview_ai.engines.offline.signals.find import find_signals
from infoview_ai.engines.offline.signals.functions import title_change, title_head
from infoview_ai.engines.offline.wording import sign_off_names

AS_OF = date(2026, 12, 2)


def _ctx(positions, sender=None, education=(), name="Noor Haddad", channel="linkedin-note") -> Context:
    profile = Profile(name=name, positions=list(positions), education=list(education))
    return Context(profile=profile, sender=sender or Sender(), as_of=AS_OF, channel=channel)


# (old title, new title, the user's goal): a change of work no known family names
CHANGES = [
    ("Pipe Welder", "Senior Welding Inspector (CWI)", "learn how a welder moves into weld inspection"),
    ("Line Cook", "Food Safety Auditor", "find out how a cook becomes a food safety auditor"),
    ("Electrician", "Estimator", "understand how an electrician becomes an estimator"),
    ("Paramedic", "Flight Dispatcher", "learn what it takes to become a dispatcher"),
    ("Carpenter", "Site Superintendent", "move from carpentry into site superintendent work"),
    ("Bus Driver", "Route Planner", "learn how drivers become route planners"),
    ("Pharmacy Technician", "Compliance Specialist", "get into compliance as a specialist"),
    ("Zimmermann", "Bauleiter", "verstehen, wie man Bauleiter wird"),
    ("Soudeur", "Contrôleur qualité", "devenir contrôleur qualité"),
    ("Machinist", "Quality Inspector", "learn how a machinist becomes a quality inspector"),
    ("Court Stenographer", "Transcription Manager", "learn how to move into transcription management"),
]


@pytest.mark.parametrize(("old", "new", "goal"), CHANGES)
def test_a_change_of_work_is_a_transition_asked_about_first(old, new, goal):
    ctx = _ctx(
        [
            Position(title=new, company="Harlow Works", start="2019-04"),
            Position(title=old, company="Tidewater Yard", start="2011-06", end="2019-03"),
        ],
        sender=Sender(name="Sam Ortiz", goal=goal),
    )
    moves = [s for s in find_signals(ctx) if s.kind in {"transition", "move"}]
    assert [s.kind for s in moves] == ["transition"]
    brief = build_brief(ctx)
    assert not any("similar role" in c.text for c in brief.transitions)
    assert any(f"{old} → {new}" in c.text for c in brief.transitions)
    must = [q.text for q in build_questions(ctx).questions if q.must_ask]
    assert any(f"How did you make the move from {old}" in q for q in must)
    assert not any("kept you at Tidewater" in q for q in must[:1])


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Software Engineer", "Senior Software Engineer"),
        ("Data Analyst", "Senior Data Analyst II"),
        ("Account Executive", "Senior Account Executive"),
        ("Pipe Welder", "Lead Welder"),
        ("Staff Nurse, Medical ICU", "Nurse, Cardiac ICU"),
        ("Electrician", "Master Electrician"),
        ("Engineer", "Engineering Lead"),
        ("Inspector", "Chief Inspector"),
        ("Carpenter (Journeyman)", "Senior Carpenter"),
        ("Lehrer", "Oberstudienrat Lehrer"),
        ("PGY-1 Pharmacy Resident", "Staff Pharmacist"),
        ("Surgical Resident", "Attending Surgeon"),
    ],
)
def test_the_same_work_at_another_employer_stays_a_similar_role(old, new):
    assert not title_change(old, new)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_title_words_never_raise(a, b):
    title_head(a)
    assert title_change(a, b) == title_change(b, a)


def test_a_german_research_title_is_research_and_its_move_outranks_the_tenure():
    ctx = _ctx(
        [
            Position(title="Senior Data Scientist", company="Kornblum GmbH", start="2019-10"),
            Position(
                title="Wissenschaftliche Mitarbeiterin",
                company="Institut Nord",
                start="2013-09",
                end="2019-09",
            ),
        ],
        sender=Sender(name="Lea Vogt", goal="verstehen, wie man aus der Forschung in Data Science wechselt"),
    )
    brief = build_brief(ctx)
    assert any("research → analytics" in c.text for c in brief.transitions)


@pytest.mark.parametrize(
    ("end", "phrase"),
    [(None, "You've spent"), ("2024-05", "You spent")],
)
@pytest.mark.parametrize("company", ["Institut Nord", "Harbor Labs", "Ministry of Works", "Caja Sur"])
def test_a_long_tenure_hook_speaks_in_the_right_tense(end, phrase, company):
    positions = [Position(title="Archivist", company=company, start="2012-01", end=end)]
    if end:
        positions.insert(0, Position(title="Archivist", company="Kestrel Museum", start="2024-06"))
    ctx = _ctx(positions, sender=Sender(name="Ira Bloom"), channel="email")
    body = build_outreach(ctx).body
    assert f"years at {company}" in body
    assert phrase in body
    other = "You spent" if phrase == "You've spent" else "You've spent"
    assert other not in body


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        (
            [
                Education(school="Bentham University", field="Human Factors", end="2018"),
                Education(school="Lakeview College", degree="BSN", end="2011"),
            ],
            ["BSN at Lakeview College", "Cedar Hospital", "Human Factors at Bentham", "Orrin Health"],
        ),
        (
            [Education(school="Uni Kiel", field="Pädagogik", start="2004", end="2009")],
            ["Pädagogik at Uni Kiel", "Cedar Hospital", "Orrin Health"],
        ),
        (
            [Education(school="Escuela Norte", field="Diseño", end="2015")],
            ["Cedar Hospital", "Diseño at Escuela Norte", "Orrin Health"],
        ),
        (
            [Education(school="Ridge Institute", field="Statistics", end="2022")],
            ["Cedar Hospital", "Orrin Health", "Statistics at Ridge Institute"],
        ),
    ],
)
def test_the_path_follows_the_dates(education, expected):
    ctx = _ctx(
        [
            Position(title="UX Researcher", company="Orrin Health", start="2018-06"),
            Position(title="Staff Nurse", company="Cedar Hospital", start="2011-07", end="2018-05"),
        ],
        education=education,
    )
    path = next(c.text for c in build_brief(ctx).person if "; then " in c.text)
    places = [path.index(x) for x in expected]
    assert places == sorted(places), path


@pytest.mark.parametrize("channel", ["linkedin-note", "linkedin-message", "inmail", "email"])
@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("I've welded for nine years at Gulf Reach Fabrication in Port Arthur.", "Gulf Reach Fabrication"),
        ("I spent four years at Marlow Bank as a teller.", "Marlow Bank"),
        ("I worked at Brightwater Schools for six years teaching maths.", "Brightwater Schools"),
    ],
)
def test_a_shared_employer_leads_every_channel(channel, mine, theirs):
    ctx = _ctx(
        [
            Position(title="Quality Manager", company="Hollin Energy", start="2019-01"),
            Position(title="Pipe Welder", company=theirs, start="2008-06", end="2018-12"),
        ],
        sender=Sender(name="Dee Walker", background=mine, goal="learn how to move into quality work"),
        channel=channel,
    )
    body = build_outreach(ctx).body
    assert f"both worked at {theirs}" in body
    assert body.count("a few") <= 1


@pytest.mark.parametrize(
    ("name", "first", "full"),
    [
        ('James "Jim" O\'Brien', "Jim", "Jim O'Brien"),
        ("Margaret (Peggy) Lee", "Peggy", "Peggy Lee"),
        ("Mr. Tomás Herrera", "Tomás", "Tomás Herrera"),
        ("Mrs Ana “Ani” Silva", "Ani", "Ani Silva"),
        ("Herr Jonas Weber", "Jonas", "Jonas Weber"),
        ("Mme Claire Dubois", "Claire", "Claire Dubois"),
        ("Ms. Keiko Tanaka", "Keiko", "Keiko Tanaka"),
        ("Sra. Lucía Gómez", "Lucía", "Lucía Gómez"),
        ("Robert 'Bob' Finch", "Bob", "Bob Finch"),
        ("Dr. Katharina Vogel", "Katharina", "Dr. Katharina Vogel"),
        ("Priya Nair", "Priya", "Priya Nair"),
    ],
)
def test_the_sign_off_is_the_name_they_go_by(name, first, full):
    assert sign_off_names(name) == (first, full)
    positions = [Position(title="Designer", company="Lumo", start="2021-03")]
    note = build_outreach(_ctx(positions, sender=Sender(name=name))).body
    email = build_outreach(_ctx(positions, sender=Sender(name=name), channel="email")).body
    assert note.endswith(first)
    assert email.rstrip().endswith(full)
    for text in (note, email):
        assert '"' not in text and "Mr." not in text and "Mrs" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50))
def test_sign_off_names_never_raise(name):
    got = sign_off_names(name)
    assert got is None or (got[0].strip() and got[1].strip())


@pytest.mark.parametrize(
    ("old", "mid", "now"),
    [
        ("Cedar Hospital", "Philo Medical", "Orrin Health"),
        ("Kestrel Schools", "Brightpath Learning", "Amazonite"),
        ("Port Authority", "Velo Freight", "Carrow Logistics"),
    ],
)
def test_the_subject_names_the_company_the_body_names(old, mid, now):
    ctx = _ctx(
        [
            Position(title="Principal UX Researcher", company=now, start="2021-02"),
            Position(title="UX Researcher", company=mid, start="2018-06", end="2021-01"),
            Position(title="Staff Nurse", company=old, start="2011-07", end="2018-05"),
        ],
        sender=Sender(name="Ravi Shah", goal="move from nursing into UX research"),
        channel="email",
    )
    message = build_outreach(ctx)
    named = [c for c in (old, mid, now) if c.split()[0] in (message.subject or "")]
    assert all(c in message.body for c in named), (message.subject, message.body)


@pytest.mark.parametrize("service", ["U.S. Marine Corps", "Royal Navy", "Indian Army"])
@pytest.mark.parametrize("channel", ["linkedin-note", "linkedin-message", "email"])
def test_a_move_out_of_the_military_names_the_service_as_a_sentence_does(service, channel):
    """ "your move from the U.S. Marine Corps", never "from U.S. Marine Corps"."""
    positions = [
        Position(title="Director of Product", company="Salesforce", start="2019-03"),
        Position(title="Captain", company=service, start="2010-06", end="2018-12"),
    ]
    sender = Sender(name="Jim O'Brien", background="I'm a logistics officer.", goal="into product management")
    body = build_outreach(_ctx(positions, sender=sender, channel=channel)).body
    assert f"from the {service}" in body, body
    assert f"from {service}" not in body.replace(f"from the {service}", "")
