package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// prepare splits the article into paragraphs, sentences and tokens. The
// document keeps Doc.Text byte for byte, so offsets stay valid for callers;
// page furniture is left out of the paragraphs instead of cut from the text.
func (x *Extractor) prepare(d Doc) *document {
	doc := &document{text: validUTF8(d.Text), lang: d.Lang}
	if doc.lang == "" {
		doc.lang = detectLang(d.Text)
	}
	doc.published = parsePublished(d.Published)
	doc.paras = paragraphs(doc.text)
	if x.seg != nil {
		doc.tokens = make([]token, 0, tokenEstimate(doc.text))
	}
	for i, p := range doc.paras {
		for _, s := range doc.capSentences(splitSentences(doc.text, p)) {
			doc.sentences = append(doc.sentences, sentence{span: s, Para: i})
		}
		if x.seg != nil {
			doc.tokens = x.seg.appendTokens(doc.tokens, doc.text[p.Start:p.End], p.Start)
		}
	}
	if n := len(doc.tokens); cap(doc.tokens)-n > n/8+64 {
		// Chinese prose has about one token per 1.7 Han characters, which
		// the estimate cannot know; the slice lives through every stage.
		doc.tokens = append(make([]token, 0, n), doc.tokens...)
	}
	return doc
}

// tokenEstimate is about how many tokens the segmenter makes of text, a
// little more rather than less: every Han character may be a token, and
// elsewhere a token starts at each letter or digit after a non-alphanumeric
// and at each other printed character. Sizing the token slice from it
// spares the copies of growing it by appending, which at the size limit
// held several times the final slice at once (issue 16).
func tokenEstimate(text string) int {
	n, inWord := 0, false
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			if !inWord {
				n++
			}
			inWord = true
			continue
		case r >= 0x2E80 && unicode.Is(unicode.Han, r):
			n++
		case unicode.IsSpace(r):
		default:
			if r >= utf8.RuneSelf && unicode.IsLetter(r) && inWord {
				continue // an accented letter inside a Latin word
			}
			n++
		}
		inWord = false
	}
	return n
}

// validUTF8 replaces each byte of an invalid UTF-8 sequence with a space,
// so that the text stays valid and every offset into it stays the same.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = ' '
		}
		i += n
	}
	return string(b)
}

// detectLang says "zh" when Han characters make up a tenth of the letters.
func detectLang(text string) string {
	han, letters := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	if letters > 0 && han*10 >= letters {
		return "zh"
	}
	return "en"
}

// parsePublished reads the dates sources give; anything else is unknown.
func parsePublished(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006/01/02", "2006.01.02", "2006年1月2日"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// paragraphs returns the trimmed non-empty lines that are content.
func paragraphs(text string) []span {
	var out []span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) && r != '\ufeff' {
				break
			}
			s += n
		}
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if e > s && !isFurniture(text[s:e]) {
			out = append(out, span{s, e})
		}
		start = end + 1
	}
	return out
}

// furniture matches whole lines that belong to the page, not the story.
var furniture = []*filtered{
	re(`^[-*+•]?\s*[+＋]?\d*$`),       // "- +1", bullets alone
	re(`^!\[[^\]]*\]\([^)]*\)$`),     // markdown image
	re(`^\[?\d*\]?\s*https?://\S+$`), // bare link, reference list item
	re(`(?i)^[*_\s]*(©|\(c\)|copyright|版权所有|版權所有|all rights reserved)`), // copyright
	re(`版权所有|版權所有|未经授权不得|未經授權不得|违者必究|違者必究|不得转载|禁止转载|转载请注明|轉載請註明`),
	re(`本文为.{0,40}(仅代表|僅代表).{0,40}观点|本文仅代表|本文僅代表|不代表.{0,20}(观点|立场|觀點|立場)`),
	re(`(报料|報料|举报|舉報|客服|服务|服務)(热线|熱線|邮箱|郵箱|电话|電話)`),
	re(`(许可证|許可證|备案号|備案號|经营许可|經營許可)\s*(编号|編號)?\s*[:：]?\s*[\p{Han}A-Za-z0-9]{0,4}[-\s]?\d{4,}|ICP备|ICP證|ICP证|公网安备|公網安備`),
	re(`^[*_\s（(【\[]*(责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|来源|來源|作者|记者|記者|撰文|文|图|圖|摄影|攝影)\s*[:：|｜]`),
	re(`^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*((来源|來源|作者|编辑|編輯|发布|發布|source|Source)\s*[:：]\s*\S{0,20})?$`), // dateline
	re(`^(扫码|掃碼|长按|長按|点击|點擊)(关注|關注|二维码|二維碼|识别|識別|下载|下載)|关注我们$|關注我們$`),
	re(`^\S{1,12}\s+发自\s+\S{1,12}$|^\S{1,12}\s+發自\s+\S{1,12}$`), // 某某 发自 某地
	re(`(公众号|公眾號|微信号|微信號)\s`),
	re(`^[*_\s]*(参考链接|參考鏈接|参考资料|參考資料|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关推荐|相關推薦|推荐阅读|推薦閱讀)[:：]?[*_\s]*$`),
	re(`(?i)^(related|read more|see also|more from|recommended|share( this)?( article| story)?|follow us|sign up|subscribe|advertisement|tags?)\s*[:：]?\s*$`),
	re(`(?i)^(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit)(\s*[|·/,]\s*(share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link))+$`),
	re(`(?i)^(share on \S+|share|tweet|email|print|copy link|copy url)(\s*[|·/,]\s*(share on \S+|share|tweet|email|print|copy link|copy url))+$`),
	re(`^(By|BY|Written by|Reporting by|Editing by)\s+[A-Z][\w.'-]*(\s+[A-Z][\w.'-]*){0,3}(\s*[,|]\s*.{0,40})?$`), // byline
	re(`(?i)^(分享到|分享至|分享|点赞|收藏|评论|評論|打开APP|打開APP)[:：]?\s*(微信|微博|QQ|朋友圈|\s)*$`),
}

// keyedFurniture are furniture patterns tried only on lines that hold one
// of their keys, since they backtrack over the whole line.
var keyedFurniture = []struct {
	keys []string
	re   *filtered
	head bool // the key opens the line: look for it in its first bytes only
}{
	// a link to another story: "Related: What the new rules mean", "相关阅读：…"
	{[]string{"elated", "ELATED", "ead", "ee also", "ore from", "ecommended", "lso read", "相关", "相關", "延伸", "推荐", "推薦"},
		re(`(?i)^[*_\s]*(related|read more|see also|more from [\w ]{1,30}|recommended|read next|also read|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关报道|相關報導)\s*[:：|｜]\s*\S.{0,150}$`), false},
	// a share bar that lists services: "Share this article: X | LinkedIn", "[分享到微信] [分享到微博]", "分享此文:Facebook|LINE"
	{[]string{"hare", "HARE", "分享"},
		re(`(?i)^[\[【(（]?\s*(share( this)?( article| story| post)?|分享(到|至|此文|本文)?)\s*[:：]?\s*[^.。!！?？,，]{0,60}$`), false},
	// credits for pictures: "Photo: Getty Images", "图片来源：视觉中国"
	{[]string{"hoto", "HOTO", "mage", "MAGE", "llustration", "raphic", "icture", "来源", "來源", "图源", "圖源", "题图", "題圖", "头图", "頭圖", "封面"},
		re(`(?i)^[*_\s（(\[]*((photo|image|picture|illustration|graphic|lead image|top image)s?( credits?| by| source)?|图片来源|圖片來源|图源|圖源|题图|題圖|头图|頭圖|封面图|封面圖|图片|圖片)\s*[:：|｜/]\s*.{0,80}$`), true},
	// calls to follow or subscribe: "Follow us on LinkedIn and Facebook.", "Subscribe to the X newsletter"
	{[]string{"ollow", "OLLOW", "ubscribe", "UBSCRIBE", "ign up", "ewsletter"},
		re(`(?i)^[*_\s]*(follow us|find us|subscribe|sign up|get (our|the) [\w ]{0,30}newsletter|join (our|the) [\w ]{0,30}newsletter)\b.{0,100}$`), true},
	// where a repost comes from: "本文来自微信公众号“X”，作者：Y", "（本文首发于X，作者｜Y）"
	{[]string{"本文"},
		re(`^[*_\s（(【\[]*本文(来自|來自|转载自|轉載自|转自|轉自|首发于|首發於|首发自|首發自|经|經|系|由)[^。]{0,80}[。）)】\]]?\s*$`), true},
	// a dated masthead that names the reporter or author: "某报 2025年08月06日 第A05版 | 记者 某某"
	{[]string{"记者", "記者", "作者", "通讯员", "通訊員", "撰稿", "撰文"},
		re(`^.{0,40}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^。]{0,40}(记者|記者|作者|通讯员|通訊員|撰稿|撰文)\s*[:：]?\s*\p{Han}{2,4}(\s|$)`), false},
}

func isFurniture(line string) bool {
	if len(line) > 1200 {
		return false // a paragraph of the story, not a line of the page
	}
	for _, re := range furniture {
		if re.MatchString(line) {
			return true
		}
	}
	for _, k := range keyedFurniture {
		hay := line
		if k.head {
			hay = line[:min(len(line), 30)]
		}
		for _, w := range k.keys {
			if strings.Contains(hay, w) {
				if k.re.MatchString(line) {
					return true
				}
				break
			}
		}
	}
	return false
}

// abbreviations end in a period that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "etc": true, "gen": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "mt": true, "ft": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "approx": true, "dept": true, "est": true, "fig": true, "al": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true,
}

// closers may follow a sentence stop and still belong to the sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '」', '』', '）', ')', '》', '】', ']', '*', '»':
		return true
	}
	return false
}

// splitSentences cuts one paragraph at Chinese 。！？；… and at English
// . ! ? followed by a space, skipping abbreviations, initials and decimals.
func splitSentences(text string, p span) []span {
	var out []span
	start := p.Start
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			s += n
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:p.End])
		j := i + n
		stop := false
		switch r {
		case '。', '！', '？', '；', '!', '?', '…':
			stop = true
		case '.':
			stop = englishStop(text[p.Start:p.End], i-p.Start)
		}
		if !stop {
			i = j
			continue
		}
		for j < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:p.End])
			if r2 == '。' || r2 == '！' || r2 == '？' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '.' || isCloser(r2) {
				j += n2
				continue
			}
			break
		}
		emit(j)
		i = j
	}
	emit(p.End)
	return out
}

// englishStop decides whether the period at byte i of para ends a sentence.
func englishStop(para string, i int) bool {
	next := i + 1
	for next < len(para) && (isCloser(rune(para[next])) || para[next] == '.') {
		next++
	}
	if next < len(para) {
		r, _ := utf8.DecodeRuneInString(para[next:])
		if r < 0x2E80 && !unicode.IsSpace(r) {
			return false // 3.6, example.com, U.S.A
		}
	}
	// the word before the period
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(para[:w])
		if !(unicode.IsLetter(r) || r == '.') || r >= 0x2E80 {
			break
		}
		w -= n
	}
	word := strings.ToLower(para[w:i])
	if word == "" {
		return true
	}
	if word == "no" && next < len(para) && strings.TrimLeft(para[next:], " ") != "" && unicode.IsDigit(rune(strings.TrimLeft(para[next:], " ")[0])) {
		return false // No. 5
	}
	if abbreviations[word] {
		// "the U.S. Navy" goes on; "in the U.S. The" ends only before a
		// capital that starts a common sentence opener, which we cannot
		// know, so keep the sentence whole.
		return false
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(rune(para[w])) {
		return false // an initial: John F. Kennedy
	}
	if strings.Contains(word, ".") {
		return false // U.S., e.g.
	}
	return true
}
