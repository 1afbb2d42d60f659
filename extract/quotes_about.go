// Stage: quotes. What a statement is about: the models and organizations it
// names, less those that only introduce the speaker, and what "the company"
// or 该公司 refers to. Reads the discourse, the attribution and the
// employers found by relations.

package extract

import (
	"strings"
)

// "We" in a statement: the speaker speaks for their organization.
var (
	zhWe = re(`我们|我們|咱们`)
	enWe = re(`\b(?:[Ww]e|[Oo]ur|[Uu]s)\b`)
)

// about lists the models and organizations a statement concerns: those
// named in it and in the rest of its sentence, but not those that only
// introduce the speaker (the speaker's employer, the outlet), unless the
// statement speaks for them ("we", 我们). A statement that names none and
// goes on from the sentence before borrows from that sentence.
func (q *quoter) about(ui int, stmt span, att attribution) []string {
	u := q.units[ui]
	if stmt.Start < u.Start || stmt.End > u.End {
		u = unit{stmt, u.para}
	}
	text := q.doc.text
	var out []string
	seen := map[*entity]bool{}
	add := func(e *entity) {
		if e == nil || seen[e] || (e.Type != Model && e.Type != Organization) {
			return
		}
		seen[e] = true
		out = append(out, e.Name)
	}
	we := zhWe.MatchString(text[stmt.Start:stmt.End]) || enWe.MatchString(text[stmt.Start:stmt.End])
	inRegion := func(m mention) bool {
		return att.region != (span{}) && m.Start >= att.region.Start && m.End <= att.region.End
	}
	inChain := func(m mention) bool {
		return att.chain != (span{}) && m.Start >= att.chain.Start && m.End <= att.chain.End
	}
	for _, m := range q.doc.mentionsWithin(u.span) {
		if m.Start < u.Start || m.End > u.End || q.enChannel(m) || q.enOpenerMention(m) || q.enPersonForOrg(m.Entity) != m.Entity {
			continue
		}
		if m.Start >= stmt.Start && m.End <= stmt.End {
			add(m.Entity)
			continue
		}
		if inRegion(m) {
			// "Asked about Llama 2, X said", "said of X that", 谈到X时:
			// the attribution names the topic.
			if topicBefore.MatchString(sub(text, max(u.Start, m.Start-24), m.Start)) || q.zh && zhViewObject(m, att) || q.enTopicVerb(m) || q.enModelInRegion(m) {
				add(m.Entity)
				continue
			}
			// "we" speaks for the speaker's organization, the first of the
			// chain (玄枢实验室负责人、清华大学副教授X: not the university).
			if we && inChain(m) && m.Entity != nil && m.Entity == q.chainOrg(att) {
				add(m.Entity)
			}
			continue
		}
		// A person's employer or a dateline elsewhere in the sentence
		// introduces, it is no topic (360集团创始人周鸿祎并不认同，他认为…).
		if q.employerOf(m) || q.inDateline(m.span) || q.zh && q.zhAboutSpeaker(m, att, u) || q.enOtherClause(m.span, stmt, att) {
			continue
		}
		// Other words in quotation marks belong to their own quote.
		if mi := q.markAt(m.Start); mi >= 0 && !(q.marks[mi].Start <= stmt.Start && stmt.End <= q.marks[mi].End) {
			continue
		}
		add(m.Entity)
	}
	// "the model", 该模型: the model named last before the attribution.
	if modelAnaphor.MatchString(sub(text, stmt.Start, stmt.End)) || q.zh && zhModelAnaphor.MatchString(foldZh(sub(text, stmt.Start, stmt.End))) {
		add(q.lastBefore(min(stmt.Start, att.regionStartOr(stmt.Start)), Model))
	}
	// "the deal", 这笔交易: the parties of the last acquisition or funding.
	if dealAnaphor.MatchString(sub(text, stmt.Start, stmt.End)) {
		for _, e := range q.dealParties(min(stmt.Start, att.regionStartOr(stmt.Start))) {
			add(e)
		}
	}
	// "his team", "our mission", 公司 opening a statement: the speaker's own organization.
	if enOwnOrg.MatchString(sub(text, stmt.Start, stmt.End)) || !q.zh && enOurOrg.MatchString(sub(text, stmt.Start, stmt.End)) || q.zh && zhOwnOrg.MatchString(sub(text, stmt.Start, stmt.End)) {
		add(q.speakerOrg(att))
	}
	// "the company will…", 该公司: the organization meant.
	for _, loc := range orgAnaphor.FindAllStringSubmatchIndex(sub(text, stmt.Start, stmt.End), -1) {
		noun := ""
		if loc[2] >= 0 {
			noun = strings.ToLower(text[stmt.Start+loc[2] : stmt.Start+loc[3]])
		}
		add(q.orgMeant(stmt.Start+loc[0], noun, att))
	}
	if len(out) > 0 || !q.borrows(ui, att) {
		return dropMakers(out, q.makers(u.span))
	}
	prev := q.units[ui-1]
	for _, m := range q.doc.mentionsWithin(prev.span) {
		if m.Start < prev.Start || m.End > prev.End || q.markAt(m.Start) >= 0 || q.inRegions(m.span) || q.employerOf(m) {
			continue
		}
		add(m.Entity)
	}
	return dropMakers(out, q.makers(prev.span))
}

// Words that point at the speaker's own organization or at a maker.
var (
	enOwnOrg = re(`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:team|firm|company|group|lab|startup|organization|employer)\b`)
	// 公司已为…, 集团去年…: the organization itself as the subject.
	zhOwnOrg = re(`^(?:本|我们|我們)?(?:公司|集团|集團|协会|協會|研究院|实验室|實驗室)|^旗下|^(?:我们|我們|他们|他們)(?:当前|目前|现在|現在|已经|已經|正在|将|將|会|會|一直|也|还|還)`)
	// A maker before its model ("OpenAI's GPT-4o", 腾讯的混元) names the
	// model, not a topic of its own.
	enMakerOf = re(`^(?:'s|’s)\s+$`)
)

// makers are the organizations in s named only as the maker of the model
// that follows them ("Meta's Llama 4").
func (q *quoter) makers(s span) map[*entity]bool {
	out := map[*entity]bool{}
	ms := q.doc.mentionsWithin(s) // bounded.go: the span's, not the article's
	for i := 0; i+1 < len(ms); i++ {
		m, n := ms[i], ms[i+1]
		if m.Start < s.Start || n.End > s.End || m.Entity == nil || n.Entity == nil || m.Entity.Type != Organization || n.Entity.Type != Model {
			continue
		}
		if !q.zh && enMakerOf.MatchString(sub(q.doc.text, m.End, n.Start)) {
			out[m.Entity] = true
		}
	}
	// A maker named on its own too is a topic after all.
	for _, m := range ms {
		if m.Start >= s.Start && m.End <= s.End && out[m.Entity] && !possessive(q.doc.text, m.End) {
			delete(out, m.Entity)
		}
	}
	return out
}

// dropMakers removes from names the organizations in makers: a maker named
// with its model is no topic of its own.
func dropMakers(names []string, makers map[*entity]bool) []string {
	if len(makers) == 0 {
		return names
	}
	out := names[:0]
	for _, n := range names {
		drop := false
		for e := range makers {
			if e.Name == n {
				drop = true
			}
		}
		if !drop {
			out = append(out, n)
		}
	}
	return out
}

// topicBefore ends with words that make the next name a statement's topic.
var topicBefore = re(`(?i)\b(?:about|regarding|concerning)\s+(?:the\s+)?$|\b(?:said|says|spoke|speaking|wrote|writing) of\s+$|(?:` + cueAlternation(vocabWords("zh-quote-topic-before")) + `)\s*$`)

// "The model" and "the deal" in a statement: they stand for the model or
// the parties named before.
var (
	modelAnaphor = re(`\b[Tt]he (?:` + enModelNounAlt + `)\b|` + zhModelAnaphorAlt) // the vocabulary of coref.go
	dealAnaphor  = re(`\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:deal|acquisition|merger|takeover|transaction)\b|这笔交易|這筆交易|该交易|該交易|此次收购|此次收購|这次收购|這次收購|本次交易`)
)

// regionStartOr is where the attributing words start, or pos when there
// are none.
func (a attribution) regionStartOr(pos int) int {
	if a.region == (span{}) {
		return pos
	}
	return a.region.Start
}

// lastBefore is the entity of type t named last before pos, outside
// quotation marks, as coref reads "the model" (modelWindow).
func (q *quoter) lastBefore(pos int, t Type) *entity {
	return q.doc.antecedent(pos, modelWindow(q.inMark), isType(t))
}

// dealParties are the organizations of the last sentence before pos that
// tells of an acquisition or an investment.
func (q *quoter) dealParties(pos int) []*entity {
	for k := q.unitFrom(pos) - 1; k >= 0; k-- {
		u := q.units[k]
		if u.Start >= pos {
			continue
		}
		if u.End < pos {
			// Units before the one that holds pos are read whole: the
			// last that tells of a deal is looked up, not searched for.
			if k = q.lastDealUnit(k); k < 0 {
				return nil
			}
			u = q.units[k]
		}
		t := sub(q.doc.text, u.Start, min(u.End, pos))
		if !dealWord.MatchString(t) {
			continue
		}
		var out []*entity
		for _, m := range q.doc.mentionsWithin(span{u.Start, min(u.End, pos)}) {
			if m.Start >= u.Start && m.End <= min(u.End, pos) && m.Entity != nil && m.Entity.Type == Organization && !q.employerOf(m) && !appearsIn(out, m.Entity) {
				out = append(out, m.Entity)
			}
		}
		return out
	}
	return nil
}

// dealWord is a word of acquisition or investment: the sentence tells of a
// deal between organizations.
var dealWord = re(`收购|收購|并购|併購|\b(?:acquire|acquires|acquired|acquisition|buy|buys|bought|merge|merger|invest|invests|invested|investment)\b`)

// appearsIn reports whether e is one of es.
func appearsIn(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// chainOrg is the first organization in the words that introduce the
// speaker (Halcyon chief executive X).
func (q *quoter) chainOrg(att attribution) *entity {
	if att.chain == (span{}) {
		return nil
	}
	for _, m := range q.doc.mentionsWithin(att.chain) {
		if m.Start >= att.chain.Start && m.End <= att.chain.End && m.Entity != nil && m.Entity.Type == Organization && q.enPersonForOrg(m.Entity) == m.Entity {
			return m.Entity
		}
	}
	return nil
}

// speakerOrg is the organization the speaker speaks for: the one that
// introduces them, else the one the article says they work at.
func (q *quoter) speakerOrg(att attribution) *entity {
	if e := q.chainOrg(att); e != nil {
		return e
	}
	if att.speaker != nil {
		if es := q.employers[att.speaker]; len(es) > 0 {
			return es[0]
		}
	}
	return nil
}

// orgAnaphor is "the company" or 该公司 in a statement: an organization
// named elsewhere (orgMeant).
var orgAnaphor = re(`\b[Tt]he (` + enOrgNounAlt + `)\b|` + zhOrgAnaphorAlt) // the vocabulary of coref.go

// orgMeant is the organization "the company" in a statement stands for:
// the speaker's own, named in the attribution (OpenAI spokesperson X tells
// The Verge that the company…) or where the article says where the speaker
// works, else the one named last before the attributing words.
func (q *quoter) orgMeant(pos int, noun string, att attribution) *entity {
	if e := q.speakerOrg(att); e != nil {
		return e
	}
	if att.region != (span{}) && att.region.Start < pos {
		pos = att.region.Start
	}
	return q.orgBefore(pos, noun)
}

// orgBefore is the organization "the NOUN" before pos stands for, by
// coref's one policy (orgWindow); for a noun with a name of its own (the
// department) one whose name holds it.
func (q *quoter) orgBefore(pos int, noun string) *entity {
	return q.doc.orgAntecedent(pos, noun, orgWindow(q.notAntecedent))
}

// borrows reports whether a statement that names nothing takes what it is
// about from the sentence before: only a quote with no verb of its own,
// which goes on with the speech before it. A statement with a subject of its
// own, a pronoun (他说, He said) included, is about what it names: borrowing
// there put the previous sentence's models and companies on statements
// about other things.
func (q *quoter) borrows(ui int, att attribution) bool {
	return ui > 0 && q.units[ui-1].para == q.units[ui].para && att.subject == (span{})
}

// employerOf reports whether an organization mention stands right before a
// person's name, as that person's employer (火山引擎总裁谭待).
func (q *quoter) employerOf(m mention) bool {
	if m.Entity == nil || m.Entity.Type != Organization {
		return false
	}
	// The first mention after m, if any, decides.
	if i := q.doc.mentionFrom(m.End); i < len(q.doc.mentions) {
		n := q.doc.mentions[i]
		return n.Entity != nil && n.Entity.Type == Person && n.Start-m.End < 40 && !strings.ContainsAny(sub(q.doc.text, m.End, n.Start), "，,。；;") && q.sameUnit(m.Start, n.Start)
	}
	return false
}
