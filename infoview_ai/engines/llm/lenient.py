"""A model's JSON shaped to the wire schema before validation: what a reader would accept, accepted.

Models wrap the object ({"brief": {...}}), answer with an array, leave out a field that only repeats
the request ("kind", "notes"), write a claim as a bare string, a theme in capitals, a rank as "2" or
"first", and dates as "Present", "Jan 2020", "2019-09-15" or "09/2019". None of that is a reason to
pay for a second call. Lists are clipped to what a deliverable can use, with a note saying so; a value
that cannot be read becomes "unknown", never a crash.
"""

from __future__ import annotations

import typing

from pydantic import BaseModel

from infoview_ai.artifacts import THEMES
from infoview_ai.dates import loose_date

MAX_ITEMS = {"questions": 40, "checklist": 15, "notes": 10, "changes": 20, "timeline": 30}
MAX_CLAIMS = 15  # per brief section

_THEME_WORDS = {"trend": "trends", "insight": "insights", "tip": "advice", "resource": "resources"}


def _unwrapped(data: object, schema: type[BaseModel]) -> object:
    fields = set(schema.model_fields)
    if isinstance(data, list):
        objects = [item for item in data if isinstance(item, dict)]
        if len(objects) == 1 and fields & set(objects[0]):
            return objects[0]
        if objects and "questions" in fields:  # an array of questions, the set left implicit
            return {"questions": objects}
        return data
    if isinstance(data, dict) and len(data) == 1 and not fields & set(data):
        inner = next(iter(data.values()))
        if isinstance(inner, (dict, list)):
            return _unwrapped(inner, schema)
    return data


def _is_list(annotation) -> bool:
    return typing.get_origin(annotation) is list


def _allows_none(annotation) -> bool:
    return type(None) in typing.get_args(annotation)


def _literal_value(annotation) -> str | None:
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)[0]
    return None


def shaped(data: object, schema: type[BaseModel], notes: list[str]) -> object:
    """``data`` made to fit ``schema`` where the intent is plain; other values are left for validation."""
    data = _unwrapped(data, schema)
    if not isinstance(data, dict):
        return data
    out = dict(data)
    for name, field in schema.model_fields.items():
        annotation = field.annotation
        value = out.get(name)
        if name not in out or value is None:
            if literal := _literal_value(annotation):
                out[name] = literal
            elif _is_list(annotation):
                out[name] = []
            elif _allows_none(annotation):
                out[name] = None
            elif annotation is str and name in ("duration", "source", "why", "channel"):
                out[name] = ""
            elif annotation is int and name == "minutes":
                out[name] = 0
            continue
        if _is_list(annotation):
            out[name] = _list(name, value, typing.get_args(annotation)[0], notes)
        elif annotation is str and isinstance(value, (int, float)) and not isinstance(value, bool):
            out[name] = str(value)
    return out


def _list(name: str, value: object, item_type, notes: list[str]) -> object:
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        return value
    limit = MAX_ITEMS.get(name, MAX_CLAIMS)
    if len(value) > limit:
        notes.append(f"The model wrote {len(value):,} {name.replace('_', ' ')}; kept the first {limit}.")
        value = value[:limit]
    if isinstance(item_type, type) and issubclass(item_type, BaseModel):
        return [_item(entry, item_type, index, notes) for index, entry in enumerate(value, start=1)]
    if item_type is str:
        return [entry if isinstance(entry, str) else _as_text(entry) for entry in value if entry is not None]
    return value


def _as_text(entry: object) -> str:
    if isinstance(entry, dict):
        texts = [v for v in entry.values() if isinstance(v, str) and v.strip()]
        return texts[0] if texts else ""
    return str(entry)


def _item(entry: object, item_type: type[BaseModel], index: int, notes: list[str]) -> object:
    fields = item_type.model_fields
    if isinstance(entry, str) and "text" in fields:
        entry = {"text": entry}
    if not isinstance(entry, dict):
        return entry
    item = shaped(entry, item_type, notes)
    assert isinstance(item, dict)
    if "theme" in fields and isinstance(item.get("theme"), str):
        item["theme"] = _theme(item["theme"])
    if "rank" in fields and not _whole_number(item.get("rank")):
        item["rank"] = index
    if "start" in fields:
        item["start"], item["end"] = loose_date(item.get("start")), loose_date(item.get("end"))
    return item


def _whole_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and value.strip().isdigit()


def _theme(value: str) -> str:
    word = value.strip().lower().split(":")[-1].strip()
    if word in THEMES:
        return word
    return _THEME_WORDS.get(word, word)
