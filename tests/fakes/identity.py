"""Where the bot's own token comes from, on 127.0.0.1: Microsoft Entra's token endpoint, the Azure
Instance Metadata Service (IMDS) and App Service's managed-identity endpoint.

Contracts (request, answer, errors) from Microsoft's pages:
- "Authentication with the Bot Connector API", bot to connector, step 1
  (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication):
  POST /{tenant}/oauth2/v2.0/token, form grant_type=client_credentials, client_id, client_secret,
  scope=https://api.botframework.com/.default -> {"token_type": "Bearer", "expires_in": 3599,
  "ext_expires_in": 3599, "access_token": …}; a wrong secret -> 401 {"error": "invalid_client", …}.
- "How to use managed identities for Azure resources on an Azure VM to acquire an access token"
  (https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/how-to-use-vm-token):
  GET /metadata/identity/oauth2/token?api-version=2018-02-01&resource=…&client_id=…, header
  `Metadata: true` (else 400 bad_request_102) -> {"access_token", "refresh_token": "",
  "expires_in": "3599", "expires_on": "<epoch>", "not_before", "resource", "token_type": "Bearer"}
  (numbers as strings); 404 while IMDS updates, 429 when throttled, 5xx transient.
- "How to use managed identities for App Service and Azure Functions", REST endpoint reference
  (https://learn.microsoft.com/azure/app-service/overview-managed-identity):
  GET $IDENTITY_ENDPOINT?resource=…&api-version=2019-08-01&client_id=…, header X-IDENTITY-HEADER
  -> {"access_token", "expires_on": "<epoch>", "resource", "token_type": "Bearer", "client_id"}.

It runs on the test's own event loop: a client that blocked the loop (as MSAL's `requests` does)
would never get its answer, so a passing test also shows the bot's token fetch does not block.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass

from aiohttp import web

IMDS_PATH = "/metadata/identity/oauth2/token"
APP_SERVICE_PATH = "/msi/token"
BOT_FRAMEWORK_RESOURCE = "https://api.botframework.com"


@dataclass
class TokenRequest:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]


class FakeIdentity:
    def __init__(self, *, secret: str = "s3cret-value", app_service_header: str = "rotating-header-value",
                 lifetime: int = 3599) -> None:
        self.secret = secret
        self.app_service_header = app_service_header
        self.lifetime = lifetime
        self.requests: list[TokenRequest] = []
        self.failures: deque[int] = deque()  # statuses to answer before answering properly
        self._serial = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.url = ""

    @property
    def imds_url(self) -> str:
        return f"{self.url}{IMDS_PATH}"

    @property
    def app_service_endpoint(self) -> str:
        return f"{self.url}{APP_SERVICE_PATH}"

    def fail_next(self, *statuses: int) -> None:
        self.failures.extend(statuses)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._entra)
        app.router.add_get(IMDS_PATH, self._imds)
        app.router.add_get(APP_SERVICE_PATH, self._app_service)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _record(self, request: web.Request) -> TokenRequest:
        form = {k: str(v) for k, v in (await request.post()).items()} if request.method == "POST" else {}
        recorded = TokenRequest(request.method, request.path, dict(request.query), form, dict(request.headers))
        self.requests.append(recorded)
        return recorded

    def _scripted_failure(self) -> web.Response | None:
        if not self.failures:
            return None
        status = self.failures.popleft()
        return web.json_response({"error": "scripted", "error_description": f"scripted {status}"}, status=status)

    def token(self, kind: str) -> str:
        return f"{kind}-token-{next(self._serial)}"

    async def _entra(self, request: web.Request) -> web.Response:
        recorded = await self._record(request)
        failure = self._scripted_failure()
        if failure is not None:
            return failure
        form = recorded.form
        if form.get("grant_type") != "client_credentials" or form.get("scope") != f"{BOT_FRAMEWORK_RESOURCE}/.default":
            return web.json_response({"error": "invalid_request"}, status=400)
        if form.get("client_secret") != self.secret:
            return web.json_response({"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client "
                                      "secret provided."}, status=401)
        return web.json_response({"token_type": "Bearer", "expires_in": self.lifetime,
                                  "ext_expires_in": self.lifetime, "access_token": self.token("entra")})

    async def _imds(self, request: web.Request) -> web.Response:
        recorded = await self._record(request)
        if recorded.headers.get("Metadata") != "true":
            return web.json_response({"error": "invalid_request", "error_description": "Required metadata header "
                                      "not specified"}, status=400)
        failure = self._scripted_failure()
        if failure is not None:
            return failure
        if recorded.query.get("api-version") != "2018-02-01" or not recorded.query.get("resource"):
            return web.json_response({"error": "invalid_request"}, status=400)
        now = int(time.time())
        return web.json_response({"access_token": self.token("imds"), "refresh_token": "",
                                  "expires_in": str(self.lifetime), "expires_on": str(now + self.lifetime),
                                  "not_before": str(now), "resource": recorded.query["resource"],
                                  "token_type": "Bearer"})

    async def _app_service(self, request: web.Request) -> web.Response:
        recorded = await self._record(request)
        if recorded.headers.get("X-IDENTITY-HEADER") != self.app_service_header:
            return web.json_response({"statusCode": 400, "message": "No X-IDENTITY-HEADER"}, status=400)
        failure = self._scripted_failure()
        if failure is not None:
            return failure
        if recorded.query.get("api-version") != "2019-08-01":
            return web.json_response({"error": "invalid_request"}, status=400)
        now = int(time.time())
        return web.json_response({"access_token": self.token("appservice"), "expires_on": str(now + self.lifetime),
                                  "resource": recorded.query.get("resource"), "token_type": "Bearer",
                                  "client_id": recorded.query.get("client_id")})

