"""Field-level accuracy of the bio parsers over the labelled corpus, per field and per kind, on the inputs as
written and on label-preserving mutations of them, and the median in-process parse time per profile.

    python benchmarks/parse_accuracy.py [--verbose] [--only PREFIX]

The corpus is tests/corpus/ (invented people; its README gives the label schema and the scoring). PDF cases
are built from their spec with reportlab, so this needs the test extras (``pip install -e '.[test]'``).
Exits 1 when overall accuracy is under 97% or any kind is under 95%. The blind rounds in
tests/corpus_unseen/ are reported after, per kind, without a bar (see that folder's README).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 5
OVERALL_BAR, KIND_BAR = 97.0, 95.0
FIELDS = ("name", "credentials", "headline", "location", "current", "position.title", "position.company",
          "position.start", "position.end", "school")


def _percent(values: list[bool]) -> float:
    return 100 * sum(values) / len(values) if values else 100.0


def run(verbose: bool = False, only: str = "", runs: int | None = None, mutate: bool = True) -> dict:
    """Score every case; returns {"overall", "by_kind", "by_field", "mutated", "times"} and prints tables."""
    try:
        import corpus_tools as corpus
    except ImportError as exc:  # reportlab is a test dependency
        raise SystemExit(f"The corpus tools need the test extras: pip install -e '.[test]' ({exc})") from exc

    runs = runs or RUNS
    by_field: dict[str, list[bool]] = defaultdict(list)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    times: dict[str, list[float]] = defaultdict(list)
    mutated: dict[str, list[bool]] = defaultdict(list)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        build = Path(tmp)
        selected = [c for c in corpus.cases() if c.ident.startswith(only)]
        for case in selected:
            profile = corpus.parse_case(case, build)  # warms imports and builds the PDF, outside the timing
            samples = []
            for _ in range(runs):
                started = time.perf_counter()
                corpus.parse_case(case, build)
                samples.append(time.perf_counter() - started)
            times["pdf" if case.is_pdf else "text"].append(statistics.median(samples))
            result = corpus.score(profile, case.label)
            points = [ok for values in result.values() for ok in values]
            for field, values in result.items():
                by_field[field] += values
            by_kind[case.kind] += points
            rows.append((case.ident, case.kind, sum(points), len(points)))
            if verbose and not all(points):
                for line in corpus.misses(profile, case.label):
                    print(f"  {case.ident}: {line}")
            if mutate:
                for name, text in corpus.mutations_for(case):
                    try:
                        variant = corpus.parse_case(case, build, text=text)
                        values = [ok for vs in corpus.score(variant, case.label).values() for ok in vs]
                    except Exception as exc:  # a mutation that breaks the parser scores zero, and says so
                        print(f"  {case.ident} [{name}]: raised {type(exc).__name__}: {exc}")
                        values = [False] * len(points)
                    # a mutation is measured by what it changes: fields right as written but wrong mutated
                    mutated[name] += [ok for ok, before in zip(values, points, strict=False) if before]
                    if verbose and not all(v for v, b in zip(values, points, strict=False) if b):
                        for line in corpus.misses(variant, case.label):
                            print(f"  {case.ident} [{name}]: {line}")
    print(f"{'case':34} {'kind':20} {'fields':>9}")
    for ident, kind, right, count in rows:
        print(f"{ident:34} {kind:20} {right:>4}/{count:<4}")
    print(f"\n{'kind':20} {'accuracy':>9} {'fields':>7} {'cases':>6}")
    for kind in corpus.KINDS:
        if by_kind.get(kind):
            cases = sum(1 for row in rows if row[1] == kind)
            print(f"{kind:20} {_percent(by_kind[kind]):>8.1f}% {len(by_kind[kind]):>7} {cases:>6}")
    print(f"\n{'field':20} {'accuracy':>9} {'n':>7}")
    for field in FIELDS:
        if by_field.get(field):
            print(f"{field:20} {_percent(by_field[field]):>8.1f}% {len(by_field[field]):>7}")
    if mutated:
        print(f"\n{'mutation':20} {'fields kept':>11} {'n':>7}")
        for name, values in mutated.items():
            print(f"{name:20} {_percent(values):>10.1f}% {len(values):>7}")
    everything = [ok for values in by_field.values() for ok in values]
    overall = _percent(everything)
    print(f"\noverall: {overall:.1f}% of {len(everything)} fields over {len(rows)} profiles")
    for kind, samples in sorted(times.items()):
        median_ms = statistics.median(samples) * 1000
        print(f"median parse time, {kind}: {median_ms:.1f} ms over {len(samples)} profiles")
    return {
        "overall": overall,
        "by_kind": {kind: _percent(values) for kind, values in by_kind.items()},
        "by_field": {field: _percent(values) for field, values in by_field.items()},
        "mutated": {name: _percent(values) for name, values in mutated.items()},
        "times": {kind: statistics.median(samples) for kind, samples in times.items()},
        "cases": len(rows),
    }


def unseen() -> dict[str, float]:
    """Accuracy on each round in tests/corpus_unseen/ (reported, not gated: see its README)."""
    import corpus_tools as corpus

    out = {}
    print(f"\n{'unseen round':20} {'kind':20} {'accuracy':>9} {'fields':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for folder in sorted(corpus.UNSEEN.glob("round*")):
            by_kind: dict[str, list[bool]] = defaultdict(list)
            for case in corpus.cases(folder):
                result = corpus.score(corpus.parse_case(case, Path(tmp)), case.label)
                by_kind[case.kind] += [ok for values in result.values() for ok in values]
            for kind, values in sorted(by_kind.items()):
                print(f"{folder.name:20} {kind:20} {_percent(values):>8.1f}% {len(values):>7}")
            everything = [ok for values in by_kind.values() for ok in values]
            out[folder.name] = _percent(everything)
            print(f"{folder.name:20} {'all':20} {out[folder.name]:>8.1f}% {len(everything):>7}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="show each field that was wrong")
    parser.add_argument("--only", default="", help="only the cases whose id starts with this")
    parser.add_argument("--no-mutations", action="store_true", help="score the inputs as written only")
    args = parser.parse_args()
    report = run(args.verbose, args.only, mutate=not args.no_mutations)
    if not args.only:
        unseen()
    ok = report["overall"] >= OVERALL_BAR and all(v >= KIND_BAR for v in report["by_kind"].values())
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
