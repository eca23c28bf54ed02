"""Activities to and from their JSON form, exactly as msrest writes and reads them, for less CPU.

`Activity().deserialize(...)` and `activity.serialize()` build a new msrest (De)Serializer over
every schema model on each call, and the serializer then walks all ~45 attributes of an
Activity through several layers of generic dispatch. A turn did both, about a quarter of its
CPU. Here the (De)Serializer is built once, and serializing follows a per-class plan: plain
strings, nested models and lists of models are written directly; everything else (enums, dates,
`object` fields such as cards and channelData) still goes through msrest's own `serialize_data`.
Any surprise falls back to msrest's full `serialize()`, so the output is msrest's in every case;
tests/unit/test_wire.py compares the two. Reading still is msrest's, only without rebuilding
the Deserializer per call.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import Activity
from msrest.exceptions import SerializationError
from msrest.serialization import Deserializer, Model, Serializer, full_restapi_key_transformer

_MODELS: dict[str, type] = Activity._infer_class_models()
_SERIALIZER = Serializer(_MODELS)
_DESERIALIZER = Deserializer(_MODELS)

_STR, _MODEL, _MODEL_LIST, _OTHER, _EXTRA = range(5)
_Step = tuple[str, str, str, dict[str, Any], int]
_PLANS: dict[type, tuple[_Step, ...] | None] = {}


class _Fallback(Exception):
    pass


def activity_from_json(payload: dict[str, Any]) -> Activity:
    """`Activity().deserialize(payload)`, with the same results and errors."""
    return _DESERIALIZER("Activity", payload)  # type: ignore[no-any-return]


def activity_to_json(activity: Model) -> dict[str, Any]:
    """`activity.serialize()`: the same dict, or the same error."""
    try:
        return _to_json(activity)
    except Exception:
        return activity.serialize()  # type: ignore[no-any-return]


def _plan(cls: type) -> tuple[_Step, ...] | None:
    try:
        return _PLANS[cls]
    except KeyError:
        pass
    plan = None if hasattr(cls, "_xml_map") else _build_plan(cls)
    _PLANS[cls] = plan
    return plan


def _build_plan(cls: type) -> tuple[_Step, ...] | None:
    steps: list[_Step] = []
    for attr, desc in cls._attribute_map.items():  # type: ignore[attr-defined]
        if cls._validation.get(attr, {}).get("readonly", False):  # type: ignore[attr-defined]
            continue
        if attr == "additional_properties" and desc["key"] == "":
            steps.append((attr, "", "", desc, _EXTRA))
            continue
        keys, _ = full_restapi_key_transformer(attr, desc.copy(), None)
        if len(keys) != 1:  # a flattened key ("a.b"): rare, leave the whole class to msrest
            return None
        data_type = desc["type"]
        if data_type == "str":
            kind = _STR
        elif _is_model(data_type):
            kind = _MODEL
        elif data_type.startswith("[") and data_type.endswith("]") and _is_model(data_type[1:-1]):
            kind = _MODEL_LIST
        else:
            kind = _OTHER
        steps.append((attr, keys[0], data_type, desc, kind))
    return tuple(steps)


def _is_model(name: str) -> bool:
    model = _MODELS.get(name)
    return isinstance(model, type) and issubclass(model, Model)


def _to_json(obj: Model) -> dict[str, Any]:
    plan = _plan(type(obj))
    if plan is None:
        raise _Fallback
    out: dict[str, Any] = {}
    for attr, key, data_type, desc, kind in plan:
        if kind == _EXTRA:
            if obj.additional_properties is not None:
                out.update(obj.additional_properties)
            continue
        value = getattr(obj, attr)
        if value is None:
            continue
        new: Any
        if kind == _STR and type(value) is str:
            new = value
        elif kind == _MODEL and isinstance(value, Model):
            new = _to_json(value)
        elif kind == _MODEL_LIST and type(value) is list and all(isinstance(v, Model) for v in value):
            new = [_to_json(v) for v in value]
        else:
            try:
                new = _SERIALIZER.serialize_data(value, data_type, keep_readonly=False, is_xml=False,
                                                 serialization_ctxt=desc)
            except ValueError as err:  # msrest skips an attribute it cannot serialize...
                if isinstance(err, SerializationError):  # ...unless it is a real error
                    raise
                continue
        if key not in out:  # msrest keeps the first value written under a key
            out[key] = new
    return out
