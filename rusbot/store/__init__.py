from rusbot.store.db import Database, DatabaseUnavailable, open_database

__all__ = ["Database", "DatabaseUnavailable", "open_database"]
