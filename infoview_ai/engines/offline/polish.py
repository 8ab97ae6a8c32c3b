"""Polish the user's own draft: change the least that fixes it, and say what changed and why.

Sentences nobody needs to touch come back byte for byte. Clichés are replaced or removed (and the
sentence around them repaired), a job, referral or resume ask is removed wherever it sits (a draft that is
nothing but the ask is refused, with the reason), spacing and
repeated punctuation are tidied, a wrong first name in the greeting is corrected, and the result is cut
to the channel's hard limit at sentence boundaries.
"""

from __future__ import annotations

import re

from infoview_ai.artifacts import Note
from infoview_ai.channels import Channel, channel_for
from infoview_ai.context import Context, Profile
from infoview_ai.engines.offline.polish_asks import remove_job_asks
from infoview_ai.errors import InputError
from infoview_ai.language import (
    char_count,
    fit_to_limit,
    fix_sentences,
    greeting,
    greeting_match,
    is_sign_off,
    sentence_spans,
    split_sentences,
    word_count,
)

EMPTY_DRAFT = "The draft is empty: pass --draft FILE or pipe it on stdin."

_NOT_A_NAME = {"there", "all", "team", "everyone", "folks", "friend", "sir", "madam", "again", "both"}


def build_polish(ctx: Context) -> Note:
    """The user's draft, minimally fixed for ``ctx.channel``, with each change and the reason for it."""
    draft = ctx.draft or ""
    if not draft.strip():
        raise InputError(EMPTY_DRAFT)
    channel = channel_for(ctx.channel, ctx.premium)
    core = draft.strip()
    changes: list[str] = []
    notes: list[str] = []

    text = _tidy(core, changes)
    text = _fix_greeting_name(text, ctx.profile, changes, notes)
    text = fix_sentences(text, changes)
    text = remove_job_asks(text, ctx, changes, notes)
    text = _fit(text, channel, changes, notes)

    if text == core and not changes:
        body = draft
        changes.append(f"No changes needed: no clichés, no job ask, {_fits(text, channel)}.")
    else:
        body = text
    notes += _channel_notes(text, channel)
    return Note(
        kind="polish",
        body=body,
        channel=channel.name,
        characters=char_count(text),
        words=word_count(text),
        changes=changes,
        notes=notes,
    )


# --- steps ------------------------------------------------------------------------------------------------


def _tidy(text: str, changes: list[str]) -> str:
    """Spacing and repeated punctuation, without touching anything else."""
    fixed: list[str] = []
    lines = []
    for line in text.split("\n"):
        indent = re.match(r"[ \t]*", line).group(0)
        rest = line[len(indent) :]
        new = re.sub(r"[ \t]{2,}|\t", " ", rest).rstrip()
        if new != rest:
            fixed.append("spacing")
        lines.append(indent + new if new else "")
    text = "\n".join(lines)
    collapsed = re.sub(r"\n{3,}", "\n\n", text)
    if collapsed != text:
        fixed.append("blank lines")
    text = collapsed
    spaced = re.sub(r"(?<=\w) +([,;:!?]|\.(?!\.))(?=\s|$|[A-Za-z])", r"\1", text)
    spaced = re.sub(r"(?<=[a-z]),(?=[A-Za-z])", ", ", spaced)
    if spaced != text:
        fixed.append("a space before punctuation")
    text = spaced
    text = _undouble(text, changes)
    punct = re.sub(r"([!?])\1+", r"\1", text)
    punct = re.sub(r",{2,}", ",", punct)
    punct = re.sub(r"(?<!\.)\.\.(?!\.)", ".", punct)
    if punct != text:
        fixed.append("repeated punctuation")
    if fixed:
        changes.append(f"tidied {_join(sorted(set(fixed), key=fixed.index))}")
    return punct


_DOUBLED = re.compile(r"\b([A-Za-z]+)([ \t]+)\1\b", re.IGNORECASE)
_MEANT_TWICE = frozenset({"had", "that", "is", "do", "very", "really", "so", "no", "bye", "ha", "yes"})


def _undouble(text: str, changes: list[str]) -> str:
    """ "the the talk" -> "the talk": a word typed twice by accident (never "had had" or "that that")."""
    found: list[str] = []

    def one(m: re.Match[str]) -> str:
        if m.group(1).lower() in _MEANT_TWICE:
            return m.group(0)
        found.append(m.group(0))
        return m.group(1)

    text = _DOUBLED.sub(one, text)
    if found:
        changes.append("removed a word typed twice: " + ", ".join(f"'{f}'" for f in found))
    return text


def _fix_greeting_name(text: str, profile: Profile, changes: list[str], notes: list[str]) -> str:
    m = greeting_match(text)
    if not m or m.group("name").lower() in _NOT_A_NAME:
        named = profile.first_name and re.match(rf"\W*{re.escape(profile.first_name)}\b", text, re.I)
        if profile.first_name and not greeting(text) and not named:
            notes.append(f'Consider opening with their first name: "Hi {profile.first_name},".')
        return text
    if not profile.name:
        notes.append(f'No name in the profile: check that "{m.group("name")}" is the right name.')
        return text
    parts = [p.strip(".,").lower() for p in profile.name.split()]
    wrong = m.group("name")
    if wrong.lower() in parts:
        return text
    right = profile.name.split()[-1] if m.group("title") else profile.first_name
    text = text[: m.start("name")] + right + text[m.end("name") :]
    changes.append(
        f"changed the greeting from '{wrong}' to '{right}': the profile's name is {profile.name}, "
        "and a wrong name loses the reader at the first word"
    )
    if re.search(rf"\b{re.escape(wrong)}\b", text):
        changes.append(f"'{wrong}' also appears later in the draft: check who it refers to (left as written)")
    return text


def _fit(text: str, channel: Channel, changes: list[str], notes: list[str]) -> str:
    limit = channel.hard_limit
    if not limit or char_count(text) <= limit:
        return text
    fitted, shortened = _fit_keeping_ask(text, limit)
    if fitted is None:
        fitted, shortened = fit_to_limit(text, limit), []
    if char_count(fitted) > limit:  # defensive: never hand back text the platform would reject
        window = fitted[: limit - 1]
        fitted = window[: window.rfind(" ")].rstrip(" ,;:") + "\u2026" if " " in window else window
    kept = " ".join(fitted.split())
    dropped = [s for s in split_sentences(text) if " ".join(s.split()) not in kept and s not in shortened]
    detail = "".join(f'; shortened "{" ".join(s.split())}" to its question' for s in shortened)
    if dropped:
        detail = ": dropped " + "; ".join(f'"{" ".join(s.split())}"' for s in dropped) + detail
    elif detail:
        detail = ":" + detail[1:]
    if fitted.rstrip().endswith("\u2026") or (fitted.split("\n")[0].rstrip().endswith("\u2026")):
        detail += "; shortened the last sentence at a word boundary"
    changes.append(
        f"cut {char_count(text) - char_count(fitted)} characters to fit the {limit} limit "
        f"({channel.label}){detail}"
    )
    if any("?" in s for s in dropped):
        notes.append("The cut took out your question: shorten the first sentence and put the ask back in.")
    return fitted


_ASK_CLAUSE = re.compile(
    r"(?:^|[,;\u2014-]\s*)((?:could|would|can|may|might|do|are|is|will|what|how|who|"
    r"when)\b[^,;]*\?)\s*$",
    re.IGNORECASE,
)


def _fit_keeping_ask(text: str, limit: int) -> tuple[str | None, list[str]]:
    """Cut at sentence boundaries but keep the opening, every question and the sign-off; if that is not
    enough, shorten a long question to its ask clause. None when even that does not fit."""
    tokens = [[sentence, space] for sentence, space in sentence_spans(text.lstrip())]
    if len(tokens) < 2:
        return None, []
    sign_off = is_sign_off(tokens[-1][0])
    keep = {0, len(tokens) - 1} if sign_off else {0}
    keep |= {i for i, (sentence, _) in enumerate(tokens) if "?" in sentence}

    def render(items: list[list[str]]) -> str:
        return "".join(sentence + sep for sentence, sep in items).rstrip()

    current = list(range(len(tokens)))
    for i in reversed(range(len(tokens))):
        if char_count(render([tokens[j] for j in current])) <= limit:
            break
        if i not in keep:
            current.remove(i)
    shortened: list[str] = []
    if char_count(render([tokens[j] for j in current])) > limit:
        for j in current:
            m = _ASK_CLAUSE.search(tokens[j][0])
            if j in keep and "?" in tokens[j][0] and m and m.start(1) > 0:
                shortened.append(tokens[j][0])
                tokens[j][0] = m.group(1)[0].upper() + m.group(1)[1:]
    result = render([tokens[j] for j in current])
    return (result, shortened) if char_count(result) <= limit else (None, [])


def _fits(text: str, channel: Channel) -> str:
    if channel.hard_limit:
        return f"and it fits the {channel.hard_limit} limit ({char_count(text)} characters)"
    return f"and at {word_count(text)} words it needs no cut"


def _channel_notes(text: str, channel: Channel) -> list[str]:
    notes = []
    if channel.hard_limit:
        notes.append(f"{char_count(text)} of {channel.hard_limit} characters ({channel.label}).")
    if channel.words:
        low, high = channel.words
        words = word_count(text)
        if words > high:
            notes.append(
                f"At {words} words it runs long for a {channel.label.lower()} ({low}-{high} words "
                "get the most replies): consider cutting a sentence."
            )
    if "[PLACEHOLDER" in text:
        notes.append("Fill in every [PLACEHOLDER] before sending.")
    return notes


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
