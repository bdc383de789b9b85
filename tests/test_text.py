"""Stage 1: reading and validating input documents (issue 2: rejected inputs)."""
from pathlib import Path

import pytest

from kg.text import InputError, read_document, read_documents

INPUTS = Path(__file__).parent / "data" / "inputs"


def test_reads_text_exactly_and_sidecar_metadata():
    d = read_document(INPUTS / "good.txt")
    assert d.doc_id == "good"
    assert d.text == (INPUTS / "good.txt").read_text(encoding="utf-8")
    assert (d.title, d.outlet, d.published) == ("Trump backs Haftar", "Example News", "2019-04-19")
    assert len(d.content_hash) == 64


@pytest.mark.parametrize("name, why", [
    ("empty.txt", "empty document"),
    ("binary.txt", "binary file"),
    ("latin1.txt", "not valid UTF-8"),
    ("badsidecar.txt", "sidecar is not valid JSON"),
    ("badkey.txt", "unknown sidecar keys"),
    ("baddate.txt", "'published' must be a date"),
    ("missing.txt", "no such file"),
])
def test_rejected_inputs_name_the_file_and_the_reason(name, why):
    with pytest.raises(InputError) as e:
        read_document(INPUTS / name)
    assert name.split(".")[0] in str(e.value)
    assert why in str(e.value)


def test_folder_is_read_recursively_and_duplicate_ids_rejected(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("نص", encoding="utf-8")
    assert [d.doc_id for d in read_documents([tmp_path])] == ["x"]
    (tmp_path / "b" / "x.txt").write_text("نص آخر", encoding="utf-8")
    with pytest.raises(InputError, match="also used by"):
        read_documents([tmp_path])


def test_content_hash_changes_with_metadata(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text("نص", encoding="utf-8")
    before = read_document(f).content_hash
    (tmp_path / "d.json").write_text('{"outlet": "X"}', encoding="utf-8")
    after = read_document(f)
    assert after.content_hash != before
    assert after.text_hash == read_document(f).text_hash
