"""Questions on what they made and said: their newsletter, podcast or book, a line of theirs quoted back
whole ("quote rather than rewrite": a fixed frame around their words cannot break), their skills and
certifications."""

from __future__ import annotations

from infoview_ai.context import Context
from infoview_ai.engines.offline.questions.candidates import Candidate, Rule, add_candidate
from infoview_ai.engines.offline.signals.signal import Signal
from infoview_ai.language.realise import fill, join_and


def _made(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    name = f["name"]
    variants = {
        "newsletter": [
            fill("What has writing {n:noun} taught you about your own work?", n=name) if name else "",
            "What has writing your newsletter taught you about your own work?",
        ],
        "podcast": [
            fill("Which conversation on {n:noun} changed how you think about your work?", n=name)
            if name
            else "",
            "Which conversation on your podcast changed how you think about your work?",
        ],
        "book": [fill("What did writing {n:noun} teach you that your day job had not?", n=name)],
    }[f["kind"]]
    add_candidate(out, variants, "insights", s.source, "what they made", s.weight, f"made:{f['kind']}")


def _said(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    tail = "what would you do differently today?" if f["built"] else "what made that work?"
    add_candidate(
        out,
        [fill('You wrote "{q:quote}": ' + tail, q=f["sentence"])],
        "insights",
        s.source,
        "their own words",
        s.weight,
    )


def _skills(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    listed = join_and(s.facts["skills"])
    add_candidate(
        out,
        [f"You list {listed} among your skills: which would you learn first in my position?"],
        "resources",
        s.source,
        "their skills",
        s.weight,
        "first skill",
    )


def _certification(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    add_candidate(
        out,
        [fill("How much has the {c:noun} mattered in your work, and who should take it?", c=s.facts["name"])],
        "resources",
        s.source,
        "their certification",
        s.weight,
    )


def _studied(s: Signal, ctx: Context, out: list[Candidate]) -> None:
    f = s.facts
    add_candidate(
        out,
        [
            fill(
                "How much of your {f:noun} studies {s:org.at} do you use in your work today?",
                f=f["field"],
                s=f["school"],
            )
            if f["field"]
            else None,
            fill("What from your time {s:org.at} do you still use in your work?", s=f["school"]),
        ],
        "insights",
        s.source,
        "their studies",
        s.weight,
    )


OWN_WORDS_RULES: dict[str, Rule] = {
    "studied": _studied,
    "made": _made,
    "said": _said,
    "skills": _skills,
    "certification": _certification,
}
