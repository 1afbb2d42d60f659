// Stage: relations, guards shared by the rules of who works where and who
// made which model: conditions under which a pairing the lexicon or a title
// pattern suggests is not what the sentence says. Reads a sentence's
// mentions, the text around them and the relations the sentence gave.

package extract

import (
	"regexp"
	"strings"
)

// roleConnectors are the words that join titles ("chairman and CEO") but
// are no title themselves: a role that opens or closes with one is the
// join of two names ("Amazon and Jane Roe"), not a post.
var roleConnectors = map[string]bool{"and": true, "&": true, "or": true, "of": true, "for": true, "the": true, "at": true}

// roleIsRole reports that an English role read between an organization and
// a name neither opens nor closes with a connector: "fund and" in "the
// Acme fund and Jane Roe" joins two investors, it names no post.
func roleIsRole(role string) bool {
	w := strings.Fields(strings.ToLower(role))
	if len(w) == 0 {
		return true // direct contact: Acme's Jane Roe, 百度李彦宏
	}
	return !roleConnectors[w[0]] && !roleConnectors[w[len(w)-1]]
}

// investorCues are the words of a funding clause: a person named in one
// ("a round led by A and B", "backed by A") is an investor, and the
// company the lexicon knows for them is not what the sentence says.
var investorCues = []string{"funding", "round led by", "backed by", "-backed", "investors", "invested", "investment", "融资", "融資", "投资人", "投資人", "领投", "領投", "跟投"}

// inFundingClause reports that the clause before the person at p (back to
// the last clause break) speaks of funding, or that the name is joined to
// -backed: the person is named as an investor.
func inFundingClause(text string, s sentence, p mention) bool {
	if after := text[p.End:s.End]; strings.HasPrefix(after, "-backed") || strings.HasPrefix(after, "‑backed") {
		return true // Jane Roe-backed fund Acme
	}
	lead := text[s.Start:p.Start]
	if i := strings.LastIndexAny(lead, "，。；;：:！？!?“”\"「」("); i >= 0 {
		lead = lead[i:]
	}
	if i := strings.LastIndex(lead, ", "); i >= 0 && !strings.Contains(lead[i:], " by ") {
		lead = lead[i:] // "…, having closed a round led by A and B": keep the clause of the verb
	}
	l := strings.ToLower(lead)
	for _, c := range investorCues {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}

// statedElsewhere reports that the sentence (its relations from index
// from on) already gave the person a post at another organization than o,
// and gave o to someone else: "A, the chief executive of X, and B, Y's
// CEO" does not make B work at X whatever the lexicon knows of B.
func (r *relFinder) statedElsewhere(from int, p, o *entity) bool {
	own, others := false, false
	for _, rel := range r.out[from:] {
		if rel.Type != WorksAt {
			continue
		}
		if rel.From == p.Name && rel.To != o.Name {
			own = true
		}
		if rel.From != p.Name && rel.To == o.Name {
			others = true
		}
	}
	return own && others
}

// snapshotName reports a dated snapshot of a model (gpt-4-0613,
// o1-2024-12-17, gemini-2.0-flash-exp-1219): the same model pinned at a
// date, not a version of a family of its own.
func snapshotName(name string) bool {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })
	if len(parts) < 2 {
		return false
	}
	digits := func(s string) bool {
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return s != ""
	}
	last := parts[len(parts)-1]
	if len(last) == 4 && digits(last) {
		mm := (last[0]-'0')*10 + last[1] - '0'
		if mm >= 1 && mm <= 12 {
			return true // -0613, -1219: month and day
		}
	}
	if len(parts) >= 4 && len(last) == 2 && digits(last) && digits(parts[len(parts)-2]) && len(parts[len(parts)-3]) == 4 && digits(parts[len(parts)-3]) {
		return true // -2024-12-17
	}
	return false
}

// orgNameGoesOnRe matches a word that continues an organization's name
// after the mention: "Redwater Research", "Brennan & Okafor LLP".
var orgNameGoesOnRe = regexp.MustCompile(`^ (?:&|(?:Research|Labs?|Group|Partners|Capital|Ventures|Holdings|LLP|LLC|Inc|Ltd|Corp|Associates|Advisors|Securities|Analytics|Consulting|Insights)\b)`)

// orgNameGoesOn reports that the text after an organization's mention
// goes on with its name: the mention is a piece of another organization's
// name (Redwater of Redwater Research), so a post there is not a post at it.
func orgNameGoesOn(after string) bool {
	return orgNameGoesOnRe.MatchString(after)
}
