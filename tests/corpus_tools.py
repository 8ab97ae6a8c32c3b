"""The labelled parsing corpus (tests/corpus/README.md): cases, scoring, and label-preserving mutations.

Used by tests/bio/test_corpus.py and benchmarks/parse_accuracy.py. PDF cases are built from their spec by
tests/pdf_fixtures.py (reportlab) into a folder the caller owns.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
UNSEEN = Path(__file__).resolve().parent / "corpus_unseen"  # blind rounds: reported, not gated
ROLE_FIELDS = ("title", "company", "start", "end")
CURRENT_FIELDS = ("title", "company", "start")
KINDS = (
    "linkedin_text",
    "pdf_current",
    "pdf_legacy",
    "speaker_bio",
    "about_first_person",
    "resume",
    "json_resume",
    "scraper_json",
)
TEXT_KINDS = {"linkedin_text", "speaker_bio", "about_first_person", "resume"}


@dataclass(frozen=True)
class Case:
    ident: str
    kind: str
    source: Path  # the text/JSON input, or the PDF spec
    label: dict

    @property
    def is_pdf(self) -> bool:
        return self.source.name.endswith(".pdfspec.json")

    def text(self) -> str:
        return self.source.read_text(encoding="utf-8")

    def input_bytes(self, build_dir: Path) -> bytes:
        if not self.is_pdf:
            return self.source.read_bytes()
        from pdf_fixtures import build_current, build_legacy

        data = json.loads(self.source.read_text(encoding="utf-8"))
        builder = build_current if data["layout"] == "current" else build_legacy
        path = build_dir / f"{self.ident}.pdf"
        if not path.exists():
            path.write_bytes(builder(data["spec"]))
        return path.read_bytes()


def cases(folder: Path = CORPUS) -> list[Case]:
    """Every case in the corpus, sorted by id; a label without exactly one input is an error."""
    found = []
    for label_path in sorted(folder.glob("*.label.json")):
        ident = label_path.name.removesuffix(".label.json")
        inputs = [p for p in folder.glob(f"{ident}.*") if not p.name.endswith(".label.json")]
        if len(inputs) != 1:
            raise ValueError(f"{ident}: expected exactly one input beside its label, found {inputs}")
        label = json.loads(label_path.read_text(encoding="utf-8"))
        if label.get("kind") not in KINDS:
            raise ValueError(f"{ident}: unknown kind {label.get('kind')!r}")
        found.append(Case(ident, label["kind"], inputs[0], label))
    return found


def parse_case(case: Case, build_dir: Path, text: str | None = None):
    """The Profile infoview reads from the case (or from ``text``, a mutated copy of its input)."""
    from infoview_ai.bio import is_pdf, parse_bio
    from infoview_ai.bio.pdf import parse_pdf

    if text is not None:
        return parse_bio_text(text)
    data = case.input_bytes(build_dir)
    if is_pdf(data):
        return parse_pdf(data)[0]
    return parse_bio(data.decode("utf-8"))


def parse_bio_text(text: str):
    from infoview_ai.bio import parse_bio

    return parse_bio(text)


# --- scoring ---------------------------------------------------------------------------------------


def norm(value) -> str:
    return " ".join(str(value or "").split()).casefold()


def same(got, wanted) -> bool:
    """``wanted`` is a string, None, or a list of acceptable strings."""
    if isinstance(wanted, list):
        return any(norm(got) == norm(option) for option in wanted)
    return norm(got) == norm(wanted)


def _role_points(got, want: dict, fields=ROLE_FIELDS) -> list[bool]:
    return [same(getattr(got, field), want.get(field)) for field in fields]


def _align(got: list, wanted: list[dict]) -> list[tuple[int | None, int | None]]:
    """Order-preserving alignment of parsed to labelled roles maximising matching fields (an LCS)."""
    n, m = len(got), len(wanted)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = sum(_role_points(got[i], wanted[j]))
            take = best[i + 1][j + 1] + pair if pair >= 2 else -1
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        pair = sum(_role_points(got[i], wanted[j]))
        if pair >= 2 and best[i][j] == best[i + 1][j + 1] + pair:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return pairs


def score(profile, label: dict) -> dict[str, list[bool]]:
    """Per field, one bool per labelled (or wrongly produced) value; see tests/corpus/README.md."""
    results: dict[str, list[bool]] = defaultdict(list)
    for field in ("name", "headline", "location"):
        if field in label:
            results[field].append(same(getattr(profile, field), label[field]))
    if "credentials" in label:
        got = [norm(c) for c in getattr(profile, "credentials", [])]
        results["credentials"].append(got == [norm(c) for c in label["credentials"]])
    if "current" in label:
        want, got = label["current"], profile.current
        if want is None or got is None:
            results["current"] += [want is None and got is None] * len(CURRENT_FIELDS)
        else:
            results["current"] += _role_points(got, want, CURRENT_FIELDS)
    wanted = label.get("positions", [])
    for i, j in _align(profile.positions, wanted):
        points = (
            _role_points(profile.positions[i], wanted[j])
            if i is not None and j is not None
            else [False] * len(ROLE_FIELDS)
        )
        for field, ok in zip(ROLE_FIELDS, points, strict=True):
            results[f"position.{field}"].append(ok)
    got_schools = [norm(e.school) for e in profile.education]
    want_schools = [norm(s) for s in label.get("schools", [])]
    results["school"] += [school in got_schools for school in want_schools]
    results["school"] += [False for school in got_schools if school not in want_schools]
    return results


def misses(profile, label: dict) -> list[str]:
    """What a person would see is wrong, one line per field, for reports."""
    lines = []
    for field in ("name", "headline", "location"):
        if field in label and not same(getattr(profile, field), label[field]):
            lines.append(f"{field}: got {getattr(profile, field)!r}, want {label[field]!r}")
    if "credentials" in label and [norm(c) for c in getattr(profile, "credentials", [])] != [
        norm(c) for c in label["credentials"]
    ]:
        got = getattr(profile, "credentials", None)
        lines.append(f"credentials: got {got!r}, want {label['credentials']!r}")
    if "current" in label:
        got, want = profile.current, label["current"]
        shown = None if got is None else {f: getattr(got, f) for f in CURRENT_FIELDS}
        if (got is None) != (want is None) or (want and not all(_role_points(got, want, CURRENT_FIELDS))):
            lines.append(f"current: got {shown}, want {want}")
    wanted = label.get("positions", [])
    for i, j in _align(profile.positions, wanted):
        got = profile.positions[i] if i is not None else None
        want = wanted[j] if j is not None else None
        if got is None or want is None or not all(_role_points(got, want)):
            shown = None if got is None else {f: getattr(got, f) for f in ROLE_FIELDS}
            lines.append(f"position: got {shown}, want {want}")
    got_schools = [e.school for e in profile.education]
    if sorted(map(norm, got_schools)) != sorted(map(norm, label.get("schools", []))):
        lines.append(f"schools: got {got_schools}, want {label.get('schools', [])}")
    return lines


# --- mutations -------------------------------------------------------------------------------------

LEADING_UI = "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n"
TRAILING_UI = (
    "\nMore profiles for you\nShow all\nPeople you may know\nFrom your industry\nAbout\nAccessibility\n"
    "Talent Solutions\nCommunity Guidelines\nPrivacy & Terms\nLinkedIn Corporation © 2026\n"
)


def _undouble(text: str) -> str:
    lines, kept = text.split("\n"), []
    for line in lines:
        if not (kept and line.strip() and kept[-1] == line):
            kept.append(line)
    return "\n".join(kept)


def _double(text: str) -> str:
    out = []
    for line in _undouble(text).split("\n"):
        out += [line, line] if line.strip() else [line]
    return "\n".join(out)


def _nbsp_dates(text: str) -> str:
    return text.replace(" - ", "\u00a0-\u00a0").replace(" · ", "\u00a0·\u00a0")


def _shuffle_noise(text: str) -> str:
    """Move LinkedIn's button and count lines around inside the top card (the first 15 lines)."""
    lines = text.split("\n")
    noise = {"Connect", "Message", "More", "Follow", "Contact info", "500+ connections"}
    head = lines[:15]
    spots = [k for k, line in enumerate(head) if line.strip() in noise]
    values = [head[k] for k in spots]
    random.Random(len(text)).shuffle(values)
    for k, value in zip(spots, values, strict=True):
        head[k] = value
    return "\n".join(head + lines[15:])


MUTATIONS: dict[str, tuple[Callable[[str], str], set[str]]] = {
    "crlf": (lambda t: t.replace("\n", "\r\n"), TEXT_KINDS),
    "blank lines": (lambda t: t.replace("\n", "\n\n"), TEXT_KINDS),
    "trailing spaces": (lambda t: t.replace("\n", "  \n"), TEXT_KINDS),
    "bom": (lambda t: "\ufeff" + t, TEXT_KINDS),
    "en dashes": (lambda t: t.replace(" - ", " – "), TEXT_KINDS),
    "nbsp": (_nbsp_dates, TEXT_KINDS),
    "zero-width": (lambda t: t.replace("\n", "\u200b\n", 3), TEXT_KINDS),
    "leading ui": (lambda t: LEADING_UI + t, {"linkedin_text"}),
    "trailing ui": (lambda t: t.rstrip("\n") + "\n" + TRAILING_UI, {"linkedin_text"}),
    "undoubled": (_undouble, {"linkedin_text"}),
    "doubled": (_double, {"linkedin_text"}),
    "noise order": (_shuffle_noise, {"linkedin_text"}),
}


def mutations_for(case: Case) -> list[tuple[str, str]]:
    """(mutation name, mutated input text) for every mutation that applies to the case's kind."""
    if case.is_pdf or case.kind not in TEXT_KINDS:
        return []
    text = case.text()
    return [(name, fn(text)) for name, (fn, kinds) in MUTATIONS.items() if case.kind in kinds]
