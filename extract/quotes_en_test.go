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
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := markup(t, "en", "2024-06-15", tc.src)
			got := x.quotes(doc)
			for _, q := range got {
				if doc.text[q.Offset:q.Offset+len(q.Text)] != q.Text {
					t.Errorf("offset %d does not hold %q", q.Offset, q.Text)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tc.want), dumpQuotes(got))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Speaker != w.speaker || g.Kind != w.kind || !strings.Contains(g.Text, w.contains) || (w.cue != "" && g.Cue != w.cue) {
					t.Errorf("quote %d = %s\nwant %s [%s %s] containing %q", i, dumpQuotes(got[i:i+1]), w.speaker, w.kind, w.cue, w.contains)
				}
				if w.about != nil {
					a := append([]string{}, g.About...)
					slices.Sort(a)
					b := append([]string{}, w.about...)
					slices.Sort(b)
					if !slices.Equal(a, b) {
						t.Errorf("quote %d about %v, want %v", i, g.About, w.about)
					}
				}
			}
		})
	}
}

func TestEnglishSpeechVerbs(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"responded before a quote", `[Lee Chan|P|m] praised the launch and [Ana Ruiz|P|f] responded, "Thanks, but we still have a long way to go."`,
			[]wantQuote{{"Ana Ruiz", Direct, "we still have a long way", "responded", nil}}},
		{"replied that is reported speech", `[Ana Ruiz|P|f] replied that the cluster had been idle for a week.`,
			[]wantQuote{{"Ana Ruiz", Reported, "the cluster had been idle", "replied", nil}}},
		{"a short exclamation after which a verb names the speaker", `The scores came in. "Done!" shouted [Ana Ruiz|P|f], head of the lab. "Did we beat the old record?"`,
			[]wantQuote{{"Ana Ruiz", Direct, "Done!", "shouted", nil}, {"Ana Ruiz", Direct, "Did we beat the old record?", "", nil}}},
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
		{"a question answered with that is the last speaker's", `"Done!" shouted [Ana Ruiz|P|f], head of the lab. "Did we beat the old record?" [Lee Chan|P|m] replied that they had beaten it by a wide margin.`,
			[]wantQuote{{"Ana Ruiz", Direct, "Done!", "shouted", nil}, {"Ana Ruiz", Direct, "Did we beat the old record?", "", nil}, {"Lee Chan", Reported, "they had beaten it", "replied", nil}}},
		{"a quote the verb after closes is that subject's", `"We will ship it in May," [Lee Chan|P|m] replied.`,
			[]wantQuote{{"Lee Chan", Direct, "We will ship it in May", "replied", nil}}},
	})
}
