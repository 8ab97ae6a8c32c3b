"""Seams: the places where built or written English visibly breaks.

A seam is a template slot left empty ("What drew you from to Harborline Bank?"), two parts joined badly
("at at", "Co.."), a sentence that stops mid-thought ("...moved to the."), a fill-in left in ("{name}"),
a quotation never closed. A reader sees it at once and stops trusting the whole message, so a seam
fails a draft, never warns: the engine drops the candidate or writes it again. Every rule errs towards
silence, since a false alarm costs a good draft: each fires only on what well-formed English does not do.

Kinds: "empty slot", "dangling word", "doubled word", "placeholder", "doubled punctuation", "space before
punctuation", "unbalanced quote", "unbalanced bracket", "verbless question", "lowercase start". The offline
engine's deliberate fill-ins ("[YOUR NAME]", "[PLACEHOLDER: ...]") are placeholders too: a caller that
ships them on purpose filters that kind.

Text is read a paragraph at a time (a run of lines, one bullet, one heading) after Markdown markup,
code, links, URLs and e-mail addresses are masked, so none of them can make a seam. Quotes and brackets
are balanced per paragraph, since a quotation may run over several sentences. Every expression is linear
in its input and only the first ``MAX_CHARS`` characters are read.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

MAX_CHARS = 200_000
_VALUE = "0"  # what masked code, a URL, an address or a placeholder becomes: a value, never a gap


@dataclass(frozen=True)
class Seam:
    """One break: ``kind`` names the rule, ``span`` is the text as written, ``start`` its offset."""

    kind: str
    span: str
    start: int


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DET = "the|an|your|my|our|their|its"  # never end a phrase; "a" is matched in lower case only ("Plan A.")
DETERMINERS = _words(_DET.replace("|", " ") + " a")
_WH = _words("what which who whom whose where when how why whatever whoever wherever")
_PRONOUNS = _words("i me you he him she her we us they them it someone anyone everyone one")
_PARTICLES = _words("in on out up down off back away over around along forward together else more from")
_SUBJECTS = _words("i you we they he she who that which")
_ELLIPTICAL = _words("why any anything anyone anybody or and so also thoughts plus")
_BARE_END = _words("at from of as than via per during including with for about")  # no object: a gap
_TO_AFTER = _words("out forward back moved relocated switched went came intro introduction move transition")
_ALLOWED_TWICE = _words("had that is was do did very really so no bye ha yes")
_ABBREVIATIONS = _words(
    "dr mr mrs ms mx prof rev fr st jr sr ret vs etc approx inc ltd corp co no nos mt ft ave dept univ est "
    "jan feb mar apr jun jul aug sep sept oct nov dec cf al ca viz incl esp min max hr hrs yrs mo wk ext "
    "lda bhd sdn pvt llc plc pty cia cía srl sas sl bv nv ag ab oy kg"
)
_VERBS = _words(
    "am is are was were be been being do does did done have has had can could will would shall should may "
    "might must need dare ought get got gotten go went gone make made take took taken come came see saw seen "
    "know knew known think thought say said tell told give gave given find found keep kept let lead led "
    "feel felt leave left bring brought begin began begun build built buy bought choose chose chosen draw "
    "drew drawn drive drove grow grew grown hear heard hold held learn learnt lose lost mean meant meet met "
    "pay paid put read run ran seem set show shown sit sat speak spoke spend spent stand stood teach taught "
    "win won write wrote written become became break broke fall fell look want use work try ask help talk "
    "turn start move like live love hope plan prefer recommend suggest wish expect decide change handle "
    "manage measure matter happen differ compare balance surprise advise enjoy miss mind share focus apply "
    "describe approach prioritize prioritise stay join pick switch pivot land hire stick rely depend weigh "
    "fit end care deal wonder separate thrive struggle succeed fail"
)

_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
_MARKER = re.compile(r"[ \t]*(?:(?:#{1,6}|>|[-*+•·–]|\d{1,3}[.)]|[a-z][.)])[ \t]+)+|[ \t]*>")
_INLINE = re.compile(
    r"(?P<code>`[^`\n]*`)"
    r"|(?P<link>!?\[(?P<text>[^\[\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+\"[^\"\n]*\")?\))"
    r"|(?P<auto><(?:https?://|mailto:)[^<>\s]*>|<[^@\s<>]+@[^@\s<>]+>)"
    r"|(?P<url>\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?'’)\]*_]|(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+"
    r"(?:com|org|net|io|ai|co|edu|gov|dev|app|me)\b(?:/[^\s<>\"]*[^\s<>\".,;:!?'’)\]*_])?)"
    r"|(?P<email>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<placeholder>\{\{[^{}\n]{0,60}\}\}|\{[A-Za-z_][\w .-]{0,40}\}"
    r"|\[(?:[A-Z][A-Z0-9 _'/-]+|PLACEHOLDER[^\[\]\n]{0,80}|(?i:your|their|first|last|insert|add|company)\b"
    r"[^\[\]\n]{0,40})\]|<(?!(?:b|i|u|s|p|a|br|hr|em|li|ul|ol|td|tr|th|h[1-6]|div|span|strong|small|sup|sub"
    r"|code|pre|img|table|blockquote)\b)[A-Za-z_][\w .-]{0,30}>)"
    r"|(?P<mark>\*{1,3}|~~|(?<!\w)_{1,3}|_{1,3}(?!\w))"
)
_PAIR = re.compile(
    rf"\b(?P<a>(?i:{_DET})|a)[ \t]+(?P<b>at|to|from|of|with|for|by|into|onto|via|the|an?|and|or|but)\b"
    r"(?![-'’])|\b(?P<p>(?i:at|from|to|of|with|for|by|into|onto|via))[ \t]+"
    r"(?P<q>at|from|to|of|with|for|by|into)\b(?![-'’])"
)
_GAP = re.compile(
    rf"\b(?:(?i:{_DET}|at|to|from|of|with|for|by|into|onto|via|in|on|about|as|and|or)|a)"
    r"[ \t]+[,.;:!?](?![.\w])"
)
_END_PREP = re.compile(
    r"(?<![\w'’-])([A-Za-z][\w'’-]*)[ \t]+(at|to|from|of|with|for|about|into|as|than|via|per|during"
    r"|including|between|among|like)(?=[ \t]*(?:([.,;:!?])(?![\w.])|$))"
)
_DANGLING = re.compile(
    rf"(?:\b(?i:{_DET})|\ba)(?=[.,;:!?](?![\w.])|[ \t]*$)|\b(?i:and|or)(?=[.!?;](?![\w.]))"
)
_DOUBLED = re.compile(r"\b([A-Za-z]+)\s+\1\b(?![-'’])", re.IGNORECASE)
_DOUBLE_PUNCT = re.compile(r"(?<!\.)\.\.(?![.\w/])|,[ \t]*(?:[,;]|\.(?!\.))|;[ \t]*[;,.]|[?!]\.(?!\.)")
_SPACE_PUNCT = re.compile(r"(?<=\S)[ \t]+[,.](?![.\w])")
_STOP = re.compile(r"(?<![.!?…])[.!?…]+[\"'’”)\]]*(?=\s|$)")
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*(?![\w.])")  # not "iOS", "eBay", "e.g."
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)")
_NON_SPACE = re.compile(r"\S")
_HEIGHT = re.compile(r"\d['’]\d{1,2}$")
_QUOTES = re.compile(r"[()\[\]\"“”]")
_NOT_BEFORE_END = DETERMINERS | _BARE_END | {"kind", "sort"}  # rules of their own, or "kind of."
_TAKE_PREP = _words("unsure sure proud aware afraid fond capable familiar happy glad curious keen good")
_AT_ADVERBS = _words("least most all first last once times best worst large home")


class _Block:
    """One paragraph, masked: ``chars`` is what the checks read, ``pos[i]`` the offset of ``chars[i]``."""

    def __init__(self, text: str) -> None:
        self.text, self.parts, self.pos, self.found = text, [], [], []

    def keep(self, start: int, end: int) -> None:
        self.parts.append(self.text[start:end])
        self.pos.extend(range(start, end))

    def put(self, chars: str, at: int) -> None:
        self.parts.append(chars)
        self.pos.extend([at] * len(chars))

    def add_line(self, start: int, end: int) -> None:
        if self.parts:
            self.put("\n", start - 1)
        index = start
        for m in _INLINE.finditer(self.text, start, end):
            self.keep(index, m.start())
            if m["link"] and not ("://" in m["text"] or "@" in m["text"]):
                self.keep(m.start("text"), m.end("text"))  # a link reads as its label
            elif m["placeholder"]:
                self.found.append(Seam("placeholder", m.group(), m.start()))
                self.put(_VALUE, m.start())
            elif not m["mark"]:
                self.put(_VALUE, m.start())
            index = m.end()
        self.keep(index, end)

    def seam(self, kind: str, start: int, end: int) -> Seam:
        start, end = max(start, 0), min(max(end, start + 1), len(self.pos))
        return Seam(kind, self.text[self.pos[start] : self.pos[end - 1] + 1], self.pos[start])


def find_seams(text: str) -> list[Seam]:
    """Every seam in ``text`` (plain or Markdown), in order of where it starts."""
    text = text[:MAX_CHARS]
    found: dict[tuple[str, int], Seam] = {}
    for block in _blocks(text):
        for seam in block.found + _check("".join(block.parts), block):
            found.setdefault((seam.kind, seam.start), seam)
    return sorted(found.values(), key=lambda s: (s.start, s.kind))


def has_seam(text: str, allow: frozenset[str] = frozenset({"placeholder"})) -> bool:
    """True when ``text`` has a seam of a kind not in ``allow`` (the offline engine's own fill-ins are
    placeholders the user is meant to see)."""
    return any(s.kind not in allow for s in find_seams(text))


def _blocks(text: str) -> list[_Block]:
    blocks, block, fenced, in_quote, offset = [], None, False, False, 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line.rstrip("\r"))
        offset += len(line) + 1
        if _FENCE.match(line):
            fenced, block = not fenced, None
            continue
        marker = _MARKER.match(line)
        if fenced or not line.strip() or (marker and marker.end() == end - start):
            block = None
            continue
        quoted = bool(marker) and marker.group().strip() == ">"
        if block is None or (marker and not (quoted and in_quote)):
            block = _Block(text)
            blocks.append(block)
        in_quote = quoted
        block.add_line(start + (marker.end() if marker else 0), end)
        if marker and "#" in marker.group():
            block = None  # a heading is a paragraph of its own
    return blocks


def _check(m: str, block: _Block) -> list[Seam]:
    out: list[Seam] = []
    sentences = _sentences(m)
    starts = [s[0] for s in sentences]

    @functools.cache
    def tokens(number: int) -> tuple[list[str], bool, bool]:
        """The sentence's words; whether it has a wh-word; whether a wh-word or a pronoun."""
        start, _, end, _ = sentences[number]
        words = [t.lower().replace("’", "'") for t in _TOKEN.findall(m, start, end)]
        wh = any(w in _WH for w in words)
        return words, wh, wh or any(w.split("'")[0] in _PRONOUNS for w in words)

    for x in _PAIR.finditer(m):
        first, second = (x["a"], x["b"]) if x["a"] else (x["p"], x["q"])
        nxt = _NEXT_WORD.match(m, x.end())
        prev = _LAST_WORD.search(m, max(0, x.start() - 40), x.start())
        stranded = prev and (_is_verb(prev[1].lower()) or prev[1].lower() in _TAKE_PREP)  # "unsure of with"
        if not (
            first.lower() == second  # a doubled word
            or (first.lower(), second) == ("for", "by")  # "paid for by"
            or (first == "a" and second in ("and", "or"))  # "a and b"
            or (second == "at" and nxt and nxt[1] in _AT_ADVERBS)  # "for at least"
            or (x["p"] and stranded and second != "to")  # "the firm she worked at for years"
        ):
            out.append(block.seam("empty slot", x.start(), x.end()))
    out += [block.seam("empty slot", x.start(), x.end()) for x in _GAP.finditer(m)]
    for x in _END_PREP.finditer(m):
        word, prep, stop = x[1].lower(), x[2], x[3]
        before = _LAST_WORD.search(m, max(0, x.start() - 40), x.start())
        to_after = prep == "to" and word in _TO_AFTER
        if word in _NOT_BEFORE_END or (word in _PARTICLES and not to_after):
            continue
        words, wh, licensed = tokens(max(bisect.bisect_right(starts, x.start()) - 1, 0))
        article = before and (before[1] == "a" or before[1].lower() in DETERMINERS - {"a"})
        if article and stop != ":" and not wh:
            out.append(block.seam("empty slot", before.start(), x.end()))
        elif stop not in (",", ";", ":") and (prep in _BARE_END or to_after):
            licensed = licensed or "to" in words[: len(words) - 2]  # "something to look forward to."
            if not licensed and not word.endswith("ing") and word not in _PRONOUNS:
                out.append(block.seam("empty slot", x.start(), x.end()))
    out += [block.seam("dangling word", x.start(), x.end() + 1) for x in _DANGLING.finditer(m)]
    for x in _DOUBLED.finditer(m):
        if x[1].lower() not in _ALLOWED_TWICE and not ("\n" in x[0] and x[1][0].isupper()):
            out.append(block.seam("doubled word", x.start(), x.end()))
    for kind, pattern in (("doubled punctuation", _DOUBLE_PUNCT), ("space before punctuation", _SPACE_PUNCT)):
        out += [block.seam(kind, _word_start(m, x.start()), x.end()) for x in pattern.finditer(m)]
    out += [block.seam(kind, i, i + 30) for kind, i in _unbalanced(m)]
    for (_, stop, end, run), (start, *_rest) in zip(sentences, sentences[1:], strict=False):
        word = _LOWER_WORD.match(m, start)
        if run == "." and word and "\n" not in m[end:start]:
            out.append(block.seam("lowercase start", stop, word.end()))
    for start, stop, end, run in sentences:
        if "?" in run and _verbless([t.lower() for t in _TOKEN.findall(m, start, stop)]):
            out.append(block.seam("verbless question", start, end))
    return out


def _sentences(m: str) -> list[tuple[int, int, int, str]]:
    """(start, where its stop begins, end, the stop) for each sentence; abbreviations end none."""
    out, start = [], 0
    for stop in _STOP.finditer(m):
        run = stop.group()  # with its closers: '"Ship it." then' is a quoted stop, not a sentence end
        if run == "." and _abbreviation(m, stop.start()):
            continue
        out.append((start, stop.start(), stop.end(), run))
        start = stop.end()
    out.append((start, len(m), len(m), ""))
    return [(b.start(), *rest) for start, *rest in out if (b := _NON_SPACE.search(m, start, rest[0]))]


def _word_start(m: str, end: int) -> int:
    """Where the word that ends at ``end`` starts (looking back 30 characters at most)."""
    start = end
    while start > max(0, end - 30) and not m[start - 1].isspace():
        start -= 1
    return start


def _abbreviation(m: str, dot: int) -> bool:
    """True when the "." at ``dot`` ends "e.g", "U.S", "Ph.D", "a.m", "Dr", "St" or an initial."""
    core = m[_word_start(m, dot) : dot].lstrip("([\"'“‘")
    return "." in core or core.lower() in _ABBREVIATIONS or (len(core) == 1 and core.isupper())


def _is_verb(word: str) -> bool:
    word = word.replace("’", "'")
    stem, _, ending = word.partition("'")
    if ending in ("re", "ve", "ll", "d", "m", "t") or (ending == "s" and (stem in _WH or stem in _PRONOUNS)):
        return True
    if word in _VERBS or (len(word) > 3 and word.endswith("ed")):
        return True
    if len(word) > 4 and word.endswith("ing") and not word.endswith("thing") and word not in ("during",):
        return True
    return word.endswith("s") and (word[:-1] in _VERBS or (word.endswith("es") and word[:-2] in _VERBS))


def _verbless(words: list[str]) -> bool:
    """A question with no verb: a wh-word straight before "the", "your"... ("What your biggest lesson?"),
    or eight words or more that are not a question opener ("Why the move?", "Any tips?" are fine)."""
    if not words or words[0] in _ELLIPTICAL or words[:2] == ["what", "a"]:
        return False
    for i, word in enumerate(words):
        after = words[i - 1] if i else ""
        if after in _SUBJECTS or (_is_verb(word) and after not in DETERMINERS):
            return False  # "who thrive": whatever follows a subject is its verb
    wh = words[0] in _WH
    return (wh and len(words) >= 3 and words[1] in DETERMINERS) or (not wh and len(words) >= 8)


def _unbalanced(m: str) -> list[tuple[str, int]]:
    """Unclosed or unopened quotes and brackets; apostrophes, smileys and "1)" list labels are not."""
    out, brackets, curly, straight = [], [], [], None
    for x in _QUOTES.finditer(m):
        ch, i = x.group(), x.start()
        before = m[max(0, i - 2) : i]
        if ch in "()" and (before[-1:] in (":", ";") or before in (":-", ";-")):
            continue  # :) :-(
        if ch in "([":
            brackets.append((ch, i))
        elif ch in ")]":
            if brackets and brackets[-1][0] == "([)]"[")]".index(ch)]:
                brackets.pop()
            elif not (ch == ")" and before[-1:].isalnum() and (i < 2 or not before[0].isalnum())):
                out.append(("unbalanced bracket", i))
        elif ch == "“":
            curly.append(i)
        elif ch == "”":
            if curly:
                curly.pop()
            else:
                out.append(("unbalanced quote", i))
        elif not _HEIGHT.search(m, max(0, i - 6), i):  # 5'11" is a height
            straight = i if straight is None else None
    out += [("unbalanced bracket", i) for _, i in brackets] + [("unbalanced quote", i) for i in curly]
    return out + ([("unbalanced quote", straight)] if straight is not None else [])
