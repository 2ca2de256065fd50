"""The database schema, as SQLAlchemy Core tables (the migrations create the same).

sources      one row per distinct file content (sha256), with the path it was last seen at
documents    one row per document (a file, or an item of a listing/crawl), its clean text,
             identity, warnings, the search form of its text and its MinHash signature
sections     the section tree of each document
facts        every fact, its span, evidence and fields (the common ones as columns)
regions      the places documents are about, by GB/T 2260 code
indicators   the catalog's indicators
links        relations between documents and facts: version groups, conflicts
projects     one row per investment project, linked from its mentions across documents
project_mentions  which project each project fact (a mention) is of
pairs        the tracker: each target of a place beside its outcome, kept in step by ingest
pairs_stale  places whose pairs a document written since has made out of date
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

sources = Table(
    "sources",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("format", String(16)),
    Column("encoding", String(32)),
    Column("documents", Integer, nullable=False),
    Column("ingested_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("source_sha256", String(64), ForeignKey("sources.sha256"), nullable=False),
    Column("source", Text, nullable=False),
    Column("item", Integer, nullable=False),
    Column("title", Text),
    Column("doc_type", String(32), nullable=False),
    Column("region_code", String(12)),
    Column("region_name", Text),
    Column("region_level", String(12)),
    Column("province", Text),
    Column("city", Text),
    Column("county", Text),
    Column("town", Text),
    Column("place_id", String(12)),
    Column("report_year", Integer),
    Column("reviewed_year", Integer),
    Column("plan_year", Integer),
    Column("meeting", Text),
    Column("speaker", Text),
    Column("meeting_date", String(10)),
    Column("published", String(32)),
    Column("text", Text, nullable=False),
    Column("search_text", Text, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("minhash", LargeBinary),
    Column("version_group", String(40)),
    Column("ingested_at", String(32), nullable=False),
)
Index("documents_place_year", documents.c.place_id, documents.c.report_year)
# every column the regions list groups by, so listing the places reads the index, not the texts
documents_place_names = Index("documents_place_names", documents.c.place_id, documents.c.region_name, documents.c.region_level, documents.c.province, documents.c.report_year)
Index("documents_type", documents.c.doc_type)
Index("documents_group", documents.c.version_group)
# when each document arrived: the search index asks for the latest, and for those since its mark
# (with their ids, read from the index alone)
documents_arrival = Index("documents_arrival", documents.c.ingested_at, documents.c.id)

# the text as read before cleaning, each repair the cleaner made and the alignment between the
# two (edits.py); the original is kept only where cleaning changed the text
originals = Table(
    "originals",
    metadata,
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("original", Text),
    Column("repairs", JSON, nullable=False),
    Column("alignment", JSON, nullable=False),
)

sections = Table(
    "sections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("title", Text, nullable=False),
    Column("level", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)
Index("sections_document", sections.c.document_id)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("search_text", Text, nullable=False),
    Column("indicator", String(64)),
    Column("stance", String(8)),
    Column("period", Integer),
    Column("measure", String(8)),
    Column("subject", Text),
    Column("value", Float),
    Column("value_high", Float),
    Column("unit", String(16)),
    Column("base_value", Float),
    Column("base_unit", String(16)),
    Column("modifier", String(10)),
    Column("strive", Boolean),
    Column("batch", Boolean),  # a project fact that is a batch event (N个项目集中签约): the projects page lists them
    Column("fields", JSON, nullable=False),
)
Index("facts_document", facts.c.document_id)
Index("facts_indicator", facts.c.indicator, facts.c.period, facts.c.stance)
Index("facts_kind", facts.c.kind)
facts_batch = Index("facts_batch", facts.c.batch, facts.c.base_value)  # a project fact's base_value is its amount in yuan
# (replaced by migration 011 with facts_batch_order: the batches in the projects page's order)

regions = Table(
    "regions",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("name", Text, nullable=False),
    Column("level", String(12), nullable=False),
    Column("province", Text),
    Column("city", Text),
    Column("county", Text),
    Column("place_id", String(12)),
)

indicators = Table(
    "indicators",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("measure", String(8), nullable=False),
    Column("direction", String(8), nullable=False),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # version | conflict
    Column("group_id", String(40)),
    Column("a_document", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("b_document", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float),
    Column("detail", JSON, nullable=False),
)
Index("links_kind_group", links.c.kind, links.c.group_id)

# Investment projects, rebuilt from the project facts by the link stage (project_link.py).
# ``industries`` and ``years`` hold comma-framed lists (",C38,C39,") so a filter is one LIKE.
projects = Table(
    "projects",
    metadata,
    Column("id", String(12), primary_key=True),
    Column("name", Text),
    Column("place_id", String(12)),
    Column("region_name", Text),
    Column("province", Text),
    Column("city", Text),
    Column("location", Text),
    Column("investors", Text),
    Column("industries", Text, nullable=False),
    Column("stage", String(16)),
    Column("stage_date", Text),
    Column("first_year", Integer),
    Column("last_year", Integer),
    Column("years", Text, nullable=False),
    Column("amount", Float),
    Column("amount_unit", String(16)),
    Column("base_amount", Float),
    Column("amount_kind", String(24)),
    Column("mentions", Integer, nullable=False),
)
Index("projects_place", projects.c.place_id)
# and one index for each sort of the projects list, in its own order (migration 011)

project_mentions = Table(
    "project_mentions",
    metadata,
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("project_id", String(12), nullable=False),
)
Index("project_mentions_project", project_mentions.c.project_id)

# the tracker, kept in step by ingest: each target of a place beside its outcome, with what a
# reader's tolerance for 左右 needs to judge it again (see track.py)
pairs = Table(
    "pairs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("place_id", String(12), nullable=False),
    Column("region_code", String(12)),
    Column("region_name", Text),
    Column("region_level", String(12)),
    Column("indicator", String(64), nullable=False),
    Column("period", Integer),
    Column("status", String(16), nullable=False),  # under the default tolerance
    Column("direction", String(8), nullable=False),
    Column("shortfall", Float),  # a 左右 target's shortfall: points for a rate, a share of the target else
    Column("shortfall_unit", String(8)),
    Column("target", JSON, nullable=False),
    Column("outcome", JSON),
    Column("flags", JSON, nullable=False),
)
Index("pairs_place", pairs.c.place_id, pairs.c.indicator, pairs.c.period)
Index("pairs_indicator", pairs.c.indicator, pairs.c.period)
Index("pairs_region", pairs.c.region_name, pairs.c.indicator, pairs.c.period)
# the tracker's other sorts and filters, each answered by an index at any corpus size
pair_indexes = (
    Index("pairs_indicator_region", pairs.c.indicator, pairs.c.region_name, pairs.c.period),
    Index("pairs_period_region", pairs.c.period.desc(), pairs.c.region_name, pairs.c.indicator),
    Index("pairs_status_region", pairs.c.status, pairs.c.shortfall, pairs.c.region_name, pairs.c.indicator, pairs.c.period),
    Index("pairs_shortfall", pairs.c.shortfall_unit, pairs.c.shortfall),
)

# places whose pairs are to be computed again: written in the same transaction as a document
pairs_stale = Table("pairs_stale", metadata, Column("place_id", String(12), primary_key=True))
