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
    try:
        return _from_json(Activity, payload)  # type: ignore[return-value]
    except Exception:
        return _DESERIALIZER("Activity", payload)  # type: ignore[no-any-return]


# Reading follows a per-class plan too: msrest's generic `_deserialize` copies every attribute's
# description, runs two key extractors and dispatches on the type name for each of ~45 attributes
# of an Activity and each nested model, about a sixth of a question turn's CPU. Plain strings, nested
# models (no subtypes, read-only or constant fields in the schema) and JSON `object`s are read
# directly; dates and anything else still go through msrest's `deserialize_data`. A value of a type
# the plan does not expect (a number where a string belongs, a string where a model does) sends the
# whole activity to msrest, so odd input gets msrest's result or msrest's error.
_In = tuple[str, str, str, int, Any]
_IN_PLANS: dict[type, tuple[tuple[_In, ...], frozenset[str]] | None] = {}
_OBJECT = 5


def _in_plan(cls: type) -> tuple[tuple[_In, ...], frozenset[str]] | None:
    try:
        return _IN_PLANS[cls]
    except KeyError:
        pass
    plan = _build_in_plan(cls)
    _IN_PLANS[cls] = plan
    return plan


def _build_in_plan(cls: type) -> tuple[tuple[_In, ...], frozenset[str]] | None:
    if getattr(cls, "_subtype_map", None) or any(
            rule.get("readonly") or rule.get("constant") for rule in cls._validation.values()):  # type: ignore[attr-defined]
        return None
    steps: list[_In] = []
    for attr, desc in cls._attribute_map.items():  # type: ignore[attr-defined]
        key, data_type = desc["key"], desc["type"]
        if attr == "additional_properties":
            return None  # declared in the schema: msrest's own rules apply
        if "." in key or "\\" in key:
            return None  # flattened keys: msrest's
        if data_type == "str":
            steps.append((attr, key, data_type, _STR, None))
        elif _is_model(data_type):
            steps.append((attr, key, data_type, _MODEL, _MODELS[data_type]))
        elif data_type.startswith("[") and data_type.endswith("]") and _is_model(data_type[1:-1]):
            steps.append((attr, key, data_type, _MODEL_LIST, _MODELS[data_type[1:-1]]))
        elif data_type == "object":
            steps.append((attr, key, data_type, _OBJECT, None))
        else:
            steps.append((attr, key, data_type, _OTHER, None))
    return tuple(steps), frozenset(step[1] for step in steps)


def _json_object(value: Any) -> Any:
    """msrest's `deserialize_object` for what json.loads makes: a copy, with the same types."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        return {key: _json_object(item) for key, item in value.items()}
    if kind is list:
        return [_json_object(item) for item in value]
    raise _Fallback


def _from_json(cls: type, data: Any) -> Model:
    plan = _in_plan(cls)
    if plan is None or type(data) is not dict:
        raise _Fallback
    steps, known = plan
    kwargs: dict[str, Any] = {}
    for attr, key, data_type, kind, model in steps:
        raw = data.get(key)
        if raw is None:
            kwargs[attr] = None
        elif kind == _STR:
            if type(raw) is not str:
                raise _Fallback
            kwargs[attr] = raw
        elif kind == _MODEL:
            kwargs[attr] = _from_json(model, raw)
        elif kind == _MODEL_LIST:
            if type(raw) is not list:
                raise _Fallback
            kwargs[attr] = [None if item is None else _from_json(model, item) for item in raw]
        elif kind == _OBJECT:
            kwargs[attr] = _json_object(raw)
        else:
            kwargs[attr] = _DESERIALIZER.deserialize_data(raw, data_type)
    obj = cls(**kwargs)
    extra = {key: value for key, value in data.items() if key not in known}
    if extra:
        obj.additional_properties = extra
    return obj  # type: ignore[no-any-return]


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
