"""Entities merged incrementally: the mentions of new articles are keyed as
:func:`~dateline.extract.entities.merge_entities` keys them over the whole store, reading from the store only
what their keys depend on.

A mention's entity depends on little: an organisation's or place's on the longest mention sharing its
normalised name or initials; a bare surname's on its article's full names and the store's full names with
that surname. The store keeps what keyed each mention (``mention_keys``), indexed by those names, so new
mentions are keyed by lookups, and the old mentions whose key a new one can change (sharing a form with it,
or a bare surname that a new full name may now resolve) are keyed again. Then the entities whose mentions
changed are rebuilt from their mentions, and their relations (apposition, a name containing another's) looked
up in ``entity_words``. A full name printed under a nickname ("Jim Holloway" where another article prints
"James Holloway", :func:`~dateline.extract.entities.formal_names`) is keyed by its formal form, found among the
store's few full names with its surname; a new full name that makes or unmakes such a pair keys every mention of
that surname again. Keyed this way the store holds what a merge of all its mentions gives: tests check it on the
seed corpus and on invented ones. One difference is left: whether two articles share a person named in full, which
lets a bare surname be read across them, compares the names as printed, not their formal forms.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache, partial

from dateline.extract.entities import (
    described,
    description_key,
    entity_of,
    entity_slug,
    entity_words,
    formal_names,
    full_name,
    merge_entities,
    name_forms,
    relabel_people,
)
from dateline.extract.nicknames import nickname_variants
from dateline.records import Mention
from dateline.store.attribution import iter_mentions, replace_entities
from dateline.store.entity_index import (
    KeyedMention,
    MentionKey,
    apposition_entities,
    apposition_partners,
    articles_printing,
    full_names,
    keyed_mentions,
    lengthen_forms,
    longest_named,
    mentions_of_entity,
    mentions_to_rekey,
    new_full_names,
    relink_mentions,
    replace_entity,
    save_entity_words,
    save_mention_keys,
    shares_a_full_name,
    stored_name,
    stored_related,
    word_partners,
)


def merge_all_entities(conn: sqlite3.Connection) -> None:
    """Merge every mention in the store afresh (a consolidation), and index what keyed them."""
    table = merge_entities(iter_mentions(conn))
    replace_entities(conn, table)
    index_mentions(conn, _relabelled(keyed_mentions(conn, None)))
    for entity in table.entities:
        save_entity_words(conn, entity.id, *entity_words(entity.name))


def index_mentions(conn: sqlite3.Connection, keyed: list[KeyedMention]) -> None:
    """Store what keyed these (relabelled) mentions, and the longest name of each of their forms."""
    save_mention_keys(conn, [mention_key(m) for m in keyed])
    lengthen_forms(conn, _named_forms(keyed))


def merge_new_entities(conn: sqlite3.Connection, article_ids: Iterable[str]) -> set[str]:
    """Key the mentions of these articles (new, or analysed again) into the store's entities, key again the old
    mentions they bear on, rebuild the entities that changed, and relate again those whose relations may have
    changed; return the entities that changed (gained or lost a mention, or were made or removed)."""
    new = _relabelled(keyed_mentions(conn, list(article_ids)))
    keys = [mention_key(m) for m in new]
    surnames = new_full_names(conn, [(k.form, k.surname) for k in keys if k.surname])
    nicknamed_before = {surname: _formal_forms(conn, surname) for surname in {k.surname for k in keys if k.surname}}
    save_mention_keys(conn, keys)
    formal_of = cache(partial(_formal_forms, conn))
    renamed_surnames = {surname for surname, before in nicknamed_before.items() if formal_of(surname) != before}
    forms = lengthen_forms(conn, _named_forms(new))  # only the forms whose longest name changed name others anew
    conn.execute("PRAGMA defer_foreign_keys = ON")  # mentions are linked to entities rebuilt just after
    rekeyed = {m.id: m for m in new}
    rekeyed.update({m.id: m for m in mentions_to_rekey(conn, forms, surnames, renamed_surnames)
                    if m.id not in rekeyed})
    appositive = apposition_entities(conn, list(rekeyed))
    changed = relink_mentions(conn, {mention_id: _entity_key(conn, m, formal_of) for mention_id, m in rekeyed.items()})
    renamed = {entity_id for entity_id in changed if _rebuild(conn, entity_id)}
    _relate_all(conn, renamed | appositive | apposition_entities(conn, list(rekeyed)))
    return changed


def _formal_forms(conn: sqlite3.Connection, surname: str) -> dict[str, str]:
    """:func:`~dateline.extract.entities.formal_names` over the store's full names with this surname: only the
    names a nickname pairs are looked up article by article, and most surnames have no such pair."""
    names = full_names(conn, surname, None, limit=-1)
    paired = {name for name in names for other in names if other != name and nickname_variants(name, other)}
    return formal_names(articles_printing(conn, paired)) if paired else {}


def _rebuild(conn: sqlite3.Connection, entity_id: str) -> bool:
    """Rebuild the entity from all its mentions now (deleted if it has none left); return whether it is new,
    gone or renamed: only then can a name contain its name, or its name another's, anew."""
    before = stored_name(conn, entity_id)
    group: list[Mention] = mentions_of_entity(conn, entity_id)
    rebuilt = entity_of(entity_id, group) if group else None
    replace_entity(conn, entity_id, rebuilt)
    if rebuilt is not None:
        save_entity_words(conn, entity_id, *entity_words(rebuilt.name))
    return (rebuilt.name if rebuilt else None) != before


def _relate_all(conn: sqlite3.Connection, entities: set[str]) -> None:
    """Relate these entities again, and the entities they were or are now related to (a relation is mutual)."""
    partners = {partner for entity_id in entities for partner in stored_related(conn, entity_id)}
    for entity_id in sorted(entities):
        partners |= _relate(conn, entity_id)
    for entity_id in sorted(partners - entities):
        _relate(conn, entity_id)


def _relabelled(keyed: list[KeyedMention]) -> list[KeyedMention]:
    """The mentions with their article's relabelling (a surname the tagger called a place is a person)."""
    relabelled = relabel_people([k.mention for k in keyed])
    return [KeyedMention(k.id, mention) for k, mention in zip(keyed, relabelled, strict=True)]


def _named_forms(keyed: list[KeyedMention]) -> list[tuple[str, Mention]]:
    """Each organisation's or place's forms (normalised name, initials), in article and text order."""
    return [(form, k.mention) for k in keyed if k.mention.label != "PERSON" and not described(k.mention)
            for form in name_forms(k.mention)]


def mention_key(keyed: KeyedMention) -> MentionKey:
    """What a (relabelled) mention is keyed by, as ``mention_keys`` stores it."""
    mention = keyed.mention
    if mention.label == "PERSON":
        name = mention.refers_to or mention.text
        full = " " in name and not described(mention)  # a description names no one by a surname
        return MentionKey(keyed.id, "PERSON", name, None, name.split()[-1] if full else None)
    forms = name_forms(mention)
    return MentionKey(keyed.id, mention.label, forms[0], forms[1] if len(forms) > 1 else None, None)


def _entity_key(conn: sqlite3.Connection, keyed: KeyedMention, formal_of: Callable[[str], dict[str, str]]) -> str:
    """The entity :func:`merge_entities` would give the mention, from the store's other mentions and the formal
    forms of the full names with its surname (``formal_of``)."""
    mention = keyed.mention
    if described(mention):
        return description_key(mention)
    if mention.label != "PERSON":
        label, text = longest_named(conn, name_forms(mention)[0]) or (mention.label, mention.text)  # stored: never None
        return entity_slug(label, text)
    name = mention.refers_to or mention.text
    formal = formal_of(name.split()[-1])
    if " " in name:
        return entity_slug("PERSON", formal.get(name, name))
    limit = -1 if formal else 2  # a nickname and its formal name count as one full name, so all are read

    def printed(full: str) -> set[str]:
        return {full} | {nickname for nickname, formal_name in formal.items() if formal_name == full}

    in_article = {formal.get(full, full) for full in full_names(conn, name, mention.article_id, limit)}
    everywhere = {formal.get(full, full) for full in full_names(conn, name, None, limit)}
    return entity_slug("PERSON", full_name(mention, in_article, everywhere,
                                           lambda full: shares_a_full_name(conn, mention.article_id, printed(full))))


def _relate(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    """Store the entity's relations, and return them: tied by apposition, or a name that contains or is
    contained in its own. A relation is mutual, so the caller relates each of them again too."""
    related = (apposition_partners(conn, entity_id) | word_partners(conn, entity_id)) - {entity_id}
    conn.execute("UPDATE entities SET related = ? WHERE id = ?", (json.dumps(sorted(related)), entity_id))
    return related

