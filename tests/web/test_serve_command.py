"""`infoview serve` itself: refusing a remote address, and the real server over real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from click.testing import CliRunner

from infoview_ai.cli.main import cli


def test_a_non_loopback_host_without_allow_remote_is_refused():
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 2
    assert "Refusing to listen on 0.0.0.0" in result.output
    assert "--allow-remote" in result.output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_real_server_answers_403_without_the_token_and_200_with_it(tmp_path):
    port = _free_port()
    env = {**os.environ, "INFOVIEW_HOME": str(tmp_path / "home"), "CI": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "infoview_ai", "serve", "--port", str(port), "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        url = server.stdout.readline().strip()
        assert url.startswith(f"http://127.0.0.1:{port}/?token=")
        base = f"http://127.0.0.1:{port}/"
        for _ in range(100):  # ready within a few seconds
            try:
                urllib.request.urlopen(base, timeout=1)
            except urllib.error.HTTPError as refused:
                status = refused.code
                break
            except OSError:
                time.sleep(0.05)
        assert status == 403
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            opener.open(url, timeout=5)
        except urllib.error.HTTPError as redirect:
            assert redirect.code == 303
            cookie = redirect.headers["set-cookie"].split(";")[0]
        page = urllib.request.urlopen(urllib.request.Request(base, headers={"Cookie": cookie}), timeout=5)
        assert page.status == 200
        assert "Prepare for an informational interview" in page.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_taken_port_moves_to_the_next_free_one_unless_the_port_was_asked_for():
    import pytest

    from infoview_ai.cli.options import UserFacingError
    from infoview_ai.cli.serve import bind_port

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        moved = bind_port("127.0.0.1", port, fixed=False)
        try:
            assert moved.getsockname()[1] > port
        finally:
            moved.close()
        with pytest.raises(UserFacingError, match=f"Cannot listen on 127.0.0.1 port {port}"):
            bind_port("127.0.0.1", port, fixed=True)
