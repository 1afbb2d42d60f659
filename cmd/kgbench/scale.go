package main

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/kg/extract"
	"github.com/newsgraph/kg/graph"
	"github.com/newsgraph/kg/ingest"
	"github.com/newsgraph/kg/source"
)

// profile is what one gold article of ../shared/corpus holds: its persons,
// organizations and models, quotes, facts of each type and events. The
// generator draws each synthetic article's shape from these, so the mix and
// its spread (a few long articles with forty quotes, many short ones) are the
// corpus's, not a mean.
type profile struct {
	persons, orgs, models           int
	quotes                          int
	worksAt, developed, derivedFrom int
	events                          int
}

// goldProfiles are the counts of the 41 *.gold.json files of
// ../shared/corpus (numbers only, no text), computed by the command in
// BENCHMARKS.md "Scale". Per article: 16.7 entities (median 12), 6.0
// quotes (median 4), 8.7 facts (0.52 per entity), 3.7 events.
var goldProfiles = []profile{
	{1, 7, 6, 1, 2, 4, 1, 6}, {5, 2, 0, 9, 4, 0, 0, 3}, {5, 4, 1, 8, 5, 1, 0, 2},
	{7, 7, 1, 4, 5, 1, 0, 2}, {7, 13, 1, 18, 6, 1, 0, 5}, {3, 6, 1, 2, 4, 1, 0, 2},
	{2, 4, 1, 3, 1, 2, 0, 2}, {4, 5, 0, 2, 4, 0, 0, 4}, {3, 5, 6, 5, 3, 6, 1, 2},
	{3, 2, 3, 3, 2, 3, 1, 2}, {2, 16, 1, 2, 1, 1, 0, 2}, {4, 14, 1, 0, 3, 1, 0, 2},
	{6, 6, 2, 3, 8, 2, 0, 2}, {3, 7, 4, 9, 5, 3, 0, 1}, {3, 5, 3, 3, 3, 4, 1, 2},
	{3, 7, 1, 4, 3, 1, 0, 1}, {3, 7, 0, 4, 6, 0, 0, 3}, {4, 14, 2, 1, 7, 2, 0, 3},
	{1, 2, 5, 1, 1, 2, 3, 0}, {1, 4, 4, 2, 1, 1, 0, 3}, {2, 2, 4, 2, 2, 3, 2, 4},
	{9, 16, 3, 17, 10, 3, 0, 3}, {6, 8, 1, 11, 7, 1, 0, 2}, {18, 19, 9, 0, 31, 2, 2, 6},
	{3, 5, 2, 5, 4, 2, 1, 0}, {9, 15, 4, 10, 5, 4, 1, 8}, {1, 4, 5, 11, 1, 5, 2, 4},
	{5, 7, 11, 4, 3, 5, 4, 2}, {15, 21, 18, 41, 18, 11, 10, 17}, {8, 15, 33, 16, 9, 8, 10, 3},
	{6, 3, 1, 4, 3, 1, 0, 1}, {2, 7, 3, 6, 2, 0, 0, 4}, {3, 9, 1, 1, 3, 1, 0, 5},
	{2, 16, 5, 7, 2, 4, 2, 6}, {5, 4, 0, 1, 6, 0, 0, 3}, {6, 2, 1, 9, 3, 1, 0, 4},
	{0, 11, 0, 0, 0, 0, 0, 7}, {3, 4, 5, 4, 3, 3, 3, 4}, {2, 3, 4, 2, 2, 2, 2, 1},
	{9, 20, 10, 2, 22, 1, 3, 12}, {4, 7, 0, 9, 4, 0, 0, 6},
}

// The generated world: how many distinct names of each type exist and how
// steeply their frequency falls (Zipf exponent, > 1). The sizes are those of
// years of AI news (hundreds of thousands of people and organizations); they
// do not depend on how many articles are generated, so a load of 100k
// articles continues the first 10k. With s = 1.07 the most frequent
// organization is in about half the articles (OpenAI is in 23 of the 41
// gold articles) and most names are in one or two.
const (
	worldPersons = 400_000
	worldOrgs    = 300_000
	worldModels  = 100_000
	zipfS        = 1.07
	// sharedQuote is the chance that a quote is one of its speaker's few
	// stock statements, which other articles report in the same words: the
	// graph merges them into one Quote.
	sharedQuote = 0.2
	// years of publication dates, from 2021-01-01.
	years = 5
)

// genOptions are the flags of kgbench gen.
type genOptions struct {
	from, n int    // articles from..from+n-1 of the world
	seed    uint64 // the world: same seed, same articles
	batch   int    // articles per graph.Store.Write
	every   int    // print the rate every so many articles
	shard   ingest.Shard
}

// genWrite generates articles and writes them with kg's graph writer, as
// kg ingest would after extraction, timing each stretch of opt.every
// articles: the rate at the start and at the end of a load.
func genWrite(ctx context.Context, opt genOptions) error {
	if opt.batch <= 0 {
		opt.batch = ingest.DefaultBatch
	}
	if opt.every <= 0 {
		opt.every = 2000
	}
	st, err := open(ctx)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if err := st.ApplySchema(ctx); err != nil {
		return err
	}
	var (
		sum      graph.Summary
		docs     []graph.Doc
		written  int
		t0       = time.Now()
		tStretch = t0
		nStretch int
		first    = -1.0
		last     float64
	)
	flush := func() error {
		if len(docs) == 0 {
			return nil
		}
		s, err := st.Write(ctx, docs)
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
		sum.Add(s)
		written += len(docs)
		nStretch += len(docs)
		docs = docs[:0]
		if nStretch >= opt.every {
			rate := float64(nStretch) / time.Since(tStretch).Seconds()
			if first < 0 {
				first = rate
			}
			last = rate
			fmt.Printf("progress articles=%d rate=%.1f elapsed_s=%.1f\n", opt.from+written, rate, time.Since(t0).Seconds())
			tStretch, nStretch = time.Now(), 0
		}
		return nil
	}
	for i := opt.from; i < opt.from+opt.n; i++ {
		d := genDoc(opt.seed, i)
		if !opt.shard.Keep(d.Article.ID) {
			continue
		}
		docs = append(docs, d)
		if len(docs) == opt.batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	sec := time.Since(t0).Seconds()
	if first < 0 {
		first = float64(written) / sec
		last = first
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("gen_articles=%d\ngen_s=%.1f\ngen_articles_s=%.1f\ngen_rate_first=%.1f\ngen_rate_last=%.1f\ngen_nodes=%d\ngen_rels=%d\ngen_peak_rss_mb=%.0f\n",
		written, sec, float64(written)/sec, first, last, sum.NodesCreated, sum.RelationshipsCreated, float64(ru.Maxrss)/1024)
	return nil
}

// rng is a generator seeded by the world's seed and a few numbers, so that
// any article, person or fact comes out the same whatever was generated
// before it (shards and continued loads agree).
func rng(seed uint64, parts ...uint64) *rand.Rand {
	h := fnv.New64a()
	var b [8]byte
	for _, p := range parts {
		binary.LittleEndian.PutUint64(b[:], p)
		h.Write(b[:])
	}
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// Salts that keep the random streams of different things apart.
const (
	saltArticle = iota + 1
	saltJob
	saltDev
	saltBase
	saltAlias
	saltStatement
	saltEventDate
)

func zipf(r *rand.Rand, n int) int {
	return int(rand.NewZipf(r, zipfS, 1, uint64(n-1)).Uint64())
}

// Names are made of consonant-vowel syllables, so that a rank is spelled
// one way and two ranks never fold to the same key.
const consonants, vowels = "bdfghklmnprstvz", "aeiou"

func syllables(x, min int) string {
	var b []byte
	for i := 0; x > 0 || i < min; i++ {
		d := x % 75
		x /= 75
		b = append(b, consonants[d/5], vowels[d%5])
	}
	return string(b)
}

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// Chinese names: a one-character surname and given-name characters, a
// base-40 spelling of the rank.
var (
	zhSurnames = []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧")
	zhGiven    = []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红云飞文斌宇浩凯健俊帆")
	zhOrgWords = []rune("智云数星海天光启源创新联达科华信")
)

func zhDigits(x int, digits []rune) string {
	var b []rune
	for {
		b = append(b, digits[x%len(digits)])
		x /= len(digits)
		if x == 0 {
			return string(b)
		}
	}
}

var orgSuffixes = []string{"Labs", "AI", "Systems", "Technologies", "Research", "Robotics"}
var zhOrgSuffixes = []string{"科技", "智能", "研究院"}

// entityName is the canonical name of the entity of a type and rank: half
// of the people and organizations have Chinese names, models Latin ones.
func entityName(t extract.Type, rank int) string {
	x := rank / 2
	zh := rank%2 == 1
	switch t {
	case extract.Person:
		if zh {
			return string(zhSurnames[x%len(zhSurnames)]) + zhDigits(x/len(zhSurnames), zhGiven)
		}
		return title(syllables(x%5625, 2)) + " " + title(syllables(x/5625, 2))
	case extract.Organization:
		if zh {
			return zhDigits(x/len(zhOrgSuffixes), zhOrgWords) + zhOrgSuffixes[x%len(zhOrgSuffixes)]
		}
		return title(syllables(x/len(orgSuffixes), 2)) + " " + orgSuffixes[x%len(orgSuffixes)]
	default:
		return title(syllables(rank/9, 1)) + "-" + fmt.Sprint(rank%9+1)
	}
}

// entityAliases: a third of the entities have a second name, as in the gold
// files (0.33 aliases per entity).
func entityAliases(seed uint64, t extract.Type, rank int) []string {
	if rng(seed, saltAlias, uint64(rank), uint64(len(t))).IntN(3) != 0 {
		return nil
	}
	name := entityName(t, rank)
	switch t {
	case extract.Person:
		return []string{"Dr. " + name}
	case extract.Organization:
		return []string{name + " Inc."}
	default:
		return []string{name + " model"}
	}
}

// The world's facts: a person's employer, a model's developer and the model
// it derives from are fixed, so that articles restate the same facts.
func employer(seed uint64, person int) int {
	return zipf(rng(seed, saltJob, uint64(person)), worldOrgs)
}

func developer(seed uint64, model int) int {
	return zipf(rng(seed, saltDev, uint64(model)), worldOrgs)
}

func baseModel(seed uint64, model int) int {
	return zipf(rng(seed, saltBase, uint64(model)), model) // a more frequent (older) model
}

var roles = []string{"CEO", "chief scientist", "researcher", "founder", "CTO", "首席执行官", "研究员", "创始人"}

var enWords = strings.Fields("we believe the model will change how people work and learn but safety matters more than speed our team has shown that open research can compete with the largest labs this is a step toward systems that reason plan and help scientists every day regulators should act before it is too late compute costs keep falling")
var zhWords = []rune("我们认为模型将改变人们工作和学习的方式但安全比速度更重要团队证明开放研究能与最大的实验室竞争这是迈向推理规划系统的一步监管者应该在为时已晚之前采取行动算力成本不断下降")

// statement is a quote's words, from a stream of its own: the same stream
// gives the same words in every article that reports them.
func statement(r *rand.Rand, zh bool) string {
	if zh {
		n := 15 + r.IntN(25)
		b := make([]rune, n)
		for i := range b {
			b[i] = zhWords[r.IntN(len(zhWords))]
		}
		return string(b)
	}
	n := 10 + r.IntN(20)
	w := make([]string, n)
	for i := range w {
		w[i] = enWords[r.IntN(len(enWords))]
	}
	return strings.Join(w, " ")
}

var eventKinds = []string{"release", "launch", "funding", "acquisition", "lawsuit", "conference"}
var sources = []string{"Daily Tech", "AI Weekly", "新华网", "36氪", "The Ledger", "Wired Notes", "机器之心", "Global Post"}

// filler stands in for article bodies: the writer only counts their characters.
var filler = strings.Repeat("x", 6000)

var day0 = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)

// genDoc is article i of the world: the Doc kg ingest would hand the writer
// after extracting it.
func genDoc(seed uint64, i int) graph.Doc {
	r := rng(seed, saltArticle, uint64(i))
	p := goldProfiles[r.IntN(len(goldProfiles))]
	zh := r.IntN(2) == 0
	lang := "en"
	if zh {
		lang = "zh"
	}
	published := day0.AddDate(0, 0, r.IntN(365*years)).Format("2006-01-02")
	var res extract.Result
	res.Lang = lang
	have := map[string]bool{}
	add := func(t extract.Type, rank int) string {
		name := entityName(t, rank)
		if !have[name] {
			have[name] = true
			res.Entities = append(res.Entities, extract.Entity{Name: name, Type: t,
				Aliases: entityAliases(seed, t, rank), Mentions: 1 + int(r.ExpFloat64())})
		}
		return name
	}
	draw := func(t extract.Type, world, k int) []int {
		seen := map[int]bool{}
		var ranks []int
		for tries := 0; len(ranks) < k && tries < 4*k; tries++ {
			x := zipf(r, world)
			if !seen[x] {
				seen[x] = true
				ranks = append(ranks, x)
				add(t, x)
			}
		}
		return ranks
	}
	// As in the gold files, a fact's ends are among the article's entities:
	// the employers, developers and base models the facts bring in count
	// toward the article's organizations and models.
	persons := draw(extract.Person, worldPersons, p.persons)
	models := draw(extract.Model, worldModels, max(min(p.models, 1), p.models-p.derivedFrom))
	for j := 0; j < p.worksAt && j < len(persons); j++ {
		who := persons[j]
		rel := extract.Relation{Type: extract.WorksAt, From: entityName(extract.Person, who),
			To: add(extract.Organization, employer(seed, who)), Role: roles[who%len(roles)], Former: who%10 == 3}
		res.Relations = append(res.Relations, rel)
	}
	for j := 0; j < p.developed && j < len(models); j++ {
		m := models[j]
		res.Relations = append(res.Relations, extract.Relation{Type: extract.Developed,
			From: add(extract.Organization, developer(seed, m)), To: entityName(extract.Model, m)})
	}
	for j, k := 0, 0; j < len(models) && k < p.derivedFrom; j++ {
		if m := models[len(models)-1-j]; m > 0 {
			res.Relations = append(res.Relations, extract.Relation{Type: extract.DerivedFrom,
				From: entityName(extract.Model, m), To: add(extract.Model, baseModel(seed, m))})
			k++
		}
	}
	orgs := 0
	for _, e := range res.Entities {
		if e.Type == extract.Organization {
			orgs++
		}
	}
	draw(extract.Organization, worldOrgs, p.orgs-orgs)
	offset := 0
	for j := 0; j < p.quotes && len(persons) > 0; j++ {
		who := persons[r.IntN(len(persons))]
		speaker := entityName(extract.Person, who)
		var text string
		if r.Float64() < sharedQuote {
			text = statement(rng(seed, saltStatement, uint64(who), uint64(r.IntN(3))), who%2 == 1)
		} else {
			text = statement(r, zh)
		}
		var about []string
		for k := 0; k < 1+r.IntN(8)/7 && len(res.Entities) > 1; k++ {
			if e := res.Entities[r.IntN(len(res.Entities))].Name; e != speaker {
				about = append(about, e)
			}
		}
		kind, cue := extract.Direct, "said"
		if r.IntN(2) == 0 {
			kind = extract.Reported
		}
		if zh {
			cue = "表示"
		}
		res.Quotes = append(res.Quotes, extract.Quote{Speaker: speaker, Text: text, Kind: kind, Cue: cue,
			About: about, Offset: offset, Sentence: speaker + " " + cue + " " + text})
		offset += len(text) + 40
	}
	for j := 0; j < p.events && len(res.Entities) > 0; j++ {
		e := res.Entities[r.IntN(len(res.Entities))]
		kind := eventKinds[r.IntN(len(eventKinds))]
		// An entity's event of a kind has one date, so articles about it
		// report one Event.
		dr := rng(seed, saltEventDate, uint64(len(e.Name)), uint64(len(kind)), uint64(fnvString(e.Name)))
		date := day0.AddDate(0, 0, dr.IntN(365*years)).Format("2006-01")
		res.Events = append(res.Events, extract.Event{Name: e.Name + " " + kind, Date: date, Kind: kind, Involves: []string{e.Name}})
	}
	id := fmt.Sprintf("%016x%016x", seed, i)
	return graph.Doc{
		Article: source.Article{
			Path:      fmt.Sprintf("gen/%08d.txt", i),
			ID:        id,
			Title:     fmt.Sprintf("%s report %d", sources[i%len(sources)], i),
			URL:       fmt.Sprintf("https://news.example.com/%s/%d", published, i),
			Source:    sources[i%len(sources)],
			Published: published,
			Lang:      lang,
			Text:      filler[:1500+r.IntN(4000)],
		},
		Result: res,
	}
}

func fnvString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
