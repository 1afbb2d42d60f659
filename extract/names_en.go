package extract

// Latin-script names: people and organizations found by their words, titles and cues.

import (
	_ "embed" // the list of first names
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "del": true, "du": true, "bin": true, "al": true, "le": true, "la": true, "dos": true}

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
		if len(run) == 2 && pinyinName(run[0].text, run[1].text) {
			ev = true // Xiaohua Zhai: a Chinese name in pinyin
		}
		if !ev && !(len(run) >= 2 && doc.fact(surnameSpeaks, run[len(run)-1].text)) {
			continue
		}
		out = append(out, candidate{span: sp, typ: Person, name: name, prio: 2, gender: gender})
	}
	return out
}

// backerSuffixes turn a name into a modifier: Ashton Kutcher-backed.
var backerSuffixes = []string{"-backed", "-based", "-led", "-owned", "-funded", "-founded"}

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
var surnameTitles = map[string]bool{"President": true, "Senator": true, "Sen.": true, "Rep.": true, "Representative": true, "Governor": true, "Gov.": true,
	"Secretary": true, "Chancellor": true, "Minister": true, "Judge": true, "Justice": true, "Mayor": true, "Speaker": true, "Commissioner": true, "Ambassador": true}

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
		out = append(out, candidate{span: w.span, typ: Person, name: w.text, prio: 1, kind: bySurname})
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
	for from := 0; ; {
		k := strings.Index(text[from:], surname)
		if k < 0 {
			return false
		}
		at := from + k
		from = at + len(surname)
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
		if speechVerbsEn[after] && after != "joined" && after != "leads" && after != "led" && after != "founded" && after != "co-founded" || strings.HasSuffix(before, "said ") || strings.HasSuffix(before, "according to ") || strings.HasSuffix(before, "says ") {
			return true
		}
	}
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
	var gender byte
	lb := strings.ToLower(before)
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
	if gender != 0 || givenNames[first] {
		return true, gender
	}
	// a title or speech verb just before: "CEO Sam Altman", "says Jad Kabbara", 分析师Rowan Curran
	prevWord := strings.TrimSuffix(lb, ",") // The company's chief executive, Dana Cole
	if k := strings.LastIndexAny(prevWord, " ,(（“\"—"); k >= 0 {
		prevWord = prevWord[k+1:]
	}
	prevWord = strings.TrimSuffix(prevWord, ":")
	if titleWordsEn[prevWord] || speechVerbsEn[prevWord] {
		return true, 0
	}
	for _, p := range []string{"founded by", "co-founded by", "led by", "headed by", "run by", "according to", "interview with", "hosted by", "joined by"} {
		if strings.HasSuffix(lb, " "+p) || lb == p {
			return true, 0
		}
	}
	if endsWithTitleHead(before) {
		return true, 0
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
			return true, 0
		}
	}
	if latinZhApposition(after) {
		return true, 0 // Tomas Lind（托马斯·林德）, Tomas Lind，某大学副教授。
	}
	// NAME of ORG said: a person speaking for the organization
	if strings.HasPrefix(after, " of ") && nameOfOrgSaid.MatchString(after) {
		return true, 0
	}
	// an apposition or a speech verb just after
	la := strings.ToLower(after)
	for _, p := range []string{", who ", ", co-founder", ", founder", ", chief", ", ceo", ", president", ", professor", ", director", ", head "} {
		if strings.HasPrefix(la, p) {
			return true, 0
		}
	}
	if strings.HasPrefix(la, ", ") {
		// NAME, vice president of AI platforms at Y: a title, then at or of
		words := strings.Fields(la[2:])
		for k := 0; k < len(words) && k < 5; k++ {
			if w := strings.TrimRight(words[k], ","); titleWordsEn[w] && k+1 < len(words) && (words[k+1] == "at" || words[k+1] == "of") {
				return true, 0
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
					return true, 0
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
				return true, 0
			}
		}
	}
	if fw := firstWord(la); speechVerbsEn[fw] {
		return true, 0
	}
	for w := range weakAfter {
		if strings.HasPrefix(after, w) {
			after = after[len(w):] // 也表示: the verb after the adverb decides
			break
		}
	}
	for _, v := range speechVerbsZh {
		if strings.HasPrefix(after, v) && !weakAfter[v] {
			return true, 0
		}
	}
	return false, 0
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
var titleHeads = []string{
	"CEO", "CTO", "COO", "CFO", "CSO", "CIO", "CMO", "CPO", "VP", "技术官", "技術官", "运营官", "營運長", "财务官", "財務官", "信息官", "产品官", "战略官", "科学官", "技术长", "技術長", "营运长", "財務長", "总裁", "總裁", "执行官", "執行官", "执行长", "執行長", "创始人", "創始人", "创办人", "創辦人",
	"合伙人", "合夥人", "董事长", "董事長", "董事", "总经理", "總經理", "经理", "經理", "主席", "总监", "總監", "主管", "负责人", "負責人",
	"科学家", "科學家", "研究员", "研究員", "分析师", "分析師", "工程师", "工程師", "教授", "院长", "院長", "校长", "校長", "所长", "所長",
	"主任", "部长", "部長", "发言人", "發言人", "总统", "總統", "首相", "总理", "總理", "议员", "議員", "参议员", "参議員", "经济学家", "數學家", "数学家",
	"得主", "专家", "專家", "架构师", "架構師", "研究主管", "秘书长", "秘書長", "局长", "局長", "总干事", "總幹事", "联合创始人", "聯合創始人", "社长", "社長", "领导人", "領導人", "掌门人", "掌門人", "处长", "處長", "科长", "科長", "司长", "司長", "厅长", "廳長", "署长", "署長", "组长", "組長", "主委",
	"学家", "學家", "研究者", "博士生", "博士", "投资者", "投資者", "记者", "記者", "秘书", "秘書", "祕書",
}

var speechVerbsZh = []string{"表示", "认为", "認為", "指出", "说", "說", "称", "稱", "透露", "强调", "強調", "坦言", "解释", "解釋", "回应", "回應", "补充", "補充", "回忆", "回憶", "评论", "評論", "介绍", "介紹", "宣布", "写道", "寫道", "发帖", "發帖", "也", "则", "則", "曾", "就", "还", "還", "在", "对", "對", "先生", "女士", "博士", "教授"}

// weakAfter are words that follow names but also product names (Stable
// Diffusion在…): alone they are no evidence of a person.
var weakAfter = map[string]bool{"也": true, "则": true, "則": true, "曾": true, "就": true, "还": true, "還": true, "在": true, "对": true, "對": true}

var speechVerbsEn = map[string]bool{"said": true, "says": true, "told": true, "wrote": true, "writes": true, "argued": true, "argues": true, "noted": true, "notes": true, "added": true, "adds": true, "explained": true, "explains": true, "believes": true, "thinks": true, "pointed": true, "warned": true, "warns": true, "stated": true, "commented": true, "tweeted": true, "posted": true, "announced": true, "asked": true, "asks": true, "replied": true, "recalled": true, "insisted": true, "acknowledged": true, "admitted": true, "claimed": true, "claims": true, "suggested": true, "suggests": true, "predicted": true, "agreed": true, "agrees": true, "remarked": true, "emphasized": true, "stressed": true, "joined": true, "leads": true, "led": true, "founded": true, "co-founded": true, "left": true, "quit": true, "departed": true, "resigned": true}

var titleWordsEn = map[string]bool{
	"ceo": true, "cto": true, "coo": true, "cfo": true, "president": true, "secretary": true, "spokesperson": true, "spokesman": true, "spokeswoman": true,
	"founder": true, "cofounder": true, "co-founder": true, "director": true, "chairman": true, "chairwoman": true, "chair": true, "chief": true, "officer": true,
	"executive": true, "professor": true, "scientist": true, "researcher": true, "analyst": true, "author": true, "engineer": true, "manager": true,
	"partner": true, "investor": true, "senator": true, "representative": true, "governor": true, "minister": true, "leader": true, "editor": true,
	"reporter": true, "journalist": true, "economist": true, "developer": true, "associate": true, "affiliate": true, "adviser": true, "advisor": true, "strategist": true, "co-author": true, "lecturer": true, "mathematician": true, "lawyer": true, "attorney": true, "judge": true, "mr.": true, "ms.": true,
	"mrs.": true, "dr.": true, "dr": true, "prof.": true, "boss": true, "vp": true, "head": true, "fellow": true, "student": true, "candidate": true,
	"cofounders": true, "co-founders": true, "founders": true, "investors": true, "researchers": true, "scientists": true,
}

// notNameWord lists capitalised words that are never part of a personal
// name: titles, function words, months, days, places, institutions.
var notNameWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An This That These Those In On At For Of And But Or If When While As After Before Since With Without From By To It Its We Our
	They Their He She His Her I You Your My Mr Mrs Ms Dr Prof Sir Lord President Secretary Senator Minister Chairman Chairwoman Director Chief Professor General Governor
	Judge Justice Rep Sen Gov Vice Deputy Former Lead Senior Junior Department University Institute Center Centre School College Lab Labs Laboratory Company Group
	Inc Corp News Times Post Journal Street Social Security National Federal Government Supply Chain Risk Act Order Amendment Conference Study Research Intelligence
	Artificial Foreign Western Eastern Northern Southern United States Kingdom Union American Americans European Chinese English French German Says Said Big Tech Silicon
	Valley Wall White House Congress Senate Court Supreme Office Bureau Agency Ministry Council Committee Board Foundation Association Society Capital Ventures Partners
	Holdings Technologies Systems Network Networks Media Studio Studios Bank Fund Data Cloud Model Models Language Large Open Source Free Pro Plus Max Turbo Series
	Edition Version Update Summit Forum Award Prize Day Week Year Month Today Tomorrow Yesterday Here There What Why How Who Where Which Yes No Not All Any Some Every
	Each Many Most More Less New Old First Second Third Last Next Also However Meanwhile Moreover Still Yet Just Even Only Now Then Specifically Perhaps Responding
	According Across Among Between Despite During Including Under Over Against Through January February March April May June July August September October November
	December Monday Tuesday Wednesday Thursday Friday Saturday Sunday America China Iran Russia Europe Japan India France Germany Britain England London Paris Beijing
	Shanghai Washington California York San Francisco Texas Asia Africa Israel Ukraine Korea Taiwan Hong Kong Singapore Canada Australia AI Chatbot Chatbots Act
	Democrats Republicans Republican Democrat Administration Pentagon Navy Army Air Force Marine Police Council Parliament Commission Authority Global International
	Digital Human Machine Learning Deep Generative Neural Quantum Computing Science Sciences Engineering Technology Management Business Economics Policy Law Health
	Medicine Education Energy Climate Safety Trust Privacy Ethics Responsible Frontier Summit Week Awards Prize Medal Fields Nobel Turing Executive Senior Principal Staff
	Distinguished Visiting Associate Assistant Adjunct Emeritus Founding Managing Partner Product Program Project Operations Communications Marketing Sales Engineering
	Film Films Foods Bros Motors Airlines Pharmaceuticals Entertainment Games Celebration Festival Hotel Hotels Restaurant Cafe Stadium Avenue
	Tower Museum Gallery Library Hospital Clinic`) {
		m[w] = true
	}
	return m
}()

// nameOfOrgSaid matches " of Vireo GmbH said" after a person's name.
var nameOfOrgSaid = regexp.MustCompile(`^ of (?:[A-Z][\w.-]*-based )?(?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3},? (?:said|says|told|added|noted|argued|wrote|explained|warned|agreed|disagreed)\b`)

// givenSyllables are second syllables of romanised Korean and Chinese
// given names written with a hyphen (Min-jun, Seo-yeon, Hsiao-mei).
var givenSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`jun joon yeon hyun min woo jin soo su ho eun hee young yong seok suk hoon sung yun ji won bin hye kyung wook ah na ri rin mi jae chul hwa ok ae sik gu yu hwan jung ki ting ling wei yi mei fang hua hui jie ping chen lin han yan hong wen xin ying`) {
		m[w] = true
	}
	return m
}()

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
	for _, w := range strings.Fields(`Aaron Adam Adrian Ahmed Aidan Alan Albert Alex Alexander Alexandr Alexandra Alexis Ali Alice Alicia Alison Allen Amanda Amber Amy Ana Andrea Andreas Andrew Andy Angela Anna Anne Anthony Anton Arthur Ashley Ava Barbara Barry Ben Benjamin Bernard Beth Bill Bob Brad Bradley Brandon Brian Bruce Carl Carlos Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine Christopher Claire Clara Colin Connor Craig Dan Daniel Daniela Danielle Dario Daphne Dave David Deborah Demis Dennis Derek Diana Diane Dmitri Dominic Donald Doug Douglas Drew Dylan Eddie Edward Elena Eli Elizabeth Ellen Elon Emily Emma Eric Erik Ethan Eugene Eva Evan Fei Felix Fiona Frank Fred Gabriel Gary Geoffrey George Gina Grace Greg Gregory Guillaume Hannah Hans Harry Heather Helen Henry Howard Hugo Ian Igor Ilya Isaac Isabel Ivan Jack Jacob Jake James Jamie Jan Jane Janet Jason Jay Jean Jeff Jeffrey Jennifer Jensen Jeremy Jerry Jessica Jim Joan Joe Joel Joelle John Jon Jonathan Jordan Jose Joseph Josh Joshua Juan Julia Julian Julie Justin Karen Kate Katherine Kathleen Katie Katrina Kay Keith Kelly Ken Kenneth Kevin Kim Kyle Larry Laura Lauren Lawrence Leo Leon Lila Linda Lisa Liz Louis Lucas Lucy Luis Luke Marc Marcus Margaret Maria Marie Mark Martin Mary Matt Matthew Max Maya Megan Melanie Melissa Mia Michael Michelle Miguel Mike Mira Mitchell Mohammed Mustafa Nadia Nancy Naomi Nat Natalie Nathan Neil Nick Nicholas Nicole Noah Noam Oliver Olivia Omar Oren Oscar Pascal Patrick Paul Paula Pedro Peter Pete Philip Phil Pierre Rachel Ralph Raquel Ray Rebecca Reid Richard Rick Rob Robert Robin Roger Ron Ronald Rose Ross Ruth Ryan Sam Samuel Sara Sarah Satya Scott Sean Sebastian Sergey Shane Sharon Shawn Sophia Sophie Stephen Steve Steven Stuart Sundar Susan Sylvia Tara Ted Teresa Thomas Tim Timothy Tina Todd Tom Tony Travis Tyler Valerie Victor Victoria Vincent Vinod Walter Wendy William Yann Yoshua Zoe Jad Deb Elinor Kjell Rowan Nikolaos Sriram Sridhar Vipul Jakub Jan Jaime Emad Arvind Aravind Aidan Mira Liang Mustafa Reid Marc Greg Ilya Andrej Clement Clem Aditya Rohan Raj Rahul Priya Anil Amit Sanjay Vikram Kai Yuki Hiroshi Takeshi Wei Ming Jun Xin Yi Hao Yang Lei Chen Jie`) {
		m[w] = true
	}
	return m
}()

var orgEndHeads = map[string]bool{"Lab": true, "Labs": true, "Laboratory": true, "Laboratories": true, "Institute": true, "University": true, "College": true,
	"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Corporation": true, "Company": true, "Group": true, "Foundation": true, "Association": true,
	"Society": true, "Agency": true, "Commission": true, "Committee": true, "Council": true, "Authority": true, "Federation": true, "Guild": true,
	"Alliance": true, "Consortium": true, "Firm": true, "Fund": true, "Union": true, "Capital": true, "Ventures": true, "Technologies": true, "AI": true,
	"Journal": true, "Times": true, "Post": true, "News": true, "Ltd": true, "Ltd.": true, "LLC": true, "Academy": true, "Robotics": true, "Intelligence": false, "Partners": true,
	"GmbH": true, "S.A.": true, "N.V.": true, "B.V.": true, "S.p.A.": true, "AG": true, "plc": true, "PLC": true, "Limited": true, "Holdings": true, "Securities": true}

// companyEnds close a company's name: an "and" after them starts another
// name rather than continuing this one.
var companyEnds = map[string]bool{"Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Ltd": true, "Ltd.": true, "LLC": true, "LLP": true, "GmbH": true,
	"AG": true, "S.A.": true, "plc": true, "PLC": true, "N.V.": true, "B.V.": true, "Capital": true, "Ventures": true, "Labs": true, "Holdings": true, "Partners": true}

var orgStartHeads = map[string]bool{"University": true, "Institute": true, "Center": true, "Centre": true, "Department": true, "Ministry": true, "School": true,
	"Office": true, "Bureau": true, "Academy": true, "College": true, "Laboratory": true, "Faculty": true, "Council": true}

// orgLeadStop are capitalised words that start a sentence, not a name.
var orgLeadStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`A An In On At For Of And But Or If When While As After Before Since With Without From By To It Its We Our They Their
	He She His Her This That These Those However Meanwhile Also Both Yet Still Then Now Here There Researchers Today Yesterday Last Next Former Only Even
	Several Many Most Some Few Other Such Every Each Any Another Various Numerous Certain Top Leading Major Smaller Larger Rival Chinese American European
	January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday`) {
		m[w] = true
	}
	return m
}()

// genericBeforeAI are words that make "X AI" a kind of AI, not a company
// (and "Venture Capital", "Fake News" a kind of thing, not a name).
var genericBeforeAI = map[string]bool{"Generative": true, "Open": true, "Responsible": true, "Conversational": true, "Agentic": true, "General": true,
	"Artificial": true, "Physical": true, "Edge": true, "Enterprise": true, "Sovereign": true, "Frontier": true, "Safe": true, "Ethical": true,
	"Trustworthy": true, "Explainable": true, "Human": true, "Military": true, "Native": true, "The": true, "Embodied": true, "Multimodal": true,
	"European": true, "American": true, "Chinese": true, "French": true, "German": true, "British": true, "Japanese": true, "Korean": true, "Indian": true,
	"Gen": true, "Applied": true, "Vertical": true, "Shadow": true, "Consumer": true, "Creative": true, "Medical": true, "Industrial": true,
	"Venture": true, "Working": true, "Fake": true, "Breaking": true, "Blog": true, "Deep": true,
	"Global": true, "Western": true, "Asian": true, "Enterprise-grade": true, "Narrow": true, "Strong": true, "Weak": true, "Superintelligent": true}

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
							out = append(out, candidate{span: second, typ: Organization, name: text[second.Start:second.End], prio: 1})
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
		if len(run) > 0 && run[0].text == "The" && !(len(run) > 1 && (run[len(run)-1].text == "Journal" || run[len(run)-1].text == "Times" || run[len(run)-1].text == "Post" || run[len(run)-1].text == "News")) {
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
		out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 2})
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
var aiModelNouns = []string{" model", " language model", " models", " chatbot", " assistant", " system", " systems", " tool", " tools", " academy", " experts", " researchers", " research", " technology", " program", " software", " agent", " agents", " image", " safety", " policy", " industry", " sector"}

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
var titleAtOrg = regexp.MustCompile(`\b(?:an?|the|as|former|formerly|now|currently|previously|and) (?:[a-z-]+ ){0,4}(?:CEO|CTO|COO|CFO|analyst|researcher|scientist|engineer|professor|director|manager|executive|officer|partner|founder|co-founder|cofounder|head|fellow|lead|president|chair|chairman|spokesperson|spokesman|spokeswoman|economist|investor|developer|associate|adviser|advisor|lecturer|student|employee|reporter|editor|strategist|consultant) (?:of (?:[a-z-]+ |AI |ML ){1,3})?(?:at|of|with) ((?:[A-Z][\w&'’.-]*)(?: [A-Z][\w&'’.-]*){0,4})`)

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
		out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, typ: Organization, name: name, prio: 1})
	}
	return out
}

// cuedOrgs are English patterns that name an organization the lexicon
// does not know, even as a single word: "Quillon, a Berlin startup",
// "startup Quillon", "Quillon co-founder and CEO Ravi Mehta", ", head of
// product at Quillon", "who leads AI research at Bankwell", "Ferrox
// unveiled Tamar 2".
var cuedOrgs = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[.;:] |, and |\band |\b(?:[Aa]t|[Ii]n|[Ff]rom|[Ww]ith|[Ff]or|[Bb]y) )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}), an? (?:[\w-]+ ){0,4}(?:startup|start-up|company|firm|lab|laboratory|provider|unicorn|nonprofit|non-profit|consultancy|fund|newspaper|magazine|publication|outlet|broadcaster|podcast|union|think tank|agency|publisher|accelerator|incubator|institute|university)\b`),
	regexp.MustCompile(`\b(?:[Ss]tartup|[Ss]tart-up|AI company|AI lab|AI firm|chipmaker|rival|consultancy|venture firm|investment firm|fund|software maker|[Ss]oftware company|[Tt]ech company|[Ll]ab|security firm|research firm|law firm|research lab|venture capital firm|VC firm|private equity firm|newspaper|magazine|podcast|broadcaster|news outlet|news site|think tank|trade union|labor union|labour union|accelerator|nonprofit|non-profit) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:co-founder|cofounder|founder|chief executive|CEO|CTO|COO|president|chairman|chairwoman|chief [a-z]+ officer|head of [a-z]+|vice president|spokesperson|spokeswoman|spokesman|chief|boss|head)(?: and (?:CEO|CTO|chief executive|president|chief [a-z]+ officer))? [A-Z][a-z]+ [A-Z][a-z]+`),
	regexp.MustCompile(`, (?:(?:senior |executive |former |principal )?(?:vice president|head|director|chief [a-z]+ officer|general manager|manager|lead|leader|analyst|researcher|engineer|partner|founder|co-founder)) (?:(?:of|for) (?:[a-z-]+ |AI |ML |[A-Z]{2,4} ){0,4})?(?:at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\bwho (?:leads|heads|runs|led|headed|ran|founded|co-founded|joined) (?:(?:[a-z-]+|AI|ML) ){0,4}(?:at )?([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+) (?:released|unveiled|launched|open-sourced|introduced|debuted|shipped) [A-Z][\w.-]*[- ]?\d`),
	regexp.MustCompile(`\b(?:model|models|chatbot|assistant|version|LLM) (?:from|by) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:developed|built|trained|made|created|released|published|open-sourced) by ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`, which ([A-Z][\w&-]+(?: [A-Z][\w&-]+)?) (?:released|built|trained|developed|launched|open-sourced|unveiled)\b`),
	regexp.MustCompile(`\b(?:[Ii]nvestors?|[Bb]ackers?|[Ff]irms?|[Ff]unds?|[Cc]ompanies|[Rr]ivals?|[Cc]ompetitors?|[Cc]ustomers?|[Cc]lients?|[Pp]artners?|[Ll]abs?|[Ss]tartups?|[Ss]hareholders?|[Ss]takeholders) (?:including|such as|like|include|were|are) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b(?:existing|other|new|early|earlier|previous|returning|major) (?:investors|backers|shareholders) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\bthe ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) (?:fund|foundation|think tank|union|agency|institute|consortium)\b`),
	regexp.MustCompile(`\b(?:backed|advised|funded|acquired|bought|owned) by ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
	regexp.MustCompile(`\b[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?-based ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b[Ss]hares (?:of|in) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	regexp.MustCompile(`\b(?:spokesperson|spokeswoman|spokesman|representative|lawyers?|attorneys?|shareholders|employees|board members?) (?:for|at|of) ([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})`),
	possessiveOrgRe,
	regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) \((?:NASDAQ|NYSE|Nasdaq|HKEX|LSE|TSX|ASX|Euronext|KRX|SSE|SZSE|TSE)[:：]`),
	regexp.MustCompile(`(?:^|[.;:] |, )([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}),? (?:which is |which was )?headquartered in\b`),
	regexp.MustCompile(`\b(?:licensed from|acquired from|spun out of|spun off from|competes with|competing with|rival to|partnered with|partnering with|a partnership with|a deal with|an investment in|a stake in|invested in|invest in|investing in) ([A-Z][\w&-]+(?: (?:[A-Z][\w&-]+|&))*)`),
}

// possessiveOrgRe matches what only a company has after a possessive:
// "Brightline's chief executive", "Quillon's valuation".
var possessiveOrgRe = regexp.MustCompile(`\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})['’]s (?:chief executive|CEO|CTO|COO|CFO|co-founder|cofounder|founders?|president|chairman|chairwoman|board|shares|stock|shareholders|investors|employees|headquarters|valuation|revenue|spokesperson|spokeswoman|spokesman)\b`)

// cuedOrgKeys are words one of which each pattern of cuedOrgs needs, so
// that sentences without them skip the (backtracking) match.
var cuedOrgKeys = [][]string{
	{", a", ", an"},
	{"tartup", "tart-up", "AI company", "AI lab", "AI firm", "chipmaker", "rival", "onsultancy", "firm", "fund", "oftware", "ech company", "ab ", "newspaper", "magazine", "podcast", "broadcaster", "news ", "think tank", "union", "accelerator", "profit"},
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
	{"chief executive", "CEO", "CTO", "COO", "CFO", "founder", "president", "chairman", "chairwoman", "board", "shares", "stock", "shareholders", "investors", "employees", "headquarters", "valuation", "revenue", "spokes"},
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
			out = append(out, candidate{span: span{s.Start + a, s.Start + a + len(name)}, typ: Organization, name: name, prio: 1})
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
		out = append(out, candidate{span: span{a, a + len(name)}, typ: Organization, name: name, prio: 1})
		at = a + len(name)
	}
}

var listedName = regexp.MustCompile(`^\p{Lu}[\p{L}\p{N}_&-]+(?: (?:\p{Lu}[\p{L}\p{N}_&-]+|&))*`)

// hasOrgHead reports a Chinese name that ends like an organization.
func hasOrgHead(s string) bool {
	for _, h := range zhOrgHeads {
		if strings.HasSuffix(s, h) {
			return true
		}
	}
	return false
}

var zhOrgHeads = []string{"公司", "集团", "集團", "实验室", "實驗室", "研究院", "研究所", "研究中心", "大学", "大學", "学院", "學院", "基金会", "基金會", "协会", "協會", "研究室", "银行", "銀行", "交易所", "委员会", "委員會", "部", "局", "社", "报", "報"}

// verbWord reports a word the dictionary knows as a verb or an
// abbreviated verb phrase (研发, 开发), whatever the tagger said in context.
func (x *Extractor) verbWord(w string) bool {
	if x.seg == nil {
		return false
	}
	f, pos, ok := x.seg.dict.Lookup(w)
	return ok && f >= 100 && (strings.HasPrefix(pos, "v") || pos == "j")
}

// allVerbNouns reports tokens that are all verbal nouns (研发, 开发).
func allVerbNouns(toks []token) bool {
	for _, t := range toks {
		if t.Pos != "vn" {
			return false
		}
	}
	return len(toks) > 0
}

// zhNameBeforeTitle finds a Chinese company named right before a job
// title and a person (深蓝智算公司首席技术官沈一鸣): the tokens before 公司
// that are nouns, not pronouns or numbers.
func (x *Extractor) zhNameBeforeTitle(doc *document, s sentence) []candidate {
	var out []candidate
	toks := doc.sentenceTokens(s)
	for i, tk := range toks {
		if !zhOrgTokenHeads[tk.Text] || i == 0 || !titleThenPerson(doc.text[tk.End:s.End]) {
			continue
		}
		legal := tk.Text == "公司" || tk.Text == "集团" || tk.Text == "集團" // the name is what stands before
		j := i
		for j > 0 && i-j < 3 && toks[j-1].End == toks[j].Start && nameTag(toks[j-1].Pos) && hasHan(toks[j-1].Text) && !titleLead[toks[j-1].Text] {
			j--
		}
		if j == i || utf8.RuneCountInString(doc.text[toks[j].Start:tk.Start]) < 2 {
			continue
		}
		if allVerbNouns(toks[j:i]) || i-j == 1 && x.verbWord(toks[j].Text) {
			continue // ChatGPT研发公司OpenAI: what the company does, not its name
		}
		sp := span{toks[j].Start, tk.End}
		name := doc.text[sp.Start:sp.End]
		if x.lex.ignored(name) || len(x.lex.lookup(name)) > 0 {
			continue
		}
		name = doc.text[sp.Start:tk.Start]
		if !legal {
			name = doc.text[sp.Start:sp.End] // 台灣人工智慧實驗室: the head is part of the name
		}
		out = append(out, candidate{span: sp, typ: Organization, name: name, prio: 1})
	}
	// The segmenter cuts traditional text badly (實驗/室): read the characters
	// themselves, back from a research-unit head to a function word.
	text := doc.text[:s.End]
	for _, h := range []string{"实验室", "實驗室", "研究院", "研究所", "研究中心"} {
		for at := range occurrences(text, h, s.Start) {
			from := at + len(h)
			if !titleThenPerson(text[from:]) {
				continue
			}
			j, n := at, 0
			for j > s.Start && n < 8 {
				r, size := utf8.DecodeLastRuneInString(text[:j])
				if !unicode.Is(unicode.Han, r) || strings.ContainsRune(orgNameStops, r) {
					break
				}
				j -= size
				n++
			}
			if n < 2 {
				continue
			}
			name := text[j:from]
			inner := text[j:at]
			if strings.ContainsAny(inner, "院所室司团團学學") || x.lexMentionIn(text, span{j, at}) {
				continue // a unit of an organization named before it: its title covers the unit
			}
			if !x.lex.ignored(name) && len(x.lex.lookup(name)) == 0 {
				out = append(out, candidate{span: span{j, from}, typ: Organization, name: name, prio: 1})
			}
		}
	}
	return out
}
