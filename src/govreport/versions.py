"""Version groups as users read them: the documents of each group and their conflicts."""

from __future__ import annotations

from collections import defaultdict

from .store import Store


def version_groups_page(store: Store, limit: int = 100, offset: int = 0) -> tuple[list[dict], int]:
    """One page of the version groups, in the order of their ids, and how many there are."""
    ids, total = store.version_group_ids(limit, offset)
    return [group for group_id in ids for group in version_groups(store, group_id)], total


def version_groups(store: Store, group: str | None = None) -> list[dict]:
    """Every version group, or the one named ``group`` (a document's own, for its page)."""
    members: dict[str, set[str]] = defaultdict(set)
    for link in store.links("version", group):
        members[link["group_id"]].update((link["a_document"], link["b_document"]))
    conflicts: dict[str, list[dict]] = defaultdict(list)
    for link in store.links("conflict", group):
        conflicts[link["group_id"]].append(link["detail"])
    out = []
    for group_id in sorted(members):
        documents = [store.documents_by_id(doc_id) for doc_id in sorted(members[group_id])]
        out.append({"group": group_id, "documents": [d for d in documents if d], "conflicts": conflicts.get(group_id, [])})
    return out
