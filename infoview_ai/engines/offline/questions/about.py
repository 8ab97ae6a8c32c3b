"""Questions from what they wrote about themselves: their invitations, what they care about, the numbers
in their descriptions and their side roles."""

from __future__ import annotations

from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.candidates import Candidate, Rule, add_candidate
from infoview_ai.engines.offline.questions.numbers import count_question, growth_question, team_question
from infoview_ai.engines.offline.signals.signal import Signal
from infoview_ai.language.realise import fill


def _invitation(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    topic, i = f["topic"], f.get("index", 0)
    gerund = topic.split()[0].lower().endswith("ing")
    if i == 0:
        tail = "what surprised you most?" if gerund else "what do people most often get wrong about it?"
        variants = [f"You invite questions about {topic}: {tail}"]
    elif i == 1 or not gerund:
        variants = [f"What have you learned about {topic} that most people miss?"]
    else:
        variants = [f"What is the hardest part of {topic}?"]
    add_candidate(out, variants, "insights", s.source, "their invitation", s.weight, f.get("key", ""))


def _cares(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    add_candidate(
        out,
        [f"You write that you care about {f['topic']}: where does that show up in your work?"],
        "insights",
        s.source,
        "what they care about",
        s.weight,
    )


def _scale(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    said = f["addressed"] if f["addressed"] and len(f["addressed"].split()) <= 18 else None
    sentence = f["sentence"]
    if f["kind"] == "growth":
        start, end = f["span"]
        variants = growth_question(sentence, start, end, f.get("first"))
        topic = (
            "team growth"
            if variants and variants[0].lower().startswith(("growing the team", "growing your team"))
            else ""
        )
    elif f["kind"] == "team":
        variants, topic = team_question(sentence) or count_question(sentence, said), "team size"
    else:
        variants = count_question(sentence, said)
        topic = "team size" if variants and variants[0].startswith("Leading") else ""
    if not topic and variants and variants[0].endswith("at that scale?"):
        topic = "that scale"  # one "what was hardest at that scale?" per set: a second reads as a form
    add_candidate(out, variants, "insights", s.source, "numbers they wrote", s.weight, topic)


def _serving(s: Signal, out: list[Candidate]) -> bool:
    """A side role serving people making the user's own move: ask what separates those who make it."""
    f = s.facts
    whom = f.get("serves")
    if not whom:
        return False
    if f["kind"] == "teaching":
        text = " ".join(filter(None, [f.get("title"), f.get("description")])).lower()
        course = "evening course" if "evening" in text else "course"
        variants = [
            f"Your {course} serves {whom}: what separates those who make the move?",
            f"Many of your students are {whom}: what separates those who make the move?",
        ]
    else:
        verb = "mentor" if f["kind"] == "mentoring" else "work with"
        variants = [f"You {verb} {whom}: what do the ones who make the move do differently?"]
    add_candidate(out, variants, "advice", s.source, "people like you", s.weight)
    return bool(out)


def _side_role(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    if _serving(s, out):
        return
    org = f.get("org")
    at = f" at {org}" if org else ""
    texts = {
        "teaching": [
            f"What do the students in your evening course{at} struggle with most?"
            if "evening" in (f.get("title") or "").lower()
            else f"What do your students{at} struggle with most?",
            "What do your students struggle with most?",
        ],
        "mentoring": [
            f"What do the {f['whom']} you mentor ask you most often?" if f.get("whom") else "",
            f"What do the people you mentor{at} ask you most often?",
        ],
        "speaking": [
            f"You speak about {max(f['topics'], key=len)}: which example do you come back to most?"
            if f.get("topics")
            else "",
            "Which question do audiences ask you most often after a talk?",
        ],
        "open source": [
            f"What has your open-source work{' on ' + org if org else ''} taught you about your day job?",
            "What has your open-source work taught you about your day job?",
        ],
        "board": [
            f"What does sitting on the board of {org} show you that your day job does not?" if org else "",
            "What does board work show you that your day job does not?",
        ],
        "advising": [
            f"What do you look for before you agree to advise a company like {org}?" if org else "",
            "What do you look for before you agree to advise a company?",
        ],
        "volunteering": [
            fill(
                "What has volunteering as {t:title.a} with {o:org} taught you that work has not?",
                t=f["title"],
                o=org,
            )
            if org and f.get("title")
            else "",
            "What has your volunteer work taught you that your day job has not?",
        ],
    }
    variants = texts.get(f["kind"], [])
    add_candidate(out, variants, "insights", s.source, "side role", s.weight, f"side:{f['kind']}")


ABOUT_RULES: dict[str, Rule] = {
    "invitation": _invitation,
    "cares": _cares,
    "scale": _scale,
    "side_role": _side_role,
}
