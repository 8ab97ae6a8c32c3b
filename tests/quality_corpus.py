"""Every offline deliverable over the labelled profiles, for several users: the quality corpus (issue 11).

Each profile of tests/corpus/ and tests/corpus_unseen/ is read as the CLI reads it and paired with the
users below (their own background, goal, call notes and weak drafts to polish), and every kind is run:
the brief, questions at 20 and 45 minutes, the four outreach channels and the premium note, thank-you,
report-back and nudge follow-ups, and polish. Used by tests/engines/offline/test_quality_corpus.py
(zero seams) and benchmarks/quality.py (the per-kind table).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import corpus_tools

AS_OF = date(2026, 12, 2)

# Users unlike each other and unlike the README's example: background, goal and how they write notes.
USERS: tuple[dict, ...] = (
    {
        "me": "# Alex Kim\n\nGoal: understand how people move from warehouse operations into supply-chain "
        "analytics, and what to learn first.\n\nI'm finishing a master's in industrial engineering at "
        "Purdue University. Before that I spent two years as a shift lead at Midwest Distribution in "
        "Indianapolis, running a team of 14 on the night shift. I use SQL and Excel every day.",
        "notes": "Call with {first}, 20 minutes.\n\n"
        "- Advice: learn the planners' spreadsheets before building any model.\n"
        "- {pronoun} said the bridge from operations is knowing where the data is wrong.\n"
        "- Read: Chopra, Supply Chain Management.\n"
        "- Talk to Priya on {poss} team. {first} offered to introduce us.\n"
        "- I'll rebuild a demand forecast from public USDA data this month.",
    },
    {
        "me": "Name: Rosa Delgado\nGoal: figure out what a first portfolio piece should be\n\n"
        "I taught middle-school science for eight years in Tucson and led our district's move to "
        "Google Classroom. I have a B.A. from Georgia State University and I'm taking an instructional "
        "design certificate online. I build short training videos for new teachers.",
        "notes": "{first} - 30 min\n"
        "told me to stop making slide decks and build one real e-learning module with a before/after\n"
        "{pronoun}'ll intro me to {poss} old colleague at the district\n"
        "look at the ATD community, and look at Reforge's course catalogue\n"
        "send {obj} the module when it's done\n"
        "biggest surprise: stakeholders matter more than tools",
    },
    {
        "me": "# Sam Okoro\n\nGoal: explore moving from ICU nursing into UX research\n\nI'm a registered "
        "nurse (BSN, University of Michigan) with six years in a cardiac ICU at Henry Ford Hospital. I "
        "ran our unit's usability feedback on a new infusion pump and I'm finishing the Google UX "
        "certificate.",
        "notes": "Notes from my chat with {first}:\n"
        "* Portfolio > certificates. Two case studies, one with messy real data.\n"
        "* {pronoun} suggested volunteering for a health nonprofit's research project\n"
        "* book: Just Enough Research (Erika Hall)\n"
        "* next step: I send a draft case study by the 15th",
    },
    {
        "me": "Jordan Reyes\n\nGoal: learn how veterans get into product management\n\nEight years in the "
        "U.S. Army as a logistics officer, two deployments, left as a captain in 2025. MBA candidate at "
        "the University of Texas at Austin. I ran a SkillBridge internship at a logistics startup.",
        "notes": "{first}, 25 minutes, Thursday\n"
        "1. Translate military wins into product outcomes, not duties.\n"
        "2. {pronoun} recommended Inspired by Marty Cagan.\n"
        "3. Ask the veterans' ERG at {poss} company about an informal chat.\n"
        "4. Follow up in two weeks with my rewritten resume bullets.",
    },
)

# Weak drafts a user might bring to polish: clichés, a job ask in any position, too long, no greeting.
WEAK_DRAFTS: tuple[str, ...] = (
    "Hi {first}, I hope this finds you well! I'm passionate about this field and I saw your profile. "
    "I'd love to pick your brain about how you got started, could we grab 15 minutes sometime? "
    "Thanks so much",
    "Hello {first}, are you hiring? I'm looking for a job in your field and would love a referral. "
    "I admire your work and would value 15 minutes of your time to hear how you got where you are.",
    "Dear {first},\n\nI am reaching out because I came across your profile and was impressed. I have "
    "followed your career for a while. Could you pass my resume to your recruiter? I would also love to "
    "hear what your first year in the role was like.\n\nBest regards,\nA hopeful applicant",
    "hey {first}!! quick q - would you be open to a 15 min chat about your work??? also do you know of "
    "any openings on your team",
    "Hi {first}, I would be really grateful if you could refer me for the open role on your team.",
)
NOTHING_TO_KEEP = frozenset({4})  # WEAK_DRAFTS that are only a job ask: polish refuses them, with the reason


@dataclass
class Output:
    """One deliverable: which case, user and kind; its texts to read; the artifact itself."""

    case: str
    user: int
    kind: str  # "brief", "questions-20", "outreach-linkedin-note", "polish-2", ...
    texts: list[str]
    artifact: object
    context: object
    extra: dict = field(default_factory=dict)


def profile_cases() -> list:
    """Every labelled case of the parsing corpus and its blind rounds."""
    found = corpus_tools.cases()
    for folder in sorted(corpus_tools.UNSEEN.glob("round*")):
        found += corpus_tools.cases(folder)
    return found


def _pronouns(profile) -> dict[str, str]:
    """They/them: the notes are the user's own words, and a profile seldom states pronouns."""
    return {"pronoun": "They", "poss": "their", "obj": "them"}


def _first(profile) -> str:
    name = (profile.name or "").split()
    return name[0] if name else "there"


def contexts_for(case, build_dir: Path, user_index: int):
    """(kind label, Kind, Context) for every deliverable of one case and one user."""
    from infoview_ai.career import current_role
    from infoview_ai.context import Context, Target
    from infoview_ai.inputs import load_profile, parse_sender
    from infoview_ai.kinds import FOLLOW_UP, OUTREACH, POLISH, THANK_YOU, kind_named

    path = case.source
    if case.is_pdf:
        path = build_dir / f"{case.ident}.pdf"
        path.write_bytes(case.input_bytes(build_dir))
    profile, bio_text = load_profile(str(path))
    user = USERS[user_index]
    sender = parse_sender(user["me"])
    current = current_role(profile)
    target = Target(company=current.company if current and current.company else None)
    base = Context(profile=profile, bio_text=bio_text, target=target, sender=sender, as_of=AS_OF)
    words = {"first": _first(profile), **_pronouns(profile)}
    notes = user["notes"].format(**words)
    out = [
        ("brief", kind_named("brief"), base),
        ("questions-20", kind_named("questions"), base.model_copy(update={"minutes": 20})),
        ("questions-45", kind_named("questions"), base.model_copy(update={"minutes": 45})),
    ]
    for channel in ("linkedin-note", "linkedin-message", "inmail", "email"):
        out.append((f"outreach-{channel}", OUTREACH, base.model_copy(update={"channel": channel})))
    out.append(("outreach-premium", OUTREACH, base.model_copy(update={"premium": True})))
    after = base.model_copy(update={"call_notes": notes, "channel": "email"})
    out.append(("thank-you", THANK_YOU, after))
    out.append(("follow-up", FOLLOW_UP, after))
    out.append(("nudge", FOLLOW_UP, base.model_copy(update={"follow_up_stage": "nudge"})))
    for i, draft in enumerate(WEAK_DRAFTS):
        channel = "linkedin-message" if i % 2 else "linkedin-note"
        draft_ctx = base.model_copy(update={"draft": draft.format(**words), "channel": channel})
        out.append((f"polish-{i}", POLISH, draft_ctx))
    return out


def texts_of(artifact) -> list[str]:
    """The sentences a user reads: every question, every brief line, a message's subject and body."""
    from infoview_ai.artifacts import Brief, QuestionSet

    if isinstance(artifact, QuestionSet):
        return [q.text for q in artifact.questions]
    if isinstance(artifact, Brief):
        return artifact.lines()
    return [t for t in (artifact.subject, artifact.body) if t]


def outputs(cases=None, users: tuple[int, ...] | None = None) -> Iterator[Output]:
    """Every deliverable of every case for every user (default: all of USERS), offline engine."""
    from infoview_ai.errors import InfoviewError
    from infoview_ai.generation import run

    users = tuple(range(len(USERS))) if users is None else users
    with tempfile.TemporaryDirectory() as build:
        for case in profile_cases() if cases is None else cases:
            for user in users:
                for label, kind, ctx in contexts_for(case, Path(build), user):
                    try:
                        artifact = run(kind, ctx, "offline").artifact
                    except InfoviewError as exc:  # polish refusing: measured, not hidden
                        yield Output(case.ident, user, label, [], None, ctx, {"error": str(exc)})
                        continue
                    yield Output(case.ident, user, label, texts_of(artifact), artifact, ctx)


# --- measures ----------------------------------------------------------------------------------------

SHOWN_SEAMS = frozenset(  # what the offline engine leaves for the user on purpose
    {"placeholder"}
)


def seams_in(output: Output) -> list[tuple[str, str, str]]:
    """(kind, span, text) for every broken-sentence seam in the output's texts."""
    from infoview_ai.trust.seams import find_seams

    return [(s.kind, s.span, t) for t in output.texts for s in find_seams(t) if s.kind not in SHOWN_SEAMS]


# own_fact and near_duplicates live in the product now (infoview eval scores with them too).
from infoview_ai.trust.quality import near_duplicates, own_fact, profile_words  # noqa: E402,F401
