"""Use cases that sequence the pipeline's stages over a store (see ``ingest``)."""

from rasd.service.ingest import (
    ArticleResult, Extracted, IngestResult, extract_one, ingest_articles, ingest_one,
    link_pending, recover, relink, retry_failed, store_extracted,
)

__all__ = ["ingest_articles", "ingest_one", "extract_one", "store_extracted", "link_pending",
           "retry_failed", "recover", "relink", "Extracted", "ArticleResult", "IngestResult"]
