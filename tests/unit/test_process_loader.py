"""Process-file errors name the file, the place and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rusbot.process.loader import DEFAULT_PROCESS_FILE, ProcessFileError, load_process


def default_data() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(DEFAULT_PROCESS_FILE.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "process.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_default_file_loads() -> None:
    process = load_process()
    assert process.consultation_item is not None
    assert len(process.respondents) == 17


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("schema_version: 1\ntitle: {sv: \"oops\"\n  id: x\n", encoding="utf-8")
    with pytest.raises(ProcessFileError) as caught:
        load_process(path)
    message = str(caught.value)
    assert str(path) in message
    assert "rad " in message and "ogiltig YAML" in message


def test_missing_field_names_the_field(tmp_path: Path) -> None:
    data = default_data()
    del data["owner"]
    path = write(tmp_path, data)
    with pytest.raises(ProcessFileError) as caught:
        load_process(path)
    assert str(path) in str(caught.value)
    assert any(p.startswith("owner:") and "required" in p for p in caught.value.problems)


def test_bad_date_names_the_timeline_entry(tmp_path: Path) -> None:
    data = default_data()
    data["timeline"][5]["end"] = {"year": 2021, "month": 13}
    path = write(tmp_path, data)
    with pytest.raises(ProcessFileError) as caught:
        load_process(path)
    assert any("timeline[5] (id: remiss).end.month" in p for p in caught.value.problems)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProcessFileError, match="finns inte"):
        load_process(tmp_path / "nope.yaml")


def test_a_glossary_entry_needs_words_and_a_source(tmp_path: Path) -> None:
    data = default_data()
    data["glossary"][1]["terms"] = ["remiss", " "]
    del data["glossary"][2]["source"]
    with pytest.raises(ProcessFileError) as caught:
        load_process(write(tmp_path, data))
    message = str(caught.value)
    assert "glossary[1] (id: ord-oversyn).terms" in message and "a term must not be empty" in message
    assert "glossary[2] (id: ord-mandatperiod).source" in message


def test_a_process_without_a_glossary_still_loads(tmp_path: Path) -> None:
    data = default_data()
    del data["glossary"]
    assert load_process(write(tmp_path, data)).glossary == []
