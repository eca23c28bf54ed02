"""Start-up leaves a database already at the migrations' heads alone, without Alembic (issue 9's
memory and start-up budgets); any other database is Alembic's to upgrade, as before."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from rusbot.store import db


def test_the_heads_read_from_the_files_are_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(resources.files("rusbot.store") / "migrations"))
    assert db.head_revisions() == frozenset(ScriptDirectory.from_config(config).get_heads())


def _versions(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    finally:
        engine.dispose()


def test_a_database_at_the_heads_is_not_handed_to_alembic(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    db.migrate(sqlite_url)                    # a fresh file: Alembic creates the schema
    assert _versions(sqlite_url) == db.head_revisions()
    from alembic import command

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("Alembic ran on a database at the heads")

    monkeypatch.setattr(command, "upgrade", refuse)
    db.migrate(sqlite_url)                    # a restart


def test_a_database_behind_is_upgraded(sqlite_url: str) -> None:
    db.migrate(sqlite_url)
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:               # as if the last migration had not run yet
        conn.execute(text("DROP TABLE dialog_states"))
        conn.execute(text("DROP TABLE request_limits"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005_unreachable_targets' "
                          "WHERE version_num = '0006_limits_dialog_states'"))
    engine.dispose()
    db.migrate(sqlite_url)
    assert _versions(sqlite_url) == db.head_revisions()
    engine = create_engine(sqlite_url)
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM dialog_states"))
        conn.execute(text("SELECT count(*) FROM request_limits"))
    engine.dispose()
