"""The package's layout is its architecture: rooms on floors, imports pointing down only.

Floors, from the top: the command line; generation and the contact tracker; the two engines; the
trust checks; the bio parsers; the domain (inputs, outputs, kinds, channels); the shared language tools
(below the domain, which uses them for a first name, and needing nothing from it); the ground floor
(errors, config, dates, the store, the version). A module may import from its own room
or from a lower floor, never from a higher floor or from another room on its own floor, so no two rooms
import each other. Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "infoview_ai"

# (floor, room) for every module, matched by the longest prefix of its dotted name.
ROOMS: dict[str, tuple[float, str]] = {
    "infoview_ai.errors": (0, "ground"),
    "infoview_ai.config": (0, "ground"),
    "infoview_ai.dates": (0, "ground"),
    "infoview_ai.store": (0, "ground"),
    "infoview_ai.version": (0, "ground"),
    "infoview_ai.guards": (0, "ground"),
    "infoview_ai.language": (1, "language"),
    "infoview_ai.context": (2, "domain"),
    "infoview_ai.artifacts": (2, "domain"),
    "infoview_ai.kinds": (2, "domain"),
    "infoview_ai.channels": (2, "domain"),
    "infoview_ai.call_plan": (2, "domain"),
    "infoview_ai.career": (2, "domain"),
    "infoview_ai.bio": (3, "bio"),
    "infoview_ai.trust": (4, "trust"),
    "infoview_ai.engines.offline": (5, "offline engine"),
    "infoview_ai.engines.llm": (5, "LLM engine"),
    "infoview_ai.engines": (5, "engines"),
    "infoview_ai.generation": (6, "generation"),
    "infoview_ai.tracker": (6, "tracker"),
    "infoview_ai.network": (6.5, "network"),  # imports fill the tracker: above it, below the command line
    "infoview_ai.outreach_plan": (6.5, "outreach plan"),  # targets and the weekly plan, over the tracker
    "infoview_ai.inputs": (6.6, "inputs"),  # files and pasted text into a Context: cli, batch and web
    "infoview_ai.batch": (6.7, "batch"),  # many people at once: reads people as the import does, generates
    "infoview_ai.batch_api": (6.8, "batch api"),  # the OpenAI Batch API and vLLM's batch files: uses batch
    "infoview_ai.evaluation": (6.8, "evaluation"),  # infoview eval: contenders over cases, scored by trust
    "infoview_ai.web": (6.9, "web page"),  # infoview serve: the local page over generation and the tracker
    "infoview_ai.cli": (7, "cli"),
    "infoview_ai.__main__": (8, "entry points"),
    "infoview_ai": (8, "entry points"),  # the package's own __init__: the public generate()
}


def room_of(module: str) -> tuple[float, str]:
    """A listed module or package, by the longest prefix; the package root matches only itself, so a
    new top-level module must be given its floor here."""
    for prefix in sorted(ROOMS, key=len, reverse=True):
        if module == prefix or (prefix != "infoview_ai" and module.startswith(prefix + ".")):
            return ROOMS[prefix]
    raise AssertionError(f"{module} is in no room: add it to ROOMS in {Path(__file__).name}")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, package_dir: Path = PACKAGE) -> list[tuple[int, str]]:
    """(line, module) for every infoview_ai module ``path`` imports, relative imports resolved."""
    root = package_dir.parent
    name = module_name(path, package_dir)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # `from infoview_ai.x import y` may name a module y: count the deepest real module.
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                where = root / Path(*candidate.split("."))
                is_module = where.with_suffix(".py").exists() or (where / "__init__.py").exists()
                found.append((node.lineno, candidate if is_module else target))
    return [(line, module) for line, module in found if module.split(".")[0] == "infoview_ai"]


def violations(package: Path = PACKAGE) -> list[str]:
    problems = []
    for path in sorted(package.rglob("*.py")):
        floor, room = room_of(module_name(path, package))
        for line, target in imports_of(path, package):
            their_floor, their_room = room_of(target)
            if their_room == room or their_floor < floor:
                continue
            why = "a higher floor" if their_floor > floor else "another room on the same floor"
            problems.append(
                f"{path.relative_to(package.parent)}:{line}: {room} imports {target} ({their_room}), {why}"
            )
    return problems


def test_imports_point_down_only():
    problems = violations()
    assert not problems, "imports that point up or sideways:\n" + "\n".join(problems)


def test_the_rule_catches_an_upward_and_a_sideways_import(tmp_path):
    """The rule is not vacuous: a copy of the package with one bad import each way fails it."""
    import shutil

    copy = tmp_path / "infoview_ai"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "language" / "upward.py").write_text("from infoview_ai.trust import review\n")
    (copy / "engines" / "offline" / "sideways.py").write_text(
        "def f():\n    from infoview_ai.engines.llm.settings import resolve_settings\n"
    )
    found = violations(copy)
    assert len(found) == 2
    assert "language imports infoview_ai.trust" in found[0] + found[1]
    assert "offline engine imports infoview_ai.engines.llm.settings" in found[0] + found[1]


def test_no_dynamic_imports_and_no_private_names_across_modules():
    """A reader (and the rule above) can follow every import; a module's _private names stay its own."""
    problems = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("import_module", "__import__"):
                    problems.append(f"{where}: a dynamic import")
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("infoview_ai"):
                names = [a.name for a in node.names]
                private = [n for n in names if n.startswith("_") and not n.startswith("__")]
                if private:
                    problems.append(f"{where}: imports private {', '.join(private)} from {node.module}")
    assert problems == []


def test_every_module_has_a_room_and_none_is_too_big():
    too_big = []
    for path in PACKAGE.rglob("*.py"):
        room_of(module_name(path))
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > 400:
            too_big.append(f"{path.relative_to(PACKAGE.parent)}: {lines} lines")
    assert too_big == [], "split these by responsibility"


def test_no_folder_is_a_flat_heap():
    crowded = [
        f"{folder.relative_to(PACKAGE.parent)}: {count} modules"
        for folder in [PACKAGE, *[p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"]]
        if (count := len([f for f in folder.glob("*.py") if not f.name.startswith("__")])) > 12
    ]
    assert crowded == []


def test_package_inits_only_re_export():
    """Logic lives in a module named for it; an __init__ holds a docstring, imports and __all__."""
    for init in PACKAGE.rglob("__init__.py"):
        if init.parent == PACKAGE:
            continue  # the package root keeps the public generate(), a lazy one-line wrapper
        tree = ast.parse(init.read_text(encoding="utf-8"))
        for node in tree.body:
            allowed = isinstance(node, ast.Import | ast.ImportFrom) or (
                isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            )
            targets = node.targets if isinstance(node, ast.Assign) else []
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            allowed = allowed or names == ["__all__"]
            assert allowed, f"{init.relative_to(PACKAGE.parent)}:{node.lineno} holds logic"


PROBE = """
import sys
from infoview_ai.cli import main
sys.argv = ["infoview", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("LOADED:" + ",".join(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""
EXAMPLES = PACKAGE.parent / "examples"


@pytest.mark.parametrize(
    ("args", "never"),
    [
        (
            ["--help"],
            {"langchain", "langchain_core", "openai", "pydantic", "pypdf", "yaml", "tiktoken", "nameparser"},
        ),
        (
            ["prep", "--engine", "offline", "--bio", str(EXAMPLES / "lena-okafor-linkedin.txt")],
            {"langchain", "langchain_core", "openai", "pydantic", "pypdf", "yaml", "tiktoken", "nameparser"},
        ),
        (  # the default engine, auto, with no key configured: offline, and as light
            ["prep", "--bio", str(EXAMPLES / "lena-okafor-linkedin.txt")],
            {"langchain", "langchain_core", "openai", "pydantic", "pypdf", "yaml", "tiktoken", "nameparser"},
        ),
    ],
)
def test_start_up_loads_only_what_the_command_uses(tmp_path, args, never):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "INFOVIEW_HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    loaded = set(result.stderr.rpartition("LOADED:")[2].strip().split(","))
    assert result.returncode == 0, result.stderr
    assert loaded & never == set()
