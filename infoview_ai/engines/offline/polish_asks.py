"""Polish's job-ask repair: take out every job, referral or resume ask (the clause when the rest of the
sentence stands alone), then make sure the draft still asks for one small thing, a 15-minute call, and
opens with a greeting and closes with a sign-off. A draft stripped of its ask must never read as done."""

from __future__ import annotations

import re

from infoview_ai.context import Context, Profile
from infoview_ai.errors import InputError
from infoview_ai.language import asks, greeting, has_job_ask, is_sign_off, sentence_spans, split_sentences
from infoview_ai.language.asks import soft_ask
from infoview_ai.language.voice import lower_first

NOTHING_LEFT = (
    "Nothing of the draft is left once its job ask is removed: a first message asks for advice, not a "
    "job. Write one or two sentences on why this person, then ask for 15 minutes of their advice "
    "(or run `infoview outreach` for a draft)."
)

# Where a sentence splits into clauses that each stand alone ("I am a welder ... and I am looking for a job").
_CLAUSE_BREAK = re.compile(
    r"(?:,\s*|\s+)(?:and|but|so)\s+(?=(?:I|I'm|I'd|I've|can|could|would|do|does|is|are)\b)"
    r"|\s*[;\u2014]\s*|\s+[-\u2013]\s+"
    r"|(?<!\bam)(?<!'m)(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bbe)(?<!\bbeen)"
    r",?\s+(?=(?:looking|hoping|seeking|searching|wanting|trying)\s+(?:for|to)\b)",
)
_SIGN_OFF_WORDS = re.compile(
    r"^\s*(?:thanks|thank\s+you|best|regards|best\s+regards|kind\s+regards|cheers|sincerely|warmly|"
    r"all\s+the\s+best|many\s+thanks|semper\s+fi|take\s+care|talk\s+soon)\b",
    re.IGNORECASE,
)


def remove_job_asks(text: str, ctx: Context, changes: list[str], notes: list[str]) -> str:
    """``text`` without its job, referral and resume asks, wherever they sit; every other sentence as
    written. A greeting that opens an ask ("Hi Lena, are you hiring?") stays. When an ask went, the draft
    keeps or gains one clear request, a greeting and a sign-off. Raises InputError when nothing but a
    greeting and a sign-off would be left."""
    spans = sentence_spans(text)
    if not any(has_job_ask(s) for s, _ in spans):
        return text
    kept: list[list[str]] = []
    for i, (sentence, space) in enumerate(spans):
        if not has_job_ask(sentence):
            kept.append([sentence, space])
            continue
        opening = greeting(sentence) if i == 0 else None
        if opening and opening.group(0).strip() and not has_job_ask(opening.group(0)):
            kept.append([opening.group(0).rstrip(), " "])
            sentence = sentence[opening.end() :]
        rest = _clauses_without_ask(sentence)
        quoted = " ".join(sentence.split())
        if rest:
            kept.append([rest, space])
            gone = " ".join(sentence.replace(rest.rstrip("."), "", 1).split()).strip(" ,;-")
            changes.append(f'removed "{gone}" from "{quoted}": {_why(gone, ctx.profile)}')
        else:
            changes.append(f'removed "{quoted}": {_why(sentence, ctx.profile)}')
    if all(_closing(s) or _only_greeting(s) for s, _ in kept):
        raise InputError(NOTHING_LEFT)
    return _one_request(kept, ctx, changes)


def _why(removed: str, profile: Profile) -> str:
    lowered = removed.lower()
    if re.search(r"\b(?:resume|résumé|cv|cover\s+letter|application)\b", lowered):
        what = "it mentions your resume or application"
        after = "if they want your resume after the call, they will ask for it"
    elif "refer" in lowered or "good word" in lowered:
        what = "it asks for a referral"
        after = 'at the end of the call, ask "Who else would you suggest I talk to?"'
    else:
        what = "it asks for a job or sells you for one"
        after = f"ask about {_path(profile)} instead; jobs can come up once they know you"
    return f"{what}, and in a first contact that turns a request for advice into an application; {after}"


def _clauses_without_ask(sentence: str) -> str:
    """The clauses of ``sentence`` that do not ask for a job, joined as written ("" when none is left or
    what is left would not read as a sentence of its own)."""
    text = sentence.strip()
    cuts = [m for m in _CLAUSE_BREAK.finditer(text) if m.start() > 0]
    if not cuts:
        return ""
    bounds = [0] + [m.start() for m in cuts] + [len(text)]
    pieces = [text[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1)]
    keep = [p for p in pieces if not has_job_ask(p)]
    if not keep or len(keep) == len(pieces):
        return ""
    joined = keep[0] + "".join(keep[1:])
    joined = joined.strip(" ,;:-\u2013\u2014").rstrip(" ,;:!?.")
    joined = re.sub(r"^(?:and|but|so)\s+", "", joined, flags=re.IGNORECASE)
    if not re.match(r"(?:I|I'm|I've|I'd|My|As)\b", joined, re.IGNORECASE) or len(joined.split()) < 3:
        return ""
    return joined[0].upper() + joined[1:] + "."


def _one_request(spans: list[list[str]], ctx: Context, changes: list[str]) -> str:
    """Keep the draft's own request; else turn an "I'd love to ..." wish into one, else add one small ask
    before the sign-off. Then a greeting and a sign-off if either is missing."""
    if not _requests(" ".join(s for s, _ in spans)):
        wish = next((i for i, (s, _) in enumerate(spans) if soft_ask(s) and not _closing(s)), None)
        if wish is not None:
            what = soft_ask(spans[wish][0])
            ask = f"Would you be open to a 15-minute call so I could {_strip_wish(what)}?"
            changes.append(
                f'asked "{ask}" instead of "{spans[wish][0].strip()}": with the job ask gone, '
                "the message needs one clear request they can say yes to"
            )
            spans[wish][0] = ask
        else:
            ask = f"Would you be open to a 15-minute call about {_path(ctx.profile)}?"
            at = len(spans)
            while at > 1 and _closing(spans[at - 1][0]):
                at -= 1
            spans.insert(at, [ask, " "])
            if at > 0 and not spans[at - 1][1]:
                spans[at - 1][1] = " "
            changes.append(
                f'added "{ask}": with the job ask gone the draft asked for nothing, and one small, '
                "specific request is the easiest thing to say yes to"
            )
    spans[-1][1] = ""
    result = "".join(s + sep for s, sep in spans).strip()
    return _greeting_and_sign_off(result, ctx, changes)


_TIME_ASK = re.compile(
    r"\b(?:\d+|ten|fifteen|twenty)[\s-]*(?:min|mins|minutes)\b|\b(?:a|quick|short|brief)\s+(?:call|chat)\b",
    re.IGNORECASE,
)


def _requests(text: str) -> bool:
    """Already asks for something: a question ("Could we talk?") or time ("would value 15 minutes")."""
    return bool(asks(text) or _TIME_ASK.search(text))


def _strip_wish(what: str) -> str:
    """ "to hear about your move" -> "hear about your move"; "a chat" -> "have a chat"."""
    what = re.sub(r"^(?:to|the\s+chance\s+to)\s+", "", what.strip(), flags=re.IGNORECASE)
    what = re.sub(r"\s+(?:over\s+(?:a\s+)?(?:coffee|lunch|tea|zoom)|sometime|soon)$", "", what, flags=re.I)
    if re.match(r"(?:an?|some|your)\b", what, re.IGNORECASE):
        what = "get " + what
    return what


def _greeting_and_sign_off(text: str, ctx: Context, changes: list[str]) -> str:
    first = ctx.profile.first_name
    named = first and re.match(rf"\W*{re.escape(first)}\b", text, re.IGNORECASE)
    if not greeting(text) and first and not named:
        text = f"Hi {first}, {lower_first(text)}"
        changes.append(f'added the greeting "Hi {ctx.profile.first_name},": a message opens with their name')
    last = split_sentences(text)[-1] if text else ""
    if not _closing(last):
        name = ctx.sender.first_name
        sign = f"Thank you, {name}" if name else "Thank you"
        text = f"{text} {sign}"
        changes.append(f'added the sign-off "{sign}": the draft ended on a request with no closing')
    return text


def _closing(sentence: str) -> bool:
    """A sign-off ("Thanks so much!", "Best regards, Katharina") or a bare name ("Alex")."""
    words = sentence.split()
    bare_name = len(words) <= 2 and all(w[:1].isupper() for w in words) and not asks(sentence)
    return bool(words) and is_sign_off(sentence) and (bool(_SIGN_OFF_WORDS.match(sentence)) or bare_name)


def _only_greeting(sentence: str) -> bool:
    m = greeting(sentence)
    return bool(m) and not sentence[m.end() :].strip(" ,.!")


def _path(profile: Profile) -> str:
    current = profile.current
    if current and current.company:
        return f"how you got to your role at {current.company}"
    return "how you got into your work"
