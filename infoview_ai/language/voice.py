"""Point of view: the person's own words ("my move") and the user's notes about them ("her team")
addressed to them ("your move", "your team"), and their advice ("before you ship") repeated by the user
("before I ship")."""

from __future__ import annotations

import re

from infoview_ai.language.sentences import without_final_stop

IMPERATIVES = frozenset(
    "learn build start focus get try spend keep ask look make take find use think talk be stop consider "
    "practice practise network join write work go pick volunteer shadow sit treat avoid lead show frame "
    "bring master study understand know remember skip prioritise prioritize invest document measure prove "
    "publish share create develop aim target choose pair come stay say tell follow lean put check sign "
    "map automate simplify spend listen watch attend enroll enrol apply prepare get read ship iterate".split()
)


def first_word(text: str) -> str:
    m = re.match(r"[\w'\u2019-]+", text.strip())
    return m.group(0) if m else ""


def lower_first(text: str) -> str:
    """Lowercase the first letter when the first word is an ordinary word (not a name or an acronym)."""
    word = first_word(text)
    if not word or word == "I" or word.startswith(("I'", "I\u2019")) or not word[0].isupper():
        return text
    if word.isupper() and len(word) > 1:
        return text
    if word[1:] != word[1:].lower():
        return text
    common = word.lower() in IMPERATIVES or word.lower() in _COMMON
    return text[0].lower() + text[1:] if common else text


_COMMON = frozenset(
    "the a an this that these those it its their there they we you your my our his her he she don't "
    "do does never always not no more most less domain every each any some many much most being having "
    "planners teams data people hiring managers analysts companies recruiters what how why when where which "
    "if once after before while since as in on at for with from by to of good great small big early later "
    "spreadsheets models tools forecasting supply demand operations analytics could would can will may might "
    "shall thanks thank congratulations quick".split()
)

_PRONOUNS = [
    (re.compile(r"\b(?:she|he)\b"), "you"),
    (re.compile(r"\b(?:She|He)\b"), "You"),
    (re.compile(r"\b(?:herself|himself)\b"), "yourself"),
    (re.compile(r"\bhis\b"), "your"),
    (re.compile(r"\bHis\b"), "Your"),
    (re.compile(r"\bhim\b"), "you"),
    # "her team" (possessive) vs "ask her" / "with her." (object)
    (
        re.compile(
            r"\bher\b(?=\s+[a-z])(?!\s+(?:and|or|but|about|for|to|at|on|in|with|if|when|again|first|my|your|our|the|a|an|"
            r"directly|later|soon|next|too)\b)"
        ),
        "your",
    ),
    (re.compile(r"\bher\b"), "you"),
    (re.compile(r"\bHer\b"), "Your"),
]


def to_second_person(text: str) -> str:
    """Third-person notes about the professional, addressed to them: "on her team" -> "on your team"."""
    for pattern, replacement in _PRONOUNS:
        text = pattern.sub(replacement, text)
    text = re.sub(
        r"\b([Yy]ou) (" + "|".join(_VERB_2P) + r")\b",
        lambda m: f"{m.group(1)} {_VERB_2P[m.group(2)]}",
        text,
    )
    return text


_FIRST_PERSON = [
    (re.compile(r"\byou['\u2019]re\b"), "I'm"),
    (re.compile(r"\byou['\u2019]ve\b"), "I've"),
    (re.compile(r"\byou['\u2019]ll\b"), "I'll"),
    (re.compile(r"\byou['\u2019]d\b"), "I'd"),
    (re.compile(r"\byou\s+are\b"), "I am"),
    (re.compile(r"\byou\s+were\b"), "I was"),
    (re.compile(r"\byourself\b"), "myself"),
    (re.compile(r"\byours\b"), "mine"),
    (re.compile(r"\byour\b"), "my"),
]


def to_first_person(text: str) -> str:
    """Advice as the professional said it, as the user repeats it: "before you understand" -> "before I
    understand", "your first month" -> "my first month". Run before ``to_second_person``."""
    for pattern, replacement in _FIRST_PERSON:
        text = pattern.sub(replacement, text)
    # "you" after a verb or preposition is an object ("it helps you" -> "me"), else a subject ("I")
    return re.sub(
        r"(?:\b(\w+)\s+)?\byou\b",
        lambda m: (
            (f"{m.group(1)} " if m.group(1) else "")
            + ("me" if (m.group(1) or "").lower() in _OBJECT_AFTER else "I")
        ),
        text,
    )


_OBJECT_AFTER = frozenset(
    "to for with at from help helps tell tells ask asks let lets give gives show shows make makes about on "
    "by of teach teaches get gets pay pays hire hires trust trusts push pushes see sees".split()
)


_VERB_2P = {  # third person singular -> the form used with "you", where the rule in base_verb is not enough
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "goes": "go",
    "thinks": "think",
    "says": "say",
    "believes": "believe",
    "wants": "want",
    "likes": "like",
    "runs": "run",
    "leads": "lead",
    "knows": "know",
}


def addressed(text: str) -> str:
    """A note item, trimmed of its final stop, addressed to the professional."""
    return to_second_person(without_final_stop(text))


def addressed_clause(text: str) -> str:
    """``addressed``, lowercased to continue a sentence: "She shipped it" -> "you shipped it"."""
    return lower_first(addressed(text))


_OWN_WORDS = (
    (r"\bI am\b", "you are"),
    (r"\bI['’]m\b", "you're"),
    (r"\bI['’]ve\b", "you've"),
    (r"\bI['’]d\b", "you'd"),
    (r"\bI['’]ll\b", "you'll"),
    (r"\bI\b", "you"),
    (r"\b[Mm]yself\b", "yourself"),
    (r"\b[Mm]y\b", "your"),
    (r"\bmine\b", "yours"),
    (r"\bme\b", "you"),
    (r"\b[Ww]e\b", "you and your team"),
    (r"\b[Oo]ur\b", "your"),
    (r"\bus\b", "you"),
)


def second_person(text: str) -> str:
    """The person's own first-person words addressed to them: "my move" -> "your move"."""
    for pattern, repl in _OWN_WORDS:
        text = re.sub(pattern, repl, text)
    return text


def base_verb(verb: str) -> str:
    """Third-person singular to the form used with "you": "leads" -> "lead", "teaches" -> "teach"."""
    low = verb.lower()
    if low in _VERB_2P:
        return _VERB_2P[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|zz)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return verb


_PAST_OR_BASE = re.compile(
    r"^(?:grew|built|led|ran|took|scaled|launched|cut|drove|managed|created|founded|co-founded|shipped|"
    r"delivered|reduced|increased|hired|started|opened|designed|developed|raised|saved|lead|manage|run|"
    r"oversee|oversaw|own|owned|build|grow|support|supported|serve|served|\w+ed)$",
    re.IGNORECASE,
)


def own_words_addressed(sentence: str, first: str | None) -> str | None:
    """A sentence the person wrote about themself, turned to "you ...", or None when unsure."""
    s = " ".join(sentence.split()).rstrip(" .!;")
    if not s:
        return None
    head, _, rest = s.partition(" ")
    if head in {"I", "We"}:
        return "You" + second_person(" " + rest) if head == "I" else "Your team " + second_person(rest)
    if first and head.lower() in {first.lower(), "she", "he", "they"} and rest:
        verb, _, tail = rest.partition(" ")
        return f"You {base_verb(verb)} {second_person(tail)}".rstrip()
    if _PAST_OR_BASE.match(head):
        return f"You {head.lower()} {second_person(rest)}".rstrip()
    return None
