"""Use cases that sequence the pipeline's stages over a store (see ``ingest``)."""

from rasd.service.ingest import (
    ArticleResult, Extracted, Extractor, IngestResult, extract_locally, extract_one,
    ingest_articles, ingest_one, link_pending, recover, relink, retry_failed, store_extracted,
)

__all__ = ["ingest_articles", "ingest_one", "extract_one", "extract_locally", "store_extracted",
           "link_pending", "retry_failed", "recover", "relink", "Extracted", "Extractor",
           "ArticleResult", "IngestResult"]
