"""The reverse-proxy configurations in docs/DEPLOYMENT.md forward what the bot serves.

The bot hands out links (the calendar, CSV/Excel and GDPR downloads, the tab's pages) made from
RUSBOT_PUBLIC_URL; Teams posts to /api/messages; operators check /healthz. A proxy that forwards only some
of them breaks the rest on the first day. So this test reads the documented nginx and Caddy blocks
(fenced ```nginx and ```caddy), asks each one where every GET and POST route of the real app
(`create_app(...).router`, whatever the features have added) would go, and requires: the bot's upstream,
the path passed on unchanged, HTTPS on the host of the documented RUSBOT_PUBLIC_URL, and a request size
limit no smaller than the bot's own (1 MiB, bot/http.py).

The matching follows the servers' documentation, as far as the blocks use it, and stops with an error
on anything it does not know rather than guessing:
- nginx "location": http://nginx.org/en/docs/http/ngx_http_core_module.html#location (exact "=" first,
  then the longest prefix, "^~" skipping regexes, then regexes in order), "proxy_pass" without a URI passes
  the request URI unchanged (ngx_http_proxy_module.html#proxy_pass), "client_max_body_size" default 1m.
- Caddy: https://caddyserver.com/docs/caddyfile/directives/reverse_proxy (no matcher: every request),
  path matchers https://caddyserver.com/docs/caddyfile/matchers#path (exact, or "*" wildcards).
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from bot import http
from bot.app import create_app
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOYMENT = (ROOT / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
BOT_UPSTREAMS = {"127.0.0.1:3978", "localhost:3978", "[::1]:3978"}
SIZE = re.compile(r"^(\d+)([kKmMgG]?)$")


def fenced_blocks(markdown: str, language: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"^```{language}[ \t]*\n(.*?)^```", markdown, re.S | re.M)]


def public_url_host() -> str:
    """The host of the documented RUSBOT_PUBLIC_URL (section 4's command), which the links are made from."""
    urls = set(re.findall(r"RUSBOT_PUBLIC_URL=(https://[^\s`]+)", DEPLOYMENT))
    assert len(urls) == 1, f"docs/DEPLOYMENT.md should show one RUSBOT_PUBLIC_URL, found {urls}"
    return urlsplit(urls.pop()).hostname or ""


def app_routes(tmp_path: Path) -> list[tuple[str, str]]:
    """(method, a concrete path) for every GET and POST route the app serves."""
    found = routes_of(create_app(make_settings(f"sqlite:///{tmp_path / 'routes.db'}", data_dir=tmp_path)))
    assert ("POST", "/api/messages") in found
    return found


def routes_of(app: web.Application) -> list[tuple[str, str]]:
    found = []
    for route in app.router.routes():
        if route.method not in ("GET", "POST"):
            continue
        info = route.resource.get_info() if route.resource is not None else {}
        if "path" in info:
            path = info["path"]
        elif "formatter" in info:
            path = info["formatter"].format_map(_Sample())
        elif "prefix" in info:                      # a static folder, e.g. the tab's assets
            path = info["prefix"].rstrip("/") + "/sample.js"
        else:
            raise AssertionError(f"a route this test cannot turn into a path: {info}")
        found.append((route.method, path))
    return found


class _Sample(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return f"sample-{key}"


def _bytes(value: str) -> int:
    match = SIZE.match(value)
    assert match, f"a size this test does not read: {value}"
    return int(match.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]


# -- nginx ----------------------------------------------------------------------------------------------------
@dataclass
class Block:
    name: list[str]
    directives: list[list[str]] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)

    def values(self, directive: str) -> list[list[str]]:
        return [d[1:] for d in self.directives if d[0] == directive]


def parse_nginx(text: str) -> Block:
    tokens = re.findall(r"\{|\}|;|\"[^\"]*\"|'[^']*'|[^\s{};]+", re.sub(r"#[^\n]*", "", text))
    root = Block(["main"])
    stack, words = [root], []
    for token in tokens:
        if token == "{":
            child = Block(words)
            stack[-1].children.append(child)
            stack.append(child)
            words = []
        elif token == "}":
            assert not words, f"nginx: {' '.join(words)} without ';'"
            stack.pop()
        elif token == ";":
            stack[-1].directives.append(words)
            words = []
        else:
            words.append(token.strip("\"'"))
    assert len(stack) == 1 and not words, "nginx: unbalanced braces"
    return root


KNOWN_LOCATION_DIRECTIVES = {"proxy_pass", "proxy_read_timeout", "proxy_send_timeout", "proxy_set_header",
                             "proxy_http_version", "proxy_buffering", "return", "client_max_body_size"}


def nginx_location(server: Block, path: str) -> Block | None:
    locations = [c for c in server.children if c.name[0] == "location"]
    for location in locations:
        assert not [c for c in location.children], "nested locations: not read by this test"
        unknown = {d[0] for d in location.directives} - KNOWN_LOCATION_DIRECTIVES
        assert not unknown, f"nginx location directives this test does not read: {unknown}"
    exact = [loc for loc in locations if loc.name[1] == "=" and loc.name[2] == path]
    if exact:
        return exact[0]
    prefixes = [loc for loc in locations if loc.name[1] not in ("=", "~", "~*")
                and path.startswith(loc.name[-1])]
    longest = max(prefixes, key=lambda loc: len(loc.name[-1]), default=None)
    if longest is not None and longest.name[1] == "^~":
        return longest
    for location in locations:
        if location.name[1] in ("~", "~*"):
            flags = re.IGNORECASE if location.name[1] == "~*" else 0
            if re.search(location.name[2], path, flags):
                return location
    return longest


def nginx_upstream(location: Block) -> str | None:
    """Where the location sends the request, if to a server; the URI must be passed unchanged."""
    passes = location.values("proxy_pass")
    if not passes:
        return None
    target = urlsplit(passes[0][0])
    assert target.scheme == "http" and target.path in ("",), \
        f"proxy_pass {passes[0][0]}: with a URI part nginx rewrites the path; give only the server"
    return target.netloc


def nginx_servers() -> list[Block]:
    [config] = fenced_blocks(DEPLOYMENT, "nginx")
    root = parse_nginx(config)
    servers = [c for c in root.children if c.name == ["server"]]
    return [s for s in servers if any("443" in v[0] and "ssl" in v for v in s.values("listen"))]


def test_the_nginx_configuration_serves_https_on_the_public_host() -> None:
    [server] = nginx_servers()
    assert public_url_host() in server.values("server_name")[0]
    assert server.values("ssl_certificate") and server.values("ssl_certificate_key")


def test_nginx_forwards_every_route_of_the_app_unchanged(tmp_path: Path) -> None:
    [server] = nginx_servers()
    for method, path in app_routes(tmp_path):
        location = nginx_location(server, path)
        assert location is not None, f"nginx has no location for {method} {path}"
        assert nginx_upstream(location) in BOT_UPSTREAMS, f"nginx does not forward {method} {path} to the bot"


def test_nginx_lets_through_what_the_bot_accepts() -> None:
    [server] = nginx_servers()
    sizes = [_bytes(v[0]) for v in server.values("client_max_body_size")] or [1024**2]   # nginx's default: 1m
    assert sizes[0] >= http.MAX_BODY_BYTES, "nginx would refuse requests the bot accepts (413 before the bot)"


# -- Caddy ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaddySite:
    addresses: list[str]
    lines: list[list[str]]


def parse_caddy(text: str) -> list[CaddySite]:
    sites, current, depth, lines = [], None, 0, []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if depth == 0:
            assert words[-1] == "{", f"Caddy: a site block was expected, got {line!r}"
            current, depth, lines = [w.rstrip(",") for w in words[:-1]], 1, []
            continue
        if words == ["}"]:
            depth -= 1
            if depth == 0:
                sites.append(CaddySite(current or [], lines))
            continue
        if words[-1] == "{":
            depth += 1
        lines.append(words)
    assert depth == 0, "Caddy: unbalanced braces"
    return sites


KNOWN_CADDY_DIRECTIVES = {"reverse_proxy", "request_body", "max_size", "encode", "log", "header", "tls"}


def caddy_upstream(site: CaddySite, path: str) -> str | None:
    unknown = {line[0] for line in site.lines} - KNOWN_CADDY_DIRECTIVES
    assert not unknown, f"Caddy directives this test does not read: {unknown}"
    for line in site.lines:
        if line[0] != "reverse_proxy":
            continue
        args = [a for a in line[1:] if a != "{"]
        matcher, upstreams = (args[0], args[1:]) if args and args[0].startswith("/") else ("*", args)
        assert not (matcher.startswith("@")), "named matchers: not read by this test"
        if matcher == "*" or fnmatch.fnmatchcase(path, matcher):
            return upstreams[0].removeprefix("http://") if upstreams else None
    return None


def caddy_site() -> CaddySite:
    [config] = fenced_blocks(DEPLOYMENT, "caddy")
    [site] = parse_caddy(config)
    return site


def test_the_caddy_configuration_serves_the_public_host() -> None:
    # A bare host name: Caddy serves it over HTTPS with a certificate it obtains itself.
    site = caddy_site()
    assert site.addresses == [public_url_host()]


def test_caddy_forwards_every_route_of_the_app(tmp_path: Path) -> None:
    site = caddy_site()
    for method, path in app_routes(tmp_path):
        assert caddy_upstream(site, path) in BOT_UPSTREAMS, f"Caddy does not forward {method} {path} to the bot"


def test_caddy_lets_through_what_the_bot_accepts() -> None:
    site = caddy_site()
    limits = [line[1] for line in site.lines if line[0] == "max_size"]
    for limit in limits:    # Caddy's own default: no limit
        number, unit = re.match(r"^(\d+)([KMG]i?B)?$", limit).groups()  # type: ignore[union-attr]
        scale = {"KB": 1000, "MB": 1000**2, "GB": 1000**3, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3}
        assert int(number) * scale.get(unit or "", 1) >= http.MAX_BODY_BYTES


# -- the checks above can fail ---------------------------------------------------------------------------------
def test_a_configuration_forwarding_only_the_messages_is_caught() -> None:
    server = parse_nginx("""server { listen 443 ssl; location = /api/messages { proxy_pass http://127.0.0.1:3978; }
                            location / { return 404; } }""").children[0]
    assert nginx_upstream(nginx_location(server, "/api/messages")) in BOT_UPSTREAMS  # type: ignore[arg-type]
    location = nginx_location(server, "/calendar.ics")
    assert location is not None and nginx_upstream(location) is None
    site = parse_caddy("rusbot.example.se {\n reverse_proxy /api/messages 127.0.0.1:3978\n}\n")[0]
    assert caddy_upstream(site, "/api/messages") == "127.0.0.1:3978"
    assert caddy_upstream(site, "/exports/abc") is None


def test_a_proxy_pass_that_rewrites_the_path_is_caught() -> None:
    server = parse_nginx("server { location / { proxy_pass http://127.0.0.1:3978/; } }").children[0]
    with pytest.raises(AssertionError, match="rewrites the path"):
        nginx_upstream(nginx_location(server, "/calendar.ics"))  # type: ignore[arg-type]


def test_nginx_location_order_follows_its_documentation() -> None:
    server = parse_nginx("""server {
        location / { proxy_pass http://a:1; }
        location ^~ /exports/ { proxy_pass http://b:1; }
        location ~ \\.ics$ { proxy_pass http://c:1; }
        location = /calendar.ics { proxy_pass http://d:1; }
        location /api/ { proxy_pass http://e:1; }
    }""").children[0]
    where: dict[str, Any] = {p: nginx_upstream(nginx_location(server, p))  # type: ignore[arg-type]
                             for p in ("/calendar.ics", "/x.ics", "/exports/a.ics", "/api/messages", "/healthz")}
    assert where == {"/calendar.ics": "d:1", "/x.ics": "c:1", "/exports/a.ics": "b:1", "/api/messages": "e:1",
                     "/healthz": "a:1"}


def test_routes_a_tab_might_add_are_read_too(tmp_path: Path) -> None:
    async def page(_request: web.Request) -> web.Response:
        return web.Response()

    app = web.Application()
    app.router.add_get("/tab/{page}", page)
    app.router.add_static("/tab/static/", tmp_path)
    assert set(routes_of(app)) == {("GET", "/tab/sample-page"), ("GET", "/tab/static/sample.js")}
