package extract

// Mentions stage, Chinese institutions (entity.zh.institution) and
// reporters named in a byline (entity.zh.person-byline); reads the
// sentence's tokens. Chinese institutions named by their head word: the
// nouns and place names that stand before 大学, 研究所, 交易所 or 天文台 are the
// institution's name (莫斯科国立大学, 南海海洋生态研究所, 上海证券交易所), wherever the sentence
// puts it.

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// ruleEntityInstitutionZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityInstitutionZh = defineRule(rule{
	ID:   "entity.zh.institution",
	Doc:  "the nouns and place names before an institution head: 莫斯科国立大学, 南海海洋生态研究所",
	Fire: []string{`他毕业于南海海洋生态研究所。`},
	Hold: []string{`他大学毕业了。`},
})

// ruleEntityBylineZh is the ID of the rule described by its Doc; candidates carry it.
var ruleEntityBylineZh = defineRule(rule{
	ID:   "entity.zh.person-byline",
	Doc:  "the reporter of a news agency byline: 记者王小明北京3月5日电",
	Fire: []string{`新华社记者王小明北京3月5日电 今天发布了报告。`},
	Hold: []string{`记者今天发布了报告。`},
})

// zhInstitutionHeads end the name of an institution.
var zhInstitutionHeads = vocabWords("zh-name-institution-heads")

// zhInstitutionTags are the tags of the words an institution's name is
// made of: nouns, place and person names, abbreviations, attributive words.
var zhInstitutionTags = map[string]bool{"n": true, "ns": true, "nz": true, "nt": true, "nr": true, "nrt": true, "nrfg": true,
	"j": true, "vn": true, "b": true, "an": true, "zg": true, "nw": true, "l": true}

// zhGenericInstitutionWords open a description of an institution, not its
// name: 知名大学, 顶尖研究所, 公立大学.
var zhGenericInstitutionWords = vocabSet("zh-name-generic-institution-words")

// zhLoneLeaders are single characters, adverbs and prepositions, that
// the segmenter sometimes tags as nouns before a name: 连斯坦福…实验室.
const zhLoneLeaders = "连連就仅僅更还還也都即乃如像比让讓给給令使跟同与與和及在于於从從向对對被由把将將为為"

// zhCountries open an institution's name but are no part of its short
// name: 美国马里兰大学 is 马里兰大学.
var zhCountries = vocabWords("zh-name-countries")

// zhInstitutions finds institutions named by a head word and the name
// words before it, read off the segmenter's tokens; a university's campus
// (加利福尼亚大学洛杉矶分校) is part of the name.
func (x *Extractor) zhInstitutions(doc *document, s sentence) []candidate {
	text := doc.text[:s.End]
	if !containsAny(text[s.Start:], zhInstitutionHeads) {
		return nil
	}
	var out []candidate
	for _, h := range zhInstitutionHeads {
		for at := range occurrences(text, h, s.Start) {
			start, runes := at, 0
			for start > s.Start {
				tok := doc.tokenEndingAt(start)
				if tok == nil || !(zhInstitutionTags[tok.Pos()] || tok.Pos() == "q" && utf8.RuneCountInString(tok.word(doc.text)) >= 2) ||
					!hasHan(tok.word(doc.text)) || zhGenericInstitutionWords[tok.word(doc.text)] {
					break
				}
				runes += utf8.RuneCountInString(tok.word(doc.text))
				if runes > 16 {
					break
				}
				start = tok.Start()
			}
			for start < at {
				tok := doc.tokenStartingAt(start)
				if tok == nil || tok.End() > at || !(tok.Pos() == "vn" || utf8.RuneCountInString(tok.word(doc.text)) == 1 && strings.Contains(zhLoneLeaders, tok.word(doc.text))) {
					break
				}
				start = tok.End() // 从事研究所, 连斯坦福…: a verb noun or a particle opens no name (紫金山天文台 keeps its 紫)
			}
			if runes > 16 || utf8.RuneCountInString(text[start:at]) < 2 || x.lexMentionIn(text, span{start, at}) && strings.ContainsAny(text[start:at], "院所室学學会會") {
				continue // 鴻海研究院人工智慧研究所: a unit of an institution named before it
			}
			end := at + len(h)
			if h == "大学" || h == "大學" {
				end = campusEnd(doc, text, end)
			}
			name := text[start:end]
			short := name
			for _, c := range zhCountries {
				if rest, ok := strings.CutPrefix(name, c); ok && utf8.RuneCountInString(rest) >= utf8.RuneCountInString(h)+2 {
					short = rest // 美国马里兰大学: the country is no part of the short name
					break
				}
			}
			if short == name && countryOnly(text[start:at]) || x.lex.ignored(name) || x.lex.ignored(short) {
				continue // 美国大学: universities in a country, no name
			}
			if l := x.lex.lookup(name); len(l) > 0 && x.lex.lookupType(name, Organization) == nil {
				continue
			}
			out = append(out, candidate{span: span{start, end}, ty: codeOf(Organization), name: short, prio: 1, rule: refOf(ruleEntityInstitutionZh)})
		}
	}
	return out
}

// campusEnd extends a university's name over a campus: 戴维斯分校.
func campusEnd(doc *document, text string, end int) int {
	p, runes := end, 0
	for p < len(text) && runes <= 6 {
		if strings.HasPrefix(text[p:], "分校") {
			if runes > 0 {
				return p + len("分校")
			}
			return end
		}
		tok := doc.tokenStartingAt(p)
		if tok == nil || !(tok.Pos() == "ns" || tok.Pos() == "nr" || tok.Pos() == "nrt" || tok.Pos() == "nz") {
			return end
		}
		runes += utf8.RuneCountInString(tok.word(doc.text))
		p = tok.End()
	}
	return end
}

// countryOnly reports words that are just a country.
func countryOnly(s string) bool {
	for _, c := range zhCountries {
		if s == c {
			return true
		}
	}
	return false
}

// bylineRe matches a news agency's byline: 记者王小明北京3月5日电,
// 中央社記者林雨晴台中3日電. The group is the reporter's name and the city.
var bylineRe = regexp.MustCompile(`(?:记者|記者)(\p{Han}{3,7}?)(?:\d{1,2}月)?\d{1,2}日(?:电|電|专电|專電|讯|訊)`)

// bylinePersons finds the reporter of a byline: the Chinese name between
// 记者 and the city, which the segmenter tags as a place.
func (x *Extractor) bylinePersons(doc *document, s sentence) []candidate {
	text := doc.text[s.Start:s.End]
	if !strings.Contains(text, "记者") && !strings.Contains(text, "記者") {
		return nil
	}
	var out []candidate
	for _, m := range bylineRe.FindAllStringSubmatchIndex(text, -1) {
		a, b := s.Start+m[2], s.Start+m[3]
		city := doc.tokenEndingAt(b)
		if city == nil || city.Pos() != "ns" || city.Start() <= a {
			continue
		}
		name := doc.text[a:city.Start()]
		if n := utf8.RuneCountInString(name); n < 2 || n > 3 || !isSurnameStart(name) || notHanName[name] || x.lex.ignored(name) {
			continue
		}
		out = append(out, candidate{span: span{a, city.Start()}, ty: codeOf(Person), name: name, prio: 2, rule: refOf(ruleEntityBylineZh)})
	}
	return out
}
