"""`POST /api/messages` and `GET /healthz`.

We do not use `CloudAdapter.process`: in 4.17.x it answers 500 for any invoke whose response has
a body (task/fetch, task/submit, adaptiveCard/action), and it lets malformed input surface as
500. Here every request gets a deliberate status: 400 malformed, 401 unauthenticated (bot/auth/),
403 a service URL local mode will not talk to, a channel that does not speak for Teams users or a
tenant not on the allow-list, 413 too large, 503 when the signing keys could not be fetched yet,
200 with the body for invokes.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from botbuilder.schema import Activity
from msrest.exceptions import DeserializationError

from bot.appkeys import ADAPTER, BOT, SERVICES
from bot.auth.channel import activity_tenants, channel_served
from bot.auth.tokens import TokenError
from bot.wire import activity_from_json

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
# Teams activities nest a dozen levels at most (an Adaptive Card's data inside an invoke value).
# Deeper JSON is refused here: json.loads raises RecursionError near 1,000 levels, and anything
# that walks the activity later (msrest, our readers, json.dumps of a reference) would too.
MAX_JSON_DEPTH = 64


def _problem(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _too_deep(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _ids(payload: dict[str, Any]) -> list[Any]:
    """The activity's addresses: the service URL, the conversation and both accounts' ids."""
    found: list[Any] = [payload.get("serviceUrl")]
    for key, fields in (("conversation", ("id",)), ("from", ("id", "aadObjectId")),
                        ("recipient", ("id", "aadObjectId"))):
        part = payload.get(key)
        if isinstance(part, dict):
            found += [part.get(field) for field in fields]
    return found


def _valid_unicode(*texts: Any) -> bool:
    try:
        for text in texts:
            if isinstance(text, str):
                text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_unicode(value: Any) -> Any:
    """`value` with every string valid Unicode. JSON's \\ud800 escapes decode to lone surrogates,
    which neither database stores and no reply can carry; they become U+FFFD, as a UTF-8 decoder
    makes of bytes it cannot read. (A Teams client sends one when a field's maxLength cuts an
    emoji in half.)"""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return value
    if isinstance(value, dict):
        return {as_unicode(key): as_unicode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_unicode(item) for item in value]
    return value


def _serialize(body: Any) -> Any:
    if body is None:
        return None
    if hasattr(body, "serialize"):
        return body.serialize()
    return body


async def messages(request: web.Request) -> web.StreamResponse:
    services = request.app[SERVICES]
    if request.content_type != "application/json":
        return _problem(400, "Content-Type must be application/json")
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return _problem(413, "request body over 1 MiB")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return _problem(413, "request body over 1 MiB")
    if not raw:
        return _problem(400, "empty body")
    try:
        payload = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return _problem(400, "body is not valid JSON")
    except RecursionError:
        return _problem(400, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    if _too_deep(payload):
        return _problem(400, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    if not isinstance(payload, dict) or not isinstance(payload.get("type"), str) or not payload["type"]:
        return _problem(400, "body must be an activity object with a type")
    if not _valid_unicode(*_ids(payload)):
        # A lone surrogate (legal in JSON's \ud800 escapes, never in Teams' ids) cannot be stored,
        # nor put in the URL of a reply; an id is not ours to repair.
        return _problem(400, "activity ids are not valid Unicode")
    payload = as_unicode(payload)
    try:
        activity: Activity = activity_from_json(payload)
    except (DeserializationError, ValueError, TypeError, AttributeError, KeyError):
        return _problem(400, "body is not a valid activity")
    if not isinstance(activity.service_url, str) or not activity.service_url:
        return _problem(400, "activity has no serviceUrl")
    if activity.conversation is None or not isinstance(activity.conversation.id, str):
        return _problem(400, "activity has no conversation")
    if not services.settings.service_url_allowed(activity.service_url):
        log.warning("refused an activity for a service URL local mode does not talk to")
        return _problem(403, "serviceUrl not allowed in local mode")

    adapter = request.app[ADAPTER]
    try:
        authentication = await adapter.bot_framework_authentication.authenticate_request(
            activity, request.headers.get("Authorization"))
    except TokenError as exc:
        if exc.reason == "keys_unavailable":
            log.warning("refused an activity: the signing keys could not be fetched yet")
            return web.json_response({"error": "cannot verify tokens yet"}, status=503, headers={"Retry-After": "10"})
        log.info("authentication failed: %s", exc.reason)
        return _problem(401, "unauthorized")
    except Exception as exc:  # fail closed: a token the validator chokes on is not a valid token
        log.warning("authentication failed unexpectedly: %s", type(exc).__name__)
        return _problem(401, "unauthorized")
    if not channel_served(activity, production=services.settings.production):
        # Only Teams speaks for a Teams user: elsewhere (Direct Line, Web Chat) the client writes `from`.
        log.warning("refused an activity from a channel the bot does not serve")
        return _problem(403, "channel not served")
    if not services.settings.tenants_allowed(activity_tenants(activity)):
        log.warning("refused an activity from a tenant not on the allow-list")
        return _problem(403, "tenant not allowed")

    invoke_response = await adapter.process_activity(authentication, activity, request.app[BOT].on_turn)
    if invoke_response is None:
        return web.Response(status=200)
    status = int(invoke_response.status or 200)
    body = _serialize(invoke_response.body)
    if body is None:
        return web.Response(status=status)
    return web.json_response(body, status=status)


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "mode": "production" if request.app[SERVICES].settings.production
                              else "local"})
