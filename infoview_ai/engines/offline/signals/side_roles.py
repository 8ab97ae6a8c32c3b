"""Side roles worth a question: teaching, mentoring, speaking, volunteering, open source, boards."""

from __future__ import annotations

import re

from infoview_ai.career import main_positions, side_role_kind, title_side_kind
from infoview_ai.context import Profile
from infoview_ai.engines.offline.signals.roles import role_source
from infoview_ai.engines.offline.signals.signal import Signal
from infoview_ai.engines.offline.wording import quote, split_topics
from infoview_ai.language import base_verb, prose_sentences, second_person

_ABOUT_SIDE = re.compile(
    r"\b(?:I|[Ss]he|[Hh]e|[Tt]hey)\s+(?:also\s+)?(?P<verb>teach(?:es)?|mentors?|volunteers?|speaks?|coach(?:es)?|"
    r"maintains?|organi[sz]es?)\b(?P<rest>[^.!?\n]*)",
)
_SPEAKS = re.compile(r"\bspeaks? (?:about|on)\s+(?P<topic>[^.!?\n]+)", re.IGNORECASE)
_WHOM = re.compile(
    r"^\s*(?P<whom>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:through|at|with|for|in)\s+(?P<org>[A-Z][^,.;]*?)"
    r"(?=\s+(?:and|,)|$|[,.;])"
)
_VERB_KIND = {
    "teach": "teaching",
    "mentor": "mentoring",
    "coach": "mentoring",
    "volunteer": "volunteering",
    "speak": "speaking",
    "maintain": "open source",
    "organise": "volunteering",
    "organize": "volunteering",
}


def _verb_kind(verb: str) -> str:
    low = verb.lower()
    for stem, kind in _VERB_KIND.items():
        if low.startswith(stem):
            return kind
    return "volunteering"


def side_roles(profile: Profile) -> list[Signal]:
    out = []
    for p in profile.positions:
        if (kind := side_role_kind(p, profile.positions)) and len(main_positions(profile)) < len(
            profile.positions
        ):
            out.append(
                Signal(
                    "side_role",
                    role_source(p),
                    52 - len(out),
                    {"kind": kind, "title": p.title, "org": p.company, "description": p.description},
                )
            )
    for p in profile.volunteering:
        out.append(
            Signal(
                "side_role",
                f"volunteering: {p.title}, {p.company}, {p.start or '?'}-{p.end or 'present'}",
                52 - len(out),
                {
                    "kind": title_side_kind(p) or "volunteering",
                    "title": p.title,
                    "org": p.company,
                    "description": p.description,
                },
            )
        )
    for sentence in prose_sentences(profile.about):
        m = _ABOUT_SIDE.search(sentence)
        if m:
            kind = _verb_kind(m.group("verb"))
            if not any(s.facts["kind"] == kind for s in out):
                said = re.split(r"\s+and\s+(?:speaks?|teach(?:es)?|writes?)\b", m.group(0))[0]
                facts = {"kind": kind, "title": None, "org": None, "what": _you(m.group(0)), "said": said}
                if kind != "speaking" and (w := _WHOM.match(m.group("rest"))):
                    facts.update(whom=w.group("whom"), org=w.group("org").strip())
                out.append(Signal("side_role", f"about: {quote(sentence)}", 50 - len(out), facts))
        talk = _SPEAKS.search(sentence)
        if talk and not any(s.facts["kind"] == "speaking" for s in out):
            topics = [_you(t) for t in split_topics(talk.group("topic"))]
            talk_what = "you speak about " + ", ".join(topics)
            out.append(
                Signal(
                    "side_role",
                    f"about: {quote(sentence, 200)}",
                    50 - len(out),
                    {
                        "kind": "speaking",
                        "title": None,
                        "org": None,
                        "what": talk_what,
                        "topics": topics,
                        "said": talk.group(0),
                    },
                )
            )
    return out


def _you(text: str) -> str:
    """ "She mentors engineers ... her team" -> "you mentor engineers ... your team"."""
    text = re.sub(r"^(?:I|She|she|He|he|They|they)\s+", "you ", text.strip())
    text = re.split(r"\s+and\s+(?:speaks?|teach(?:es)?|writes?)\b", text)[0]
    text = re.sub(
        r"\b(?:her|him|them)\b(?=\s+(?:about|to|that|how|what|in|on|at|for|with|from)\b|[\s.,;]*$)",
        "you",
        text,
    )
    text = re.sub(r"\b(?:her|his|their)\b", "your", text)
    head, _, rest = text.partition(" ")
    if head == "you" and rest:
        verb, _, tail = rest.partition(" ")
        text = f"you {base_verb(verb)} {tail}".strip()
    elif head.lower().startswith("speak"):
        text = f"you speak {rest}"
    return second_person(text)
