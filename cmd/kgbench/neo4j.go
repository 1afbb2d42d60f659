package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/ingest"
)

func open(ctx context.Context) (*graph.Store, error) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return nil, fmt.Errorf("NEO4J_URI is not set")
	}
	user := os.Getenv("NEO4J_USERNAME")
	if user == "" {
		user = "neo4j"
	}
	return graph.Open(ctx, graph.Config{URI: uri, User: user, Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
}

// wipe deletes every relationship, then every node, a slice at a time so
// that no transaction grows with the graph (an entity node of a large run
// has tens of thousands of relationships). The schema stays.
func wipe(ctx context.Context) error {
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	for _, q := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n",
		"MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n",
	} {
		for {
			res, err := neo4j.ExecuteQuery(ctx, st.Driver(), q, nil,
				neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database()))
			if err != nil {
				return fmt.Errorf("wipe: %w", err)
			}
			if n, _ := res.Records[0].Get("n"); n.(int64) == 0 {
				break
			}
		}
	}
	return nil
}

// benchWrite extracts the articles first (untimed), then times kg's graph
// writer alone, batch after batch as kg ingest sends them.
func benchWrite(ctx context.Context, paths []string, batch int) error {
	if batch <= 0 {
		batch = ingest.DefaultBatch
	}
	docs, err := extractAll(ctx, paths)
	if err != nil {
		return err
	}
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		return err
	}
	var sum graph.Summary
	t0 := time.Now()
	for i := 0; i < len(docs); i += batch {
		s, err := st.Write(ctx, docs[i:min(i+batch, len(docs))])
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		sum.Add(s)
	}
	sec := time.Since(t0).Seconds()
	fmt.Printf("write_articles=%d\nwrite_s=%.3f\nwrite_articles_s=%.1f\nwrite_nodes=%d\nwrite_rels=%d\nwrite_rels_s=%.1f\n",
		len(docs), sec, float64(len(docs))/sec, sum.NodesCreated, sum.RelationshipsCreated, float64(sum.RelationshipsCreated)/sec)
	return nil
}

// naive is how one would load the graph without thinking about it: one
// auto-commit MERGE per node and one per relationship, article after
// article. Extraction (all cores) is timed apart from the writes.
type naive struct {
	sess        neo4j.SessionWithContext
	nodes, rels int // statements run
}

func (n *naive) run(ctx context.Context, cypher string, params map[string]any, rel bool) error {
	res, err := n.sess.Run(ctx, cypher, params)
	if err != nil {
		return fmt.Errorf("naive: %s: %w", strings.Fields(cypher)[0], err)
	}
	if _, err := res.Consume(ctx); err != nil {
		return fmt.Errorf("naive: %w", err)
	}
	if rel {
		n.rels++
	} else {
		n.nodes++
	}
	return nil
}

func hash(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:16])
}

func benchNaive(ctx context.Context, paths []string) error {
	t0 := time.Now()
	docs, err := extractAll(ctx, paths)
	if err != nil {
		return err
	}
	extractSec := time.Since(t0).Seconds()
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		return err
	}
	sess := st.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: st.Database(), AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.Background())
	n := &naive{sess: sess}
	t1 := time.Now()
	for _, d := range docs {
		a := d.Article
		if err := n.article(ctx, a.ID, a.Title, a.URL, a.Published, a.Lang, len(a.Text), d.Result); err != nil {
			return err
		}
	}
	sec := time.Since(t1).Seconds()
	fmt.Printf("naive_articles=%d\nnaive_extract_s=%.3f\nnaive_write_s=%.3f\nnaive_write_articles_s=%.2f\nnaive_nodes=%d\nnaive_rels=%d\nnaive_write_rels_s=%.1f\n",
		len(docs), extractSec, sec, float64(len(docs))/sec, n.nodes, n.rels, float64(n.rels)/sec)
	return nil
}

func (n *naive) article(ctx context.Context, id, title, url, published, lang string, chars int, res extract.Result) error {
	err := n.run(ctx, `MERGE (a:Article {id: $id}) SET a.title = $title, a.url = $url, a.published = $published, a.lang = $lang, a.chars = $chars`,
		map[string]any{"id": id, "title": title, "url": url, "published": published, "lang": lang, "chars": chars}, false)
	if err != nil {
		return err
	}
	types := map[string]extract.Type{}
	for _, e := range res.Entities {
		types[e.Name] = e.Type
		key := extract.Key(e.Name)
		if err := n.run(ctx, `MERGE (e:`+string(e.Type)+` {key: $key}) SET e.name = $name, e.aliases = $aliases`,
			map[string]any{"key": key, "name": e.Name, "aliases": e.Aliases}, false); err != nil {
			return err
		}
		if err := n.run(ctx, `MATCH (a:Article {id: $id}), (e:`+string(e.Type)+` {key: $key}) MERGE (a)-[m:MENTIONS]->(e) SET m.count = $count`,
			map[string]any{"id": id, "key": key, "count": e.Mentions}, true); err != nil {
			return err
		}
	}
	link := func(fromLabel, fromKey, relType, toLabel, toKey string, props map[string]any) error {
		return n.run(ctx, `MATCH (f:`+fromLabel+` {`+keyProp(fromLabel)+`: $from}), (t:`+toLabel+` {`+keyProp(toLabel)+`: $to})
MERGE (f)-[r:`+relType+`]->(t) SET r += $props, r.articles = CASE WHEN $id IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $id END`,
			map[string]any{"from": fromKey, "to": toKey, "props": props, "id": id}, true)
	}
	for _, r := range res.Relations {
		ft, tt := types[r.From], types[r.To]
		if ft == "" || tt == "" {
			continue
		}
		props := map[string]any{}
		if r.Role != "" {
			props["role"] = r.Role
		}
		if r.Former {
			props["former"] = true
		}
		if err := link(string(ft), extract.Key(r.From), string(r.Type), string(tt), extract.Key(r.To), props); err != nil {
			return err
		}
	}
	for _, q := range res.Quotes {
		qid := hash(id, fmt.Sprint(q.Offset))
		if err := n.run(ctx, `MERGE (q:Quote {id: $qid}) SET q.text = $text, q.kind = $kind, q.sentence = $sentence, q.offset = $offset`,
			map[string]any{"qid": qid, "text": q.Text, "kind": q.Kind, "sentence": q.Sentence, "offset": q.Offset}, false); err != nil {
			return err
		}
		if err := link("Quote", qid, "REPORTED_IN", "Article", id, nil); err != nil {
			return err
		}
		if types[q.Speaker] == extract.Person {
			if err := link("Person", extract.Key(q.Speaker), "SAID", "Quote", qid, nil); err != nil {
				return err
			}
		}
		for _, about := range q.About {
			if t := types[about]; t != "" {
				if err := link("Quote", qid, "ABOUT", string(t), extract.Key(about), nil); err != nil {
					return err
				}
			}
		}
	}
	for _, ev := range res.Events {
		eid := hash(extract.Key(ev.Name), ev.Date)
		if err := n.run(ctx, `MERGE (e:Event {id: $eid}) SET e.name = $name, e.date = $date, e.kind = $kind`,
			map[string]any{"eid": eid, "name": ev.Name, "date": ev.Date, "kind": ev.Kind}, false); err != nil {
			return err
		}
		if err := link("Event", eid, "REPORTED_IN", "Article", id, nil); err != nil {
			return err
		}
		for _, inv := range ev.Involves {
			if t := types[inv]; t != "" {
				if err := link("Event", eid, "INVOLVES", string(t), extract.Key(inv), nil); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// keyProp is the property that identifies a node of a label.
func keyProp(label string) string {
	switch label {
	case "Article", "Quote", "Event":
		return "id"
	}
	return "key"
}
