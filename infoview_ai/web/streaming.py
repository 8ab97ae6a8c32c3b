"""`POST /stream`: the prepare form answered as server-sent events, so an LLM draft shows as it is written.

The page's script uses it when the LLM engine is chosen; without JavaScript the form still posts /prepare.
Events, each with JSON data:
- ``partial`` {"at", "title", "text"}: the draft at position ``at`` so far (the whole text, not a delta);
- ``done`` {"html"}: the finished results page, the same one /prepare answers;
- ``error`` {"status", "title", "message"}: the message the command line prints.
A form that fails its checks (CSRF, a bad bio) is refused before streaming, as the error page /prepare
shows.
"""

from __future__ import annotations

import asyncio
import json

from starlette.concurrency import run_in_threadpool
from starlette.responses import StreamingResponse

from infoview_ai.errors import InfoviewError
from infoview_ai.web.forms import MAKES
from infoview_ai.web.prepare import make, prepare_inputs, results_page
from infoview_ai.web.rendering import domain_error, unexpected_message


def event(name: str, data: dict) -> bytes:
    # json.dumps escapes newlines, so one event's data is always one `data:` line.
    return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()


def _text(partial: dict) -> str:
    subject = partial.get("subject") if isinstance(partial.get("subject"), str) else ""
    body = partial.get("body") if isinstance(partial.get("body"), str) else ""
    return (f"Subject: {subject}\n\n" if subject.strip() else "") + body


async def stream(request):
    bio, makes, engine, values = await prepare_inputs(request)
    titles = dict(MAKES)
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    def on_partial(at: int, partial: dict) -> None:  # called on the generating thread
        loop.call_soon_threadsafe(queue.put_nowait, (at, partial))

    def partial_event(at: int, partial: dict) -> bytes:
        title = titles.get(makes[at], makes[at])
        return event("partial", {"at": at, "title": title, "text": _text(partial)})

    async def events():
        work = asyncio.ensure_future(run_in_threadpool(make, bio, makes, engine, values, on_partial))
        while not work.done():
            waiting = asyncio.ensure_future(queue.get())
            await asyncio.wait({work, waiting}, return_when=asyncio.FIRST_COMPLETED)
            if waiting.done():
                yield partial_event(*waiting.result())
            else:
                waiting.cancel()  # a cancelled get() loses nothing: the queue keeps what it holds
        while not queue.empty():
            yield partial_event(*queue.get_nowait())
        try:
            results, context, cost = work.result()
        except InfoviewError as exc:
            status, title, message = domain_error(exc)
            yield event("error", {"status": status, "title": title, "message": message})
            return
        except Exception as exc:  # the page must end with a message, not a stream that just stops
            yield event(
                "error", {"status": 500, "title": "Something went wrong", "message": unexpected_message(exc)}
            )
            return
        page = results_page(request, bio, engine, values, results, context, cost)
        yield event("done", {"html": page.body.decode("utf-8")})

    # no-cache and no buffering: a proxy in front must pass each event on as it comes.
    headers = {"cache-control": "no-store", "x-accel-buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)
