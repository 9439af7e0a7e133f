"""WITHDRAW: an actor pulls its troops or forces back from a place (ontology.yaml; triggers in lang/*/triggers.yaml)."""
from __future__ import annotations

import pytest

from conftest import events_of
from khabar.events.ontology import load_ontology
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.build(["clean", "langid", "segment", "entities", "time", "events", "quotes"])


def test_withdraw_is_documented_with_its_codes():
    onto = load_ontology()
    assert onto["WITHDRAW"].roles == ("actor", "place") and onto["WITHDRAW"].plover == "RETREAT"


@pytest.mark.parametrize("text,expected", [
    ("Israel withdrew its troops from Gaza.", {"actor": {"gpe:il"}, "place": {"loc:gaza"}}),
    ("इजरायल ने गाजा से अपनी सेना वापस बुला ली।", {"actor": {"gpe:il"}, "place": {"loc:gaza"}}),
    ("ইসরায়েল গাজা থেকে সেনা প্রত্যাহার করেছে।", {"actor": {"gpe:il"}, "place": {"loc:gaza"}}),
    # a country's forces named by its demonym
    ("Russian forces pulled back from Kyiv.", {"actor": {"gpe:ru"}, "place": {"city:kyiv"}}),
    ("भारत और चीन ने लद्दाख से सैनिकों को पीछे हटा लिया।", {"actor": {"gpe:in", "gpe:cn"}}),
])
def test_troops_pulled_back_from_a_place(pipe, text, expected):
    got = events_of(pipe, text, "WITHDRAW")
    assert got and all(got[0].get(role) == ids for role, ids in expected.items())


@pytest.mark.parametrize("text", [
    "Russia withdrew from the grain deal.",   # a deal left, no troops
    "The party withdrew its candidate.",
])
def test_leaving_a_deal_or_a_race_is_no_troop_withdrawal(pipe, text):
    assert events_of(pipe, text, "WITHDRAW") == []
