package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/copies"
)

// Near-duplicate articles. Each new article keeps its MinHash signature
// (minhash, shingles) and its LSH band keys (bands, one string under a
// whitespace full-text index), so that finding the articles it may copy is
// an index look-up, not a scan. A copy gets (copy)-[:COPY_OF {similarity}]->
// (original), towards the earliest published (ties: the first ingested).

// internalProps are Article and Quote properties kg keeps for itself
// (grams and head: graph/quotes.go; title_key: the article query's index);
// exports leave them out.
var internalProps = []string{"minhash", "shingles", "bands", "grams", "head", "title_key"}

// maxCandidates bounds the articles one article is compared with: a band
// shared by many (boilerplate) cannot make one write slow.
const maxCandidates = 50

// qSketches stores the sketches of new articles.
const qSketches = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.minhash = row.sig, a.shingles = row.n, a.bands = row.bands`

// qCandidates finds, per new article, the articles sharing a band with it.
const qCandidates = `
UNWIND $rows AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('article_bands', row.bands, {limit: $limit}) YIELD node
  WITH node WHERE node.id <> row.id AND node.minhash IS NOT NULL
  RETURN node
}
RETURN row.id AS id, node.id AS cid, node.minhash AS sig, node.shingles AS n,
  coalesce(node.published, '') AS published, node.ingested_at AS ingested`

// qCopyOf links copies to their originals.
const qCopyOf = `
UNWIND $rows AS row
MATCH (c:Article {id: row.copy})
MATCH (o:Article {id: row.original})
MERGE (c)-[r:COPY_OF]->(o)
ON CREATE SET r.similarity = row.similarity`

// copyArticle is what the choice of original reads of an article.
type copyArticle struct {
	id, published, ingested string
	order                   int // place in the batch; earlier articles of the graph are -1
	sketch                  copies.Sketch
}

// earlier orders articles by publication (unknown dates last), then by
// ingestion, then by place in the batch, then by id.
func earlier(a, b copyArticle) int {
	pa, pb := cmp.Or(a.published, "9999"), cmp.Or(b.published, "9999")
	return cmp.Or(cmp.Compare(pa, pb), cmp.Compare(a.ingested, b.ingested), cmp.Compare(a.order, b.order), cmp.Compare(a.id, b.id))
}

// linkCopies stores the sketches of the batch's new articles and links
// each that copies another article (in the graph or earlier in the batch).
func linkCopies(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, created []Doc, stamp string) error {
	var rows []map[string]any
	batch := map[string]copyArticle{}
	for i, d := range created {
		if len(d.Sketch.Sig) != copies.Size {
			continue
		}
		sig := make([]int64, len(d.Sketch.Sig))
		for j, v := range d.Sketch.Sig {
			sig[j] = int64(v) // the bits, as Neo4j stores integers
		}
		rows = append(rows, map[string]any{"id": d.Article.ID, "sig": sig, "n": int64(d.Sketch.Shingles),
			"bands": strings.Join(d.Sketch.BandKeys(), " ")})
		batch[d.Article.ID] = copyArticle{id: d.Article.ID, published: d.Article.Published, ingested: stamp, order: i, sketch: d.Sketch}
	}
	if len(rows) == 0 {
		return nil
	}
	if err := c.exec(ctx, tx, qSketches, rows); err != nil {
		return err
	}
	recs, err := c.collect(ctx, tx, qCandidates, map[string]any{"rows": rows, "limit": maxCandidates})
	if err != nil {
		return err
	}
	matches := map[string][]copyArticle{} // new article id -> the articles it copies or that copy it
	for _, r := range recs {
		m := r.AsMap()
		id, cid := str(m["id"]), str(m["cid"])
		cand, inBatch := batch[cid]
		if !inBatch {
			cand = copyArticle{id: cid, published: str(m["published"]), ingested: str(m["ingested"]), order: -1, sketch: sketchOf(m["sig"], m["n"])}
		}
		if copies.IsCopy(batch[id].sketch, cand.sketch) {
			matches[id] = append(matches[id], cand)
		}
	}
	// Within the batch the index may not see its own writes: compare the
	// batch's sketches with each other too (a batch is small).
	ids := make([]string, 0, len(batch))
	for id := range batch {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if copies.IsCopy(batch[a].sketch, batch[b].sketch) {
				matches[a] = append(matches[a], batch[b])
			}
		}
	}
	return c.exec(ctx, tx, qCopyOf, copyLinks(batch, matches))
}

// copyLinks chooses, for each new article with matches, the links to make:
// towards the earliest article of the group when that is another one; else
// from each of the others to it.
func copyLinks(batch map[string]copyArticle, matches map[string][]copyArticle) []map[string]any {
	seen := map[[2]string]bool{}
	var out []map[string]any
	link := func(cp, orig copyArticle) {
		k := [2]string{cp.id, orig.id}
		if cp.id == orig.id || seen[k] || seen[[2]string{orig.id, cp.id}] {
			return
		}
		seen[k] = true
		out = append(out, map[string]any{"copy": cp.id, "original": orig.id, "similarity": copies.Containment(cp.sketch, orig.sketch)})
	}
	ids := make([]string, 0, len(matches))
	for id := range matches {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		a := batch[id]
		first := slices.MinFunc(matches[id], earlier)
		if earlier(first, a) < 0 {
			link(a, first)
			continue
		}
		for _, m := range matches[id] {
			link(m, a)
		}
	}
	// Rows in a fixed order: concurrent writers lock in one order.
	slices.SortFunc(out, func(x, y map[string]any) int {
		return cmp.Or(cmp.Compare(x["copy"].(string), y["copy"].(string)), cmp.Compare(x["original"].(string), y["original"].(string)))
	})
	return out
}

// sketchOf reads a stored signature back.
func sketchOf(sig, n any) copies.Sketch {
	l, _ := sig.([]any)
	if len(l) != copies.Size {
		return copies.Sketch{}
	}
	s := copies.Sketch{Sig: make([]uint64, len(l)), Shingles: num(n)}
	for i, v := range l {
		x, _ := v.(int64)
		s.Sig[i] = uint64(x)
	}
	return s
}
