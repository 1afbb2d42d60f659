package extract

// Vocabulary for the mentions stage: the lexicon of known names (embedded
// lexicon/*.tsv, or the files a user gives), folded so that case, spacing,
// punctuation and traditional characters do not matter, and a trie that
// finds its forms in text (match). Candidates from it carry the rule
// entity.any.lexicon (entities_lexicon.go).

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed lexicon/*.tsv
var embeddedLexicon embed.FS

// typeIgnore lists surface forms that must never become entities.
const typeIgnore Type = "Ignore"

// lexEntry is one line of a lexicon file.
type lexEntry struct {
	Type    Type
	Name    string
	Aliases []string
	Attrs   map[string][]string // developer=A,B gives two values
	Where   string              // file:line, for error messages
}

// attr returns the first value of key, or "".
func (e *lexEntry) attr(key string) string {
	if v := e.Attrs[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// forms is the canonical name followed by the aliases.
func (e *lexEntry) forms() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// lexicon maps surface forms to entries. It is read-only after
// loadLexicon, so one lexicon serves concurrent Article calls.
type lexicon struct {
	entries []*lexEntry
	byKey   map[string][]*lexEntry // foldKey(form) -> entries, load order
	byName  map[Type]map[string]*lexEntry
	ignore  map[string]bool // foldKey of Ignore forms
	trie    *trieNode
	brands  map[string]bool // foldKey of organization forms that open a model's name (DeepSeek in DeepSeek-V3)
}

// loadLexicon reads the embedded lexicon and then the user files in order.
func loadLexicon(files []string) (*lexicon, error) {
	names, err := fs.Glob(embeddedLexicon, "lexicon/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("load embedded lexicon: %w", err)
	}
	sort.Strings(names)
	b := newLexBuilder()
	for _, n := range names {
		data, err := embeddedLexicon.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("load lexicon %s: %w", n, err)
		}
		if err := b.parse(n, data); err != nil {
			return nil, err
		}
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("load lexicon %s: %w", f, err)
		}
		if err := b.parse(f, data); err != nil {
			return nil, err
		}
	}
	return b.build(), nil
}

// lexBuilder collects entries; a later entry with the same type and
// canonical name replaces the earlier one.
type lexBuilder struct {
	order  []string // type + "\x00" + Key(name), first-seen order
	byID   map[string]*lexEntry
	ignore map[string]bool
}

func newLexBuilder() *lexBuilder {
	return &lexBuilder{byID: map[string]*lexEntry{}, ignore: map[string]bool{}}
}

func (b *lexBuilder) parse(file string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		where := fmt.Sprintf("%s:%d", file, line)
		e, err := parseLexLine(text, where)
		if err != nil {
			return err
		}
		if e.Type == typeIgnore {
			for _, f := range e.forms() {
				b.ignore[foldKey(f)] = true
			}
			continue
		}
		id := string(e.Type) + "\x00" + Key(e.Name)
		if _, ok := b.byID[id]; !ok {
			b.order = append(b.order, id)
		}
		b.byID[id] = e
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load lexicon %s: line %d: %w", file, line+1, err)
	}
	return nil
}

func parseLexLine(text, where string) (*lexEntry, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("lexicon %s: not UTF-8", where)
	}
	cols := strings.Split(text, "\t")
	if len(cols) < 2 || len(cols) > 4 {
		return nil, fmt.Errorf("lexicon %s: want 2 to 4 tab-separated columns (type, name, aliases, attributes), got %d", where, len(cols))
	}
	e := &lexEntry{Type: Type(strings.TrimSpace(cols[0])), Name: strings.TrimSpace(cols[1]), Where: where}
	switch e.Type {
	case Person, Organization, Model, typeIgnore:
	default:
		return nil, fmt.Errorf("lexicon %s: unknown type %q (want Person, Organization, Model or Ignore)", where, cols[0])
	}
	if e.Name == "" {
		return nil, fmt.Errorf("lexicon %s: empty name", where)
	}
	if len(cols) > 2 {
		for _, a := range strings.Split(cols[2], "|") {
			if a = strings.TrimSpace(a); a != "" && a != e.Name {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	if len(cols) > 3 && strings.TrimSpace(cols[3]) != "" {
		e.Attrs = map[string][]string{}
		for _, kv := range strings.Split(cols[3], ";") {
			kv = strings.TrimSpace(kv)
			if kv == "" {
				continue
			}
			k, v, ok := strings.Cut(kv, "=")
			if !ok || strings.TrimSpace(k) == "" {
				return nil, fmt.Errorf("lexicon %s: attribute %q is not key=value", where, kv)
			}
			k = strings.TrimSpace(k)
			for _, x := range strings.Split(v, ",") {
				if x = strings.TrimSpace(x); x != "" {
					e.Attrs[k] = append(e.Attrs[k], x)
				}
			}
		}
	}
	return e, nil
}

func (b *lexBuilder) build() *lexicon {
	l := &lexicon{
		byKey:  map[string][]*lexEntry{},
		byName: map[Type]map[string]*lexEntry{},
		ignore: b.ignore,
		trie:   &trieNode{},
	}
	for _, id := range b.order {
		e := b.byID[id]
		l.entries = append(l.entries, e)
		if l.byName[e.Type] == nil {
			l.byName[e.Type] = map[string]*lexEntry{}
		}
		l.byName[e.Type][Key(e.Name)] = e
		for _, f := range e.forms() {
			k := foldKey(f)
			if k == "" || b.ignore[k] {
				continue
			}
			if !containsEntry(l.byKey[k], e) {
				l.byKey[k] = append(l.byKey[k], e)
			}
			l.trie.add(f, e)
		}
	}
	l.brands = modelBrands(l)
	return l
}

// modelBrands collects the organization forms that also start a model's
// name (DeepSeek for DeepSeek-V3, Baichuan for Baichuan 2): written alone
// they may name the company or its family of models.
func modelBrands(l *lexicon) map[string]bool {
	out := map[string]bool{}
	for _, e := range l.entries {
		if e.Type != Model {
			continue
		}
		for _, f := range e.forms() {
			k := strings.IndexAny(f, " -0123456789大")
			if k <= 0 {
				continue
			}
			if rest := f[k:]; rest[0] == ' ' && !(len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9') {
				continue // Meta AI, Google Gemini: a product named after its maker, not a version
			}
			if org := l.lookupType(f[:k], Organization); org != nil {
				out[foldKey(f[:k])] = true
			}
		}
	}
	return out
}

// brand reports an organization form that also opens a model's name.
func (l *lexicon) brand(form string) bool {
	return l != nil && l.brands[foldKey(form)]
}

func containsEntry(list []*lexEntry, e *lexEntry) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

// surfaceForm is one way of writing a lexicon entry; the segmenter adds
// each as a dictionary word so that it comes out as one token.
type surfaceForm struct {
	Text string
	Type Type
}

// surfaceForms lists every name and alias of every entry, Ignore forms
// excluded.
func (l *lexicon) surfaceForms() []surfaceForm {
	var out []surfaceForm
	seen := map[string]bool{}
	for _, e := range l.entries {
		for _, f := range e.forms() {
			if l.ignore[foldKey(f)] || seen[f] {
				continue
			}
			seen[f] = true
			out = append(out, surfaceForm{Text: f, Type: e.Type})
		}
	}
	return out
}

// lookup finds the entries a surface form names, after folding case,
// punctuation and traditional characters.
func (l *lexicon) lookup(form string) []*lexEntry {
	if l == nil {
		return nil
	}
	return l.byKey[foldKey(form)]
}

// lookupType is lookup restricted to one type.
func (l *lexicon) lookupType(form string, t Type) *lexEntry {
	for _, e := range l.lookup(form) {
		if e.Type == t {
			return e
		}
	}
	return nil
}

// ignored reports whether a form is listed as never an entity.
func (l *lexicon) ignored(form string) bool {
	return l != nil && l.ignore[foldKey(form)]
}

// entry finds an entry by type and canonical name (attribute values name
// entries this way).
func (l *lexicon) entry(t Type, name string) *lexEntry {
	if l == nil {
		return nil
	}
	if e := l.byName[t][Key(name)]; e != nil {
		return e
	}
	return l.lookupType(name, t)
}

// foldKey is Key after mapping traditional characters to simplified ones,
// so that 臉書 and 脸书 look up the same entry.
func foldKey(s string) string {
	return Key(toSimplified(s))
}

// toSimplified maps the traditional characters of tradToSimp and leaves
// every other rune alone; byte lengths may change.
func toSimplified(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if m, ok := tradToSimp[r]; ok {
			r = m
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRune is the rune the matcher compares: simplified, NFKC width-folded
// and lower-cased.
func foldRune(r rune) rune {
	if m, ok := tradToSimp[r]; ok {
		r = m
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		r = r - 0xFF01 + '!'
	}
	return unicode.ToLower(r)
}

// isJoiner reports runes that the matcher skips inside a name, so that
// "GPT 4", "GPT-4" and "GPT4" all match one form.
func isJoiner(r rune) bool {
	switch r {
	case ' ', '-', '·', '・', '•', '_', '\u00a0', '‧', '‐', '–':
		return true
	}
	return false
}

func isLatinAlnum(r rune) bool {
	return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// trieNode indexes surface forms by folded runes, joiners removed.
type trieNode struct {
	next  map[rune]*trieNode
	forms []trieForm // forms that end here
}

type trieForm struct {
	text  string
	entry *lexEntry
	exact bool // a plain word such as "Meta" or "Together": case must match
}

func (n *trieNode) add(form string, e *lexEntry) {
	form = norm.NFKC.String(form)
	runes := 0
	cur := n
	for _, r := range form {
		if isJoiner(r) {
			continue
		}
		r = foldRune(r)
		if cur.next == nil {
			cur.next = map[rune]*trieNode{}
		}
		nx := cur.next[r]
		if nx == nil {
			nx = &trieNode{}
			cur.next[r] = nx
		}
		cur = nx
		runes++
	}
	if runes == 0 {
		return
	}
	first, _ := utf8.DecodeRuneInString(form)
	if runes == 1 && !isLatinAlnum(first) {
		return // a lone Chinese character is never a safe name
	}
	for _, f := range cur.forms {
		if f.entry == e && (f.text == form || !(plainWord(f.text) || upperWord(f.text))) {
			return // the same form again, or one that already matches in any case
		}
	}
	if lowerLatin(form) {
		return // "the paper": a name is never written all in lower case
	}
	cur.forms = append(cur.forms, trieForm{text: form, entry: e, exact: plainWord(form) || upperWord(form)})
}

// plainWord reports a Latin form whose capitals all start words (Meta,
// Together, Hugging Face): such forms are also ordinary words, so they
// match only with the same case. Mixed-case forms (OpenAI, LLaMA) and
// Chinese forms match whatever the case.
func plainWord(s string) bool {
	latin, inner := false, false
	prevLetter := false
	for _, r := range s {
		if r >= 0x2E80 || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			latin = true
			if prevLetter && unicode.IsUpper(r) {
				inner = true
			}
		}
		prevLetter = unicode.IsLetter(r)
	}
	return latin && !inner
}

// upperWord reports an all-capital Latin form (BLOOM, DOGE): written
// otherwise it is an ordinary word (Bloom, doge).
func upperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 0x2E80 || unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// lowerLatin reports a Latin form with no capital and no digit.
func lowerLatin(s string) bool {
	if strings.HasPrefix(s, "@") {
		return false // a handle
	}
	for _, r := range s {
		if r >= 0x2E80 || unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lexMatch is a lexicon form found in a text.
type lexMatch struct {
	span
	forms []trieForm
}

// match returns the longest lexicon form starting at byte i of text, with
// word boundaries checked for Latin forms.
func (l *lexicon) match(text string, i int) (lexMatch, bool) {
	if l == nil {
		return lexMatch{}, false
	}
	first, _ := utf8.DecodeRuneInString(text[i:])
	if isJoiner(first) {
		return lexMatch{}, false
	}
	if isLatinAlnum(first) && i > 0 {
		prev, n := utf8.DecodeLastRuneInString(text[:i])
		if isLatinAlnum(prev) {
			return lexMatch{}, false
		}
		if (prev == '/' || prev == '.') && inURL(text[:i]) {
			return lexMatch{}, false // https://github.com/…: a link, not a mention
		}
		if prev == '-' && i-n > 0 {
			// inside a hyphenated name: Llama in DeepSeek-R1-Distill-Llama-70B
			if pp, _ := utf8.DecodeLastRuneInString(text[:i-n]); isLatinAlnum(pp) {
				return lexMatch{}, false
			}
		}
	}
	var best lexMatch
	found := false
	cur := l.trie
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isJoiner(r) && j > i {
			// a joiner may sit inside a form but never at its end
			j += size
			continue
		}
		if r == '\n' {
			break
		}
		nx := cur.next[foldRune(r)]
		if nx == nil {
			break
		}
		cur = nx
		j += size
		if len(cur.forms) == 0 {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(text[:j])
		if isLatinAlnum(last) && j < len(text) {
			nr, _ := utf8.DecodeRuneInString(text[j:])
			if isLatinAlnum(nr) {
				continue
			}
		}
		if j-i == 1 && j < len(text) && (text[j] == '-' || text[j] == '\'' || text[j] == '.' && j+1 < len(text) && isLatinAlnum(rune(text[j+1]))) {
			continue // X in X-ray or X.ai is not the one-letter name
		}
		if j-i == 1 && hasPrefixAny(text[j:], oneLetterCompounds) {
			continue // X射线, X光: the letter is part of a common word
		}
		var ok []trieForm
		for _, f := range cur.forms {
			if !f.exact || sameCase(f.text, text[i:j]) {
				ok = append(ok, f)
			}
		}
		if len(ok) > 0 {
			best = lexMatch{span: span{i, j}, forms: ok}
			found = true
		}
	}
	return best, found
}

// inURL reports text that ends inside a link: the run since the last
// space holds :// or www.
func inURL(before string) bool {
	k := strings.LastIndexAny(before, " \n\t（(“\"")
	run := before[k+1:]
	return strings.Contains(run, "://") || strings.HasPrefix(run, "www.")
}

// oneLetterCompounds are Chinese words a single Latin letter opens (X射线,
// X光): the letter there names nothing.
var oneLetterCompounds = []string{"射线", "射線", "光", "轴", "軸", "染色体", "染色體"}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// sameCase compares the letters of a form and of the matched text, joiners
// ignored.
func sameCase(form, text string) bool {
	strip := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			if !isJoiner(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	return strip(form) == strip(text)
}

// tradToSimp maps the traditional characters common in names of people,
// companies and products to their simplified forms. It is deliberately
// compact: the lexicon lists both forms of whole names, and this table
// only lets the rest of a name (門施, 蘭普爾, 輝達集團) meet its entry.
var tradToSimp = func() map[rune]rune {
	const pairs = "門门蘭兰爾尔羅罗臉脸書书輝辉達达歐欧華华為为騰腾訊讯們们個个來来時时後后說说對对開开關关學学國国際际會会發发" +
		"長长東东車车馬马魯鲁倫伦傑杰偉伟劉刘吳吴張张陳陈楊杨趙赵黃黄韓韩鄭郑謝谢馮冯鄧邓蕭萧葉叶許许蘇苏盧卢蔣蒋錢钱孫孙" +
		"葉叶賴赖顧顾龍龙萬万義义愛爱麗丽藝艺紐纽約约斯斯爾尔蘋苹凱凯頓顿遜逊納纳維维蓋盖雅雅諾诺貝贝爾尔塞塞羅罗" +
		"亞亚歷历勞劳溫温瓊琼頻频億亿雲云網网絡络數数據据實实驗验室室研研究究院院圖图靈灵機机器器腦脑語语聯联" +
		"軟软體体導导電电腦脑訓训練练應应用用雙双問问題题線线組组織织運运營营團团隊队專专項项產产業业務务領领" +
		"廣广場场麥麦喬乔艾艾倫伦漢汉譯译頭头條条騰腾訊讯鵝鹅螞蚂蟻蚁雜杂誌志報报導导紀纪錄录視视聽听廳厅" +
		"區区縣县鄉乡鎮镇灣湾臺台島岛嶺岭陸陆齊齐魏魏蕾蕾盟盟蘿萝莉莉絲丝瑪玛麗丽瑟瑟賽赛薩萨爾尔德德奧奥" +
		"蘭兰濤涛瀾澜鴻鸿鵬鹏鳳凤龜龟麟麟寧宁靜静鐵铁鋼钢銀银錦锦鏡镜鑫鑫閱阅隆隆階阶陽阳陰阴雞鸡難难" +
		"雙双雷雷霍霍韋韦順顺顏颜類类風风飛飞養养館馆驅驱驍骁體体髮发鬥斗魚鱼鳥鸟麼么黨党齒齿龐庞" +
		"傳传價价倉仓優优儲储兒儿內内兩两冊册凈净劃划動动勢势勵励匯汇協协參参雙双變变號号員员啟启" +
		"嗎吗嘆叹噸吨圍围堅坚執执報报場场塊块壞坏壓压夠够夢梦奪夺奮奋婦妇媽妈孫孙寶宝寫写審审寬宽" +
		"將将尋寻導导屆届層层屬属島岛崗岗師师帶带幣币幫帮廠厂廢废彈弹徑径從从復复徵征恆恒惡恶愛爱" +
		"態态慶庆憑凭懷怀戰战戶户擁拥擇择擊击擴扩擬拟據据攝摄敗败敘叙數数斷断昇升晉晋曉晓曆历會会" +
		"極极構构標标樂乐樣样橫横檢检權权歐欧歲岁歸归殺杀氣气漢汉濟济滬沪灣湾無无燈灯爭争牆墙獎奖" +
		"獨独獲获現现環环璽玺產产畫画當当療疗發发盡尽監监盤盘確确祿禄禮礼稱称穩稳競竞筆笔節节範范" +
		"簡简糧粮係系紅红級级納纳紙纸細细終终結结給给統统絲丝經经綠绿維维綜综網网緊紧線线編编緣缘" +
		"練练縮缩總总績绩繼继續续罷罢羅罗聖圣聞闻聲声聯联職职肅肃脅胁脫脱臨临與与舉举舊旧艙舱莊庄" +
		"華华萊莱薦荐虛虚號号衛卫補补裝装製制複复見见規规視视覺觉親亲觀观計计訂订認认討讨訪访設设" +
		"許许診诊詞词試试詩诗話话該该詳详誠诚誤误說说課课調调談谈請请論论諸诸謀谋講讲證证識识議议" +
		"護护讀读變变讓让貢贡財财貨货販贩責责貴贵費费貿贸資资賓宾賞赏賢贤質质購购賽赛贊赞贏赢趕赶" +
		"距距躍跃軍军軌轨載载輕轻輛辆輪轮輸输轉转辦办農农邊边遠远適适選选遺遗還还鄰邻醫医釋释針针" +
		"鈴铃鉅巨銳锐銷销鋒锋錄录錯错鍵键鐘钟鑒鉴閃闪閉闭閣阁闆板闖闯隨随險险隱隐雖虽雞鸡離离雜杂" +
		"電电靈灵響响頁页頂顶項项順顺須须預预領领頻频顆颗題题額额願愿顛颠類类顯显飯饭飽饱餘余驗验" +
		"騎骑驚惊髮发鬆松麵面點点齡龄龍龙創创術术碼码眾众憶忆處处聰聪獸兽礎础儀仪覽览擔担歡欢榮荣瑩莹譚谭鍾钟閻阎鄒邹嚴严賈贾鄺邝鄔邬錫锡瀋沈噹当並并" +
		// Common in cue words, titles and event triggers (於 基於, 記 記者, 評 評論), which
		// the vocabulary writes once in simplified characters.
		"餾馏記记輯辑評评習习僱雇祕秘週周洩泄籌筹併并訴诉訟讼狀状測测佈布辭辞簽签賣卖畢毕這这籤签謂谓譽誉貼贴採采繫系讚赞別别過过闡阐"
	m := map[rune]rune{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()
