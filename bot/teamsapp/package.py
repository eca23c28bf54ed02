"""Builds the Teams app package (a zip with manifest.json, the icons and the English localization
at its root) and checks it offline: the official manifest JSON schemas (vendored from the npm
package @microsoft/app-manifest into bot/teamsapp/schemas/) plus the rules they cannot express.

What comes from where:
- manifest/manifest.template.json  Swedish names and descriptions, developer, accent colour, bot scopes
- manifest/en-us.template.json     the English names and descriptions
- manifest/color.png, outline.png  the icons (manifest/make_icons.py draws them)
- settings                         the bot id (MicrosoftAppId), the Teams app id (RUSBOT_TEAMS_APP_ID,
                                   default derived from the bot id), the domain (RUSBOT_PUBLIC_URL)
- the live command table           the command lists, one per scope, Swedish in the manifest and
                                   English in the localization file
"""

from __future__ import annotations

import io
import json
import re
import uuid
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PIL import Image, UnidentifiedImageError

from bot.routing import SCOPES, Command, CommandTable

MANIFEST_VERSION = "1.24"
DEFAULT_LANGUAGE = "sv-SE"
ENGLISH_TAG = "en-us"
ENGLISH_FILE = "en-us.json"
MANIFEST_FILE = "manifest.json"
COLOR_ICON, OUTLINE_ICON = "color.png", "outline.png"
MAX_COMMANDS_PER_SCOPE = 12
SCHEMA_DIR = Path(__file__).parent / "schemas"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
# The Teams app id defaults to uuid5(NAMESPACE_URL, TEAMS_APP_ID_NAME + bot id in lower case): stable for
# one bot registration, so re-uploading a rebuilt package updates the app instead of adding a second one.
TEAMS_APP_ID_NAME = "urn:rusbot:teams-app:"


class PackageError(Exception):
    """The package cannot be built or is not valid; `problems` lists every reason."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(f"  - {p}" for p in self.problems))


def default_teams_app_id(bot_app_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, TEAMS_APP_ID_NAME + bot_app_id.strip().lower()))


def default_app_version() -> str:
    try:
        version = metadata.version("rusbot")
    except metadata.PackageNotFoundError:
        return "0.1.0"
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", version)
    return ".".join(match.groups()) if match else "0.1.0"


def find_manifest_dir() -> Path:
    """manifest/ beside the source tree (a checkout or an editable install), else in the working directory."""
    candidates = [Path(__file__).resolve().parents[2] / "manifest", Path.cwd() / "manifest"]
    for candidate in candidates:
        if (candidate / "manifest.template.json").is_file():
            return candidate
    raise PackageError([f"no manifest/manifest.template.json found (looked in {', '.join(map(str, candidates))}); "
                        "run from the repository or pass --manifest-dir"])


def domain_of(public_url: str) -> str:
    """The host of the bot's public https URL; refuses what Teams could not reach."""
    from rusbot.settings import is_loopback_host

    parts = urlsplit(public_url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or is_loopback_host(host):
        raise PackageError([f"RUSBOT_PUBLIC_URL must be the bot's public https URL (e.g. https://rusbot.example.se), "
                            f"got {public_url!r}"])
    return host


# -- building ----------------------------------------------------------------------------------------

def command_lists(commands: CommandTable) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """One command list per scope that has menu commands; the English strings as localization keys."""
    lists: list[dict[str, Any]] = []
    english: dict[str, str] = {}
    for scope in SCOPES:
        in_scope = list(commands.for_scope(scope))
        if not in_scope:
            continue
        index = len(lists)
        lists.append({"scopes": [scope], "commands": [
            {"title": c.title.sv, "description": c.description.sv} for c in in_scope]})
        for j, command in enumerate(in_scope):
            english[f"bots[0].commandLists[{index}].commands[{j}].title"] = command.title.get("en")
            english[f"bots[0].commandLists[{index}].commands[{j}].description"] = command.description.get("en")
    return lists, english


def build_files(*, bot_app_id: str, public_url: str, commands: CommandTable, teams_app_id: str | None = None,
                version: str | None = None, manifest_dir: Path | None = None) -> dict[str, bytes]:
    """The package's files by name. Raises PackageError for bad inputs (not for an invalid result:
    validate_package checks that)."""
    problems: list[str] = []
    if not bot_app_id:
        problems.append("no bot app id: set MicrosoftAppId (the Azure Bot's Microsoft App ID) or pass --app-id")
    elif not GUID.match(bot_app_id):
        problems.append(f"the bot app id is not a GUID: {bot_app_id!r}")
    teams_app_id = teams_app_id or (default_teams_app_id(bot_app_id) if bot_app_id else "")
    if teams_app_id and not GUID.match(teams_app_id):
        problems.append(f"RUSBOT_TEAMS_APP_ID is not a GUID: {teams_app_id!r}")
    try:
        domain = domain_of(public_url)
    except PackageError as exc:
        problems.extend(exc.problems)
        domain = ""
    if problems:
        raise PackageError(problems)
    directory = manifest_dir or find_manifest_dir()
    try:
        manifest = json.loads((directory / "manifest.template.json").read_text(encoding="utf-8"))
        english = json.loads((directory / "en-us.template.json").read_text(encoding="utf-8"))
        icons = {name: (directory / name).read_bytes() for name in (COLOR_ICON, OUTLINE_ICON)}
    except (OSError, ValueError) as exc:
        raise PackageError([f"cannot read the app's sources in {directory}: {exc}"]) from None

    lists, english_commands = command_lists(commands)
    manifest["manifestVersion"] = MANIFEST_VERSION
    manifest["version"] = version or default_app_version()
    manifest["id"] = teams_app_id
    manifest["localizationInfo"] = {"defaultLanguageTag": DEFAULT_LANGUAGE,
                                    "additionalLanguages": [{"languageTag": ENGLISH_TAG, "file": ENGLISH_FILE}]}
    manifest["icons"] = {"color": COLOR_ICON, "outline": OUTLINE_ICON}
    bots = manifest.get("bots") or [{}]
    bots[0]["botId"] = bot_app_id
    bots[0].setdefault("scopes", list(SCOPES))
    bots[0]["commandLists"] = lists
    manifest["bots"] = bots[:1]
    manifest = _with_host(manifest, domain)
    # Single sign-on in the tab: Teams asks Entra for a token to this app's Application ID URI.
    manifest["webApplicationInfo"] = {"id": bot_app_id, "resource": sso_resource(domain, bot_app_id)}
    manifest["validDomains"] = [domain]
    english.update(english_commands)
    return {
        MANIFEST_FILE: _json_bytes(_ordered(manifest)),
        ENGLISH_FILE: _json_bytes(english),
        **icons,
    }


_ORDER = ("$schema", "manifestVersion", "version", "id", "localizationInfo", "developer", "name", "description",
          "icons", "accentColor", "bots", "staticTabs", "configurableTabs", "validDomains", "webApplicationInfo")
HOST_PLACEHOLDER = "{{HOST}}"


def sso_resource(domain: str, bot_app_id: str) -> str:
    """The Application ID URI the tab's SSO token is issued for (bot/tab/sso.py checks it as the audience)."""
    return f"api://{domain}/{bot_app_id}"


def _with_host(node: Any, domain: str) -> Any:
    """The template's tab URLs name the bot's host as {{HOST}}."""
    if isinstance(node, dict):
        return {key: _with_host(value, domain) for key, value in node.items()}
    if isinstance(node, list):
        return [_with_host(value, domain) for value in node]
    return node.replace(HOST_PLACEHOLDER, domain) if isinstance(node, str) else node


def _ordered(manifest: dict[str, Any]) -> dict[str, Any]:
    first = {k: manifest[k] for k in _ORDER if k in manifest}
    return {**first, **{k: v for k, v in manifest.items() if k not in first}}


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def build_package(out: Path, files: Mapping[str, bytes]) -> Path:
    """Writes the zip reproducibly: fixed order, fixed timestamps."""
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2021, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    out.write_bytes(buffer.getvalue())
    return out


# -- checking ----------------------------------------------------------------------------------------

@cache
def _schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = _honour_ref_siblings(json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8")))
    return loaded


def _honour_ref_siblings(node: Any) -> Any:
    """The Teams schemas are draft-04, where keywords beside a `$ref` are ignored; they still write
    e.g. `{"maxLength": 80, "$ref": "#/definitions/nonEmptyString"}` and Teams enforces both. Rewrite
    such nodes as `allOf` so the validator checks what Teams checks."""
    if isinstance(node, list):
        return [_honour_ref_siblings(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _honour_ref_siblings(value) for key, value in node.items()}
    if "$ref" in node and len(node) > 1:
        siblings = {k: v for k, v in node.items() if k not in {"$ref", "description"}}
        if siblings:
            return {"allOf": [{"$ref": node["$ref"]}, siblings]}
    return node


def _schema_problems(document: Any, schema_name: str, label: str) -> list[str]:
    from jsonschema import Draft4Validator  # type: ignore[import-untyped]

    validator = Draft4Validator(_schema(schema_name))
    problems = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        where = "/".join(map(str, error.absolute_path)) or "(top level)"
        problems.append(f"{label}: {where}: {error.message}")
    return problems


def read_package(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as archive:
            return {info.filename: archive.read(info) for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackageError([f"{path}: not a readable zip file: {exc}"]) from None


def validate_package(files: Mapping[str, bytes] | Path, *, bot_app_id: str, commands: CommandTable,
                     public_url: str | None = None) -> list[str]:
    """Every problem found, as readable lines; an empty list means the package is good."""
    if isinstance(files, Path):
        files = read_package(files)
    problems: list[str] = []
    nested = [n for n in files if "/" in n or "\\" in n]
    if nested:
        problems.append(f"files must be at the zip's root, not in folders: {', '.join(sorted(nested))}")
    if MANIFEST_FILE not in files:
        return [*problems, f"{MANIFEST_FILE} is missing from the package"]
    try:
        manifest = json.loads(files[MANIFEST_FILE].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return [*problems, f"{MANIFEST_FILE} is not valid UTF-8 JSON: {exc}"]
    if not isinstance(manifest, dict):
        return [*problems, f"{MANIFEST_FILE} is not a JSON object"]

    problems += _schema_problems(manifest, f"MicrosoftTeams.v{MANIFEST_VERSION}.schema.json", MANIFEST_FILE)
    if manifest.get("manifestVersion") != MANIFEST_VERSION:
        problems.append(f"manifestVersion is {manifest.get('manifestVersion')!r}, expected {MANIFEST_VERSION!r}")
    problems += _id_problems(manifest, bot_app_id)
    problems += _icon_problems(manifest, files)
    problems += _command_problems(manifest, files, commands)
    problems += _tab_problems(manifest, bot_app_id)
    if public_url:
        try:
            domain = domain_of(public_url)
            if domain not in (manifest.get("validDomains") or []):
                problems.append(f"validDomains {manifest.get('validDomains')} does not include the bot's host {domain}")
        except PackageError as exc:
            problems += exc.problems
    referenced = {*(manifest.get("icons") or {}).values(),
                  *(lang.get("file") for lang in (manifest.get("localizationInfo") or {}).get("additionalLanguages", [])
                    if isinstance(lang, dict))}
    extra = sorted(set(files) - {MANIFEST_FILE} - referenced)
    if extra:
        problems.append(f"files in the package that the manifest does not use: {', '.join(extra)}")
    return problems


def _id_problems(manifest: dict[str, Any], bot_app_id: str) -> list[str]:
    problems = []
    if not GUID.match(str(manifest.get("id", ""))):
        problems.append(f"the manifest id is not a GUID: {manifest.get('id')!r}")
    bots = manifest.get("bots") or []
    if len(bots) != 1:
        return [*problems, f"expected exactly one bot, found {len(bots)}"]
    bot_id = str(bots[0].get("botId", ""))
    if not GUID.match(bot_id):
        problems.append(f"bots[0].botId is not a GUID: {bot_id!r}")
    if bot_id.lower() != bot_app_id.strip().lower():
        problems.append(f"bots[0].botId {bot_id!r} is not the bot's MicrosoftAppId {bot_app_id!r}")
    missing = set(SCOPES) - set(bots[0].get("scopes") or [])
    if missing:
        problems.append(f"the bot is not available in the scopes {sorted(missing)}")
    return problems


def _icon_problems(manifest: dict[str, Any], files: Mapping[str, bytes]) -> list[str]:
    problems = []
    icons = manifest.get("icons") or {}
    for kind, expected in (("color", (192, 192)), ("outline", (32, 32))):
        name = icons.get(kind)
        if not name or name not in files:
            problems.append(f"the {kind} icon {name!r} is not in the package")
            continue
        try:
            with warnings.catch_warnings():
                # Pillow only warns below twice its pixel limit; an icon is never near it.
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                opened = Image.open(io.BytesIO(files[name]))
            with opened as image:
                if image.format != "PNG":
                    problems.append(f"{name}: not a PNG file (Teams needs PNG icons), but {image.format}")
                    continue
                # The header's size first: nothing larger than an icon is decoded.
                if image.size != expected:
                    problems.append(f"{name}: the {kind} icon must be {expected[0]}x{expected[1]} pixels, "
                                    f"not {image.width}x{image.height}")
                    continue
                rgba = image.convert("RGBA").tobytes()
                pixels = [tuple(rgba[i:i + 4]) for i in range(0, len(rgba), 4)]
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            problems.append(f"{name}: the {kind} icon must be {expected[0]}x{expected[1]} pixels; its header "
                            "claims far more (not decoded)")
            continue
        except UnidentifiedImageError:
            problems.append(f"{name}: not a PNG file")
            continue
        except (OSError, ValueError, SyntaxError) as exc:    # Pillow's words for a broken file
            problems.append(f"{name}: a broken PNG file ({exc})")
            continue
        if kind == "outline":
            coloured = sum(1 for r, g, b, a in pixels if a > 0 and (r, g, b) != (255, 255, 255))
            if coloured:
                problems.append(f"{name}: the outline icon must be white on transparent; "
                                f"{coloured} visible pixels are not white")
            if not any(a == 0 for *_, a in pixels):
                problems.append(f"{name}: the outline icon needs a transparent background")
            if not any(a > 0 for *_, a in pixels):
                problems.append(f"{name}: the outline icon is empty (fully transparent)")
    return problems


def _tab_problems(manifest: dict[str, Any], bot_app_id: str) -> list[str]:
    """The tabs are served by the bot itself: every tab URL on a valid domain, SSO for this app."""
    problems: list[str] = []
    domains = {str(d).lower() for d in manifest.get("validDomains") or []}
    static = manifest.get("staticTabs") or []
    configurable = manifest.get("configurableTabs") or []
    if not any("personal" in (tab.get("scopes") or []) for tab in static):
        problems.append("no personal (static) tab")
    if not any("team" in (tab.get("scopes") or []) for tab in configurable):
        problems.append("no configurable tab for a team's channels")
    urls = [(f"staticTabs[{i}].{key}", tab.get(key)) for i, tab in enumerate(static)
            for key in ("contentUrl", "websiteUrl") if tab.get(key)]
    urls += [(f"configurableTabs[{i}].configurationUrl", tab.get("configurationUrl"))
             for i, tab in enumerate(configurable)]
    for where, url in urls:
        host = (urlsplit(str(url)).hostname or "").lower()
        if host not in domains or HOST_PLACEHOLDER in str(url):
            problems.append(f"{where} {url!r} is not on the bot's domain {sorted(domains)}")
    sso = manifest.get("webApplicationInfo") or {}
    if str(sso.get("id", "")).lower() != bot_app_id.strip().lower():
        problems.append(f"webApplicationInfo.id {sso.get('id')!r} is not the bot's app id {bot_app_id!r}")
    expected = [sso_resource(d, bot_app_id) for d in sorted(domains)]
    if sso.get("resource") not in expected:
        problems.append(f"webApplicationInfo.resource {sso.get('resource')!r} should be {' or '.join(expected)}")
    return problems


def _expected(commands: CommandTable, scope: str) -> list[Command]:
    return list(commands.for_scope(scope))


def _command_problems(manifest: dict[str, Any], files: Mapping[str, bytes], commands: CommandTable) -> list[str]:
    problems: list[str] = []
    bots = manifest.get("bots") or [{}]
    lists = bots[0].get("commandLists") or []
    bot_scopes = set(bots[0].get("scopes") or [])
    seen: dict[str, int] = {}
    for list_index, entry in enumerate(lists):
        for scope in entry.get("scopes") or []:
            if scope in seen:
                problems.append(f"scope {scope} has two command lists ({seen[scope]} and {list_index})")
            seen[scope] = list_index
            if scope not in bot_scopes:
                problems.append(f"command list {list_index} is for scope {scope}, where the bot is not installed")

    english = _english(manifest, files, problems)
    for scope in SCOPES:
        want = _expected(commands, scope)
        if len(want) > MAX_COMMANDS_PER_SCOPE:
            problems.append(f"the bot has {len(want)} menu commands in scope {scope}; Teams lists at most "
                            f"{MAX_COMMANDS_PER_SCOPE} (set in_menu=False on the least needed)")
        index = seen.get(scope)
        got = (lists[index].get("commands") or []) if index is not None else []
        if len(got) > MAX_COMMANDS_PER_SCOPE:
            problems.append(f"scope {scope}: {len(got)} commands, Teams allows at most {MAX_COMMANDS_PER_SCOPE}")
        got_sv = [(c.get("title"), c.get("description")) for c in got]
        want_sv = [(c.title.sv, c.description.sv) for c in want]
        if got_sv != want_sv:
            problems.append(f"scope {scope}: the manifest's commands {[t for t, _ in got_sv]} do not match the "
                            f"bot's command table {[t for t, _ in want_sv]}")
            continue
        if index is None or english is None:
            continue
        for j, command in enumerate(want):
            for field, text in (("title", command.title.get("en")), ("description", command.description.get("en"))):
                key = f"bots[0].commandLists[{index}].commands[{j}].{field}"
                if english.get(key) != text:
                    problems.append(f"{ENGLISH_FILE}: {key} is {english.get(key)!r}, the command table says {text!r}")
    if english is not None:
        pattern = re.compile(r"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$")
        for key in english:
            match = pattern.match(key)
            if match:
                i, j = int(match[1]), int(match[2])
                if i >= len(lists) or j >= len(lists[i].get("commands") or []):
                    problems.append(f"{ENGLISH_FILE}: {key} names a command the manifest does not have")
    return problems


def _english(manifest: dict[str, Any], files: Mapping[str, bytes], problems: list[str]) -> dict[str, Any] | None:
    info = manifest.get("localizationInfo") or {}
    if info.get("defaultLanguageTag") != DEFAULT_LANGUAGE:
        problems.append(f"localizationInfo.defaultLanguageTag is {info.get('defaultLanguageTag')!r}, "
                        f"expected {DEFAULT_LANGUAGE!r} (the manifest's own strings are Swedish)")
    english: dict[str, Any] | None = None
    languages = [lang for lang in info.get("additionalLanguages") or [] if isinstance(lang, dict)]
    if not any(lang.get("languageTag", "").lower() == ENGLISH_TAG for lang in languages):
        problems.append(f"no English ({ENGLISH_TAG}) localization in localizationInfo.additionalLanguages")
    for lang in languages:
        name = lang.get("file", "")
        if name not in files:
            problems.append(f"the localization file {name!r} for {lang.get('languageTag')} is not in the package")
            continue
        try:
            document = json.loads(files[name].decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            problems.append(f"{name} is not valid UTF-8 JSON: {exc}")
            continue
        problems += _schema_problems(document, f"MicrosoftTeams.Localization.v{MANIFEST_VERSION}.schema.json", name)
        if lang.get("languageTag", "").lower() == ENGLISH_TAG and isinstance(document, dict):
            english = document
    return english
