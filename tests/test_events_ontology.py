"""The ontology and the per-language data packs are consistent and extensible by data."""
import pytest

from khabar.events.lexicon import load_pack
from khabar.events.ontology import load_ontology
from khabar.pipeline import Pipeline, get_stage

LANGS = ["hi", "bn", "en"]


def test_every_type_has_plover_frame_and_roles():
    onto = load_ontology()
    for name in ("ARRIVE", "VISIT", "MEET", "TALKS", "GIFT", "SUPPORT", "THANK", "AGREE", "SIGN", "INVITE",
                 "PLAN_VISIT", "WARN", "ACCUSE", "DENY", "SUPPLY", "AID", "APPEAL", "ATTACK", "SANCTION", "PROTEST", "ARREST"):
        t = onto[name]
        assert t.plover and t.roles and t.frame(None)
        for slot, role in t.frame(None).items():
            roles = role.values() if isinstance(role, dict) else [role]
            assert set(roles) <= set(t.roles), (name, slot)


def test_cameo_roots_are_two_digits():
    for t in load_ontology().values():
        assert t.cameo is None or (len(t.cameo) == 3 and t.cameo_root == t.cameo[:2])


@pytest.mark.parametrize("lang", LANGS)
def test_pack_triggers_name_known_types(lang):
    pack = load_pack(lang)
    onto = load_ontology()
    assert pack is not None and pack.triggers
    for trig in pack.triggers:
        assert trig.type in onto
        assert trig.frame is None or trig.frame in onto[trig.type].frames
        assert trig.origin.startswith(f"{lang}/triggers")


def test_language_without_pack_gives_no_events():
    from khabar.events.extract import analyse
    from test_events_support import make_doc

    assert analyse(make_doc("Путин прибыл в Пхеньян.", "ru")).events == []


def test_stages_are_registered_with_requirements():
    ev, qu = get_stage("events"), get_stage("quotes")
    assert ev.requires == {"text", "sentences", "mentions"} and ev.provides == {"events"}
    assert qu.requires == {"text", "sentences", "mentions"} and qu.provides == {"quotes"}


def test_stage_runs_on_a_document():
    from test_events_support import make_doc

    doc = make_doc("Modi gave Macron a watch, Reuters reported.", "en")
    doc = Pipeline([get_stage("events"), get_stage("quotes")])(doc)
    assert [e.type for e in doc.events] == ["GIFT"] and doc.quotes[0].speaker == "reuters"
    assert doc.done == ["events", "quotes"]
