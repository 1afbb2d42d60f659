package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
)

// Two ranks never fold to one key: the generated world has as many distinct
// entities as it draws ranks.
func TestEntityNamesDistinct(t *testing.T) {
	for _, typ := range entityTypes {
		seen := map[string]int{}
		for r := 0; r < 60000; r++ {
			k := extract.Key(entityName(typ, r))
			if k == "" {
				t.Fatalf("%s %d: %q folds to nothing", typ, r, entityName(typ, r))
			}
			if o, dup := seen[k]; dup {
				t.Fatalf("%s ranks %d and %d share key %q", typ, o, r, k)
			}
			seen[k] = r
		}
	}
}

// The world is long-tailed, as news is: the most frequent organization is
// in a large share of articles, most entities are in one or two, and some
// statements are reported by several articles (one Quote id).
func TestGenLongTail(t *testing.T) {
	const n = 3000
	articles := map[string]int{} // entity -> articles
	quotes := map[string]int{}   // Quote id -> reports
	var ents, qs, rels, evs int
	for i := range n {
		d := genDoc(1, i)
		ents += len(d.Result.Entities)
		rels += len(d.Result.Relations)
		evs += len(d.Result.Events)
		for _, e := range d.Result.Entities {
			articles[string(e.Type)+e.Name]++
		}
		for _, q := range d.Result.Quotes {
			qs++
			quotes[graph.QuoteID(extract.Key(q.Speaker), q.Text)]++
		}
	}
	t.Logf("per article: %.1f entities, %.1f quotes, %.1f facts, %.1f events; %d entities, %d statements",
		float64(ents)/n, float64(qs)/n, float64(rels)/n, float64(evs)/n, len(articles), len(quotes))
	top := articles["Organization"+entityName(extract.Organization, 0)]
	if top < n/3 {
		t.Errorf("the top organization is in %d of %d articles, want most", top, n)
	}
	var rare int
	for _, c := range articles {
		if c <= 2 {
			rare++
		}
	}
	if rare < len(articles)*2/3 {
		t.Errorf("%d of %d entities in at most 2 articles, want most", rare, len(articles))
	}
	var shared int
	for _, c := range quotes {
		if c > 1 {
			shared++
		}
	}
	if shared == 0 || shared > len(quotes)/4 {
		t.Errorf("%d of %d statements reported more than once, want some, not most", shared, len(quotes))
	}
	// The corpus's means: 16.7 entities and 6.0 quotes an article (relations
	// can add an employer or developer).
	if m := float64(ents) / n; m < 14 || m > 22 {
		t.Errorf("%.1f entities an article, want about 17", m)
	}
	if m := float64(qs) / n; m < 4.5 || m > 7.5 {
		t.Errorf("%.1f quotes an article, want about 6", m)
	}
}

// Article i is the same whoever generates it: shards and continued loads
// agree; another i is another article.
func TestGenDeterministic(t *testing.T) {
	a, b, c := genDoc(1, 42), genDoc(1, 42), genDoc(1, 43)
	if a.Article.ID != b.Article.ID || len(a.Result.Quotes) != len(b.Result.Quotes) || a.Result.Entities[0].Name != b.Result.Entities[0].Name {
		t.Errorf("article 42 differs between two generations")
	}
	if a.Article.ID == c.Article.ID {
		t.Errorf("articles 42 and 43 share id %s", a.Article.ID)
	}
}

// A loader on another machine reaches a cluster or Aura through a neo4j://
// URI, which makes the driver ask the server for a routing table and send
// writes to the leader. The local single server answers that too: the
// writer and a routed read work through it. Skips without NEO4J_URI; fails
// under CI=true.
func TestNeo4jRoutingURI(t *testing.T) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set but CI=true")
		}
		t.Skip("NEO4J_URI not set")
	}
	_, hostport, ok := strings.Cut(uri, "://")
	if !ok {
		t.Fatalf("NEO4J_URI %q has no scheme", uri)
	}
	t.Setenv("NEO4J_URI", "neo4j://"+hostport)
	ctx := context.Background()
	st, err := open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if err := st.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	// A world of its own (seed), far from any benchmark's articles.
	docs := []graph.Doc{genDoc(987654321, 0), genDoc(987654321, 1)}
	for _, d := range docs {
		st.Remove(ctx, d.Article.ID) // an interrupted run's leftovers
	}
	sum, err := st.Write(ctx, docs)
	if err != nil {
		t.Fatalf("write through neo4j://: %v", err)
	}
	if sum.New != 2 {
		t.Errorf("wrote %d new articles through neo4j://, want 2", sum.New)
	}
	rows, err := st.Query(ctx, `MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n`,
		map[string]any{"ids": []any{docs[0].Article.ID, docs[1].Article.ID}}, false)
	if err != nil {
		t.Fatalf("routed read: %v", err)
	}
	if n := rows.Records[0][0]; n != int64(2) {
		t.Errorf("routed read found %v articles, want 2", n)
	}
	for _, d := range docs {
		if _, err := st.Remove(ctx, d.Article.ID); err != nil {
			t.Errorf("remove %s: %v", d.Article.ID, err)
		}
	}
}
