package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// relations finds the facts the article states between its entities:
// who works where, which organization built which model, which model comes
// from which. The lexicon only confirms what the text puts side by side.
func (x *Extractor) relations(doc *document) []Relation {
	r := &relFinder{x: x, doc: doc, seen: map[Relation]bool{}, stated: map[*entity]bool{}, inherited: map[string]bool{}}
	for si, s := range doc.sentences {
		// Windows bound the pairs a sentence of many mentions costs.
		for _, ms := range mentionWindows(doc.sentenceMentions(s)) {
			before := len(r.out)
			r.worksAt(s, ms)
			r.sharedPosts(s, ms, before)
			r.developed(si, s, ms)
			r.companyReleased(s, ms)
			r.itsModel(s, ms)
			r.jointAndParenMakers(s, ms)
			derivedFrom := len(r.out)
			r.derived(s, ms)
			r.adoptsBase(s, ms)
			r.zhVersionOf(s, ms)
			r.basedAdjective(s, ms)
			r.coordinatedBases(s, ms, derivedFrom)
		}
	}
	r.namedAfterMaker()
	r.families()
	r.familyFromVersions()
	return r.out
}

// namedAfterMaker relates a model whose name opens with an organization's
// brand to that organization (Nordlys AI -> Nordlys-12B, 玄枢实验室 ->
// 玄枢-2-7B, DeepSeek -> DeepSeek-R1, Meta -> Meta AI): the name itself
// states the maker. A lexicon model whose developer is someone else is
// left alone (a fork named after its base's maker).
func (r *relFinder) namedAfterMaker() {
	lex := r.x.lex
	for _, o := range r.doc.entities {
		if o.Type != Organization {
			continue
		}
		brands := makerBrands(o)
		for _, m := range r.doc.entities {
			if m.Type != Model {
				continue
			}
			if me := lex.entry(Model, m.Name); me != nil && len(me.Attrs["developer"]) > 0 && !r.lexDeveloper(m, o) {
				continue
			}
			if r.otherMakersModelIn(m, o) {
				continue // Formosa-Llama: a fork of someone else's model, whoever Formosa is
			}
		next:
			for _, a := range sortedAliases(m) {
				for _, b := range brands {
					if rest, ok := strings.CutPrefix(a, b); ok && rest != "" && (rest[0] == '-' || rest[0] == ' ' || rest[0] >= '0' && rest[0] <= '9' && !hasHan(b) || rest == "大模型" || rest == "模型") {
						r.add(Developed, o, m, "", false)
						break next
					}
				}
			}
		}
	}
}

// otherMakersModelIn reports a part of m's name that the lexicon knows as
// a model some other organization develops (Llama in Formosa-Llama).
func (r *relFinder) otherMakersModelIn(m, o *entity) bool {
	for _, part := range strings.FieldsFunc(m.Name, func(c rune) bool { return c == '-' || c == ' ' }) {
		pe := r.x.lex.lookupType(part, Model)
		if pe == nil || len(pe.Attrs["developer"]) == 0 {
			continue
		}
		if !r.lexDeveloper(&entity{Name: pe.Name, Type: Model}, o) {
			return true
		}
	}
	return false
}

// makerBrands lists the forms of an organization a model name may start
// with: its Latin names of one word of three letters or more, the
// distinctive word of a company name (Nordlys AI -> Nordlys), and the
// Chinese brand before a descriptor or a lab head (玄枢实验室 -> 玄枢).
func makerBrands(o *entity) []string {
	var out []string
	for _, a := range sortedAliases(o) {
		switch {
		case hasHan(a):
			for _, h := range append([]string{"实验室", "實驗室", "研究院", "公司", "集团", "集團"}, zhBrandTails...) {
				if b, ok := strings.CutSuffix(a, h); ok && allHan(b) && utf8.RuneCountInString(b) >= 2 {
					out = append(out, b)
				}
			}
		case !strings.Contains(a, " ") && len(a) >= 3:
			out = append(out, a)
		default:
			if b := shortBrand(a); b != "" {
				out = append(out, b)
			}
		}
	}
	return out
}

type relFinder struct {
	x    *Extractor
	doc  *document
	out  []Relation
	seen map[Relation]bool
	// byFamily records DERIVED_FROM found from names alone (Llama 2 ->
	// Llama): a version inherits its family's developer, unless the text
	// says the version was fine-tuned from something (stated), which is how
	// third parties' models are introduced (Phi-3-mini-PL, fine-tuned from
	// Phi-3-mini).
	byFamily  [][2]*entity
	stated    map[*entity]bool
	inherited map[string]bool
}

func (r *relFinder) add(t RelationType, from, to *entity, role string, former bool) {
	if from == nil || to == nil || from == to {
		return
	}
	switch t {
	case WorksAt:
		if from.Type != Person || to.Type != Organization {
			return
		}
	case Developed:
		if from.Type != Organization || to.Type != Model {
			return
		}
	case DerivedFrom:
		if from.Type != Model || to.Type != Model {
			return
		}
	}
	k := Relation{Type: t, From: from.Name, To: to.Name}
	if r.seen[k] {
		return
	}
	r.seen[k] = true
	r.out = append(r.out, Relation{Type: t, From: from.Name, To: to.Name, Role: strings.TrimSpace(role), Former: former})
}

// sharedPosts gives two people joined by 和 and followed by 都/均/两人 the
// posts the sentence gave either of them (联合创始人李航和吴倩都曾在百度工作).
func (r *relFinder) sharedPosts(s sentence, ms []mention, from int) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.Entity.Type != Person || b.Entity.Type != Person || a.Entity == b.Entity {
			continue
		}
		if j := text[a.End:b.Start]; j != "和" && j != "与" && j != "與" && j != "及" {
			continue
		}
		rest := text[b.End:s.End]
		if !strings.HasPrefix(rest, "都") && !strings.HasPrefix(rest, "均") && !strings.HasPrefix(rest, "两人") && !strings.HasPrefix(rest, "兩人") && !strings.HasPrefix(rest, "二人") {
			continue
		}
		added := append([]Relation(nil), r.out[from:]...)
		for _, rel := range added {
			if rel.Type != WorksAt {
				continue
			}
			var to *entity
			for _, m := range ms {
				if m.Entity.Name == rel.To && m.Entity.Type == Organization {
					to = m.Entity
				}
			}
			switch rel.From {
			case a.Entity.Name:
				r.add(WorksAt, b.Entity, to, rel.Role, rel.Former)
			case b.Entity.Name:
				r.add(WorksAt, a.Entity, to, rel.Role, rel.Former)
			}
		}
	}
}

// sentenceMentions returns the name mentions inside a sentence, in order.
func (doc *document) sentenceMentions(s sentence) []mention {
	return doc.mentionsIn(s) // bounded.go: a binary search, not a scan of the article
}

// clauseBreak reports punctuation that ends a clause.
func clauseBreak(s string) bool {
	return strings.ContainsAny(s, "，,。；;：:！？!?“”\"「」")
}

// ---- WORKS_AT

// worksAt reads job titles next to names: ORG + title + PERSON
// (火山引擎总裁谭待, xAI CEO Elon Musk, OpenAI's head of X Katrina
// Mulligan), PERSON, a title at ORG, lists after a title (共同创始人分别是
// A、B和C) and verbs (领导, joined).
func (r *relFinder) worksAt(s sentence, ms []mention) {
	text := r.doc.text
	for k, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		// ORG title PERSON, chained: Brightwave前CEO、存储芯片厂商Korvane高级副总裁X
		if k > 0 && ms[k-1].Entity.Type == Organization {
			o := ms[k-1]
			if role, former, ok := titleBetween(text[o.End:p.Start]); ok {
				lead := text[s.Start:o.Start]
				if (strings.HasSuffix(lead, "前") || strings.HasSuffix(lead, "原") || strings.HasSuffix(lead, "former ") || strings.HasSuffix(lead, "Former ") || strings.HasSuffix(lead, "ex-") || strings.HasSuffix(lead, "Ex-")) &&
					(k < 2 || ms[k-2].End <= o.Start-len("前")) {
					former = true // 前OpenAI研究员X, former Google engineer X
				}
				r.add(WorksAt, p.Entity, o.Entity, role, former)
				for j := k - 2; j >= 0 && ms[j].Entity.Type == Organization; j-- {
					between := text[ms[j].End:ms[j+1].Start]
					cut := strings.LastIndexAny(between, "、兼")
					if cut < 0 {
						break
					}
					desc := between[cut:]
					_, n := utf8.DecodeRuneInString(desc)
					if clauseBreak(desc[n:]) || utf8.RuneCountInString(desc) > 12 {
						break
					}
					role2, former2, ok := titleBetween(between[:cut])
					if !ok || role2 == "" {
						break
					}
					if strings.HasSuffix(text[s.Start:ms[j].Start], "前") || strings.HasSuffix(text[s.Start:ms[j].Start], "原") {
						former2 = true // 前百度副总裁、现任星河创投合伙人X
					}
					r.add(WorksAt, p.Entity, ms[j].Entity, role2, former2)
				}
			}
		}
		r.apposition(s, ms, k)
		r.whoClause(s, ms, k)
		r.parenTitle(s, ms, k)
		r.joinedAs(s, ms, k)
		r.verbWork(s, ms, k)
		r.copulaWork(s, ms, k)
		r.asTitle(s, ms, k)
		r.secretaryOf(s, ms, k)
		r.nameThenTitle(s, ms, k)
		r.orgTitleChain(s, ms, k)
		r.whoIsTitle(s, ms, k)
		r.parenOrgTitle(s, ms, k)
		r.appositionCoOrgs(s, ms, k)
		r.postChange(s, ms, k)
	}
	r.titleList(s, ms)
	r.listThenOrgTitle(s, ms)
	r.zhTitleSegments(s, ms)
	r.founderList(s, ms)
	r.workedBefore(s, ms)
	r.clausePronounWork(s, ms)
	r.poached(s, ms)
	r.itsTitle(s, ms)
	r.zhApposition(s, ms)
	r.subjectJoins(s, ms)
	r.appointed(s, ms)
	r.foundedBy(s, ms)
	r.personFounded(s, ms)
	r.pronounWork(s, ms)
	r.companyAnaphor(s, ms)
	r.bareTitle(s, ms)
	// the lexicon confirms a person and an organization named together
	for _, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		pe := r.x.lex.entry(Person, p.Entity.Name)
		if pe == nil || len(pe.Attrs["org"]) == 0 {
			continue
		}
		for _, o := range ms {
			if o.Entity.Type != Organization {
				continue
			}
			oe := r.x.lex.entry(Organization, o.Entity.Name)
			for _, org := range pe.Attrs["org"] {
				if oe != nil && r.x.lex.entry(Organization, org) == oe {
					r.add(WorksAt, p.Entity, o.Entity, "", false)
				}
			}
		}
	}
}

// titleBetween reads the text between an organization and a name as a job
// title: empty (DeepMind哈萨比斯), 的CEO, 前CEO, 's chief scientist, CEO.
func titleBetween(between string) (role string, former bool, ok bool) {
	b := between
	for _, p := range []string{"公司", "集团", "集團"} {
		b = strings.TrimPrefix(b, p)
	}
	if strings.HasPrefix(b, "'s ") || strings.HasPrefix(b, "’s ") {
		b = b[strings.Index(b, "s ")+2:]
		b = strings.TrimSuffix(strings.TrimSpace(b), ",") // Meta's chief AI scientist, Yann LeCun
	} else if strings.HasPrefix(b, "' ") || strings.HasPrefix(b, "’ ") {
		b = strings.TrimLeft(b, "'’ ")
	}
	b = strings.TrimPrefix(strings.TrimLeft(b, " "), "的") // Databricks 的联合创始人
	if hasHan(b) && endsWithTitleHead(strings.TrimSuffix(b, "的")) {
		b = strings.TrimSuffix(b, "的") // Lattice Forge首席科学家的丹尼尔
	}
	b = strings.TrimSpace(b)
	if b == "" {
		// only direct contact in Chinese, or a possessive: Acme's Jane Roe
		return "", false, between == "" || strings.TrimSpace(between) == "'s" || strings.TrimSpace(between) == "’s"
	}
	if clauseBreak(b) || (hasHan(b) && utf8.RuneCountInString(b) > 24) || len(b) > 60 || strings.ContainsAny(b, "()（）了从從被把") {
		return "", false, false // 特斯拉(Tesla, TSLA)首席执行官: parenOrgTitle reads it
	}
	for _, f := range []string{"前", "原", "曾任", "former ", "Former ", "ex-", "Ex-"} {
		if strings.HasPrefix(b, f) {
			former = true
		}
	}
	for _, w := range []string{"前瞻", "前沿", "前端", "原子", "原创", "原創"} {
		if strings.HasPrefix(b, w) {
			former = false // 前瞻及應用科技處副處長: a department, not a past post
		}
	}
	if hasHan(b) {
		if relTitleHead(b) {
			return zhRoleCore(b), former, true
		}
		return "", false, false
	}
	// English: every word a title word or lower-case (head of global developer relations)
	words := strings.Fields(b)
	if len(words) > 7 {
		return "", false, false
	}
	title := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if titleWordsEn[lw] || englishTitle[lw] {
			title = true
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !englishTitle[lw] && !(len(w) <= 3 && strings.ToUpper(w) == w) {
			return "", false, false // a name, not a title; AI and ML are fine
		}
	}
	return b, former, title
}

// englishTitle are words found inside English job titles.
var englishTitle = map[string]bool{"vice": true, "senior": true, "general": true, "managing": true, "principal": true, "lead": true, "global": true,
	"former": true, "ex": true, "co-founder": true, "deputy": true, "assistant": true, "associate": true, "research": true, "technical": true,
	"product": true, "of": true, "and": true, "for": true, "the": true, "operating": true, "technology": true, "financial": true, "scientific": true,
	"adviser": true, "advisor": true, "spokesperson": true, "evangelist": true, "strategist": true, "affiliate": true, "member": true,
	"staff": true, "developer": true, "engineer": true, "cto": true, "ceo": true, "svp": true, "evp": true, "vp": true, "policy": true, "communications": true, "chief": true}

// apposition reads "NAME, a senior engineer at ORG", "NAME, the ORG's
// lead spokesperson" and a second segment "ORG director".
func (r *relFinder) apposition(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	rest := text[p.End:s.End]
	comma := strings.Index(rest, ", ")
	if paren := strings.Index(rest, " ("); paren == 0 && (comma < 0 || comma > 1) {
		// Ilya Sutskever (co-founder of OpenAI)
		if close := strings.Index(rest, ")"); close > 2 {
			comma = 0
			rest = rest[:close]
			s.End = p.End + close
		}
	}
	if comma < 0 || comma > 12 || strings.IndexFunc(rest[:comma], unicode.IsLower) >= 0 {
		return
	}
	pos := p.End + comma + 2
	formerClause := false
	for _, w := range []string{"who was ", "who had been ", "formerly ", "then "} {
		if strings.HasPrefix(text[pos:s.End], w) {
			pos += len(w) // Mira Murati, who was OpenAI's chief technology officer
			formerClause = true
		}
	}
	if strings.HasPrefix(text[pos:s.End], "who ") {
		return // other relative clauses: whoClause and whoIsTitle read them
	}
	for seg := 0; seg < 2 && pos < s.End; seg++ {
		end := s.End
		for _, stop := range []string{", ", " who ", " which ", " and a ", " and an ", " and the ", "; ", ". ", "—", "–", " -- "} {
			if i := strings.Index(text[pos:end], stop); i >= 0 {
				end = pos + i
			}
		}
		if and := strings.Index(text[pos:end], " and "); and > 0 && seg == 0 {
			// "a professor at Stanford University and co-director of the X Institute":
			// read the part after "and" as a segment of its own when it names an organization
			for j := k + 1; j < len(ms); j++ {
				if ms[j].Start >= pos+and && ms[j].End <= end && ms[j].Entity.Type == Organization {
					end = pos + and
					break
				}
			}
		}
		clause := text[pos:end]
		lc := strings.ToLower(clause)
		if personWithin(ms, k, pos, end) {
			return // "A, Acme CEO B": the segment describes the next person of a list
		}
		var org *mention
		for j := k + 1; j < len(ms); j++ {
			if ms[j].Start >= pos && ms[j].End <= end && ms[j].Entity.Type == Organization {
				org = &ms[j]
				break
			}
		}
		if org == nil {
			if seg == 0 && !startsWithArticle(lc) && !titleWordsEn[firstWord(lc)] {
				return
			}
			pos = nextSegment(text, end)
			formerClause = nowClause(text, &pos, formerClause)
			continue
		}
		before := strings.TrimSpace(text[pos:org.Start])
		after := strings.TrimSpace(text[org.End:end])
		role := ""
		switch {
		case strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s "):
			role = after[strings.Index(after, "s ")+2:]
		case strings.HasPrefix(after, "' ") || strings.HasPrefix(after, "’ "):
			role = strings.TrimLeft(after, "'’ ") // Orbital Labs' chief technology officer
		case before == "" || before == "the" || before == "The" || before == "a" || before == "an":
			role = after // CCC director, a Gartner analyst
		case (before == "a former" || before == "an ex-" || before == "a onetime" || before == "former") && !strings.HasPrefix(after, "'"):
			role = "former " + after // a former DeepMind researcher
		default:
			role = before
			for _, a := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
				role = strings.TrimPrefix(role, a)
			}
			for _, prep := range []string{" at ", " in ", " with ", " for ", " from ", " on "} {
				if i := strings.Index(role+" ", prep); i >= 0 {
					role = role[:i]
				}
			}
			for _, art := range []string{" the", " a", " an"} {
				role = strings.TrimSuffix(role, art)
			}
			for _, prep := range []string{" at", " of", " in", " with", " for", " from"} {
				role = strings.TrimSuffix(role, prep)
			}
		}
		role = strings.TrimRight(role, ".,;:!?\"”’ ")
		for _, w := range []string{"now ", "currently "} {
			role = strings.TrimPrefix(role, w) // Peter Vance, now CEO of Arboris
		}
		if !plausibleRole(role) {
			pos = nextSegment(text, end)
			formerClause = nowClause(text, &pos, formerClause)
			continue
		}
		former := formerClause || strings.HasPrefix(strings.ToLower(role), "former") || strings.HasPrefix(strings.ToLower(role), "ex-")
		r.add(WorksAt, p.Entity, org.Entity, role, former)
		pos = nextSegment(text, end)
		formerClause = nowClause(text, &pos, formerClause)
	}
}

// nextSegment is where the apposition's next part starts after end: past
// ", " or " and ".
func nextSegment(text string, end int) int {
	if strings.HasPrefix(text[end:], " who ") || strings.HasPrefix(text[end:], " which ") {
		return len(text) // a relative clause: whoClause reads it
	}
	if strings.HasPrefix(text[end:], " and ") {
		return end + len(" and ")
	}
	return end + 2
}

// nowClause skips "now "/"currently " opening a segment, which ends what
// "formerly" began (formerly head of AI at Stripe and now CEO of Ledgerline).
func nowClause(text string, pos *int, former bool) bool {
	for _, w := range []string{"now ", "currently ", "today "} {
		if *pos < len(text) && strings.HasPrefix(text[*pos:], w) {
			*pos += len(w)
			return false
		}
	}
	return former
}

// parenTitle reads 王磊（星河资本合伙人） and 王磊（前百度副总裁）: the
// organization and title in a parenthesis right after the name.
func (r *relFinder) parenTitle(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	rest := text[p.End:s.End]
	if !strings.HasPrefix(rest, "（") && !strings.HasPrefix(rest, "(") {
		return
	}
	close := strings.IndexAny(rest, "）)")
	if close < 0 {
		return
	}
	end := p.End + close
	for j := k + 1; j < len(ms) && ms[j].Start < end; j++ {
		o := ms[j]
		if o.Entity.Type != Organization {
			continue
		}
		role, former, ok := titleBetween(text[o.End:end])
		if !ok || role == "" {
			continue
		}
		lead := text[p.End:o.Start]
		former = former || strings.HasSuffix(lead, "前") || strings.HasSuffix(lead, "原")
		r.add(WorksAt, p.Entity, o.Entity, role, former)
	}
}

// whoVerbs are verbs of a relative clause after a name that tie the
// person to the organization the clause names, with the role they give
// and whether the tense makes the post a past one.
var whoVerbs = []struct {
	verb, role string
	former     bool
}{
	{"co-founded", "co-founder", false}, {"cofounded", "co-founder", false}, {"founded", "founder", false}, {"started", "founder", false}, {"joined", "", false},
	{"leads", "", false}, {"heads", "", false}, {"runs", "", false}, {"directs", "", false}, {"manages", "", false}, {"works", "", false},
	{"led", "", true}, {"headed", "", true}, {"ran", "", true}, {"directed", "", true}, {"managed", "", true}, {"worked", "", true}, {"spent", "", true},
	{"left", "", true}, {"quit", "", true},
}

// leadVerbs lead a unit named right after them (who directs the X Lab).
var leadVerbs = map[string]bool{"leads": true, "heads": true, "runs": true, "directs": true, "manages": true, "led": true, "headed": true, "ran": true, "directed": true, "managed": true}

// whoClause reads "NAME, who founded the startup ORG", "NAME, who
// previously led a group at ORG" and "A and B, both now at ORG".
func (r *relFinder) whoClause(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	rest := text[p.End:s.End]
	clauseOrg := func(from int) *mention {
		end := s.End
		if i := strings.IndexAny(text[from:s.End], ",;"); i >= 0 {
			end = from + i
		}
		for j := k + 1; j < len(ms); j++ {
			if ms[j].Start >= from && ms[j].End <= end && ms[j].Entity.Type == Organization {
				return &ms[j]
			}
			if ms[j].Start >= end {
				break
			}
		}
		return nil
	}
	who := -1
	if strings.HasPrefix(rest, ", who ") {
		who = len(", who ")
	} else if startsWithArticle(strings.TrimPrefix(rest, ", ")) && strings.HasPrefix(rest, ", ") {
		// NAME, a former OpenAI researcher who founded ORG
		seg := rest[2:]
		if i := strings.Index(seg, ", "); i >= 0 {
			seg = seg[:i]
		}
		if i := strings.Index(seg, " who "); i >= 0 {
			who = 2 + i + len(" who ")
		}
	}
	if who >= 0 {
		from := p.End + who
		clause := text[from:s.End]
		former := false
		for _, adv := range []string{"previously ", "formerly ", "once ", "earlier ", "had "} {
			if strings.HasPrefix(clause, adv) {
				former = true
				clause = clause[len(adv):]
				from += len(adv)
			}
		}
		for _, v := range whoVerbs {
			if !strings.HasPrefix(clause, v.verb+" ") {
				continue
			}
			if o := clauseOrg(from); o != nil && v.verb == "joined" && strings.TrimSpace(text[from+len("joined"):o.Start]) == "" {
				// who joined Lumen as CTO in 2024
				role := ""
				if rest := text[o.End:s.End]; strings.HasPrefix(rest, " as ") {
					role = strings.Fields(rest[4:] + " ")[0]
					if w := strings.Fields(rest[4:]); len(w) > 0 && (w[0] == "a" || w[0] == "an" || w[0] == "its" || w[0] == "the") && len(w) > 1 {
						role = strings.Trim(w[1], ",.")
					}
					role = strings.Trim(role, ",.")
				}
				r.add(WorksAt, p.Entity, o.Entity, role, former)
				break
			}
			if o := clauseOrg(from); o != nil && (leadVerbs[v.verb] || leftVerbs[v.verb]) && (strings.TrimSpace(text[from+len(v.verb):o.Start]) == "the" || strings.TrimSpace(text[from+len(v.verb):o.Start]) == "") {
				// who directs the Autonomy Lab at Kyoto University: the unit, and the
				// organization it belongs to
				role := v.verb
				if leftVerbs[v.verb] {
					role = "" // who left Acme: a past post, whatever it was
				}
				r.add(WorksAt, p.Entity, o.Entity, role, former || v.former)
				for j := k + 1; j+1 < len(ms); j++ {
					if ms[j].Entity == o.Entity && ms[j+1].Entity.Type == Organization && (text[ms[j].End:ms[j+1].Start] == " at " || text[ms[j].End:ms[j+1].Start] == " of ") {
						r.add(WorksAt, p.Entity, ms[j+1].Entity, "", former || v.former)
						break
					}
				}
				break
			}
			if o := clauseOrg(from); o != nil && !strings.Contains(text[from:o.Start], " as ") && (v.role != "" || strings.HasSuffix(text[from:o.Start], " at ") || strings.HasSuffix(text[from:o.Start], " for ")) {
				role := v.role
				if role == "" {
					role = strings.TrimSpace(text[from:o.Start])
					role = strings.TrimSuffix(strings.TrimSuffix(role, " at"), " of")
				}
				r.add(WorksAt, p.Entity, o.Entity, role, former || v.former)
			}
			break
		}
	}
	// A and B, both now at ORG
	for _, lead := range []string{", both now at ", ", both at ", ", now at ", ", all now at ", ", both of "} {
		if !strings.HasPrefix(rest, lead) {
			continue
		}
		o := clauseOrg(p.End + len(lead))
		if o == nil || o.Start != p.End+len(lead) {
			return
		}
		r.add(WorksAt, p.Entity, o.Entity, "", false)
		for j := k - 1; j >= 0 && ms[j].Entity.Type == Person; j-- {
			gap := text[ms[j].End:ms[j+1].Start]
			if gap != " and " && gap != ", " && gap != ", and " {
				break
			}
			r.add(WorksAt, ms[j].Entity, o.Entity, "", false)
		}
	}
}

func startsWithArticle(s string) bool {
	return strings.HasPrefix(s, "a ") || strings.HasPrefix(s, "an ") || strings.HasPrefix(s, "the ")
}

// plausibleRole accepts a short title that has a title word in it.
func plausibleRole(role string) bool {
	words := strings.Fields(strings.ToLower(role))
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	for _, w := range words {
		if i := strings.LastIndex(w, "-"); i > 0 && titleWordsEn[w[i+1:]] {
			return true // co-director, vice-chair
		}
		if titleWordsEn[w] || (englishTitle[w] && w != "of" && w != "and" && w != "for" && w != "the" && w != "research" && w != "technology" && w != "product" && w != "policy") {
			return true
		}
	}
	return false
}

// workVerbs tie a person to an organization: 加入 Meta, 领导FAIR, joined X.
var workVerbs = []struct {
	verb string
	role string
}{{"领导", "领导"}, {"領導", "領導"}, {"执掌", "执掌"}, {"掌管", "掌管"}, {"加入", ""}, {"任职于", ""}, {"就职于", ""}, {"供职于", ""}, {"效力于", ""},
	{"创立", "创始人"}, {"创办", "创始人"}, {"創立", "創始人"}, {"創辦", "創辦人"}, {"joined ", ""}, {"加盟", ""}, {"加盟了", ""}, {"left ", ""}, {"quit ", ""}, {"departed ", ""}, {"worked at ", ""}, {"worked for ", ""}, {"leads ", ""}, {"founded ", "founder"}, {"co-founded ", "co-founder"}, {"runs ", ""}, {"works at ", ""}, {"heads ", "head"}}

// copulaWork reads PERSON以前是ORG的研究员 and PERSON is a professor at ORG.
func (r *relFinder) copulaWork(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	if k+1 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	o := ms[k+1]
	between := text[p.End:o.Start]
	after := text[o.End:s.End]
	if hasHan(between) || hasHan(after) {
		b := strings.TrimSpace(between) // Lucas Beyer 是 DeepMind 研究员: spaces around Latin names
		after = strings.TrimLeft(after, " ")
		former := false
		for _, f := range []string{"以前", "此前", "曾经", "曾", "早年", "过去", "過去", "原本"} {
			if strings.HasPrefix(b, f) {
				b, former = b[len(f):], true
			}
		}
		for _, f := range []string{"也", "还", "還", "同时", "同時", "现在", "現在", "目前", "现", "現"} {
			b = strings.TrimPrefix(b, f)
		}
		if b != "是" && b != "为" && b != "為" && b != "任" && b != "担任" && b != "擔任" {
			return
		}
		after = strings.TrimPrefix(after, "的")
		for n, i := 0, 0; i < len(after) && n < 12; n++ {
			_, size := utf8.DecodeRuneInString(after[i:])
			i += size
			if clauseBreak(after[:i]) {
				return
			}
			if endsWithTitleHead(after[:i]) && (i == len(after) || stopAt(after, i) || clauseBreak(after[i:min(len(after), i+3)])) {
				r.add(WorksAt, p.Entity, o.Entity, after[:i], former)
				return
			}
		}
		return
	}
	// English: X is/was a senior engineer at ORG
	lb := " " + strings.TrimSpace(between) + " "
	for _, cop := range []string{" is a ", " is an ", " was a ", " was an ", " is the ", " was the ", " previously was a ", " had been a ", " serves as the ", " served as the ", " serves as ", " served as ", " works as ", " worked as "} {
		if !strings.HasPrefix(lb, cop) {
			continue
		}
		role := strings.TrimSpace(lb[len(cop):])
		for _, prep := range []string{" at", " of", " in", " with", " for"} {
			role = strings.TrimSuffix(role, prep)
		}
		if plausibleRole(role) {
			r.add(WorksAt, p.Entity, o.Entity, role, strings.HasPrefix(cop, " was") || strings.HasPrefix(cop, " previously") || strings.HasPrefix(cop, " had") || strings.HasPrefix(cop, " served") || strings.HasPrefix(cop, " worked"))
		}
		return
	}
}

// foundedBy reads ORG, was founded by PERSON and ORG由PERSON创立.
func (r *relFinder) foundedBy(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		o := ms[k]
		if o.Entity.Type != Organization {
			continue
		}
		for j := k + 1; j < len(ms) && j <= k+3; j++ {
			p := ms[j]
			if p.Entity.Type != Person {
				continue
			}
			between := text[o.End:p.Start]
			after := text[p.End:min(s.End, p.End+12)]
			en := strings.HasSuffix(between, "founded by ") || strings.HasSuffix(between, "co-founded by ")
			if m := zhDateGap.FindString(after); m != "" {
				after = after[len(m):] // 由孙伟于2021年创立
				after += text[min(s.End, p.End+12):min(s.End, p.End+12+len(m))]
			}
			zh := (strings.HasPrefix(strings.TrimSpace(between), "由") || strings.HasPrefix(strings.TrimSpace(between), "是由")) && (strings.HasPrefix(after, "创立") || strings.HasPrefix(after, "创办") ||
				strings.HasPrefix(after, "創立") || strings.HasPrefix(after, "創辦") || strings.HasPrefix(after, "联合创立") || strings.HasPrefix(after, "共同创立"))
			if (en && len(between) < 60 && !strings.ContainsAny(between, ";.")) || (zh && (utf8.RuneCountInString(between) <= 4 || utf8.RuneCountInString(between) <= 16 && endsWithTitleHead(between) && !clauseBreak(between))) {
				r.add(WorksAt, p.Entity, o.Entity, "founder", false)
				// the others in "founded by A and B"
				for n := j + 1; n < len(ms) && ms[n].Entity.Type == Person; n++ {
					if g := strings.TrimSpace(text[ms[n-1].End:ms[n].Start]); g == "and" || g == "," || g == "和" || g == "、" || g == "与" || g == ", and" {
						r.add(WorksAt, ms[n].Entity, o.Entity, "founder", false)
					}
				}
			}
			break
		}
	}
}

// pronounWork reads a sentence that opens with He/She/他/她 and states a
// post (He is the chief technology officer of Ledgerlight; 她曾在百度工作)
// for the person the sentences before last named, of that gender when
// the lexicon or the text gave one.
func (r *relFinder) pronounWork(s sentence, ms []mention) {
	text := r.doc.text
	lead := text[s.Start:s.End]
	var gender byte
	var n int
	for _, p := range []struct {
		w string
		g byte
	}{{"He ", 'm'}, {"She ", 'f'}, {"他", 'm'}, {"她", 'f'}} {
		if strings.HasPrefix(lead, p.w) {
			gender, n = p.g, len(p.w)
			if p.w[len(p.w)-1] == ' ' {
				n--
			}
		}
	}
	if n == 0 || len(ms) == 0 || ms[0].Entity.Type != Organization {
		return
	}
	var person *entity
	var from int
	for k, snt := range r.doc.sentences {
		if snt.Start == s.Start {
			from = r.doc.sentences[max(0, k-2)].Start
		}
	}
	for _, m := range r.doc.mentions {
		if m.Start >= s.Start {
			break
		}
		if m.Start >= from && m.Entity.Type == Person && (m.Entity.Gender == 0 || m.Entity.Gender == gender) {
			person = m.Entity
		}
	}
	if person == nil {
		return
	}
	pm := mention{span: span{s.Start, s.Start + n}, Entity: person}
	ms2 := append([]mention{pm}, ms...)
	r.copulaWork(s, ms2, 0)
	r.verbWork(s, ms2, 0)
}

// companyReleasedRe ends the text before a model with "the company
// released" or 公司(今天)发布了: the maker is the company named before.
var companyReleasedRe = regexp.MustCompile(`(?:^|[\s，。,;；])(?:[Tt]he (?:company|startup|firm|lab)|该公司|該公司|这家公司|這家公司|公司)(?: (?:also|then|later|has|had|on \w+|last \w+|this \w+))*(?: (?:released|launched|unveiled|open-sourced|introduced|built|trained|developed)(?: its| a| the| an)?(?: new| latest| open| flagship| first)*(?: model| models| chatbot| assistant)?,? ?|(?:近日|今天|今日|昨天|昨日|日前|随后|隨後|也|还|還|已|此前|去年|今年)*(?:发布|發布|推出|开源|開源|上线|上線|发表|發表)了?(?:其|旗下)?(?:最新的?|新一代|首款|自研的?)?(?:大模型|模型)?)$`)

// companyReleased reads "The company released M" and 该公司发布了M: the
// organization is the first one the nearest sentences before name.
func (r *relFinder) companyReleased(s sentence, ms []mention) {
	text := r.doc.text
	for _, m := range ms {
		if m.Entity.Type != Model || !companyReleasedRe.MatchString(text[max(s.Start, m.Start-60):m.Start]) {
			continue
		}
		org := r.orgBefore(s)
		r.add(Developed, org, m.Entity, "", false)
	}
}

// orgBefore is the first organization named in the nearest of the three
// sentences before s that names one, or nil.
func (r *relFinder) orgBefore(s sentence) *entity {
	seen := 0
	for k := len(r.doc.sentences) - 1; k >= 0 && seen < 3; k-- {
		snt := r.doc.sentences[k]
		if snt.Start >= s.Start {
			continue
		}
		seen++
		for _, om := range r.doc.sentenceMentions(snt) {
			if om.Entity.Type == Organization {
				return om.Entity
			}
		}
	}
	return nil
}

// companyAnaphorRe ends the text before a name with "the company's
// title," or 该公司title: the company is the one named before.
var companyAnaphorRe = regexp.MustCompile(`(?:[Tt]he (?:company|startup|firm|lab)['’]s ((?:[\w-]+ ){0,5}[\w-]+),? |(?:该公司|該公司|这家公司|這家公司)的?(\p{Han}{1,10}|[A-Z]{2,4}))$`)

// companyAnaphor reads "The company's chief executive, Dana Cole" and
// 该公司CTO赵刚: the organization is the first one the sentences before
// in the paragraph name.
func (r *relFinder) companyAnaphor(s sentence, ms []mention) {
	text := r.doc.text
	for _, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		m := companyAnaphorRe.FindStringSubmatch(text[max(s.Start, p.Start-80):p.Start])
		if m == nil {
			continue
		}
		role := m[1] + m[2]
		if !plausibleRole(role) && !endsWithTitleHead(role) {
			continue
		}
		org := r.orgBefore(s)
		if org != nil {
			r.add(WorksAt, p.Entity, org, role, false)
		}
	}
}

// bareTitleRe matches a company post right before a name with no
// organization: `," chief technology officer ` and `Chief executive `.
var bareTitleRe = regexp.MustCompile(`(?:^|[,;"”] |\. |^[“"]|\b(?:said|says|added|according to) )((?:[Cc]hief [a-z]+(?: [a-z]+)? officer|[Cc]hief executive|CEO|CTO|COO|CFO|[Cc]o-?founder(?: and (?:CEO|chief executive|CTO))?|[Ff]ounder|[Cc]hief scientist|[Hh]ead of [a-z]+(?: [a-z]+)?))\s$`)

// sentenceSubject matches what may stand before a sentence's subject.
var sentenceSubject = regexp.MustCompile(`^\s*(?:[A-Z][\w.-]*-based |The |the )?$`)

// bareTitle reads a company post before a name when the sentence names no
// organization ("chief executive Sigrid Haugen said"): the post is at the
// organization the sentences before are about, the one the article names
// most among those of the three sentences before.
func (r *relFinder) bareTitle(s sentence, ms []mention) {
	text := r.doc.text
	for _, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		if p.Start-s.Start < 3 || p.Start-s.Start > 200 {
			continue
		}
		m := bareTitleRe.FindStringSubmatch(text[max(s.Start, p.Start-60):p.Start])
		if m == nil {
			continue
		}
		// a stop inside the sentence (Haneul-V. "We moved fast," co-founder
		// X said): what comes before it is the sentence before
		cut := s.Start + strings.LastIndexAny(text[s.Start:p.Start], ".!?") + 1
		named := false
		var org *entity
		for _, om := range ms {
			if om.Entity.Type != Organization || om.Start >= p.Start {
				continue
			}
			if om.Start >= cut {
				named = true
			} else if (sentenceSubject.MatchString(text[s.Start:om.Start]) || om.Entity.mentions >= 2) && (org == nil || om.Entity.mentions > org.mentions) {
				org = om.Entity
			}
		}
		if named {
			continue
		}
		// the nearest sentence before with an organization that is its
		// subject or that the article names again
		seen := 0
		for k := len(r.doc.sentences) - 1; k >= 0 && seen < 3 && org == nil; k-- {
			snt := r.doc.sentences[k]
			if snt.Start >= s.Start {
				continue
			}
			seen++
			for _, om := range r.doc.sentenceMentions(snt) {
				if om.Entity.Type != Organization {
					continue
				}
				subject := sentenceSubject.MatchString(text[snt.Start:om.Start])
				if (subject || om.Entity.mentions >= 2) && (org == nil || om.Entity.mentions > org.mentions) {
					org = om.Entity
				}
			}
		}
		if org != nil {
			r.add(WorksAt, p.Entity, org, m[1], false)
		}
	}
}

// personFounded reads PERSON创办的ORG, PERSON founded ORG: the founder
// works there (贾扬清创办的Lepton AI, Jane Roe founded Quillon in 2021).
func (r *relFinder) personFounded(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		p, o := ms[k], ms[k+1]
		if p.Entity.Type != Person || o.Entity.Type != Organization {
			continue
		}
		between := strings.TrimSpace(text[p.End:o.Start])
		for _, v := range []string{"创办的", "創辦的", "创立的", "創立的", "创建的", "創建的", "联合创办的", "共同创办的", "一手创办的", "创办了", "創辦了", "创立了", "創立了", "联合创办了", "聯合創辦了", "共同创立了", "共同創立了", "联合创立了", "聯合創立了", "founded", "co-founded", "cofounded", "founded the startup", "co-founded the startup", "founded the company", "started"} {
			if between == v {
				role := "founder"
				if strings.Contains(v, "co") || strings.Contains(v, "联合") || strings.Contains(v, "共同") || strings.Contains(v, "聯合") {
					role = "co-founder"
				}
				r.add(WorksAt, p.Entity, o.Entity, role, false)
			}
		}
	}
}

// zhDateGap is a date between a founder and 创立: 于2021年, 在2019年.
var zhDateGap = regexp.MustCompile(`^(?:于|於|在)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:共同|联合|聯合)?`)

// verbWork reads PERSON (将)(正式)领导 ORG and PERSON joined ORG.
func (r *relFinder) verbWork(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	if k+1 >= len(ms) || ms[k+1].Entity.Type != Organization {
		return
	}
	o := ms[k+1]
	between := text[p.End:o.Start]
	if b := strings.TrimSpace(between); (b == "of" || b == "at" || b == "from" || placeOf.MatchString(b)) && speechAfter.MatchString(text[o.End:min(s.End, o.End+20)]) {
		r.add(WorksAt, p.Entity, o.Entity, "", false) // Jonas Weber of Munich-based Vireo GmbH said, Priya Raman at Forrester said
		return
	}
	if b := strings.TrimSpace(between); (b == "(" || b == "（") && (strings.HasPrefix(text[o.End:], ")") || strings.HasPrefix(text[o.End:], "）")) {
		if _, after, _ := strings.Cut(text[o.End:min(s.End, o.End+24)], ")"); speechAfter.MatchString(after) {
			r.add(WorksAt, p.Entity, o.Entity, "", false) // Priya Raman (Forrester) said
			return
		}
	}
	if b, ok := strings.CutPrefix(between, ", "); ok && (strings.HasPrefix(b, "formerly of ") || strings.HasPrefix(b, "formerly with ") || strings.HasPrefix(b, "now at ") || strings.HasPrefix(b, "currently at ")) {
		r.add(WorksAt, p.Entity, o.Entity, "", strings.HasPrefix(b, "formerly")) // Omar Haddad, formerly of Microsoft
		return
	}
	if clauseBreak(between) || (hasHan(between) && utf8.RuneCountInString(between) > 14) || len(between) > 40 {
		return
	}
	// PERSON(此前)曾在ORG工作/任职: the verb comes after the organization
	if lead := strings.TrimSpace(between); (strings.HasSuffix(lead, "在") || strings.HasSuffix(lead, "前往") || strings.HasSuffix(lead, "转到") || strings.HasSuffix(lead, "轉到")) && utf8.RuneCountInString(lead) <= 8 {
		tail := strings.TrimLeft(text[o.End:min(s.End, o.End+12)], " ")
		for _, v := range []string{"工作", "任职", "任職", "就职", "就職", "实习", "實習", "担任", "擔任", "供职", "供職", "就读", "就讀", "攻读", "攻讀", "从事", "從事", "做研究", "读博", "讀博", "任教"} {
			if strings.HasPrefix(tail, v) {
				former := strings.Contains(lead, "曾") || strings.Contains(lead, "此前") || strings.Contains(lead, "之前") || strings.Contains(lead, "早年") || strings.Contains(lead, "过去") || strings.Contains(lead, "過去")
				r.add(WorksAt, p.Entity, o.Entity, "", former)
				return
			}
		}
	}
	for _, v := range workVerbs {
		i := strings.Index(between, v.verb)
		if i < 0 || strings.TrimSpace(between[i+len(v.verb):]) != "" {
			continue
		}
		former := strings.Contains(between[:i], "曾") || strings.Contains(between[:i], "前") || strings.Contains(between[:i], "previously") || v.verb == "left " || v.verb == "quit " || v.verb == "departed " ||
			strings.Contains(between[:i], "formerly") || strings.HasPrefix(v.verb, "worked")
		r.add(WorksAt, p.Entity, o.Entity, v.role, former)
		return
	}
}

// zhApposition reads PERSON，ORG TITLE，: 王丽华，蓝鲸智能首席执行官，在会上发言.
func (r *relFinder) zhApposition(s sentence, ms []mention) {
	text := r.doc.text
	for k := 0; k+1 < len(ms); k++ {
		p, o := ms[k], ms[k+1]
		if p.Entity.Type != Person || o.Entity.Type != Organization || text[p.End:o.Start] != "，" {
			continue
		}
		rest := text[o.End:s.End]
		end := strings.IndexAny(rest, "，。；")
		if end <= 0 || utf8.RuneCountInString(rest[:end]) > 12 {
			continue
		}
		role := strings.TrimPrefix(rest[:end], "的")
		if endsWithTitleHead(role) {
			former := strings.HasPrefix(role, "前") || strings.HasPrefix(role, "原")
			r.add(WorksAt, p.Entity, o.Entity, role, former)
		}
	}
}

// subjectJoins reads a later clause without a subject that takes a post:
// 王建国曾任百度副总裁，去年加盟腾讯 (the person opening the sentence
// joined 腾讯).
func (r *relFinder) subjectJoins(s sentence, ms []mention) {
	if len(ms) < 2 || ms[0].Entity.Type != Person || ms[0].Start != s.Start || !strings.Contains(r.doc.text[s.Start:s.End], "，") {
		return
	}
	text := r.doc.text
	for _, o := range ms[1:] {
		if o.Entity.Type == Person {
			return // another subject
		}
		if o.Entity.Type != Organization {
			continue
		}
		before := text[s.Start:o.Start]
		k := strings.LastIndex(before, "，")
		if k < 0 || strings.ContainsAny(before, "。；;“”") {
			continue
		}
		if seg := before[k+len("，"):]; zhJoinClause.MatchString(seg) {
			r.add(WorksAt, ms[0].Entity, o.Entity, "", strings.Contains(seg, "曾"))
		}
	}
}

// appointed reads ORG appointed/hired/named PERSON as TITLE and
// ORG任命/聘请PERSON为TITLE.
func (r *relFinder) appointed(s sentence, ms []mention) {
	text := r.doc.text
	if !containsAny(text[s.Start:s.End], appointVerbs) {
		return
	}
	for k := 0; k+1 < len(ms); k++ {
		o, p := ms[k], ms[k+1]
		if o.Entity.Type != Organization || p.Entity.Type != Person {
			continue
		}
		between := strings.TrimSpace(text[o.End:p.Start])
		for _, aux := range []string{"has ", "have ", "had ", "on Monday ", "on Tuesday ", "on Wednesday ", "on Thursday ", "on Friday ", "this week ", "last week ", "近日", "今天", "日前", "已"} {
			between = strings.TrimPrefix(between, aux)
		}
		if !containsWordList(between, appointVerbs) {
			continue
		}
		after := text[p.End:min(s.End, p.End+60)]
		if a, ok := strings.CutPrefix(after, " as "); ok {
			role := a
			if i := strings.IndexAny(role, ",.;"); i >= 0 {
				role = role[:i]
			}
			for _, d := range []string{"its new ", "its ", "the new ", "the ", "a new ", "a ", "an "} {
				role = strings.TrimPrefix(role, d)
			}
			if plausibleRole(role) {
				r.add(WorksAt, p.Entity, o.Entity, role, false)
			}
			continue
		}
		for _, w := range []string{"为", "為", "担任", "擔任", "出任"} {
			if strings.HasPrefix(after, w) {
				rest := after[len(w):]
				for n, i := 0, 0; i < len(rest) && n < 12; n++ {
					_, size := utf8.DecodeRuneInString(rest[i:])
					i += size
					if clauseBreak(rest[:i]) {
						break
					}
					if endsWithTitleHead(rest[:i]) {
						r.add(WorksAt, p.Entity, o.Entity, rest[:i], false)
						break
					}
				}
				break
			}
		}
	}
}

// appointVerbs put a person in a post at the organization before them.
var appointVerbs = []string{"appointed", "hired", "named", "appoints", "hires", "names", "poached", "任命", "聘请", "聘請", "聘任", "邀请", "邀請"}

// containsWordList reports that s is exactly one of the words.
func containsWordList(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// placeOf matches "of Munich-based" between a person and an organization.
var placeOf = regexp.MustCompile(`^of (?:[A-Z][\w.-]*-based|the)$`)

// speechAfter matches a speech verb right after an organization.
var speechAfter = regexp.MustCompile(`^,? (?:said|says|told|added|noted|argued|wrote|explained|warned|agreed|disagreed)\b`)

// zhJoinClause is a clause without its subject that takes a post at the
// organization after it: 去年加盟, 随后加入, 后出任.
var zhJoinClause = regexp.MustCompile(`^(?:随后|隨後|后来|後來|此后|此後|之后|之後|其后|其後|去年|今年|前年|年初|年底|上月|本月|又|再|曾|也|还|還|则|則|后|後|并|並|于|於|[0-9]{4}年|[0-9]{1,2}月|\s)*(?:加盟|加入|任职于|任職於|就职于|就職於|出任|现任|現任|现为|現為|转任|轉任|升任)了?$`)

// asTitle reads "…, who led the work as a CCC affiliate": the person works
// at the organization with the title after it.
func (r *relFinder) asTitle(s sentence, ms []mention, k int) {
	text := r.doc.text
	for j := k + 1; j < len(ms); j++ {
		o := ms[j]
		if o.Entity.Type == Person {
			return // the next person takes over
		}
		if o.Entity.Type != Organization {
			continue
		}
		before := text[max(ms[j-1].End, o.Start-8):o.Start]
		if !strings.HasSuffix(before, " as a ") && !strings.HasSuffix(before, " as an ") && !strings.HasSuffix(before, " as the ") {
			continue
		}
		after := text[o.End:s.End]
		words := strings.Fields(after)
		var role []string
		for _, w := range words {
			t := strings.TrimRight(w, ",.;")
			if t == "and" || t == "or" || !(titleWordsEn[strings.ToLower(t)] || englishTitle[strings.ToLower(t)]) {
				break
			}
			role = append(role, t)
			if t != w {
				break
			}
		}
		if len(role) > 0 && plausibleRole(strings.Join(role, " ")) {
			r.add(WorksAt, ms[k].Entity, o.Entity, text[o.Start:o.End]+" "+strings.Join(role, " "), false)
		}
	}
}

// secretaryOf reads "Secretary of Energy Jane Roe" when the article
// names the Department of Energy: US cabinet titles name their department.
func (r *relFinder) secretaryOf(s sentence, ms []mention, k int) {
	text := r.doc.text
	p := ms[k]
	before := text[s.Start:p.Start]
	i := strings.LastIndex(before, "Secretary of ")
	if i < 0 {
		return
	}
	dept := strings.TrimSpace(before[i+len("Secretary of "):])
	if dept == "" || strings.ContainsAny(dept, ",.;") || len(strings.Fields(dept)) > 3 {
		return
	}
	want := foldKey("Department of " + dept)
	for _, e := range r.doc.entities {
		if e.Type != Organization {
			continue
		}
		for a := range e.aliases {
			if k := foldKey(a); k == want || k == foldKey("U.S. Department of "+dept) {
				r.add(WorksAt, p.Entity, e, "Secretary of "+dept, false)
				return
			}
		}
		if le := r.x.lex.entry(Organization, e.Name); le != nil {
			for _, f := range le.forms() {
				if foldKey(f) == want {
					r.add(WorksAt, p.Entity, e, "Secretary of "+dept, false)
					return
				}
			}
		}
	}
}

// titleList reads "ORG…共同创始人分别是A、B和C": every person after the
// title and a copula works at the nearest organization before the title.
func (r *relFinder) titleList(s sentence, ms []mention) {
	text := r.doc.text
	for _, cop := range []string{"分别是", "分別是", "分别为", "分別為", "包括", "是"} {
		i := strings.Index(text[s.Start:s.End], cop)
		if i < 0 {
			continue
		}
		at := s.Start + i
		head := text[s.Start:at]
		var title string
		for _, h := range titleHeads {
			if strings.HasSuffix(head, h) && len(h) > len(title) {
				title = h
			}
		}
		if title == "" {
			continue
		}
		// the whole title: back to a clause break or a mention
		tstart := at - len(title)
		for tstart > s.Start {
			pr, n := utf8.DecodeLastRuneInString(text[:tstart])
			if !unicode.Is(unicode.Han, pr) || strings.ContainsRune("的位名个是和与及，、", pr) || unicode.IsDigit(pr) {
				break
			}
			tstart -= n
		}
		role := text[tstart:at]
		var org *mention
		for j := range ms {
			if ms[j].End <= tstart && ms[j].Entity.Type == Organization {
				org = &ms[j]
			}
		}
		if org == nil {
			return
		}
		for _, m := range ms {
			if m.Start >= at && m.Entity.Type == Person {
				r.add(WorksAt, m.Entity, org.Entity, role, false)
			}
		}
		return
	}
}

// ---- DEVELOPED

var devVerbsZh = []string{"发表", "發表", "打造", "开发", "開發", "推出", "发布", "發布", "研发", "研發", "训练", "訓練", "开源", "開源", "上线", "上線", "构建", "構建", "创造", "創造", "研制", "製作", "制作"}
var devVerbsEn = []string{" released ", " releases ", " launched ", " launches ", " unveiled ", " unveils ", " developed ", " develops ", " built ", " builds ",
	" introduced ", " introduces ", " trained ", " open-sourced ", " debuted ", " shipped ", " ships ", " rolled out ", " created ", " creates ", " announced ", " announces ", " makes ", " made "}

// developed reads ORG的MODEL, ORG's MODEL, ORG发布了…MODEL, MODEL由ORG开发,
// MODEL from ORG, MODEL开发商ORG, ORG旗下MODEL, and lets the lexicon
// confirm an organization and a model the sentence names together.
func (r *relFinder) developed(si int, s sentence, ms []mention) {
	text := r.doc.text
	var madeBy map[*entity]*entity // models given a maker before them in this sentence
	for k, m := range ms {
		if m.Entity.Type != Model {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			o := ms[j]
			if o.Entity.Type == Model && o.Entity != m.Entity {
				if mk := madeBy[o.Entity]; mk != nil && listJoin(text[o.End:m.Start]) && !derivativeAfter(text[m.End:s.End]) {
					r.add(Developed, mk, m.Entity, "", false) // Halcyon launched Nimbus 2, Stratus 3 and Cirrus 3
					madeBy[m.Entity] = mk
				}
				break // the verb before belongs to the nearer model
			}
			if o.Entity.Type != Organization {
				continue
			}
			between := text[o.End:m.Start]
			if orgOwnsModel(between) && !derivativeAfter(text[m.End:s.End]) && !strings.HasPrefix(between, "平台") && !strings.Contains(between, "会上") && !strings.Contains(between, "會上") {
				r.add(Developed, o.Entity, m.Entity, "", false)
				if madeBy == nil {
					madeBy = map[*entity]*entity{}
				}
				madeBy[m.Entity] = o.Entity
				break
			}
			if clauseBreak(between) {
				break
			}
		}
		for j := k + 1; j < len(ms); j++ {
			o := ms[j]
			if o.Entity.Type != Organization {
				continue
			}
			between := text[m.End:o.Start]
			after := text[o.End:min(s.End, o.End+30)]
			if modelByOrg(between, after) {
				r.add(Developed, o.Entity, m.Entity, "", false)
			}
			break
		}
	}
	// 后者旗下拥有ChatGPT: the latter is the last organization named before
	rest := text[s.Start:s.End]
	for _, latter := range []string{"后者", "後者"} {
		if !strings.HasPrefix(rest, latter) || si == 0 {
			continue
		}
		prev := r.doc.sentenceMentions(r.doc.sentences[si-1])
		var o *entity
		for _, pm := range prev {
			if pm.Entity.Type == Organization {
				o = pm.Entity
			}
		}
		for _, m := range ms {
			if m.Entity.Type == Model && strings.Contains(text[s.Start:m.Start], "旗下") {
				r.add(Developed, o, m.Entity, "", false)
			}
		}
	}
	// the lexicon confirms an organization and a model named together
	for _, m := range ms {
		if m.Entity.Type != Model {
			continue
		}
		if r.x.lex.entry(Model, m.Entity.Name) == nil && hasOwnWord(m.Entity.Name) {
			continue // Llama3-TAIDE-LX: someone's derivative, not the family maker's
		}
		for _, o := range ms {
			if o.Entity.Type == Organization && r.lexDeveloper(m.Entity, o.Entity) {
				r.add(Developed, o.Entity, m.Entity, "", false)
			}
		}
	}
}

// listJoin reports the separator of a list of names: ", ", " and ", 、, 和.
func listJoin(between string) bool {
	switch between {
	case ", ", " and ", ", and ", " or ", "、", "和", "与", "與", "及", "以及":
		return true
	}
	return false
}

// orgOwnsModel reads the text between an organization and a model that
// follows it.
func orgOwnsModel(between string) bool {
	b := strings.TrimSpace(between)
	switch b {
	case "", "的", "'s", "’s", "公司的", "旗下", "旗下的", "推出的", "发布的", "發布的", "开发的", "開發的", "打造的", "研发的", "研發的", "做的", "主导的", "主導的",
		"自研的", "自研", "自主研发的", "自主研發的", "的自研", "自家的", "训练的", "訓練的":
		return true
	}
	if ownModel.MatchString(between) || saidItsModel.MatchString(between) {
		return true // Tessellate's flagship model, Tessera-7B; Quillon said its Vega Pro
	}
	b = strings.TrimRight(b, "「“\"『《") // 發表客服模型「森語-8B」: the quote opens the name
	if makerClause.MatchString(between) {
		return true // Quillon Labs, which makes Vega-3; Quillon Labs, the company behind Vega-3
	}
	if strings.HasPrefix(b, ", ") && startsWithArticleWord(b[2:]) {
		// Kestrel, a Munich company, unveiled Brio 2: skip the apposition
		if k := strings.Index(b[2:], ", "); k > 0 && k <= 50 {
			b = strings.TrimSpace(b[2+k+2:])
		}
	}
	if clauseBreak(b) {
		return false
	}
	n := utf8.RuneCountInString(b)
	for _, v := range devVerbsZh {
		if i := strings.Index(b, v); i >= 0 && utf8.RuneCountInString(b[:i]) <= 10 && n <= 30 {
			return true
		}
	}
	for _, v := range devVerbsEn {
		if i := strings.Index(" "+b+" ", v); i >= 0 && i <= 20 && n <= 60 {
			return true
		}
	}
	if strings.HasPrefix(b, "旗下") && n <= 8 {
		return true
	}
	for _, v := range []string{"主导的", "主導的", "牵头的", "牽頭的", "领衔的", "領銜的"} {
		if strings.HasPrefix(b, v) && n <= 20 {
			return true // 國科會主導的…對話引擎TAIDE
		}
	}
	// OpenAI最新的推理模型o3, Anthropic's latest model, Claude
	if n <= 10 && (strings.HasSuffix(b, "模型") || strings.HasSuffix(b, "聊天机器人") || strings.HasSuffix(b, "聊天機器人")) && strings.Contains(b, "的") {
		return true
	}
	if ownModel.MatchString(between) {
		return true
	}
	return false
}

// makerClause matches ", which makes " and ", the company behind " between
// an organization and its model.
var makerClause = regexp.MustCompile(`^, (?:(?:which|that) (?:makes|made|built|developed|created|released|trained|launched|open-sourced|unveiled) (?:the )?|the (?:company|startup|firm|lab|team) behind (?:the )?)$`)

// saidItsModel matches " said its " and " calls its new model " between an
// organization and the model it owns.
var saidItsModel = regexp.MustCompile(`^ (?:(?:said|says|announced|added|noted|claimed|reported)(?: that)? its (?:new |latest |flagship |own )*|(?:calls|called|names|named|dubs|dubbed) its (?:new |latest |first |next )?(?:model|chatbot|assistant|LLM) )$`)

// ownModel matches "'s latest model, " between an organization and its model.
var ownModel = regexp.MustCompile(`^['’]s (?:[\w-]+ ){0,3}(?:model|models|chatbot|LLM|assistant|AI model|language model|system)(?:,| called| named|:)? $`)

// derivativeAfter reports a model named as the base of what is made:
// 7000多个Llama衍生模型, Llama derivatives.
func derivativeAfter(rest string) bool {
	rest = strings.TrimSpace(rest)
	for _, p := range []string{"衍生", "的衍生", "derivative", "-based", " based"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// modelByOrg reads the text between a model and an organization after it:
// 由…开发, from, made by, 开发商.
func modelByOrg(between, after string) bool {
	b := strings.TrimSpace(between)
	for _, p := range []string{"大模型", "模型", "聊天机器人"} {
		b = strings.TrimPrefix(b, p)
	}
	switch strings.TrimPrefix(b, "-") {
	case "maker", "creator", "developer", "owner", "parent", "developer and operator":
		return true // ChatGPT maker OpenAI, Claude developer Anthropic
	}
	switch b {
	case "from", "by", "開發商", "开发商", "的开发商", "的開發商", "开发者", "研发商", ", made by", ", developed by", ", built by", ", created by", "made by", "developed by", "built by", "created by", "is made by", "is developed by", "was developed by", "was built by", "was created by", ", from":
		return true
	}
	if modelByOrgRe.MatchString(b) {
		return true // Tamar 2, a model from Ferrox; Vega-3 was trained by Quillon
	}
	if (b == "," || b == "model,") && latestModelOf.MatchString(after) {
		return true // Atlas-2, Skyline AI's latest model
	}
	if b == ", which" || b == "which" || b == "that" {
		w := strings.Fields(after)
		return len(w) > 0 && (w[0] == "released" || w[0] == "built" || w[0] == "trained" || w[0] == "developed" || w[0] == "launched" || w[0] == "open-sourced" || w[0] == "unveiled" || w[0] == "makes" || w[0] == "made")
	}
	if b == "是" || b == "为" || b == "為" {
		// Y是X推出的
		for _, v := range devVerbsZh {
			if strings.HasPrefix(after, v) {
				return true
			}
		}
	}
	if strings.HasPrefix(b, "由") && utf8.RuneCountInString(b) <= 3 {
		for _, v := range devVerbsZh {
			if strings.Contains(after[:min(len(after), 15)], v) {
				return true
			}
		}
	}
	return false
}

// latestModelOf matches "'s latest model" after the maker that follows a
// model: "Atlas-2, Skyline AI's latest model".
var latestModelOf = regexp.MustCompile(`^['’]s (?:new |newest |latest |flagship |open |open-weight |first |own |largest |smallest |most capable )*(?:[\w-]+ )?(?:model|LLM|chatbot|assistant)\b`)

// modelByOrgRe reads the words between a model and its maker after it.
var modelByOrgRe = regexp.MustCompile(`^(?:,? ?(?:(?:is|was) )?(?:an? |the )?(?:[\w-]+ ){0,3}(?:model|models|chatbot|LLM|version|assistant)(?: \([A-Za-z]{2,6}\))? (?:(?:made|developed|built|created|released|trained|launched) )?(?:from|by)|(?:,? ?(?:which |that )?(?:is|was|were|are|has been|had been) (?:\w+ )?)?(?:made|developed|built|trained|created|released|published|open-sourced) by)(?: the| an?)?(?: [A-Z][\w.-]*(?:-based)?| Chinese| French| American| US| U\.S\.| British| German| Japanese| Korean| Israeli| Canadian| Indian)?(?: AI)?(?: startup| company| firm| lab| developer| unicorn)?$`)

// lexDeveloper reports a lexicon that names the organization as the
// developer of the model or of its family.
func (r *relFinder) lexDeveloper(m, o *entity) bool {
	lex := r.x.lex
	oe := lex.entry(Organization, o.Name)
	if oe == nil {
		return false
	}
	me := lex.entry(Model, m.Name)
	var devs []string
	for depth := 0; me != nil && depth < 3; depth++ {
		devs = append(devs, me.Attrs["developer"]...)
		fam := me.attr("family")
		if fam == "" {
			break
		}
		me = lex.entry(Model, fam)
	}
	if me == nil {
		if fam := modelFamily(m.Name); fam != "" {
			if fe := lex.entry(Model, fam); fe != nil {
				devs = append(devs, fe.Attrs["developer"]...)
			}
		}
	}
	for _, d := range devs {
		de := lex.entry(Organization, d)
		if de == nil {
			continue
		}
		if de == oe {
			return true
		}
	}
	return false
}

// ---- DERIVED_FROM

// derived reads 衍生, 基于, 微调自, 底层, 版本, fine-tuned from, built on,
// based on, powered by.
func (r *relFinder) derived(s sentence, ms []mention) {
	text := r.doc.text
	before := len(r.out)
	defer func() {
		if len(r.out) == before {
			return // no derivation in this sentence: nothing to mark
		}
		// A derivation stated next to another maker (a person, an
		// organization, 由…发布) introduces a third party's model.
		third := false
		for _, m := range ms {
			if m.Entity.Type == Person || m.Entity.Type == Organization {
				third = true
			}
		}
		third = third || thirdParty.MatchString(text[s.Start:s.End])
		if !third {
			return
		}
		for _, rel := range r.out[before:] {
			for _, m := range ms {
				if m.Entity.Name == rel.From && rel.Type == DerivedFrom {
					r.stated[m.Entity] = true
				}
			}
		}
	}()
	var models []mention
	for _, m := range ms {
		if m.Entity.Type == Model {
			models = append(models, m)
		}
	}
	if len(models) == 0 {
		return // one model is enough: the other may be an anaphor (the model, 该模型)
	}
	sent := text[s.Start:s.End]
	// B衍生(模型)…包括M1、M2: each listed model derives from B
	for _, cue := range []string{"衍生", "衍生出", "derivatives", "derivative"} {
		i := strings.Index(sent, cue)
		if i < 0 {
			continue
		}
		at := s.Start + i
		var base *mention
		for j := range models {
			if models[j].End <= at && at-models[j].End <= 6 {
				base = &models[j]
			}
		}
		if base == nil {
			continue
		}
		list := -1
		for _, l := range []string{"包括", "如", "including", "such as", "其中有", "例如"} {
			if li := strings.Index(text[at:s.End], l); li >= 0 && (list < 0 || li < list) {
				list = li
			}
		}
		if list < 0 {
			continue
		}
		for _, m := range models {
			if m.Start >= at+list {
				r.add(DerivedFrom, m.Entity, base.Entity, "", false)
			}
		}
	}
	// M (cue) B: M before, B after
	for _, cue := range []string{"基于", "基於", "微调自", "微調自", "衍生自", "蒸馏自", "蒸餾自", "distilled from", "built on top of", "源自", "fine-tuned from", "fine-tuned on", "finetuned from", "built on", "based on", "derived from", "a version of", "powered by", "runs on", "trained on top of", "是在", "version of", "variant of", "on top of", "starting from", "distillation of", "fine-tune of", "built upon", "based upon", "post-trained from", "post-trained on", "built atop", "fork of", "forked from", "uses"} {
		from := 0
		for {
			i := strings.Index(sent[from:], cue)
			if i < 0 {
				break
			}
			at := s.Start + from + i
			from += i + len(cue)
			var before, after *mention
			for j := range models {
				if models[j].End <= at {
					gap := strings.TrimRight(text[models[j].End:at], " ")
					gap = strings.TrimSuffix(strings.TrimSuffix(gap, ","), "，") // "Vicuna, fine-tuned from Llama"
					for _, a := range []string{", a ", ", an ", ", the ", ", which was", ", which is", ", which were", ", which has been", "，这是一个", "，這是一個", "，这是一款", "，這是一款", "，它是一个", "，它是一個", "，是一个", "，是一個"} {
						if strings.HasPrefix(gap, a) && len(gap) < 40 {
							gap = gap[len(a):] // "Vega-3, a language model fine-tuned from", "Code Llama, which was fine-tuned from"
						}
					}
					if !clauseBreak(gap) {
						before = &models[j]
					}
				}
				if models[j].Start >= at+len(cue) && after == nil && !clauseBreak(text[at+len(cue):models[j].Start]) && !makerAfter(text[models[j].End:s.End]) && !ownerOfNext(text, models, j) {
					after = &models[j]
				}
			}
			if rest := text[at+len(cue) : s.End]; strings.HasPrefix(rest, " it") || strings.HasPrefix(rest, "它") {
				// "Code Llama, which was fine-tuned from it": it is the model named before
				after = nil
				for j := range models {
					if before != nil && models[j].End <= before.Start && models[j].Entity != before.Entity {
						after = &models[j]
					}
				}
			}
			if after == nil {
				continue
			}
			if cue == "uses" && !usesAsBase.MatchString(text[after.End:s.End]) {
				continue // M uses B as its base model; not "M uses B for search"
			}
			for j := range models {
				if models[j].Start == after.End && models[j].Entity != after.Entity {
					after = &models[j] // 通义千问Qwen2.5-32B: the version right after its family
				}
			}
			if before == nil {
				if j := lastModelIndex(models, at); j >= 0 && passiveGap(text[models[j].End:at]) {
					before = &models[j] // Tessera-7B, was fine-tuned from B
				}
			}
			if before != nil && (utf8.RuneCountInString(text[before.End:at]) <= 12 || versionGap.MatchString(text[before.End:at]) || appositive(text[before.End:at]) || strings.HasPrefix(text[before.End:at], ", which") || passiveGap(text[before.End:at])) {
				r.add(DerivedFrom, before.Entity, after.Entity, "", false)
				continue
			}
			if m := r.anaphorModel(s, at, after.Entity); m != nil {
				r.add(DerivedFrom, m, after.Entity, "", false) // The model is fine-tuned from B; 該模型基於B
				continue
			}
			if subj := topicModel(text, s, models, at); subj != nil && subj.Entity != after.Entity {
				r.add(DerivedFrom, subj.Entity, after.Entity, "", false) // · M并非从零开始，而是基于B
				continue
			}
			if cue == "基于" || cue == "基於" || cue == "based on" {
				// 基于B，微调出M / based on B, it trained M
				if m := madeAfter(text, s, models, after.End); m != nil {
					r.add(DerivedFrom, m.Entity, after.Entity, "", false)
					continue
				}
			}
			// 基于B的M / based on B, M: the model after B
			if cue == "基于" {
				for j := range models {
					gap := strings.TrimRight(text[after.End:max(after.End, models[j].Start)], "“「\"")
					if models[j].Start > after.End && !clauseBreak(gap) && utf8.RuneCountInString(gap) <= 10 {
						r.add(DerivedFrom, models[j].Entity, after.Entity, "", false)
						break
					}
				}
			}
		}
	}
	// 在B(的)基础上训练了M: the model made after the base
	for _, b := range models {
		if !strings.HasSuffix(text[s.Start:b.Start], "在") {
			continue
		}
		rest := text[b.End:s.End]
		for _, c := range []string{"的基础上", "的基礎上", "基础上", "基礎上"} {
			if !strings.HasPrefix(rest, c) {
				continue
			}
			at := b.End + len(c)
			if m := madeAfter(text, s, models, at); m != nil {
				r.add(DerivedFrom, m.Entity, b.Entity, "", false)
			} else if subj := topicModel(text, s, models, b.Start); subj != nil && subj.Entity != b.Entity {
				r.add(DerivedFrom, subj.Entity, b.Entity, "", false)
			}
			break
		}
	}
	// M由(ORG的)B微调而来, M以B为基座; 后者(本身又是)以B为基础
	subjects := append([]mention(nil), models...)
	for _, a := range []string{"后者", "後者", "该模型", "該模型", "这款模型", "這款模型", "模型"} {
		from := s.Start
		for {
			k := strings.Index(text[from:s.End], a)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(a)
			if a == "模型" {
				// a bare 模型 only as a clause's subject before 以/由/从: 表示，模型以B為基礎微調
				prev, _ := utf8.DecodeLastRuneInString(text[:at])
				if !(at == s.Start || strings.ContainsRune("，,。；;：:", prev)) || !strings.ContainsAny(firstRunes(text[from:s.End], 1), "以由从從") {
					continue
				}
			}
			rest := text[from:s.End]
			rest = strings.TrimPrefix(rest, "本身")
			for _, p := range []string{"又", "也", "则", "則"} {
				rest = strings.TrimPrefix(rest, p)
			}
			rest = strings.TrimPrefix(rest, "是")
			if m := r.anaphorModel(s, at+len(a), nil); m != nil {
				subjects = append(subjects, mention{span: span{at, s.End - len(rest)}, Entity: m})
			}
		}
	}
	for _, m := range subjects {
		rest := text[m.End:s.End]
		for _, p := range []string{"大模型", "模型", "则", "則", "也", "是"} {
			rest = strings.TrimPrefix(rest, p)
		}
		for _, lead := range []string{"由", "以", "从", "從"} {
			if !strings.HasPrefix(rest, lead) {
				continue
			}
			for _, b := range models {
				if b.Start <= m.End || clauseBreak(text[m.End:b.Start]) || utf8.RuneCountInString(text[m.End:b.Start]) > 14 {
					continue
				}
				tail := text[b.End:min(s.End, b.End+30)]
				for _, c := range []string{"微调而来", "微調而來", "训练而来", "訓練而來", "蒸馏而来", "蒸餾而來", "为基座", "為基座", "为基础", "為基礎", "为底座", "為底座", "为基础模型", "微调", "微調"} {
					if strings.HasPrefix(tail, c) {
						r.add(DerivedFrom, m.Entity, b.Entity, "", false)
					}
				}
				break
			}
		}
	}
	// B的两款轻量模型M1和M2, B's new models M1 and M2
	for _, b := range models {
		rest := text[b.End:s.End]
		if !strings.HasPrefix(rest, "的") && !strings.HasPrefix(rest, "旗下的") {
			continue
		}
		for _, m := range models {
			if m.Start <= b.End {
				continue
			}
			between := text[b.End:m.Start]
			if clauseBreak(between) || utf8.RuneCountInString(between) > 12 || !(strings.HasSuffix(between, "模型") || strings.HasSuffix(between, "版本") || strings.HasSuffix(between, "、") || strings.HasSuffix(between, "和")) {
				break
			}
			if strings.Contains(between, "模型") || strings.Contains(between, "版本") {
				r.add(DerivedFrom, m.Entity, b.Entity, "", false)
			}
		}
	}
	// B powers M: the model after is built on the one before
	for _, cue := range []string{" powers ", " underpins ", " is the basis of ", "驱动", "驅動", "支撑", "支撐"} {
		i := strings.Index(sent, cue)
		if i < 0 {
			continue
		}
		at := s.Start + i
		var b, m *mention
		for j := range models {
			if models[j].End <= at && (!clauseBreak(text[models[j].End:at]) || at-models[j].End < 80 && apposThat.MatchString(text[models[j].End:at])) {
				b = &models[j] // B, Acme's closed model that powers M
			}
			if m == nil && models[j].Start >= at+len(cue) && !clauseBreak(text[at+len(cue):models[j].Start]) && models[j].Start-at-len(cue) < 20 {
				m = &models[j]
			}
		}
		if b != nil && m != nil {
			r.add(DerivedFrom, m.Entity, b.Entity, "", false)
		}
	}
	// 将B1和B2作为M(的)底层: M derives from each B
	if i := strings.Index(sent, "作为"); i >= 0 && (strings.Contains(sent[i:], "底层") || strings.Contains(sent[i:], "底層") || strings.Contains(sent[i:], "基础模型")) {
		at := s.Start + i
		var target *mention
		for j := range models {
			if models[j].Start > at {
				target = &models[j]
				break
			}
		}
		if target != nil {
			for _, m := range models {
				if m.End <= at && !strings.ContainsAny(text[m.End:at], "，。；,;") {
					r.add(DerivedFrom, target.Entity, m.Entity, "", false)
				}
			}
		}
	}
	// M是B的…版本 / M底层的B
	for _, m := range models {
		rest := text[m.End:s.End]
		if !strings.HasPrefix(rest, "是") && !strings.HasPrefix(rest, "為") && !strings.HasPrefix(rest, "为") && !strings.HasPrefix(rest, " is ") {
			continue
		}
		for _, b := range models {
			if b.Start <= m.End {
				continue
			}
			tail := text[b.End:min(s.End, b.End+24)]
			if between := text[m.End:b.Start]; utf8.RuneCountInString(between) <= 4 && (strings.HasPrefix(tail, "的") && strings.Contains(tail, "版本") || strings.HasPrefix(strings.TrimSpace(tail), "的衍生")) {
				r.add(DerivedFrom, m.Entity, b.Entity, "", false)
			}
			break
		}
	}
}

// hasOwnWord reports a model name with a word after its family that is no
// size, number or variant word (Llama3-TAIDE-LX-8B, Qwen2.5-Lex).
func hasOwnWord(name string) bool {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })
	for _, p := range parts[min(1, len(parts)):] {
		lp := strings.ToLower(p)
		if variantWords[lp] || isSize(p) || strings.TrimLeft(p, "0123456789.") == "" || len(p) <= 2 {
			continue
		}
		if strings.IndexFunc(p, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && len(p) <= 4 {
			continue // v2, R1, T1
		}
		return true
	}
	return false
}

// makerAfter reports a word for a team right after a model's name: 基於
// TAIDE團隊釋出的X names the makers, and X is the base.
func makerAfter(rest string) bool {
	for _, w := range []string{"团队", "團隊", "公司", "社区", "社區", " team", " developers"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// lastModelIndex returns the last model mention that ends before at, or -1.
func lastModelIndex(models []mention, at int) int {
	j := -1
	for k := range models {
		if models[k].End <= at {
			j = k
		}
	}
	return j
}

// usesAsBase matches "as its base model" after the base in "M uses B".
var usesAsBase = regexp.MustCompile(`^ (?:weights )?as (?:its|a|the|their) (?:base|foundation|starting point|backbone)\b`)

// versionGap matches "is a distilled " between a model and "version of".
var versionGap = regexp.MustCompile(`^,? (?:is|was) (?:an?|the) (?:[\w-]+ ){0,3}$`)

// passiveGap reads ", was" / " is" between a model and a derivation cue:
// the model is the subject (Tessellate's model, Tessera-7B, was fine-tuned from).
var passiveGapRe = regexp.MustCompile(`^,? ?(?:which |that )?(?:was|is|were|are|has been|had been|have been|was later|was then|is being)(?: partly| largely| mostly| originally)? $`)

func passiveGap(gap string) bool { return passiveGapRe.MatchString(gap) }

// anaphorRe ends the text before a derivation cue with a word for a model
// named before: The model is, 该模型, 後者本身又是以.
var anaphorRe = regexp.MustCompile(`(?:^|[\s，,。；;])(?:而|但|并|並|且)?(?:[Tt]he (?:new |latest )?model|[Ii]t|该模型|該模型|这款模型|這款模型|后者|後者|前者|模型)(?: (?:is|was|has been|had been))?(?:本身)?(?:又|也|则|則)?(?:是)?(?:以|在)?\s*$`)

// anaphorModel returns the model a "the model"/该模型/后者 right before the
// cue at names: the last model mentioned before the anaphor, in this
// sentence or the one before, other than the base.
func (r *relFinder) anaphorModel(s sentence, at int, base *entity) *entity {
	lead := r.doc.text[max(s.Start, at-40):at]
	loc := anaphorRe.FindStringIndex(lead)
	if loc == nil {
		return nil
	}
	pos := at - len(lead) + loc[0]
	var m *entity
	for _, mm := range r.doc.mentions {
		if mm.End > pos {
			break
		}
		if mm.Entity.Type == Model && mm.Entity != base {
			m = mm.Entity
		}
	}
	// the model must be named in this sentence or the previous one
	prev := s.Start
	for k, snt := range r.doc.sentences {
		if snt.Start == s.Start && k > 0 {
			prev = r.doc.sentences[k-1].Start
		}
	}
	for _, mm := range r.doc.mentions {
		if mm.Entity == m && mm.Start >= prev && mm.End <= pos {
			return m
		}
	}
	return nil
}

// topicModel returns the model that opens the sentence (after a bullet)
// and stays its subject up to the cue: no other model and no sentence
// break stand between.
func topicModel(text string, s sentence, models []mention, at int) *mention {
	if len(models) == 0 || models[0].End > at {
		return nil
	}
	lead := strings.TrimLeft(text[s.Start:models[0].Start], " ·•-*　")
	if lead != "" {
		return nil
	}
	for _, m := range models[1:] {
		if m.Start < at && m.Entity != models[0].Entity {
			return nil
		}
	}
	gap := text[models[0].End:at]
	if strings.ContainsAny(gap, "；;。") || utf8.RuneCountInString(gap) > 24 {
		return nil
	}
	return &models[0]
}

// madeAfter returns the model a verb of making introduces after a base:
// 基于B，微调出面向法律的M模型.
func madeAfter(text string, s sentence, models []mention, from int) *mention {
	rest := text[from:s.End]
	for _, v := range []string{"微调出", "微調出", "训练出", "訓練出", "打造出", "打造了", "开发出", "開發出", "推出了", "做出", "训练了", "訓練了", "微调了", "微調了", "开发了", "開發了"} {
		i := strings.Index(rest, v)
		if i < 0 || utf8.RuneCountInString(rest[:i]) > 12 {
			continue
		}
		at := from + i + len(v)
		for k := range models {
			if models[k].Start >= at && utf8.RuneCountInString(text[at:models[k].Start]) <= 14 && !strings.ContainsAny(text[at:models[k].Start], "，。；,;") {
				return &models[k]
			}
		}
	}
	return nil
}

// thirdParty matches a maker the sentence does not name: 由波兰团队发布.
var thirdParty = regexp.MustCompile(`由[^，。,]{1,12}(发布|發布|开发|開發|推出|训练|訓練|打造)|(团队|團隊|开发者|開發者|社区|社區|研究人员|研究人員)[^，。]{0,8}(发布|發布|推出|开发|開發)|` +
	`\b(?:released|published|built|trained) by\b|\b(?:lab|team|startup|developers?|group|researchers|community|hobbyists?)\b[^,.]{0,20}\b(?:published|released|built|trained|fine-tuned)\b`)

// appositive reports ", a Polish model " between a model and a cue.
func appositive(gap string) bool {
	for _, a := range []string{", a ", ", an ", ", the "} {
		if strings.HasPrefix(gap, a) && len(gap) < 48 && !clauseBreak(gap[len(a):]) {
			return true
		}
	}
	return false
}

// families relates the versions of a family named in the article to the
// family (Llama 2 -> Llama, Qwen-Turbo -> 通义千问, Code Llama -> Llama),
// and lets a version inherit the developer the text gives its family.
func (r *relFinder) families() {
	lex := r.x.lex
	for _, e := range r.doc.entities {
		if e.Type != Model {
			continue
		}
		fam := r.doc.familyOf(lex, e)
		if fam == nil || fam == e || r.seen[Relation{Type: DerivedFrom, From: fam.Name, To: e.Name}] {
			continue // the text said it the other way: Grok-1 powers the Grok chatbot
		}
		r.add(DerivedFrom, e, fam, "", false)
		if !r.stated[e] && !namesDerivative(e.Name, fam) {
			r.byFamily = append(r.byFamily, [2]*entity{e, fam})
		}
	}
	// a version inherits the developer the text gives its family
	hasDev := map[string]bool{}
	for _, rel := range r.out {
		if rel.Type == Developed {
			hasDev[rel.To] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, vf := range r.byFamily {
			if hasDev[vf[0].Name] && !r.inherited[vf[0].Name] {
				continue // the text names its own developer
			}
			for _, rel := range r.out {
				if rel.Type == Developed && rel.To == vf[1].Name {
					r.inherited[vf[0].Name] = true
					k := Relation{Type: Developed, From: rel.From, To: vf[0].Name}
					if !r.seen[k] {
						r.seen[k] = true
						r.out = append(r.out, k)
						changed = true
					}
				}
			}
		}
	}
}

// modelFamily is the family a model name is a version of, from the name:
// "Llama 2" -> "Llama", "Qwen2.5-72B" -> "Qwen", "Code Llama" -> "Llama",
// "GPT-4o" -> "GPT"; "" when the name has no version part.
func modelFamily(name string) string {
	i := 0
	for i < len(name) && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i >= 2 && i < len(name) && versionSuffix(name, i) == len(name) {
		return name[:i]
	}
	words := strings.Fields(name)
	if len(words) == 2 && isNameWord(words[1]) && isNameWord(words[0]) {
		return words[1] // Code Llama
	}
	return ""
}

// findModel returns the article's model entity that a name names.
func (doc *document) findModel(lex *lexicon, name string) *entity {
	if name == "" {
		return nil
	}
	k := foldKey(name)
	for _, e := range doc.entities {
		if e.Type != Model {
			continue
		}
		for a := range e.aliases {
			if foldKey(a) == k {
				return e
			}
		}
	}
	if le := lex.entry(Model, name); le != nil {
		for _, e := range doc.entities {
			if e.Type == Model && lex.entry(Model, e.Name) == le {
				return e
			}
		}
	}
	return nil
}

// familyOf returns the model entity of the article that e is a version of,
// judged by the names the article uses (Llama 2, Qwen-Turbo, Code Llama).
// A lexicon family counts only when a name of e spells it out, so ChatGPT
// is not made a version of GPT.
func (doc *document) familyOf(lex *lexicon, e *entity) *entity {
	aliases := sortedAliases(e)
	for _, a := range aliases {
		cands := familyPrefixes(a)
		if w := strings.Fields(a); len(w) == 2 && isNameWord(w[0]) && isNameWord(w[1]) {
			cands = append(cands, w[1]) // Code Llama -> Llama
		}
		for _, p := range cands {
			if f := doc.findModel(lex, p); f != nil && f != e {
				return f
			}
		}
	}
	le := lex.entry(Model, e.Name)
	for depth := 0; le != nil && depth < 3; depth++ {
		fam := lex.entry(Model, le.attr("family"))
		if fam == nil {
			break
		}
		for _, ff := range fam.forms() {
			for _, a := range aliases {
				if containsWord(a, ff) {
					if f := doc.findModel(lex, fam.Name); f != nil && f != e {
						return f
					}
				}
			}
		}
		le = fam
	}
	return nil
}

// sortedAliases lists an entity's forms in a fixed order, the name first,
// so that rules reading them give the same answer on every run.
func sortedAliases(e *entity) []string {
	out := make([]string, 0, len(e.aliases))
	for a := range e.aliases {
		if a != e.Name {
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return append([]string{e.Name}, out...)
}

// containsWord reports whether name contains part as whole words.
func containsWord(name, part string) bool {
	i := strings.Index(name, part)
	if i < 0 || part == name {
		return false
	}
	return wordBounded(name, span{i, i + len(part)})
}

// familyPrefixes lists the names a model name is a version of, nearest
// first: sizes and variants come off freely (Qwen2.5-72B-Instruct ->
// Qwen2.5-72B -> Qwen2.5), a version number only when nothing else came
// off before it (Llama 2 -> Llama, but not Qwen2-VL -> Qwen, since Qwen2 is
// a generation of its own).
func familyPrefixes(name string) []string {
	var out []string
	cur := name
	stripped := false
	for {
		i := strings.LastIndexAny(cur, " -")
		digitTail := func() int { // Qwen2.5: the version glued to the family
			k := len(cur)
			for k > 0 && (cur[k-1] >= '0' && cur[k-1] <= '9' || cur[k-1] == '.') {
				k--
			}
			if k > 0 && k < len(cur) && isLatinAlnum(rune(cur[k-1])) && cur[k-1] > '9' {
				return k
			}
			return -1
		}()
		var part, next string
		switch {
		case i > 0 && (digitTail < 0 || i > digitTail):
			part, next = cur[i+1:], strings.TrimRight(cur[:i], " -")
		case digitTail > 0:
			part, next = cur[digitTail:], cur[:digitTail]
		default:
			return out
		}
		version := part != "" && part[0] >= '0' && part[0] <= '9' && !isSize(part)
		if version && stripped {
			return out
		}
		if next == "" {
			return out
		}
		out = append(out, next)
		if version {
			stripped = true
			// after a version comes off, only the bare family is left to try
		}
		stripped = stripped || !version
		cur = next
	}
}

// isSize: 7B, 72B, 405B, 8x7B.
func isSize(s string) bool {
	s = strings.ToLower(s)
	if !strings.HasSuffix(s, "b") && !strings.HasSuffix(s, "m") && !strings.HasSuffix(s, "t") {
		return false
	}
	for _, r := range s[:len(s)-1] {
		if !(r >= '0' && r <= '9' || r == '.' || r == 'x') {
			return false
		}
	}
	return len(s) > 1
}
