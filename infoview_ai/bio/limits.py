"""How much of a bio infoview reads: caps that keep hostile or mistaken input bounded (issue 12).

A real profile is a few kilobytes of text, a LinkedIn "Save to PDF" export a few pages and well under a
megabyte; every cap here is far above that, so only a file that is not a profile (or is built to hurt)
meets one. Each message says what the cap is and what to do.
"""

from __future__ import annotations

MB = 1_000_000

MAX_TEXT_BYTES = 2 * MB  # a text bio (LinkedIn page copy, plain bio, JSON profile), and --me/notes/drafts
MAX_PDF_BYTES = 10 * MB  # a PDF bio file
MAX_LINE_CHARS = 10_000  # one line of a text bio; longer lines are cut, with a warning
# Roles, schools or skills kept from one profile, whatever its format: a real one has a few dozen at most,
# and the work done on roles downstream (signals, timelines, questions) grows faster than their number.
MAX_LIST_ENTRIES = 100
MAX_JSON_DEPTH = 64  # nesting of a JSON profile (real ones nest 4 or 5 deep)
MAX_PDF_PAGES = 50  # pages of a PDF read; the rest are skipped with a warning
# Unpacked page content of the pages read. A LinkedIn export draws about 5 KB a page (50 pages: 0.25 MB);
# pypdf extracts text at roughly 0.4 MB a second at best, so this also bounds the time to a few seconds.
MAX_PDF_CONTENT_BYTES = 2 * MB


def megabytes(size: int) -> str:
    return f"{size // MB} MB"


BIO_CAPS = f"{megabytes(MAX_TEXT_BYTES)} of text or {megabytes(MAX_PDF_BYTES)} of PDF"


BIO_ADVICE = "a profile is a few kilobytes. Pass only the profile's text (or LinkedIn's 'Save to PDF')."


def too_big_message(label: str, limit: int, what: str = "a text file", advice: str = "") -> str:
    """One line: the file, the cap, and what to pass instead."""
    advice = advice or "pass a shorter file (notes and drafts are a few kilobytes)."
    return f"{label} is larger than {megabytes(limit)}, the most infoview reads from {what}: {advice}"
