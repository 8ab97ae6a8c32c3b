"""What a coach would count in the offline engine's drafts, per kind, over the quality corpus.

    python benchmarks/quality.py [--verbose] [--only PREFIX] [--users 0,1,2,3]

The corpus is every labelled profile of tests/corpus/ and tests/corpus_unseen/ paired with the four users
of tests/quality_corpus.py, run through every kind (brief, questions at 20 and 45 minutes, four outreach
channels and premium, thank-you, follow-up, nudge, polish of five weak drafts). Per kind it prints:

- seams: drafts with a broken sentence (trust.seams: an empty slot, a dangling word, ...);
- own facts: the median share of a set's questions that cite a fact of the person's own, checked
  against their profile (the bar: 75% for a 20-minute set);
- generic/5: sets with more than one generic question per five (the bar counts only bios that name a
  current role: with none, general questions are all that is honest);
- near-dups: pairs of questions in one set that ask the same thing;
- limit: drafts over their channel's hard limit (body or subject);
- invented: specifics in the draft that no input contains (the grounding check);
- unrepaired: polished drafts that still ask for a job, or were refused;
- words: the median words per draft (per question for the question sets).

Needs the test extras (``pip install -e '.[test]'``). Exits 1 when any seam is found, the 20-minute
median is under 75%, a set has two generic questions in five, or a weak draft is left unrepaired.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

OWN_FACT_BAR = 75.0


def _words(text: str) -> int:
    return len(text.split())


def _status(artifact, name: str) -> list:
    return [c for c in getattr(artifact, "checks", []) if c.name == name]


def _row() -> dict:
    return {
        "n": 0,
        "seams": 0,
        "own": [],
        "generic": 0,
        "dups": 0,
        "limit": 0,
        "invented": 0,
        "unrepaired": 0,
        "words": [],
    }


def run(verbose: bool = False, only: str = "", users: tuple[int, ...] | None = None) -> dict:
    import quality_corpus as corpus

    from infoview_ai.career import current_role
    from infoview_ai.language import has_job_ask

    cases = [c for c in corpus.profile_cases() if c.ident.startswith(only)]
    rows: dict[str, dict] = defaultdict(_row)
    examples: dict[str, list[str]] = defaultdict(list)
    for out in corpus.outputs(cases, users):
        group = out.kind.split("-")[0] if out.kind.startswith("polish") else out.kind
        row = rows[group]
        row["n"] += 1
        art = out.artifact
        if art is None:
            if out.kind.startswith("polish") and int(out.kind.split("-")[1]) in corpus.NOTHING_TO_KEEP:
                row["refused"] = row.get("refused", 0) + 1  # nothing left to keep: refusing is right
                continue
            row["unrepaired"] += 1
            examples["unrepaired"].append(f"{out.case} u{out.user} {out.kind}: {out.extra.get('error')}")
            continue
        if seams := corpus.seams_in(out):
            row["seams"] += 1
            examples["seams"] += [
                f"{out.case} u{out.user} {out.kind}: {k} {s!r} in {t[:160]!r}" for k, s, t in seams
            ]
        row["limit"] += sum(1 for c in _status(art, "limit") + _status(art, "subject") if c.status == "fail")
        row["invented"] += sum(len(c.where) for c in _status(art, "grounding") if c.status != "pass")
        if out.kind.startswith("questions"):
            qs = art.questions
            words = corpus.profile_words(out.context)
            own = [corpus.own_fact(q, out.context, words) for q in qs]
            row["own"].append(100 * sum(own) / len(qs))
            generic = sum(1 for q in qs if not q.source)
            if generic > max(1, len(qs) // 5):
                row["generic"] += 1
                no_role = current_role(out.context.profile) is None
                row["no_role"] = row.get("no_role", 0) + no_role
                why = " (no current role in the bio)" if no_role else ""
                examples["generic"].append(f"{out.case} u{out.user} {out.kind}: {generic} of {len(qs)}{why}")
            dups = corpus.near_duplicates(qs)
            row["dups"] += len(dups)
            examples["near-dups"] += [f"{out.case} {out.kind}: {a!r} ~ {b!r}" for a, b in dups]
            row["words"] += [_words(q.text) for q in qs]
        elif out.kind == "brief":
            row["words"].append(sum(_words(t) for t in out.texts))
        else:
            row["words"].append(_words(art.body))
        if group == "polish" and (has_job_ask(art.body) or not art.body.strip()):
            row["unrepaired"] += 1
            examples["unrepaired"].append(f"{out.case} u{out.user} {out.kind}: {art.body[:160]!r}")
    _print(rows)
    if verbose:
        for name, lines in examples.items():
            print(f"\n## {name} ({len(lines)})")
            for line in lines[:60]:
                print("  " + line)
    return rows


def _print(rows: dict[str, dict]) -> None:
    head = (
        f"{'kind':<26}{'drafts':>7}{'seams':>7}{'own facts':>10}{'generic/5':>10}{'near-dups':>10}"
        f"{'limit':>7}{'invented':>9}{'unrepaired':>11}{'words':>7}"
    )
    print(head)
    for kind, r in sorted(rows.items()):
        own = f"{statistics.median(r['own']):.0f}%" if r["own"] else "-"
        words = f"{statistics.median(r['words']):.0f}" if r["words"] else "-"
        generic = str(r["generic"]) if r["own"] else "-"
        dups = str(r["dups"]) if r["own"] else "-"
        unrep = str(r["unrepaired"]) if kind == "polish" else "-"
        print(
            f"{kind:<26}{r['n']:>7}{r['seams']:>7}{own:>10}{generic:>10}{dups:>10}{r['limit']:>7}"
            f"{r['invented']:>9}{unrep:>11}{words:>7}"
        )
    total = sum(r["n"] for r in rows.values())
    print(f"total: {total} drafts, {sum(r['seams'] for r in rows.values())} with a seam")


def failed(rows: dict[str, dict]) -> list[str]:
    """What misses the bar, in words."""
    problems = [f"{k}: {r['seams']} drafts with a seam" for k, r in rows.items() if r["seams"]]
    q20 = rows.get("questions-20")
    if q20 and q20["own"] and statistics.median(q20["own"]) < OWN_FACT_BAR:
        problems.append(f"questions-20: median own-fact share {statistics.median(q20['own']):.0f}%")
    problems += [
        f"{k}: {r['generic'] - r.get('no_role', 0)} sets with a current role over one general question in 5"
        for k, r in rows.items()
        if r["generic"] > r.get("no_role", 0) and k == "questions-20"
    ]
    if rows.get("polish", {}).get("unrepaired"):
        problems.append(f"polish: {rows['polish']['unrepaired']} weak drafts left unrepaired")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--verbose", action="store_true", help="print each problem found")
    parser.add_argument("--only", default="", help="only the cases whose id starts with this")
    parser.add_argument("--users", default="", help="comma-separated user indexes (default: all)")
    args = parser.parse_args()
    users = tuple(int(u) for u in args.users.split(",")) if args.users else None
    problems = failed(run(args.verbose, args.only, users))
    for p in problems:
        print("below the bar: " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
