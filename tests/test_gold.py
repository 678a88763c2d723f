"""Gold loader and validator (corpus.gold)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from corpus.gold import GoldError, load_gold
from corpus.paths import GOLD_DIR

TEXT = (
    'The ministry said 30 people were killed on Monday. "We are ready," Ali Hassan told reporters.'
)


def _statement(**over):
    item = {"speaker": "Ali Hassan", "speaker_type": "official", "kind": "direct",
            "snippet": "We are ready", "stance": "for"}  # fmt: skip
    item.update(over)
    return item


def _figure(**over):
    item = {"value": 30, "category": "killed", "subject": "people", "scope": "incident",
            "asof": None, "snippet": "30"}  # fmt: skip
    item.update(over)
    return item


def _gold(**over):
    data = {"id": "a1", "outlet": "Wire", "url": None, "title": None, "published": "2024-03-05",
            "statements": [_statement()], "figures": [_figure()], "notes": ""}  # fmt: skip
    data.update(over)
    return data


def _write(folder: Path, stem: str = "a1", data=None, text: str = TEXT) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    if data is not None:
        body = data if isinstance(data, str) else json.dumps(data)
        (folder / f"{stem}.json").write_text(body, encoding="utf-8")


def _errors(folder: Path) -> list[str]:
    with pytest.raises(GoldError) as info:
        load_gold(folder)
    return info.value.errors


def test_valid_pair_is_loaded_with_typed_fields(tmp_path):
    _write(tmp_path, data=_gold())
    [article] = load_gold(tmp_path)
    assert article.id == "a1"
    assert article.published == dt.date(2024, 3, 5)
    assert article.statements[0].stance == "for"
    assert article.figures[0].value == 30.0
    assert article.text == TEXT


def test_stance_and_notes_are_optional(tmp_path):
    data = _gold(statements=[_statement()])
    del data["statements"][0]["stance"]
    del data["notes"]
    _write(tmp_path, data=data)
    assert load_gold(tmp_path)[0].statements[0].stance is None


def test_bad_vocabulary_value_names_file_and_field(tmp_path):
    _write(tmp_path, data=_gold(statements=[_statement(), _statement(speaker_type="expertt")]))
    [error] = _errors(tmp_path)
    assert error.startswith("a1.json: statements[1].speaker_type: 'expertt' is not one of")


def test_every_error_is_reported_at_once(tmp_path):
    data = _gold(published="5 March", figures=[_figure(value="30", scope="total")])
    data["statements"][0]["kind"] = "quoted"
    _write(tmp_path, data=data)
    errors = _errors(tmp_path)
    fields = sorted(e.split(": ")[1] for e in errors)
    assert fields == ["figures[0].scope", "figures[0].value", "published", "statements[0].kind"]


def test_missing_and_unknown_fields_are_errors(tmp_path):
    data = _gold()
    del data["figures"][0]["category"]
    data["statements"][0]["speakr"] = "x"
    _write(tmp_path, data=data)
    errors = _errors(tmp_path)
    assert "a1.json: figures[0].category: missing" in errors
    assert "a1.json: statements[0].speakr: unknown field" in errors


def test_boolean_is_not_a_number(tmp_path):
    _write(tmp_path, data=_gold(figures=[_figure(value=True)]))
    assert _errors(tmp_path) == ["a1.json: figures[0].value: must be a number, not True"]


def test_id_must_be_the_file_stem(tmp_path):
    _write(tmp_path, data=_gold(id="a2"))
    assert _errors(tmp_path) == ["a1.json: id: 'a2' is not the file stem 'a1'"]


def test_snippet_must_occur_in_the_text(tmp_path):
    _write(tmp_path, data=_gold(statements=[_statement(snippet="we are not ready")]))
    [error] = _errors(tmp_path)
    assert error.startswith("a1.json: statements[0].snippet: 'we are not ready' is not in a1.txt")


def test_snippet_check_ignores_quote_style_and_case(tmp_path):
    _write(tmp_path, data=_gold(statements=[_statement(snippet="“we ARE ready,”")]))
    assert load_gold(tmp_path)[0].statements[0].snippet == "“we ARE ready,”"


def test_text_without_json_and_json_without_text_are_errors(tmp_path):
    _write(tmp_path, "a1", data=_gold())
    _write(tmp_path, "b2", data=None)
    (tmp_path / "c3.json").write_text(json.dumps(_gold(id="c3")), encoding="utf-8")
    errors = _errors(tmp_path)
    assert "b2.txt: no gold annotation b2.json beside it" in errors
    assert "c3.json: no article text c3.txt beside it" in errors


def test_invalid_json_is_reported_with_position_and_others_still_checked(tmp_path):
    _write(tmp_path, "a1", data='{"id": "a1",')
    _write(tmp_path, "b2", data=_gold(id="b2", url=5))
    errors = _errors(tmp_path)
    assert errors[0].startswith("a1.json: invalid JSON at line 1")
    assert errors[1] == "b2.json: url: must be a string or null, not 5"


def test_top_level_must_be_an_object(tmp_path):
    _write(tmp_path, data="[]")
    assert _errors(tmp_path) == ["a1.json: top level must be an object, not list"]


def test_empty_folder_is_an_error(tmp_path):
    assert len(_errors(tmp_path)) == 1


def test_missing_folder_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_gold(tmp_path / "nope")


def test_project_gold_is_valid():
    golds = load_gold(GOLD_DIR)
    assert [g.id for g in golds] == sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    assert all(g.statements and g.figures for g in golds)


DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev set not present (../shared/devset)")
def test_dev_set_gold_is_valid():
    assert len(load_gold(DEVSET)) == len(list(DEVSET.glob("*.json")))
