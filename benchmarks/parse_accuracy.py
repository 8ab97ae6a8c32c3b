"""Field-level accuracy of the bio parsers over labelled profiles, and the median parse time per profile.

    python benchmarks/parse_accuracy.py [--verbose]

Fixtures live in benchmarks/fixtures/profiles/: each ``<id>.<ext>`` input has an ``<id>.expected.json``
label (name, headline, location, positions newest first with title/company/start/end, schools). PDF
fixtures are ``<id>.pdfspec.json``: an invented person laid out as a LinkedIn export (current or 2016-2017)
by tests/pdf_fixtures.py at run time, so the repository holds no binary files and the labels stay readable
beside their input. Building them needs reportlab (``pip install -e .[test]``).

Scoring: every labelled field is one point; a missing or extra role costs its four fields, an extra or
missing school one point. Values compare case-insensitively with whitespace squashed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "benchmarks" / "fixtures" / "profiles"
ROLE_FIELDS = ("title", "company", "start", "end")
RUNS = 5


def _norm(value) -> str:
    return " ".join(str(value or "").split()).casefold()


def _build_pdf(spec_path: Path, out_dir: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from pdf_fixtures import build_current, build_legacy
    except ImportError as exc:  # reportlab is a test dependency
        message = f"Building the PDF fixtures needs reportlab: pip install -e '.[test]' ({exc})"
        raise SystemExit(message) from exc
    data = json.loads(spec_path.read_text(encoding="utf-8"))
    builder = build_current if data["layout"] == "current" else build_legacy
    path = out_dir / (spec_path.name.removesuffix(".pdfspec.json") + ".pdf")
    path.write_bytes(builder(data["spec"]))
    return path


def inputs(out_dir: Path) -> list[tuple[str, Path, Path]]:
    """(id, input file, label file) for every fixture, PDFs built into ``out_dir``."""
    found = []
    for label in sorted(FIXTURES.glob("*.expected.json")):
        ident = label.name.removesuffix(".expected.json")
        spec = FIXTURES / f"{ident}.pdfspec.json"
        if spec.exists():
            found.append((ident, _build_pdf(spec, out_dir), label))
            continue
        candidates = [p for p in FIXTURES.glob(f"{ident}.*") if not p.name.endswith(".expected.json")]
        if len(candidates) != 1:
            raise SystemExit(f"{ident}: expected exactly one input file beside its label, found {candidates}")
        found.append((ident, candidates[0], label))
    return found


def score(profile, expected: dict) -> dict[str, list[bool]]:
    """Per field name, one bool per labelled (or wrongly produced) value."""
    results: dict[str, list[bool]] = defaultdict(list)
    for field in ("name", "headline", "location"):
        results[field].append(_norm(getattr(profile, field)) == _norm(expected.get(field)))
    wanted = expected.get("positions", [])
    for index in range(max(len(wanted), len(profile.positions))):
        got = profile.positions[index] if index < len(profile.positions) else None
        want = wanted[index] if index < len(wanted) else None
        for field in ROLE_FIELDS:
            ok = got is not None and want is not None and _norm(getattr(got, field)) == _norm(want.get(field))
            results[f"position.{field}"].append(ok)
    got_schools = [_norm(e.school) for e in profile.education]
    want_schools = [_norm(s) for s in expected.get("schools", [])]
    results["school"] += [school in got_schools for school in want_schools]
    results["school"] += [False for school in got_schools if school not in want_schools]
    return results


def run(verbose: bool = False) -> tuple[float, dict]:
    from infoview_ai.cli.inputs import load_profile

    totals: dict[str, list[bool]] = defaultdict(list)
    timings: list[float] = []
    by_format: dict[str, list[float]] = defaultdict(list)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for ident, path, label in inputs(Path(tmp)):
            expected = json.loads(label.read_text(encoding="utf-8"))
            load_profile(str(path))  # warm imports once, outside the timing
            samples = []
            for _ in range(RUNS):
                started = time.perf_counter()
                profile, _ = load_profile(str(path))
                samples.append(time.perf_counter() - started)
            timings.append(statistics.median(samples))
            by_format[profile.source_format].append(statistics.median(samples))
            result = score(profile, expected)
            right = sum(sum(v) for v in result.values())
            count = sum(len(v) for v in result.values())
            rows.append((ident, profile.source_format, right, count, statistics.median(samples)))
            for field, values in result.items():
                totals[field] += values
            if verbose and right < count:
                for field, values in result.items():
                    if not all(values):
                        print(f"  {ident}: {field} {values}")
    print(f"{'profile':28} {'parsed as':24} {'fields':>9} {'time':>9}")
    for ident, fmt, right, count, seconds in rows:
        print(f"{ident:28} {fmt:24} {right:>4}/{count:<4} {seconds * 1000:>7.1f}ms")
    print()
    print(f"{'field':20} {'accuracy':>9} {'n':>5}")
    for field in ("name", "headline", "location", *[f"position.{f}" for f in ROLE_FIELDS], "school"):
        values = totals.get(field, [])
        if values:
            print(f"{field:20} {100 * sum(values) / len(values):>8.1f}% {len(values):>5}")
    right = sum(sum(v) for v in totals.values())
    count = sum(len(v) for v in totals.values())
    overall = 100 * right / count if count else 0.0
    print()
    print(f"overall: {overall:.1f}% of {count} fields over {len(rows)} profiles")
    print(f"median parse time per profile: {statistics.median(timings) * 1000:.1f} ms")
    for fmt, values in sorted(by_format.items()):
        print(f"  {fmt:24} median {statistics.median(values) * 1000:.1f} ms over {len(values)}")
    return overall, dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="show each field that was wrong")
    args = parser.parse_args()
    overall, _ = run(args.verbose)
    sys.exit(0 if overall >= 95 else 1)


if __name__ == "__main__":
    main()
