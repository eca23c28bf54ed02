"""The Teams app package: built from the settings and the live command table, checked offline."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from bot.features import build_tables
from bot.routing import SCOPES, Command, CommandTable
from bot.teamsapp import package
from rusbot.process.model import Text

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "0b5c6b00-1111-4222-8333-444455556666"   # a fake GUID, as the brief's CI uses
PUBLIC_URL = "https://rusbot.example.se"


def _commands() -> CommandTable:
    return build_tables()[0]


def _files(**overrides: object) -> dict[str, bytes]:
    values: dict[str, object] = {"bot_app_id": APP_ID, "public_url": PUBLIC_URL, "commands": _commands()}
    values.update(overrides)
    return package.build_files(**values)  # type: ignore[arg-type]


def _problems(files: dict[str, bytes], commands: CommandTable | None = None) -> list[str]:
    return package.validate_package(files, bot_app_id=APP_ID, commands=commands or _commands(), public_url=PUBLIC_URL)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.lower().startswith(("microsoftapp", "microsoft_app", "rusbot_"))}
    clean.update(env or {})
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=clean,
                          cwd=cwd, timeout=120, check=False)


# -- the built package ---------------------------------------------------------------------------------

def test_the_built_package_is_valid() -> None:
    assert _problems(_files()) == []


def test_manifest_carries_the_settings_and_the_swedish_strings() -> None:
    manifest = json.loads(_files()["manifest.json"])
    assert manifest["manifestVersion"] == "1.24"
    assert manifest["bots"][0]["botId"] == APP_ID
    assert manifest["id"] == package.default_teams_app_id(APP_ID) != APP_ID
    assert manifest["validDomains"] == ["rusbot.example.se"]
    assert set(manifest["bots"][0]["scopes"]) == set(SCOPES)
    assert manifest["localizationInfo"]["defaultLanguageTag"] == "sv-SE"
    assert manifest["name"]["short"] == "RUS-boten"


def test_teams_app_id_default_is_stable_and_can_be_set() -> None:
    assert package.default_teams_app_id(APP_ID) == package.default_teams_app_id(APP_ID.upper())
    # uuid5(NAMESPACE_URL, "urn:rusbot:teams-app:" + bot id), as docs/DEPLOYMENT.md says: never change it,
    # or Teams sees a new app instead of an update.
    assert package.default_teams_app_id(APP_ID) == "2575b3a1-3a2f-54e5-9f80-4849d347e095"
    chosen = "9d7c1d3e-5f60-4c1a-8b9e-0a1b2c3d4e5f"
    assert json.loads(_files(teams_app_id=chosen)["manifest.json"])["id"] == chosen


def test_command_lists_follow_the_live_command_table_in_both_languages() -> None:
    files = _files()
    manifest, english = json.loads(files["manifest.json"]), json.loads(files["en-us.json"])
    lists = manifest["bots"][0]["commandLists"]
    table = _commands()
    assert [entry["scopes"] for entry in lists] == [[s] for s in SCOPES if table.for_scope(s)]
    for i, entry in enumerate(lists):
        want = table.for_scope(entry["scopes"][0])
        assert [c["title"] for c in entry["commands"]] == [c.title.sv for c in want]
        assert [c["description"] for c in entry["commands"]] == [c.description.sv for c in want]
        for j, command in enumerate(want):
            assert english[f"bots[0].commandLists[{i}].commands[{j}].title"] == command.title.get("en")
            assert english[f"bots[0].commandLists[{i}].commands[{j}].description"] == command.description.get("en")


def test_menus_hold_only_what_everyone_can_use() -> None:
    # Teams shows a scope's command menu to every member; a coordinator-only command there only leads
    # partners to a refusal. Coordinators find theirs in "hjälp" (Command.available), not in the menu.
    table = _commands()
    by_title = {c.title.sv: c for c in table.commands}
    lists = json.loads(_files()["manifest.json"])["bots"][0]["commandLists"]
    in_menus = {c["title"] for entry in lists for c in entry["commands"]}
    assert in_menus and not [t for t in in_menus if by_title[t].coordinator_only]
    coordinators_own = {c.id for c in table.commands if c.coordinator_only}
    assert coordinators_own <= {c.id for s in SCOPES for c in table.available(s)}


def test_commands_not_in_the_menu_or_scope_are_left_out() -> None:
    async def run(_turn: object, _rest: str) -> None:
        return None

    table = CommandTable()
    table.add(Command(id="a", words=("alfa",), title=Text(sv="alfa", en="alpha"), description=Text(sv="A"), run=run),
              Command(id="b", words=("beta",), title=Text(sv="beta"), description=Text(sv="B"), run=run,
                      in_menu=False),
              Command(id="c", words=("gamma",), title=Text(sv="gamma"), description=Text(sv="C"), run=run,
                      scopes=("personal",)),
              Command(id="d", words=("delta",), title=Text(sv="delta"), description=Text(sv="D"), run=run,
                      coordinator_only=True))
    files = _files(commands=table)
    lists = json.loads(files["manifest.json"])["bots"][0]["commandLists"]
    assert {e["scopes"][0]: [c["title"] for c in e["commands"]] for e in lists} == {
        "personal": ["alfa", "gamma"], "team": ["alfa"], "groupChat": ["alfa"]}
    english = json.loads(files["en-us.json"])
    assert english["bots[0].commandLists[0].commands[0].title"] == "alpha"
    assert english["bots[0].commandLists[0].commands[1].title"] == "gamma"   # Swedish is the fallback
    assert _problems(files, table) == []


def test_zip_has_the_four_files_at_its_root_and_is_reproducible(tmp_path: Path) -> None:
    first = package.build_package(tmp_path / "a.zip", _files())
    second = package.build_package(tmp_path / "b.zip", _files())
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert sorted(archive.namelist()) == ["color.png", "en-us.json", "manifest.json", "outline.png"]
    assert package.validate_package(first, bot_app_id=APP_ID, commands=_commands(), public_url=PUBLIC_URL) == []


# -- what the checks catch -------------------------------------------------------------------------------

def _edit(files: dict[str, bytes], name: str, change: object) -> dict[str, bytes]:
    document = json.loads(files[name])
    change(document)  # type: ignore[operator]
    return {**files, name: json.dumps(document).encode()}


def test_schema_violations_are_reported_with_their_place() -> None:
    files = _edit(_files(), "manifest.json", lambda m: m["name"].update(short="x" * 31))
    assert any("manifest.json: name/short:" in p for p in _problems(files))
    files = _edit(_files(), "en-us.json", lambda e: e.update({"description.short": "y" * 81}))
    assert any(p.startswith("en-us.json: description.short:") for p in _problems(files))


def test_the_bot_id_must_be_the_app_id_and_ids_must_be_guids() -> None:
    other = package.validate_package(_files(), bot_app_id="ffffffff-1111-4222-8333-444455556666",
                                     commands=_commands())
    assert any("is not the bot's MicrosoftAppId" in p for p in other)
    files = _edit(_files(), "manifest.json", lambda m: m.update(id="not-a-guid"))
    assert any("manifest id is not a GUID" in p for p in _problems(files))


def test_command_lists_that_do_not_match_the_bot_are_reported() -> None:
    files = _edit(_files(), "manifest.json",
                  lambda m: m["bots"][0]["commandLists"][0]["commands"].append({"title": "x", "description": "y"}))
    assert any("do not match the bot's command table" in p for p in _problems(files))
    files = _edit(_files(), "en-us.json", lambda e: e.update({"bots[0].commandLists[0].commands[0].title": "hlep"}))
    assert any("the command table says 'help'" in p for p in _problems(files))


def test_more_than_twelve_commands_in_a_scope_fail() -> None:
    async def run(_turn: object, _rest: str) -> None:
        return None

    table = CommandTable()
    table.add(*(Command(id=f"c{i}", words=(f"kommando{i}",), title=Text(sv=f"kommando {i}"),
                        description=Text(sv="Ett kommando"), run=run, scopes=("team",)) for i in range(13)))
    problems = _problems(_files(commands=table), table)
    assert any("13 menu commands in scope team" in p for p in problems)


def test_icon_rules() -> None:
    files = _files()
    wrong_size = {**files, "color.png": _png(Image.new("RGB", (96, 96), (11, 92, 107)))}
    assert any("must be 192x192" in p for p in _problems(wrong_size))
    outline = Image.open(io.BytesIO(files["outline.png"])).convert("RGBA")
    outline.putpixel((16, 13), (200, 0, 0, 255))
    assert any("1 visible pixels are not white" in p for p in _problems({**files, "outline.png": _png(outline)}))
    opaque = {**files, "outline.png": _png(Image.new("RGBA", (32, 32), (255, 255, 255, 255)))}
    assert any("needs a transparent background" in p for p in _problems(opaque))
    assert any("not a PNG" in p for p in _problems({**files, "color.png": b"GIF89a"}))


def test_stray_and_nested_files_are_reported() -> None:
    files = {**_files(), "extra/readme.txt": b"hi"}
    problems = _problems(files)
    assert any("at the zip's root" in p for p in problems)
    assert any("does not use: extra/readme.txt" in p for p in problems)


def test_bad_inputs_are_refused_before_building() -> None:
    with pytest.raises(package.PackageError, match="not a GUID"):
        _files(bot_app_id="rusbot")
    with pytest.raises(package.PackageError, match="public https URL"):
        _files(public_url="http://127.0.0.1:3978")
    with pytest.raises(package.PackageError, match="RUSBOT_TEAMS_APP_ID is not a GUID"):
        _files(teams_app_id="abc")


# -- icons -------------------------------------------------------------------------------------------------

def test_icons_are_drawn_reproducibly(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "manifest"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    make_icons.write(tmp_path)
    for name in ("color.png", "outline.png"):
        fresh = Image.open(tmp_path / name).convert("RGBA")
        committed = Image.open(ROOT / "manifest" / name).convert("RGBA")
        assert fresh.size == committed.size
        worst = max(abs(a - b) for a, b in zip(fresh.tobytes(), committed.tobytes(), strict=True))
        assert worst <= 2, f"{name} differs from manifest/make_icons.py's drawing; run `python manifest/make_icons.py`"


@pytest.mark.parametrize("mode", ["RGBA", "RGB", "LA", "L", "P"])
def test_icons_in_any_png_colour_type_are_read(mode: str) -> None:
    # Pillow reads every PNG an image editor writes, interlaced ones included (the hand-written
    # reader it replaced refused those).
    files = _files()
    image = Image.open(io.BytesIO(files["color.png"])).convert(mode)
    out = io.BytesIO()
    image.save(out, format="PNG", interlace=1)
    assert _problems({**files, "color.png": out.getvalue()}) == []


def test_icons_that_are_not_png_or_are_broken_are_reported() -> None:
    files = _files()
    jpeg = io.BytesIO()
    Image.new("RGB", (192, 192), (11, 92, 107)).save(jpeg, format="JPEG")
    assert any("not a PNG file (Teams needs PNG icons), but JPEG" in p
               for p in _problems({**files, "color.png": jpeg.getvalue()}))
    truncated = files["color.png"][: len(files["color.png"]) // 2]
    assert any(p.startswith("color.png: a broken PNG file") for p in _problems({**files, "color.png": truncated}))


def test_an_icon_is_not_decoded_beyond_its_size() -> None:
    # Headers claiming more pixels than an icon (a decompression bomb's shape) are reported from the header
    # alone; and image data that inflates far beyond the header's size is read only as far as the size.
    def png_of(width: int, height: int, idat: bytes = b"") -> bytes:
        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")

    for side in (5000, 12000, 60000):     # below, within and above twice Pillow's pixel limit
        problems = _problems({**_files(), "color.png": png_of(side, side)})
        assert any(p.startswith("color.png: the color icon must be 192x192 pixels") for p in problems), problems
    inflating = png_of(192, 192, zlib.compress(bytes(200_000_000), 9))   # 200 MB of zeros in ~200 kB
    problems = _problems({**_files(), "color.png": inflating})
    assert not [p for p in problems if p.startswith("color.png")]


# -- the command line ------------------------------------------------------------------------------------

def test_cli_builds_and_checks_the_package(tmp_path: Path) -> None:
    out = tmp_path / "build" / "rusbot-teams.zip"
    result = _run_cli("package", "--out", str(out), "--app-id", APP_ID, env={"RUSBOT_PUBLIC_URL": PUBLIC_URL})
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout and APP_ID in result.stdout
    assert package.validate_package(out, bot_app_id=APP_ID, commands=_commands(), public_url=PUBLIC_URL) == []
    check = _run_cli("package", "--check", str(out), "--app-id", APP_ID, env={"RUSBOT_PUBLIC_URL": PUBLIC_URL})
    assert check.returncode == 0, check.stderr


def test_cli_takes_the_ids_from_the_settings(tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    teams_id = "5a1e0000-aaaa-4bbb-8ccc-ddddeeeeffff"
    result = _run_cli("package", "--out", str(out), env={
        "MicrosoftAppId": APP_ID, "MicrosoftAppTenantId": "7e5a0000-aaaa-4bbb-8ccc-ddddeeeeffff",
        "RUSBOT_PUBLIC_URL": PUBLIC_URL, "RUSBOT_TEAMS_APP_ID": teams_id})
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["id"], manifest["bots"][0]["botId"]) == (teams_id, APP_ID)


def test_cli_without_an_app_id_refuses_clearly(tmp_path: Path) -> None:
    result = _run_cli("package", "--out", str(tmp_path / "p.zip"), env={"RUSBOT_PUBLIC_URL": PUBLIC_URL})
    assert result.returncode == 2
    assert "MicrosoftAppId" in result.stderr and "--app-id" in result.stderr
    assert not (tmp_path / "p.zip").exists()


def test_cli_fails_on_an_invalid_package(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    other_bot = "ffffffff-1111-4222-8333-444455556666"
    files = _edit(_files(), "manifest.json", lambda m: m["bots"][0].update(botId=other_bot))
    package.build_package(bad, files)
    result = _run_cli("package", "--check", str(bad), "--app-id", APP_ID, env={"RUSBOT_PUBLIC_URL": PUBLIC_URL})
    assert result.returncode == 1
    assert "is not the bot's MicrosoftAppId" in result.stderr


def test_cli_without_a_public_url_fails(tmp_path: Path) -> None:
    result = _run_cli("package", "--out", str(tmp_path / "p.zip"), "--app-id", APP_ID)
    assert result.returncode == 1
    assert "RUSBOT_PUBLIC_URL" in result.stderr


# -- the tab -------------------------------------------------------------------------------------------
# Tabs in the manifest: https://learn.microsoft.com/en-us/microsoftteams/platform/resources/schema/manifest-schema
# (staticTabs, configurableTabs, webApplicationInfo); SSO's resource is the Application ID URI
# api://{host}/{app id} ("Register your tab app in Microsoft Entra ID" for tab SSO).

def test_the_package_has_a_personal_tab_a_channel_tab_and_single_sign_on() -> None:
    manifest = json.loads(_files()["manifest.json"])
    personal = manifest["staticTabs"][0]
    assert personal["scopes"] == ["personal"] and personal["contentUrl"] == "https://rusbot.example.se/tab/?page=overview"
    channel = manifest["configurableTabs"][0]
    assert channel["configurationUrl"] == "https://rusbot.example.se/tab/config"
    assert set(channel["scopes"]) == {"team", "groupChat"}
    assert manifest["webApplicationInfo"] == {"id": APP_ID, "resource": f"api://rusbot.example.se/{APP_ID}"}
    english = json.loads(_files()["en-us.json"])
    assert english["staticTabs[0].name"] == "Overview"
    assert "{{HOST}}" not in _files()["manifest.json"].decode()


def test_tabs_off_the_bots_domain_or_sso_for_another_app_are_reported() -> None:
    files = _edit(_files(), "manifest.json",
                  lambda m: m["staticTabs"][0].update(contentUrl="https://evil.example/tab/"))
    assert any("staticTabs[0].contentUrl" in p for p in _problems(files))
    files = _edit(_files(), "manifest.json",
                  lambda m: m["webApplicationInfo"].update(resource=f"api://evil.example/{APP_ID}"))
    assert any("webApplicationInfo.resource" in p for p in _problems(files))
    files = _edit(_files(), "manifest.json", lambda m: m.pop("configurableTabs"))
    assert "no configurable tab for a team's channels" in _problems(files)
