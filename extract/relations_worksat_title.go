// Stage: relations, WORKS_AT from a job title next to a name: ORG title
// PERSON, appositions (PERSON, a title at ORG), parenthesised titles,
// who-clauses and copulas. Reads a sentence's mentions and the text
// between them.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rules of this file (see rules.go).
var (
	// ruleOrgTitle finds ORG + title + PERSON, also chained and with the post after a Chinese name.
	ruleOrgTitle = defineRule(rule{
		ID:   "works-at.any.org-title",
		Doc:  "ORG + title + PERSON, also chained and with the post after a Chinese name (OpenAI CEO Sam Altman, 百度总裁X, ORG的X教授)",
		Fire: []string{"京东副总裁赵明阳表示，预算减少了。", "Anthropic CTO Dana Reyes spoke."},
		Hold: []string{"京东的客户赵明阳表示，预算减少了。"},
	})
	// ruleWorksAtLexicon finds the lexicon gives the person the organization the sentence also names.
	ruleWorksAtLexicon = defineRule(rule{
		ID:   "works-at.any.lexicon",
		Doc:  "the lexicon gives the person the organization the sentence also names",
		Fire: []string{"Sam Altman spoke about OpenAI on Monday."},
		Hold: []string{"Dana Reyes spoke about OpenAI on Monday."},
	})
	// ruleSharedPosts finds A和B都….
	ruleSharedPosts = defineRule(rule{
		ID:   "works-at.zh.shared-posts",
		Doc:  "A和B都…: the second person gets the posts the sentence gives the first",
		Fire: []string{"Anthropic的两位联合创始人赵明阳和李晓峰都曾在OpenAI工作。"},
		Hold: []string{"Anthropic的客户赵明阳和李晓峰都曾批评OpenAI。"},
	})
	// ruleApposition finds PERSON, a title at ORG.
	ruleApposition = defineRule(rule{
		ID:   "works-at.en.apposition",
		Doc:  "PERSON, a title at ORG; PERSON, the ORG's title; PERSON, title of ORG1 and ORG2",
		Fire: []string{"Dana Reyes, a senior engineer at Anthropic, spoke."},
		Hold: []string{"Dana Reyes, a customer of Anthropic, spoke."},
	})
	// ruleParenTitle finds a title in brackets.
	ruleParenTitle = defineRule(rule{
		ID:   "works-at.any.paren-title",
		Doc:  "a title in brackets: PERSON (ORG's title), ORG (ticker) title PERSON",
		Fire: []string{"阿里巴巴(Alibaba Group, BABA)首席执行官赵明阳表示很好。"},
		Hold: []string{"阿里巴巴(Alibaba Group, BABA)的客户赵明阳表示很好。"},
	})
	// ruleWhoClause finds PERSON, who leads ORG.
	ruleWhoClause = defineRule(rule{
		ID:   "works-at.en.who-clause",
		Doc:  "PERSON, who leads ORG; PERSON, who is a title at ORG",
		Fire: []string{"Dana Reyes, who leads Anthropic, spoke."},
		Hold: []string{"Dana Reyes, who criticised Anthropic, spoke."},
	})
	// ruleCopula finds PERSON is a title at ORG, PERSON现任ORG title, PERSON以前是ORG的研究员.
	ruleCopula = defineRule(rule{
		ID:   "works-at.any.copula",
		Doc:  "PERSON is a title at ORG, PERSON现任ORG title, PERSON以前是ORG的研究员",
		Fire: []string{"赵明阳曾任Meta副总裁。", "Dana Reyes is a professor at Stanford University."},
		Hold: []string{"赵明阳曾批评Meta的做法。"},
	})
)

// worksAt reads job titles next to names: ORG + title + PERSON
// (火山引擎总裁谭待, xAI CEO Elon Musk, OpenAI's head of X Katrina
// Mulligan), PERSON, a title at ORG, lists after a title (共同创始人分别是
// A、B和C) and verbs (领导, joined).
func (r *relFinder) worksAt(s sentence, ms []mention) {
	text := r.doc.text
	from := len(r.out)
	for k, p := range ms {
		if p.Entity.Type != Person {
			continue
		}
		// ORG title PERSON, chained: Brightwave前CEO、存储芯片厂商Korvane高级副总裁X
		if k > 0 && ms[k-1].Entity.Type == Organization {
			o := ms[k-1]
			if role, former, ok := titleBetween(text[o.End:p.Start]); ok {
				lead := text[s.Start:o.Start]
				if (strings.HasSuffix(lead, "前") || strings.HasSuffix(lead, "原") || strings.HasSuffix(lead, "former ") || strings.HasSuffix(lead, "Former ") ||
					strings.HasSuffix(lead, "ex-") || strings.HasSuffix(lead, "Ex-")) &&
					(k < 2 || ms[k-2].End <= o.Start-len("前")) {
					former = true // 前OpenAI研究员X, former Google engineer X
				}
				r.add(ruleOrgTitle, WorksAt, p.Entity, o.Entity, role, former)
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
					r.add(ruleOrgTitle, WorksAt, p.Entity, ms[j].Entity, role2, former2)
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
		if pe == nil || len(pe.Attrs["org"]) == 0 || inFundingClause(text, s, p) {
			continue // a round led by A and B: investors, not staff
		}
		for _, o := range ms {
			if o.Entity.Type != Organization {
				continue
			}
			oe := r.x.lex.entry(Organization, o.Entity.Name)
			for _, org := range pe.Attrs["org"] {
				if oe != nil && r.x.lex.entry(Organization, org) == oe && !r.statedElsewhere(from, p.Entity, o.Entity) {
					r.add(ruleWorksAtLexicon, WorksAt, p.Entity, o.Entity, "", false)
				}
			}
		}
	}
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
				r.add(ruleSharedPosts, WorksAt, b.Entity, to, rel.Role, rel.Former)
			case b.Entity.Name:
				r.add(ruleSharedPosts, WorksAt, a.Entity, to, rel.Role, rel.Former)
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
	return b, former, title && roleIsRole(b)
}

// englishTitle are words found inside English job titles.
var englishTitle = vocabSet("en-rel-title-words")

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
		if orgNameGoesOn(text[org.End:end]) {
			return // an analyst at Redwater Research, the organization read as Redwater: not the employer named
		}
		former := formerClause || strings.HasPrefix(strings.ToLower(role), "former") || strings.HasPrefix(strings.ToLower(role), "ex-")
		r.add(ruleApposition, WorksAt, p.Entity, org.Entity, role, former)
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
		r.add(ruleParenTitle, WorksAt, p.Entity, o.Entity, role, former)
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
var leadVerbs = vocabSet("en-rel-lead-verbs")

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
				r.add(ruleWhoClause, WorksAt, p.Entity, o.Entity, role, former)
				break
			}
			if o := clauseOrg(from); o != nil && (leadVerbs[v.verb] || leftVerbs[v.verb]) && (strings.TrimSpace(text[from+len(v.verb):o.Start]) == "the" ||
				strings.TrimSpace(text[from+len(v.verb):o.Start]) == "") {
				// who directs the Autonomy Lab at Kyoto University: the unit, and the
				// organization it belongs to
				role := v.verb
				if leftVerbs[v.verb] {
					role = "" // who left Acme: a past post, whatever it was
				}
				r.add(ruleWhoClause, WorksAt, p.Entity, o.Entity, role, former || v.former)
				for j := k + 1; j+1 < len(ms); j++ {
					if ms[j].Entity == o.Entity && ms[j+1].Entity.Type == Organization && (text[ms[j].End:ms[j+1].Start] == " at " || text[ms[j].End:ms[j+1].Start] == " of ") {
						r.add(ruleWhoClause, WorksAt, p.Entity, ms[j+1].Entity, "", former || v.former)
						break
					}
				}
				break
			}
			if o := clauseOrg(from); o != nil && !strings.Contains(text[from:o.Start], " as ") && (v.role != "" || strings.HasSuffix(text[from:o.Start], " at ") ||
				strings.HasSuffix(text[from:o.Start], " for ")) {
				role := v.role
				if role == "" {
					role = strings.TrimSpace(text[from:o.Start])
					role = strings.TrimSuffix(strings.TrimSuffix(role, " at"), " of")
				}
				r.add(ruleWhoClause, WorksAt, p.Entity, o.Entity, role, former || v.former)
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
		r.add(ruleWhoClause, WorksAt, p.Entity, o.Entity, "", false)
		for j := k - 1; j >= 0 && ms[j].Entity.Type == Person; j-- {
			gap := text[ms[j].End:ms[j+1].Start]
			if gap != " and " && gap != ", " && gap != ", and " {
				break
			}
			r.add(ruleWhoClause, WorksAt, ms[j].Entity, o.Entity, "", false)
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
}{
	{"领导", "领导"}, {"領導", "領導"}, {"执掌", "执掌"}, {"掌管", "掌管"}, {"加入", ""}, {"任职于", ""}, {"就职于", ""}, {"供职于", ""},
	{"效力于", ""}, {"创立", "创始人"}, {"创办", "创始人"}, {"創立", "創始人"}, {"創辦", "創辦人"}, {"joined ", ""}, {"加盟", ""},
	{"加盟了", ""}, {"left ", ""}, {"quit ", ""}, {"departed ", ""}, {"worked at ", ""}, {"worked for ", ""},
	{"leads ", ""}, {"founded ", "founder"}, {"co-founded ", "co-founder"}, {"runs ", ""}, {"works at ", ""},
	{"heads ", "head"}, {"joins ", ""}, {"will join ", ""}, {"is joining ", ""},
}

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
				r.add(r.ruleFor(ruleCopula), WorksAt, p.Entity, o.Entity, after[:i], former)
				return
			}
		}
		return
	}
	// English: X is/was a senior engineer at ORG
	lb := " " + strings.TrimSpace(between) + " "
	for _, cop := range []string{
		" is a ", " is an ", " was a ", " was an ", " is the ", " was the ", " previously was a ", " had been a ",
		" serves as the ", " served as the ", " serves as ", " served as ", " works as ", " worked as ",
	} {
		if !strings.HasPrefix(lb, cop) {
			continue
		}
		role := strings.TrimSpace(lb[len(cop):])
		for _, prep := range []string{" at", " of", " in", " with", " for"} {
			role = strings.TrimSuffix(role, prep)
		}
		if plausibleRole(role) {
			r.add(r.ruleFor(ruleCopula), WorksAt, p.Entity, o.Entity, role, strings.HasPrefix(cop, " was") || strings.HasPrefix(cop, " previously") ||
				strings.HasPrefix(cop, " had") || strings.HasPrefix(cop, " served") || strings.HasPrefix(cop, " worked"))
		}
		return
	}
}
