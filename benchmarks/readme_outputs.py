"""Run every command the README shows against an installed `infoview` and save what each one printed.

The point is a before/after proof for refactors that must not change behaviour: take a snapshot with
the old install, another with the new one, and `diff -r` the two folders.

    python benchmarks/readme_outputs.py --infoview .venv/bin/infoview --out /tmp/readme_after
    diff -r /tmp/readme_before /tmp/readme_after

One file per command (`NNN-slug.txt`) holds the command line, the exit code, stdout and stderr, and
for `contacts export` the files it wrote. Each run is sealed off from the machine it runs on:

- a fresh temporary INFOVIEW_HOME and HOME (the user's real config is never read or written), and an
  environment built from scratch: no OPENAI_* / INFOVIEW_* / LangSmith variables, so `--engine auto`
  means the offline engine; TZ=UTC, a C.UTF-8 locale, COLUMNS=80 and PYTHONHASHSEED=0;
- the commands run in a temporary folder holding a copy of the repository's `examples/` (the README's
  `examples/...` paths resolve, and no `.env` in the repository can switch on the LLM engine);
- the pipeline story (Monday 2 March to Wednesday 11 March 2026) logs every event with an explicit
  `--at` and reads `due`, `contacts list/show/export` with `--as-of`, so it does not follow the clock;
- what still follows the clock is masked: timestamps and dates of the day the run happens (when a row
  was stored, an iCalendar DTSTAMP, the dry run's <today>) as <NOW> / <TODAY>, and the day counts of
  `contacts log`, which has no --as-of, as "overdue <N>d"; the temporary folders become
  $INFOVIEW_HOME, $HOME, $WORK and $TMP;
- each command has 60 seconds, stdin is empty unless the README pipes something in.

Tenure durations of ongoing roles ("2022 - present (4 yrs)", "kept you at Globex for seven years") are
counted up to today's month and are not masked, so take both snapshots in the same calendar month, or
pin the clock for both with libfaketime (its variables are passed through to infoview):

    faketime -f '@2026-12-02 12:00:00' python benchmarks/readme_outputs.py --infoview ... --out ...
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

TIMEOUT_SECONDS = 60

# Shorthands for the README's example files, and where `contacts export` writes (expanded at run time).
LENA = "examples/lena-okafor-linkedin.txt"
PRIYA = "examples/priya-raman-bio.txt"
MARCO = "examples/marco-silva-about.md"
ICS = "$HOME/infoview.ics"
CSV = "$HOME/contacts.csv"
# Commands that judge "today" by the real clock and take no --as-of: their day counts are masked.
CLOCK_ONLY = (("contacts", "log"),)


@dataclass(frozen=True)
class Step:
    """One command: `infoview ARGS`, optionally with stdin, and files it writes to show afterwards."""

    slug: str
    args: tuple[str, ...]
    stdin: str | None = None
    files: tuple[str, ...] = ()


def step(slug: str, line: str, *, stdin: str | None = None, files: tuple[str, ...] = ()) -> Step:
    """``line`` is what follows `infoview`, quoted as in a shell."""
    return Step(slug, tuple(shlex.split(line)), stdin, files)


# The generating commands exactly as the README's "Commands" section shows them.
PROFILE = f"profile --bio {LENA}"
PREP = (
    f"prep --bio {LENA} --me examples/me.md --company-notes examples/oakridge-notes.md"
    ' --industry "food supply chain"'
)
BRIEF = f"brief --bio {LENA} --me examples/me.md --company-notes examples/oakridge-notes.md"
QUESTIONS = f'questions --bio {PRIYA} --minutes 30 --industry "health-care data"'
OUTREACH = f"outreach --bio {LENA} --me examples/me.md"
THANK_YOU = f"thank-you --bio {LENA} --me examples/me.md --notes examples/call-notes.md"
FOLLOW_UP = f"follow-up --bio {LENA} --me examples/me.md --notes examples/call-notes.md"
NUDGE = f"follow-up --bio {LENA} --me examples/me.md --stage nudge --channel linkedin-message"
POLISH = f"polish --draft examples/draft-note.txt --bio {LENA}"
CHECK = f"check --channel linkedin-note --bio {LENA} examples/draft-note.txt"
CHANNELS = ("linkedin-note", "linkedin-message", "inmail", "email")

COMMANDS = {
    "brief": (),
    "check": (),
    "contacts": ("add", "delete", "edit", "export", "list", "log", "show"),
    "due": (),
    "follow-up": (),
    "history": ("list", "show"),
    "models": (),
    "outreach": (),
    "polish": (),
    "prep": (),
    "profile": (),
    "prompts": ("list", "path", "show"),
    "questions": (),
    "thank-you": (),
}


def help_steps() -> list[Step]:
    """`--help` of the root, of every command and of every subcommand; `--version`."""
    steps = [step("help", "--help"), step("version", "--version")]
    for command, subcommands in COMMANDS.items():
        steps.append(step(f"help-{command}", f"{command} --help"))
        steps += [step(f"help-{command}-{sub}", f"{command} {sub} --help") for sub in subcommands]
    return steps


def readme_steps() -> list[Step]:
    """The README's sh blocks outside the pipeline story, in the README's order."""
    return [
        step("quickstart-prep", f"prep --bio {LENA} --me examples/me.md"),
        step("profile", PROFILE),
        step("profile-json", f"{PROFILE} --format json"),
        step("prep", PREP),
        step("brief", BRIEF),
        step("questions", QUESTIONS),
        step("outreach", OUTREACH),
        step("outreach-marco-email", f"outreach --bio {MARCO} --me examples/me.md --channel email"),
        step("thank-you", THANK_YOU),
        step("follow-up", FOLLOW_UP),
        step("follow-up-nudge", NUDGE),
        step("polish", POLISH),
        step("models", "models"),
        step("history-list", "history list"),
        step("check", CHECK),
        step("prompts-list", "prompts list"),
        step("prompts-show-questions", "prompts show questions"),
        step("prompts-path", "prompts path"),
        step(
            "check-stdin",
            f"check --bio {LENA} -",
            stdin="Hi Tom, fellow Stanford alum here! Are you hiring?\n",
        ),
        # "OpenAI" and "A local model with Ollama": with no key and no base URL these run offline.
        step("openai-outreach-model", f"outreach --bio {LENA} --model gpt-5.4-mini"),
        step("ollama-questions", f"questions --bio {LENA}"),
        # What `make demo` (the quick start) runs.
        step("make-demo-prep", PREP.replace("prep ", "prep --engine offline ", 1)),
    ]


def examples_readme_steps() -> list[Step]:
    """The commands of examples/README.md that the top README does not already run."""
    return [
        step(
            "examples-brief-priya", f'brief --bio {PRIYA} --me examples/me.md --industry "health-care data"'
        ),
        step("examples-questions-marco", f"questions --bio {MARCO} --minutes 30"),
        step("examples-outreach-email", f"{OUTREACH} --channel email"),
        step("examples-outreach-marco-premium", f"outreach --bio {MARCO} --me examples/me.md --premium"),
        step("examples-follow-up-nudge", f"follow-up --bio {LENA} --me examples/me.md --stage nudge"),
    ]


def variant_steps() -> list[Step]:
    """Every outreach channel, --format json and text, and --dry-run (sends nothing, needs no key)."""
    steps = [step(f"outreach-{channel}", f"{OUTREACH} --channel {channel}") for channel in CHANNELS]
    steps.append(step("outreach-linkedin-note-premium", f"{OUTREACH} --channel linkedin-note --premium"))
    generating = {
        "prep": PREP,
        "questions": QUESTIONS,
        "outreach": OUTREACH,
        "thank-you": THANK_YOU,
        "brief": BRIEF,
        "follow-up": FOLLOW_UP,
        "polish": POLISH,
    }
    for name, line in generating.items():
        steps += [step(f"{name}-{fmt}", f"{line} --format {fmt}") for fmt in ("json", "text")]
    steps += [
        step("profile-text", f"{PROFILE} --format text"),
        step("models-json", "models --format json"),
        step("history-list-json", "history list --format json"),
        step("prompts-list-json", "prompts list --format json"),
        step("check-json", f"{CHECK} --format json"),
        step("check-strict", f"{CHECK} --strict"),
    ]
    steps += [step(f"dry-run-{name}", f"{line} --dry-run") for name, line in generating.items()]
    steps += [
        step("dry-run-outreach-email", f"{OUTREACH} --channel email --dry-run"),
        step("dry-run-follow-up-nudge", f"{NUDGE} --dry-run"),
        step("dry-run-outreach-model", f"outreach --bio {LENA} --model gpt-5.4-mini --dry-run"),
    ]
    return steps


def error_steps() -> list[Step]:
    """Bad input gets a one-line error and a non-zero exit code (2 for input problems)."""
    return [
        step("error-missing-bio", "profile --bio examples/no-such-file.txt"),
        step("error-unknown-channel", f"{OUTREACH} --channel fax"),
        step("error-unknown-prompt", "prompts show no-such-prompt"),
    ]


def pipeline_steps() -> list[Step]:
    """Your pipeline: a week of it, Monday 2 March to Wednesday 11 March 2026, with every date explicit."""
    return [
        # Monday 2 March.
        step("mon-contacts-add-lena", f'contacts add --bio {LENA} --industry "food supply chain"'),
        step("mon-contacts-add-priya", f"contacts add --bio {PRIYA} --format json"),
        step("mon-outreach-contact-1", "outreach --contact 1 --channel linkedin-note"),
        step("mon-outreach-contact-2", "outreach --contact 2 --channel email"),
        step(
            "mon-log-1-requested",
            'contacts log 1 requested --at "2026-03-02 08:30" --note "LinkedIn connection note"',
        ),
        step("mon-log-2-requested", 'contacts log 2 requested --at "2026-03-02 08:45" --note "email"'),
        step("mon-due", "due --as-of 2026-03-02"),
        # Wednesday 4 March.
        step("wed-log-1-replied", 'contacts log 1 replied --at "2026-03-04 09:15"'),
        step(
            "wed-log-1-scheduled",
            'contacts log 1 scheduled --at "2026-03-10 16:00" --note "Zoom, 20 minutes"',
        ),
        # Thursday 5 March (day 4).
        step("thu-due", "due --as-of 2026-03-05"),
        # Monday 9 March (day 8).
        step("mon9-due", "due --as-of 2026-03-09"),
        step("mon9-follow-up-contact-2-nudge", "follow-up --contact 2 --stage nudge --channel email"),
        step("mon9-log-2-nudged", 'contacts log 2 nudged --at "2026-03-09 08:50"'),
        step("mon9-prep-contact-1", "prep --contact 1"),
        # Tuesday 10 March: the call.
        step(
            "tue-log-1-met", 'contacts log 1 met --at "2026-03-10 16:00" --note-file examples/call-notes.md'
        ),
        step("tue-due", "due --as-of 2026-03-10"),
        step("tue-thank-you-contact-1", "thank-you --contact 1"),
        step("tue-log-1-thanked", 'contacts log 1 thanked --at "2026-03-10 18:30"'),
        # Wednesday 11 March.
        step("wed11-due-ahead-21", "due --as-of 2026-03-11 --ahead 21"),
        step("wed11-due-ahead-21-json", "due --as-of 2026-03-11 --ahead 21 --format json"),
        step("wed11-contacts-list", "contacts list --as-of 2026-03-11"),
        step("wed11-contacts-list-json", "contacts list --as-of 2026-03-11 --format json"),
        step("wed11-contacts-show-1", "contacts show 1 --as-of 2026-03-11"),
        step("wed11-contacts-show-2", "contacts show 2 --as-of 2026-03-11"),
        step("wed11-contacts-show-1-json", "contacts show 1 --as-of 2026-03-11 --format json"),
        step(
            "wed11-contacts-export",
            f"contacts export --ics {ICS} --csv {CSV} --as-of 2026-03-11",
            files=(ICS, CSV),
        ),
        # Later: the report-back 2-4 weeks after the thank-you, and the prep pack again.
        step("later-follow-up-contact-1", "follow-up --contact 1"),
        step("later-prep-contact-1", "prep --contact 1"),
        step("later-due-ahead-90", "due --as-of 2026-03-24 --ahead 90"),
        # The rest of the section's prose: the duplicate refusal, edit, delete.
        step("contacts-add-duplicate", f"contacts add --bio {LENA}"),
        step("contacts-add-marco", f"contacts add --bio {MARCO}"),
        step(
            "contacts-edit-3", 'contacts edit 3 --company "Initech" --note "Met at the Ohio logistics meetup"'
        ),
        step("contacts-show-3", "contacts show 3 --as-of 2026-03-11"),
        step("contacts-delete-3-no-terminal", "contacts delete 3"),
        step("contacts-delete-3", "contacts delete 3 --yes"),
        step("contacts-list-final", "contacts list --as-of 2026-03-11"),
        step("history-list-final", "history list"),
    ]


def all_steps() -> list[Step]:
    return (
        help_steps()
        + readme_steps()
        + examples_readme_steps()
        + variant_steps()
        + error_steps()
        + pipeline_steps()
    )


class Masker:
    """Replaces what changes from run to run (temporary folders, the clock) with stable placeholders."""

    def __init__(self, folders: dict[str, Path], started: datetime) -> None:
        # Longest path first, so $INFOVIEW_HOME wins over a folder that contains it.
        pairs = []
        for name, path in folders.items():
            for form in {str(path), str(path.resolve())}:
                pairs.append((form, name))
        self.folders = sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)
        self.started = started

    def days(self) -> list[date]:
        """Every day, local or UTC, the run has touched so far (a run may cross midnight)."""
        now = datetime.now(UTC)
        first = min(self.started.date(), self.started.astimezone().date())
        last = max(now.date(), now.astimezone().date())
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def mask(self, text: str) -> str:
        for path, name in self.folders:
            text = text.replace(path, f"${name}")
        for day in self.days():
            text = mask_day(text, day)
        return text


def mask_day(text: str, day: date) -> str:
    """Mask timestamps and dates of ``day`` (the real clock's), leaving the story's 2026-03 dates alone."""
    iso = day.isoformat()
    compact = day.strftime("%Y%m%d")
    time_part = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
    text = re.sub(rf"\b{iso}{time_part}", "<NOW>", text)
    text = re.sub(rf"\b{compact}T\d{{6}}Z?\b", "<NOW>", text)
    text = re.sub(rf"\b{iso}\b", "<TODAY>", text)
    text = re.sub(rf"\b{compact}\b", "<TODAY>", text)
    # "Wed 2 Dec", "2 Dec 2026", "Dec 2, 2026" (how `due` and friends name a day).
    weekday, month = day.strftime("%a"), day.strftime("%b")
    text = re.sub(rf"\b{weekday} {day.day} {month}(?: {day.year})?\b", "<TODAY>", text)
    text = re.sub(rf"\b{day.day} {month} {day.year}\b", "<TODAY>", text)
    text = re.sub(rf"\b{month} {day.day}, {day.year}\b", "<TODAY>", text)
    return text


def display(step: Step) -> str:
    """The command line as a person would type it (paths already in placeholder form)."""
    line = re.sub(r"'(\$[A-Z_]+/[\w./-]*)'", r"\1", shlex.join(["infoview", *step.args]))
    if step.stdin is not None:
        line = f"echo {shlex.quote(step.stdin.rstrip(chr(10)))} | {line}"
    return line


FAKETIME_VARIABLES = ("LD_PRELOAD", "FAKETIME", "FAKETIME_NO_CACHE")


def environment(home: Path, infoview_home: Path, scratch: Path) -> dict[str, str]:
    """A clean environment: nothing from the caller but PATH (and libfaketime's variables, when set)."""
    clock = {name: os.environ[name] for name in FAKETIME_VARIABLES if name in os.environ}
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "INFOVIEW_HOME": str(infoview_home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "TMPDIR": str(scratch),
        "TIKTOKEN_CACHE_DIR": str(scratch / "tiktoken"),
        "TZ": "UTC",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "COLUMNS": "80",
        "LINES": "24",
        "TERM": "dumb",
        "NO_COLOR": "1",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        **clock,
    }


def expanded(text: str, expand: dict[str, str]) -> str:
    for placeholder, value in expand.items():
        text = text.replace(placeholder, value)
    return text


def run_one(
    infoview: str, step: Step, expand: dict[str, str], env: dict[str, str], cwd: Path
) -> tuple[str, bytes, bytes]:
    """Run one step; returns (exit code or a timeout note, stdout, stderr)."""
    args = [infoview, *(expanded(arg, expand) for arg in step.args)]
    stdin = step.stdin.encode() if step.stdin is not None else b""
    process = subprocess.Popen(
        args,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(stdin, timeout=TIMEOUT_SECONDS)
        return str(process.returncode), out, err
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        return f"timeout after {TIMEOUT_SECONDS} s (killed)", out, err


def section(title: str, data: bytes, masker: Masker) -> str:
    text = masker.mask(data.decode("utf-8", errors="backslashreplace"))
    if text and not text.endswith("\n"):
        text += "\n[no newline at end]\n"
    return f"--- {title} ---\n{text}"


def record(step: Step, code: str, out: bytes, err: bytes, expand: dict[str, str], masker: Masker) -> str:
    parts = [f"$ {display(step)}\n", f"exit: {code}\n"]
    if step.stdin is not None:
        parts.append(section("stdin", step.stdin.encode(), masker))
    parts.append(section("stdout", out, masker))
    parts.append(section("stderr", err, masker))
    if step.args[:2] in CLOCK_ONLY:
        parts = [re.sub(r"\boverdue \d+d\b", "overdue <N>d", part) for part in parts]
    for name in step.files:
        try:
            data = Path(expanded(name, expand)).read_bytes()
        except OSError as exc:
            parts.append(f"--- file {name}: not written ({exc.strerror}) ---\n")
            continue
        parts.append(section(f"file {name}", data, masker))
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--infoview", required=True, help="the infoview executable to run")
    parser.add_argument("--out", required=True, type=Path, help="folder for the NNN-slug.txt files")
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="checkout with examples/ (default: .)")
    options = parser.parse_args(argv)

    infoview = shutil.which(options.infoview) or options.infoview
    if not os.access(infoview, os.X_OK):
        parser.error(f"not an executable: {options.infoview}")
    infoview = str(Path(infoview).absolute())
    examples = options.repo / "examples"
    if not examples.is_dir():
        parser.error(f"no examples/ folder in {options.repo} (run from the repository root or pass --repo)")

    options.out.mkdir(parents=True, exist_ok=True)
    for old in options.out.glob("[0-9][0-9][0-9]-*.txt"):
        old.unlink()

    steps = all_steps()
    slugs = [s.slug for s in steps]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    started = datetime.now(UTC)
    timeouts = 0
    with tempfile.TemporaryDirectory(prefix="readme-outputs-") as root_name:
        root = Path(root_name)
        home, infoview_home, work, scratch = (
            root / name for name in ("home", "infoview-home", "work", "tmp")
        )
        for folder in (home, work, scratch):
            folder.mkdir()
        shutil.copytree(examples, work / "examples")
        # The environment infoview is installed in ($VENV/bin/infoview) differs between checkouts.
        venv = Path(infoview).parent.parent
        folders = {
            "INFOVIEW_HOME": infoview_home,
            "HOME": home,
            "WORK": work,
            "TMP": scratch,
            "ROOT": root,
            "VENV": venv,
        }
        masker = Masker(folders, started)
        expand = {"$HOME": str(home), "$INFOVIEW_HOME": str(infoview_home)}
        env = environment(home, infoview_home, scratch)
        for number, each in enumerate(steps, start=1):
            code, out, err = run_one(infoview, each, expand, env, work)
            timeouts += not code.isdigit()
            text = record(each, code, out, err, expand, masker)
            (options.out / f"{number:03d}-{each.slug}.txt").write_text(text, encoding="utf-8", newline="")
    print(
        f"{len(steps)} commands captured in {options.out} (clock: {started:%Y-%m-%d}; {timeouts} timed out)",
        file=sys.stderr,
    )
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main())
