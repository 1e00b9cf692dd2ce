from __future__ import annotations

from dateline.extract.entities import is_description, mentions_from_doc, merge_entities
from dateline.extract.quotes import find_quotes
from dateline.model import Article
from dateline.nlp.pipeline import DEFAULT_COMPONENTS, make_doc, shared_pipeline
from dateline.records import Mention


def person(article: str, start: int, text: str, refers_to: str | None = None, title: str | None = None) -> Mention:
    return Mention(article, start, start + len(text), text, "PERSON", title, refers_to)


def names(table) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in table.entities}


def test_surname_joins_the_full_name_across_articles_of_one_story():
    """Articles "a" and "b" both name Antony Blinken in full: one story, where "Biden" is the Joe Biden of "a"."""
    table = merge_entities([
        person("a", 0, "Joe Biden", title="US President"), person("a", 40, "Biden"), person("b", 3, "Biden"),
        person("c", 9, "the US president", refers_to="Joe Biden"),
        person("a", 60, "Antony Blinken"), person("b", 60, "Antony Blinken"),
    ])
    assert names(table) == {"Joe Biden": ("Biden", "the US president"), "Antony Blinken": ()}
    biden = next(e for e in table.entities if e.name == "Joe Biden")
    assert biden.id == "person:joe-biden" and biden.titles == ("US President",)
    assert table.entity_for("b", 3, 8).name == "Joe Biden"


def test_surname_stays_bare_where_no_other_person_ties_the_articles():
    """"Jones" in a report on Minneapolis police is not the one "Ryan Jones" of an unrelated report on Orlando."""
    table = merge_entities([
        person("orlando", 0, "Ryan Jones"), person("orlando", 30, "Omar Mateen"),
        person("minneapolis", 0, "Jones"), person("minneapolis", 30, "Derek Chauvin"),
    ])
    assert table.entity_for("minneapolis", 0, 5).name == "Jones"
    assert table.entity_for("orlando", 0, 10).name == "Ryan Jones"


def test_shared_surname_without_evidence_is_not_merged():
    table = merge_entities([
        person("a", 0, "Donald Trump"), person("b", 0, "Eric Trump"), person("c", 0, "Trump"),
        person("a", 50, "Trump"),
    ])
    assert names(table) == {"Donald Trump": ("Trump",), "Eric Trump": (), "Trump": ()}
    assert table.entity_for("c", 0, 5).name == "Trump"
    assert table.entity_for("a", 50, 55).name == "Donald Trump"


def test_organisations_merge_on_initials_and_stay_related_not_merged():
    table = merge_entities([
        Mention("a", 0, 14, "United Nations", "ORG"), Mention("b", 0, 2, "UN", "ORG"),
        Mention("a", 20, 25, "Hamas", "ORG"),
        Mention("b", 10, 28, "Al-Qassam Brigades", "ORG", related_to="Hamas"),
        Mention("b", 40, 45, "Hamas", "ORG"),
        Mention("c", 0, 25, "Hamas-run health ministry", "ORG"),
    ])
    by_name = {e.name: e for e in table.entities}
    assert set(by_name) == {"United Nations", "Hamas", "Al-Qassam Brigades", "Hamas-run health ministry"}
    assert by_name["United Nations"].aliases == ("UN",)
    # A description (its head "ministry" in lower case) is keyed in its article, and still tied to the name in it.
    assert by_name["Hamas"].related == ("org:al-qassam-brigades", "org:hamas-run-health-ministry@c")


def test_seed_corpus_has_one_biden_one_blinken_one_netanyahu(seed_docs):
    mentions = [m for aid, doc in seed_docs.items() for m in mentions_from_doc(doc, aid, find_quotes(doc))]
    table = merge_entities(mentions)
    people = {e.name: e for e in table.entities if e.type == "PERSON"}
    for surname in ("Biden", "Blinken", "Netanyahu"):
        assert len([e for e in table.entities if surname in e.name]) == 1
    assert set(people["Joe Biden"].aliases) == {"Biden", "the US president"}
    assert set(people["Antony Blinken"].aliases) == {"Blinken", "the US official"}
    assert "Sec. of State" in people["Antony Blinken"].titles
    assert people["Benjamin Netanyahu"].aliases == ("Netanyahu",)
    hamas = next(e for e in table.entities if e.name == "Hamas")
    # "the military wing of the Hamas movement", "the health ministry of the Hamas-run enclave"; "pressure on
    # Hamas, and not just Israel" ties nothing
    assert set(hamas.related) == {"org:al-qassam-brigades", "org:health-ministry@002"}  # a description: in 002


def test_a_group_named_in_the_singular_and_the_plural_is_one_entity():
    table = merge_entities([
        Mention("a", 0, 7, "Israeli", "NORP"), Mention("b", 0, 8, "Israelis", "NORP"),
        Mention("a", 20, 25, "Swiss", "NORP"), Mention("b", 20, 30, "Palestinians", "NORP"),
    ])
    assert names(table) == {"Israelis": ("Israeli",), "Swiss": (), "Palestinians": ()}


def test_the_component_sets_the_mentions_with_quote_sources_resolved() -> None:
    text = ("US Secretary of State Antony Blinken said on Wednesday that the world must put pressure on Hamas. "
            "The US official told reporters that Blinken would travel to Cairo.")
    nlp = shared_pipeline(DEFAULT_COMPONENTS)
    doc = nlp(make_doc(nlp, Article("a", "test", text)))
    found = {(m.text, m.title, m.refers_to) for m in doc._.mentions if m.label == "PERSON"}
    assert found == {("Antony Blinken", "US Secretary of State", "Antony Blinken"),
                     ("The US official", None, "Antony Blinken")}
    assert {m.article_id for m in doc._.mentions} == {"a"}



def test_a_name_introduced_with_a_persons_role_is_a_person_and_a_bodys_stays_a_body() -> None:
    """The tagger calls "Chike Ukaegbu" an organisation; "the founder of Startup52" says who he is. "The owner of
    NBC" is a role a company holds: Comcast stays an organisation."""
    text = ("But Chike Ukaegbu, the founder of Startup52, said the accelerator is open to all founders. "
            "Comcast, the owner of NBC, said it would appeal.")
    nlp = shared_pipeline(DEFAULT_COMPONENTS)
    doc = nlp(make_doc(nlp, Article("a", "test", text)))
    labels = {m.text: m.label for m in doc._.mentions}
    assert (labels["Chike Ukaegbu"], labels["Comcast"]) == ("PERSON", "ORG")


def test_a_description_is_merged_only_in_its_article_and_ties_only_by_the_names_in_it() -> None:
    """Gaza's "health ministry" (seed 002) is not Ukraine's "Health Ministry", nor the "health ministry" of
    another article, though the tagger calls all three an organisation: a description's words pick out
    different bodies in different articles. It stays tied to Hamas, the name it is described by."""
    texts = {"gaza": "According to the health ministry of the Hamas-run enclave, 40,223 Palestinians have been killed "
                     "in Gaza by Israel’s retaliatory military attack.",
             "kyiv": "Ukraine's Health Ministry said on Monday that 12 people were killed in Kharkiv.",
             "gaza2": "According to the health ministry of the Hamas-run enclave, 40,223 Palestinians have been "
                      "killed."}
    nlp = shared_pipeline(DEFAULT_COMPONENTS)
    table = merge_entities([m for key, text in texts.items() for m in nlp(make_doc(nlp, Article(key, "test", text)))
                            ._.mentions])
    ministries = {e.id: (e.name, e.related) for e in table.entities if "ministry" in e.id}
    assert ministries == {"org:health-ministry": ("Health Ministry", ()),
                          "org:health-ministry@gaza": ("health ministry", ("org:hamas",)),
                          "org:health-ministry@gaza2": ("health ministry", ("org:hamas",))}


def test_descriptions_are_told_from_names_by_their_head_word() -> None:
    assert [is_description(n) for n in ("the health ministry", "the US official", "mother of four", "the memo",
                                        "Hamas-run health ministry", "Netanyahu’s office")] == [True] * 6
    assert [is_description(n) for n in ("Hamas", "al-Qaeda", "Apollo 11", "WordPress.org", "@rachelweinerwp",
                                        "Associated Press that", "The Who")] == [False] * 7


def test_a_tie_between_types_goes_to_the_earliest_mention_in_every_process():
    """A place typed a country in one article and a region in another: the type is the first mention's,
    never a set's hash order."""
    gpe_first = [Mention("a", 0, 4, "Gaza", "GPE"), Mention("b", 0, 4, "Gaza", "LOC")]
    assert [e.type for e in merge_entities(gpe_first).entities] == ["GPE"]
    assert [e.type for e in merge_entities(gpe_first[::-1]).entities] == ["LOC"]


def test_initials_stand_for_the_name_their_own_article_spells_out():
    table = merge_entities([
        Mention("us", 0, 26, "Centre for Disease Control", "ORG"), Mention("us", 28, 31, "CDC", "ORG"),
        Mention("cn", 0, 48, "Chinese Center for Disease Control and Prevention", "ORG"),
        Mention("cn", 60, 63, "CDC", "ORG"),
    ])
    assert table.entity_for("cn", 60, 63).name == "Chinese Center for Disease Control and Prevention"
    assert table.entity_for("us", 28, 31).name == "Centre for Disease Control"


def test_two_names_run_together_by_a_link_list_are_no_mention(nlp):
    """"the package Trump Graham backs", "Trump Roberts swears in": headlines of a link list run into the
    text make no person "Trump Graham" for a later "Graham" to join."""
    text = ("The vote has laid bare a rift between two of President Trump’s closest allies: Sens. Rand Paul says he "
            "will oppose the package Trump Graham backs war powers limits and Trump Roberts swears in senators for "
            "the trial MORE (R-S.C.).\n\n"
            "\"He is a good friend, but he is wrong on this,\" Graham said on Thursday.")
    people = [m.text for m in mentions_from_doc(nlp(text), "a") if m.label == "PERSON"]
    assert "Graham" in people and not any(name.startswith("Trump ") for name in people)


def test_a_titled_surname_joins_the_full_name_and_keeps_its_title(nlp):
    """"Prof Nyong’o", the title taken into the name by the tagger, is the Peter Anyang Nyong’o named before:
    one entity, with both titles."""
    text = ("Kisumu Governor Peter Anyang Nyong’o opened the market on Monday. Prof Nyong’o said the traders had "
            "waited long enough.")
    table = merge_entities(mentions_from_doc(nlp(text), "a"))
    [person] = [e for e in table.entities if e.type == "PERSON"]
    assert (person.name, person.titles) == ("Peter Anyang Nyong’o", ("Kisumu Governor", "Prof"))


def test_a_nickname_printed_in_one_article_joins_the_formal_name_printed_in_another():
    """One outlet prints "Jim Brannock", another "James Brannock"; the bare "Brannock" follows its article's."""
    table = merge_entities([
        person("a", 0, "Jim Brannock"), person("a", 30, "Brannock"), person("b", 0, "James Brannock"),
        person("c", 0, "Christopher Vale"), person("d", 0, "Christine Vale"), person("e", 0, "Chris Vale"),
    ])
    assert table.entity_for("a", 0, 12).name == "James Brannock"
    assert table.entity_for("a", 30, 38).id == "person:james-brannock"
    assert table.entity_for("e", 0, 10).name == "Chris Vale"  # Christopher or Christine: neither


def test_a_nickname_printed_beside_the_formal_name_in_one_article_is_another_person():
    """An article naming "Bill Ostrander" and "William Ostrander" names two people (a father and son)."""
    table = merge_entities([
        person("a", 0, "Bill Ostrander"), person("a", 40, "William Ostrander"), person("b", 0, "Bill Ostrander"),
    ])
    assert table.entity_for("b", 0, 14).name == "Bill Ostrander"
    assert table.entity_for("a", 40, 57).name == "William Ostrander"
