# placeholder until the answers branch lands
from dataclasses import dataclass


@dataclass
class Row:
    name: str
    when: str
    status: str
    text: str


@dataclass
class TimelineView:
    title: str
    today: str
    rows: list[Row]


def timeline_view(process, now, language):  # type: ignore[no-untyped-def]
    rows = [Row(i.name.get(language), "", "upcoming", i.text.get(language)) for i in process.timeline]
    return TimelineView(process.title.get(language), now.date().isoformat(), rows)
