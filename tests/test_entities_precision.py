"""Precision rules of the recogniser: names it should not highlight, or not type as it did."""

from __future__ import annotations

import pytest

from build_tools.entities.recogniser import recognise
from build_tools.model import EntityType

P, ORG, L = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE


def names(text: str) -> list[tuple[str, EntityType]]:
    return [(span.name, span.type) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. dollar fell against the yen.", []),
        ("Tickets cost 12 Canada dollars at the door.", []),
        ("The Hong Kong dollar is pegged.", []),
        ("Prices in the US dollarised quickly.", [("US", L)]),  # a word that only begins so
    ],
)
def test_country_before_dollar_is_a_currency(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


def test_a_place_never_speaks() -> None:
    # Coordination would type "Okonkwo" a place from "Lagos"; a speech verb says otherwise.
    assert names("After the rally in Lagos, Okonkwo said he would run.") == [("Lagos", L)]
    assert names("Ports in Lagos, Abuja and Kano closed.") == [("Lagos", L), ("Abuja", L), ("Kano", L)]


def test_the_goes_with_the_name_a_place_premodifies() -> None:
    # "the" belongs to "Nikkei Stock Average", not to "Japan"; before a title or a
    # person's name the place ends its own phrase and keeps it.
    (japan,) = [span for span in recognise("He recalled the Japan Nikkei Stock Average crash.") if span.name == "Japan"]
    assert japan.text == "Japan"
    (place, person) = recognise("She met the President of the United States Joe Biden.")[-2:]
    assert (place.text, person.text) == ("the United States", "Joe Biden")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("She spoke to the Acme Corporation Tuesday.", "the Acme Corporation"),
        ("He sold the Toyota I drove.", "the Toyota"),
    ],
)
def test_a_day_or_a_pronoun_after_a_name_keeps_its_the(text: str, mention: str) -> None:
    assert recognise(text)[0].text == mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is left of an office after its first title word is no person.
        ("Dana Okafor became the first Chief Strategy Officer.", [("Dana Okafor", P)]),
        # A person's name never opens with an initialism of three or more capitals.
        ("A study in the journal JAMA Pediatrics argued otherwise.", []),
        ("JJ Abrams said he would direct.", [("JJ Abrams", P)]),
        # A demonym stays an adjective even in a list with its country.
        ("They sang of Korea and Korean songs.", [("Korea", L)]),
    ],
)
def test_offices_initialisms_and_demonyms_are_no_people_or_places(
    text: str, expected: list[tuple[str, EntityType]]
) -> None:
    assert names(text) == expected
