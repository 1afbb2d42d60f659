package extract

import (
	"slices"
	"strings"
	"testing"
)

// quoteCase is one English quote rule test: the marked-up text and the
// quotes it must give, in order (none for a trap).
type quoteCase struct {
	name string
	src  string
	want []wantQuote
}

// checkQuoteCases runs English quote cases the way TestQuotes runs its own.
func checkQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	checkQuoteCasesIn(t, "en", tests)
}

// checkQuoteCasesIn runs each case's text, marked up in lang, through the
// quote stage (see checkQuotes).
func checkQuoteCasesIn(t *testing.T, lang string, tests []quoteCase) {
	t.Helper()
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, x, lang, tc.src, tc.want) })
	}
}

// checkQuotes runs the quote stage on src, marked up in lang, and compares
// speaker, kind, text, cue and (when wanted) the about list of each quote
// in order; every quote's offset must hold its text.
func checkQuotes(t *testing.T, x *Extractor, lang, src string, want []wantQuote) {
	t.Helper()
	doc := markup(t, lang, "2024-06-15", src)
	got := x.quotes(doc)
	for _, q := range got {
		if doc.text[q.Offset:q.Offset+len(q.Text)] != q.Text {
			t.Errorf("offset %d does not hold %q", q.Offset, q.Text)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(want), dumpQuotes(got))
	}
	for i, w := range want {
		g := got[i]
		if g.Speaker != w.speaker || g.Kind != w.kind || !strings.Contains(g.Text, w.contains) || (w.cue != "" && g.Cue != w.cue) {
			t.Errorf("quote %d = %s\nwant %s [%s %s] containing %q", i, dumpQuotes(got[i:i+1]), w.speaker, w.kind, w.cue, w.contains)
		}
		if w.about != nil && !slices.Equal(sorted(g.About), sorted(w.about)) {
			t.Errorf("quote %d about %v, want %v", i, g.About, w.about)
		}
	}
}

func TestEnglishSpeechVerbs(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"responded before a quote", `[Lee Chan|P|m] praised the launch and [Ana Ruiz|P|f] responded, "Thanks, but we still have a long way to go."`,
			[]wantQuote{{"Ana Ruiz", Direct, "we still have a long way", "responded", nil}}},
		{"replied that is reported speech", `[Ana Ruiz|P|f] replied that the cluster had been idle for a week.`,
			[]wantQuote{{"Ana Ruiz", Reported, "the cluster had been idle", "replied", nil}}},
		{"a short exclamation after which a verb names the speaker", `The scores came in. "We did it!" shouted [Ana Ruiz|P|f], head of the lab. "Did we beat the old record?"`,
			[]wantQuote{{"Ana Ruiz", Direct, "We did it!", "shouted", nil}, {"Ana Ruiz", Direct, "Did we beat the old record?", "", nil}}},
		{"as X put it", `As analyst [Rob Fenn|P|m] put it, "The company grew too fast to keep its paperwork in order."`,
			[]wantQuote{{"Rob Fenn", Direct, "grew too fast", "put it", nil}}},
		{"one word is no quote, but shows who speaks next", `"Yes!" shouted [Ana Ruiz|P|f], head of the lab, when the scores came in. "Did we beat the old record?"`,
			[]wantQuote{{"Ana Ruiz", Direct, "Did we beat the old record?", "", nil}}},
		{"the board responded to is no statement", `The board responded to the letter within a week.`, nil},
	})
}

func TestEnglishSubjects(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"an organization inside the speaker's appositive is no speaker", `[Dana Roe|P|f], the co-founder of [Greyline|O], a cloud company, said both teams had done well.`,
			[]wantQuote{{"Dana Roe", Reported, "both teams had done well", "said", nil}}},
		{"the name in apposition to the subject", `Our chief executive, [Dana Roe|P|f], says, "We are glad to have these partners with us."`,
			[]wantQuote{{"Dana Roe", Direct, "We are glad to have these partners", "says", nil}}},
		{"a bracketed aside and a home state", `Senator [Jo Kent|P|f] (D-XY) has said that the bill is overdue. Senator [Al Marsh|P|m] of Ohio, said, "It will change how every agency buys software."`,
			[]wantQuote{{"Jo Kent", Reported, "the bill is overdue", "said", nil}, {"Al Marsh", Direct, "It will change how every agency", "said", nil}}},
		{"a person named after a preposition is no subject either", `A letter to [Dana Roe|P|f] said the deal was off.`, nil},
	})
	for gap, want := range map[string]bool{
		" (D-XY) has ": true,
		" of Ohio, ":   true,
		", a partner at Greyline, a cloud company, ": true,
		" of the new rules said ":                    false,
	} {
		if got := enGapOK(gap); got != want {
			t.Errorf("enGapOK(%q) = %v, want %v", gap, got, want)
		}
	}
}

func TestEnglishContext(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a pronoun continues the speaker before persons only named", `[Sam Ode|P|m] left the board. [Dana Roe|P], the head of [Greyline|O], a cloud company, said [Sam Ode|P|m] had her support. He stressed that the board had acted too fast.`,
			[]wantQuote{{"Dana Roe", Reported, "had her support", "said", nil}, {"Dana Roe", Reported, "the board had acted too fast", "stressed", nil}}},
		{"a question answered with that is the last speaker's", `"We did it!" shouted [Ana Ruiz|P|f], head of the lab. "Did we beat the old record?" [Lee Chan|P|m] replied that they had beaten it by a wide margin.`,
			[]wantQuote{{"Ana Ruiz", Direct, "We did it!", "shouted", nil}, {"Ana Ruiz", Direct, "Did we beat the old record?", "", nil}, {"Lee Chan", Reported, "they had beaten it", "replied", nil}}},
		{"a quote the verb after closes is that subject's", `"We will ship it in May," [Lee Chan|P|m] replied.`,
			[]wantQuote{{"Lee Chan", Direct, "We will ship it in May", "replied", nil}}},
	})
}

func TestEnglishVerbPhrases(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"an organization's person after the verb", `"We will keep the weights closed for now," said [Greyline|O]'s [Roe|P|f|Dana Roe].`,
			[]wantQuote{{"Dana Roe", Direct, "keep the weights closed", "said", nil}}},
		{"a title with a model in it after the verb", `"The demo was never meant to stay up for long," wrote assistant professor and [Orion|M] researcher [Lee Chan|P|m] in a note.`,
			[]wantQuote{{"Lee Chan", Direct, "never meant to stay up", "wrote", nil}}},
		{"an organization alone after the verb speaks for no person", `"We will keep the weights closed for now," said [Greyline|O] in a note.`, nil},
		{"said in a statement before the comma", `Senator [Jo Kent|P|f] has said in a statement ahead of the hearing, "The agencies need clear rules for these systems."`,
			[]wantQuote{{"Jo Kent", Direct, "need clear rules", "said", nil}}},
		{"told a listener before the comma", `[Lee Chan|P|m] told reporters on Monday, "Nothing about the deal has changed since spring."`,
			[]wantQuote{{"Lee Chan", Direct, "Nothing about the deal", "told", nil}}},
		{"said in a blog post, a colon and a statement without marks", `[Lee Chan|P|m] said in a blog post: The model is slower than we hoped, and we will fix it.`,
			[]wantQuote{{"Lee Chan", Reported, "The model is slower", "said", nil}}},
		{"said in a statement, a colon and a quote", `[Lee Chan|P|m] said in a statement: "The model is slower than we hoped, and we will fix it."`,
			[]wantQuote{{"Lee Chan", Direct, "The model is slower", "said", nil}}},
		{"the short second half of a quote split by told and a time", `"The model is good," [Lee Chan|P|m] told [CNBC|O] on Wednesday, "but it is not magic."`,
			[]wantQuote{{"Lee Chan", Direct, "The model is good", "told", nil}, {"Lee Chan", Direct, "but it is not magic", "told", nil}}},
		{"told a listener that, a statement opening like a topic", `[Lee Chan|P|m] told a packed hall on Friday that the era of ever larger models is ending.`,
			[]wantQuote{{"Lee Chan", Reported, "the era of ever larger models", "told", nil}}},
		{"a short quote after a verb with an object is a term", `[Lee Chan|P|m] told the board about the "quiet period" in May.`, nil},
		{"according to, then a statement that opens with at least", `According to [Lee Chan|P|m], at least three labs are preparing similar models.`,
			[]wantQuote{{"Lee Chan", Reported, "at least three labs", "according to", nil}}},
		{"said with an object before the comma is no attribution", `[Lee Chan|P|m] said the new rules, "which nobody outside the agency has read so far," would pass.`,
			[]wantQuote{{"Lee Chan", Reported, "would pass", "said", nil}}},
	})
}

func TestEnglishTrailingAttribution(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"statement, then the speaker and the verb", `Thanks to new buyers, revenue at the unit is on course to triple this year, [Greyline|O]'s chief executive [Dana Roe|P|f] said.`,
			[]wantQuote{{"Dana Roe", Reported, "revenue at the unit is on course to triple", "said", []string{}}}},
		{"statement, the speaker in apposition, the verb and a place", `The model is meant to reason about text and images alike, [Lee Chan|P|m], the lab's research director, said during the forum.`,
			[]wantQuote{{"Lee Chan", Reported, "meant to reason about text", "said", nil}}},
		{"statement, then said and the speaker", `The pairing of large models and cheap compute offers a plausible road to better tools, said [Lee Chan|P|m], chairman of the lab, adding that more funding would follow.`,
			[]wantQuote{{"Lee Chan", Reported, "offers a plausible road", "said", nil}}},
		{"an attribution in the middle of a statement", `The cost of running the model is still high, [Lee Chan|P|m] explained, and few companies can afford it.`,
			[]wantQuote{{"Lee Chan", Reported, "The cost of running the model is still high", "explained", nil}}},
		{"statement, then told and a listener", `Costs for running the model have fallen by half since the spring, [Lee Chan|P|m] told reporters on Monday.`,
			[]wantQuote{{"Lee Chan", Reported, "Costs for running the model", "told", nil}}},
		{"a short lead is no statement", `In the end, [Lee Chan|P|m] said.`, nil},
		{"an organization closing the sentence is no speaker", `Revenue at the lab is on course to triple this year, [Greyline|O] said.`, nil},
	})
}

func TestEnglishNameParts(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a given name alone after the full name", `[Yara Quell|P|f], a partner at [Spark Hill|O], joined the board. Yara says, "We are excited to back the team on its mission to build safer systems."`,
			[]wantQuote{{"Yara Quell", Direct, "excited to back the team", "says", nil}}},
		{"a surname with a curly apostrophe alone", `[Tom O’Reilly|P|m], chief scientist at [Nimbus|O], spoke first. O’Reilly added that the team had cut training costs by half.`,
			[]wantQuote{{"Tom O’Reilly", Reported, "cut training costs by half", "added", nil}}},
		{"an organization's surname after the verb, the surname unlinked", `[John Smith|P|m] heads research at [Acme|O]. "Nobody outside the company has been able to test it," said [Acme|O]'s Smith.`,
			[]wantQuote{{"John Smith", Direct, "Nobody outside the company", "said", nil}}},
		{"a surname the entity stage took for an organization", `[Victor Salas|P|m] runs [Orbit|O]. In an earlier interview, [Salas|O] said the company would license more data in the future.`,
			[]wantQuote{{"Victor Salas", Reported, "would license more data", "said", []string{"Orbit"}}}},
		{"a given name two persons share is nobody", `[Yara Quell|P|f] and [Yara Moss|P|f] joined the board. Yara says, "We are excited to back the team on its mission to build safer systems."`, nil},
	})
}

func TestEnglishColonSubject(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a person's sentence with a colon and no verb of speech", `Its chief executive, [Dana Roe|P|f], has set her sights high: "We want to build the leading open lab in the region within five years."`,
			[]wantQuote{{"Dana Roe", Direct, "build the leading open lab", ":", nil}}},
		{"he remembers: the pronoun's person", `[Lee Chan|P|m] founded the lab in May. He remembers the night before the launch with [Ana Ruiz|P|f], who ran the servers: "I told her that this is the time to go."`,
			[]wantQuote{{"Lee Chan", Direct, "this is the time to go", ":", nil}}},
		{"a thing's sentence with a colon is nobody's", `The report by [Lee Chan|P|m] lists the risks: "models that leak data, models that lie, and models that cost too much."`, nil},
		{"short terms after a colon are no statement", `[Lee Chan|P|m] named two goals: "speed" and "trust".`, nil},
	})
}

func TestEnglishAbout(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a post on a platform named after the verb is no topic", `"We told them where the limits are," [Lee Chan|P|m] said in a post on [X|O].`,
			[]wantQuote{{"Lee Chan", Direct, "We told them", "said", []string{}}}},
		{"a listener is no topic", `[Lee Chan|P|m] told [Bloomberg|O] in an interview with [CNBC|O] that [Orion|M] would ship two months late.`,
			[]wantQuote{{"Lee Chan", Reported, "would ship two months late", "told", []string{"Orion"}}}},
		{"the partner in a statement is no channel", `[Lee Chan|P|m] said the partnership with [Greyline|O] would double the size of the team.`,
			[]wantQuote{{"Lee Chan", Reported, "partnership with", "said", []string{"Greyline"}}}},
		{"an interview with an outlet is a channel", `In an interview with [Bloomberg|O], [Lee Chan|P|m] said the partnership with [Greyline|O] would double the team.`,
			[]wantQuote{{"Lee Chan", Reported, "partnership with", "said", []string{"Greyline"}}}},
		{"an organization's users are a channel", `[Greyline|O] users cheered, with [Lee Chan|P|m] commenting, "This is the best open model of the year by far."`,
			[]wantQuote{{"Lee Chan", Direct, "best open model", "commenting", []string{}}}},
		{"the object of a verb of judging is the topic", `[Dana Roe|P|f], the head of [Greyline|O], criticised [Orbit Robotics|O], saying it was "not a normal shakeup at all".`,
			[]wantQuote{{"Dana Roe", Reported, "not a normal shakeup", "saying", []string{"Orbit Robotics"}}}},
		{"another clause of the sentence is no topic", `The [Orion|M] app rose to the top of [Greyline|O]'s chart, even as [Lee Chan|P|m] said the ruling sets a bad precedent.`,
			[]wantQuote{{"Lee Chan", Reported, "sets a bad precedent", "said", []string{}}}},
		{"the other that-clause is no topic", `[Lee Chan|P|m] pointed out that the rule is vague, and that [Greyline|O] wrote its own limits into the contract.`,
			[]wantQuote{{"Lee Chan", Reported, "the rule is vague", "pointed out", []string{}}, {"Lee Chan", Reported, "wrote its own limits", "pointed out", []string{"Greyline"}}}},
		{"a model in the speaker's introduction is the topic", `"We have beaten every open model," said [Lee Chan|P|m], who leads the team that built [Orion|M] at [Greyline|O].`,
			[]wantQuote{{"Lee Chan", Direct, "beaten every open model", "said", []string{"Orion"}}}},
		{"the same clause is", `The [Orion|M] app is the best of the year, [Lee Chan|P|m] said.`,
			[]wantQuote{{"Lee Chan", Reported, "best of the year", "said", []string{"Orion"}}}},
		{"our mission is the speaker's organization", `[Greyline|O] chief executive [Dana Roe|P|f] said, "Safety is at the core of our mission."`,
			[]wantQuote{{"Dana Roe", Direct, "core of our mission", "said", []string{"Greyline"}}}},
		{"our mission is the employer's stated before", `[Dana Roe|P|f] is a researcher at [Greyline|O]. [Dana Roe|P|f] said, "Safety is at the core of our mission."`,
			[]wantQuote{{"Dana Roe", Direct, "core of our mission", "said", []string{"Greyline"}}}},
		{"our findings are no organization's", `[Dana Roe|P|f] is a researcher at [Greyline|O]. [Dana Roe|P|f] said, "But our findings suggest the gap is wider than expected."`,
			[]wantQuote{{"Dana Roe", Direct, "our findings suggest", "said", []string{}}}},
	})
}

func TestEnglishCoSpeakers(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"two persons wrote one statement", `[Dana Roe|P|f] and her co-founder [Lee Chan|P|m] wrote in an open letter that closed models put too much power in a few hands.`,
			[]wantQuote{{"Dana Roe", Reported, "closed models put too much power", "wrote", nil}, {"Lee Chan", Reported, "closed models put too much power", "wrote", nil}}},
		{"two persons said a quote", `[Dana Roe|P|f] and [Lee Chan|P|m] said, "We will keep the weights open for as long as we run this lab."`,
			[]wantQuote{{"Dana Roe", Direct, "keep the weights open", "said", nil}, {"Lee Chan", Direct, "keep the weights open", "said", nil}}},
		{"a person met before the speaker is no speaker", `After the talk with [Dana Roe|P|f] and [Lee Chan|P|m] said the market is still small.`,
			[]wantQuote{{"Lee Chan", Reported, "the market is still small", "said", nil}}},
	})
}

func TestEnglishRunsOn(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a quotation over two paragraphs has the attribution of its end", "[Ana Ruiz|P|f] spoke first.\n\n\"We started with one rented server and a lot of patience in the first year.\n\n\"Then it grew faster than any of us expected,\" [Lee Chan|P|m] said.",
			[]wantQuote{{"Lee Chan", Direct, "We started with one rented server", "", nil}, {"Lee Chan", Direct, "Then it grew faster", "said", nil}}},
		{"an unclosed mark inside a sentence runs on to nothing", "The lab bought a 27\" screen for every engineer on the team this year.\n\n\"Then it grew faster than any of us expected,\" [Lee Chan|P|m] said.",
			[]wantQuote{{"Lee Chan", Direct, "Then it grew faster", "said", nil}}},
		{"a closed quotation keeps its own attribution", "\"We started with one rented server and a lot of patience,\" [Ana Ruiz|P|f] said.\n\n\"Then it grew faster than any of us expected,\" [Lee Chan|P|m] said.",
			[]wantQuote{{"Ana Ruiz", Direct, "We started with one rented server", "said", nil}, {"Lee Chan", Direct, "Then it grew faster", "said", nil}}},
	})
}

func TestEnglishDescriptors(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"the CEO is the person introduced as chief executive", `[Greyline|O] chief executive [Lars Berg|P|m] and analyst [Rob Fenn|P|m] spoke on Thursday. "We are not going to overpay for anything," the CEO said.`,
			[]wantQuote{{"Lars Berg", Direct, "not going to overpay", "said", nil}}},
		{"the analyst after another person spoke", `Analyst [Rob Fenn|P|m] met [Lars Berg|P|m] on Thursday. [Lars Berg|P|m] said the deal was good for everyone involved. The analyst told [CNBC|O] that the price looked too high for a loss-making firm.`,
			[]wantQuote{{"Lars Berg", Reported, "the deal was good", "said", nil}, {"Rob Fenn", Reported, "the price looked too high", "told", nil}}},
		{"an epithet is the person named last", `[Lars Berg|P|m] said the company was in talks with several chip makers. The billionaire added that no deal had been signed yet.`,
			[]wantQuote{{"Lars Berg", Reported, "in talks with several chip makers", "said", nil}, {"Lars Berg", Reported, "no deal had been signed", "added", nil}}},
		{"a role nobody was introduced with is nobody", `[Lars Berg|P|m] spoke first. "We are not going to overpay for anything," the professor said.`, nil},
	})
}

func TestEnglishPreviousSubject(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a quote after a sentence about its speaker", `"We shipped it in May," said [Lee Chan|P|m]. [Ana Ruiz|P|f] was blunt. "This is a disaster for every small lab in the field."`,
			[]wantQuote{{"Lee Chan", Direct, "We shipped it", "said", nil}, {"Ana Ruiz", Direct, "This is a disaster", "", nil}}},
		{"a sentence about a thing leaves the last speaker", `"We shipped it in May," said [Lee Chan|P|m]. The market fell on Monday. "This is a disaster for every small lab in the field."`,
			[]wantQuote{{"Lee Chan", Direct, "We shipped it", "said", nil}, {"Lee Chan", Direct, "This is a disaster", "", nil}}},
		{"a possessive subject is no speaker", `"We shipped it in May," said [Lee Chan|P|m]. [Ana Ruiz|P|f]'s team built the first version. "This is a disaster for every small lab in the field."`,
			[]wantQuote{{"Lee Chan", Direct, "We shipped it", "said", nil}, {"Lee Chan", Direct, "This is a disaster", "", nil}}},
	})
}

func TestEnglishVerbObjects(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"added with an object is no statement", `[Lee Chan|P|m] added a new board member to the team last week.`, nil},
		{"announced a model is no statement", `[Lee Chan|P|m] announced a new model for coding on Monday.`, nil},
		{"stressed the importance is no statement", `[Lee Chan|P|m] stressed the importance of safety testing for new models.`, nil},
		{"noted with a clause in the past is one", `[Lee Chan|P|m] noted revenue grew by a fifth in the last quarter.`,
			[]wantQuote{{"Lee Chan", Reported, "revenue grew by a fifth", "noted", nil}}},
		{"announced a revised model is no statement", `[Lee Chan|P|m] announced a revised model for coding on Monday.`, nil},
		{"a verb in a wh-clause reports nothing", `We spoke with [Ana Ruiz|P|f] about open weights and why she thinks smaller models are the future.`, nil},
		{"said little is no statement", `[Lee Chan|P|m] has said little about the plans for the new lab.`, nil},
		{"noted with a clause is one", `[Lee Chan|P|m] noted the model is slower than its rival on long tasks.`,
			[]wantQuote{{"Lee Chan", Reported, "the model is slower", "noted", nil}}},
		{"noted how is one", `[Lee Chan|P|m] noted how "the ability to check the work of others is part of research."`,
			[]wantQuote{{"Lee Chan", Reported, "the ability to check", "noted", nil}}},
		{"said with a plain clause is one", `[Lee Chan|P|m] said costs fell by half in a single year.`,
			[]wantQuote{{"Lee Chan", Reported, "costs fell by half", "said", nil}}},
	})
}

func TestEnglishPressRelease(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"said and an honorific before the name", `"Warehouses are the proving ground for physical machines," said Dr. [Elena Marsh|P|f], CEO of [Quarry|O]. "With the new model, our robots can handle new items."`,
			[]wantQuote{{"Elena Marsh", Direct, "proving ground", "said", nil}, {"Elena Marsh", Direct, "With the new model", "", nil}}},
		{"a function word opening a quote is no topic", `"[Together|O] we can cut picking errors in half," said [Raj Patel|P|m] of [Lumen|O].`,
			[]wantQuote{{"Raj Patel", Direct, "cut picking errors", "said", []string{}}}},
	})
}

// TestEnglishQuotePatternsFilter checks, as TestFilterKeepsMatches does for
// the package's other patterns, that no prefilter of the English quote
// patterns turns down a line its regexp matches.
func TestEnglishQuotePatternsFilter(t *testing.T) {
	all := []*filtered{enAside, enPrepositionBefore, enThatAfter, enTitleGap, enAdjunct, enTrailAfter, enMidAfter, enCapWord,
		enSceneLead, enChannelBefore, enChannelAfter, enTopicVerbBefore, enClauseBreak, enOurOrg, enQuantifierLead,
		enListenerAbout, enCoSubjectGap, enDescriptor, enRoleEnd, enNoStatement, enClauseLike, enHonorific, enAdjunctColon, enWhBefore}
	for _, f := range enDescriptorEvidence {
		all = append(all, f)
	}
	var texts []string
	for _, a := range articles(t) {
		for _, line := range strings.Split(a, "\n") {
			texts = append(texts, line)
			texts = append(texts, strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune(",;:“”\"", r) })...)
		}
	}
	texts = append(texts, " in a post on ", "Sen. ", " and her co-founder ", " of Ohio, ", "at least three")
	for _, f := range all {
		for _, s := range texts {
			if f.Regexp.MatchString(s) && !f.mayMatch(s) {
				t.Errorf("%s: prefilter %v turns down %q", f, f.needs, s)
			}
			if got, want := f.FindAllStringIndex(s, -1), f.Regexp.FindAllStringIndex(s, -1); !slices.Equal(flat(got), flat(want)) {
				t.Errorf("%s: matches %v, want %v in %.80q", f, got, want, s)
			}
		}
	}
}

// flat lists match bounds in one slice, for comparison.
func flat(locs [][]int) []int {
	var out []int
	for _, l := range locs {
		out = append(out, l...)
	}
	return out
}
