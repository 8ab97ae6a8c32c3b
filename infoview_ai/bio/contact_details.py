"""Contact details (e-mail, phone, profile URLs): found, kept on the Profile, and kept out of the bio text.

Exports and pasted pages carry personal e-mails and phone numbers (docs/domain.md §2.5). They are parsed so
``infoview profile`` can show them, and removed from the text that reaches a model or a draft.
"""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# A phone: an optional +, then 9-15 digits with spaces, dots, dashes or brackets between them.
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().\-]{7,22}\d(?![\w])")
_YEAR_RANGE = re.compile(r"^\(?(?:19|20)\d{2}\)?\s*[-–]\s*\(?(?:19|20)\d{2}\)?$")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s()<>]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co)/[^\s()<>]*"
)
_LABEL = re.compile(r"\s*\((?P<label>[^()]{1,24})\)\s*$")
_PHONE_LABELS = {"mobile", "home", "work", "phone", "cell", "fax", "other", "landline"}


def is_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return 9 <= digits <= 15 and not _YEAR_RANGE.match(text.strip())


def find_emails(text: str) -> list[str]:
    return list(dict.fromkeys(EMAIL.findall(text)))


def find_phones(text: str) -> list[str]:
    found = []
    for match in _PHONE_CANDIDATE.finditer(text):
        candidate = match.group(0).strip()
        if is_phone(candidate) and candidate not in found:
            found.append(candidate)
    return found


def redact(text: str) -> str:
    """``text`` without e-mail addresses and phone numbers (URLs stay: they name no one's inbox)."""
    text = EMAIL.sub("[e-mail removed]", text)
    return _PHONE_CANDIDATE.sub(lambda m: "[phone removed]" if is_phone(m.group(0)) else m.group(0), text)


def _is_complete(entry: str) -> bool:
    """An entry that cannot go on: labelled "(LinkedIn)", a whole e-mail, or a phone number."""
    if _LABEL.search(entry):
        return True
    return bool(EMAIL.fullmatch(entry))


def _starts_entry(line: str) -> bool:
    lowered = line.lower()
    return (
        lowered.startswith(("www.", "http", "+"))
        or line[:1].isdigit()
        or "@" in line
        or bool(_URL.match(line))
    )


def join_contact_lines(lines: list[str]) -> list[str]:
    """Undo the sidebar's wrapping: ``www.linkedin.com/in/jane-`` + ``doe-12345 (LinkedIn)`` is one entry.

    E-mails and URLs break anywhere, so their pieces join without a space; a label on its own line
    ("(LinkedIn)") joins with one.
    """
    entries: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        previous = entries[-1] if entries else ""
        open_entry = bool(previous) and not _is_complete(previous) and not is_phone(previous)
        if previous and line.startswith("(") and not _LABEL.search(previous):
            entries[-1] += " " + line
        elif open_entry and (not _starts_entry(line) or previous[-1] in "-@._/"):
            entries[-1] += line
        elif previous and EMAIL.fullmatch(previous) and re.fullmatch(r"[A-Za-z]{1,4}", line):
            entries[-1] += line  # the end of a top-level domain: "jane@example.co" + "m"
        else:
            entries.append(line)
    return entries


def split_contacts(entries: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(e-mail, phone, URLs) from joined Contact entries."""
    email = phone = None
    urls: list[str] = []
    for entry in entries:
        label_match = _LABEL.search(entry)
        label = label_match.group("label").lower() if label_match else ""
        value = entry[: label_match.start()].strip() if label_match else entry.strip()
        if EMAIL.fullmatch(value):
            email = email or value
        elif is_phone(value) and (label in _PHONE_LABELS or not label or value[:1] in "+(0123456789"):
            phone = phone or value
        elif _URL.match(value) or "." in value:
            url = value.replace(" ", "")
            if url not in urls:
                urls.append(url)
    return email, phone, urls


_PLACEHOLDER = re.compile(r"\[(?:e-mail|phone) removed\]")
_CONTACT_WORDS = re.compile(
    r"\b(?:e-?mail|mail|phone|tel|mobile|cell|contact|reach|me|at|or|on|via|call|text)\b|[:|/·•,;()\-–—.]",
    re.IGNORECASE,
)


def has_contact(text: str) -> bool:
    """True when ``text`` carries an e-mail address or a phone number."""
    return bool(EMAIL.search(text)) or any(is_phone(m.group(0)) for m in _PHONE_CANDIDATE.finditer(text))


def is_contact_only(text: str) -> bool:
    """A line that is only contact details: "jane@x.com | +1 555 201 3344", "Email: jane@x.com"."""
    if not has_contact(text):
        return False
    rest = _CONTACT_WORDS.sub(" ", _PLACEHOLDER.sub(" ", redact(text)))
    return not rest.strip()


def scrub(text: str | None, *, keep_lines: bool = False) -> str | None:
    """``text`` without e-mails and phone numbers: a value that was only contact details becomes empty;
    with ``keep_lines``, lines that were only contact details are dropped and the others redacted."""
    if not text or not has_contact(text):
        return text
    if keep_lines:
        lines = [line for line in text.split("\n") if not is_contact_only(line)]
        return redact("\n".join(lines)).strip()
    return "" if is_contact_only(text) else redact(text).strip()
