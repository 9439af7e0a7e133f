import pytest

from khabar.model import Document
from khabar.pipeline import Pipeline, PipelineError, get_stage, stage


def test_default_foundation_pipeline_builds_in_order():
    p = Pipeline.build(["clean", "langid", "segment"])
    assert p.names == ["clean", "langid", "segment"]


def test_misordered_pipeline_fails_at_build_time():
    with pytest.raises(PipelineError, match="requires"):
        Pipeline.build(["segment", "clean"])


def test_unknown_stage_is_named_in_error():
    with pytest.raises(PipelineError, match="no-such-stage"):
        Pipeline.build(["clean", "no-such-stage"])


def test_new_stage_plugs_in_without_editing_runner():
    @stage("count_words_test", requires={"text"}, provides={"word_count"})
    def count_words(doc: Document) -> Document:
        doc.meta["words"] = len(doc.text.split())
        return doc

    p = Pipeline.build(["clean", "count_words_test"])
    doc = p(Document(raw_text="one two  three"))
    assert doc.meta["words"] == 3
    assert doc.done == ["clean", "count_words_test"]
    assert get_stage("count_words_test").provides == {"word_count"}
