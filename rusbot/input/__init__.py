"""Partners' input: organisation links, inspel, remissvar, quick polls, and what coordinators
see and export. Plain Python (pydantic + SQLAlchemy); `bot/features` presents it in Teams."""
