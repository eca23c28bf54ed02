"""What the Docker image runs, run outside Docker (no engine here): the Dockerfile's CMD as the bot
and its HEALTHCHECK command against it, with the Dockerfile's ENV plus a loopback address, a free
port and a temporary data folder."""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
APP_ID = "0b5c6b00-1111-4222-8333-444455556666"
TENANT_ID = "7e5a0000-aaaa-4bbb-8ccc-ddddeeeeffff"

pytestmark = pytest.mark.slow


def _instructions() -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", DOCKERFILE)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def _exec_form(text: str) -> list[str]:
    command = json.loads(text)
    assert isinstance(command, list), "use the exec form [\"python\", ...] so signals reach the bot"
    return [sys.executable if part == "python" else part for part in command]


def _cmd() -> list[str]:
    return _exec_form(next(rest for keyword, rest in _instructions() if keyword == "CMD"))


def _healthcheck() -> list[str]:
    rest = next(rest for keyword, rest in _instructions() if keyword == "HEALTHCHECK")
    return _exec_form(rest[rest.index("CMD") + 3:].strip())


def _image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for keyword, rest in _instructions():
        if keyword == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
    return env


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.lower().startswith(("microsoftapp", "microsoft_app", "rusbot_", "database_url"))}
    env.update(_image_env())
    env.update(extra)
    return env


def _health(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_healthcheck(), env=env, capture_output=True, text=True, timeout=30, cwd=ROOT, check=False)


@pytest.fixture
def container(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = _base_env(HOST="127.0.0.1", PORT=str(_free_port()), RUSBOT_DATA_DIR=str(tmp_path / "data"),
                    MicrosoftAppId=APP_ID, MicrosoftAppPassword="not-a-secret", MicrosoftAppTenantId=TENANT_ID,
                    RUSBOT_PUBLIC_URL="https://rusbot.example.se",
                    # Tests never call Microsoft: the signing keys fetched at start-up are looked for here.
                    RUSBOT_OPENID_METADATA_URL="http://127.0.0.1:9/no-keys-here")
    log = (tmp_path / "bot.log").open("w")
    process = subprocess.Popen(_cmd(), env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"the bot exited with {process.returncode}:\n{(tmp_path / 'bot.log').read_text()}")
            if _health(env).returncode == 0:
                break
            time.sleep(0.3)
        else:
            pytest.fail(f"the bot did not become healthy:\n{(tmp_path / 'bot.log').read_text()}")
        yield env
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_the_dockerfile_runs_as_a_non_root_user_with_a_health_check() -> None:
    keywords = dict(_instructions())
    assert keywords["FROM"] == "python:3.11-slim"
    assert keywords["USER"] not in {"root", "0"}
    assert keywords["EXPOSE"] == "3978"
    assert _cmd()[1:] == ["-m", "bot"]
    assert _healthcheck()[1:] == ["-m", "bot", "healthcheck"]


def test_entrypoint_serves_and_the_health_check_passes(container: dict[str, str], tmp_path: Path) -> None:
    result = _health(container)
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout and "production" in result.stdout
    assert (tmp_path / "data" / "rusbot.db").exists(), "the database (migrated at start) lives in RUSBOT_DATA_DIR"
    # Inside the image HOST is 0.0.0.0: the health check then asks 127.0.0.1.
    assert _health({**container, "HOST": "0.0.0.0"}).returncode == 0


def test_the_health_check_fails_when_nothing_answers(tmp_path: Path) -> None:
    env = _base_env(HOST="127.0.0.1", PORT=str(_free_port()), RUSBOT_DATA_DIR=str(tmp_path))
    result = _health(env)
    assert result.returncode == 1
    assert "unhealthy" in result.stderr


def test_the_image_refuses_to_listen_openly_without_an_app_id(tmp_path: Path) -> None:
    env = _base_env(RUSBOT_DATA_DIR=str(tmp_path))   # the image's HOST=0.0.0.0, no MicrosoftAppId
    result = subprocess.run(_cmd(), env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert "HOST=0.0.0.0 is not a loopback address" in result.stderr


def test_the_health_check_answers_1_not_2_on_bad_settings(tmp_path: Path) -> None:
    # Docker reserves exit code 2 for health checks.
    env = _base_env(RUSBOT_DATA_DIR=str(tmp_path))   # HOST=0.0.0.0 without MicrosoftAppId: invalid settings
    assert _health(env).returncode == 1
