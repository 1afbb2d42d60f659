package extract

// Mentions stage, Latin-script persons: two to four name words with
// evidence that they name a person (a known given name, a title before, a
// speech verb or an apposition after), and a title with a surname alone
// (Senator Blumenthal). Reads the sentence's Latin words and the lexicon;
// organizations are names_en_orgs.go.

import (
	_ "embed" // the list of first names
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityPersonEn is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPersonEn = defineRule(rule{
	ID:   "entity.en.person",
	Doc:  "two to four capitalised name words with evidence of a person: a given name, a title before, a speech verb or an apposition after",
	Fire: []string{`CEO Marta Kowalczyk said the deal was done.`},
	Hold: []string{`The Blue River flows north into the lake.`},
})

// ruleEntityPinyinName is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPinyinName = defineRule(rule{
	ID:   "entity.en.person-pinyin",
	Doc:  "two capitalised words that read as a Chinese name in pinyin, with no other evidence: Xiaohua Zhai",
	Fire: []string{`The paper lists Xiaohua Zhai as an author.`},
	Hold: []string{`The paper lists Blue Harbor as a venue.`},
})

// ruleEntityTitledSurname is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityTitledSurname = defineRule(rule{
	ID:   "entity.en.person-titled-surname",
	Doc:  "a surname alone after a capitalised title: Senator Blumenthal",
	Fire: []string{`Senator Blumenthal asked about the chips.`},
	Hold: []string{`The Senator Hotel opened in the spring.`},
})

// word is a run of Latin letters and digits in a sentence.
type word struct {
	span
	text       string
	possessive bool // followed by 's or ’s, which the span leaves out
}

// latinWords lists the Latin words of a sentence. Internal hyphens,
// apostrophes and dots stay inside a word (Poole-Dayan, U.S.); a final
// possessive 's is cut off and noted.
func latinWords(text string, s span) []word {
	var out []word
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if !isLatinAlnum(r) || r > 0x24F {
			i += n
			continue
		}
		j := i + n
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:s.End])
			if isLatinAlnum(r2) && r2 <= 0x24F {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : s.End])
				if j+n2 < s.End && isLatinAlnum(r3) && r3 <= 0x24F {
					j += n2
					continue
				}
			}
			break
		}
		w := word{span: span{i, j}, text: text[i:j]}
		for _, p := range []string{"'s", "’s"} {
			if strings.HasSuffix(w.text, p) && len(w.text) > len(p) {
				w.text = strings.TrimSuffix(w.text, p)
				w.End -= len(p)
				w.possessive = true
			}
		}
		if !w.possessive && (strings.HasSuffix(text[j:min(j+2, len(text))], "'") || strings.HasSuffix(text[j:min(j+3, len(text))], "’")) && strings.HasSuffix(w.text, "s") {
			w.possessive = true // plural possessive: Americans'
		}
		// keep the dot of U.S. and Inc.
		if j < s.End && text[j] == '.' && (strings.Contains(w.text, ".") || abbreviations[strings.ToLower(w.text)]) {
			w.End++
			w.text = text[w.Start:w.End]
		}
		out = append(out, w)
		i = j
	}
	return out
}

// adjacent reports words separated by exactly one space.
func adjacent(text string, a, b word) bool {
	return text[a.End:b.Start] == " "
}

// initial reports a one-capital word followed by a dot: the F. of John F.
// Kennedy.
func initial(text string, w word) bool {
	return len(w.text) == 1 && w.text[0] >= 'A' && w.text[0] <= 'Z' && w.End < len(text) && text[w.End] == '.'
}

// isNameWord: Kjell, LeCun, McCarthy, Poole-Dayan, O'Brien.
func isNameWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' })
	for i, part := range parts {
		if i == 0 && len(parts) == 2 && (part == "O" || part == "D" || part == "L") && !strings.Contains(w, "-") {
			continue // O'Brien, O’Reilly, D'Angelo
		}
		r, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) {
			if i == 1 && len(parts) == 2 && strings.Count(w, "-") == 1 && len(parts[0]) >= 2 && len(parts[0]) <= 4 && givenSyllables[part] {
				continue // Min-jun, Seo-yeon: a romanised given name
			}
			return false
		}
		lower, upper := 0, 0
		for _, c := range part {
			switch {
			case unicode.IsLower(c):
				lower++
			case unicode.IsUpper(c):
				upper++
			default:
				return false
			}
		}
		if lower == 0 || upper > 2 {
			return false
		}
	}
	return true
}

// nameParticles are lower-case words inside a personal name: Ursula von
// der Leyen, Ahmed bin Sulaiman.
var nameParticles = vocabSet("en-name-particles")

// latinPersons finds Latin-script personal names: two to four name words
// with evidence that they name a person (a known given name, a title
// before, a speech verb or an apposition after).
func (x *Extractor) latinPersons(doc *document, s sentence, words []word, headline bool) []candidate {
	if headline {
		return nil
	}
	text := doc.text
	var out []candidate
	words = backerStems(words)
	out = append(out, x.titledSurnames(doc, s, words)...)
	for i := 0; i < len(words); {
		if !isNameWord(words[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && adjacent(text, words[j-1], words[j]) && !words[j-1].possessive {
			if isNameWord(words[j].text) || (nameParticles[words[j].text] && j+1 < len(words) && isNameWord(words[j+1].text)) {
				j++
				continue
			}
			if initial(text, words[j]) && j+1 < len(words) && isNameWord(words[j+1].text) && text[words[j].End:words[j+1].Start] == ". " {
				j += 2 // John F. Kennedy
				continue
			}
			break
		}
		run := words[i:j]
		i = j
		// drop titles and other capitalised non-names at the front
		k := 0
		for k < len(run) && (notNameWord[run[k].text] || (len(run)-k > 2 && titleWordsEn[strings.ToLower(run[k].text)])) {
			k++ // Researcher Aiko Sato, Engineer Olu Adeyemi
		}
		for g := k; g < len(run)-1; g++ {
			if givenNames[run[g].text] && !givenNames[run[k].text] {
				k = g
				break
			}
		}
		run = run[k:]
		for len(run) > 0 && notNameWord[run[len(run)-1].text] {
			run = run[:len(run)-1]
		}
		if len(run) < 2 || len(run) > 4 {
			continue
		}
		bad := false
		for _, w := range run {
			if notNameWord[w.text] {
				bad = true
			}
		}
		if bad {
			continue
		}
		sp := span{run[0].Start, run[len(run)-1].End}
		name := text[sp.Start:sp.End]
		if l := x.lex.lookup(name); len(l) > 0 && l[0].Type != Person {
			continue
		}
		if x.lex.ignored(name) || orgSuffix(text[:s.End], sp.End) > sp.End || followsOrgHead(text, sp.End, s.End) {
			continue
		}
		ev, gender := personEvidence(text, s.span, sp, run[0].text)
		rule := ruleEntityPersonEn
		if !ev && len(run) == 2 && pinyinName(run[0].text, run[1].text) {
			ev, rule = true, ruleEntityPinyinName // Xiaohua Zhai: a Chinese name in pinyin
		}
		if !ev && !(len(run) >= 2 && doc.fact(surnameSpeaks, run[len(run)-1].text)) {
			continue
		}
		out = append(out, candidate{span: sp, ty: codeOf(Person), name: name, prio: 2, gender: gender, rule: refOf(rule)})
	}
	return out
}

// backerSuffixes turn a name into a modifier: Ashton Kutcher-backed.
var backerSuffixes = vocabWords("en-name-backer-suffixes")

// backerStems cuts a backer suffix off a word so that the name before it
// can be read (Ashton Kutcher-backed fund: Ashton Kutcher); the run of
// name words ends there. It copies the slice only when it changes a word.
func backerStems(words []word) []word {
	out := words
	for i, w := range words {
		for _, suf := range backerSuffixes {
			if stem, ok := strings.CutSuffix(w.text, suf); ok && isNameWord(stem) {
				if &out[0] == &words[0] {
					out = append([]word(nil), words...)
				}
				out[i].text, out[i].End, out[i].possessive = stem, w.Start+len(stem), true
			}
		}
	}
	return out
}

// surnameTitles are capitalised titles a surname alone may follow: Vice
// President Harris, Senator Blumenthal.
var surnameTitles = vocabSet("en-name-surname-titles")

// titledSurnames finds a person named by a capitalised title and a surname
// alone (Vice President Harris); the surname must not start a longer name
// or be a word that follows titles (President Biden's, not President Trump
// Tower: the next word must not be capitalised).
func (x *Extractor) titledSurnames(doc *document, s sentence, words []word) []candidate {
	var out []candidate
	for i := 1; i < len(words); i++ {
		w := words[i]
		if !surnameTitles[words[i-1].text] || !adjacent(doc.text, words[i-1], w) || !isNameWord(w.text) || notNameWord[w.text] || words[i-1].possessive {
			continue
		}
		if i+1 < len(words) && adjacent(doc.text, w, words[i+1]) && !w.possessive && capitalWord(words[i+1].text) {
			continue // President Donald Trump: the full name is found elsewhere
		}
		before := strings.TrimSuffix(doc.text[s.Start:words[i-1].Start], "Vice ")
		if strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ") || strings.HasSuffix(before, "a ") {
			continue // the Senator Hotel: a title that names a thing
		}
		if l := x.lex.lookup(w.text); len(l) > 0 && l[0].Type != Person || x.lex.ignored(w.text) {
			continue
		}
		out = append(out, candidate{span: w.span, ty: codeOf(Person), name: w.text, prio: 1, kind: bySurname, rule: refOf(ruleEntityTitledSurname)})
	}
	return out
}

// surnameSpeaks reports a family name that the article elsewhere uses
// alone as a speaker ("Ibarra said", "said Ibarra", "according to
// Ibarra"): evidence that "Tomas Ibarra" is a person even where a
// sentence says nothing else about him.
func surnameSpeaks(text, surname string) bool {
	if len(surname) < 3 || notNameWord[surname] {
		return false
	}
	for at := range occurrences(text, surname, 0) {
		from := at + len(surname)
		if !wordBounded(text, span{at, from}) {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(text[:at]); prev != ' ' && prev != '"' && prev != '“' && at > 0 && prev != '\n' {
			continue // part of a longer name
		}
		if strings.HasSuffix(text[:at], " ") {
			if pw := text[strings.LastIndex(strings.TrimRight(text[:at], " "), " ")+1 : at]; unicode.IsUpper(firstRune(pw)) {
				continue // Tomas Ibarra itself, not the family name alone
			}
		}
		after := strings.ToLower(firstWord(text[from:min(len(text), from+20)]))
		before := strings.ToLower(text[max(0, at-14):at])
		if verbsAfterPersonEn[after] && after != "joined" && after != "leads" && after != "led" && after != "founded" &&
			after != "co-founded" || strings.HasSuffix(before, "said ") || strings.HasSuffix(before, "according to ") ||
			strings.HasSuffix(before, "says ") {
			return true
		}
	}
	return false
}

// lastRunes returns the last character of s as a string.
func lastRunes(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// followsOrgHead reports a name that goes on as an organization (Sam
// Altman Foundation, Rowan Curran公司).
func followsOrgHead(text string, end, limit int) bool {
	rest := text[end:limit]
	for _, h := range []string{" Foundation", " Institute", " University", " Labs", " Lab", " Capital", " Ventures", " Inc", " Group", " & ", "公司", "集团", "基金"} {
		if strings.HasPrefix(rest, h) {
			return true
		}
	}
	return false
}

// personEvidence decides whether a Latin name sequence names a person, and
// reads a gender from Mr./Ms. when there is one.
func personEvidence(text string, snt, sp span, first string) (bool, byte) {
	before := strings.TrimRight(text[snt.Start:sp.Start], " ")
	after := text[sp.End:snt.End]
	lb := strings.ToLower(before)
	if gender := addressGender(lb, after); gender != 0 || givenNames[first] {
		return true, gender
	}
	return personBefore(before, lb) || personAfter(after), 0
}

// addressGender reads a gender from a form of address before the name
// (Mr., Ms.; lb is the text before, lower case) or after it (先生, 女士).
func addressGender(lb, after string) byte {
	var gender byte
	for _, t := range []string{"mr.", "mr", "sir"} {
		if strings.HasSuffix(lb, " "+t) || lb == t {
			gender = 'm'
		}
	}
	for _, t := range []string{"ms.", "mrs.", "ms", "mrs", "miss", "madam"} {
		if strings.HasSuffix(lb, " "+t) || lb == t {
			gender = 'f'
		}
	}
	if strings.HasPrefix(after, "先生") {
		gender = 'm'
	}
	if strings.HasPrefix(after, "女士") {
		gender = 'f'
	}
	return gender
}

// personBefore reports words before a name that only a person's name
// follows: a title or speech verb (CEO Sam Altman, says Jad Kabbara),
// "founded by", a Chinese job title, a transliteration before a
// parenthesis. lb is before in lower case.
func personBefore(before, lb string) bool {
	// a title or speech verb just before: "CEO Sam Altman", "says Jad Kabbara", 分析师Rowan Curran
	prevWord := strings.TrimSuffix(lb, ",") // The company's chief executive, Dana Cole
	if k := strings.LastIndexAny(prevWord, " ,(（“\"—"); k >= 0 {
		prevWord = prevWord[k+1:]
	}
	prevWord = strings.TrimSuffix(prevWord, ":")
	if titleWordsEn[prevWord] || verbsAfterPersonEn[prevWord] {
		return true
	}
	for _, p := range []string{"founded by", "co-founded by", "led by", "headed by", "run by", "according to", "interview with", "hosted by", "joined by"} {
		if strings.HasSuffix(lb, " "+p) || lb == p {
			return true
		}
	}
	if endsWithTitleHead(before) {
		return true
	}
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（") {
		// 罗文（Rowan Vale）: a transliterated name before the
		// parenthesis, not a word (架构（Layered Echo Networks）) nor a
		// place (来自北湾镇（North Bay）)
		pre := strings.TrimRight(before, "(（")
		k := len(pre)
		for _, h := range honorificsZh {
			if strings.HasSuffix(pre, h) {
				k -= len(h)
				break
			}
		}
		n := 0
		for k > 0 {
			r, size := utf8.DecodeLastRuneInString(pre[:k])
			if !isTranslit(r) && r != '·' && r != '・' {
				break
			}
			k -= size
			n++
		}
		if n >= 2 && !placeBefore(pre[:k]) || endsWithTitleHead(pre) {
			return true
		}
	}
	return false
}

// personAfter reports words after a name that only a person's name takes:
// a transliteration or post in Chinese, "of ORG said", an apposition that
// gives a job, a possessive employer, a speech verb.
func personAfter(after string) bool {
	if latinZhApposition(after) {
		return true // Tomas Lind（托马斯·林德）, Tomas Lind，某大学副教授。
	}
	// NAME of ORG said: a person speaking for the organization
	if strings.HasPrefix(after, " of ") && nameOfOrgSaid.MatchString(after) {
		return true
	}
	// an apposition or a speech verb just after
	la := strings.ToLower(after)
	for _, p := range []string{", who ", ", co-founder", ", founder", ", chief", ", ceo", ", president", ", professor", ", director", ", head "} {
		if strings.HasPrefix(la, p) {
			return true
		}
	}
	if strings.HasPrefix(la, ", ") {
		// NAME, vice president of AI platforms at Y: a title, then at or of
		words := strings.Fields(la[2:])
		for k := 0; k < len(words) && k < 5; k++ {
			if w := strings.TrimRight(words[k], ","); titleWordsEn[w] && k+1 < len(words) && (words[k+1] == "at" || words[k+1] == "of") {
				return true
			}
			if strings.HasSuffix(words[k], ",") {
				break
			}
		}
	}
	for _, p := range []string{", a ", ", an ", ", the ", ", one of "} {
		// an apposition that gives a job: "Tomas Lindqvist, a senior scientist";
		// "Capitol Hill, the seat of Congress" gives none
		if strings.HasPrefix(la, p) {
			words := strings.Fields(la[len(p):])
			for k := 0; k < len(words) && k < 8; k++ {
				w := strings.TrimRight(words[k], ",.;'’s")
				if i := strings.LastIndex(w, "-"); i >= 0 {
					w = w[i+1:]
				}
				if titleWordsEn[w] || w == "co-author" || w == "author" || w == "member" || w == "spokesperson" {
					return true
				}
				if strings.HasSuffix(words[k], ",") || strings.HasSuffix(words[k], ";") {
					break // the apposition ends: "X, a startup, engineers built"
				}
			}
		}
	}
	if strings.HasPrefix(after, ", ") {
		// NAME, Microsoft's vice president
		if w := strings.Fields(after[2:]); len(w) > 0 && (strings.HasSuffix(w[0], "'s") || strings.HasSuffix(w[0], "’s")) {
			if r, _ := utf8.DecodeRuneInString(w[0]); unicode.IsUpper(r) {
				return true
			}
		}
	}
	if fw := firstWord(la); verbsAfterPersonEn[fw] {
		return true
	}
	for w := range weakAfter {
		if strings.HasPrefix(after, w) {
			after = after[len(w):] // 也表示: the verb after the adverb decides
			break
		}
	}
	for _, v := range speechVerbsZh {
		if strings.HasPrefix(after, v) && !weakAfter[v] {
			return true
		}
	}
	return false
}

// latinZhApposition reports what follows a Latin name in Chinese text and
// shows it names a person: its transliteration in parentheses (Aksh Garg
// （阿克什）), or an apposition that ends in a post (Stefano Ermon，斯坦福
// 大学副教授。, …，投资者之一。).
func latinZhApposition(after string) bool {
	for _, open := range []string{"（", "("} {
		if rest, ok := strings.CutPrefix(after, open); ok {
			k := strings.IndexAny(rest, "）)")
			if k <= 0 {
				return false
			}
			inner, n, tr := rest[:k], 0, 0
			for _, r := range inner {
				n++
				if isTranslit(r) || r == '·' || r == '・' {
					tr++
				}
			}
			return n >= 2 && n <= 8 && tr*3 >= n*2 && allHan(strings.NewReplacer("·", "", "・", "").Replace(inner))
		}
	}
	rest, ok := strings.CutPrefix(after, "，")
	if !ok {
		return false
	}
	k := strings.IndexAny(rest, "，。；")
	if k <= 0 || utf8.RuneCountInString(rest[:k]) > 30 {
		return false
	}
	seg := strings.TrimSuffix(rest[:k], "之一")
	return hasHan(seg) && endsWithTitleHead(seg)
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// endsWithTitleHead reports text that ends in a job title: 副总裁, CEO, 的CEO.
func endsWithTitleHead(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, h := range titleHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return chiefTitle(s)
}

// chiefTitle reports a 首席…官 title the list does not spell out
// (首席数字官, 首席风险官): 首席 at most six characters before the end.
func chiefTitle(s string) bool {
	if !strings.HasSuffix(s, "官") && !strings.HasSuffix(s, "長") && !strings.HasSuffix(s, "长") {
		return false
	}
	k := strings.LastIndex(s, "首席")
	return k >= 0 && utf8.RuneCountInString(s[k:]) <= 8 && !strings.ContainsAny(s[k:], "，。、,")
}

// titleHeads end a job title, in Chinese or as the Latin abbreviations
// Chinese texts use.
var titleHeads = vocabWords("zh-name-title-heads")

var speechVerbsZh = vocabWords("zh-name-speech-verbs")

// weakAfter are words that follow names but also product names (Stable
// Diffusion在…): alone they are no evidence of a person.
var weakAfter = vocabSet("zh-name-weak-after")

// verbsAfterPersonEn are verbs that may follow a person's name: speech
// verbs (Jad Kabbara said) and verbs of a career (joined, founded, left).
// Next to capitalised words they are evidence of a person (personAfter;
// personBefore takes the speech verbs before a name too: says Jad
// Kabbara); surnameSpeaks takes only the ones that make a surname alone a
// speaker.
var verbsAfterPersonEn = vocabSet("en-name-verbs-after-person")

// titleWordsEn are job titles and forms of address, lower case: before a
// name evidence of a person, after one the end of an organization's name.
var titleWordsEn = vocabSet("en-name-title-words")

// notNameWord lists capitalised words that are never part of a personal
// name: titles, function words, months, days, places, institutions.
var notNameWord = vocabSet("en-name-not-name-words")

// nameOfOrgSaid matches " of Vireo GmbH said" after a person's name.
var nameOfOrgSaid = regexp.MustCompile(`^ of (?:[A-Z][\w.-]*-based )?(?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:said|says|told|added|noted|argued|wrote|explained|warned|agreed|disagreed)\b`)

// givenSyllables are second syllables of romanised Korean and Chinese
// given names written with a hyphen (Min-jun, Seo-yeon, Hsiao-mei).
var givenSyllables = vocabSet("en-name-given-syllables")

// givenNamesData is the embedded list of first names (lexicon/given-names.txt).
//
//go:embed lexicon/given-names.txt
var givenNamesData string

// givenNames are common first names; a known one is evidence enough that
// the words after it are a name.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	for _, w := range vocabWords("en-name-given-names") {
		m[w] = true
	}
	return m
}()
