"""Grounding: every specific claim in a draft must come from the user's inputs.

A "specific claim" is a proper-noun span (people, organisations, schools, places, titles), a number
or date, or a link. Each is looked up in the inputs (bio, company notes, call notes, the user's
background, the draft being polished). Whatever is not found is reported with its exact span.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from infoview_ai.context import Context
from infoview_ai.language import GREETING_WORDS, NUMBER_VALUES, NUMBER_WORDS, TITLES, title_pattern

# Proper nouns any draft may use without an input saying so.
ALWAYS_ALLOWED = set(
    """linkedin inmail premium i zoom teams monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december ok okay re ps thanks thank
    hi hello dear best cheers regards warmly sincerely""".split()
) | {"google meet", "p.s"} | {title.lower() for title in TITLES}  # "Dear Dr. Okafor": no claim

# Capitalised only because they start a sentence or a greeting: not claims.
COMMON_WORDS = set(
    """
a about after again all also although an and any anything are as at be because been before being both but
by can could did do does doing during each either even ever every few first for from had has have having he
her here hers him his how however i if in into is it its just last least less let like looking lots many
may maybe me might mine more most much must my never next no not nothing now of often on once one only or
other our out over perhaps please quick rather really same see shall she should since so some something
soon still such than that the their them then there these they this those though through thus to today
too under until up us very was we well were what whatever when where whether which while who whom whose
why will with within without would yes yet you your yours yourself great good happy glad sure absolutely
congratulations congrats following following-up quick short brief hope hoping looking reading thanks
thank thankful grateful appreciate appreciated appreciating welcome sorry excited curious interested
your youre you've you'd you'll i'm i've i'd i'll it's that's there's here's what's let's we're they're
since while your when your could would should might will shall can may must best kind warm warmest
regards sincerely cheers all hi hello dear hey good morning afternoon evening subject re fwd note
""".split()
)

_CONNECTORS = set("of and & for de da do dos das la le van von the".split())
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\"']+|\b[\w.-]+\.(?:com|org|net|io|ai|co|edu|gov)(?:/[^\s<>()\"']*)?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d[\d,.]*(?:%|k|m|bn)?(?![\w])", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’\-.&]*", re.UNICODE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NEXT_WORD = re.compile(r"^\s*([^\W\d_]+)")
# Words that join a number to the rest of a sentence without saying what it counts.
_NUMBER_GLUE = set("to and or of in at on by for from with than a an the percent per".split())
_MINUTES_AFTER = re.compile(r"^\s*(?:-\s*\d+\s*)?(?:-|–|to)?\s*(?:min|mins|minute|minutes)\b", re.IGNORECASE)
ASK_MINUTES = {"5", "10", "15", "20", "25", "30", "45", "60"}


@dataclass(frozen=True)
class Ungrounded:
    span: str
    kind: str  # "name", "number", "link"


@functools.lru_cache(maxsize=256)  # every check of a deliverable folds the same inputs again
def fold(text: str) -> str:
    """Lower-case, accents and punctuation folded, whitespace collapsed: how spans are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("'s ", " ")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 1,400 and 1400 are the same number
    text = re.sub(r"[^\w%$€£@./:+-]+", " ", text)
    text = re.sub(r"[.:/+-]+(?=\s|$)|(?:^|(?<=\s))[.:/+-]+", " ", text)  # punctuation at word edges
    return f" {' '.join(text.split())} "


def input_corpus(ctx: Context) -> str:
    """Everything the user gave us, folded once for lookups."""
    profile = ctx.profile
    parts = [
        ctx.bio_text,
        profile.model_dump_json(),
        ctx.target.company or "",
        ctx.target.company_notes,
        ctx.target.industry or "",
        ctx.call_notes,
        ctx.sender.background,
        ctx.sender.name or "",
        ctx.sender.goal or "",
        ctx.draft,
    ]
    if ctx.sender.profile is not None:
        parts.append(ctx.sender.profile.model_dump_json())
    parts.append(derived_durations(ctx))
    parts.append(stated_numbers("\n".join(parts)))
    parts += [value[:4] for value in _dates(ctx) if value]  # "2018-05" is also "2018"
    joined = "\n".join(parts)
    folded = fold(joined)
    # "BSA/AML" and "Firefighter/EMT" are also their words apart, as a draft may write them
    apart = fold(re.sub(r"(?<=\w)/(?=\w)", " ", joined))
    return folded if apart == folded else folded + apart[1:]


_SPELLED = re.compile(
    r"\b(" + "|".join(NUMBER_WORDS) + r"|a decade)[\s-]+(years?|months?|people|engineers|"
    r"analysts|weeks?)\b",
    re.IGNORECASE,
)


def stated_numbers(text: str) -> str:
    """Numbers the inputs spell out ("nine-month contract", "a decade as"), in digits as drafts write them."""
    out = []
    for match in _SPELLED.finditer(text):
        word, unit = match.group(1).lower(), match.group(2).lower().rstrip("s")
        n = 10 if word == "a decade" else NUMBER_VALUES[word]
        if word == "a decade":
            unit = "year"
        short = {"year": "yr", "month": "mo"}.get(unit, unit)
        out += [f"{n} {unit}s", f"{n} {unit}", f"{n} {short}s", f"{n} {short}"]
    return " | ".join(out)


def _dates(ctx: Context) -> list[str | None]:
    profile = ctx.profile
    return [d for p in (*profile.positions, *profile.volunteering) for d in (p.start, p.end)] + [
        d for e in profile.education for d in (e.start, e.end)
    ]


def derived_durations(ctx: Context) -> str:
    """Durations computed from the profile's dates ("4 yrs 9 mos", "8 years"), which drafts may state."""
    from infoview_ai.dates import months_between, span_months

    by_company: dict[str, list] = {}
    for position in ctx.profile.positions:
        by_company.setdefault(position.company, []).append(position)
    spans = [(p.start, p.end) for p in ctx.profile.positions]
    for roles in by_company.values():
        starts = [p.start for p in roles if p.start]
        ends = [p.end for p in roles]
        if starts:
            spans.append((min(starts), None if None in ends else max(e for e in ends if e)))
    totals = {count(start, end, ctx.as_of) for start, end in spans for count in (months_between, span_months)}
    words = []
    for total in filter(None, totals):
        years, rest = divmod(total, 12)
        for count in {years, int(total / 12 + 0.5)}:  # "8 yrs 6 mos" may be said as "nearly 9 years"
            words += [f"{count} years", f"{count} yrs", f"{count} yr", f"{count} year"]
        words += [f"{rest} months", f"{rest} mos", f"{rest} mo", f"{total} months"]
    return " | ".join(words)


def _words_grounded(span: str, corpus: str) -> bool:
    words = [w for w in fold(span).split() if w not in _CONNECTORS]
    return bool(words) and all(f" {w.rstrip('.')} " in corpus or f" {w} " in corpus for w in words)


def find_ungrounded(text: str, corpus: str) -> list[Ungrounded]:
    """The spans of ``text`` that name something specific the inputs do not mention."""
    text = _PLACEHOLDER.sub(" ", text)
    found: list[Ungrounded] = []
    for match in _EMAIL.finditer(text):
        if fold(match.group()).strip() not in corpus:
            found.append(Ungrounded(match.group(), "link"))
    text = _EMAIL.sub(" ", text)
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:")
        if fold(url).strip().removeprefix("https://").removeprefix("http://") not in corpus:
            found.append(Ungrounded(url, "link"))
    text = _URL.sub(" ", text)
    for match in _NUMBER.finditer(text):
        number = match.group().rstrip(".,")
        digits = number.strip("$€£%").lower().replace(",", "")
        after = text[match.end() :]
        if digits in ASK_MINUTES and _MINUTES_AFTER.match(after):
            continue  # "15 minutes", "15-20 min": the ask itself
        # "by Mar 1. I'll": a number that ends its sentence counts nothing in the next one
        ends_sentence = match.group().endswith(".")
        counted = (
            _NEXT_WORD.match(after)
            if number.isdigit() and not _YEAR.match(number) and not ends_sentence
            else None
        )
        if counted and counted.group(1).lower() not in _NUMBER_GLUE:
            # "40 years", "12 analysts": the number and what it counts must appear together.
            unit = counted.group(1).lower()
            if any(f" {digits} {form} " in corpus for form in {unit, unit + "s", unit.removesuffix("s")}):
                continue
            found.append(Ungrounded(f"{number} {counted.group(1)}", "number"))
            continue
        elif f" {digits} " in corpus or f" {digits}%" in corpus or fold(number).strip() in corpus:
            continue
        found.append(Ungrounded(number, "number"))
    for span in proper_noun_spans(text):
        if fold(span).strip() in ALWAYS_ALLOWED or len(span.strip()) == 1:
            continue  # a lone capital is an initial or the "M" of "$40M", never a name on its own
        if fold(span) in corpus or _words_grounded(span, corpus):
            continue
        found.append(Ungrounded(span, "name"))
    unique: dict[str, Ungrounded] = {}
    for item in found:
        unique.setdefault(item.span, item)
    return list(unique.values())


def proper_noun_spans(text: str) -> list[str]:
    """Runs of capitalised words ("Purdue University", "University of Texas").

    A sentence's first word is capitalised anyway: it counts only when it cannot be an ordinary word
    (an acronym, or an inner capital as in "McKinsey").
    """
    spans: list[str] = []
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", text):
        words = list(_WORD.finditer(sentence))
        current: list[str] = []
        for index, match in enumerate(words):
            word = match.group().rstrip(".'’")
            lower = word.lower().strip("'’")
            opener = index == 0 or _after_greeting(sentence, match.start())
            if opener and not _surely_a_name(word):
                capital = False
            else:
                capital = word[:1].isupper() and lower not in COMMON_WORDS
            joins = (
                bool(current)
                and lower in _CONNECTORS
                and index + 1 < len(words)
                and words[index + 1].group()[:1].isupper()
            )
            if capital or joins:
                current.append(word)
                continue
            if current:
                spans.append(" ".join(current))
            current = []
        if current:
            spans.append(" ".join(current))
    return [span.removesuffix("'s").removesuffix("’s") for span in spans]


def _surely_a_name(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and (
        all(ch.isupper() for ch in letters) or any(ch.isupper() for ch in letters[1:])
    )


@functools.cache
def _opener() -> re.Pattern[str]:
    """What may stand before a name that starts a draft or a line: a greeting (with a title) or a thanks."""
    openers = rf"(?:{GREETING_WORDS}|thanks|thank you|best|ps|p\.s\.)"
    return re.compile(rf"{openers}(?:\s+{title_pattern()}\.?)?", re.I)


def _after_greeting(sentence: str, start: int) -> bool:
    return bool(_opener().fullmatch(sentence[:start].strip()))
