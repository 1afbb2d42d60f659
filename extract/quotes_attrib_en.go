// Stage: quotes, English. English quote attribution beyond the shared
// sieves of quotes_direct.go: speakers after the verb behind a title, verbs
// followed by where and when they spoke, statements whose attribution
// closes the sentence, pronouns that continue the last speaker, and what an
// English statement is about. Reads the discourse and the cues.

package extract

import (
	"sort"
	"strings"
	"unicode"
)

// The English-only sieves: a name and a colon, a quotation running over
// paragraphs, the subject of the sentence before, a statement closed by its
// attribution, and two persons speaking together.
var (
	ruleQuoteEnColonSubject = defineRule(rule{
		ID:   "quote.en.colon-subject",
		Doc:  "a person and a colon before the marks, with no verb: X: “…”",
		Fire: []string{`Sam Altman: "We will open a new office in Paris next year."`},
		Hold: []string{`Sam Altman's view: "We will open a new office in Paris next year."`},
	})
	ruleQuoteEnRunsOn = defineRule(rule{
		ID:   "quote.en.runs-on",
		Doc:  "a quotation left open at a paragraph end, attributed where it closes in a later paragraph",
		Fire: []string{"\"We will open a new office in Paris next year and hire many engineers there.\n\n\"The team will work on safety research and on new models,\" Sam Altman said."},
		Hold: []string{"\"We will open a new office in Paris next year and hire many engineers there.\n\n\"The team will work on safety research and on new models,\" the brochure said."},
	})
	ruleQuoteEnPrevSubject = defineRule(rule{
		ID:   "quote.en.previous-subject",
		Doc:  "quotation marks that open a sentence after one whose subject is a person: X met them. “…”",
		Fire: []string{`Sam Altman met the students after the lecture. "Nobody in this room should fear the new machines at all."`},
		Hold: []string{`The students met after the lecture. "Nobody in this room should fear the new machines at all."`},
	})
	ruleQuoteEnTrailing = defineRule(rule{
		ID:   "quote.en.said-trailing",
		Doc:  "a statement without quotation marks closed by its attribution: …, said X, title",
		Fire: []string{`OpenAI will open three new offices in Europe over the coming year and hire many engineers there, said Sam Altman, chief executive of OpenAI.`},
		Hold: []string{`Offices will open soon, said Sam Altman.`},
	})
	ruleQuoteEnCoSpeaker = defineRule(rule{
		ID:   "quote.en.co-speaker",
		Doc:  "the first of two persons who speak together: A and B said, “…”",
		Fire: []string{`Sam Altman and Greg Brockman said, "We will open a new office in Paris next year."`},
		Hold: []string{`The board met Sam Altman and Greg Brockman said, "We will open a new office in Paris next year."`},
	})
)

// enAside is what may stand between a name and the rest of the words that
// lead to its verb without making the name an object: a bracketed aside
// (Blumenthal (D-CT) said) or where the person is from (Hawley of
// Missouri, said; Lee of the Computer Science Department said).
var enAside = re(`^\s*\([^()"“”]{1,40}\)|^\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|of|and|for|the))*\s*,?`)

// enStripAside drops the asides that open a gap between a name and its verb.
func enStripAside(g string) string {
	for {
		loc := enAside.FindStringIndex(g)
		if loc == nil || loc[1] == 0 {
			return g
		}
		g = " " + g[loc[1]:]
	}
}

// enPrepositionBefore ends with a preposition: a name right after one is
// its object (the CEO of Acme, a post on X), not the subject of a verb.
var enPrepositionBefore = re(`(?i)\b(?:of|at|for|from|with|in|on|by|to|about|against|without|behind|via)\s+(?:the\s+)?$`)

// enObjectOfPreposition reports whether a subject candidate stands right
// after a preposition: "Brian Roe, the head of Acme, a cloud company, said"
// is Roe's statement, not Acme's, and "a letter to Roe said" none of Roe's.
// Pronouns are no objects of this kind (for he said is no phrase).
func (q *quoter) enObjectOfPreposition(cd cand) bool {
	if cd.ent == nil && cd.gender != 'n' {
		return false
	}
	return enPrepositionBefore.MatchString(sub(q.doc.text, max(0, cd.Start-24), cd.Start))
}

// enNameInApposition reports whether a name set off by commas stands for
// the subject before it, with only its closing comma before the verb: "Our
// CEO, Dana Roe, says".
func (q *quoter) enNameInApposition(cd cand, c cue) bool {
	text := q.doc.text
	if strings.TrimSpace(sub(text, cd.End, c.Start)) != "," {
		return false
	}
	before := strings.TrimRight(sub(text, max(0, cd.Start-4), cd.Start), " ")
	return strings.HasSuffix(before, ",")
}

// enUnitSpeaker is the speaker of English sentence k that a he or she at
// pos in sentence ui most likely continues: a pronoun that opens a
// statement goes on with the one who spoke last ("Dana Roe, head of
// Greyline, said Lee Chan had her support. She stressed that …"), before
// persons the sentence only names. Chinese keeps the subject-first order.
func (q *quoter) enUnitSpeaker(k, ui, pos int, g byte) *entity {
	if q.zh {
		return nil
	}
	// spoken is in unit order: the walk back stops before sentence k.
	for i := len(q.spoken) - 1; i >= 0 && q.spoken[i].unit >= k; i-- {
		s := q.spoken[i]
		if s.unit != k || k == ui && s.pos >= pos {
			continue
		}
		if s.ent != nil && s.ent.Type == Person && genderFits(q.genderOf(s.ent), g) {
			return s.ent
		}
	}
	return nil
}

// enThatAfter opens reported speech right after a verb.
var enThatAfter = re(`^\s*(?:,\s*)?that\b`)

// enReplyAfter reports whether the verb that follows a quotation goes on
// with a statement of its own ("Is it done?" Lee replied that it was): the
// quotation is then someone else's words, the question Lee answers.
func (q *quoter) enReplyAfter(verbEnd int) bool {
	return !q.zh && enThatAfter.MatchString(sub(q.doc.text, verbEnd, min(len(q.doc.text), verbEnd+12)))
}

// enTitleGap is what may stand between an organization or model and the
// person it qualifies after an inverted verb: "…," said Acme's Lee;
// "…," wrote assistant professor and Orion researcher Lee Chan.
var enTitleGap = re(`^(?:'s|’s)?(?:\s+[\p{L}-]+){0,5}\s+$`)

// enPersonBehindTitle finds, for an English inverted attribution whose first
// name after the verb is an organization or a model, the person that name
// qualifies, in the same phrase: the organization is the speaker's chain,
// not the speaker.
func (q *quoter) enPersonBehindTitle(cd cand, lim int) (cand, bool) {
	if q.zh || cd.ent == nil || cd.ent.Type == Person {
		return cand{}, false
	}
	i := sort.Search(len(q.cands), func(i int) bool { return q.cands[i].Start >= cd.End })
	for ; i < len(q.cands) && q.cands[i].Start < min(lim, cd.End+70); i++ {
		n := q.cands[i]
		if !enTitleGap.MatchString(sub(q.doc.text, cd.End, n.Start)) {
			return cand{}, false
		}
		if n.ent != nil && n.ent.Type == Person {
			return n, true
		}
	}
	return cand{}, false
}

// enAdjunct is what may follow a speech verb before the comma or colon that
// opens a quote: where, when and to whom the words were said ("said in a
// statement ahead of Tuesday's hearing, “…”", "told reporters on Monday:").
var enAdjunct = re(`^\s+(?:(?:in|on|at|during|via|through|ahead of|after|before|while|when|to|from|over|under|last|this|` +
	`earlier|later|again|recently|once|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^"“”;:]{0,100}|` +
	`(?:reporters|journalists|the \p{L}+|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})(?:\s+(?:in|on|` +
	`at|during|after|before|while|when|last|this|earlier)\b[^"“”;:]{0,80})?)$`)

// enCueThenAdjunct attributes a quote whose speech verb is followed by an
// adverbial and a comma: "X has said in a statement ahead of the hearing,
// “…”". A listener after told/tells counts as an adverbial here; any other
// object after the verb (said the rules, “…”) does not.
func (q *quoter) enCueThenAdjunct(ui, from int, before string) (attribution, cue, bool) {
	if q.zh || !strings.HasSuffix(before, ",") {
		return attribution{}, cue{}, false
	}
	cs := q.findCues(from, from+len(before))
	if len(cs) == 0 {
		return attribution{}, cue{}, false
	}
	c := cs[len(cs)-1]
	if !enAdjunctOnly(c.word, sub(q.doc.text, c.End, from+len(before)-1)) {
		return attribution{}, cue{}, false
	}
	att := q.attribute(ui, c)
	return att, c, att.speaker != nil
}

// enAdjunctOnly reports whether the words after the speech verb w are only
// where, when and to whom it was said.
func enAdjunctOnly(w, rest string) bool {
	if !enAdjunct.MatchString(rest) || strings.Contains(rest, " that ") {
		return false
	}
	r := []rune(strings.TrimSpace(rest))
	listener := w == "told" || w == "tells" || w == "telling"
	return len(r) == 0 || listener || !unicode.IsUpper(r[0]) && !strings.HasPrefix(string(r), "reporters") && !strings.HasPrefix(string(r), "the ")
}

// enTrailAfter is what may follow a speech verb that closes its sentence:
// nothing, or where and when it was said ("…, Lee said during the forum.").
var enTrailAfter = re(`^\s*(?:(?:in|on|at|during|via|through|after|before|while|when|last|this|earlier|later|on|yesterday|today|` +
	`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^"“”;:,]{0,80})?\s*[.!]?\s*$`)

// enMidAfter follows a speech verb set in the middle of a statement that
// goes on with a clause of its own: "The cost is high, Lee said, and few
// can pay it." The statement is the part before the attribution.
var enMidAfter = re(`^\s*,\s+(?:and|but|so)\s`)

// enTrailingMinWords is how many words the part of a sentence before a
// trailing attribution needs to be a statement.
const enTrailingMinWords = 6

// enTrailing finds English reported speech whose attribution closes the
// sentence: "The revenue will triple this year, Acme's CEO Dana Roe said."
// or "…, said Lee Chan, chairman of the lab, adding …". The statement is
// what stands before the comma that opens the attribution. It reports
// whether it emitted one.
func (q *quoter) enTrailing(ui int, c cue, direct []span) bool {
	if q.zh || c.word == "according to" || enParticiple[c.word] {
		return false
	}
	u := q.units[ui]
	text := q.doc.text
	var att attribution
	lead := -1 // where the attribution starts
	if pre := strings.TrimRight(sub(text, u.Start, c.Start), " "); strings.HasSuffix(pre, ",") {
		// "…, said Lee Chan, chairman of the lab."
		// The name ends the clause: "said Sam Ode had her support" has
		// Sam Ode as the subject of what was said.
		if a, ok := q.speakerAfterCue(ui, c); ok && a.speaker != nil && enClauseEnds(sub(text, a.subject.End, u.End)) {
			att, lead = a, u.Start+len(pre)-1
		}
	}
	if lead < 0 {
		after := sub(text, c.End, q.sentenceEnd(c.End, u.End))
		listener := (c.word == "told" || c.word == "tells") && enAdjunctOnly(c.word, strings.TrimRight(after, " .!"))
		if !enTrailAfter.MatchString(after) && !enMidAfter.MatchString(after) && !listener {
			return false
		}
		att = q.attribute(ui, c)
		if att.speaker == nil || att.chain == (span{}) {
			return false
		}
		pre := strings.TrimRight(sub(text, u.Start, att.chain.Start), " ")
		if !strings.HasSuffix(pre, ",") {
			return false
		}
		lead = u.Start + len(pre) - 1
	}
	s := u.Start
	// Marks are in text order without overlaps: start at the first that
	// ends after s, stop after the first that opens past s+2.
	for i := sort.Search(len(q.marks), func(i int) bool { return q.marks[i].End > s }); i < len(q.marks) && q.marks[i].Start <= s+2; i++ {
		if loc := q.marks[i]; loc.Start < lead && loc.End > s && loc.Start <= s+2 {
			return false // the sentence opens with a direct quote
		}
	}
	for _, d := range direct {
		if d.Start < lead && d.End > s {
			return false
		}
	}
	body := strings.TrimSpace(sub(text, s, lead))
	if len(strings.Fields(body)) < enTrailingMinWords {
		return false
	}
	s += strings.Index(sub(text, s, lead), body)
	part := span{s, s + len(body)}
	att.region = span{min(att.regionStartOr(lead), lead), max(att.region.End, c.End)}
	att.rule = ruleQuoteEnTrailing
	q.emit(Quote{
		Speaker:  att.speaker.Name,
		Text:     body,
		Kind:     Reported,
		Cue:      c.word,
		Offset:   part.Start,
		Sentence: strings.TrimSpace(text[u.Start:u.End]),
	}, ui, part, att, u)
	return true
}

// enClauseEnds reports whether s, the text after a name, ends the clause
// the name stands in.
func enClauseEnds(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || strings.ContainsAny(t[:1], ",.;!?")
}

// enSceneLead is what may open a sentence before the person whose words a
// colon introduces: a scene (In May, …) or a title set off by a comma (Its
// chief executive, …).
var enSceneLead = re(`^\s*(?:[^,;:"“”]{1,60},\s*)?$`)

// enColonSubject attributes a statement in quotation marks after a colon
// whose sentence has a person as its subject but no speech verb: "Its chief
// executive, Dana Roe, has set her sights high: “…”", "He remembers the
// night: “…”". The person must open the sentence (after a scene or a
// title), and the quotation must be a statement, not a list of terms.
func (q *quoter) enColonSubject(ui, from int, m qmark) (attribution, bool) {
	if q.zh || !q.statementLike(m.inner) {
		return attribution{}, false
	}
	text := q.doc.text
	u := q.units[ui]
	before := strings.TrimRight(sub(text, from, m.Start), " \t*")
	if !strings.HasSuffix(before, ":") {
		return attribution{}, false
	}
	end := from + len(before) - 1
	cs := max(q.clauseStart(u, end), from)
	i := sort.Search(len(q.cands), func(i int) bool { return q.cands[i].Start >= cs })
	for ; i < len(q.cands) && q.cands[i].End <= end; i++ {
		cd := q.cands[i]
		if cd.ent != nil && cd.ent.Type != Person {
			continue // an organization in the chain: Acme CEO Dana Roe
		}
		if cd.ent == nil && cd.gender == 'n' {
			return attribution{}, false
		}
		chain := span{max(q.chainStart(cd.span), cs), cd.End}
		if !enSceneLead.MatchString(sub(text, cs, chain.Start)) || possessive(text, cd.End) {
			return attribution{}, false
		}
		if strings.ContainsAny(sub(text, cd.End, end), "\"“”;") {
			return attribution{}, false
		}
		att := attribution{cue: ":", region: span{cs, end + 1}, chain: chain, subject: cd.span, pronoun: cd.ent == nil}
		att.speaker = q.personOf(cd, ui)
		return att, att.speaker != nil
	}
	return attribution{}, false
}

// enChannelBefore ends with the words that make the next name the channel a
// statement went out on, not its topic: "said on X", "told CNBC", "in an
// interview with Bloomberg", "in a social media post on Truth Social",
// "wrote in Google Docs". A verb's object ("said the deal with Microsoft")
// is no channel.
var enChannelBefore = re(`(?i)(?:\b(?:posted|posts|tweeted|wrote|writes|writing|said|says|spoke|speaking|appeared|appearing|announced)\s+(?:on|` +
	`to|via|with|in)|\b(?:in|during|on|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:post|` +
	`posts|tweet|interview|podcast|appearance|thread|video|message|blog|blog post|broadcast|show|statement|` +
	`letter|memo|op-ed|column|livestream|call|episode|segment)\s+(?:on|to|with|in|via|for)|\b(?:told|tells|` +
	`telling))\s+(?:the\s+)?$`)

// enChannelAfter starts with the words that make the name before them a
// channel: "an X post", "Twitter users", "his LinkedIn account".
var enChannelAfter = re(`^(?:'s|’s)?\s+(?:post|posts|users|account|thread|feed|livestream|broadcast|interview|podcast|page)\b`)

// enChannel reports whether an English mention is the channel a statement
// went out on (posted on X, told CNBC): no topic of any quote.
func (q *quoter) enChannel(m mention) bool {
	if q.zh || m.Entity == nil || m.Entity.Type != Organization {
		return false
	}
	text := q.doc.text
	return enChannelBefore.MatchString(sub(text, max(0, m.Start-60), m.Start)) || enChannelAfter.MatchString(sub(text, m.End, min(len(text), m.End+16)))
}

// enTopicVerbBefore ends with a verb whose object is what the speaker's
// words are about: "X criticised OpenAI, saying …", "X praised the lab".
var enTopicVerbBefore = re(`(?i)\b(?:critici[sz]ed|critici[sz]es|criticizing|criticising|praised|praises|praising|slammed|slams|` +
	`blasted|blasts|attacked|attacks|defended|defends|accused|accuses|thanked|thanks|congratulated|lauded|` +
	`hailed|welcomed|welcomes|backed|backs|sued|sues|warned|urged|urges|mocked|questioned)\s+(?:the\s+)?$`)

// enTopicVerb reports whether a mention in an English attribution is the
// object of a verb of judging: its topic, not the speaker's introduction.
func (q *quoter) enTopicVerb(m mention) bool {
	return !q.zh && enTopicVerbBefore.MatchString(sub(q.doc.text, max(0, m.Start-24), m.Start))
}

// enClauseBreak is a boundary between two clauses of one sentence that say
// different things: ", even as", ", while", ", but", "; ", "and that" between
// two statements.
var enClauseBreak = re(`(?i),\s+(?:even as|even though|as|while|but|although|though|whereas|because|since|after|before|when|and yet)\s|;\s|,?\s+and that\s`)

// enOtherClause reports whether a mention outside an English statement and
// its attribution lies in another clause of the sentence: "A's app topped
// B's chart, even as Lee said the rule sets a bad precedent" is not about A's
// app or B.
func (q *quoter) enOtherClause(m span, stmt span, att attribution) bool {
	if q.zh {
		return false
	}
	switch {
	case m.End <= stmt.Start:
		return enClauseBreak.MatchString(sub(q.doc.text, m.End, stmt.Start))
	case m.Start >= stmt.End:
		return enClauseBreak.MatchString(sub(q.doc.text, stmt.End, m.Start))
	}
	return false
}

// enOurOrg is "our" with something only an organization has: the speaker
// speaks for their own organization ("the core of our mission", "our
// models").
var enOurOrg = re(`\b[Oo]ur (?:mission|models?|products?|company|technology|platform|deployment|customers|investors|board|` +
	`engineers|employees|staff|business|partners|services?|API|chatbot|systems?)\b`)

// enQuantifierLead opens a statement with words that look like a
// preposition and its object but are none: "at least three labs …".
var enQuantifierLead = re(`^(?i:at (?:least|most|best|worst|present|first|times)|for (?:now|years|decades|the first time|the moment))\b`)

// enNotObject reports whether what follows an English verb is a statement
// even though it opens with a preposition: after "according to X," the
// words are all statement; "said at least three labs …" is one too.
func enNotObject(w, body string) bool {
	return w == "according to" || enQuantifierLead.MatchString(body)
}

// enListenerAbout is a listener and what they were told about: "the board
// about the plan", "reporters of the delay".
var enListenerAbout = re(`^(?:(?:the|a|an|his|her|their|its|our)\s+)?[\p{L}-]+\s+(?:about|of|on)\b`)

// enToldAbout reports whether what follows told/tells is a listener and a
// topic rather than a statement: "told the board about the plan".
func enToldAbout(w, body string) bool {
	return (w == "told" || w == "tells") && enListenerAbout.MatchString(body)
}

// enCoSubjectGap joins two subjects of one verb: "A and B", "A and her
// co-founder B".
var enCoSubjectGap = re(`^\s+and\s+(?:(?:his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?$`)

// enCoSpoken adds, for an English statement two named persons made
// together ("A and B wrote that …"), the same quote for the first of them.
func (q *quoter) enCoSpoken(qt Quote, att attribution) {
	if q.zh || att.speaker == nil || att.subject == (span{}) {
		return
	}
	start := att.subject.Start
	i := sort.Search(len(q.cands), func(i int) bool { return q.cands[i].Start >= start })
	if i == 0 {
		return
	}
	cd := q.cands[i-1]
	if cd.ent == nil || cd.ent.Type != Person || cd.ent == att.speaker || !enCoSubjectGap.MatchString(sub(q.doc.text, cd.End, start)) || q.enObjectOfPreposition(cd) {
		return
	}
	// The pair must open its clause: "met A and B said" has one speaker.
	lead := strings.TrimSpace(sub(q.doc.text, q.clauseStart(q.units[q.unitOf(cd.Start)], cd.Start), q.chainStart(cd.span)))
	if lead != "" && !strings.HasSuffix(lead, ",") {
		return
	}
	co := qt
	co.Speaker = cd.ent.Name
	co.Rule = ruleQuoteEnCoSpeaker
	if q.shared == nil {
		q.shared = map[int]bool{}
	}
	q.shared[qt.Offset] = true
	q.quotes = append(q.quotes, co)
}

// enRunsOnMax is how many paragraphs a quotation may run on for.
const enRunsOnMax = 6

// enRunsOn attributes an English quotation that runs over several
// paragraphs: by the convention of English print, a paragraph of a quotation
// that goes on ends with no closing mark, and the next one opens with a
// quotation mark. The words get the attribution of the paragraph where the
// quotation ends ("“We started small.⏎“Then it grew,” Lee said.").
func (q *quoter) enRunsOn(ui int, m qmark) (attribution, bool) {
	// The quotation must open its sentence: an unclosed mark inside one
	// (a 27" screen) is no running quotation.
	if q.zh || strings.TrimLeft(sub(q.doc.text, q.units[ui].Start, m.Start), " \t*") != "" {
		return attribution{}, false
	}
	for hop := 0; hop < enRunsOnMax; hop++ {
		if m.inner.End != m.End || !strings.HasPrefix(sub(q.doc.text, m.End, m.End+1), "\n") && m.End != len(q.doc.text) {
			return attribution{}, false // closed, or cut other than at a paragraph end
		}
		k := ui + 1
		for k < len(q.units) && q.units[k].para == q.units[ui].para {
			k++
		}
		if k >= len(q.units) || q.units[k].para != q.units[ui].para+1 {
			return attribution{}, false
		}
		// The next paragraph must open with a quotation mark.
		mi := sort.Search(len(q.marks), func(i int) bool { return q.marks[i].Start >= q.units[k].Start })
		if mi >= len(q.marks) || strings.TrimLeft(sub(q.doc.text, q.units[k].Start, q.marks[mi].Start), " \t*") != "" {
			return attribution{}, false
		}
		ui, m = k, q.marks[mi]
		if m.inner.End == m.End {
			continue // the quotation goes on again
		}
		att, found, _ := q.directAttribution(ui, m, q.units[ui].Start)
		return att, found && att.speaker != nil
	}
	return attribution{}, false
}

// enModelInRegion reports whether a mention in an English attribution is a
// model: the words that introduce a speaker by the model they built ("the
// leader of the team that built Orion") name what the statement is about;
// a model is never the speaker's employer or channel.
func (q *quoter) enModelInRegion(m mention) bool {
	return !q.zh && m.Entity != nil && m.Entity.Type == Model
}

// enPrevSubject is the person a quotation with no verb of its own belongs to
// when it opens its sentence right after a sentence of the same paragraph
// whose subject is that person and which quotes no one: "Ruiz was blunt.
// “This is a disaster for every small lab.”"
func (q *quoter) enPrevSubject(ui int, m qmark) *entity {
	if q.zh || ui == 0 || q.paraStart(ui) {
		return nil
	}
	text := q.doc.text
	u, p := q.units[ui], q.units[ui-1]
	if strings.Trim(sub(text, u.Start, m.Start), " \t*") != "" || !q.sayable(m.inner) {
		return nil
	}
	if k := sort.Search(len(q.marks), func(i int) bool { return q.marks[i].End > p.Start }); k < len(q.marks) && q.marks[k].Start < p.End {
		return nil // the sentence before quotes someone itself
	}
	cs := q.clauseStart(p, p.Start)
	i := sort.Search(len(q.cands), func(i int) bool { return q.cands[i].Start >= cs })
	for ; i < len(q.cands) && q.cands[i].End <= p.End; i++ {
		cd := q.cands[i]
		if cd.ent != nil && cd.ent.Type != Person {
			continue // an organization in the chain: Acme CEO Dana Roe
		}
		if cd.ent == nil && cd.gender == 'n' {
			return nil
		}
		if !enSceneLead.MatchString(sub(text, cs, max(q.chainStart(cd.span), cs))) || possessive(text, cd.End) {
			return nil
		}
		return q.personOf(cd, ui-1)
	}
	return nil
}

// enObjectVerbs (vocabulary en-speech-object-verbs) are English speech
// verbs that as often take a plain object
// as a statement ("added a board member", "announced a model", "confirmed
// the deal", "stressed the importance of …"): without "that", what follows
// them is a statement only when it reads as a clause.
var enObjectVerbs = vocabSet("en-speech-object-verbs")

// enNoStatement opens what follows "said" when it is no statement: "said
// little about", "said goodbye to".
var enNoStatement = re(`^(?i:little|nothing|much|goodbye|farewell|hello|thanks|thank you|sorry)\b`)

// enClauseLike is words that read as a clause: a subject pronoun or how,
// why, whether, or an auxiliary or copula among the first words ("the model
// is slower", "it beats", "costs would fall", "how the ability to …").
var enClauseLike = re(`(?i)^(?:(?:it|he|she|they|we|I|you|there|this|these|those|how|why|whether)\s|(?:[\p{L}\d'’$%.,-]+\s+){0,7}?(?:is|` +
	`are|was|were|will|would|could|can|can't|cannot|should|may|might|must|has|have|had|does|do|did|isn't|` +
	`aren't|wasn't|weren't|won't|wouldn't|couldn't|doesn't|don't|didn't|hasn't|haven't|needs|need|remains|` +
	`remain|remained|seems|seemed|appears|appeared|became|becomes|wants|wanted|plans|planned|expects|expected)\b)`)

// enBareStatement reports whether words after the English speech verb w,
// with no "that" between, are a statement rather than the verb's object:
// after a verb that often takes an object, only a clause is one; he said
// little about it is none.
func enBareStatement(w, body string) bool {
	if enNoStatement.MatchString(body) {
		return false
	}
	// A person's predicted he would win; the verbs of accusing take a
	// person and "of": both read as statements.
	if w == "accused" || w == "accuses" || w == "predicted" || w == "predicts" {
		return true
	}
	return !enObjectVerbs[w] || enClauseLike.MatchString(body) || enPastClause(body)
}

// enIrregularPast are common irregular past tenses that make a clause: "noted
// revenue grew", "added the team cut costs".
var enIrregularPast = map[string]bool{
	"grew": true, "fell": true, "rose": true, "beat": true, "won": true, "lost": true, "made": true, "took": true,
	"gave": true, "went": true, "came": true, "saw": true, "began": true, "built": true, "left": true, "led": true,
	"hit": true, "cut": true, "sold": true, "bought": true, "spent": true, "found": true, "got": true, "kept": true,
	"held": true, "brought": true, "thought": true, "ran": true, "paid": true, "met": true, "chose": true, "knew": true,
}

// enNounDeterminer opens a noun phrase: a past participle after it is an
// adjective ("a revised model"), no verb.
var enNounDeterminer = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "some": true, "several": true,
}

// enPastClause reports whether the first words of body hold a verb in the
// past tense after a subject: "revenue grew", "the team worked", but not "a
// revised model" or "a newly designed chip".
func enPastClause(body string) bool {
	ws := strings.Fields(body)
	for i := 1; i < len(ws) && i < 8; i++ {
		w, prev := strings.ToLower(strings.Trim(ws[i], ",.;:")), strings.ToLower(ws[i-1])
		if enNounDeterminer[prev] || strings.HasSuffix(prev, "ly") || strings.HasSuffix(prev, ",") {
			continue
		}
		if enIrregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// enHonorific is a title abbreviation before a name, whose period ends no
// sentence: "said Dr. Elena Marsh", "said U.S. Sen. Jo Kent".
var enHonorific = re(`\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Supt|Hon|Rev|St|Jr|Sr|U\.S|U\.K|E\.U)\.`)

// enDropHonorifics removes title abbreviations from English text between a
// verb and a name, so that their periods do not read as sentence ends.
func (q *quoter) enDropHonorifics(s string) string {
	if q.zh || !strings.Contains(s, ".") {
		return s
	}
	return enHonorific.ReplaceAllString(s, "")
}

// enOpenerWord is a function word that opens sentences and that the entity
// stage can take for a one-word organization ("Together we can…"): as a
// sentence's first word it is no topic.
var enOpenerWord = map[string]bool{
	"Together": true, "Now": true, "Still": true, "Here": true, "There": true, "Today": true, "Meanwhile": true,
	"However": true, "Also": true, "Instead": true, "Again": true, "Yet": true, "So": true, "Then": true, "Next": true,
	"First": true, "Finally": true, "Overall": true, "Indeed": true, "Perhaps": true, "Maybe": true, "Besides": true,
	"Otherwise": true, "Rather": true, "Thus": true, "Hence": true, "Once": true, "Soon": true, "Later": true,
	"Even": true, "Only": true, "Just": true, "Every": true, "Each": true, "All": true, "Both": true, "Some": true,
	"Many": true, "Most": true, "More": true, "Other": true, "Such": true, "This": true, "That": true, "These": true,
	"Those": true, "Our": true, "Your": true, "Their": true, "We": true, "They": true, "You": true, "Imagine": true,
	"Think": true, "Look": true, "Let": true, "Thanks": true, "Please": true, "Hello": true, "Welcome": true,
}

// enOpenerMention reports whether an organization mention is a function
// word opening a sentence or a quotation ("Together we can…"): a word the
// entity stage mistook, no topic.
func (q *quoter) enOpenerMention(m mention) bool {
	if q.zh || m.Entity == nil || m.Entity.Type != Organization || !enOpenerWord[sub(q.doc.text, m.Start, m.End)] {
		return false
	}
	before := strings.TrimRight(sub(q.doc.text, max(0, m.Start-4), m.Start), " \t*")
	if before == "" {
		return true
	}
	r := []rune(before)
	return strings.ContainsRune(".!?\n\"“:", r[len(r)-1])
}

// enOneWord reports whether English quotation marks hold one word ("Yes!"
// shouted X): it says nothing worth a quote, but it shows who speaks next.
func (q *quoter) enOneWord(m qmark) bool {
	return !q.zh && len(strings.Fields(q.doc.text[m.inner.Start:m.inner.End])) < 2
}

// enSkipOneWord records a one-word quotation's speaker as the last one and
// its attributing words as attribution, without a quote: the next words are
// likely theirs, and the words that introduced them are no topic.
func (q *quoter) enSkipOneWord(att attribution, u unit) {
	if att.region != (span{}) {
		q.regions = append(q.regions, att.region)
	}
	q.setLast(att.speaker, u.para)
}

// enAdjunctColon is where and how words were said, closed by a colon, at
// the start of what follows a speech verb: "said in a blog post: …".
var enAdjunctColon = re(`^(?:in|on|at|via|during|through|to)\b[^:"“”.;]{0,80}:\s*`)

// enSkipAdjunctColon moves the start s of English reported speech past an
// adjunct and its colon, which are no part of the statement.
func (q *quoter) enSkipAdjunctColon(s, e int) int {
	if q.zh {
		return s
	}
	if loc := enAdjunctColon.FindStringIndex(sub(q.doc.text, s, e)); loc != nil {
		return s + loc[1]
	}
	return s
}

// enWhBefore ends with a word that makes the clause after it a question or
// a topic, not a statement: "about why she thinks …", "asked what he
// believes …".
var enWhBefore = re(`(?i)\b(?:why|how|what|whether|if|when|where)\s+$`)

// enWhClause reports whether an English attribution's subject opens a
// wh-clause: "We asked why she thinks bigger is better" reports no
// statement of hers.
func (q *quoter) enWhClause(att attribution) bool {
	if q.zh || att.subject == (span{}) {
		return false
	}
	wh := func(pos int) bool { return enWhBefore.MatchString(sub(q.doc.text, max(0, pos-12), pos)) }
	return wh(att.subject.Start) || att.chain != (span{}) && wh(att.chain.Start)
}
