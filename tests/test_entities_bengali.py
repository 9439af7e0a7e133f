"""Bengali case-ending stem check, cross-script tagger features, the training-data readers and
the batched decoder (khabar.entities.cues / tagger, scripts/ner_data.py, scripts/train_tagger.py)."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from khabar.entities import tagger as tg
from khabar.entities.cues import cues_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import ner_data  # noqa: E402


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.mark.parametrize("word,stem", [
    ("বিশ্ববিদ্যালয়ের", "বিশ্ববিদ্যালয়"),  # -ের after a consonant: the য় is the word's own
    ("মন্ত্রণালয়ের", "মন্ত্রণালয়"),
    ("সময়ের", "সময়"),
    ("রায়ের", "রায়"),  # listed in whole_words: Roy's, not রা + -য়ের
    ("মায়ের", "মা"),  # -য়ের after a vowel: the genitive
    ("পুতিনকে", "পুতিন"),
    ("চিনপিংয়ের", "চিনপিং"),  # after anusvara the genitive is written -য়ের too
    ("পিয়ংইয়ংয়ে", "পিয়ংইয়ং"),  # and the locative -য়ে
])
def test_bengali_case_ending_keeps_a_known_stem(word, stem):
    assert cues_for("bn").strip_suffix(nfc(word))[0] == nfc(stem)


def test_hindi_marker_and_bengali_ending_give_the_same_case_feature():
    hi = tg.word_features("ने", "ने", "+1", cues_for("hi"))  # पुतिन ने
    bn = tg.word_features(nfc("শেখকে"), nfc("শেখকে"), "static", cues_for("bn"))
    assert "cm=ERG" in hi and "cm=ACC" in bn
    acc = tg.word_features("को", "को", "+1", cues_for("hi"))
    assert "cm=ACC" in acc


def test_one_word_in_two_scripts_shares_its_outline_feature():
    hi = tg.word_features("सरकार", "सरकार", "static", cues_for("hi"))
    bn = tg.word_features(nfc("সরকারের"), nfc("সরকারের"), "static", cues_for("bn"))
    assert "sk=srkr" in hi and "sk=srkr" in bn


def test_duplicate_lines_are_merged_with_all_their_names():
    words = ["ক", "খ", "গ", "ঘ"]
    lines = [(words, ["B-PER", "O", "O", "O"]), (["x"], ["O"]), (words, ["O", "O", "B-LOC", "I-LOC"])]
    merged = ner_data.merge_duplicates(lines)
    assert merged == [(words, ["B-PER", "O", "B-LOC", "I-LOC"]), (["x"], ["O"])]


def test_merge_keeps_the_first_of_two_overlapping_names():
    words = ["ক", "খ"]
    merged = ner_data.merge_duplicates([(words, ["B-ORG", "I-ORG"]), (words, ["B-PER", "O"])])
    assert merged == [(words, ["B-ORG", "I-ORG"])]


def test_reliability_flags_one_name_per_line_and_untagged_stretches():
    train_tagger = pytest.importorskip("train_tagger")
    one_per_line = [([f"w{i}", "a", "b"], ["B-PER", "O", "O"]) for i in range(60)]
    sparse = [([f"s{i}", "c"], ["O", "O"]) for i in range(60)]
    drop, partial = train_tagger.reliability(one_per_line + sparse, window=40)
    assert ("w5", "a", "b") in partial and ("s50", "c") in drop
    assert ("w5", "a", "b") not in drop


def test_partial_line_fixes_given_names_and_frees_the_rest():
    train_tagger = pytest.importorskip("train_tagger")
    gold = np.array([tg.TAGS.index("B-PER"), train_tagger.FREE_NOT_INSIDE, train_tagger.FREE])
    m = train_tagger.free_mask(gold)
    assert m[0, tg.TAGS.index("B-PER")] == 0 and m[0, 0] < 0  # given: fixed
    assert m[1, tg.TAGS.index("I-PER")] < 0 and m[1, 0] == 0  # right after a name: may not extend it
    assert (m[2] == 0).all()


def test_batched_decoder_equals_plain_viterbi_and_max_marginals():
    model = tg.load_for("bn")
    rng = np.random.default_rng(1)
    emits = [rng.normal(size=(n, len(tg.TAGS))) * 3 for n in (1, 4, 9)]
    paths, margins = model.decode_batch(emits)
    T, tr = len(tg.TAGS), model._trans
    for e, path, margin in zip(emits, paths, margins):
        n = len(e)
        a = np.zeros((n, T))
        a[0] = tr[T] + e[0]
        for i in range(1, n):
            a[i] = (a[i - 1][:, None] + tr[:T]).max(0) + e[i]
        b = np.zeros((n, T))
        for i in range(n - 2, -1, -1):
            b[i] = (tr[:T] + (e[i + 1] + b[i + 1])[None]).max(1)
        mm = a + b
        assert path == mm.argmax(1).tolist()
        best = mm[np.arange(n), path].copy()
        label = [t[2:] or t for t in tg.TAGS]  # B-PER and I-PER are one label: no doubt between them
        for i, k in enumerate(path):
            mm[i, [j for j in range(T) if label[j] == label[k]]] = tg.NEG
        assert np.allclose(best - mm.max(1), margin)


def test_new_bengali_sentence_with_a_university_and_a_person():
    from khabar.entities.stage import find_entities
    from khabar.model import Document, Sentence

    text = nfc("চট্টগ্রাম বিশ্ববিদ্যালয়ের উপাচার্য মাহবুবুল হক বলেন, রাশিয়ান সেনারা সীমান্তে পৌঁছেছে।")
    doc = find_entities(Document(raw_text=text, text=text, lang="bn", sentences=[Sentence(0, len(text), "bn")]))
    texts = {m.text for m in doc.mentions}
    assert nfc("বিশ্ববিদ্যাল") not in texts and not any(t.endswith(nfc("বিশ্ববিদ্যাল")) for t in texts)
    assert nfc("রাশিয়ান সেনারা") not in texts  # a demonym and a noun: not a name
