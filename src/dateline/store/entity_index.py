"""What keyed each entity mention, and each entity's name words (schema 18): the lookups that let
:mod:`dateline.link.entities` merge new mentions into the store's entities without reading every mention."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from dateline.records import Entity, Mention


class KeyedMention(NamedTuple):
    """A mention and its row id."""

    id: int
    mention: Mention


class MentionKey(NamedTuple):
    """What a mention is keyed by: see ``mention_keys`` in the schema."""

    mention_id: int
    label: str
    form: str
    initials: str | None
    surname: str | None


_MENTION = "m.id, m.article_id, m.start, m.end, m.text, {label}, m.title, m.refers_to, m.related_to"


def _keyed(rows: Iterable[sqlite3.Row]) -> list[KeyedMention]:
    return [KeyedMention(row[0], Mention(*row[1:])) for row in rows]


def keyed_mentions(conn: sqlite3.Connection, article_ids: list[str] | None) -> list[KeyedMention]:
    """The mentions of these articles (None: all), as tagged, in the order merging reads them."""
    where = "1" if article_ids is None else "m.article_id IN (SELECT value FROM json_each(?))"
    params = () if article_ids is None else (json.dumps(article_ids),)
    return _keyed(conn.execute(f"SELECT {_MENTION.format(label='m.label')} FROM entity_mentions m WHERE {where} "
                               "ORDER BY m.article_id, m.start", params))


def save_mention_keys(conn: sqlite3.Connection, keys: Iterable[MentionKey]) -> None:
    conn.executemany("""INSERT OR REPLACE INTO mention_keys (mention_id, label, form, initials, surname)
                        VALUES (?, ?, ?, ?, ?)""", keys)


def new_full_names(conn: sqlite3.Connection, names: Iterable[tuple[str, str]]) -> set[str]:
    """The surnames of those full ``(name, surname)`` the store does not hold yet, where the store held at most
    one full name with that surname: a bare mention of it elsewhere may now stand for another person, or for
    none. (Among two full names or more, a bare surname stands for none already.)"""
    return {surname for name, surname in names
            if conn.execute("SELECT 1 FROM mention_keys WHERE surname = ? AND form = ? LIMIT 1",
                            (surname, name)).fetchone() is None
            and len(conn.execute("SELECT DISTINCT form FROM mention_keys WHERE surname = ? LIMIT 2",
                                 (surname,)).fetchall()) < 2}


def mentions_to_rekey(conn: sqlite3.Connection, forms: set[str], surnames: set[str],
                      renamed_surnames: set[str]) -> list[KeyedMention]:
    """Stored mentions whose key new mentions may change: organisations and places named by one of ``forms``,
    bare surnames among ``surnames``, and every person with a surname among ``renamed_surnames`` (a full name
    the new mentions make a nickname of another, or no longer); with the label they were keyed by."""
    rows = conn.execute(f"""SELECT {_MENTION.format(label='k.label')} FROM mention_keys k
                            JOIN entity_mentions m ON m.id = k.mention_id
                            WHERE (k.label != 'PERSON' AND k.form IN (SELECT value FROM json_each(:forms)))
                               OR (k.label = 'PERSON' AND k.surname IS NULL
                                   AND k.form IN (SELECT value FROM json_each(:bare)))
                               OR (k.label = 'PERSON' AND k.surname IN (SELECT value FROM json_each(:renamed)))
                            ORDER BY m.article_id, m.start""",
                        {"forms": json.dumps(sorted(forms)), "bare": json.dumps(sorted(surnames | renamed_surnames)),
                         "renamed": json.dumps(sorted(renamed_surnames))})
    return _keyed(rows)


def longest_named(conn: sqlite3.Connection, form: str) -> tuple[str, str] | None:
    """The label and name of the longest organisation or place named ``form`` or by those initials; of two
    as long, the last in article and text order. None if none is stored."""
    row = conn.execute("SELECT label, text FROM entity_forms WHERE form = ?", (form,)).fetchone()
    return (row[0], row[1]) if row else None


def lengthen_forms(conn: sqlite3.Connection, mentions: Iterable[tuple[str, Mention]]) -> set[str]:
    """Take in ``(form, mention)`` pairs of organisations and places, in article and text order: a mention
    longer than its form's longest (or as long, and later) becomes it. Return the forms whose longest name or
    label changed."""
    changed = set()
    for form, mention in mentions:
        row = conn.execute("SELECT label, text, article_id, start FROM entity_forms WHERE form = ?",
                           (form,)).fetchone()
        if row is None or (len(mention.text), mention.article_id, mention.start) >= (len(row[1]), row[2], row[3]):
            conn.execute("""INSERT OR REPLACE INTO entity_forms (form, label, text, article_id, start)
                            VALUES (?, ?, ?, ?, ?)""",
                         (form, mention.label, mention.text, mention.article_id, mention.start))
            if row is None or (row[0], row[1]) != (mention.label, mention.text):
                changed.add(form)
    return changed


def full_names(conn: sqlite3.Connection, surname: str, article_id: str | None, limit: int = 2) -> set[str]:
    """Up to ``limit`` of the people's full names with this surname (-1: all), in one article (or in the whole
    store: None). A bare surname stands for the one full name, and for none of two or more, so two are enough,
    unless some are one person's under a nickname and its formal name."""
    if article_id is None:
        rows = conn.execute("""SELECT DISTINCT form FROM mention_keys WHERE surname = ? AND label = 'PERSON'
                               LIMIT ?""", (surname, limit))
    else:
        rows = conn.execute("""SELECT DISTINCT k.form FROM entity_mentions m JOIN mention_keys k ON k.mention_id = m.id
                               WHERE m.article_id = ? AND k.surname = ? AND k.label = 'PERSON' LIMIT ?""",
                            (article_id, surname, limit))
    return {row[0] for row in rows}


def articles_printing(conn: sqlite3.Connection, names: Iterable[str]) -> list[set[str]]:
    """Each article's full names among ``names``, one set per article that prints any."""
    printed: dict[str, set[str]] = {}
    for article_id, form in conn.execute("""SELECT DISTINCT m.article_id, k.form FROM mention_keys k
                                            JOIN entity_mentions m ON m.id = k.mention_id
                                            WHERE k.label = 'PERSON' AND k.surname IS NOT NULL
                                              AND k.form IN (SELECT value FROM json_each(?))""",
                                         (json.dumps(sorted(names)),)):
        printed.setdefault(article_id, set()).add(form)
    return list(printed.values())


def shares_a_full_name(conn: sqlite3.Connection, article_id: str, forms: Collection[str]) -> bool:
    """Does an article naming the person in full (as one of ``forms``: a name and its nicknames) name another
    person in full whom ``article_id`` names too (the mark of the same story, which a bare surname may then be
    read across)?"""
    row = conn.execute("""SELECT 1 FROM entity_mentions a JOIN mention_keys ka ON ka.mention_id = a.id
                          JOIN mention_keys kb ON kb.form = ka.form AND kb.label = 'PERSON' AND kb.surname IS NOT NULL
                          JOIN entity_mentions b ON b.id = kb.mention_id
                          WHERE a.article_id = :article AND ka.label = 'PERSON' AND ka.surname IS NOT NULL
                            AND ka.form NOT IN (SELECT value FROM json_each(:forms))
                            AND b.article_id != a.article_id
                            AND b.article_id IN (SELECT m.article_id FROM entity_mentions m
                                                 JOIN mention_keys k ON k.mention_id = m.id
                                                 WHERE k.form IN (SELECT value FROM json_each(:forms))
                                                   AND k.label = 'PERSON')
                          LIMIT 1""", {"article": article_id, "forms": json.dumps(sorted(forms))}).fetchone()
    return row is not None


def relink_mentions(conn: sqlite3.Connection, keys: Mapping[int, str]) -> set[str]:
    """Link each mention to its entity, and the quotes of their articles to their speakers' entities; return
    the entities that gained or lost a mention."""
    old = dict(conn.execute("SELECT id, entity_id FROM entity_mentions WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(keys)),)).fetchall())
    moved = {mention_id: key for mention_id, key in keys.items() if old.get(mention_id) != key}
    conn.executemany("UPDATE entity_mentions SET entity_id = ? WHERE id = ?",
                     [(key, mention_id) for mention_id, key in moved.items()])
    conn.execute("""UPDATE quotes SET speaker_entity_id = (
                        SELECT m.entity_id FROM entity_mentions m WHERE m.article_id = quotes.article_id
                        AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end)
                    WHERE article_id IN (SELECT article_id FROM entity_mentions
                                         WHERE id IN (SELECT value FROM json_each(?)))""", (json.dumps(list(moved)),))
    return set(moved.values()) | {old[m] for m in moved if old.get(m) is not None}


def mentions_of_entity(conn: sqlite3.Connection, entity_id: str) -> list[Mention]:
    """What an entity is built from: its mentions with the label they were keyed by, one of each kind (name,
    label, fullest name, title) as many times as it occurs, kinds in the order merging first reads them (an
    entity's name and type depend on nothing else, and a large entity has few kinds of mentions)."""
    rows = conn.execute("""SELECT min(m.article_id || ' ' || printf('%012d', m.start)) AS first, count(*),
                                  m.text, coalesce(k.label, m.label), m.title, m.refers_to
                           FROM entity_mentions m LEFT JOIN mention_keys k ON k.mention_id = m.id
                           WHERE m.entity_id = ? GROUP BY 3, 4, 5, 6 ORDER BY first""", (entity_id,))
    return [Mention(first.split()[0], int(first.split()[1]), 0, text, label, title, refers_to)
            for first, count, text, label, title, refers_to in rows for _ in range(count)]


def replace_entity(conn: sqlite3.Connection, entity_id: str, entity: Entity | None) -> None:
    """Store the entity as rebuilt (None: it has no mention left), keeping its relations until they are set."""
    if entity is None:
        conn.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        return
    conn.execute("""INSERT INTO entities (id, name, type, aliases, titles, related) VALUES (?, ?, ?, ?, ?, '[]')
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    aliases = excluded.aliases, titles = excluded.titles""",
                 (entity.id, entity.name, entity.type, json.dumps(entity.aliases), json.dumps(entity.titles)))


def save_entity_words(conn: sqlite3.Connection, entity_id: str, normal: str | None, runs: Iterable[str]) -> None:
    """Index an entity by its normalised name (whole; None for a description, which no name contains as a
    tie) and every run of its words."""
    conn.execute("DELETE FROM entity_words WHERE entity_id = ?", (entity_id,))
    whole = [(entity_id, normal, 1)] if normal is not None else []
    conn.executemany("INSERT OR IGNORE INTO entity_words (entity_id, run, whole) VALUES (?, ?, ?)",
                     [*whole, *((entity_id, run, 0) for run in runs)])


def word_partners(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    """Entities whose normalised name is a run of this one's words, or that have this one's name as a run."""
    rows = conn.execute("""SELECT other.entity_id FROM entity_words own JOIN entity_words other
                           ON other.run = own.run AND other.whole != own.whole
                           WHERE own.entity_id = ?1 AND other.entity_id != ?1""", (entity_id,))
    return {row[0] for row in rows}


def apposition_partners(conn: sqlite3.Connection, entity_id: str) -> set[str]:
    """Entities an apposition ties to this one, either way; a name stands for the entity of its last mention in
    its article, as merging reads them."""
    rows = conn.execute("""
        SELECT (SELECT y.entity_id FROM entity_mentions y WHERE y.article_id = m.article_id AND y.text = m.related_to
                ORDER BY y.start DESC LIMIT 1)
        FROM entity_mentions m WHERE m.entity_id = ?1 AND m.related_to IS NOT NULL
        UNION
        SELECT m.entity_id FROM entity_mentions n JOIN entity_mentions m
        ON m.article_id = n.article_id AND m.related_to = n.text
        WHERE n.entity_id = ?1 AND n.start = (SELECT max(y.start) FROM entity_mentions y
                                             WHERE y.article_id = m.article_id AND y.text = m.related_to)""",
                        (entity_id,))
    return {row[0] for row in rows if row[0] is not None}


def apposition_entities(conn: sqlite3.Connection, mention_ids: list[int]) -> set[str]:
    """The entities of every mention in the articles of these mentions that hold an apposition: an apposition
    ties the entities of two mentions of one article, so only these can gain or lose one when the mentions'
    entities change (asked before and after the change)."""
    rows = conn.execute("""
        SELECT DISTINCT m.entity_id FROM entity_mentions m WHERE m.entity_id IS NOT NULL
        AND m.article_id IN (SELECT r.article_id FROM entity_mentions r WHERE r.related_to IS NOT NULL
                             AND r.article_id IN (SELECT article_id FROM entity_mentions
                                                  WHERE id IN (SELECT value FROM json_each(?))))""",
                        (json.dumps(mention_ids),))
    return {row[0] for row in rows}


def stored_name(conn: sqlite3.Connection, entity_id: str) -> str | None:
    row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return row[0] if row else None


def stored_related(conn: sqlite3.Connection, entity_id: str) -> list[str]:
    row = conn.execute("SELECT related FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return json.loads(row[0]) if row else []
