"""A stand-in for login.botframework.com (and Microsoft Entra's metadata): an OpenID configuration and
JWKS on 127.0.0.1, and a token issuer that signs tokens with its own RSA keys.

Shapes from Microsoft's "Authentication with the Bot Connector API"
(https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
"Connector to bot", steps 2-4): the metadata document at /v1/.well-known/openidconfiguration names
`issuer` https://api.botframework.com and `jwks_uri`; every key there is a JWK with an extra
`endorsements` list (the channel ids it signs for); the token's `serviceurl` claim names the
activity's serviceUrl. Entra's tenant metadata
(https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration, "OpenID Connect on
the Microsoft identity platform") names issuer https://login.microsoftonline.com/{tenant}/v2.0 and
a `jwks_uri` whose keys carry no endorsements.

The server runs in a thread of its own, so a test can make it hang (`hang()`) or fail (`down()`)
without touching the event loop the bot runs on.
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
CHANNEL_METADATA_PATH = "/v1/.well-known/openidconfiguration"
# Microsoft publishes the keys at /v1/.well-known/keys; the bot follows `jwks_uri`, whatever it names.
CHANNEL_KEYS_PATH = "/v1/keys"
HANG_LIMIT_SECONDS = 30.0  # a hung request gives up by itself, so no thread outlives a test for long


@functools.cache
def new_key(name: str = "stranger") -> rsa.RSAPrivateKey:
    """An RSA key per name, made once per test run (2048-bit generation is slow)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwk(kid: str, key: rsa.RSAPrivateKey, **extra: Any) -> dict[str, Any]:
    jwk: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": kid, "use": "sig", **extra})
    return jwk


class OpenIdServer:
    """Publishes the keys it was given; `sign()` makes tokens with them."""

    def __init__(self) -> None:
        self.keys: dict[str, rsa.RSAPrivateKey] = {"teams-key": new_key("teams"), "webchat-key": new_key("webchat")}
        self.endorsements: dict[str, list[str]] = {"teams-key": ["msteams"], "webchat-key": ["webchat"]}
        # Microsoft Entra: tenant id -> {kid: key}
        self.entra_keys: dict[str, dict[str, rsa.RSAPrivateKey]] = {}
        self.hits: list[str] = []
        self.status = 200            # what every request answers, 200 = the documents
        self._hanging = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    @property
    def metadata_url(self) -> str:
        return f"{self.url}{CHANNEL_METADATA_PATH}"

    def entra_metadata_url(self, tenant: str) -> str:
        return f"{self.url}/{tenant}/v2.0/.well-known/openid-configuration"

    # -- what the endpoint does ---------------------------------------------------------------------
    def rotate(self, kid: str, *, endorsements: tuple[str, ...] = ("msteams",), retire: str | None = None) -> None:
        """Microsoft publishes a new key (and, optionally, retires an old one)."""
        with self._lock:
            self.keys[kid] = new_key(kid)
            self.endorsements[kid] = list(endorsements)
            if retire is not None:
                self.keys.pop(retire, None)
                self.endorsements.pop(retire, None)

    def hang(self) -> None:
        """Requests from now on wait without answering, until `answer()` (or HANG_LIMIT_SECONDS)."""
        self._release.clear()
        self._hanging.set()

    def down(self, status: int = 503) -> None:
        self.status = status

    def answer(self) -> None:
        """Back to normal; hung requests are let go."""
        self.status = 200
        self._hanging.clear()
        self._release.set()

    def _jwks(self) -> dict[str, Any]:
        with self._lock:
            return {"keys": [_jwk(kid, key, endorsements=self.endorsements.get(kid, []))
                             for kid, key in self.keys.items()]}

    def _entra_jwks(self, tenant: str) -> dict[str, Any]:
        issuer = f"https://login.microsoftonline.com/{tenant}/v2.0"
        with self._lock:
            return {"keys": [_jwk(kid, key, x5t=kid, issuer=issuer)
                             for kid, key in self.entra_keys.get(tenant, {}).items()]}

    def _document(self, path: str) -> Any:
        if path == CHANNEL_METADATA_PATH:
            return {"issuer": CHANNEL_ISSUER, "authorization_endpoint": "https://invalid.botframework.com",
                    "jwks_uri": f"{self.url}{CHANNEL_KEYS_PATH}", "id_token_signing_alg_values_supported": ["RS256"],
                    "token_endpoint_auth_methods_supported": ["private_key_jwt"]}
        if path == CHANNEL_KEYS_PATH:
            return self._jwks()
        parts = path.strip("/").split("/")
        if len(parts) == 4 and parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            tenant = parts[0]
            return {"issuer": f"https://login.microsoftonline.com/{tenant}/v2.0",
                    "jwks_uri": f"{self.url}/{tenant}/discovery/v2.0/keys",
                    "id_token_signing_alg_values_supported": ["RS256"]}
        if len(parts) == 4 and parts[1:] == ["discovery", "v2.0", "keys"]:
            return self._entra_jwks(parts[0])
        return None

    def start(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.hits.append(self.path)
                if owner._hanging.is_set():
                    owner._release.wait(HANG_LIMIT_SECONDS)
                try:
                    self._answer()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot gave up waiting (its deadline), as it should

            def _answer(self) -> None:
                if owner.status != 200:
                    self.send_error(owner.status)
                    return
                body = owner._document(self.path)
                if body is None:
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
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.answer()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- tokens -------------------------------------------------------------------------------------
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

    def add_entra_key(self, tenant: str, kid: str) -> None:
        with self._lock:
            self.entra_keys.setdefault(tenant, {})[kid] = new_key(f"entra-{kid}")

    def sign_entra(self, tenant: str, claims: dict[str, Any], *, kid: str) -> str:
        return jwt.encode(claims, self.entra_keys[tenant][kid], algorithm="RS256", headers={"kid": kid, "typ": "JWT"})
