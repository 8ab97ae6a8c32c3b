"""Asks: the clear requests a message makes of its reader, and the job asks a first contact never makes.

A job ask comes in many phrasings ("looking for a data scientist position", "I would be a great fit",
"ready to start immediately", "could you put in a good word"); an informational ask about the same job
("what does the job involve?", "how did you get into the role?") must not be caught with them.
"""

from __future__ import annotations

import functools
import re

_POST = (
    r"(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|posts?|placements?|gigs?"
    r"|opportunit(?:y|ies)(?!\s+to\s+(?:learn|chat|talk|hear|ask|speak|connect|meet)))"
)
# Up to four words naming the job ("a senior data scientist position"), never across "of"/"about"/"on",
# which turn the phrase into a question about the job ("looking for a sense of the role").
_TITLE = r"(?:(?!(?:of|about|on|in|into|behind|like|for|to|with|your)\b)[\w/&+-]+\s+){0,4}"
_DETERMINER = r"(?:an?|one|some|any|my\s+(?:next|first)|the|(?:a\s+)?new)"
_FIRST_PERSON = r"(?:I|I'm|I'd|I've|my|me)\b"

_JOB_ASK_PARTS = (
    # Openings, vacancies, hiring, referrals, resumes: the nouns of applying.
    r"(?:open|available|vacant|unfilled)\s+(?:role|position|job|vacanc|opening)\w*",
    r"job\s+(?:opening|opportunit\w*|offer|lead)s?",
    r"(?:any|some)\s+(?:openings?|vacanc\w+|(?:open\s+)?(?:roles|positions|jobs)(?!\s+like))",
    r"openings",
    r"(?:an?\s+)?opening\s+(?:on|in|at|for|with)\s+(?:your|the|their)",
    r"refer(?:ral|rals|\s+me|\s+us)\b",
    r"hiring",
    r"(?:hire|employ|recruit)\s+me",
    r"get(?:ting)?\s+hired",
    r"(?:an?\s+)?internships?",
    r"(?:my|the\s+attached|attached\s+my)\s+(?:resume|résumé|cv|cover\s+letter|application)",
    r"(?:pass|send|forward|hand)\s+(?:along\s+|on\s+)?my\s+(?:resume|résumé|cv|details|profile|name)",
    r"(?:apply|applying|applied)\s+(?:for|to)\b",
    r"(?:submit(?:ted)?|send|sent)\s+(?:an?|my)\s+application",
    r"put\s+in\s+a\s+(?:good\s+)?word",
    r"(?:consider(?:ed)?|keep)\s+me\s+(?:for|in\s+mind)",
    r"(?:be|being|get|getting)\s+considered\s+for",
    # Seeking statements: "looking for a job as", "seeking a data scientist position", "in the market for".
    rf"(?:looking|searching|hunting|in\s+the\s+market)\s+for\s+{_DETERMINER}\s+{_TITLE}{_POST}",
    rf"(?:seeking|pursuing)\s+(?:{_DETERMINER}\s+)?{_TITLE}{_POST}",
    rf"(?:{_FIRST_PERSON}[^.?!]{{0,20}}?\b(?:to|can)|(?:hoping|hope|want|wanting|trying|aiming|eager|keen|"
    r"like|love|looking)\s+to)\s+(?:land|get|find|secure|obtain)\s+"
    rf"{_DETERMINER}\s+{_TITLE}{_POST}",
    r"(?:looking|hoping|seeking|want|wanting|trying|eager|keen)\s+to\s+(?:leverage|use|apply|bring|put)\s+"
    rf"my\s+[^.?!]{{0,30}}?\b(?:in|into|to)\s+(?:an?|your)\s+{_TITLE}(?:roles?|positions?|jobs?|team)\b",
    r"job[\s-]+(?:hunt|search|seeker|seeking)\w*",
    r"(?:a|the)\s+job\s+(?:with|at)\s+(?:you|your)\b",
    rf"{_FIRST_PERSON}[^.?!]{{0,25}}?\bjoin(?:ing)?\s+(?:your|the|their)\s+"
    r"(?:team|company|organi[sz]ation|group|firm|staff)",
    rf"{_FIRST_PERSON}[^.?!]{{0,25}}?\b(?:work|working)\s+(?:for|at)\s+(?:you|your)\b",
    # Selling oneself for a post: "I think I would be a great fit", "ready to start immediately".
    rf"{_FIRST_PERSON}[^.?!]{{0,30}}?\b(?:an?|the)\s+(?:really\s+|very\s+)?"
    r"(?:great|good|perfect|strong|ideal|excellent|natural|right)\s+"
    r"(?:fit|match|candidate|addition|asset|hire)",
    rf"{_FIRST_PERSON}[^.?!]{{0,20}}?\b(?:ready|able|available|free|eager)\s+to\s+(?:start|begin|relocate)\b",
    r"(?:ready|available)\s+to\s+(?:start|begin)\s+(?:work\b|immediately|right\s+away|asap|now|on\s+short)",
    r"(?:can|could)\s+start\s+(?:immediately|right\s+away|asap|now|next\s+\w+|tomorrow)",
    r"open\s+to\s+(?:new\s+|job\s+|work\s+|career\s+|any\s+|full[\s-]time\s+|part[\s-]time\s+)?"
    r"(?:opportunit\w+|offers|roles|positions|jobs)",
    r"#?open\s*to\s*work",
    r"(?:land|get|score|secure|arrange|give)\s+(?:me\s+)?(?:an?\s+)?(?:job\s+)?interview\b",
    r"job\s+interviews?",
    r"interview\s+(?:me\b|for\s+(?:a|an|the)\b)",
    # German and French phrasings: "eine Stelle", "Bewerbung", "un poste", "candidature".
    r"(?:offene|freie)\s+stellen?",
    r"bewerb\w*",
    r"stellen(?:angebot|anzeige|ausschreibung)\w*",
    r"(?:un\s+)?poste\s+(?:ouvert|disponible|vacant)",
    r"candidature",
    r"m'embaucher|recrutez",
)


@functools.cache
def _job_ask() -> re.Pattern[str]:
    """Compiled on first use, so that importing the CLI stays light."""
    return re.compile(r"\b(?:" + "|".join(_JOB_ASK_PARTS) + r")", re.IGNORECASE)


_ASK = re.compile(
    r"\b(?:could|would|can|may|might)\s+(?:i|we|you)\b[^.?!]*\?|\b(?:would\s+you\s+be|are\s+you|you\s+be)\s+open\b"
    r"|\bopen\s+to\s+an?\b[^.?!]*\?|\bdo\s+you\s+have\b[^.?!]*\b(?:minutes|time)\b[^.?!]*\?",
    re.IGNORECASE,
)
# "I'd love to hear how you ...": a request written as a wish, with no question to answer.
_SOFT_ASK = re.compile(
    r"^\s*(?:I['\u2019]d|I\s+would|I['\u2019]d\s+really|I\s+would\s+really)\s+(?:love|like|welcome|value|"
    r"appreciate|be\s+(?:grateful|glad|happy))\s+(?:to\s+|the\s+chance\s+to\s+|an?\s+chance\s+to\s+)?"
    r"(?P<what>[^.?!]+)[.!]*\s*$",
    re.IGNORECASE,
)


def has_job_ask(text: str) -> bool:
    """True when the text asks for a job, internship, referral or interview, sells the sender as a fit
    for a post, or mentions a resume."""
    return bool(_job_ask().search(text.replace("\u2019", "'")))


def job_ask_spans(text: str) -> list[str]:
    """The phrases that make ``text`` a job ask, as written (for messages that say what was found)."""
    return [m.group(0) for m in _job_ask().finditer(text.replace("\u2019", "'"))]


def asks(text: str) -> list[str]:
    """Sentences that ask the reader for something ("Could I ask you...?", "Would you be open...")."""
    return [m.group().strip() for m in _ASK.finditer(text)]


def soft_ask(sentence: str) -> str | None:
    """What a wish-shaped request wants ("I'd love to hear about your move" -> "hear about your move")."""
    m = _SOFT_ASK.match(sentence)
    return m.group("what").strip() if m else None
