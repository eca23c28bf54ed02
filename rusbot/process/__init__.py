from rusbot.process.loader import DEFAULT_PROCESS_FILE, ProcessFileError, load_process
from rusbot.process.model import FuzzyDate, Language, Process, Text, TimelineItem

__all__ = [
    "DEFAULT_PROCESS_FILE",
    "FuzzyDate",
    "Language",
    "Process",
    "ProcessFileError",
    "Text",
    "TimelineItem",
    "load_process",
]
