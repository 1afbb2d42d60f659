package export

import (
	"context"
	"strings"

	"github.com/newsgraph/kg/graph"
)

// quoteContext is Cypher returning, for the quotes $ids, who said each one
// and the earliest articles that report it, and for the events $ids their
// earliest articles: a quote drawn without its speaker or source cannot be
// read, and SAID is two hops from the entity a quote is about, beyond
// --around --depth 1. A statement or event that thousands of articles
// report (they are shared across articles) brings its first few, so the
// drawing stays near --limit.
const quoteContext = `
MATCH (e:Person)-[:SAID]->(q:Quote) WHERE q.id IN $ids RETURN e
UNION
MATCH (q:Quote) WHERE q.id IN $ids
CALL (q) { MATCH (q)-[:REPORTED_IN]->(a:Article) RETURN a ORDER BY a.published, a.id LIMIT 3 }
RETURN a AS e
UNION
MATCH (ev:Event) WHERE ev.id IN $ids
CALL (ev) { MATCH (ev)-[:REPORTED_IN]->(a:Article) RETURN a ORDER BY a.published, a.id LIMIT 3 }
RETURN a AS e`

// quoteTopics is Cypher returning everything the quotes $ids are about, so
// a report lists all of a statement's subjects, not only the one asked for.
const quoteTopics = `
MATCH (q:Quote)-[:ABOUT]->(e) WHERE q.id IN $ids RETURN e`

// speakerRoles is Cypher returning the organizations the speakers of the
// quotes $ids work at, so a report can give each speaker's role.
const speakerRoles = `
MATCH (p:Person)-[:SAID]->(q:Quote), (p)-[:WORKS_AT]->(e:Organization) WHERE q.id IN $ids RETURN e`

// factSources is Cypher returning the articles that state the facts between
// the entities $keys, so a report can cite each fact by title and outlet.
const factSources = `
MATCH (x)-[r:WORKS_AT|DEVELOPED|DERIVED_FROM]->(y) WHERE x.key IN $keys AND y.key IN $keys
MATCH (e:Article)-[:STATES {fact: type(r) + '\t' + x.key + '\t' + y.key}]->()
RETURN e`

// withContext returns g grown by the nodes the queries extra return (each
// returning one column e, with parameters $ids, the ids of g's articles,
// quotes and events, and $keys, the keys of its entities), and every
// relationship between the nodes.
func withContext(ctx context.Context, st *graph.Store, g *graph.Subgraph, extra ...string) (*graph.Subgraph, error) {
	var keys, ids, eids []any
	for _, n := range g.Nodes {
		label, id, ok := strings.Cut(n.ID, ":")
		if _, kg := graph.KeyProperty(label); !ok || !kg {
			eids = append(eids, n.ID)
			continue
		}
		switch label {
		case "Person", "Organization", "Model":
			keys = append(keys, id)
		default:
			ids = append(ids, id)
		}
	}
	parts := append([]string{
		"MATCH (e) WHERE (e:Person OR e:Organization OR e:Model) AND e.key IN $keys RETURN e",
		"MATCH (e) WHERE (e:Article OR e:Quote OR e:Event) AND e.id IN $ids RETURN e",
		"MATCH (e) WHERE elementId(e) IN $eids RETURN e",
	}, extra...)
	q := "CALL () {\n" + strings.Join(parts, "\nUNION\n") + "\n}\nRETURN e"
	rows, err := st.Query(ctx, q, map[string]any{"keys": keys, "ids": ids, "eids": eids}, false)
	if err != nil {
		return nil, err
	}
	out, err := st.SubgraphOf(ctx, rows)
	if err != nil {
		return nil, err
	}
	out.Truncated = g.Truncated
	return out, nil
}

// WithQuoteContext returns g with the speaker and the article of each of
// its quotes and the articles of its events: kg export --around uses it,
// since SAID is two hops from the entity a quote is about.
func WithQuoteContext(ctx context.Context, st *graph.Store, g *graph.Subgraph) (*graph.Subgraph, error) {
	return withContext(ctx, st, g, quoteContext)
}

// WithReportContext returns g with what Report cites: each quote's speaker,
// the speaker's organizations (for the role), its subjects and article, each event's
// articles, and the articles stating the facts between its entities.
func WithReportContext(ctx context.Context, st *graph.Store, g *graph.Subgraph) (*graph.Subgraph, error) {
	g, err := withContext(ctx, st, g, quoteContext, quoteTopics, speakerRoles)
	if err != nil {
		return nil, err
	}
	return withContext(ctx, st, g, factSources)
}
