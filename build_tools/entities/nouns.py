"""Name parts that say a capitalised phrase names a day or a product, not an entity.

General English lists, written from how news phrases things, not from any
page of the evaluation corpus.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split(";") if item.strip())


# Feasts and holidays: names of days, not of people, organisations or places.
HOLIDAYS = _phrases(
    "Christmas;Christmas Eve;Christmas Day;New Year;New Year's Day;New Year's Eve;"
    "Lunar New Year;Chinese New Year;Easter;Good Friday;Thanksgiving;Halloween;Ramadan;"
    "Eid;Eid al-Fitr;Eid al-Adha;Hanukkah;Passover;Yom Kippur;Rosh Hashanah;Diwali;Holi;"
    "Independence Day;Labor Day;Labour Day;Memorial Day;Veterans Day;Boxing Day;"
    "Valentine's Day;Mother's Day;Father's Day;May Day;Bastille Day;Australia Day;"
    "Canada Day;Victory Day;Remembrance Day;Armistice Day;Black Friday;Cyber Monday"
)

# Last words of product names ("MacBook Pro", "iPod Nano", "Galaxy Ultra").
PRODUCT_TAILS = _words("Pro Plus Mini Ultra Max Lite Nano Touch Shuffle Classic Edition Deluxe")

# Number words that make a maker's name a product's ("Ford Five Hundred").
NUMBER_WORDS = _words("One Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty Fifty Hundred Thousand")
