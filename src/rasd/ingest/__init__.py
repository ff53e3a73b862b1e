"""Reading articles: text, JSON Lines / JSON, CSV and HTML files, folders and stdin →
``rasd.core.models.Article``, with one ``Problem`` per bad input instead of an exception.

    report = IngestReport()
    for article in read_paths(["news/", "feed.csv", "-"], report=report):
        ...
    print(report.summary())
"""

from rasd.ingest.columns import CsvMapping
from rasd.ingest.report import IngestReport, Problem
from rasd.ingest.samples import sample_paths
from rasd.ingest.sources import MAX_BYTES, SUFFIXES, read_paths
from rasd.ingest.split import MAX_ARTICLE_CHARS, split_article
from rasd.ingest.textcheck import unstorable

__all__ = ["read_paths", "IngestReport", "Problem", "CsvMapping", "sample_paths",
           "MAX_BYTES", "MAX_ARTICLE_CHARS", "SUFFIXES", "split_article", "unstorable"]
