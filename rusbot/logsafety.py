"""Log ids, never contents: libraries that would log what users wrote are kept below INFO-level
detail whatever the log level is set to.

SQLAlchemy logs statements' parameters (INFO) and result rows (DEBUG) when its engine logger is
enabled, and aiosqlite logs every call with its arguments (DEBUG): with `RUSBOT_LOG_LEVEL=DEBUG`,
or an operator turning one logger up, inspel and remissvar text would land in the logs. A filter
on those loggers drops such records; warnings and errors still pass (and the engine is created with
`hide_parameters=True`, so parameters are not in exception messages either).
"""

from __future__ import annotations

import logging

CONTENT_LOGGERS = ("sqlalchemy.engine.Engine", "sqlalchemy.engine", "aiosqlite")


class DropBelowWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.WARNING


_FILTER = DropBelowWarning()


def install() -> None:
    """Idempotent: called whenever a database is opened."""
    for name in CONTENT_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
