"""`infoview serve`: the local web page, on loopback, behind a per-run token.

Only click is imported at the top: Starlette, Jinja2 and uvicorn load when the command runs.
"""

from __future__ import annotations

import os
import socket
import sys

import click

from infoview_ai.cli.options import UserFacingError, handle_errors, note

DEFAULT_PORT = 8765
PORTS_TRIED = 20  # the default port and the next ones, when another program holds it
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def bind_port(host: str, port: int, fixed: bool) -> socket.socket:
    """A listening socket on ``port``, else (unless ``fixed``) on the next free one; bound here, then
    handed to uvicorn, so no other program can take the port between the check and the start."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    last_error = None
    for candidate in [port] if fixed else range(port, port + PORTS_TRIED):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.bind((host, candidate))
            sock.listen(128)
            return sock
        except OSError as exc:
            sock.close()
            last_error = exc
    tried = f"port {port}" if fixed else f"ports {port}-{port + PORTS_TRIED - 1}"
    raise UserFacingError(
        f"Cannot listen on {host} {tried}: {last_error.strerror if last_error else 'in use'}. "
        "Pass another --port."
    )


def _can_open_browser() -> bool:
    """Never in CI, and on Linux only with a display: a headless machine would print a browser's errors."""
    if os.environ.get("CI"):
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


@click.command()
@click.option(
    "--port", type=click.IntRange(1, 65535), help=f"Port (default {DEFAULT_PORT}, or the next free one)."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow a --host other than loopback: other machines could reach the page (the token still guards"
    " it).",
)
@click.option("--no-browser", is_flag=True, help="Print the address only; do not open a browser.")
@handle_errors
def serve(port, host, allow_remote, no_browser) -> None:
    """Open infoview as a local web page: prepare, your contacts, settings.

    It listens on this machine only and prints an address with a one-time token: the page opens only
    from it. Stop it with Ctrl-C.

    \b
    Example:
      infoview serve
      infoview serve --port 9000 --no-browser
    """
    remote = host not in LOOPBACK
    if remote and not allow_remote:
        raise UserFacingError(
            f"Refusing to listen on {host}: the page holds your private notes, so it listens on this "
            "machine only (127.0.0.1). Pass --allow-remote as well if you really want other machines to "
            "reach it.",
            2,
        )
    if remote:
        note(
            f"warning: listening on {host}: anyone who can reach this machine and learns the link can read "
            "your contacts and notes. Stop with Ctrl-C when done."
        )
    sock = bind_port(host, port or DEFAULT_PORT, fixed=port is not None)
    chosen = sock.getsockname()[1]
    if port is None and chosen != DEFAULT_PORT:
        note(f"note: port {DEFAULT_PORT} is taken; using {chosen}.")
    import uvicorn

    from infoview_ai.web import Guard, create_app

    wildcard = host in ("0.0.0.0", "::")
    guard = Guard(port=chosen, extra_hosts=(host,) if remote else (), any_host=wildcard)
    shown_host = "127.0.0.1" if not remote or wildcard else host
    url = guard.url(shown_host if ":" not in shown_host else f"[{shown_host}]")
    click.echo(url)  # stdout: the deliverable, e.g. for a script that opens it
    note("infoview serve: open the address above; Ctrl-C stops it.")
    if not no_browser and _can_open_browser():
        import webbrowser

        webbrowser.open(url)
    config = uvicorn.Config(create_app(guard), log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
