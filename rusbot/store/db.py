"""The database: SQLite by default, PostgreSQL through DATABASE_URL, schema by Alembic migrations.

Runtime access is async (aiosqlite / psycopg); migrations run synchronously at start-up, once,
under a lock so that two processes starting together do not race.
"""

from __future__ import annotations

import ast
import contextlib
import fcntl
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from rusbot import logsafety

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

_MIGRATION_LOCK_KEY = 0x72757362  # "rusb": any constant shared by all our processes


# A database that stops answering without refusing (a silent network partition) must not hold a
# request for the kernel's default of many minutes: libpq keepalives and a TCP user timeout turn
# it into a connection error (and "försök igen") within about half a minute.
_POSTGRES_CONNECT_ARGS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                          "keepalives_count": 3, "tcp_user_timeout": 30_000}


@contextlib.contextmanager
def _unavailable_on_connection_errors() -> Iterator[None]:
    """Connection errors (not a statement's own) become `DatabaseUnavailable`, for sessions and plain
    connections alike."""
    try:
        yield
    except (OperationalError, DBAPIError, OSError) as exc:
        if isinstance(exc, DBAPIError) and not exc.connection_invalidated and not isinstance(exc, OperationalError):
            raise
        log.warning("database unavailable: %s", type(exc).__name__)
        raise DatabaseUnavailable() from exc


class DatabaseUnavailable(Exception):
    """The database cannot be reached right now; the user is asked to try again."""


def _urls(url: str) -> tuple[URL, URL]:
    """(sync URL for migrations, async URL for the app) with our chosen drivers."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite"), parsed.set(drivername="sqlite+aiosqlite")
    if backend == "postgresql":
        psycopg = parsed.set(drivername="postgresql+psycopg")
        return psycopg, psycopg
    raise ValueError(f"DATABASE_URL: unsupported database {backend!r} (use sqlite:/// or postgresql://)")


def sqlite_pragmas(dbapi_connection, _record=None) -> None:  # type: ignore[no-untyped-def]
    # WAL lets readers and one writer share the file between two bot processes; busy_timeout
    # makes a writer wait for the lock instead of failing. synchronous=NORMAL in WAL mode
    # loses nothing when the process is killed, only on power loss of the whole machine.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _alembic_config(sync_url: URL) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("rusbot.store") / "migrations"))
    config.attributes["sync_url"] = sync_url
    return config


@contextlib.contextmanager
def _migration_lock(sync_engine: Engine, sync_url: URL):  # type: ignore[no-untyped-def]
    if sync_url.get_backend_name() == "postgresql":
        with sync_engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_KEY})
                conn.commit()
        return
    database = sync_url.database
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate-lock", "a+") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock_file, fcntl.LOCK_UN)


def head_revisions() -> frozenset[str] | None:
    """The migrations' heads, from the `revision` and `down_revision` lines of their files (what
    Alembic reads by importing them); None when a file says it in a way not read here."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (resources.files("rusbot.store") / "migrations" / "versions").iterdir():
        if not path.name.endswith(".py"):
            continue
        found: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                try:
                    found[target.id] = ast.literal_eval(value)
                except ValueError:
                    return None
        revision, down = found.get("revision"), found.get("down_revision")
        downs = [] if down is None else [down] if isinstance(down, str) else down
        if not isinstance(revision, str) or not isinstance(downs, list | tuple) or \
                not all(isinstance(d, str) for d in downs):
            return None
        revisions.add(revision)
        parents.update(downs)
    return frozenset(revisions - parents) or None


def _at_heads(engine: Engine, heads: frozenset[str] | None) -> bool:
    if heads is None:
        return False
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))} == heads


def migrate(url: str) -> None:
    sync_url, _ = _urls(url)
    if sync_url.get_backend_name() == "sqlite" and sync_url.database not in (None, "", ":memory:"):
        Path(sync_url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(sync_url)
    if sync_url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", sqlite_pragmas)
    try:
        # A database already at the heads (every restart) is left alone without importing Alembic,
        # which with Mako costs about 12 MiB and a fifth of a second. Anything else: Alembic decides.
        if _at_heads(engine, head_revisions()):
            return
        from alembic import command

        with _migration_lock(engine, sync_url):
            config = _alembic_config(sync_url)
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
    finally:
        engine.dispose()


@dataclass(frozen=True)
class Database:
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def insert(self) -> Any:
        """The dialect's `insert` (with ON CONFLICT) for this database. PostgreSQL's dialect package costs
        ~0.1 s to import, so a SQLite deployment never imports it."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session whose connection errors become `DatabaseUnavailable`."""
        with _unavailable_on_connection_errors():
            async with self.sessions() as session:
                yield session

    @contextlib.asynccontextmanager
    async def connection(self) -> AsyncIterator[AsyncConnection]:
        """A plain connection (Core, no ORM session) for a few statements on a hot path, with the same
        errors as `session`. It begins a transaction on first use; commit it, or it is rolled back."""
        with _unavailable_on_connection_errors():
            async with self.engine.connect() as connection:
                yield connection

    async def close(self) -> None:
        await self.engine.dispose()


def open_database(url: str, *, run_migrations: bool = True) -> Database:
    logsafety.install()   # statements' parameters and result rows carry what users wrote: never logged
    if run_migrations:
        migrate(url)
    _, async_url = _urls(url)
    if async_url.get_backend_name() == "sqlite":
        engine = create_async_engine(async_url, hide_parameters=True)
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
    else:
        engine = create_async_engine(async_url, pool_pre_ping=True, pool_size=10, max_overflow=20,
                                     pool_timeout=10, connect_args=_POSTGRES_CONNECT_ARGS, hide_parameters=True)
    return Database(engine=engine, sessions=async_sessionmaker(engine, expire_on_commit=False))
