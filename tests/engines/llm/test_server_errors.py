"""Servers that fail: each error status, a context-length refusal, and a connection that is reset or cut
off mid-answer gets a one-line message naming the cause and what to try, exit 1, never a traceback."""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from fake_openai import error

from infoview_ai.cli.main import cli

SECRET = "sk-test-DO-NOT-LEAK-4242"
LENA = str(Path(__file__).resolve().parents[3] / "examples" / "lena-okafor-linkedin.txt")


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def assert_named(result, *words: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.output)
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr and "bug" not in result.stderr.lower()
    assert SECRET not in result.output
    for word in words:
        assert word in message, message


@pytest.mark.parametrize(
    ("status", "server_says", "words"),
    [
        (400, "Unsupported parameter: 'response_format'", ["rejected the request (400)", "response_format"]),
        (403, "Project does not have access to this model", ["refused the request (403)", "access"]),
        (404, "The model does not exist", ["was not found", "(404)", "--model"]),
        (413, "Request Entity Too Large", ["too large", "(413)", "INFOVIEW_MAX_BIO_TOKENS"]),
        (422, "Unprocessable Entity: json_schema is not supported", ["(422)", "json_mode"]),
        (503, "Service Unavailable", ["server error (503)", "Try again later"]),
    ],
)
def test_each_error_status_is_named_with_what_to_try(fake, status, server_says, words):
    fake.script = [error(status, server_says)]
    assert_named(run("outreach", "--bio", LENA, "--engine", "llm"), *words)


def test_a_context_length_refusal_says_the_request_is_too_large(fake):
    fake.script = [
        error(400, "This model's maximum context length is 8192 tokens.", code="context_length_exceeded")
    ]
    assert_named(run("brief", "--bio", LENA, "--engine", "llm"), "too large", "INFOVIEW_MAX_BIO_TOKENS")


class _RawServer:
    """A TCP server on 127.0.0.1 that misbehaves below HTTP: reset, or a response cut off mid-body."""

    def __init__(self, mode: str):
        self.mode = mode
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(65536)
                except OSError:
                    pass
                if self.mode == "cut":
                    head = (
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                    )
                    conn.sendall(head + b'{"id": "chatcmpl-1", "choices": [{"mess')
                else:  # an abortive close: the client sees ECONNRESET
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


@pytest.mark.parametrize("mode", ["reset", "cut"])
def test_a_connection_dropped_mid_answer_is_named(fake, monkeypatch, mode):
    server = _RawServer(mode)
    try:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        result = run("outreach", "--bio", LENA, "--engine", "llm", "--timeout", "10")
    finally:
        server.close()
    assert_named(result, "closed it before answering", "127.0.0.1")


def test_a_port_with_nothing_listening_is_still_could_not_reach(fake, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{port}/v1")
    assert_named(run("outreach", "--bio", LENA, "--engine", "llm"), "Could not reach")
