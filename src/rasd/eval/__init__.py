"""Gold-format scoring of extraction and linking (``rasd eval --gold DIR``; docs/eval.md).

- ``gold``: reading a gold directory (``load_gold``, ``GoldError``)
- ``match``: figure matching and claim alignment within one article
- ``score``: figure / strict / attribute scores from gold and predicted claims
- ``linking``: pairwise linking scores
- ``run``: one full run (``evaluate``); ``report``: the text report

Against an article-level coding sheet (``rasd eval --articles CSV``):

- ``coded``: reading the sheet and the category crosswalk (``load_sheet``, ``CodedError``)
- ``article_pick``: which of rasd's claims and figures stand for the article's coded fields
- ``articles``: agreement per field and the disagreements (``evaluate_articles``);
  ``article_report``: the text report
"""

from rasd.eval.gold import GoldError, GoldSet, id_filter, load_gold
from rasd.eval.run import evaluate
from rasd.eval.score import ExtractionScore, score_extraction

__all__ = ["GoldError", "GoldSet", "id_filter", "load_gold", "evaluate", "score_extraction", "ExtractionScore"]
