package extract

import (
	"reflect"
	"testing"
	"time"
)

func TestFurniture(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"© 2012-2024 南岭数字传媒有限公司", true},
		{"*版权所有，本站稿件未经许可不得摘编或转载，违者依法追责。*", true},
		{"本文为星河号入驻作者在星河资讯发表，仅代表作者个人观点，不代表本平台的观点或立场。", true},
		{"- 报料热线: 010-86451234", true},
		{"网络视听节目许可证:44120230179", true},
		{"增值电信业务经营许可证：浙B2-20230518", true},
		{"责任编辑：王小明", true},
		{"林晓 发自 杭州", true},
		{"星河科技 | 公众号 XingheTech", true},
		{"![](https://example.com/a.png)", true},
		{"[1]https://example.org/notes/1", true},
		{"参考链接：", true},
		{"Share on X | Share on LinkedIn | Copy link", true},
		{"By Jane Doe", true},
		{"- +1", true},
		{"（编辑：王伟）", true},
		{"2024-03-19 08:30 来源：科技日报", true},
		{"扫码关注我们", true},
		{"Share this article: Mastodon | Bluesky | Email", true},
		{"[分享到QQ空间] [分享到豆瓣]", true},
		{"分享此文:Threads|LINE", true},
		{"2024年05月02日 09:15  来源:某某日报  作者:张小明", true},
		{"东海晚报 2024年05月02日 第B02版 | 记者 王晓 通讯员 李立", true},
		{"Sharing the weights, the lab said, was the point.", false},
		{"Related: How the new chip rules hit small labs", true},
		{"相关阅读：大模型价格战的下半场", true},
		{"Related research: the lab said it found nothing new, and the paper was withdrawn.", false},
		{"分享了他的看法。他说模型很好。", false},
		{"2024年5月2日，记者王晓在发布会上看到了新的模型。", false},
		{"2024年3月19日，英伟达发布了新芯片。", false},
		// content that only looks like furniture
		{"阿里云的模型中文能力很好，许可证也允许商用。", false},
		{"By keeping the weights private, the lab says it can stop misuse before it spreads.", false},
		{"火山引擎总裁谭待表示，豆包的日调用量已经突破万亿次。", false},
		{"Related research has shown the same effect.", false},
		{"Meta shared the model with researchers.", false},
		{"Photo: Getty Images", true},
		{"图片来源：视觉中国", true},
		{"Subscribe to the Pacific AI Daily newsletter for more.", true},
		{"Follow us on LinkedIn and Facebook.", true},
		{"本文来自微信公众号“星河科技观察”，作者：王晓东", true},
		{"（本文首发于钛媒体APP，作者｜张三）", true},
		{"Followers of the project say the photo was fake.", false},
		{"The photographer, Jane Roe, said the image: was real.", false},
		{"本文作者认为，模型很强。", false},
	}
	for _, tc := range tests {
		if got := isFurniture(tc.line); got != tc.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"他说：“开放才是道路。”随后离开。", []string{"他说：“开放才是道路。”", "随后离开。"}},
		{"价格下降了99.3%！用户翻倍？是的；没错", []string{"价格下降了99.3%！", "用户翻倍？", "是的；", "没错"}},
		{"The U.S. Commerce Department said no. Dr. Smith agreed.", []string{"The U.S. Commerce Department said no.", "Dr. Smith agreed."}},
		{"It fell 3.6 percent. John F. Kennedy spoke.", []string{"It fell 3.6 percent.", "John F. Kennedy spoke."}},
		{`"We agree," he said. "Fine."`, []string{`"We agree," he said.`, `"Fine."`}},
		{"Visit example.com today", []string{"Visit example.com today"}},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range splitSentences(tc.text, span{0, len(tc.text)}) {
			got = append(got, tc.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestParagraphsSkipFurnitureKeepOffsets(t *testing.T) {
	text := "标题\n\n  正文第一段。 \n© 2024 某某公司\n正文第二段。"
	var got []string
	for _, p := range paragraphs(text) {
		got = append(got, text[p.Start:p.End])
	}
	want := []string{"标题", "正文第一段。", "正文第二段。"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Meta发布了Llama 2，这是一个开源大模型。", "zh"},
		{"Meta released Llama 2, an open model, on Tuesday.", "en"},
		{"Amazon CEO Andy Jassy 表示", "zh"},
		{"", "en"},
	}
	for _, tc := range tests {
		if got := detectLang(tc.text); got != tc.want {
			t.Errorf("detectLang(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2023-11-03", time.Date(2023, 11, 3, 0, 0, 0, 0, time.UTC)},
		{"2023-11-03T08:00:00Z", time.Date(2023, 11, 3, 0, 0, 0, 0, time.UTC)},
		{"2023/11/03", time.Date(2023, 11, 3, 0, 0, 0, 0, time.UTC)},
		{"", time.Time{}},
		{"last week", time.Time{}},
	}
	for _, tc := range tests {
		if got := parsePublished(tc.in); !got.Equal(tc.want) {
			t.Errorf("parsePublished(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestPrepareKeepsTextAndDetects(t *testing.T) {
	x := fixtureExtractor(t)
	text := "Meta发布了Llama 2。扎克伯格表示满意。\n© 2024 某公司"
	doc := x.prepare(Doc{Text: text})
	if doc.text != text || doc.lang != "zh" {
		t.Fatalf("text or lang changed: %q %q", doc.text, doc.lang)
	}
	if len(doc.sentences) != 2 {
		t.Fatalf("sentences = %d, want 2 (the copyright line is furniture)", len(doc.sentences))
	}
	for _, tk := range doc.tokens {
		if tk.Start() < 0 || tk.End() > len(text) || tk.End() <= tk.Start() {
			t.Fatalf("token span %v does not read a word of the text", tk.sp())
		}
	}
}
