"""An article's mention index gives entity and timeline pages what they read of it."""

from __future__ import annotations

import pickle
from pathlib import PurePosixPath

from build_tools.mention_index import index_mentions
from build_tools.model import AnnotatedArticle, Article, Block, BlockKind, Capture, CaptureFormat, Mention

TEXTS = (
    "Lee met Xi in Gyeongju. Lee and Xi spoke again. Kim stayed home.",
    "Xi left on Friday.",
)


def _annotated() -> AnnotatedArticle:
    capture = Capture(
        path=PurePosixPath("captures/a.txt"), sha256="ab" * 32, format=CaptureFormat.TEXT,
        encoding="utf-8", encoding_evidence="valid UTF-8", text="x", size=1,
    )  # fmt: skip
    article = Article(capture=capture, title="T", body=tuple(Block(BlockKind.PARAGRAPH, text) for text in TEXTS))
    found = []
    for block, text in enumerate(TEXTS):
        for name, entity_id in (("Lee", "lee"), ("Xi", "xi"), ("Kim", "kim"), ("Gyeongju", "gyeongju")):
            start = text.find(name)
            while start != -1:
                found.append(Mention(entity_id, block, start, start + len(name), name))
                start = text.find(name, start + 1)
    return AnnotatedArticle(article, tuple(sorted(found, key=lambda m: (m.block, m.start))))


def test_each_sentence_naming_an_entity_is_listed_once_with_its_mentions() -> None:
    index = index_mentions(_annotated())
    assert index.sentences("lee") == (
        (0, "Lee met Xi in Gyeongju.", ((0, 3),)),
        (0, "Lee and Xi spoke again.", ((0, 3),)),
    )
    assert index.sentences("xi") == (
        (0, "Lee met Xi in Gyeongju.", ((8, 10),)),
        (0, "Lee and Xi spoke again.", ((8, 10),)),
        (1, "Xi left on Friday.", ((0, 2),)),
    )
    assert index.sentences("kim") == ((0, "Kim stayed home.", ((0, 3),)),)


def test_a_sentence_naming_an_entity_twice_is_listed_once_with_both() -> None:
    item = _annotated()
    text = "Xi said Xi would stay."
    article = Article(capture=item.article.capture, title="T", body=(Block(BlockKind.PARAGRAPH, text),))
    index = index_mentions(AnnotatedArticle(article, (Mention("xi", 0, 0, 2, "Xi"), Mention("xi", 0, 8, 10, "Xi"))))
    assert index.sentences("xi") == ((0, text, ((0, 2), (8, 10))),)
    assert list(index.packed_sentences) == ["xi"]


def test_mentions_within_a_sentence_are_given_from_its_start() -> None:
    index = index_mentions(_annotated())
    start = TEXTS[0].index("Lee and")
    found = index.mentions_within(0, start, start + len("Lee and Xi spoke again."))
    assert [(m.entity_id, m.start, m.end, m.text) for m in found] == [("lee", 0, 3, "Lee"), ("xi", 8, 10, "Xi")]
    assert index.mentions_within(5, 0, 100) == []


def test_an_entity_not_named_has_no_sentences() -> None:
    assert index_mentions(_annotated()).sentences("nobody") == ()


def test_an_index_survives_the_cache_pickle() -> None:
    index = index_mentions(_annotated())
    again = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.sentences("xi") == index.sentences("xi")
    assert again.mentions_within(1, 0, 100) == index.mentions_within(1, 0, 100)
