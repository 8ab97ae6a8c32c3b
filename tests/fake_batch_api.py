"""A fake of the OpenAI Batch API for tests: real HTTP on 127.0.0.1 via pytest-httpserver.

POST /v1/files (multipart upload), POST /v1/batches, GET /v1/batches/{id} (each read moves the batch one
step along its ``statuses``) and GET /v1/files/{id}/content. When a batch reaches its last status, its
output (and error) file is made by answering each request line as the chat fake does; ``answer`` lets a
test break chosen requests (an error line, a 500, a bad reply) or leave them unanswered (an expiry).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fake_openai import REPLIES, completion, schema_name
from werkzeug import Request, Response

STATUSES = ("validating", "in_progress", "finalizing", "completed")


def chat_answer(body: dict, content: str | None = None) -> dict:
    """The chat.completion the chat fake would return for this request body."""
    content = content if content is not None else json.dumps(REPLIES[schema_name(body)])
    if body.get("tools"):
        call = {
            "id": "call_1",
            "type": "function",
            "function": {"name": body["tools"][0]["function"]["name"], "arguments": content},
        }
        return completion(tool_calls=[call])
    return completion(content)


def result_line(custom_id: str, body: dict, status: int = 200) -> str:
    return json.dumps(
        {
            "id": f"batch_req_{custom_id}",
            "custom_id": custom_id,
            "response": {"status_code": status, "request_id": "req_1", "body": body},
            "error": None,
        }
    )


def vllm_results(requests_text: str) -> str:
    """What vLLM's run_batch writes for a request file: one answered line per request, no batch id."""
    lines = [json.loads(line) for line in requests_text.splitlines() if line]
    return "".join(result_line(r["custom_id"], chat_answer(r["body"])) + "\n" for r in lines)


class FakeBatchAPI:
    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.steps: dict[str, int] = {}
        self.statuses: tuple[str, ...] = STATUSES
        self.broken: dict[str, str] = {}  # custom_id -> "error" | "500" | a reply's content
        self.answered: int | None = None  # answer only the first N requests (an expired batch)
        self.uploads: list[bytes] = []
        self.headers: list[dict] = []
        self.created: list[dict] = []
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        with self._lock:
            self.headers.append(dict(request.headers))
            path = request.path
            if request.method == "POST" and path == "/v1/files":
                return self._upload(request)
            if request.method == "POST" and path == "/v1/batches":
                return self._create(request.get_json())
            if match := re.fullmatch(r"/v1/batches/([\w-]+)", path):
                return self._retrieve(match.group(1))
            if match := re.fullmatch(r"/v1/files/([\w-]+)/content", path):
                return Response(self.files[match.group(1)], content_type="application/octet-stream")
            return Response(json.dumps({"error": {"message": f"no route {path}"}}), status=404)

    def _json(self, data: dict) -> Response:
        return Response(json.dumps(data), content_type="application/json")

    def _upload(self, request: Request) -> Response:
        content = request.files["file"].read()
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = content
        self.uploads.append(content)
        return self._json(
            {
                "id": file_id,
                "object": "file",
                "bytes": len(content),
                "created_at": 0,
                "filename": request.files["file"].filename,
                "purpose": request.form["purpose"],
                "status": "processed",
            }
        )

    def _create(self, data: dict) -> Response:
        self.created.append(data)
        batch_id = f"batch_{len(self.batches) + 1}"
        total = self.files[data["input_file_id"]].count(b"\n")
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": data["endpoint"],
            "input_file_id": data["input_file_id"],
            "completion_window": data["completion_window"],
            "created_at": 0,
            "status": self.statuses[0],
            "request_counts": {"total": total, "completed": 0, "failed": 0},
            "output_file_id": None,
            "error_file_id": None,
        }
        self.steps[batch_id] = 0
        return self._json(self.batches[batch_id])

    def _retrieve(self, batch_id: str) -> Response:
        batch = self.batches[batch_id]
        self.steps[batch_id] = min(self.steps[batch_id] + 1, len(self.statuses) - 1)
        batch["status"] = self.statuses[self.steps[batch_id]]
        if self.steps[batch_id] == len(self.statuses) - 1 and batch["output_file_id"] is None:
            self._finish(batch)
        return self._json(batch)

    def _finish(self, batch: dict) -> None:
        requests = [json.loads(line) for line in self.files[batch["input_file_id"]].splitlines()]
        if self.answered is not None:
            requests = requests[: self.answered]
        output, errors = [], []
        for request in requests:
            custom_id, body = request["custom_id"], request["body"]
            broken = self.broken.get(custom_id)
            if broken == "error":
                errors.append(
                    json.dumps(
                        {
                            "id": f"batch_req_{custom_id}",
                            "custom_id": custom_id,
                            "response": None,
                            "error": {"code": "invalid_request", "message": "The prompt was flagged."},
                        }
                    )
                )
            elif broken == "500":
                output.append(result_line(custom_id, {"error": {"message": "Internal server error"}}, 500))
            else:
                output.append(result_line(custom_id, chat_answer(body, broken)))
        batch["output_file_id"] = self._store("\n".join(output) + "\n") if output else None
        batch["error_file_id"] = self._store("\n".join(errors) + "\n") if errors else None
        failed = len(errors) + sum('"status_code": 500' in line for line in output)
        batch["request_counts"] = {
            "total": batch["request_counts"]["total"],
            "completed": len(requests) - failed,
            "failed": failed,
        }

    def _store(self, text: str) -> str:
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = text.encode()
        return file_id


@contextmanager
def serving_batch_api(monkeypatch, key: str) -> Iterator[FakeBatchAPI]:
    """One loopback server with the Batch API fake and the chat fake (``.chat``, for live runs and
    retries), with OPENAI_BASE_URL and OPENAI_API_KEY pointing at it."""
    from fake_openai import PATH, FakeOpenAI
    from pytest_httpserver import HTTPServer

    fake = FakeBatchAPI()
    chat = FakeOpenAI()
    with HTTPServer() as httpserver:
        httpserver.expect_request(PATH, method="POST").respond_with_handler(chat)
        httpserver.expect_request(re.compile(r"/v1/(files|batches).*")).respond_with_handler(fake)
        monkeypatch.setenv("OPENAI_BASE_URL", httpserver.url_for("/v1"))
        monkeypatch.setenv("OPENAI_API_KEY", key)
        fake.chat = chat
        yield fake
