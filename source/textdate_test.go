package source

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHeaderDate(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"labelled zh", "模型发布会举行\n发布于：2025-08-08 10:31\n正文。", "2025-08-08"},
		{"labelled zh traditional, CJK date", "標題\n發布時間：2024年5月2日\n正文。", "2024-05-02"},
		{"labelled en", "A Lab Opens\nPublished March 3, 2025\nBody.", "2025-03-03"},
		{"updated with abbreviation", "A Lab Opens\nUpdated Jan. 5, 2026, 10:00 AM\nBody.", "2026-01-05"},
		{"date line", "标题\n2024年5月2日 10:20 示例网\n正文。", "2024-05-02"},
		{"wire dateline", "LISBON, Oct. 2, 2024 /ExampleWire/ -- Acme opened a lab.", "2024-10-02"},
		{"wire dateline, September", "OSLO, Sept. 9, 2023 (Example) - Text.", "2023-09-09"},
		// Must not fire: a date in running text is not the article's date.
		{"date in a sentence", "Acme Grows\nIn March 2016 Acme was founded in Lisbon on March 3, 2016.\nBody.", ""},
		{"zh date in a sentence", "标题\n该公司于2023年3月1日发布了模型。\n正文。", ""},
		{"invalid date", "标题\n发布时间：2024-02-31\n正文。", ""},
		{"too far down", "a\nb\nc\nd\ne\nf\n发布时间：2024-05-02\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headerDate(tt.in); got != tt.want {
				t.Errorf("headerDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHeadOfLongText(t *testing.T) {
	long := "发布时间：2024-05-02\n" + strings.Repeat("长", 5000) // one line far over the head
	if got := headerDate(headOf(long)); got != "2024-05-02" {
		t.Errorf("date of a long text = %q", got)
	}
	h := headOf(strings.Repeat("长", 5000))
	if !utf8.ValidString(h) || len(h) > headBytes {
		t.Errorf("head of a line with no end: %d bytes, valid %v", len(h), utf8.ValidString(h))
	}
	if a := textArticle(strings.Repeat("word ", 100000)); a.Title == "" || len(a.Title) > 200 {
		t.Errorf("title of a text with no line end: %q", a.Title)
	}
}

func TestWithDatelineDay(t *testing.T) {
	tests := []struct{ name, published, text, want string }{
		{"day from the dateline, month from context", "2024-03", "標題\n（示例社記者王明台北19日電）研究團隊今天發表新模型。", "2024-03-19"},
		{"simplified, foreign-news form", "2023-09", "标题\n（示例社东京5日综合外电报道）某公司发布模型。", "2023-09-05"},
		{"a full date is kept", "2024-03-02", "（示例社記者王明台北19日電）正文。", "2024-03-02"},
		{"no dateline", "2024-03", "标题\n正文没有电头。", "2024-03"},
		{"an impossible day keeps the month", "2024-02", "（示例社記者王明台北31日電）正文。", "2024-02"},
	}
	for _, tt := range tests {
		if got := withDatelineDay(tt.published, tt.text); got != tt.want {
			t.Errorf("%s: withDatelineDay(%q) = %q, want %q", tt.name, tt.published, got, tt.want)
		}
	}
}
