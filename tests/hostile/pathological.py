"""Bios built to make a parser backtrack or loop: each pattern repeats a parser's own tokens (or a near
miss of them) up to a size. Shared by tests/hostile/test_parse_time.py and benchmarks/parse_scaling.py."""

from __future__ import annotations

from collections.abc import Callable

# A real opening, so the parser has a name and a role to hold on to while it reads the rest
OPENING = "Jane Doe\nData engineer at Acme Robotics since 2019.\n"


def _repeat(unit: str, size: int, joiner: str = "") -> str:
    """``unit`` repeated (joined by ``joiner``) to about ``size`` characters."""
    return joiner.join([unit] * max(1, size // (len(unit) + len(joiner))))


def _numbered(template: str, size: int) -> str:
    """Lines from ``template`` with a running number (distinct roles, so nothing merges them away)."""
    lines, total, index = [], 0, 0
    while total < size:
        line = template.format(i=index, year=1950 + index % 70)
        lines.append(line)
        total, index = total + len(line), index + 1
    return "".join(lines)


# Within one line: the tokens the sentence and role patterns look for, repeated without a break
IN_LINE: dict[str, Callable[[int], str]] = {
    "open parens": lambda n: "(" * n,
    "Engineer at": lambda n: _repeat("Engineer at ", n),
    "at at at": lambda n: _repeat("at ", n),
    "at Company": lambda n: _repeat("at Acme ", n),
    "comma list": lambda n: _repeat("Python, ", n),
    "and list": lambda n: _repeat("Python and ", n),
    "date ranges": lambda n: _repeat("2019 - 2020 ", n),
    "years": lambda n: _repeat("2019 ", n),
    "from/to": lambda n: _repeat("from 2019 to 2020 ", n),
    "middle dots": lambda n: _repeat("· ", n),
    "pipes": lambda n: _repeat("| ", n),
    "dashes": lambda n: _repeat("- ", n),
    "capitalised words": lambda n: _repeat("Jane ", n),
    "mixed scripts": lambda n: _repeat("Инженер 工程师 مهندس at Acme ", n),
    "spaces": lambda n: "a" + " " * n + "b",
    "digits": lambda n: "1" * n,
    "dotted words": lambda n: _repeat("a.", n) + "@",
    "degree words": lambda n: _repeat("master's in Data at ", n),
    "title of": lambda n: _repeat("Director of ", n),
}

# Across lines: many short lines that each look like something a parser reads
MANY_LINES: dict[str, Callable[[int], str]] = {
    "role headers": lambda n: _numbered("Senior Engineer {i}, Acme {i} ({year} - {year})\n", n),
    "role blocks": lambda n: _numbered("Engineer {i}\nAcme {i}\n{year} - Present\n", n),
    "same role": lambda n: _repeat("Engineer, Acme (2019 - 2020)\n", n),
    "role sentences": lambda n: _numbered("She was engineer {i} at Acme {i} from {year} to {year}. ", n),
    "LinkedIn entries": lambda n: _numbered(
        "Engineer {i}\nAcme {i} · Full-time\nJan {year} - Present · 2 yrs\n", n
    ),
    "blank lines": lambda n: "\n" * n + "Engineer at Acme\n",
    "headings": lambda n: _repeat("Experience\n", n),
    "bullets": lambda n: _repeat("- Built pipelines at Acme\n", n),
    "name lines": lambda n: _repeat("Jane Doe\n", n),
    "schools": lambda n: _numbered("University {i}, BSc Physics, {year} - {year}\n", n),
}


def bio(pattern: str, size: int) -> str:
    """The opening and then ``size`` characters of ``pattern``."""
    make = IN_LINE.get(pattern) or MANY_LINES[pattern]
    return OPENING + make(size)
