package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Card is everything the graph holds about one entity: what `kg show`
// prints. Lists are bounded by the limit given to Card; the totals say how
// many there are in all.
type Card struct {
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Key      string   `json:"key"`
	Aliases  []string `json:"aliases"`
	Articles int      `json:"articles"` // articles that mention it

	Facts     []CardFact   `json:"facts"`      // WORKS_AT, DEVELOPED, DERIVED_FROM, either direction
	Said      []CardQuote  `json:"said"`       // its statements (a Person)
	SaidAbout []CardQuote  `json:"said_about"` // statements about it
	Events    []CardEvent  `json:"events"`
	Mentions  []ArticleRef `json:"mentioned_in"` // newest first

	SaidTotal, SaidAboutTotal, EventsTotal int `json:"-"`
}

// ArticleRef names an article as a source.
type ArticleRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	// Sentence is the article's sentence stating the fact, in a fact's
	// sources.
	Sentence string `json:"sentence,omitempty"`
}

// CardFact is one relationship of the entity. Outgoing facts read
// "entity TYPE other" (Yann LeCun WORKS_AT Meta); incoming ones "other TYPE
// entity" (Meta DEVELOPED Llama 2).
type CardFact struct {
	Type      string       `json:"type"`
	Outgoing  bool         `json:"outgoing"`
	Other     string       `json:"other"`
	OtherType string       `json:"other_type"`
	Role      string       `json:"role,omitempty"`   // the latest stated role (by publication date)
	Former    bool         `json:"former,omitempty"` // whether the latest statement calls the post former
	Since     string       `json:"since,omitempty"`  // when the latest role was first reported
	Articles  int          `json:"articles"`         // articles stating the fact
	First     string       `json:"first,omitempty"`  // earliest publication date of a stating article
	Last      string       `json:"last,omitempty"`   // latest
	Sources   []ArticleRef `json:"sources"`          // the latest stating articles (at most the card's limit), in date order
}

// CardQuote is one statement, with its speaker, what it is about, the
// earliest article that reports it and how many do.
type CardQuote struct {
	Speaker string     `json:"speaker"`
	Text    string     `json:"text"`
	Kind    string     `json:"kind"`
	About   []string   `json:"about"`
	Article ArticleRef `json:"article"` // the earliest article reporting it
	Sources int        `json:"sources"` // how many articles report it
}

// CardEvent is one event the entity takes part in.
type CardEvent struct {
	Name     string   `json:"name"`
	Date     string   `json:"date"`
	Kind     string   `json:"kind"`
	Involves []string `json:"involves"` // the others taking part
}

// entityMatch finds an entity by its key or any alias key through the
// entity_keys index, as the saved queries do.
const entityMatch = `CALL db.index.fulltext.queryNodes('entity_keys', '"' + replace(replace($key, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH e WHERE (e:Person OR e:Organization OR e:Model) AND (e.key = $key OR $key IN e.keys)
WITH e ORDER BY e.key = $key DESC, COUNT { (:Article)-[:MENTIONS]->(e) } DESC LIMIT 1
`

// cardSections are the read queries of a card, each after entityMatch.
var cardSections = map[string]string{
	"entity": `RETURN head([l IN labels(e) WHERE l IN ['Person', 'Organization', 'Model']]) AS type,
  e.name AS name, e.key AS key, coalesce(e.aliases, []) AS aliases,
  COUNT { (:Article)-[:MENTIONS]->(e) } AS articles`,
	"facts": `MATCH (e)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]-(o)
WITH e, r, o, type(r) + '\t' + startNode(r).key + '\t' + endNode(r).key AS fact
// The stating articles through the states_fact_published index (their
// date copied on STATES): how many (the fact keeps the count), the first
// and last dates, and the latest $limit of them in date order, each read
// from the index in order (queries/sources.cypher says how).
WITH e, r, o, fact, r.count AS stated
CALL (fact) {
  MATCH ()-[s:STATES]->() USING INDEX s:STATES(fact, published)
  WHERE s.fact = fact AND s.published >= ''
  WITH s ORDER BY s.fact, s.published LIMIT 1
  RETURN s.published AS first
}
CALL (fact) {
  MATCH ()-[s:STATES]->() USING INDEX s:STATES(fact, published)
  WHERE s.fact = fact AND s.published >= ''
  WITH s ORDER BY s.fact DESC, s.published DESC LIMIT 1
  RETURN s.published AS last
}
CALL (fact) {
  MATCH (a:Article)-[s:STATES]->() USING INDEX s:STATES(fact, published)
  WHERE s.fact = fact AND s.published >= ''
  WITH a, s ORDER BY s.fact DESC, s.published DESC, a.title DESC LIMIT $limit
  WITH a, s ORDER BY a.published, a.title
  RETURN collect(a {.id, .title, .published, .url, .source, sentence: s.sentence}) AS sources
}
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.name AS other,
  head([l IN labels(o) WHERE l IN ['Person', 'Organization', 'Model']]) AS other_type,
  coalesce(r.latest_role, r.role) AS role,
  CASE WHEN r.latest_role IS NULL THEN coalesce(r.former, false) ELSE r.latest_former END AS former,
  r.since AS since, stated, first, last, sources
ORDER BY type, outgoing DESC, former, other`,
	"said":  quotesSection("SAID", "out", "e.name"),
	"about": quotesSection("ABOUT", "in", "p.name"),
	"events": `MATCH (ev:Event)-[:INVOLVES]->(e)
WITH e, ev ORDER BY ev.date, ev.name
WITH e, collect(ev) AS found
UNWIND found[..$limit] AS ev
RETURN ev.name AS name, ev.date AS date, ev.kind AS kind,
  [(ev)-[:INVOLVES]->(x) WHERE x <> e | x.name] AS involves, size(found) AS total`,
	"mentions": `MATCH (a:Article)-[:MENTIONS]->(e)
RETURN a {.id, .title, .published, .url, .source} AS article
ORDER BY a.published DESC, a.title LIMIT $limit`,
}

// quotesSection is a card's list of statements by or about e, newest
// first: said is the pattern from e to its statements' relationship s
// (SAID or ABOUT, both carrying their statement's first_reported under a
// range index). As in the saved queries who-said and quotes-by, an entity
// with 1% or more of all statements has its newest ones read from that
// index, newest first until $limit are its own; the date of the limit-th is
// the cut. Other entities rank their statements by the date of their
// earliest report, which the Quote keeps (first_reported; read from its
// reports on a graph written before kg kept it). Either way only the
// statements that can be among the newest $limit have their reports read:
// a speaker in half the articles has thousands.
func quotesSection(rel, end, speaker string) string {
	// pattern binds s and q from e; indexed scans the index and keeps e's.
	pattern := "(e)-[s:" + rel + "]->(q:Quote)"
	indexed := "(e2)-[s:" + rel + "]->(q:Quote)"
	degree := "(e)-[:" + rel + "]->()"
	all := "()-[:" + rel + "]->()"
	if end == "in" {
		pattern = "(q:Quote)-[s:" + rel + "]->(e)"
		indexed = "(q:Quote)-[s:" + rel + "]->(e2)"
		degree = "()-[:" + rel + "]->(e)"
	}
	// The index is read from start, '' or null for not at all: a condition
	// beside the index seek would be checked only after it.
	return `OPTIONAL MATCH (kept:KgState {name: '` + coMentionState + `', counted: true})
WITH e, CASE WHEN kept IS NOT NULL AND COUNT { ` + degree + ` } * 100 >= COUNT { ` + all + ` } THEN '' END AS start
CALL (e, start) {
  MATCH ` + indexed + ` USING INDEX s:` + rel + `(first_reported)
  WHERE s.first_reported >= start AND e2 = e
  WITH s.first_reported AS rank ORDER BY rank DESC LIMIT $limit
  RETURN collect(rank) AS newest
}
WITH e, CASE WHEN size(newest) > 0 AND size(newest) = $limit THEN newest[-1] END AS cut, COUNT { ` + degree + ` } AS total
CALL (e, cut) {
  WITH e WHERE cut IS NOT NULL
  MATCH ` + indexed + ` USING INDEX s:` + rel + `(first_reported)
  WHERE s.first_reported >= cut AND e2 = e
  RETURN q
UNION ALL
  WITH e WHERE cut IS NULL
  MATCH ` + pattern + `
  CALL (q) {
    WITH q WHERE q.first_reported IS NULL
    MATCH (q)-[:REPORTED_IN]->(a:Article)
    RETURN min(coalesce(a.published, '')) AS read
  }
  WITH q, coalesce(q.first_reported, read) AS rank ORDER BY rank DESC
  WITH collect({q: q, rank: rank}) AS ranked
  WITH ranked, ranked[$limit - 1].rank AS floor
  UNWIND ranked AS r
  WITH r WHERE floor IS NULL OR r.rank >= floor
  RETURN r.q AS q
}
MATCH (p:Person)-[:SAID]->(q)-[:REPORTED_IN]->(a:Article)
WITH e, p, q, total, a ORDER BY a.published, a.title
WITH e, p, q, total, collect(a) AS reports
WITH e, p, q, total, head(reports) AS a, size(reports) AS sources
ORDER BY a.published DESC, a.title, q.offset
LIMIT $limit
RETURN ` + speaker + ` AS speaker, q.text AS text, q.kind AS kind, sources,
  [(q)-[:ABOUT]->(t) | t.name] AS about, a {.id, .title, .published, .url, .source} AS article, total`
}

// Card reads the card of the entity with this key (extract.Key of any of
// its names); found is false when no entity answers to it. Each list holds
// at most limit items.
func (s *Store) Card(ctx context.Context, key string, limit int) (c Card, found bool, err error) {
	params := map[string]any{"key": key, "limit": limit}
	run := func(section string) ([]*neo4j.Record, error) {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, entityMatch+cardSections[section], params, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
		if err != nil {
			return nil, fmt.Errorf("card %s: %w", section, err)
		}
		return res.Records, nil
	}
	recs, err := run("entity")
	if err != nil || len(recs) == 0 {
		return Card{}, false, err
	}
	m := recs[0].AsMap()
	c = Card{Type: str(m["type"]), Name: str(m["name"]), Key: str(m["key"]), Aliases: strs(m["aliases"]), Articles: num(m["articles"])}

	if recs, err = run("facts"); err != nil {
		return c, true, err
	}
	for _, r := range recs {
		m := r.AsMap()
		f := CardFact{Type: str(m["type"]), Outgoing: m["outgoing"] == true, Other: str(m["other"]), OtherType: str(m["other_type"]),
			Role: str(m["role"]), Former: m["former"] == true, Since: str(m["since"]), Articles: num(m["stated"]),
			First: str(m["first"]), Last: str(m["last"]), Sources: articleRefs(m["sources"])}
		c.Facts = append(c.Facts, f)
	}
	if c.Said, c.SaidTotal, err = quotesOf(run("said")); err != nil {
		return c, true, err
	}
	if c.SaidAbout, c.SaidAboutTotal, err = quotesOf(run("about")); err != nil {
		return c, true, err
	}
	if recs, err = run("events"); err != nil {
		return c, true, err
	}
	for _, r := range recs {
		m := r.AsMap()
		c.Events = append(c.Events, CardEvent{Name: str(m["name"]), Date: str(m["date"]), Kind: str(m["kind"]), Involves: strs(m["involves"])})
		c.EventsTotal = num(m["total"])
	}
	if recs, err = run("mentions"); err != nil {
		return c, true, err
	}
	for _, r := range recs {
		c.Mentions = append(c.Mentions, articleRef(r.AsMap()["article"]))
	}
	return c, true, nil
}

// HasEntity reports whether an entity answers to key (extract.Key of any
// of its names).
func (s *Store) HasEntity(ctx context.Context, key string) (bool, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, entityMatch+"RETURN e.key AS key", map[string]any{"key": key}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return false, fmt.Errorf("look up entity: %w", err)
	}
	return len(res.Records) > 0, nil
}

// quotesOf reads the rows of the said and about sections.
func quotesOf(recs []*neo4j.Record, err error) ([]CardQuote, int, error) {
	if err != nil {
		return nil, 0, err
	}
	var out []CardQuote
	total := 0
	for _, r := range recs {
		m := r.AsMap()
		out = append(out, CardQuote{Speaker: str(m["speaker"]), Text: str(m["text"]), Kind: str(m["kind"]),
			About: strs(m["about"]), Article: articleRef(m["article"]), Sources: num(m["sources"])})
		total = num(m["total"])
	}
	return out, total, nil
}

// closeMatchQuery lists entities one of whose keys contains the one asked
// for or is contained in it: "no entity named X; did you mean …".
const closeMatchQuery = `MATCH (e) WHERE (e:Person OR e:Organization OR e:Model)
  AND (e.key CONTAINS $key OR any(x IN coalesce(e.keys, [e.key]) WHERE size(x) >= 3 AND ($key CONTAINS x OR x CONTAINS $key)))
RETURN e.name AS name, head([l IN labels(e) WHERE l IN ['Person', 'Organization', 'Model']]) AS type
ORDER BY abs(size(e.key) - size($key)), COUNT { (:Article)-[:MENTIONS]->(e) } DESC, name LIMIT $limit`

// Match is an entity's name and type.
type Match struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// CloseMatches lists up to limit entities whose key contains key or is part
// of it, the closest in length first. A one-character key would match
// nearly everything, and gives none. It scans the entities: a look-up for a
// name nobody knows, not for every query.
func (s *Store) CloseMatches(ctx context.Context, key string, limit int) ([]Match, error) {
	if len([]rune(key)) < 2 {
		return nil, nil
	}
	res, err := neo4j.ExecuteQuery(ctx, s.driver, closeMatchQuery, map[string]any{"key": key, "limit": limit}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.database), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("close matches: %w", err)
	}
	var out []Match
	for _, r := range res.Records {
		m := r.AsMap()
		out = append(out, Match{Name: str(m["name"]), Type: str(m["type"])})
	}
	return out, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func num(v any) int {
	n, _ := v.(int64)
	return int(n)
}

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func articleRef(v any) ArticleRef {
	m, _ := v.(map[string]any)
	return ArticleRef{ID: str(m["id"]), Title: str(m["title"]), Published: str(m["published"]), URL: str(m["url"]),
		Source: str(m["source"]), Sentence: str(m["sentence"])}
}

func articleRefs(v any) []ArticleRef {
	l, _ := v.([]any)
	out := make([]ArticleRef, 0, len(l))
	for _, x := range l {
		out = append(out, articleRef(x))
	}
	return out
}
