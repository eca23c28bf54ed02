"""Signed, expiring download links: `<payload>.<HMAC-SHA256>`, both base64url."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

LINK_LIFETIME = dt.timedelta(minutes=15)
KEY_FILE = "secret_key"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_or_create_key(configured: str, data_dir: Path) -> bytes:
    """RUSBOT_SECRET_KEY if set; otherwise a random key kept in the data directory (created
    once, readable only by the bot's user, shared by processes that share the directory)."""
    if configured:
        return configured.encode()
    path = data_dir / KEY_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(fd, "w") as handle:
        handle.write(key.hex())
    log.info("created a secret key in the data directory")
    return key


def sign(key: bytes, payload: dict[str, object]) -> str:
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{mac}"


def verify(key: bytes, token: str, now: dt.datetime) -> dict[str, object] | None:
    """The payload of a valid, unexpired token; None otherwise (no detail for the caller)."""
    try:
        body, mac = token.split(".", 1)
        expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(mac, expected):
            return None
        payload = json.loads(_unb64(body))
    except (ValueError, TypeError):
        return None
    if not isinstance(payload, dict):
        return None
    expires = payload.get("exp")
    if not isinstance(expires, int | float) or now.timestamp() >= expires:
        return None
    return payload


def export_token(key: bytes, fmt: str, user: str, now: dt.datetime) -> str:
    return sign(key, {"fmt": fmt, "sub": user, "exp": int((now + LINK_LIFETIME).timestamp())})


def personal_data_token(key: bytes, subject: str, user: str, now: dt.datetime) -> str:
    """A link to the JSON of everything stored about `subject`, made for the coordinator `user`."""
    return sign(key, {"fmt": "gdpr", "subject": subject, "sub": user, "exp": int((now + LINK_LIFETIME).timestamp())})
