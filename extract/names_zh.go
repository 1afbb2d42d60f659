package extract

// Mentions stage, Chinese persons: names after a job title or before a
// speech verb, a Latin name in parentheses or a post (总裁谭待, 李明表示),
// read from the characters by surname rules (hanName), transliterations
// (translitName) and dotted names (dottedName). Reads the sentence text,
// its tokens (segment.go) and the dictionary.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ruleEntityPersonTitledZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPersonTitledZh = defineRule(rule{
	ID:   "entity.zh.person-titled",
	Doc:  "a Chinese or transliterated name after a job title, before a title in parentheses, before an apposition giving a post, or after 任命",
	Fire: []string{`蓝鲸智能总裁谭明宇在会上发言。`, `公司任命王建国为首席技术官。`},
	Hold: []string{`总裁今天在会上发言。`},
})

// ruleEntityPersonSpeaksZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPersonSpeaksZh = defineRule(rule{
	ID:   "entity.zh.person-speaks",
	Doc:  "a Chinese name that opens a clause and speaks or takes a post, or stands before an honorific: 王建国表示, 李明博士",
	Fire: []string{`王建国表示，新模型很快会发布。`},
	Hold: []string{`大家表示，新模型很快会发布。`},
})

// ruleEntityTranslitZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityTranslitZh = defineRule(rule{
	ID:   "entity.zh.translit-name",
	Doc:  "a transliterated name joined by a middle dot, or before its Latin original in parentheses: 约翰·史密斯, 高尔斯（Timothy Gowers）",
	Fire: []string{`约翰·史密斯在会上发言。`},
	Hold: []string{`他在会上发言。`},
})

// ruleEntityPersonPairZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityPersonPairZh = defineRule(rule{
	ID:   "entity.zh.person-pair",
	Doc:  "a second Chinese name joined by 和/与/、 to a name found: 李航和吴倩都",
	Fire: []string{`联合创始人李航和吴倩都曾在百度工作。`},
	Hold: []string{`联合创始人李航曾在百度工作。`},
})

// chinesePersons finds Chinese and transliterated names after a job title
// (火山引擎总裁谭待, 执行长门施) and before a Latin name in parentheses
// (高尔斯（Timothy Gowers）), with 先生/女士 giving a gender. Each step
// below reads one kind of context; the last joins a second name to one
// the others found.
func (x *Extractor) chinesePersons(doc *document, s sentence) []candidate {
	p := &zhPersonScan{x: x, text: doc.text[:s.End], s: s}
	p.rule = ruleEntityPersonTitledZh
	p.afterTitle()
	p.beforeTitleParen()
	p.rule = ruleEntityTranslitZh
	p.dotted()
	p.rule = ruleEntityPersonSpeaksZh
	p.speaksOrPost()
	p.beforeHonorific()
	p.rule = ruleEntityPersonTitledZh
	p.beforeApposition()
	p.appointed()
	p.rule = ruleEntityTranslitZh
	p.translitBeforeLatin()
	p.rule = ruleEntityPersonPairZh
	p.joinedPairs()
	return p.out
}

// zhPersonScan is one sentence on its way through the steps of
// chinesePersons; each step hands the spans it finds to add.
type zhPersonScan struct {
	x    *Extractor
	text string // the article up to the sentence's end
	s    sentence
	out  []candidate
	rule string // the rule of the step running: add credits it
}

// add keeps a name unless it is a place, a common word or a lexicon entry
// of another type, and reads a gender from 先生/女士 after it.
func (p *zhPersonScan) add(sp span) {
	name := p.text[sp.Start:sp.End]
	if p.x.lex.ignored(name) || placeBefore(p.text[p.s.Start:sp.Start]) || placeAfter(p.text[sp.End:]) {
		return
	}
	if !isSurnameStart(name) && p.x.commonWord(name) || allHan(name) && notHanName[firstRunes(name, 2)] && strings.ContainsAny(lastRunes(name), "后後前时時里裡中上下") {
		return // 专家警告说, 毕业后: a common word, not a name
	}
	if l := p.x.lex.lookup(name); len(l) > 0 && l[0].Type != Person {
		return
	}
	c := candidate{span: sp, ty: codeOf(Person), name: name, prio: 2, rule: refOf(p.rule)}
	if strings.HasPrefix(p.text[sp.End:], "先生") {
		c.gender = 'm'
	} else if strings.HasPrefix(p.text[sp.End:], "女士") {
		c.gender = 'f'
	}
	p.out = append(p.out, c)
}

// afterTitle finds a name right after a job title: 火山引擎总裁谭待, 执行长门施,
// 首席科学家的丹尼尔·莫雷蒂.
func (p *zhPersonScan) afterTitle() {
	text, s := p.text, p.s
	for _, h := range append([]string{"官"}, titleHeads...) {
		for start := range occurrences(text, h, s.Start) {
			at := start + len(h)
			if h == "官" && !chiefTitle(text[s.Start:at]) {
				continue
			}
			if sp, ok := dottedName(text, at+len("的")); ok && strings.HasPrefix(text[at:], "的") {
				p.add(sp) // 首席科学家的丹尼尔·莫雷蒂
				continue
			}
			if sp, ok := translitName(text, at); ok {
				p.add(sp)
			} else if sp, ok := hanName(text, at); ok {
				p.add(sp)
			}
		}
	}
}

// beforeTitleParen finds a Chinese name before a parenthesis that gives a
// title: 王磊（星河资本合伙人）.
func (p *zhPersonScan) beforeTitleParen() {
	text, s := p.text, p.s
	for _, open := range []string{"（", "("} {
		for at := range occurrences(text[:s.End], open, s.Start) {
			inner := text[at+len(open) : s.End]
			if close := strings.IndexAny(inner, "）)"); close <= 0 || !endsWithTitleHead(inner[:close]) || utf8.RuneCountInString(inner[:close]) > 20 {
				continue
			}
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) == n && allHan(name) && isSurnameStart(name) && !notHanName[name] &&
					(clauseStart(text, s.Start, st) || stopAt(text[:st], 0) ||
						strings.ContainsRune("的与與和及、由据據向对對被让讓给給跟请請", firstRune(lastRunes(text[:st])))) {
					p.add(span{st, at})
					break
				}
			}
		}
	}
}

// dotted finds a transliterated name joined by · anywhere: 约翰·史密斯在会上发言.
func (p *zhPersonScan) dotted() {
	text, s, x := p.text, p.s, p.x
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '·' && r != '・' && r != '•' && r != '‧' {
			i += n
			continue
		}
		j, cnt := i, 0
		for j > s.Start && cnt < 6 {
			pr, pn := utf8.DecodeLastRuneInString(text[:j])
			if !isTranslit(pr) {
				break
			}
			j -= pn
			cnt++
		}
		if cnt >= 2 {
			if sp, ok := dottedName(text, j); ok && sp.End > i+n && stopAt(text, sp.End) {
				all := true
				for _, c := range text[sp.Start:sp.End] {
					all = all && (isTranslit(c) || c == '·' || c == '・' || c == '•' || c == '‧')
				}
				if all && len(x.lex.lookup(text[sp.Start:sp.End])) == 0 {
					p.add(sp)
				}
				i = sp.End
				continue
			}
		}
		i += n
	}
}

// speaksOrPost finds a Chinese name that opens a clause and speaks or
// takes a post: 王小明表示, 刘洋则认为, 王建国曾任, 赵明阳任职于.
func (p *zhPersonScan) speaksOrPost() {
	text, s := p.text, p.s
	for _, v := range speechOrPostZh {
		for at := range occurrences(text, v, s.Start) {
			end := at
			for w := range weakAfter {
				if strings.HasSuffix(text[s.Start:end], w) {
					end -= len(w)
					break
				}
			}
			for _, n := range []int{3, 2, 4} {
				st := end
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				if utf8.RuneCountInString(text[st:end]) != n || !clauseStart(text, s.Start, st) {
					continue
				}
				name := text[st:end]
				if !isSurnameStart(name) || !allHan(name) || notHanName[name] || notHanName[firstRunes(name, 2)] || strings.ContainsAny(name, "他她它们們我你这這那其此该該") {
					continue
				}
				if n == 4 && surnameLen(name) < len("欧阳") {
					continue // four characters only with a compound surname
				}
				p.add(span{st, end})
				break
			}
		}
	}
}

// beforeHonorific finds a Chinese name before an honorific: 李明博士表示,
// 王芳女士说.
func (p *zhPersonScan) beforeHonorific() {
	text, s := p.text, p.s
	for _, h := range []string{"博士", "教授", "院士", "先生", "女士"} {
		for at := range occurrences(text, h, s.Start) {
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || notHanName[firstRunes(name, 2)] || strings.ContainsAny(name, "的了是在和与與") {
					continue // 毕业的博士生: a verb phrase before the degree
				}
				if prev, _ := utf8.DecodeLastRuneInString(text[:st]); !(clauseStart(text, s.Start, st) || strings.ContainsRune("的与與和及、由据據向对對被让讓给給跟请請", prev) || endsWithTitleHead(text[s.Start:st])) {
					continue
				}
				p.add(span{st, at})
				break
			}
		}
	}
}

// beforeApposition finds a name that opens a clause before an apposition
// giving a post: 王丽华，蓝鲸智能首席执行官，在会上发言.
func (p *zhPersonScan) beforeApposition() {
	text, s := p.text, p.s
	if strings.Contains(text[s.Start:], "，") {
		for at := range occurrences(text, "，", s.Start) {
			from := at + len("，")
			rest := text[from:min(len(text), from+60)]
			end := strings.IndexAny(rest, "，。；")
			if end <= 0 || end > 48 || !endsWithTitleHead(rest[:end]) {
				continue
			}
			for _, n := range []int{3, 2} {
				st := at
				for c := 0; c < n && st > s.Start; c++ {
					_, size := utf8.DecodeLastRuneInString(text[:st])
					st -= size
				}
				name := text[st:at]
				if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !clauseStart(text, s.Start, st) || strings.ContainsAny(name, "他她它们們我你这這那其此该該") {
					continue
				}
				p.add(span{st, at})
				break
			}
		}
	}
}

// appointed finds a name between an appointing verb and its post:
// 任命王建国为首席技术官.
func (p *zhPersonScan) appointed() {
	text, s := p.text, p.s
	if containsAny(text[s.Start:], zhAppointVerbs) {
		for _, v := range zhAppointVerbs {
			for start := range occurrences(text, v, s.Start) {
				st := start + len(v)
				for _, n := range []int{3, 2} {
					end := st
					for c := 0; c < n && end < len(text); c++ {
						_, size := utf8.DecodeRuneInString(text[end:])
						end += size
					}
					name := text[st:end]
					if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !postAfter(text[end:]) {
						continue
					}
					p.add(span{st, end})
					break
				}
			}
		}
	}
}

// translitBeforeLatin finds a transliteration followed by the original
// name in parentheses: 高尔斯（Timothy Gowers）, 莫尔特博士（Dr John Moult）.
func (p *zhPersonScan) translitBeforeLatin() {
	text, s := p.text, p.s
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '(' && r != '（' {
			i += n
			continue
		}
		inner := text[i+n:]
		if close := strings.IndexAny(inner, ")）"); close > 0 && close < 60 && looksLatinName(inner[:close]) {
			// walk back over transliteration characters
			j := i
			cnt := 0
			for j > s.Start {
				pr, pn := utf8.DecodeLastRuneInString(text[:j])
				if !isTranslit(pr) && pr != '·' && pr != '・' {
					break
				}
				j -= pn
				cnt++
			}
			end := i
			for _, h := range honorificsZh {
				if strings.HasSuffix(text[j:end], h) && utf8.RuneCountInString(text[j:end]) >= utf8.RuneCountInString(h)+2 {
					end -= len(h) // 莫尔特博士（Dr John Moult）: the degree is no part of the name
					cnt -= utf8.RuneCountInString(h)
					break
				}
			}
			if cnt >= 2 && cnt <= 8 && !placeBefore(text[s.Start:j]) {
				p.add(span{j, end})
			}
		}
		i += n
	}
}

// joinedPairs finds a second name joined to one found:
// 联合创始人李航和吴倩都曾在百度工作.
func (p *zhPersonScan) joinedPairs() {
	text := p.text
	for k := 0; k < len(p.out); k++ {
		c := p.out[k]
		rest := text[c.End:]
		var joiner string
		for _, j := range []string{"和", "与", "與", "、", "及"} {
			if strings.HasPrefix(rest, j) {
				joiner = j
				break
			}
		}
		if joiner == "" || !allHan(c.name) {
			continue
		}
		st := c.End + len(joiner)
		for _, n := range []int{3, 2} {
			end := st
			for m := 0; m < n && end < len(text); m++ {
				_, size := utf8.DecodeRuneInString(text[end:])
				end += size
			}
			name := text[st:end]
			if utf8.RuneCountInString(name) != n || !allHan(name) || !isSurnameStart(name) || notHanName[name] || !pairEnd(text[end:]) {
				continue
			}
			p.add(span{st, end})
			break
		}
	}
}

// honorificsZh follow a name as a degree or a form of address.
var honorificsZh = vocabWords("zh-name-honorifics")

// placeVerbsZh end the text before a place: 来自, 住在, 位于.
var placeVerbsZh = vocabWords("zh-name-place-verbs")

// placeBefore reports text that ends in a word for being somewhere or
// coming from somewhere (来自, 住在, 位于): a name after it is a place.
func placeBefore(before string) bool {
	for _, w := range placeVerbsZh {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// placeTailsZh start the text after a place: 办事处, 总部, 市.
var placeTailsZh = vocabWords("zh-name-place-tails")

// placeAfter reports text that starts with what only follows a place: 苏黎世办事处.
func placeAfter(rest string) bool {
	for _, w := range placeTailsZh {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// commonWord reports a word the dictionary knows as a common word, not a
// personal name.
func (x *Extractor) commonWord(w string) bool { return x.dictWord(w, 500) }

// dictWord reports a word the dictionary knows, at least minFreq times,
// as anything but a personal name.
func (x *Extractor) dictWord(w string, minFreq int) bool {
	if x.seg == nil {
		return false
	}
	f, pos, ok := x.seg.dict.Lookup(w)
	return ok && int(f) >= minFreq && !strings.HasPrefix(pos, "nr")
}

// pairEnd reports what may follow the second of two names joined by 和:
// 都, 均, 两人, a clause stop.
func pairEnd(rest string) bool {
	for _, w := range []string{"都", "均", "也", "两人", "兩人", "二人", "分别", "分別", "，", "。", "、", "表示", "认为", "認為", "说", "說"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// zhAppointVerbs put the person after them in a post: 任命X为CTO.
var zhAppointVerbs = vocabWords("zh-name-appoint-verbs")

// postAfter reports text that gives a post: 为首席技术官, 担任总裁.
func postAfter(rest string) bool {
	for _, w := range []string{"为", "為", "担任", "擔任", "出任"} {
		r, ok := strings.CutPrefix(rest, w)
		if !ok {
			continue
		}
		for n, i := 0, 0; i < len(r) && n < 12; n++ {
			_, size := utf8.DecodeRuneInString(r[i:])
			i += size
			if clauseBreak(r[:i]) {
				return false
			}
			if endsWithTitleHead(r[:i]) {
				return true
			}
		}
	}
	return false
}

// strongSpeechZh are speech verbs that show the words before them name a
// speaker.
// speechOrPostZh adds the verbs of taking a post to strongSpeechZh: the
// words before them, at a clause start, name a person too.
var speechOrPostZh = append(append([]string{}, strongSpeechZh...), vocabWords("zh-name-post-verbs")...)

var strongSpeechZh = vocabWords("zh-name-strong-speech")

// clauseStart reports a position at the start of a sentence or right after
// punctuation or a closing quotation mark.
func clauseStart(text string, sentStart, i int) bool {
	if i == sentStart {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune("，。；：！？、”」』）) \n", r)
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// looksLatinName: two to four capitalised words.
func looksLatinName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !isNameWord(w) && !nameParticles[w] {
			return false
		}
	}
	return true
}

// nameStops are the words that may follow a Chinese name.
var nameStops = append(append([]string{"，", "。", "、", "：", "；", "！", "？", "（", "(", "“", "”", "\"", " ", ","}, vocabWords("zh-name-stops")...), speechVerbsZh...)

func stopAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	for _, w := range nameStops {
		if strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}

// translitName reads two to eight transliteration characters (with ·)
// starting at i and ending before a stop word.
func translitName(text string, i int) (span, bool) {
	if sp, ok := dottedName(text, i); ok {
		return sp, true
	}
	j := i
	cnt := 0
	var ends []int
	for j < len(text) && cnt < 10 {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isTranslit(r) && !(cnt > 0 && (r == '·' || r == '・')) {
			break
		}
		j += n
		cnt++
		if cnt >= 2 && r != '·' && r != '・' {
			ends = append(ends, j)
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if stopAt(text, ends[k]) {
			return span{i, ends[k]}, true
		}
	}
	return span{}, false
}

// dottedName reads a transliterated name whose parts a · joins (戴密斯·
// 哈萨比斯): the dot is evidence enough, whatever the characters.
func dottedName(text string, i int) (span, bool) {
	j, parts, cur := i, 0, 0
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case r == '·' || r == '・' || r == '•' || r == '‧':
			if cur == 0 {
				return span{}, false
			}
			parts++
			cur = 0
		case unicode.Is(unicode.Han, r) && cur < 6 && !(cur > 0 && parts > 0 && stopAt(text, j)):
			cur++
		default:
			goto done
		}
		j += n
	}
done:
	if parts == 0 || cur == 0 {
		return span{}, false
	}
	return span{i, j}, true
}

// hanName reads a Chinese name: a surname and one or two characters,
// ending before a stop word.
func hanName(text string, i int) (span, bool) {
	if !isSurnameStart(text[i:]) {
		// a rare surname: accept two or three characters only before a speech verb
		j := i
		for k := 0; k < 3 && j < len(text); k++ {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.Is(unicode.Han, r) || stopAt(text, j) {
				break
			}
			j += n
			if k >= 1 {
				for _, v := range []string{"表示", "说", "說", "指出", "认为", "認為", "介绍", "介紹", "称", "稱", "透露"} {
					if strings.HasPrefix(text[j:], v) {
						return span{i, j}, true
					}
				}
			}
		}
		return span{}, false
	}
	sur := surnameLen(text[i:])
	j := i + sur
	var ends []int
	for k := 0; k < 2 && j < len(text); k++ {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.Is(unicode.Han, r) || stopAt(text, j) {
			break
		}
		j += n
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if stopAt(text, ends[k]) {
			if k > 0 && stopAt(text, ends[k-1]) && strings.ContainsAny(text[ends[k-1]:ends[k]], swallowed) {
				k-- // 韩墨曾是: 曾 opens the verb phrase, the name is 韩墨
			}
			name := text[i:ends[k]]
			if notHanName[name] {
				return span{}, false
			}
			return span{i, ends[k]}, true
		}
	}
	return span{}, false
}

// swallowed are adverbs that follow a name and would otherwise be read
// as its last character: 徐立又指出, 韩墨曾是.
const swallowed = "曾又也则則就还還已在将將"

// notHanName are words that start with a surname character but are not
// names.
var notHanName = vocabSet("zh-name-not-names")

// isSurnameStart reports text that begins with a common Chinese surname.
func isSurnameStart(s string) bool { return surnameLen(s) > 0 }

func surnameLen(s string) int {
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(surnames, r) {
		return n
	}
	return 0
}

var compoundSurnames = vocabWords("zh-name-compound-surnames")

const surnames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余" +
	"杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛阎閻段雷侯龙龍史陶黎贺賀顾顧毛" +
	"郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦" +
	"俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤" +
	"阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔" +
	"边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺栗仝岑邸鞠蓟薊冀郁晁虎归歸帅帥湛阚闞隆宓"

// isTranslit reports the characters Chinese uses to transliterate foreign
// names (simplified and traditional).
func isTranslit(r rune) bool { return strings.ContainsRune(translitChars, r) }

const translitChars = "翰琪娅婭茨芙玲嘉佳密娜妮娃莎丝絲黛蓓琳茜露薇巴蒙斯阿埃艾爱愛安昂奥奧澳巴拔贝貝本比彼毕畢宾賓波伯博布查柴达達戴丹道德登迪" +
	"蒂丁东東杜多厄恩尔爾法范菲斐费費芬丰豐弗福夫盖蓋甘冈岡高戈哥格古瓜哈海汉漢豪赫亨洪胡华華霍基吉加迦贾賈杰傑金卡凯凱坎康柯" +
	"科克肯孔库庫夸奎拉莱萊赖賴兰蘭朗劳勞勒雷蕾黎里理丽麗利莉连連林琳卢盧鲁魯路伦倫罗羅洛玛瑪马馬麦麥迈邁曼芒梅美门門蒙米敏明" +
	"莫默姆穆纳納内內尼涅宁寧纽紐努诺諾欧歐帕潘佩彭皮珀普齐齊奇乔喬切钦欽琼瓊丘萨薩塞赛賽桑瑟森沙山珊尚舍申圣聖施什史士舒斯松" +
	"苏蘇索塔泰坦汤湯唐特提汀通图圖托瓦万萬威韦韋维維温溫文沃乌烏伍武西希锡錫席夏谢謝辛休修亚亞扬揚杨楊耶伊依因英尤于约約泽澤" +
	"扎詹兹茲祖佐卓宙"
