package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/kg/copies"
	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/source"
)

// Doc is one article with what was extracted from it, ready to write.
type Doc struct {
	Article source.Article
	Result  extract.Result
	// Rewrite replaces the evidence of an article the graph holds already
	// (same id) with Result, for a new lexicon or extractor; without it such
	// an article is left as it is.
	Rewrite bool
	// Sketch summarises the text to find copies of it (copies.Of); an
	// article without one is not compared.
	Sketch copies.Sketch
}

// entityLabels are the only labels an entity node can get; a Result entity
// of any other type is not written.
var entityLabels = []extract.Type{extract.Person, extract.Organization, extract.Model}

// factTypes maps each fact relationship to the labels of its ends; nothing
// else becomes a relationship type.
var factTypes = map[extract.RelationType][2]extract.Type{
	extract.WorksAt:     {extract.Person, extract.Organization},
	extract.Developed:   {extract.Organization, extract.Model},
	extract.DerivedFrom: {extract.Model, extract.Model},
}

// QuoteID is the graph identity of a statement: a hash of its speaker's key
// and its folded words, so that every article reporting the same words of
// the same person reports one Quote.
func QuoteID(speakerKey, text string) string {
	return hash(speakerKey + "\x00" + FoldQuote(text))
}

// FoldQuote is a quote's words as they are compared across articles:
// extract.Key (NFKC, lower case, no spaces, punctuation or symbols) of the
// simplified characters, so a change of quotation marks, of a line break
// or of script is the same statement.
func FoldQuote(text string) string {
	return extract.Key(extract.Simplified(text))
}

// EventID is the graph identity of an event: a hash of its normalised name
// and date, so that articles reporting the same event share one node.
func EventID(name, date string) string {
	return hash(entityKey(name) + "\x00" + date)
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// entityKey is extract.Key, falling back to the name itself for names made
// only of symbols (an emoji), which Key folds to nothing.
func entityKey(name string) string {
	k := extract.Key(name)
	if k == "" {
		k = name
	}
	return capIndexed(k)
}

// maxIndexed bounds indexed string properties: Neo4j's range indexes refuse
// values over about 8 KB and fail the whole transaction.
const maxIndexed = 1024

// capIndexed keeps a value short enough to index and still unique: a long
// one becomes its first bytes and a hash of the whole.
func capIndexed(s string) string {
	if len(s) <= maxIndexed {
		return s
	}
	cut := maxIndexed - 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "~" + hash(s)
}

// origin is where an article came from: re-ingesting the same origin with
// changed text replaces the old article. Articles read from stdin have none.
func origin(a source.Article) string {
	return capIndexed(rawOrigin(a))
}

func rawOrigin(a source.Article) string {
	switch {
	case a.URL != "":
		return a.URL
	case a.Path == "" || a.Path == "-":
		return ""
	case a.Line > 0:
		return absPath(a.Path) + ":" + strconv.Itoa(a.Line)
	default:
		return absPath(a.Path)
	}
}

// absPath makes a file path absolute, so that ./a.md and a.md are one
// origin; URLs and paths that cannot be resolved stay as they are.
func absPath(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// articleRows are the Article nodes of a batch, one per distinct id, sorted
// by id so that concurrent writers lock in one order.
func articleRows(docs []Doc) []map[string]any {
	seen := map[string]bool{}
	var rows []map[string]any
	for _, d := range docs {
		a := d.Article
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		rows = append(rows, map[string]any{
			"id":        a.ID,
			"title":     a.Title,
			"url":       a.URL,
			"source":    a.Source,
			"published": a.Published,
			"lang":      cmp.Or(a.Lang, d.Result.Lang),
			"chars":     int64(utf8.RuneCountInString(a.Text)),
			"path":      a.Path,
			"origin":    origin(a),
			"rewrite":   slices.ContainsFunc(docs, func(o Doc) bool { return o.Article.ID == a.ID && o.Rewrite }),
		})
	}
	slices.SortFunc(rows, byString("id"))
	return rows
}

// evidence is every row the statements of one batch write, each list sorted
// by its key.
type evidence struct {
	entities map[extract.Type][]map[string]any // key, name, aliases, keys, mentions [{article, count}]
	quotes   []map[string]any                  // id, article, text, folded, kind, cue, sentence, offset, speaker, about [{label, key}]
	events   []map[string]any                  // id, name, date, kind, articles
	involves map[extract.Type][]map[string]any // event, key, articles
	facts    map[extract.RelationType][]map[string]any
}

// entityAcc gathers one entity across the articles of a batch.
type entityAcc struct {
	name     string
	aliases  []string
	mentions map[string]int // article id -> count
}

// factAcc gathers one fact relationship across the articles of a batch.
type factAcc struct {
	from, to string
	role     string
	former   bool
	articles map[string]bool
	evidence map[string]string     // article id -> the sentence stating the fact
	roles    map[string]statedRole // WORKS_AT: article id -> the role as that article states it
}

// FactID names the fact "from TYPE to" (entity keys) in its STATES
// relationships: "TYPE<TAB>from<TAB>to". Saved queries build it in Cypher
// as type(r) + '\t' + startNode(r).key + '\t' + endNode(r).key.
func FactID(t extract.RelationType, from, to string) string {
	return string(t) + EvidenceSep + from + EvidenceSep + to
}

// statedRole is a WORKS_AT role as one article states it (its date is
// the article's, which the writer copies to STATES).
type statedRole struct {
	role   string
	former bool
}

// statements are the rows of f's STATES relationships, one per article
// in id order: the sentence and, for WORKS_AT, the role as it states them.
func (f *factAcc) statements() []map[string]any {
	rows := statementRows(sortedKeys(f.articles), f.evidence)
	for _, r := range rows {
		if sr, ok := f.roles[r["article"].(string)]; ok {
			r["role"], r["former"] = sr.role, sr.former
		}
	}
	return rows
}

// statementRows are one row per article of ids with its sentence from
// sentences (none when it has none); the caller adds role and former
// where the article states a role.
func statementRows(ids []string, sentences map[string]string) []map[string]any {
	rows := make([]map[string]any, 0, len(ids))
	for _, id := range ids {
		// Absent values stay absent (null in Cypher): no empty property
		// on the relationship.
		row := map[string]any{"article": id}
		if s := sentences[id]; s != "" {
			row["sentence"] = s
		}
		rows = append(rows, row)
	}
	return rows
}

// buildEvidence turns the Results of the given docs into statement rows.
// Names that a relation, quote or event uses but the Result does not list
// with a fitting type are dropped, except a quote's speaker, who is a Person
// by definition.
func buildEvidence(docs []Doc) evidence {
	ents := map[extract.Type]map[string]*entityAcc{}
	for _, t := range entityLabels {
		ents[t] = map[string]*entityAcc{}
	}
	facts := map[extract.RelationType]map[[2]string]*factAcc{}
	events := map[string]map[string]any{}
	involves := map[extract.Type]map[[2]string]map[string]bool{}
	// involvesEvidence: per INVOLVES link, article id -> the sentence that
	// reports the event.
	involvesEvidence := map[[3]string]map[string]string{}
	for _, t := range entityLabels {
		involves[t] = map[[2]string]map[string]bool{}
	}
	quotes := map[string]map[string]any{} // by id and article

	seen := map[string]bool{}
	for _, d := range docs {
		art := d.Article.ID
		if seen[art] {
			continue // the same text twice in a batch adds nothing
		}
		seen[art] = true
		res := d.Result
		// name -> (type, key) for this article
		types := map[string]extract.Type{}
		addEntity := func(name string, t extract.Type, aliases []string, mentions int) {
			acc, ok := ents[t]
			if !ok || name == "" {
				return
			}
			k := entityKey(name)
			e := acc[k]
			if e == nil {
				e = &entityAcc{name: name, mentions: map[string]int{}}
				acc[k] = e
			}
			for _, a := range append([]string{name}, aliases...) {
				if a != "" && !slices.Contains(e.aliases, a) {
					e.aliases = append(e.aliases, a)
				}
			}
			e.mentions[art] += mentions
			if _, ok := types[name]; !ok {
				types[name] = t
			}
		}
		for _, e := range res.Entities {
			addEntity(e.Name, e.Type, e.Aliases, e.Mentions)
		}
		for _, q := range res.Quotes {
			if _, ok := types[q.Speaker]; !ok {
				addEntity(q.Speaker, extract.Person, nil, 0)
			}
		}
		keyOf := func(name string, want ...extract.Type) (extract.Type, string, bool) {
			t, ok := types[name]
			if !ok || !slices.Contains(want, t) {
				return "", "", false
			}
			return t, entityKey(name), true
		}

		for _, r := range res.Relations {
			ends, ok := factTypes[r.Type]
			if !ok {
				continue
			}
			_, from, ok1 := keyOf(r.From, ends[0])
			_, to, ok2 := keyOf(r.To, ends[1])
			if !ok1 || !ok2 {
				continue
			}
			if facts[r.Type] == nil {
				facts[r.Type] = map[[2]string]*factAcc{}
			}
			f := facts[r.Type][[2]string{from, to}]
			switch {
			case f == nil:
				f = &factAcc{from: from, to: to, role: r.Role, former: r.Former, articles: map[string]bool{}, evidence: map[string]string{}, roles: map[string]statedRole{}}
				facts[r.Type][[2]string{from, to}] = f
			case f.role == "" && r.Role != "":
				// A stated title says more than none: keep it and its tense.
				f.role, f.former = r.Role, r.Former
			}
			f.articles[art] = true
			if _, ok := f.evidence[art]; !ok && r.Sentence != "" {
				f.evidence[art] = r.Sentence
			}
			if _, ok := f.roles[art]; !ok && r.Type == extract.WorksAt && r.Role != "" {
				// The writer dates the statement with its article's date
				// (STATES.published), from which the fact keeps its
				// latest role.
				f.roles[art] = statedRole{role: r.Role, former: r.Former}
			}
		}

		for _, q := range res.Quotes {
			_, speaker, ok := keyOf(q.Speaker, extract.Person)
			if !ok {
				continue
			}
			id := QuoteID(speaker, q.Text)
			var targets []map[string]any
			var seenAbout []string
			for _, name := range q.About {
				if t, k, ok := keyOf(name, entityLabels...); ok && !slices.Contains(seenAbout, string(t)+k) {
					seenAbout = append(seenAbout, string(t)+k)
					targets = append(targets, map[string]any{"label": string(t), "key": k})
				}
			}
			// One row per statement and article: the same words twice in
			// one article are one report.
			if _, dup := quotes[id+"\x00"+art]; !dup {
				head, grams := quoteKeys(speaker, q.Text, FoldQuote(q.Text))
				quotes[id+"\x00"+art] = map[string]any{
					"id": id, "article": art, "text": q.Text, "folded": FoldQuote(q.Text), "kind": q.Kind, "cue": q.Cue,
					"sentence": q.Sentence, "offset": int64(q.Offset), "speaker": speaker, "about": targets,
					"head": head, "grams": grams,
				}
			}
		}

		for _, ev := range res.Events {
			if ev.Name == "" {
				continue
			}
			id := EventID(ev.Name, ev.Date)
			row := events[id]
			if row == nil {
				row = map[string]any{"id": id, "name": ev.Name, "date": ev.Date, "kind": ev.Kind, "articles": []string{}}
				events[id] = row
			}
			if arts := row["articles"].([]string); !slices.Contains(arts, art) {
				row["articles"] = append(arts, art)
			}
			for _, name := range ev.Involves {
				t, k, ok := keyOf(name, entityLabels...)
				if !ok {
					continue
				}
				pair := [2]string{id, k}
				if involves[t][pair] == nil {
					involves[t][pair] = map[string]bool{}
				}
				involves[t][pair][art] = true
				if ev.Sentence != "" {
					k3 := [3]string{string(t), pair[0], pair[1]}
					if involvesEvidence[k3] == nil {
						involvesEvidence[k3] = map[string]string{}
					}
					if _, ok := involvesEvidence[k3][art]; !ok {
						involvesEvidence[k3][art] = ev.Sentence
					}
				}
			}
		}
	}

	out := evidence{
		entities: map[extract.Type][]map[string]any{},
		involves: map[extract.Type][]map[string]any{},
		facts:    map[extract.RelationType][]map[string]any{},
	}
	for t, acc := range ents {
		for k, e := range acc {
			keys := []string{}
			for _, a := range e.aliases {
				if ak := entityKey(a); !slices.Contains(keys, ak) {
					keys = append(keys, ak)
				}
			}
			var mentions []map[string]any
			for _, art := range sortedKeys(e.mentions) {
				mentions = append(mentions, map[string]any{"article": art, "count": int64(e.mentions[art])})
			}
			out.entities[t] = append(out.entities[t], map[string]any{
				"key": k, "name": e.name, "aliases": e.aliases, "keys": keys, "mentions": mentions,
			})
		}
		slices.SortFunc(out.entities[t], byString("key"))
	}
	for t, m := range facts {
		for _, f := range m {
			out.facts[t] = append(out.facts[t], map[string]any{
				"from": f.from, "to": f.to, "fact": FactID(t, f.from, f.to), "role": f.role, "former": f.former, "articles": sortedKeys(f.articles),
				"statements": f.statements(),
			})
		}
		slices.SortFunc(out.facts[t], func(a, b map[string]any) int {
			return cmp.Or(cmp.Compare(a["from"].(string), b["from"].(string)), cmp.Compare(a["to"].(string), b["to"].(string)))
		})
	}
	for t, m := range involves {
		for pair, arts := range m {
			out.involves[t] = append(out.involves[t], map[string]any{"event": pair[0], "key": pair[1], "articles": sortedKeys(arts),
				"statements": statementRows(sortedKeys(arts), involvesEvidence[[3]string{string(t), pair[0], pair[1]}])})
		}
		slices.SortFunc(out.involves[t], func(a, b map[string]any) int {
			return cmp.Or(cmp.Compare(a["event"].(string), b["event"].(string)), cmp.Compare(a["key"].(string), b["key"].(string)))
		})
	}
	for _, q := range quotes {
		out.quotes = append(out.quotes, q)
	}
	slices.SortFunc(out.quotes, func(a, b map[string]any) int {
		return cmp.Or(cmp.Compare(a["id"].(string), b["id"].(string)), cmp.Compare(a["article"].(string), b["article"].(string)))
	})
	for _, e := range events {
		slices.Sort(e["articles"].([]string))
		out.events = append(out.events, e)
	}
	slices.SortFunc(out.events, byString("id"))
	return out
}

func byString(field string) func(a, b map[string]any) int {
	return func(a, b map[string]any) int { return cmp.Compare(a[field].(string), b[field].(string)) }
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// EvidenceSep separates the parts of a fact's id (FactID) and of the
// "Label<TAB>key" tags on REPORTED_IN: one string, not a map, because
// Neo4j properties cannot be maps.
const EvidenceSep = "\t"
