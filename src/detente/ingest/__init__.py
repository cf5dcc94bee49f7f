"""The ingest stage: readers that turn files, folders, records and stdin into Articles."""

from .readers import (
    ArticleOrError,
    article_from_record,
    decode_text,
    parse_published,
    read_articles,
    read_path,
    split_source_line,
)

__all__ = [
    "ArticleOrError",
    "article_from_record",
    "decode_text",
    "parse_published",
    "read_articles",
    "read_path",
    "split_source_line",
]
