"""`infoview prompts` and `infoview models`: the LLM engine's prompt library and price table, shown and
located for the user."""

from __future__ import annotations

import click

from infoview_ai.cli.options import format_option, handle_errors, say


@click.group()
def prompts() -> None:
    """The prompt library: list, show, and where to put your overrides."""


@prompts.command("list")
@format_option("text", "json")
@handle_errors
def prompts_list(fmt) -> None:
    """List the prompts, marking those you have overridden."""
    from infoview_ai.engines.llm.prompting.library import list_prompts

    if fmt == "json":
        import json

        rows = [
            {"name": i.name, "description": i.description, "path": str(i.path), "overridden": i.overridden}
            for i in list_prompts()
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for info in list_prompts():
        flag = " (your override)" if info.overridden else ""
        click.echo(f"{info.name:<10} {info.description}{flag}")


@prompts.command("show")
@click.argument("name")
@handle_errors
def prompts_show(name) -> None:
    """Print a prompt's file as the LLM engine will use it."""
    from infoview_ai.engines.llm.prompting.library import load_prompt

    say(load_prompt(name).path.read_text(encoding="utf-8"), nl=False)


@prompts.command("path")
@handle_errors
def prompts_path() -> None:
    """Print the folder for your prompt overrides (a file there replaces the packaged prompt of that name)."""
    from infoview_ai.config import ensure_home, user_prompts_dir
    from infoview_ai.errors import ConfigError

    folder = user_prompts_dir()
    try:
        ensure_home()
        folder.mkdir(parents=True, exist_ok=True)  # so `cp prompts/x.md "$(infoview prompts path)/"` works
    except OSError as exc:
        raise ConfigError(f"Cannot create {folder}: {exc.strerror}. Check INFOVIEW_HOME.") from exc
    click.echo(str(folder))


@click.command()
@format_option("text", "json")
@handle_errors
def models(fmt) -> None:
    """The chat models in the price table (USD per 1M tokens) and the default.

    Edit infoview_ai/data/models.toml, or name any other model with --model / INFOVIEW_MODEL.

    \b
    Example:
      infoview models
    """
    from infoview_ai.engines.llm.pricing import default_model, known_models

    default = default_model()
    if fmt == "json":
        import json

        rows = [{**price.__dict__, "default": price.model == default} for price in known_models()]
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'model':<16} {'input':>7} {'output':>7}  note")
    for price in known_models():
        mark = "default" + ("; " if price.note else "") if price.model == default else ""
        click.echo(f"{price.model:<16} {price.input:>7.2f} {price.output:>7.2f}  {mark}{price.note}")
