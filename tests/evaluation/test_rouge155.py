"""ROUGE-1.5.5's tokenisation and counts (``-m -s``), on sentences written like Timeline17's."""

from dateline.evaluation.rouge import NgramCounts, ngram_counts, ngrams, rouge_tokens


def test_tokens_drop_stopwords_hyphens_and_punctuation_and_stem_long_words() -> None:
    tokens = rouge_tokens(["Acme 's so-called `` fast lane '' plan failed on Saturday , officials said ."])
    # "'s" loses its quote and "s" is a stopword; "so-called" splits and "so" is a stopword; "said",
    # "on" and the quotes go; Porter makes "Saturday" "saturdai".
    assert tokens == ["acm", "call", "fast", "lane", "plan", "fail", "saturdai", "offici"]


def test_sentences_are_joined_so_bigrams_cross_them() -> None:
    assert rouge_tokens(["Oil leaks .", "Gulf coast braces ."]) == ["oil", "leak", "gulf", "coast", "brace"]
    assert ("leak", "gulf") in ngrams(rouge_tokens(["Oil leaks .", "Gulf coast braces ."]), 2)


def test_text_after_a_less_than_sign_is_lost_as_in_pyrouge() -> None:
    assert rouge_tokens(["Spill costs < $ 2bn so far"]) == ["spill", "cost"]


def test_counts_clip_per_reference_and_count_the_summary_once_per_reference() -> None:
    predicted = ngrams(rouge_tokens(["Oil oil oil leaks"]), 1)
    references = [ngrams(rouge_tokens(["Oil leaks , oil spreads"]), 1), ngrams([], 1)]
    assert ngram_counts(predicted, references) == NgramCounts(hits=3, reference=4, predicted=8)
