package extract

// Mentions stage, Latin-script organizations: runs of capitalised words
// that end in a head word (Berkeley Robotics Lab, Brushwork AI) or open with
// one (Center for Civic Computing), and single names that English cues
// mark as an organization (startup Quillon, an analyst at Gartner, backed
// by A, B and C). Reads the sentence's Latin words (latinWords,
// names_en.go) and the lexicon.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityOrgHeadEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgHeadEn = defineRule(rule{
	ID:   "entity.en.org-head",
	Doc:  "capitalised words that end in an organization head word or open with one: Kestrel Robotics Lab, Center for Civic Computing",
	Fire: []string{`She worked at the Kestrel Robotics Lab last year.`},
	Hold: []string{`She worked on robotics last year.`},
})

// ruleEntityOrgAppositionEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgAppositionEn = defineRule(rule{
	ID:   "entity.en.org-apposition",
	Doc:  "the capitalised words after a job title and at/of/with: an analyst at Brightwater",
	Fire: []string{`Dana Whitfield, a senior analyst at Brightwater, disagreed.`},
	Hold: []string{`Dana Whitfield, a senior analyst at home, disagreed.`},
})

// ruleEntityOrgCuedEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgCuedEn = defineRule(rule{
	ID:   "entity.en.org-cued",
	Doc:  "a name that an English cue marks as an organization: Quillon, a Berlin startup; startup Quillon; backed by Quillon",
	Fire: []string{`Quillon, a Berlin startup, raised money.`},
	Hold: []string{`Quillon is a word we made up.`},
})

// ruleEntityOrgListedEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityOrgListedEn = defineRule(rule{
	ID:   "entity.en.org-listed",
	Doc:  "the further names of a list after a cued or known organization: investors including Northfold and Brevant",
	Fire: []string{`The round drew investors including Northfold and Brevant.`},
	Hold: []string{`The round drew investors including Northfold.`},
})

// orgEndHeads end an organization's name: Lab, Institute, Inc., Capital.
var orgEndHeads = vocabSet("en-name-org-end-heads")

// companyEnds close a company's name: an "and" after them starts another
// name rather than continuing this one.
var companyEnds = vocabSet("en-name-company-ends")

// orgStartHeads open an organization's name before of/for: University of
// Oslo, Center for Civic Computing.
var orgStartHeads = vocabSet("en-name-org-start-heads")

// orgLeadStop are capitalised words that start a sentence, not a name.
var orgLeadStop = vocabSet("en-name-org-lead-stop")

// genericBeforeAI are words that make "X AI" a kind of AI, not a company
// (and "Venture Capital", "Fake News" a kind of thing, not a name).
var genericBeforeAI = vocabSet("en-name-generic-before-ai")

// latinOrgs finds organizations written in Latin script by their head word:
// Berkeley Robotics Lab, Center for Civic Computing, Brushwork AI.
func (x *Extractor) latinOrgs(doc *document, s sentence, words []word) []candidate {
	text := doc.text
	var out []candidate
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) || (unicode.IsLower(r) && strings.IndexFunc(w, unicode.IsUpper) > 0) // xAI
	}
	for i := 0; i < len(words); {
		if !capital(words[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && adjacent(text, words[j-1], words[j]) && !words[j-1].possessive {
			w := words[j].text
			if w == "and" && (companyEnds[words[j-1].text] || x.knownOrgEndsAt(text, words[i:j])) {
				break // Fenwick Capital and Bluepine Ltd., Andreessen Horowitz and Lightspeed Ventures: two companies
			}
			if w == "of" && j-i == 2 && givenNames[words[i].text] {
				break // Jonas Weber of Vireo GmbH: a person and the company
			}
			if strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-backed") {
				break // the place starts another name: … of Munich-based Vireo GmbH
			}
			if capital(w) || ((w == "of" || w == "for" || w == "and" || w == "&" || w == "on") && j+1 < len(words) && capital(words[j+1].text)) {
				j++
				continue
			}
			break
		}
		run := words[i:j]
		i = j
		if len(run) >= 2 && namesProgramme(text[run[len(run)-2].End:]) {
			continue // the EU AI Act, the Paris AI Action Summit: the last word makes it a law or an event
		}
		for len(run) > 0 && orgLeadStop[run[0].text] {
			run = run[1:]
		}
		if len(run) < 2 && !(len(run) == 1 && orgStartHeads[run[0].text]) {
			continue
		}
		end := -1
		for k := len(run) - 1; k >= 1; k-- {
			if orgEndHeads[run[k].text] || (run[k].text == "Systems" && k == 1 && len(run) == 2) {
				if genericBeforeAI[run[k-1].text] && k == 1 {
					continue
				}
				end = k
				break
			}
		}
		if end >= 0 && end+2 < len(run) && (run[end+1].text == "of" || run[end+1].text == "for" || run[end+1].text == "on" && !notNameWord[run[end+2].text]) {
			end = len(run) - 1 // Institute of Standards and Technology, Committee on Commerce
		}
		if end >= 0 && end < len(run)-1 {
			for k := 0; k+1 < end; k++ {
				if orgStartHeads[run[k].text] && (run[k+1].text == "of" || run[k+1].text == "for") {
					end = len(run) - 1 // Center for Research on Foundation Models: Foundation is no head here
					break
				}
			}
		}
		start := 0
		if end < 0 {
			for k := 0; k+2 < len(run); k++ {
				if orgStartHeads[run[k].text] && (run[k+1].text == "of" || run[k+1].text == "for") {
					end = len(run) - 1
					// University of Oslo and ETH Zurich: two names, the second opening
					// with an acronym or running to two words
					for a := k + 3; a+1 < len(run); a++ {
						if run[a].text == "and" && (isAbbreviation(run[a+1].text) || len(run)-a-1 >= 2) {
							end = a - 1
							second := span{run[a+1].Start, run[len(run)-1].End}
							out = append(out, candidate{span: second, ty: codeOf(Organization), name: text[second.Start:second.End], prio: 1, rule: refOf(ruleEntityOrgHeadEn)})
							break
						}
					}
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		run = run[start : end+1]
		for len(run) > 0 && (run[len(run)-1].text == "of" || run[len(run)-1].text == "and") {
			run = run[:len(run)-1]
		}
		if len(run) > 0 && run[0].text == "The" && !(len(run) > 1 && (run[len(run)-1].text == "Journal" ||
			run[len(run)-1].text == "Times" || run[len(run)-1].text == "Post" || run[len(run)-1].text == "News")) {
			run = run[1:]
		}
		if len(run) < 2 {
			continue
		}
		generic := true
		for _, w := range run[:len(run)-1] {
			if !genericLatin[w.text] && !genericBeforeAI[w.text] {
				generic = false
			}
		}
		if generic {
			continue // AI Lab, Open AI: a kind of thing
		}
		if run[len(run)-1].text == "AI" && !aiCompany(text, s.Start, run) {
			continue
		}
		if len(run) >= 3 && run[0].Start == s.Start && !orgStartHeads[run[0].text] {
			// "Startup Orbital Labs releases…": drop the first word when the
			// rest stands alone elsewhere in the article
			rest := text[run[1].Start:run[len(run)-1].End]
			if doc.count(rest) > 1 { // counted once per form: bounded.go
				run = run[1:]
			}
		}
		sp := span{run[0].Start, run[len(run)-1].End}
		name := text[sp.Start:sp.End]
		out = append(out, candidate{span: sp, ty: codeOf(Organization), name: name, prio: 2, rule: refOf(ruleEntityOrgHeadEn)})
	}
	return out
}

// knownOrgEndsAt reports a lexicon organization that the last one to
// three words of a run spell.
func (x *Extractor) knownOrgEndsAt(text string, run []word) bool {
	last := run[len(run)-1]
	for k := len(run) - 1; k >= 0 && k >= len(run)-3; k-- {
		if k > 0 && (run[k-1].text == "of" || run[k-1].text == "for" || run[k-1].text == "on" || run[k-1].text == "&") {
			continue // University of Science and Technology: Science is part of the name
		}
		if x.lex.lookupType(text[run[k].Start:last.End], Organization) != nil {
			return true
		}
	}
	return false
}

// aiModelNouns follow "X AI" when AI describes a thing, not a company:
// the Grok AI model, Beijing AI academy, Go and AI experts.
var aiModelNouns = func() []string {
	var out []string
	for _, w := range vocabWords("en-name-ai-model-nouns") {
		out = append(out, " "+w) // the noun follows after a space
	}
	return out
}()

// aiCompany reports whether a run of capitalised words ending in AI names a
// company (Brushwork AI) rather than a kind of AI: not after "and" or "of",
// not a place or a sentence-opening gerund before it (Beijing AI, Using
// AI), not followed by a noun that AI describes (the Grok AI model).
func aiCompany(text string, sentStart int, run []word) bool {
	before := run[len(run)-2].text
	switch before {
	case "and", "of", "for", "&", "on":
		return false
	}
	if len(run) == 2 && (notNameWord[before] || run[0].Start == sentStart && strings.HasSuffix(before, "ing")) {
		return false
	}
	rest := text[run[len(run)-1].End:min(len(text), run[len(run)-1].End+20)]
	for _, n := range aiModelNouns {
		if strings.HasPrefix(rest, n) && (len(rest) == len(n) || !isLatinAlnum(rune(rest[len(n)]))) {
			return false
		}
	}
	return true
}

// prepBeforeCapital reports " at X", " of X" or " with X" with X
// capitalised: what titleAtOrg needs, checked cheaply first.
func prepBeforeCapital(text string) bool {
	for _, p := range []string{" at ", " of ", " with "} {
		for i := strings.Index(text, p); i >= 0; {
			j := i + len(p)
			if j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
				return true
			}
			k := strings.Index(text[j:], p)
			if k < 0 {
				break
			}
			i = j + k
		}
	}
	return false
}

// titleAtOrg matches "an analyst at Gartner": the capitalised words after a
// job title and at/of/with name an organization.
var titleAtOrg = regexp.MustCompile(`\b(?:an?|the|as|former|formerly|now|currently|previously|and) (?:[a-z-]+ ){0,4}(?:CEO|CTO|COO|CFO|analyst|` +
	`researcher|scientist|engineer|professor|director|manager|executive|officer|partner|founder|co-founder|` +
	`cofounder|head|fellow|lead|president|chair|chairman|spokesperson|spokesman|spokeswoman|economist|investor|` +
	`developer|associate|adviser|advisor|lecturer|student|employee|reporter|editor|strategist|` +
	`consultant) (?:of (?:[a-z-]+ |AI |ML ){1,3})?(?:at|of|with) ((?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,4})`)

// appositionOrgs finds the organization in "a senior analyst at X".
func (x *Extractor) appositionOrgs(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	if !prepBeforeCapital(text) {
		return nil
	}
	for _, m := range titleAtOrg.FindAllStringSubmatchIndex(text, -1) {
		a, b := m[2], m[3]
		name := strings.TrimRight(text[a:b], ".,'’")
		for _, p := range []string{"'s", "’s"} {
			name = strings.TrimSuffix(name, p)
		}
		words := strings.Fields(name)
		for len(words) > 0 && notNameWord[words[len(words)-1]] && !orgEndHeads[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
		if len(words) == 0 || genericLatin[words[0]] || orgLeadStop[words[0]] {
			continue
		}
		name = strings.Join(words, " ")
		if !strings.HasPrefix(text[a:], name) || x.lex.ignored(name) {
			continue
		}
		out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgAppositionEn)})
	}
	return out
}

// cuedOrgs are English patterns that name an organization the lexicon
// does not know, even as a single word: "Quillon, a Berlin startup",
// "startup Quillon", "Quillon co-founder and CEO Ravi Mehta", ", head of
// product at Quillon", "who leads AI research at Bankwell", "Ferrox
// unveiled Tamar 2".
var cuedOrgs = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[.;:] |, and |\band |\b(?:[Aa]t|[Ii]n|[Ff]rom|[Ww]ith|[Ff]or|` +
		`[Bb]y) )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}), an? (?:[\w-]+ ){0,4}(?:startup|start-up|company|firm|lab|` +
		`laboratory|provider|unicorn|nonprofit|non-profit|consultancy|fund|newspaper|magazine|publication|outlet|` +
		`broadcaster|podcast|union|think tank|agency|publisher|accelerator|incubator|institute|university)\b`),
	regexp.MustCompile(`\b(?:[Ss]tartup|[Ss]tart-up|AI company|AI lab|AI firm|chipmaker|rival|consultancy|venture firm|` +
		`investment firm|fund|software maker|[Ss]oftware company|[Tt]ech company|[Ll]ab|security firm|research firm|` +
		`law firm|research lab|venture capital firm|VC firm|private equity firm|newspaper|magazine|podcast|broadcaster|` +
		`news outlet|news site|think tank|trade union|labor union|labour union|accelerator|nonprofit|` +
		`non-profit) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:co-founder|cofounder|founder|chief executive|CEO|CTO|COO|president|` +
		`chairman|chairwoman|chief [a-z]+ officer|head of [a-z]+|vice president|spokesperson|spokeswoman|spokesman|` +
		`chief|boss|head)(?: and (?:CEO|CTO|chief executive|president|chief [a-z]+ officer))? [A-Z][a-z]+ [A-Z][a-z]+`),
	regexp.MustCompile(`, (?:(?:senior |executive |former |principal )?(?:vice president|head|director|chief [a-z]+ officer|` +
		`general manager|manager|lead|leader|analyst|researcher|engineer|partner|founder|co-founder)) (?:(?:of|` +
		`for) (?:[a-z-]+ |AI |ML |[A-Z]{2,4} ){0,4})?(?:at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\bwho (?:leads|heads|runs|led|headed|ran|founded|co-founded|joined) (?:(?:[a-z-]+|AI|ML) ){0,4}(?:at )?([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+) (?:released|unveiled|launched|open-sourced|introduced|debuted|shipped) [A-Z][\w.-]*[- ]?\d`),
	regexp.MustCompile(`\b(?:model|models|chatbot|assistant|version|LLM) (?:from|by) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:developed|built|trained|made|created|released|published|open-sourced) by ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`, which ([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:released|built|trained|developed|launched|open-sourced|unveiled)\b`),
	regexp.MustCompile(`\b(?:[Ii]nvestors?|[Bb]ackers?|[Ff]irms?|[Ff]unds?|[Cc]ompanies|[Rr]ivals?|[Cc]ompetitors?|[Cc]ustomers?|` +
		`[Cc]lients?|[Pp]artners?|[Ll]abs?|[Ss]tartups?|[Ss]hareholders?|[Ss]takeholders) (?:including|such as|like|` +
		`include|were|are) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b(?:existing|other|new|early|earlier|previous|returning|major) (?:investors|backers|shareholders) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\bthe ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) (?:fund|foundation|think tank|union|agency|institute|consortium)\b`),
	regexp.MustCompile(`\b(?:backed|advised|funded|acquired|bought|owned) by ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-based ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b[Ss]hares (?:of|in) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:spokesperson|spokeswoman|spokesman|representative|lawyers?|attorneys?|shareholders|employees|board members?) (?:for|at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	possessiveOrgRe,
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) \((?:NASDAQ|NYSE|Nasdaq|HKEX|LSE|TSX|ASX|Euronext|KRX|SSE|SZSE|TSE)[:：]`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}),? (?:which is |which was )?headquartered in\b`),
	regexp.MustCompile(`\b(?:licensed from|acquired from|spun out of|spun off from|competes with|competing with|rival to|` +
		`partnered with|partnering with|a partnership with|a deal with|an investment in|a stake in|invested in|` +
		`invest in|investing in) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
}

// possessiveOrgRe matches what only a company has after a possessive:
// "Brightline's chief executive", "Quillon's valuation".
var possessiveOrgRe = regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})['’]s (?:chief executive|CEO|CTO|COO|CFO|co-founder|cofounder|founders?|` +
	`president|chairman|chairwoman|board|shares|stock|shareholders|investors|employees|headquarters|valuation|` +
	`revenue|spokesperson|spokeswoman|spokesman)\b`)

// cuedOrgKeys are words one of which each pattern of cuedOrgs needs, so
// that sentences without them skip the (backtracking) match.
var cuedOrgKeys = [][]string{
	{", a", ", an"},
	{"tartup", "tart-up", "AI company", "AI lab", "AI firm", "chipmaker", "rival", "onsultancy", "firm", "fund", "oftware", "ech company", "ab ",
		"newspaper", "magazine", "podcast", "broadcaster", "news ", "think tank", "union", "accelerator", "profit"},
	{"founder", "chief", "CEO", "CTO", "COO", "president", "chairman", "chairwoman", "head", "spokes", "boss"},
	{" at ", " of "},
	{"who "},
	{"released", "unveiled", "launched", "open-sourced", "introduced", "debuted", "shipped"},
	{" from ", " by "},
	{" by "},
	{", which "},
	{"including", "such as", "like", "include", "were", "are"},
	{"investors", "backers", "shareholders"},
	{" fund", " foundation", " think tank", " union", " agency", " institute", " consortium"},
	{" by "},
	{"-based "},
	{"hares of", "hares in"},
	{"spokes", "representative", "lawyer", "attorney", "shareholders", "employees", "board member"},
	{"chief executive", "CEO", "CTO", "COO", "CFO", "founder", "president", "chairman", "chairwoman", "board", "shares", "stock", "shareholders",
		"investors", "employees", "headquarters", "valuation", "revenue", "spokes"},
	{"NASDAQ", "NYSE", "Nasdaq", "HKEX", "LSE", "TSX", "ASX", "Euronext", "KRX", "SSE", "SZSE", "TSE"},
	{"headquartered"},
	{"licensed", "acquired", "spun", "compet", "rival", "partner", "deal with", "invest", "stake"},
}

func (x *Extractor) cuedOrgs(doc *document, s sentence) []candidate {
	var out []candidate
	text := doc.text[s.Start:s.End]
	for i, re := range cuedOrgs {
		if !containsAny(text, cuedOrgKeys[i]) || (re == possessiveOrgRe && !strings.Contains(text, "s ")) || (re == cuedOrgs[0] && !strings.Contains(text, ", a")) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			words := strings.Fields(text[a:b])
			for len(words) > 0 && (orgLeadStop[words[0]] || notNameWord[words[0]] && !orgEndHeads[words[0]]) {
				a += len(words[0]) + 1
				words = words[1:]
			}
			for len(words) > 0 && (notNameWord[words[len(words)-1]] && !orgEndHeads[words[len(words)-1]] || orgLeadStop[words[len(words)-1]] || strings.HasSuffix(words[len(words)-1], "'s")) {
				words = words[:len(words)-1]
			}
			if len(words) == 0 || genericLatin[words[0]] || givenNames[words[0]] && len(words) > 1 {
				continue
			}
			name := strings.Join(words, " ")
			if !strings.HasPrefix(text[a:], name) || x.lex.ignored(name) || len(name) < 3 {
				continue
			}
			if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Organization {
				continue
			}
			out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgCuedEn)})
			out = append(out, x.listedOrgs(doc, s, s.Start+a+len(name))...)
		}
	}
	return out
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// listedOrgs reads the names that follow a cued organization in a list
// ("investors including Northzone and Creandum", "backed by A, B and C"):
// capitalised names joined by commas and and.
func (x *Extractor) listedOrgs(doc *document, s sentence, at int) []candidate {
	var out []candidate
	for {
		rest := doc.text[at:s.End]
		sep := ""
		for _, p := range []string{", and ", " and ", ", "} {
			if strings.HasPrefix(rest, p) {
				sep = p
				break
			}
		}
		if sep == "" {
			return out
		}
		m := listedName.FindStringIndex(rest[len(sep):])
		if m == nil {
			return out
		}
		a := at + len(sep)
		name := doc.text[a : a+m[1]]
		words := strings.Fields(name)
		for len(words) > 1 && (titleWordsEn[strings.ToLower(words[len(words)-1])] || notNameWord[words[len(words)-1]] && !orgEndHeads[words[len(words)-1]]) {
			words = words[:len(words)-1] // the Tesla and SpaceX CEO: the title is no part of the name
		}
		name = strings.Join(words, " ")
		if orgLeadStop[words[0]] || notNameWord[words[0]] || givenNames[words[0]] || x.lex.ignored(name) {
			return out
		}
		if rest := doc.text[a+len(name) : s.End]; upperWord(name) && len(name) <= 5 && (strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）")) {
			return out // (Tesla Inc., TSLA): a stock ticker
		}
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Organization {
			return out
		}
		out = append(out, candidate{span: span{a, a + len(name)}, ty: codeOf(Organization), name: name, prio: 1, rule: refOf(ruleEntityOrgListedEn)})
		at = a + len(name)
	}
}

var listedName = regexp.MustCompile(`^\p{Lu}[\p{L}\p{N}_&-]+(?: (?:\p{Lu}[\p{L}\p{N}_&-]+|&))*`)
