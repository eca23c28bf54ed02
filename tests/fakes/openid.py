"""A stand-in for login.botframework.com: an OpenID configuration and JWKS on 127.0.0.1, and a
token issuer that signs Bot Connector-shaped tokens with its own RSA keys.

The SDK fetches the metadata with blocking `requests.get` on the event loop's thread, so the
server runs in a thread of its own (an aiohttp server on the same loop would deadlock).
"""

from __future__ import annotations

import functools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

CHANNEL_ISSUER = "https://api.botframework.com"
# One of the issuers the SDK's Emulator path accepts (the Bot Framework's own Entra tenant).
EMULATOR_ISSUER = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"


@functools.cache
def new_key(name: str = "stranger") -> rsa.RSAPrivateKey:
    """An RSA key per name, made once per test run (2048-bit generation is slow)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class OpenIdServer:
    """Publishes the keys it was given; `sign()` makes tokens with them."""

    def __init__(self) -> None:
        self.keys: dict[str, rsa.RSAPrivateKey] = {"teams-key": new_key("teams"), "webchat-key": new_key("webchat")}
        self.endorsements: dict[str, list[str]] = {"teams-key": ["msteams"], "webchat-key": ["webchat"]}
        self.hits: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    def _jwks(self) -> dict[str, Any]:
        keys = []
        for kid, key in self.keys.items():
            jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
            jwk.update({"kid": kid, "use": "sig", "endorsements": self.endorsements.get(kid, [])})
            keys.append(jwk)
        return {"keys": keys}

    def start(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.hits.append(self.path)
                if self.path == "/v1/.well-known/openidconfiguration":
                    body: Any = {"issuer": CHANNEL_ISSUER, "jwks_uri": f"{owner.url}/v1/keys",
                                 "id_token_signing_alg_values_supported": ["RS256"]}
                elif self.path == "/v1/keys":
                    body = owner._jwks()
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def claims(self, app_id: str, service_url: str, **overrides: Any) -> dict[str, Any]:
        """What the Bot Connector puts in a token to the bot; an override of None drops the claim."""
        now = int(time.time())
        claims: dict[str, Any] = {"iss": CHANNEL_ISSUER, "aud": app_id, "serviceurl": service_url,
                                  "nbf": now - 60, "iat": now - 60, "exp": now + 3600}
        claims.update(overrides)
        return {k: v for k, v in claims.items() if v is not None}

    def sign(self, claims: dict[str, Any], *, kid: str = "teams-key", key: rsa.RSAPrivateKey | None = None,
             algorithm: str = "RS256") -> str:
        return jwt.encode(claims, key or self.keys[kid], algorithm=algorithm, headers={"kid": kid})
