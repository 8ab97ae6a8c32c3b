"""The prompt library: load a prompt (user override first, then the packaged one), check it, render it.

A prompt file is markdown with YAML front matter and four fixed headings. Everything before ``# INPUT``
is the system message and holds no variables; ``# INPUT`` is the user message template, where each
``{{name}}`` sits inside delimiters such as ``<bio>...</bio>``. Rendering substitutes values in one pass,
so text from a bio is never read as template syntax.

This module must stay free of LangChain and OpenAI imports: offline commands and ``--dry-run`` use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from infoview_ai import config
from infoview_ai.errors import MissingVariables, PromptError, UnknownPrompt

HEADINGS = ("# IDENTITY AND PURPOSE", "# STEPS", "# OUTPUT INSTRUCTIONS", "# INPUT")
FRONT_MATTER_KEYS = ("name", "description", "variables", "optional", "defaults")
EMPTY_VALUE = "(none given)"  # what an optional variable shows when the user gave nothing

_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# Any mustache-looking tag; the inner text is validated separately so that sections ({{#x}}),
# partials ({{>x}}), triple braces and typos are reported instead of silently kept as text.
VARIABLE_TAG = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_LEVEL_ONE_HEADING = re.compile(r"#[ \t]+\S.*")


@dataclass(frozen=True)
class PromptInfo:
    name: str
    description: str
    path: Path
    overridden: bool  # True when a file in the user's prompts folder replaces the packaged one


@dataclass(frozen=True)
class RenderedMessage:
    role: Literal["system", "user"]
    content: str


@dataclass(frozen=True)
class Prompt:
    name: str
    description: str
    path: Path
    variables: tuple[str, ...]
    optional: frozenset[str] = frozenset()
    defaults: Mapping[str, str] = field(default_factory=dict)
    system_text: str = ""
    user_template: str = ""

    def resolve(self, values: Mapping[str, object]) -> dict[str, str]:
        """The final value of every declared variable: defaults and "(none given)" filled in.

        Blank counts as missing: a required variable given as "" is as unusable as one not given.
        Raises MissingVariables naming every required variable without a value.
        """
        resolved: dict[str, str] = {}
        missing: list[str] = []
        for name in self.variables:
            raw = values.get(name)
            text = "" if raw is None else str(raw)
            if not text.strip():
                if name in self.defaults:
                    text = self.defaults[name]
                elif name in self.optional:
                    text = EMPTY_VALUE
                else:
                    missing.append(name)
                    continue
            resolved[name] = _defuse_delimiters(text, self.variables)
        if missing:
            raise MissingVariables(self.name, missing)
        return resolved

    def render(self, values: Mapping[str, object]) -> list[RenderedMessage]:
        """The system message (fixed text) and the user message (the inputs inside their delimiters)."""
        resolved = self.resolve(values)
        # One pass with a function as replacement: the inserted text is never scanned again, so a bio
        # holding "{{bio}}", "{x}", "$HOME" or "%s" stays exactly as written.
        user_text = VARIABLE_TAG.sub(lambda match: resolved[match.group(1).strip()], self.user_template)
        return [RenderedMessage("system", self.system_text), RenderedMessage("user", user_text)]


def packaged_prompts_dir() -> Path:
    """infoview_ai/prompts in an installed wheel, else the checkout's top-level prompts/ folder."""
    package = Path(__file__).resolve().parents[3]  # infoview_ai/, from engines/llm/prompting/
    inside_package = package / "prompts"
    if inside_package.is_dir():
        return inside_package
    return package.parent / "prompts"


def prompt_names() -> list[str]:
    """The kinds the library ships; a user override can replace one but not add a kind."""
    return sorted(path.stem for path in packaged_prompts_dir().glob("*.md"))


def list_prompts() -> list[PromptInfo]:
    """Every packaged prompt with the file in force; a broken override is listed, not raised."""
    infos = []
    for name in prompt_names():
        override = _override_path(name)
        path = override if override.is_file() else packaged_prompts_dir() / f"{name}.md"
        try:
            description = parse_prompt(path, name).description
        except PromptError as error:
            description = f"BROKEN: {error}"
        infos.append(PromptInfo(name, description, path, overridden=path == override))
    return infos


def load_prompt(name: str) -> Prompt:
    """The user's override of ``name`` if there is one, else the packaged prompt; checked either way."""
    kind = name.strip().replace("-", "_")
    available = prompt_names()
    if kind not in available:
        raise UnknownPrompt(f"No prompt named {name!r}. Available prompts: {', '.join(available)}.")
    override = _override_path(kind)
    path = override if override.is_file() else packaged_prompts_dir() / f"{kind}.md"
    return parse_prompt(path, kind)


def parse_prompt(path: Path, name: str | None = None) -> Prompt:
    """Read and check one prompt file; any problem is a PromptError naming the file and what to fix."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise PromptError(f"Cannot read prompt file {path}: {error}") from error
    try:
        return _parse(text.replace("\r\n", "\n"), path, name or path.stem)
    except _Malformed as problem:
        raise PromptError(f"Prompt file {path} is malformed: {problem}") from None


def render_for_dry_run(messages: list[RenderedMessage]) -> str:
    """The exact messages that would be sent, with a header per role, for --dry-run."""
    blocks = []
    for message in messages:
        header = f"===== {message.role.upper()} ({len(message.content)} characters) ====="
        blocks.append(f"{header}\n{message.content}")
    return "\n\n".join(blocks) + "\n"


class _Malformed(Exception):
    """A problem in a prompt file; parse_prompt adds the file name."""


def _override_path(name: str) -> Path:
    return config.user_prompts_dir() / f"{name}.md"


def _parse(text: str, path: Path, expected_name: str) -> Prompt:
    match = _FRONT_MATTER.match(text)
    if not match:
        raise _Malformed("it must start with a YAML front matter block between two '---' lines")
    meta = _front_matter(match.group(1), expected_name)
    system_text, user_template = _split_sections(text[match.end() :])

    stray = VARIABLE_TAG.findall(system_text)
    if stray or "{{" in system_text or "}}" in system_text:
        shown = ", ".join(f"{{{{{tag}}}}}" for tag in stray) or "'{{' or '}}'"
        raise _Malformed(f"variables belong under '# INPUT' only; found {shown} before it")
    used = _variables_in(user_template)
    declared = meta["variables"]
    if undeclared := sorted(used - set(declared)):
        raise _Malformed(f"variables used but not declared in 'variables': {', '.join(undeclared)}")
    if unused := [name for name in declared if name not in used]:
        raise _Malformed(f"variables declared but not used under '# INPUT': {', '.join(unused)}")
    return Prompt(
        name=meta["name"],
        description=meta["description"],
        path=path,
        variables=tuple(declared),
        optional=frozenset(meta["optional"]),
        defaults=meta["defaults"],
        system_text=system_text,
        user_template=user_template,
    )


def _front_matter(block: str, expected_name: str) -> dict:
    import yaml  # imported here: only commands that touch prompts pay for it

    try:
        meta = yaml.safe_load(block)
    except yaml.YAMLError as error:
        raise _Malformed(f"the front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict):
        raise _Malformed("the front matter must be a YAML mapping (name: ..., variables: [...])")
    if unknown := sorted(set(meta) - set(FRONT_MATTER_KEYS)):
        raise _Malformed(f"unknown front matter keys {unknown}; allowed: {', '.join(FRONT_MATTER_KEYS)}")
    if missing := [key for key in ("name", "description", "variables") if key not in meta]:
        raise _Malformed(f"the front matter lacks {', '.join(missing)}")
    if meta["name"] != expected_name:
        raise _Malformed(f"front matter name {meta['name']!r} must match the file name {expected_name!r}")
    if not isinstance(meta["description"], str) or not meta["description"].strip():
        raise _Malformed("'description' must be a non-empty string")
    variables = _name_list(meta, "variables")
    optional = _name_list(meta, "optional")
    defaults = meta.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise _Malformed("'defaults' must be a mapping of variable name to value")
    for key, where in [(name, "optional") for name in optional] + [(name, "defaults") for name in defaults]:
        if key not in variables:
            raise _Malformed(f"{where!r} names {key!r}, which is not in 'variables'")
    if len(set(variables)) != len(variables):
        raise _Malformed("'variables' lists a name twice")
    return {
        "name": expected_name,
        "description": meta["description"].strip(),
        "variables": variables,
        "optional": optional,
        "defaults": {str(key): "" if value is None else str(value) for key, value in defaults.items()},
    }


def _name_list(meta: dict, key: str) -> list[str]:
    value = meta.get(key) or []
    is_names = isinstance(value, list) and all(_NAME.fullmatch(str(item)) for item in value)
    if not is_names:
        raise _Malformed(f"{key!r} must be a list of lowercase names such as [bio, company]")
    return value


def _split_sections(body: str) -> tuple[str, str]:
    """Check the four headings (each once, in order, nothing else at level one) and split the body."""
    lines = body.split("\n")
    found: list[tuple[int, str]] = []
    in_fence = False
    for index, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence  # a '# comment' inside a code example is not a heading
        elif not in_fence and _LEVEL_ONE_HEADING.fullmatch(line.rstrip()):
            found.append((index, line.rstrip()))
    headings = [heading for _, heading in found]
    expected = list(HEADINGS)
    if headings != expected:
        for heading in headings:
            if heading not in HEADINGS:
                raise _Malformed(f"unexpected heading {heading!r}; the headings must be exactly {expected}")
        raise _Malformed(f"headings found {headings}; expected exactly {expected} in that order")
    first, input_at = found[0][0], found[-1][0]
    if any(line.strip() for line in lines[:first]):
        raise _Malformed(f"text between the front matter and {HEADINGS[0]!r}; move it under a heading")
    system_text = "\n".join(lines[first:input_at]).strip()
    user_template = "\n".join(lines[input_at + 1 :]).strip()
    if not user_template:
        raise _Malformed("the '# INPUT' section is empty")
    return system_text, user_template


def _variables_in(template: str) -> set[str]:
    names = set()
    for tag in VARIABLE_TAG.findall(template):
        inner = tag.strip()
        if not _NAME.fullmatch(inner):
            raise _Malformed(
                f"unsupported template tag {{{{{tag}}}}}; only plain {{{{name}}}} variables are allowed "
                "(no sections, partials, triple braces or spaces inside names)"
            )
        names.add(inner)
    leftover = VARIABLE_TAG.sub("", template)
    if "{{" in leftover or "}}" in leftover:
        raise _Malformed("an unmatched '{{' or '}}' under '# INPUT'")
    return names


def _defuse_delimiters(value: str, variables: tuple[str, ...]) -> str:
    """Stop a value from closing its delimiter early: "</bio>" inside a bio becomes "<\\/bio>".

    Otherwise a pasted profile could end the <bio> block and write text that looks like it came from
    outside the data. Only closing tags named after the prompt's own variables are touched.
    """
    if "</" not in value:
        return value
    pattern = re.compile(r"</(\s*(?:" + "|".join(map(re.escape, variables)) + r")\s*)>", re.IGNORECASE)
    return pattern.sub(lambda match: f"<\\/{match.group(1)}>", value)
