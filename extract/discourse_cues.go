// Stage: discourse. Speech cues: the verbs of saying (表示, said) found
// outside quotation marks, and the tests of a verb before or after a quote.
// Reads the discourse (text, marks) and the cue lists.

package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speech verbs. Longer forms come first so that 坚持认为 wins over 认为.
var zhCues = sortByLen([]string{
	"坚持认为", "堅持認為", "补充道", "補充道", "补充称", "補充稱", "补充说", "補充說", "回忆道", "回憶道", "回忆称", "回忆说", "回憶說",
	"评论道", "評論道", "评论称", "解释称", "解釋稱", "解释说", "解釋說", "解释道", "说道", "說道", "写道", "寫道",
	"发帖说", "發帖說", "发帖称", "發帖稱", "发文称", "發文稱", "发推称", "發推稱", "发推文称", "撰文称", "撰文稱", "如是说", "如是說", "如是称", "如是稱",
	"强调说", "強調說", "表示说", "透露说", "透露說", "指出说", "回应说", "回應說", "回应称", "回應稱", "补充表示", "補充表示", "笑称", "笑稱",
	"告诉记者", "告訴記者", "告诉媒体", "告訴媒體", "直言道", "坦言道", "感慨道", "感叹道", "感嘆道",
	"表示", "指出", "认为", "認為", "强调", "強調", "透露", "预计", "預計", "宣布", "宣佈", "直言", "坦言", "提到", "谈到", "談到",
	"承认", "承認", "警告", "声称", "聲稱", "宣称", "宣稱", "放话", "放話", "炮轰", "炮轟", "回应", "回應", "感叹", "感嘆", "问道", "問道",
	"拆穿", "坦承", "直指", "分析称", "分析稱", "分析指出", "评价说", "評價說", "评价称", "批评称", "批評稱", "质疑称", "質疑稱", "声明称", "聲明稱", "表明", "预测", "預測", "介绍", "介紹", "提醒", "表态", "表態", "告诉", "告訴", "呼吁", "呼籲", "补充", "補充", "看来", "看來", "相信", "同意", "主张", "主張", "指称", "指稱", "解释", "解釋", "称", "稱", "说", "說",
})

// Words that contain a cue but are no speech verb.
var zhNotCue = []string{
	"说明", "說明", "说法", "說法", "说服", "說服", "小说", "小說", "来说", "來說", "据说", "據說", "是说", "是說", "虽说", "雖說", "再说", "再說",
	"听说", "聽說", "游说", "遊說", "演说", "演說", "传说", "傳說", "解说", "解說", "说起", "說起", "称为", "稱為", "称之", "稱之", "名称", "名稱",
	"称号", "稱號", "号称", "號稱", "简称", "簡稱", "俗称", "俗稱", "堪称", "堪稱", "称作", "稱作", "对称", "對稱", "称赞", "稱讚", "称霸", "稱霸",
	"著称", "著稱", "昵称", "人称", "的介绍", "的介紹", "介绍了", "介紹了", "宣称为", "被认为", "被認為", "普遍认为", "普遍認為", "一般认为", "一般認為", "相信的",
	"不说", "没说", "不称", "不表示", "表示为", "表示為", "称得上", "稱得上", "说什么", "說什麼", "称其", "稱其",
}

// zhStance matches stance phrases that introduce a view: 也持有不同的意见，“…”.
var zhStance = re(`(?:抱有|持有|抱|持|表达了|表達了|提出了|分享了|阐述了|发表了|谈了)[^，,。；;：:“”]{0,30}(?:看法|观点|觀點|意见|意見|见解)`)

var zhStanceAt = re(`^(?:` + zhStance.String() + `)`)

var enCues = []string{
	"according to", "According to", "pointed out", "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "argued", "argues",
	"explained", "explains", "wrote", "writes", "stated", "states", "claimed", "claims", "believes", "believed", "warned", "warns",
	"emphasized", "emphasised", "stressed", "insisted", "insists", "recalled", "recalls", "acknowledged", "admitted", "announced",
	"confirmed", "predicted", "predicts", "continued", "reads", "posted", "tweeted", "commented", "observed", "suggested", "suggests",
	"points out", "cautioned", "cautions", "conceded", "concedes", "contended", "contends", "maintained", "maintains",
	"acknowledges", "admits", "asserted", "asserts", "declared", "emphasizes", "emphasises", "stresses", "remarked", "remarks",
	"observes", "recalled", "reckons", "estimated", "estimates", "testified",
	"saying", "adding", "noting", "arguing", "writing", "explaining", "warning", "telling", "insisting", "stressing",
	// Replies, exclamations and verbs of telling a story: "…," she replied;
	// X responded, "…"; X accused Y of ….
	"responded", "responds", "replied", "replies", "retorted", "countered", "recounted", "recounts", "shouted", "exclaimed",
	"quipped", "joked", "thinks", "accused", "accuses", "commenting", "responding", "replying", "recalling", "observing", "put it",
}

var enParticiple = map[string]bool{"saying": true, "adding": true, "noting": true, "arguing": true, "writing": true,
	"explaining": true, "warning": true, "telling": true, "insisting": true, "stressing": true,
	"commenting": true, "responding": true, "replying": true, "recalling": true, "observing": true}

func sortByLen(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	return s
}

// cue is one speech verb found in the text.
type cue struct {
	span
	word string
}

// findCues lists the speech verbs in [from, to) that stand outside quotes.
func (q *discourse) findCues(from, to int) []cue {
	text := q.doc.text
	var out []cue
	if q.zh {
		text = q.ztext()
		for i := from; i < to; {
			if q.markAt(i) >= 0 {
				i = q.marks[q.markAt(i)].End
				continue
			}
			matched := ""
			rest := sub(text, i, to)
			r, _ := utf8.DecodeRuneInString(rest)
			for _, w := range zhCueIndex[r] {
				if strings.HasPrefix(rest, w) {
					matched = w
					break
				}
			}
			if matched == "" && strings.ContainsRune("抱持表提分阐发谈", r) {
				if loc := zhStanceAt.FindStringIndex(sub(text, i, min(to, i+120))); loc != nil {
					matched = sub(text, i, i+loc[1])
				}
			}
			if matched != "" && !q.zhNotCueAt(i, matched) && !zhCueRejected(text, i, matched) {
				out = append(out, cue{span{i, i + len(matched)}, q.doc.text[i : i+len(matched)]})
				i += len(matched)
				continue
			}
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		return out
	}
	seg := sub(text, from, to)
	for _, w := range enCues {
		for off := 0; ; {
			k := strings.Index(seg[off:], w)
			if k < 0 {
				break
			}
			s := from + off + k
			e := s + len(w)
			off += k + len(w)
			if !wordBoundary(text, s, e) || q.markAt(s) >= 0 || overlapsCue(out, s, e) {
				continue
			}
			out = append(out, cue{span{s, e}, strings.ToLower(w)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func overlapsCue(cs []cue, s, e int) bool {
	for _, c := range cs {
		if s < c.End && c.Start < e {
			return true
		}
	}
	return false
}

func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	return true
}

// zhNotCueAt reports whether the cue at i is part of a word that is no
// speech verb (说明, 称为, 被认为).
func (q *discourse) zhNotCueAt(i int, w string) bool {
	text := q.ztext()
	for _, nc := range zhNotCueWords {
		k := strings.Index(nc, w)
		if k < 0 {
			continue
		}
		s := i - k
		if s >= 0 && strings.HasPrefix(text[s:], nc) {
			return true
		}
	}
	return false
}

// cueEnding reports whether s ends with a speech verb, and which.
func (q *discourse) cueEnding(s string) (string, bool) {
	if q.zh {
		orig := s
		s = foldZh(s)
		if loc := zhStance.FindAllStringIndex(s, -1); len(loc) > 0 && loc[len(loc)-1][1] == len(s) {
			return orig[loc[len(loc)-1][0]:], true
		}
		for _, w := range zhCueWords {
			if strings.HasSuffix(s, w) {
				start := len(s) - len(w)
				for _, nc := range zhNotCueWords {
					if k := strings.Index(nc, w); k >= 0 && start-k >= 0 && strings.HasPrefix(s[start-k:], nc) {
						return "", false
					}
				}
				return orig[start:], true
			}
		}
		return "", false
	}
	for _, w := range enCues {
		if strings.HasSuffix(s, w) && wordBoundary(s, len(s)-len(w), len(s)) {
			return w, true
		}
	}
	return "", false
}

// cueStartingAfter looks for a speech verb in the words that follow a
// closing quotation mark, before the clause ends: “…”X说, "…," said X,
// "…," X said. It returns the verb's offset in s.
func (q *discourse) cueStartingAfter(s string) (cue, int, bool) {
	end := len(s)
	stops := "，,。；;！？!?\n“\""
	if !q.zh {
		stops = ".;!?\n“\""
	}
	if k := strings.IndexAny(s, stops); k >= 0 {
		end = k
	}
	if q.zh {
		end = min(end, zhAfterQuoteLimit)
	} else if end > 160 {
		end = 160
	}
	lim := s[:end]
	if q.zh {
		folded := foldZh(lim)
		for i := 0; i < len(lim); {
			for _, w := range zhCueWords {
				if strings.HasPrefix(folded[i:], w) && !zhCueRejected(folded, i, w) {
					return cue{span{i, i + len(w)}, lim[i : i+len(w)]}, i, true
				}
			}
			_, n := utf8.DecodeRuneInString(lim[i:])
			i += n
		}
		return cue{}, 0, false
	}
	best := -1
	var bw string
	for _, w := range enCues {
		k := 0
		for {
			j := strings.Index(lim[k:], w)
			if j < 0 {
				break
			}
			j += k
			if wordBoundary(lim, j, j+len(w)) {
				if best < 0 || j < best {
					best, bw = j, w
				}
				break
			}
			k = j + len(w)
		}
	}
	if best < 0 {
		return cue{}, 0, false
	}
	return cue{span{best, best + len(bw)}, bw}, best, true
}
