"""What the person said and made, in their own words: the invitation a coach opens with, what they care
about, what they make (a newsletter, a podcast, a book, a course), lines worth quoting back, their skills
and certifications.

Invitations are read in English, Spanish, French, German and Portuguese ("Ask me about", "happy to talk
with career changers about", "reach out if", "Pregúntame sobre", "N'hésitez pas à me parler de", "Sprechen
Sie mich gerne an zu", "Pergunte-me sobre"). A topic in another language is quoted as written.
"""

from __future__ import annotations

import re

from infoview_ai.career import main_positions
from infoview_ai.context import Profile
from infoview_ai.engines.offline.signals.ground import education_source
from infoview_ai.engines.offline.signals.signal import Signal
from infoview_ai.engines.offline.wording import quote, split_topics
from infoview_ai.language import prose_sentences

_TOPIC = r"(?P<topic>(?:[^.!?\n]|\.(?=\s+[a-z]))+)"  # "residency vs. industry" is one topic
_INVITE_EN = re.compile(
    r"\b(?:ask me (?:anything )?about|feel free to (?:ask|reach out to) (?:me )?about|talk to me about|"
    r"(?:dm|message|ping) me (?:about|if you want to talk about)|"
    r"(?:i'm |i am |always )?(?:happy|glad) to (?:talk|chat)(?: with [^.!?\n]{1,60}?)? (?:about|through)|"
    r"(?:i'm |i am )?(?:always )?(?:happy|glad) to help (?:people|anyone|folks) (?:moving into|breaking into|"
    r"getting into|who are (?:moving|breaking|getting) into)|"
    r"reach out (?:if you(?:'re| are)? (?:curious about|interested in|exploring|thinking about)|about)|"
    r"i love (?:talking|chatting) about|(?:happy|glad) to (?:trade|compare|swap) notes (?:on|about)|"
    r"(?:i'm |i am )?always up for (?:a chat|talking) about|"
    r"my (?:dms|inbox) (?:are|is) open (?:for|to) (?:questions about|anyone curious about)?|"
    r"(?:i'm |i am )?open to (?:chatting|talking) about)\s+" + _TOPIC,
    re.IGNORECASE,
)
_INVITE_OTHER = (
    (
        "es",
        re.compile(
            r"\b(?:pregúntame (?:sobre|por)|escríbeme (?:sobre|si te interesa)|no dudes en escribirme sobre|"
            r"encantad[oa] de (?:hablar|conversar) (?:sobre|de)|hablemos de)\s+" + _TOPIC,
            re.IGNORECASE,
        ),
    ),
    (
        "fr",
        re.compile(
            r"\b(?:n'hésitez pas à me (?:parler|contacter pour parler) d[e']|parlons d[e']|"
            r"(?:je suis )?toujours (?:ravie?|heureuxe?|heureux|heureuse) d'échanger (?:sur|autour d[e'])|"
            r"contactez-moi pour (?:parler|échanger) d[e'])\s*" + _TOPIC,
            re.IGNORECASE,
        ),
    ),
    (
        "de",
        re.compile(
            r"\b(?:sprechen sie mich (?:gerne )?an (?:zu|zum|zur|auf)|"
            r"fragt? mich (?:gerne )?(?:nach|zu|zum|zur)|schreib(?:en sie)? mir (?:gerne )?(?:zu|zum|zur)|"
            r"ich freue mich (?:über|auf) (?:den )?austausch "
            r"(?:zu|zum|zur|über))\s+" + _TOPIC,
            re.IGNORECASE,
        ),
    ),
    (
        "pt",
        re.compile(
            r"\b(?:pergunte-me sobre|me pergunte sobre|fale comigo sobre|"
            r"me chame para (?:conversar|falar) sobre|adoro (?:conversar|falar) sobre)\s+" + _TOPIC,
            re.IGNORECASE,
        ),
    ),
)
_CARES = re.compile(
    r"\bi (?:(?:really |deeply )?care (?:a lot |deeply )?about|am most interested in|'m most interested in|"
    r"think a lot about|spend my time thinking about)\s+" + _TOPIC,
    re.IGNORECASE,
)
_OTHER_AND = re.compile(r"\s*(?:,|;|\s(?:y|e|et|und|ou|o|oder)\s)\s*", re.IGNORECASE)


def topic_key(topic: str) -> str:
    """Topics that other signals cover too share a key, so only one question is asked about them."""
    if re.search(r"\bteam\b", topic, re.I) and re.search(r"\b(?:build|grow|hir|start)", topic, re.I):
        return "team growth"
    return ""


def _topics(raw: str, lang: str) -> list[str]:
    if lang == "en":
        return split_topics(raw)
    parts = [p.strip(" ,;:-") for p in _OTHER_AND.split(raw.strip())]
    return [f"“{p}”" for p in parts if p and len(p.split()) <= 8]


def _invitation(sentence: str) -> tuple[str, re.Match[str]] | None:
    if m := _INVITE_EN.search(sentence):
        return "en", m
    for lang, pattern in _INVITE_OTHER:
        if m := pattern.search(sentence):
            return lang, m
    return None


def invitations(profile: Profile) -> list[Signal]:
    """The person's own invitation ("Ask me about ...") and what they say they care about, one signal
    per listed topic, in the order written."""
    out: list[Signal] = []
    for sentence in prose_sentences(profile.about):
        found = _invitation(sentence)
        cares = _CARES.search(sentence)
        for kind, match, lang, weight in (
            ("invitation", found[1] if found else None, found[0] if found else "en", 100),
            ("cares", cares, "en", 68),
        ):
            if not match:
                continue
            topics = _topics(match.group("topic"), lang)
            for i, topic in enumerate(topics):
                out.append(
                    Signal(
                        kind,
                        f"about: {quote(sentence, 200)}",
                        (weight - len(out)) if i == 0 else weight - 30 - i,
                        {
                            "topic": topic,
                            "index": i,
                            "topics": topics,
                            "sentence": sentence,
                            "key": topic_key(topic),
                            "lang": lang,
                        },
                    )
                )
            if topics:
                break
    return out


# --- what they made ------------------------------------------------------------------------------------

_NAME = (
    r"(?:[\"“‘'](?P<name>[A-Z][^\"”’']{1,59}?),?[\"”’']"
    r"|(?P<cap>(?:[A-Z][\w'&-]*)(?:\s+(?:of|the|and|&|[A-Z][\w'&-]*)){0,5}))"
)
_MADE = (
    (
        "newsletter",
        re.compile(
            r"\b(?:i (?:write|publish|run|send)|author of|writer of|my|she writes|he writes|they write|"
            r"writes)\s+"
            r"(?:a |the )?(?:weekly |monthly |free )?newsletter(?:,? (?:called|named))?\s*" + _NAME + "?",
            re.IGNORECASE,
        ),
    ),
    (
        "podcast",
        re.compile(
            r"\b(?:(?:co-)?hosts?|(?:co-)?host of|i (?:co-)?host|my podcast|runs? the podcast)\s+(?:the )?"
            r"(?:(?:weekly |monthly )?podcast,?\s+)?"
            + _NAME
            + r"?\s*(?:podcast)?",
            re.IGNORECASE,
        ),
    ),
    ("book", re.compile(r"\b(?:author of|i wrote|wrote the book|co-authored)\s+(?:the book\s+)?" + _NAME)),
)


def _made_name(m: re.Match[str], kind: str) -> str | None:
    name = (m.group("name") or m.group("cap") or "").strip()
    name = re.sub(r"(?:^|\s+)(?:podcast|newsletter)$", "", name, flags=re.IGNORECASE).strip()
    if kind == "podcast" and not re.search(r"podcast", m.string, re.I):
        return None  # "hosts the Harbor Meetup" is an event, not a podcast
    if not name or name.lower() in {"a", "the", "my", "i"} or len(name) < 3:
        return "" if kind != "book" else None
    return name


def _places(profile: Profile) -> list[tuple[str, str]]:
    places = [(s, f"about: {quote(s, 200)}") for s in prose_sentences(profile.about)]
    if profile.headline:
        places.append((profile.headline, f"headline: {quote(profile.headline, 200)}"))
    for p in main_positions(profile)[:4]:
        for s in prose_sentences(p.description):
            places.append((s, f"role description ({p.title}, {p.company}): {quote(s, 200)}"))
    return places


# A line worth quoting back: something they did, in their words, short enough to quote whole.
_DID = re.compile(
    r"^(?:I\s+|We\s+)?(?P<verb>led|built|launched|moved|grew|cut|reduced|designed|shipped|created|founded|"
    r"started|opened|introduced|redesigned|rolled out|automated|migrated|trained|negotiated|raised|won|"
    r"rebuilt|turned|replaced|took|brought|set up|wrote|ran|scaled|doubled|halved|saved|established)\b",
    re.IGNORECASE,
)
_BUILT = {
    "built",
    "launched",
    "designed",
    "created",
    "founded",
    "started",
    "opened",
    "set up",
    "established",
    "wrote",
    "rebuilt",
    "shipped",
    "redesigned",
}


def made_and_said(profile: Profile, used_sources: set[str]) -> list[Signal]:
    """What they make (newsletter, podcast, book), one line of what they did to quote back, their skills
    and certifications; ``used_sources`` are sentences another signal already asks about."""
    out: list[Signal] = []
    places = _places(profile)
    for sentence, source in places:
        for kind, pattern in _MADE:
            if (m := pattern.search(sentence)) and (name := _made_name(m, kind)) is not None:
                if not any(s.facts.get("kind") == kind for s in out):
                    out.append(Signal("made", source, 62, {"kind": kind, "name": name, "sentence": sentence}))
    quoted = 0
    for sentence, source in places:
        if quoted >= 2 or source in used_sources or source.startswith("headline"):
            continue
        m = _DID.match(sentence.strip())
        words = len(sentence.split())
        if m and 5 <= words <= 20 and '"' not in sentence and "“" not in sentence:
            verb = m.group("verb").lower()
            out.append(
                Signal(
                    "said",
                    source,
                    57 - quoted * 6,
                    {
                        "sentence": sentence.strip(),
                        "built": verb in _BUILT,
                        "first_person": bool(m.group(0)[:2] in ("I ", "We")),
                    },
                )
            )
            quoted += 1
    skills = [s for s in profile.skills if 1 <= len(s.split()) <= 4][:3]
    if len(skills) >= 2:
        out.append(Signal("skills", f"skills: {', '.join(skills)}", 40, {"skills": skills}))
    for e in profile.education[:1]:
        if e.school.strip() and education_source(e) not in used_sources:
            field = (e.field or "").strip()
            facts = {"school": e.school, "field": field}
            out.append(Signal("studied", education_source(e), 30, facts))
    for cert in profile.certifications[:1]:
        if 1 <= len(cert.split()) <= 8:
            out.append(Signal("certification", f"certification: {cert}", 42, {"name": cert}))
    return out
