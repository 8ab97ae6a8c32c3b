"""A person's name as a bio writes it, split into the name and the credentials riding on it.

``Jane Doe - SHRM-CP``, ``Jane Doe, PhD``, ``Dr. Jane Doe, MBA, PMP`` and ``JANE DOE, PhD`` all give the
name ``Jane Doe`` (the greeting uses it) and the credentials apart. Particles, accents, hyphens and
apostrophes stay (``Zoë Ó Briain``, ``Seán O'Neill``, ``Ana de la Cruz``, ``Nur binti Hassan``).

nameparser (a kept library for human names) supplies what regexes would get wrong one case at a time: its
lists of about 700 credentials and generational suffixes (SHRM-CP, PMP, CFA, Esq., Jr., III) and its
capitalisation rules for names written in capitals (``MCDONALD`` -> ``McDonald``, ``DE LA CRUZ`` ->
``de la Cruz``). It loads only when a name has a separator, a suffix-like word or capitals to fix.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from infoview_ai.bio.text import is_noise
from infoview_ai.language import is_title

# What sets credentials off from a name: a comma, or a spaced dash or bar ("Jane Doe - SHRM-CP").
_SEPARATOR = re.compile(r"\s*,\s*|\s+[-\u2013\u2014|]\s+")
# A credential written as one: two or more capitals, maybe digits, dots, hyphens ("PhD", "SHRM-CP", "P.Eng.")
_CREDENTIAL_SHAPE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9.\-/&+]{1,11}$")
_MAX_NAME_WORDS = 8
# "(She/Her)", "(he/him/his)", "(they/them)" beside a name
_PRONOUNS = re.compile(
    r"\s*\(\s*(?:she|he|they|ze|xe|her|him|them)(?:\s*/\s*[a-z]+){1,2}\s*\)", re.IGNORECASE
)
_WRITTEN = {"jr": "Jr.", "sr": "Sr.", "jnr": "Jnr.", "snr": "Snr.", "esq": "Esq."}  # "JR." in a caps header
_GENERATIONAL = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv", "v", "i", "esq"})


@functools.cache
def _suffixes() -> tuple[frozenset[str], frozenset[str]]:
    """(credential acronyms, generational and other suffixes), lower case without dots."""
    from nameparser.config import CONSTANTS

    acronyms = frozenset(s.replace(".", "") for s in CONSTANTS.suffix_acronyms)
    others = frozenset(s.replace(".", "") for s in CONSTANTS.suffix_not_acronyms)
    return acronyms, others


def _key(token: str) -> str:
    return token.strip(".,;:()").replace(".", "").lower()


def _is_credential(token: str, *, after_separator: bool) -> bool:
    """A token that is a credential or suffix. Written inside the name (no comma before it) only a known
    one counts, and an acronym only when written with capitals, so a surname is never taken."""
    if not token or not any(ch.isalpha() for ch in token):
        return False
    key = _key(token)
    if key in _GENERATIONAL and (after_separator or key not in {"i", "v"}):
        return True
    if sum(ch.isupper() for ch in token) < 2 and not after_separator:
        return False  # "Okafor", "Doe": without capitals to read, nameparser need not load
    acronyms, others = _suffixes()
    if key in others and (after_separator or key not in {"i", "v"}):
        return True
    if key in acronyms and sum(ch.isupper() for ch in token) >= 2:
        return True
    return after_separator and bool(_CREDENTIAL_SHAPE.match(token.strip(",;:()")))


def _strip_decoration(text: str) -> str:
    """Emoji and symbols around a name ("🌱 Lena Okafor 🚀" -> "Lena Okafor"); the letters stay."""
    characters = list(text.strip())
    while characters and unicodedata.category(characters[0])[0] in "SZPC" and characters[0] not in "(":
        characters.pop(0)
    while characters and unicodedata.category(characters[-1])[0] in "SZC":
        characters.pop()
    return "".join(characters).strip()


def _recase(name: str) -> str:
    """A name written in capitals, in the case its owner would write it (nameparser's rules)."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters) or len(letters) < 3:
        return name
    from nameparser import HumanName

    parsed = HumanName(name)
    parsed.capitalize(force=True)
    recased = " ".join(part for part in (parsed.first, parsed.middle, parsed.last) if part)
    # nameparser's pieces must account for every word, or the original stays as written
    return recased if len(recased.split()) == len(name.split()) else name.title()


def split_name(raw: str | None) -> tuple[str | None, list[str]]:
    """(name, credentials) from a name as written; (None, []) when nothing name-like is left."""
    if not raw:
        return None, []
    text = " ".join(_strip_decoration(_PRONOUNS.sub("", raw)).split())
    parts = _SEPARATOR.split(text)
    head, credentials = parts[0], []
    for part in parts[1:]:
        tokens = part.split()
        if tokens and all(_is_credential(t, after_separator=True) for t in tokens):
            credentials.append(" ".join(t.strip(",;:()") for t in tokens))  # "LEED AP" is one
        else:
            break  # "Jane Doe, Lisbon" or "Jane Doe - Product": not credentials, and not the name either
    words = head.split()
    while len(words) > 1 and is_title(words[0]):
        words.pop(0)
    trailing: list[str] = []
    while len(words) > 1 and _is_credential(words[-1], after_separator=False):
        trailing.insert(0, words.pop().strip(",;:()"))
    name = " ".join(words).strip(" ,;:")
    if sum(ch.isalpha() for ch in name) < 2 or len(words) > _MAX_NAME_WORDS:
        return None, []
    found = [_WRITTEN.get(_key(c), c) if c.isupper() else c for c in trailing + credentials]
    return _recase(name), found


_PARTICLES = frozenset(
    "de del della der den van von zu da das do dos du la le les di bin binti bint ibn al el ben ter ten "
    "y e st".split()
)
_NAME_WORD = re.compile(r"^(?:[^\W\d_][.]|[^\W\d_]['’]?[^\W\d_][\w'’\-.]*)$")
_NOT_NAMES = frozenset(  # headings a bio opens with
    "about|summary|hello|hi|welcome|contact|experience|education|overview|acerca de|a propos|about me|"
    "acerca de mi|acerca de mí|sobre mí|à propos|à propos de moi|über mich|quem sou|sobre mim|"
    "speakers|speaker|our team|team|faculty|meet the team|host|guest|guests|bio|biography|"
    "about the speaker|about the author|profile|perfil|profil|resume|cv|curriculum vitae|"
    "for immediate release|press release|media contact|news release|leadership|people".split("|")
)


def looks_like_name(text: str | None) -> bool:
    """A person's name as written (after ``split_name``): one to six words, each capitalised, an
    initial ("T.") or a particle ("de", "van", "binti"); no digits; not a heading such as "About"."""
    if not text or any(ch.isdigit() for ch in text) or is_noise(text):
        return False  # "Connect", "Message", "Follow": the page's buttons
    words = text.split()
    if not 1 <= len(words) <= 6 or " ".join(words).lower() in _NOT_NAMES:
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not _NAME_WORD.match(word) or not (word[0].isupper() or word[:2].lower() in {"o'", "o’"}):
            return False
        capitalised += 1
    return capitalised >= 1 and words[0].lower() not in _PARTICLES
