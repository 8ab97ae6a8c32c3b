"""Text clean-up shared by the bio parsers: invisible characters, screen-reader twins, UI noise, masks."""

from __future__ import annotations

import re

# Invisible characters that ride along in copies from web pages. The zero-width joiner is kept between
# two non-ASCII symbols because it glues emoji sequences (👩‍💻) together.
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]")  # and soft hyphens
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t]")

# LinkedIn's separator is "·" (U+00B7); "•" shows up in some copies and is treated the same
SEPARATOR_SPLIT = re.compile(r"\s+[·•]\s+")


def clean_text(text: str) -> str:
    """Drop zero-width characters, turn non-breaking spaces into spaces and unify line endings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ZERO_WIDTH.sub("", text)
    if "\u200d" in text:  # its pattern is costly to build and most bios have no joiner
        text = re.sub(r"(?<![\u2000-\U0010ffff])\u200d|\u200d(?![\u2000-\U0010ffff])", "", text)
    text = _SPACES.sub(" ", text)
    # Patterns like r"\s+[·•]\s+" are tried at every space of a run and cost its square; a run longer
    # than any layout needs (columns are 2 or 3 spaces apart) is shortened, indents to a fixed width.
    text = _LONG_INDENT.sub(" " * MAX_INDENT, text)
    return _LONG_GAP.sub(" " * MAX_GAP, text)


MAX_GAP, MAX_INDENT = 8, 40
_LONG_GAP = re.compile(rf"(?<=\S) {{{MAX_GAP + 1},}}")
_LONG_INDENT = re.compile(rf"^ {{{MAX_INDENT + 1},}}", re.MULTILINE)


def squash(line: str) -> str:
    """Collapse runs of spaces and trim; keeps everything else as written."""
    return re.sub(r" {2,}", " ", line).strip()


def content_lines(text: str) -> list[str]:
    """Non-blank, trimmed lines of ``text`` (already cleaned)."""
    return [squash(line) for line in text.split("\n") if line.strip()]


# --- screen-reader twins -------------------------------------------------------------------------------

# "…see more" in each interface language: "…ver más", "…voir plus", "…mehr anzeigen", "…ver mais",
# "…mostra altro", "…meer weergeven" (and the German short "…mehr")
_SEE_MORE_SUFFIX = re.compile(
    r"\s*(?:…|\.\.\.)\s*(?:see more|ver m[aá]s|voir plus|mehr anzeigen|mehr|ver mais|mostra altro|"
    r"altro|meer weergeven|meer)\s*$",
    re.IGNORECASE,
)
# The words a range's screen-reader twin spells its dash with: "to", "hasta la", "à", "bis", "até", "tot"
_RANGE_WORDS = re.compile(r"\s+(?:to|hasta(?:\s+la)?|à|a|au|bis|até|al|tot)\s+")
_TRAILING_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def _twin_key(line: str) -> str:
    """What two renderings of one string share ("Jul 2021 - Present" ~ "Jul 2021 to Present",
    "ene. 2022 - actualidad" ~ "ene. 2022 hasta la actualidad")."""
    key = line.lower().replace("–", "-").replace("—", "-")
    key = _RANGE_WORDS.sub("-", key)
    return re.sub(r"\s+", "", key)


def _compact(line: str) -> str:
    return re.sub(r"\s+", "", line)


def drop_twins(lines: list[str], max_paragraphs: int = 40) -> list[str]:
    """Remove the second rendering LinkedIn adds for screen readers.

    Handles identical twins, twins that differ in punctuation ("-" vs "to", en dash), a description shown
    with paragraph breaks and then again as one long line (either order), and text truncated with
    "…see more" that is followed by its full version.
    """
    kept: list[str] = []
    truncated: set[int] = set()  # indexes in ``kept`` of lines cut short by "…see more"
    for raw in lines:
        line = _SEE_MORE_SUFFIX.sub("…", raw) if _SEE_MORE_SUFFIX.search(raw) else raw
        was_cut = line != raw or (line.endswith("…") and len(line) > 40)
        line = _TRAILING_ELLIPSIS.sub("", line) if was_cut else line
        if not line:
            continue
        if kept:
            previous = kept[-1]
            if _twin_key(previous) == _twin_key(line):
                continue
            # A truncated rendering followed by the full text: keep the full one.
            if (len(kept) - 1) in truncated and _compact(line).startswith(_compact(previous)):
                kept[-1] = line
                truncated.discard(len(kept) - 1)
                continue
            if len(line) > 40 and _joins_previous(kept, line, max_paragraphs):
                continue
        kept.append(line)
        if was_cut:
            truncated.add(len(kept) - 1)
    return _drop_split_repeats(kept, max_paragraphs)


def _joins_previous(kept: list[str], line: str, max_paragraphs: int) -> bool:
    """True when ``line`` is the previous few kept lines run together (paragraphs, then one long line)."""
    target = _compact(line)
    joined = ""
    for previous in reversed(kept[-max_paragraphs:]):
        joined = _compact(previous) + joined
        if joined == target:
            return True
        if len(joined) >= len(target) or not target.endswith(joined):
            return False
    return False


def _drop_split_repeats(lines: list[str], max_paragraphs: int) -> list[str]:
    """The other order: one long line, then the same text again split into paragraphs."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        result.append(line)
        index += 1
        if len(line) <= 40:
            continue
        target = _compact(line)
        joined = ""
        for end in range(index, min(len(lines), index + max_paragraphs)):
            joined += _compact(lines[end])
            if not target.startswith(joined):
                break
            if joined == target and end > index:  # at least two paragraphs, else it was a plain twin
                index = end + 1
                break
    return result


# --- schools ---------------------------------------------------------------------------------------

# A school's name by its words, in the languages bios and LinkedIn come in, and the acronyms schools go by
SCHOOL = re.compile(
    r"\b(?:university|universit[éäà]t?|universidad|universidade|università|universiti|universiteit|"
    r"universitetet|universita|college|colegio|kolej|c[ée]gep|school|schule|institute|institut|instituto|"
    r"istituto|academy|académie|akademie|academia|polytechnic|politecnico|polytechnique|politeknik|"
    r"hochschule|fachhochschule|hogeschool|école|ecole|escola|escuela|faculdade|facultad|conservatory|"
    r"seminary|bootcamp|lyceum|lycée|liceo|gymnasium|campus|sekolah)\b|"
    r"\b(?-i:TU|ETH|EPFL|HEC|IIT|INSA|IUT|UCL|MIT|NYU|UCLA|LSE|KTH|NHH)\b",
    re.IGNORECASE,
)


# --- UI noise ------------------------------------------------------------------------------------------

NOISE_EXACT = {
    "connect",
    "message",
    "more",
    "follow",
    "following",
    "unfollow",
    "pending",
    "contact info",
    "save to pdf",
    "show all",
    "show more",
    "show less",
    "see more",
    "see less",
    "see all",
    "show credential",
    "show project",
    "show publication",
    "see credential",
    "open to",
    "add profile section",
    "enhance profile",
    "more actions",
    "resources",
    "private to you",
    "skip to main content",
    "home",
    "my network",
    "jobs",
    "messaging",
    "notifications",
    "me",
    "for business",
    "search",
    "like",
    "comment",
    "repost",
    "send",
    "share",
    "endorse",
    "endorsed",
    "all",
    "posts",
    "comments",
    "images",
    "videos",
    "articles",
    "documents",
    "reactions",
    "view",
    "visit my website",
    "premium",
    "ad",
    "promoted",
    "verified",
    "edited",
    "view profile",
    "show translation",
    "see translation",
    "follow to see their updates",
    "loaded",
    "received",
    "given",
    "top voices",
    "companies",
    "groups",
    "newsletters",
    "schools",
    "industry knowledge",
    "tools & technologies",
    "interpersonal skills",
    "other skills",
    "show all activity",
    "show all posts",
    "…",
    "...",
}

NOISE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^show all\b.*$",  # Show all 8 experiences
        r"^.{1,80}\slogo$|^logo (?:de|of|von|di|van) .{1,80}$",  # "Globex logo": an image's alt text
        r"^[\d,.]+[km]?\+?\s+(?:connections?|followers?|following|members?|employees)$",
        r"^(?:…|\.\.\.)?\s*see (?:more|less)$",
        r"(?:^|\s)and\s+\+\d+\s+skills?$",  # SQL, Python and +17 skills
        r"^\+\d+\s+skills?$",
        r"^skills:\s",  # Skills: Demand Forecasting · SQL
        r"^\d[\d,]*\s+(?:notifications?(?: total)?|comments?|reposts?|reactions?|likes?|impressions?)$",
        r"^[\d,]+$",  # bare reaction counts
        r"^\d+(?:s|m|h|d|w|mo|y|yr)\s*(?:[•·]\s*(?:edited\s*)?(?:[•·]\s*)?)?$",  # post age "2w •" (no space)
        r"\bpremium\b.*(?:\$|free|off\b|trial|try|unlock|reactivate)|^(?:try|retry|reactivate|unlock)\b.*premium",
        r"^see who'?s viewed your profile",
        r"^millions of members use premium",
        r"^\d+-month free trial",
        r"\bmutual connections?\b",
        r"^talks about #",
        r"^status is (?:reachable|offline|online|away)",
        r"^(?:he|she|they)?\s*(?:reposted|commented on|liked|celebrated|posted) (?:this|a post)",
        r"^\d+ (?:experiences?|endorsements?)\b",
        r"^endorsed by\b",
        r"^passed linkedin skill assessment$",
        r"^linkedin corporation ©",
        r"^(?:view|visit) .*'s? (?:profile|website)$",
        r"^sign in\b|^join now$|^new to linkedin\?",
    )
]


def is_noise(line: str) -> bool:
    """True for button labels, counts, promotions and other page furniture that is never a fact."""
    lowered = line.strip().lower()
    if lowered in NOISE_EXACT:
        return True
    if len(lowered) > 90:  # page furniture is short; long lines are someone's words
        return False
    return any(pattern.search(lowered) for pattern in NOISE_PATTERNS)


# --- logged-out masks -------------------------------------------------------------------------------------

_MASK_RUN = re.compile(r"\*{2,}")
_ONLY_STARS = re.compile(r"^[*\s]+$")


def masked_lines(lines: list[str]) -> list[str]:
    """Lines where LinkedIn replaced words with asterisks (``****** ****``), as in logged-out copies.

    A lone row of stars (``***``) is a Markdown rule, not a mask; a run of stars next to text, or two masked
    words, is a mask.
    """
    found = []
    for line in lines:
        runs = _MASK_RUN.findall(line)
        if not runs:
            continue
        if _ONLY_STARS.match(line):
            if len(runs) >= 2 or len(runs[0]) >= 5:
                found.append(line)
        elif any(len(run) >= 3 for run in runs):
            found.append(line)
    return found
