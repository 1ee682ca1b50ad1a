"""The rule-based recogniser on the cases news text throws at it."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_tools.entities.recogniser import recognise
from build_tools.model import EntityType

P, ORG, L = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE
E, G = EntityType.EVENT, EntityType.GROUP


SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_c3f07487757a6e66.txt"


@pytest.fixture
def seed_text() -> str:
    """The first capture's text (from captures/ once the lead copies it there)."""
    local = Path(__file__).resolve().parents[1] / "captures" / SEED.name
    return (local if local.exists() else SEED).read_text(encoding="utf-8")


def names(text: str) -> list[tuple[str, EntityType]]:
    """The names found, without the article a mention may open with (test_entities_determiners)."""
    return [(span.name, span.type) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company said it would appeal.", []),
        ("BEIJING: Chinese leader Xi Jinping spoke.", [("BEIJING", L), ("Xi Jinping", P)]),
        ("South Korea's new President Lee Jae-myung won.", [("South Korea", L), ("Lee Jae-myung", P)]),
        (
            "European Commission President Ursula von der Leyen spoke.",
            [("European Commission", ORG), ("Ursula von der Leyen", P)],
        ),
        ("He met Gov. Matt Bevin in Kentucky.", [("Matt Bevin", P), ("Kentucky", L)]),
        ("Then George W. Bush arrived.", [("George W. Bush", P)]),
        ("They met Mary\nBarra in Detroit.", [("Mary\nBarra", P), ("Detroit", L)]),
        ("the United States 's largest carmaker", [("United States", L)]),
        ("South Koreans voted.", [("South Koreans", G)]),
        ("Xi will attend the APEC summit in Gyeongju.", [("APEC", ORG), ("Gyeongju", L)]),
        ("They watched the Victory Day military parade.", [("Victory Day military parade", E)]),
        ("China, South Korea Must Safeguard Free Trade", [("China", L), ("South Korea", L)]),
        ("shares of Apple Inc. rose", [("Apple Inc.", ORG)]),
        ("a US$ 14 billion loan", []),
    ],
)
def test_cases(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


def test_possessive_left_out() -> None:
    spans = recognise("Officials in Seoul's government met.")
    assert [(s.text, s.end) for s in spans] == [("Seoul", 18)]


def test_short_form_borrows_type_of_full_name() -> None:
    assert ("Barra", P) in names("GM named Mary Barra as chief. The board chose Barra over two others.")


def test_seed_capture_names_with_empty_registry(seed_text: str) -> None:
    found = set(names(seed_text))
    expected = {
        ("Xi Jinping", P), ("Lee Jae-myung", P), ("Yoon Suk Yeol", P), ("Donald Trump", P),
        ("China", L), ("South Korea", L), ("Beijing", L), ("Seoul", L), ("Gyeongju", L),
        ("Moscow", L), ("Red Square", L), ("Taiwan", L), ("Japan", L), ("United States", L),
        ("Korean Peninsula", L), ("Xinhua", ORG), ("AFP", ORG), ("APEC", ORG),
    }
    assert expected - found == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Evidence from the sentence: apposition, coordination, speech.
        ("The automaker Chrysler cut jobs.", [("Chrysler", ORG)]),
        ("GM and Chrysler cut jobs.", [("GM", ORG), ("Chrysler", ORG)]),
        ("Sales rose, said Wiremu Tawhiri on Monday.", [("Wiremu Tawhiri", P)]),
        ("Additionally, Ford said sales rose.", [("Ford", ORG)]),
        # A bracketed figure after a list item does not break the list.
        (
            "Bids came from Acme Holdings ( $2 billion ), and Zentrix ( $1 billion ).",
            [("Acme Holdings", ORG), ("Zentrix", ORG)],
        ),
        # No evidence: a lone capitalised word or a product is no name.
        ("He bought a Taurus and a Falcon.", []),
        ("Ford will rename the Ford Taurus.", [("Ford", ORG)]),  # the maker's model is a product
        ("Ford Australia will build it.", [("Ford Australia", ORG)]),
        # Indices, model numbers, currency codes.
        ("The Dow Jones Industrial Average and the FTSE 100 fell.", []),
        ("A Boeing 747 landed.", []),
        ("It costs 5 USD.", []),
        # Offices and organisation suffixes before people.
        (
            "said Joe Leonard, Chief Operating Officer of AirTran Airways.",
            [("Joe Leonard", P), ("AirTran Airways", ORG)],
        ),
        ("the chairman of Chrysler LLC Robert Nardelli", [("Chrysler LLC", ORG), ("Robert Nardelli", P)]),
        ("Xi Jinping met Yoon Suk Yeol.", [("Xi Jinping", P), ("Yoon Suk Yeol", P)]),
        ("Thai Airways International flew.", [("Thai Airways International", ORG)]),
    ],
)
def test_evidence(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


def test_spaced_and_normal_punctuation_agree() -> None:
    spaced = names("GM 's chief , Mary Barra , said the automaker Chrysler 's sales fell .")
    normal = names("GM's chief, Mary Barra, said the automaker Chrysler's sales fell.")
    assert spaced == normal == [("GM", ORG), ("Mary Barra", P), ("Chrysler", ORG)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple held the World Wide Developers Conference (WWDC) in June. Later WWDC drew crowds.",
            [("Apple", ORG), ("World Wide Developers Conference", E), ("WWDC", E), ("WWDC", E)],
        ),
        (
            "Doctors at Medecins Sans Frontieres (MSF) said MSF would stay.",
            [("Medecins Sans Frontieres", ORG), ("MSF", ORG), ("MSF", ORG)],
        ),
    ],
)
def test_acronym_in_parentheses_shares_the_type(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A model code after a maker names the product: "A380" as well as "747".
        ("The first Airbus A380 landed.", []),
        ("It ordered the Airbus A330-200 tanker.", []),
        # An index whose name runs past the recognised words.
        ("Then the Standard & Poor 's 500 plunged.", []),
        ("The Nasdaq Composite lost 54 points.", []),
        ("The Nasdaq opened late.", [("Nasdaq", ORG)]),
        # Holidays are days, not organisations.
        ("Sales rose during the Christmas and New Year period.", []),
        # Product names ending in a model word.
        ("He showed the new MacBook Pro to reporters.", []),
    ],
)
def test_products_indices_and_days_are_no_names(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert [n for n in names(text) if n[1] in (P, ORG, L)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country before an organisation's name is part of that name.
        ("A report by the US Labor Department came out.", [("US Labor Department", ORG)]),
        ("The US Senate voted.", [("US Senate", ORG)]),
        ("China Eastern Airlines flew.", [("China Eastern Airlines", ORG)]),
        ("US President Donald Trump spoke.", [("US", L), ("Donald Trump", P)]),
        # An acronym after a country is the country's body named by its acronym.
        ("Canada RCMP officers arrived.", [("Canada RCMP", ORG)]),
        ("A US FDA panel met.", [("US FDA", ORG)]),
        ("US GDP grew.", [("US", L)]),
        # A given name before an organisation word that is also a family name.
        ("said the chairman of Chrysler LLC Jim Press.", [("Chrysler LLC", ORG), ("Jim Press", P)]),
        ("The Daily Press reported it.", [("Daily Press", ORG)]),
    ],
)
def test_national_bodies_and_surname_like_words(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Title-Case phrases with no cue are titles and headings, not organisations.
        ("She read The Wheel of Time twice.", []),
        ("They bought Habits of Highly Effective People online.", []),
        # Joined the way firm names are, they stay organisations.
        ("He joined Ernst & Young last year.", [("Ernst & Young", ORG)]),
        # The noun an 'of' phrase hangs on gives the type.
        ("The Federal Reserve Bank of New York acted.", [("Federal Reserve Bank of New York", ORG)]),
        ("She studied at the Mailman School of Public Health.", [("Mailman School of Public Health", ORG)]),
        ("He lives in the District of Columbia.", [("District of Columbia", L)]),
        # Venues are places.
        ("They played the Shoreline Amphitheatre.", [("Shoreline Amphitheatre", L)]),
    ],
)
def test_untyped_phrases_and_of_heads(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Capitals that are words, tech terms or plugs are not organisations.
        ("Polls say VOTE AND win.", []),
        ("It has a faster CPU and two USB-C ports.", []),
        ("The NFL will decide.", [("NFL", ORG)]),
        # US state abbreviations are places, and type the town beside them.
        ("He lives in Irving, TX with his family.", [("Irving", L), ("TX", L)]),
        ("SEATTLE, Calif. officials met.", [("SEATTLE", L), ("Calif.", L)]),
        ("European Aeronautic Defence & Space NV won.", [("European Aeronautic Defence & Space NV", ORG)]),
    ],
)
def test_capitals_and_state_abbreviations(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # World places beyond the largest cities: capitals, provinces, regional cities.
        ("Talks in Tbilisi and Inner Mongolia went on.", [("Tbilisi", L), ("Inner Mongolia", L)]),
        ("Flights from Sheffield and Winnipeg landed.", [("Sheffield", L), ("Winnipeg", L)]),
        # A place heading a longer place name stays one place.
        ("It landed at Chiang Mai International Airport.", [("Chiang Mai International Airport", L)]),
    ],
)
def test_world_places(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town with the state or country it lies in is one address.
        ("The show opened in Long Beach, California on Monday.", [("Long Beach, California", L)]),
        ("Flights left Nairobi , Kenya late.", [("Nairobi , Kenya", L)]),
        # A list of countries or states stays a list.
        ("Exports to Canada, Germany and Japan fell.", [("Canada", L), ("Germany", L), ("Japan", L)]),
        ("Plants in Ohio, Michigan and Indiana closed.", [("Ohio", L), ("Michigan", L), ("Indiana", L)]),
        ("Offices in Paris, Texas, Ohio and Utah.", [("Paris", L), ("Texas", L), ("Ohio", L), ("Utah", L)]),
    ],
)
def test_town_and_state_join(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country's government is the country acting (GPE convention).
        ("The Canadian Government will lend money.", [("Canadian Government", L)]),
        ("Aid from the Brazil Government came.", [("Brazil Government", L)]),
        ("A loan from Canada government sources.", [("Canada government", L)]),
        # After 'the', the country alone is the name inside a longer phrase.
        ("the Canada government said", [("Canada", L)]),
    ],
)
def test_government_is_the_place(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that is also a word opens a sentence after the full name.
        ("He met Mary Price first. Price said sales rose.", [("Mary Price", P), ("Price", P)]),
        # Before the full name, or before a capitalised word, it stays unnamed.
        ("Price rose. He met Mary Price.", [("Mary Price", P)]),
        ("He met Mary Price. Price Waterhouse agreed.", [("Mary Price", P)]),
    ],
)
def test_sentence_opening_surname(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An organisation word before 'for' heads a name that goes on.
        ("The US Agency for International Development said so.", [("US Agency for International Development", ORG)]),
        (
            "An order of the Russian government's Federal Service for the Financial Markets came.",
            [("Federal Service for the Financial Markets", ORG)],
        ),
        ("He met the Ministry for Economic Affairs today.", [("Ministry for Economic Affairs", ORG)]),
        # A name that is no organisation word does not run on over 'for'.
        ("Sales at Boeing for China rose.", [("Boeing", ORG), ("China", L)]),
    ],
)
def test_organisation_names_with_for(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company's name with one model word after it names a product.
        ("He drove a Ford Taurus to work.", []),
        ("The Ford Taurus was revived.", []),
        # A name part, a place, a title or a word opening the next line keeps the company.
        ("Shares of Ford Motor rose.", [("Ford Motor", ORG)]),
        ("Aid for Ford\nMay 05, 2006", [("Ford", ORG)]),
    ],
)
def test_maker_and_model_is_a_product(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


def test_model_named_in_number_words_is_no_name() -> None:
    assert names("Ford will rename the Ford Five Hundred to the Taurus.") == [("Ford", ORG)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names no list knows: an age or a role right after the name says a person.
        ("Police arrested Tamsin Okoro, 45, on Monday.", [("Tamsin Okoro", P)]),
        ("The driver, Dariusz Wrobel (34), was hurt.", [("Dariusz Wrobel", P)]),
        ("Tamsin Okoro, a spokeswoman for the ministry, said so.", [("Tamsin Okoro", P)]),
        ("Thandiwe Mokoena, the company's chief executive, resigned.", [("Thandiwe Mokoena", P)]),
        ("Tamsin Okoro, who now lives in Accra, left.", [("Tamsin Okoro", P), ("Accra", L)]),
        # A later mention of the surname alone is the same person.
        ("Yevgenia Albats, 61, was charged. Prosecutors say Albats lied.", [("Yevgenia Albats", P), ("Albats", P)]),
        # Not after a preposition (the phrase after the comma is the subject), not across a
        # list, not for a plural or past verb after "who" (British teams: "who are top").
        ("In Lemba Tshoka, a spokesman for the party said so.", []),
        ("She wrote The Scholars of Night, and her husband, Tom, agreed.", [("Tom", P)]),
        ("Tottenham Hotspur, who are top, won.", []),
        ("Tottenham Hotspur, who beat Chelsea, won.", []),
        # A stock code or a year is no age.
        ("Shares of Nardo Bakeries (6758) fell.", []),
        ("Lemba Tshoka, 2004, was cold.", []),
    ],
)
def test_person_described_after_the_name(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two roles of one person after the name, and a role in capitals.
        ("Lerato Mabaso, chairman and chief executive, said so.", [("Lerato Mabaso", P)]),
        ("Lerato Mabaso, CEO of the bank, said so.", [("Lerato Mabaso", P)]),
        # A relative or a plain word for a person just before the name.
        ("Her husband, Thabiso Mokoena, was not hurt.", [("Thabiso Mokoena", P)]),
        ("Police questioned the victim Lerato Mabaso at home.", [("Lerato Mabaso", P)]),
        # Players and professions before the name, an office before a comma, initials.
        ("The club's keeper Lerato Mabaso saved it.", [("Lerato Mabaso", P)]),
        ("The rapper Sipho Mokoena performed.", [("Sipho Mokoena", P)]),
        ("In June, the Home Secretary, Lerato Mabaso, approved it.", [("Lerato Mabaso", P)]),
        ("Profit rose, J.C. Mabaso, chairman, said.", [("J.C. Mabaso", P)]),
        ("N.V. DSM said profit rose.", []),
        # What only people do or undergo; a firm is fined and pleads guilty too.
        ("Lerato Mabaso died on Sunday.", [("Lerato Mabaso", P)]),
        ("Sipho Dube was arrested in Durban.", [("Sipho Dube", P), ("Durban", L)]),
        ("Sipho Dube has been elected mayor.", [("Sipho Dube", P)]),
        ("Kestrel Mabaso was fined and pleaded guilty.", []),
    ],
)
def test_more_person_cues(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Mr", "Ms", "Dr", "CEO" without a period are titles too (British style).
        ("He met Ms Nomvula Mokoena.", [("Nomvula Mokoena", P)]),
        ("He met Mr Nomvula Mokoena in Durban.", [("Nomvula Mokoena", P), ("Durban", L)]),
        ("He is CEO of Hipcricket.", []),
        # Hyphened offices and more ranks stay out of the person's span.
        ("U.N. Secretary-General Kofi Annan arrived.", [("U.N.", ORG), ("Kofi Annan", P)]),
        ("President-elect Joe Biden spoke.", [("Joe Biden", P)]),
        ("Archbishop Lerato Mabaso spoke.", [("Lerato Mabaso", P)]),
        ("Prince Bandar bin Sultan spoke.", [("Bandar bin Sultan", P)]),
    ],
)
def test_titles_before_a_person(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A family name alone stays its person's in a list with an organisation.
        (
            "Judge Lerato Mabaso ruled. He wrote to Mabaso and Goldman Sachs.",
            [("Lerato Mabaso", P), ("Mabaso", P), ("Goldman Sachs", ORG)],
        ),
        # A person's party in brackets is no acronym of the name.
        ("Thabiso Mokoena (ANC) declined to comment.", [("ANC", ORG)]),
        ("Gov. Kristi Noem (R) spoke.", [("Kristi Noem", P)]),
        ("Uralsib Capital Markets (UCM) said so.", [("Uralsib Capital Markets", ORG), ("UCM", ORG)]),
    ],
)
def test_lists_and_brackets_keep_people(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Arabic article before a family name is part of the name, not a product word.
        ("Syrian President Bashar al-Assad met the envoy.", [("Bashar al-Assad", P)]),
        ("Nabil Hamdi Ali al-Faraj was charged.", [("Nabil Hamdi Ali al-Faraj", P)]),
        # Alone, or after a place's name, it names no one.
        ("Sharm el-Sheikh hosted the talks.", []),
        ("Police sealed the al-Aqsa compound.", []),
    ],
)
def test_arabic_article_in_names(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" inside an institution's name: the whole is one name.
        (
            "The ruling came from the Drought and Famine Relief Commission.",
            [("Drought and Famine Relief Commission", ORG)],
        ),
        (
            "Fisheries and Oceans Department Director Ama Mensah said so.",
            [("Fisheries and Oceans Department", ORG), ("Ama Mensah", P)],
        ),
        (
            "Officials of the U.S. Department of Health and Human Services came.",
            [("U.S. Department of Health and Human Services", ORG)],
        ),
        (
            "It filed with the Kenyan Securities and Exchange Commission.",
            [("Kenyan Securities and Exchange Commission", ORG)],
        ),
        # Two firms, a list or a country and a union are no one name.
        ("Hershey Foods Corp. and Mars Inc. said so.", [("Hershey Foods Corp.", ORG), ("Mars Inc.", ORG)]),
        ("Talks between Ghana and Togo Commission staff began.", [("Ghana", L), ("Togo Commission", ORG)]),
    ],
)
def test_institution_names_joined_by_and(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised compass word opens the place's own name.
        ("Voters in West Bengal went to the polls.", [("West Bengal", L)]),
        ("Riots broke out in East Jerusalem.", [("East Jerusalem", L)]),
        ("He was born in Inner Mongolia.", [("Inner Mongolia", L)]),
        ("After the bombings in East Africa, U.S. forces struck.", [("East Africa", L), ("U.S.", L)]),
        ("He was born in East Chicago, Indiana, in 1957.", [("East Chicago, Indiana", L)]),
        # And so the name built on the place.
        ("The North Atlantic Treaty Organization met.", [("North Atlantic Treaty Organization", ORG)]),
        ("Shares of West Japan Railway rose.", [("West Japan Railway", ORG)]),
        # Written lower-case it only describes the place.
        ("Floods hit western Bengal.", [("Bengal", L)]),
    ],
)
def test_compass_words_in_place_names(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name particle makes a person's name without another cue.
        ("Voters backed Jean-Marie Le Pen in the first round.", [("Jean-Marie Le Pen", P)]),
        ("Voters backed Marine Le Pen in the first round.", [("Marine Le Pen", P)]),
        ("The plot was blamed on Osama bin Laden.", [("Osama bin Laden", P)]),
        ("The museum shows letters of Hendrik van Toorn.", [("Hendrik van Toorn", P)]),
        # Not in the name of a place, a firm or an event.
        ("He stayed at the Hotel La Concha.", []),
        ("The Tour de France starts in July.", [("France", L)]),
    ],
)
def test_name_particles_make_a_person(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive inside a firm's name: plain words between it and the firm's ending.
        ("Shares of Kwabena's Corp. fell.", [("Kwabena's Corp.", ORG)]),
        ("Rated by Mensah's Investors Service Inc. last week.", [("Mensah's Investors Service Inc.", ORG)]),
        ("Boateng’s Bay Co. announced terms.", [("Boateng’s Bay Co.", ORG)]),
        # An owner and a firm with its own name stay two names.
        ("Du Pont's Conoco Inc. rose.", [("Du Pont", P), ("Conoco Inc.", ORG)]),
    ],
)
def test_possessive_inside_a_firms_name(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title word after an institution and "of" names its field: no person follows.
        ("He met officials of the Ministry of Foreign Affairs.", [("Ministry of Foreign Affairs", ORG)]),
        ("The Minister of Foreign Affairs, Ama Mensah, said so.", [("Ama Mensah", P)]),
        ("Secretary of Foreign Affairs Ama Mensah said so.", [("Ama Mensah", P)]),
        # Offices before a name are still cut off.
        ("Secretary of State Baker said so.", [("Baker", P)]),
        ("Bank of Ghana Governor Kwame Mensah said so.", [("Bank of Ghana", ORG), ("Kwame Mensah", P)]),
        # A head before "of" opens a sentence too, and a known head goes on over it.
        ("Bank of Ghana said so.", [("Bank of Ghana", ORG)]),
        ("Oil output in the Gulf of Guinea rose.", [("Gulf of Guinea", L)]),
        ("Shares of Apple rose.", [("Apple", ORG)]),
    ],
)
def test_of_inside_institution_names(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day's short name opening a firm's name that a firm's ending closes.
        ("Sun Microsystems Inc. said so.", [("Sun Microsystems Inc.", ORG)]),
        ("Shares of Sun Life Financial Inc. rose.", [("Sun Life Financial Inc.", ORG)]),
        # Alone or before a date it stays no name.
        ("On Sun Nov 29 Acme Inc. said so.", [("Acme Inc.", ORG)]),
        ("In May Apple Inc. said so.", [("Apple Inc.", ORG)]),
    ],
)
def test_day_opening_a_firms_name(text: str, expected: list[tuple[str, EntityType]]) -> None:
    assert names(text) == expected
