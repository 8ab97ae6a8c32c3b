"""What fills a question set once the person's own signals run out: questions on the role they hold now
(tied to its title and employer), then general ones, which fill only what the profile cannot."""

from __future__ import annotations

from infoview_ai.artifacts import Theme
from infoview_ai.engines.offline.questions.candidates import Candidate, add_candidate
from infoview_ai.language.realise import fill

GENERAL: tuple[tuple[str, Theme, str], ...] = (
    ("What is changing fastest in your field right now?", "trends", "changing"),
    ("Which parts of your work take more time than outsiders would guess?", "insights", ""),
    ("What do you wish you had known when you were starting out?", "advice", ""),
    (
        "Which books, newsletters or communities have shaped how you think about your work?",
        "resources",
        "reading",
    ),
    (
        "What small project could someone like me take on to show they can do this kind of work?",
        "assignments",
        "project",
    ),
    ("What separates people who thrive in your role from those who struggle?", "insights", ""),
    ("What do people who switch into your field most often underestimate?", "advice", ""),
    (
        "Which skills do you expect to matter more in your field over the next few years?",
        "trends",
        "skills ahead",
    ),
    ("Which skill would you learn first if you were starting today?", "resources", "first skill"),
    ("What is the hardest problem on your desk this year?", "insights", ""),
    (
        "If I wanted to test whether I would enjoy this work, what would you have me try first?",
        "assignments",
        "try",
    ),
    ("What part of your job did you have to learn on the job rather than in school?", "insights", ""),
    ("What is one change in your field that outsiders have not noticed yet?", "trends", ""),
    ("Which mistakes do you see newcomers to your field make most often?", "advice", ""),
    (
        "Which people or communities would you follow if you were starting in your field today?",
        "resources",
        "people to follow",
    ),
)


def role_questions(current, phrase: str | None, role: str) -> list[Candidate]:
    """Questions on the role they hold now, tied to its title and employer: what the week holds, the
    hardest problem, what outsiders miss. Ranked under every signal of their own, above anything general."""
    out: list[Candidate] = []
    slots = {"t": current.title, "c": current.company}
    asks = (
        (
            [
                fill("What does a typical week look like for you as {t:title.a} {c:org.at}?", **slots),
                fill("What does a typical week look like for you as {t:title.a}?", **slots),
            ],
            "insights",
            "week",
            28,
        ),
        (
            [
                fill("What is the hardest problem on your desk {c:org.at} this year?", **slots),
                fill("As {t:title.a}, what is the hardest problem on your desk this year?", **slots),
            ],
            "insights",
            "hardest",
            26,
        ),
        (
            [
                fill(
                    "What do people outside {c:org} most often misunderstand about {p:noun}?",
                    p=phrase,
                    **slots,
                )
                if phrase
                else None,
                fill(
                    "What do people outside your field most often misunderstand about being {t:title.a}?",
                    **slots,
                ),
            ],
            "insights",
            "misunderstood",
            24,
        ),
        (
            [
                fill("What skills will matter more for {p:noun} over the next few years?", p=phrase)
                if phrase
                else None
            ],
            "trends",
            "skills ahead",
            22,
        ),
        (
            [
                fill("What is changing fastest in your line of work {c:org.at} right now?", **slots),
                fill("As {t:title.a}, what is changing fastest in your line of work?", **slots),
            ],
            "trends",
            "changing",
            21,
        ),
        (
            [
                fill(
                    "What did you have to learn on the job as {t:title.a} that no course taught you?", **slots
                )
            ],
            "insights",
            "on the job",
            19,
        ),
        (
            [fill("What separates people who thrive {c:org.at} from those who struggle?", **slots)],
            "insights",
            "thrive",
            18,
        ),
        (
            [
                fill(
                    "If I wanted to test whether I'd enjoy {p:noun}, what would you have me try first?",
                    p=phrase,
                )
                if phrase
                else None,
                fill(
                    "If I wanted to test whether I'd enjoy work like yours {c:org.at}, "
                    "what would you have me try first?",
                    **slots,
                ),
            ],
            "assignments",
            "try",
            17,
        ),
        (
            [
                fill("Which people or communities do you learn the most from in {p:noun}?", p=phrase)
                if phrase
                else None,
                fill("Which people or communities do you learn the most from as {t:title.a}?", **slots),
            ],
            "resources",
            "people to follow",
            16,
        ),
    )
    for variants, theme, topic, priority in asks:
        add_candidate(out, variants, theme, role, "their role", priority, topic, f"role:{topic}")
    return out
