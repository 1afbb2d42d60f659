package extract

import (
	"slices"
	"strings"
	"testing"
)

type wantEvent struct {
	date     string
	kind     string
	involves []string // all of them, in any order
}

func TestEvents(t *testing.T) {
	tests := []eventCase{
		{"zh release with full date", "zh", "2023-11-03", "[百度|O]的[文心一言|M]于2023年3月16日首次亮相。",
			[]wantEvent{{"2023-03-16", EventRelease, []string{"百度", "文心一言"}}}},
		{"zh relative month", "zh", "2023-11-03", "最早一代[Claude|M]亮相于今年3月。",
			[]wantEvent{{"2023-03", EventRelease, []string{"Claude"}}}},
		{"zh leading date dates the sentence", "zh", "2023-11-03", "到今年9月，[百川智能|O]已经陆续发布了[Baichuan 2|M]。",
			[]wantEvent{{"2023-09", EventRelease, []string{"百川智能", "Baichuan 2"}}}},
		{"zh date of a model is its release", "zh", "2023-11-03", "紧接着是9月的[Mistral 7B|M]。",
			[]wantEvent{{"2023-09", EventRelease, []string{"Mistral 7B"}}}},
		{"zh founding", "zh", "2023-11-03", "[DeepMind|O]成立于2010年。",
			[]wantEvent{{"2010", EventFounding, []string{"DeepMind"}}}},
		{"zh anniversary is no founding", "zh", "2023-11-03", "2023年，[FAIR|O]迎来成立10周年。",
			[]wantEvent{{"2023", EventAnniversary, []string{"FAIR"}}}},
		{"zh funding twice in one sentence", "zh", "2023-12-10", "[月之暗面|O]於今年3月創立，10月間又籌集了數億美元。",
			[]wantEvent{{"2023-03", EventFounding, []string{"月之暗面"}}, {"2023-10", EventFunding, []string{"月之暗面"}}}},
		{"zh conference with pronoun", "zh", "2023-11-03", "[杨植麟|P|m]很看重长文本。他在今年10月的创新大会上表示，长上下文是下一个突破口。",
			[]wantEvent{{"2023-10", EventConference, []string{"杨植麟"}}}},
		{"zh leak", "zh", "2023-11-03", "今年3月，有网友在[4chan|O]上泄露了[Llama|M]的权重文件。",
			[]wantEvent{{"2023-03", EventLeak, []string{"Llama", "4chan"}}}},
		{"zh acquisition", "zh", "2024-03-01", "[微软|O]去年以100亿美元收购了[Inflection|O]的团队。",
			[]wantEvent{{"2023", EventAcquisition, []string{"微软", "Inflection"}}}},
		{"zh last week's monday", "zh", "2025-01-27", "[深度求索|O]上周一发布了推理模型[DeepSeek-R1|M]。",
			[]wantEvent{{"2025-01-20", EventRelease, []string{"深度求索", "DeepSeek-R1"}}}},
		{"zh plans are no events", "zh", "2024-06-15", "[韩书言|P|m]：今年下半年我们会推出多模态版本。", nil},
		{"zh a reporter takes no part", "zh", "2024-06-15", "[赵启明|P|m]回忆说，2023年国内有上百家公司推出大模型。", nil},
		{"zh no date no event", "zh", "2024-06-15", "[阿里云|O]发布了[Qwen2|M]。", nil},
		{"zh no entity no event", "zh", "2024-06-15", "今年5月，一家初创公司发布了新模型。", nil},
		{"zh a date without a year takes the year named before it", "zh", "2025-02-10", "2023年3月14日，[OpenAI|O]推出[GPT-4|M]；3月16日，[百度|O]发布了[文心一言|M]。",
			[]wantEvent{{"2023-03-14", EventLaunch, []string{"OpenAI", "GPT-4"}}, {"2023-03-16", EventRelease, []string{"百度", "文心一言"}}}},
		{"zh 同年 across paragraphs", "zh", "2025-02-10", "2023年7月18日，[Meta|O]发布[Llama 2|M]。\n同年11月，[OpenAI|O]发布了[GPT-4 Turbo|M]。",
			[]wantEvent{{"2023-07-18", EventRelease, []string{"Meta", "Llama 2"}}, {"2023-11", EventRelease, []string{"OpenAI", "GPT-4 Turbo"}}}},
		{"zh a yearless date in a new paragraph is this year's", "zh", "2025-02-10", "2023年7月18日，[Meta|O]发布[Llama 2|M]。\n1月20日，[深度求索|O]发布[DeepSeek-R1|M]。",
			[]wantEvent{{"2023-07-18", EventRelease, []string{"Meta", "Llama 2"}}, {"2025-01-20", EventRelease, []string{"深度求索", "DeepSeek-R1"}}}},
		{"zh a week after the date before", "zh", "2025-02-10", "今年1月20日，[深度求索|O]发布[DeepSeek-R1|M]。一周后，[英伟达|O]股价单日下跌约17%。",
			[]wantEvent{{"2025-01-20", EventRelease, []string{"深度求索", "DeepSeek-R1"}}, {"2025-01-27", EventOther, []string{"英伟达"}}}},
		{"zh plan with a long gap", "zh", "2025-02-10", "另据报道，[OpenAI|O]计划在今年晚些时候推出[GPT-5|M]。", nil},
		{"en a day later", "en", "2024-06-14", "[Mistral AI|O] raised 600 million euros on June 11, 2024. A day later, [Nvidia|O] shares rose.",
			[]wantEvent{{"2024-06-11", EventFunding, []string{"Mistral AI"}}, {"2024-06-12", EventOther, []string{"Nvidia"}}}},
		{"en a weekday does not set the year of a month", "en", "2024-02-27", "[Mistral AI|O] on Monday released [Mistral Large|M]. Unlike [Mixtral 8x7B|M], released in December, it has no open weights.",
			[]wantEvent{{"2024-02-26", EventRelease, []string{"Mistral AI", "Mistral Large"}}, {"2023-12", EventRelease, []string{"Mixtral 8x7B"}}}},
		{"en a sentence dated to the day", "en", "2026-02-28", "[Mistral AI|O] on Friday hit out at the [European Commission|O].",
			[]wantEvent{{"2026-02-27", EventOther, []string{"Mistral AI", "European Commission"}}}},
		{"en speech dated to the day is no event", "en", "2026-02-28", "[Jensen Huang|P|m] took the chipmakers' side on Friday, saying the export rules were a mistake.", nil},
		{"zh a milestone of users", "zh", "2023-11-03", "[Kimi|M]到今年10月已经拥有1000万用户。",
			[]wantEvent{{"2023-10", EventOther, []string{"Kimi"}}}},
		{"en launch last week", "en", "2024-04-24", "[Microsoft|O] launched [Phi-3|M] last week.",
			[]wantEvent{{"2024-04", EventLaunch, []string{"Microsoft", "Phi-3"}}}},
		{"en issued last month", "en", "2026-02-28", "New guidance issued by the [Commerce Department|O] last month tightens the export rules.",
			[]wantEvent{{"2026-01", EventOther, []string{"Commerce Department"}}}},
		{"en lawsuit", "en", "2024-03-05", "[Elon Musk|P|m] sued [OpenAI|O] on Friday in a California court.",
			[]wantEvent{{"2024-03-01", EventLawsuit, []string{"Elon Musk", "OpenAI"}}}},
		{"en funding", "en", "2023-12-10", "In June 2023, [Mistral AI|O] raised 105 million euros.",
			[]wantEvent{{"2023-06", EventFunding, []string{"Mistral AI"}}}},
		{"en plan is no event", "en", "2024-04-24", "[Meta|O] will release [Llama 4|M] next month.", nil},
		{"en agreed to acquire, dated by the weekday", "en", "2024-08-08", "[Orbit Robotics|O] said on Monday it had agreed to acquire [Pebble Vision|O] for $90 million.",
			[]wantEvent{{"2024-08-05", EventAcquisition, []string{"Orbit Robotics", "Pebble Vision"}}}},
		{"en agreed to invest in a leading month", "en", "2024-08-08", "In May, [Microsoft|O] agreed to invest $1.5 billion in [G42|O].",
			[]wantEvent{{"2024-05", EventFunding, []string{"Microsoft", "G42"}}}},
		{"en two verbs, each with the date after it", "en", "2024-08-08", "[Pebble Vision|O] was founded in 2019 and raised $12 million last year in a round led by [Acorn Capital|O].",
			[]wantEvent{{"2019", EventFounding, []string{"Pebble Vision"}}, {"2023", EventFunding, []string{"Pebble Vision", "Acorn Capital"}}}},
		{"en a founding with no name of its own", "en", "2024-08-08", "It was founded in 2019 and raised $12 million last year from [Acorn Capital|O].",
			[]wantEvent{{"2023", EventFunding, []string{"Acorn Capital"}}}},
		{"en moved from one model to another", "en", "2024-08-08", "[Ledgerwise|O] moved from [GPT-4|M] to [Claude 3 Opus|M] in March.",
			[]wantEvent{{"2024-03", EventOther, []string{"Ledgerwise", "GPT-4", "Claude 3 Opus"}}}},
		{"en a report published last month", "en", "2024-08-08", "[Gartner|O]'s survey, published last month, found few agents in production.",
			[]wantEvent{{"2024-07", EventRelease, []string{"Gartner"}}}},
		{"zh press briefing", "zh", "2025-08-06", "[北京市网信办|O]昨天召开新闻通气会。",
			[]wantEvent{{"2025-08-05", EventConference, []string{"北京市网信办"}}}},
		{"zh a project started", "zh", "2025-04-09", "[天工计划|M]自前年啟動以來，已有百家单位申请授权。",
			[]wantEvent{{"2023", EventLaunch, []string{"天工计划"}}}},
		{"zh a plan after a name with 计划 in it is still a plan", "zh", "2025-04-09", "[天工计划|M]的团队计划明年推出新版本。", nil},
		{"zh an incident and a takedown", "zh", "2025-04-09", "前年10月，[华北大学|O]在[清言-7B|M]事件后将其下架。",
			[]wantEvent{{"2023-10", EventOther, []string{"清言-7B", "华北大学"}}}},
		{"zh a visit", "zh", "2025-04-09", "[英伟达|O]CEO[黄仁勋|P|m]去年來台时多次强调主权AI。",
			[]wantEvent{{"2024", EventOther, []string{"英伟达", "黄仁勋"}}}},
		{"zh leaving a job", "zh", "2025-06-18", "[李明|P|m]曾是[字节跳动|O]的工程师，去年离职创业。",
			[]wantEvent{{"2024", EventOther, []string{"李明", "字节跳动"}}}},
		{"zh weights put out", "zh", "2024-09-20", "[青松实验室|O]昨天放出了[青松-2|M]模型。",
			[]wantEvent{{"2024-09-19", EventRelease, []string{"青松实验室", "青松-2"}}}},
		{"en wire-style weekday after the verb", "en", "2025-11-05", "[Orbit Robotics|O] bought [Pebble Vision|O], the company said Tuesday.",
			[]wantEvent{{"2025-11-04", EventAcquisition, []string{"Orbit Robotics", "Pebble Vision"}}}},
		{"en rules took effect", "en", "2024-09-01", "The [European Commission|O]'s rules took effect on Aug. 1, 2024.",
			[]wantEvent{{"2024-08-01", EventOther, []string{"European Commission"}}}},
		{"en founded a few years ago", "en", "2025-11-05", "[Pebble Vision|O] was founded three years ago in Lyon.",
			[]wantEvent{{"2022", EventFounding, []string{"Pebble Vision"}}}},
		{"zh tw wire date", "zh", "2025-03-10", "[鴻海研究院|O]今（10）日宣布推出[FoxLeaf|M]。",
			[]wantEvent{{"2025-03-10", EventLaunch, []string{"鴻海研究院", "FoxLeaf"}}}},
		{"zh opened to the public", "zh", "2024-06-15", "[星桥助手|M]于去年8月31日起向全社会开放。",
			[]wantEvent{{"2023-08-31", EventLaunch, []string{"星桥助手"}}}},
		{"zh 开源 as a verb is a release", "zh", "2024-09-20", "[阿里云|O]昨天开源[Qwen2.5|M]系列。",
			[]wantEvent{{"2024-09-19", EventRelease, []string{"阿里云", "Qwen2.5"}}}},
		{"zh 开源 as a noun is none", "zh", "2024-09-20", "[星桥实验室|O]成立于2019年，当初强调开源、开放研究。",
			[]wantEvent{{"2019", EventFounding, []string{"星桥实验室"}}}},
		{"zh 开源模型 is no release", "zh", "2024-09-20", "今年5月，[星桥实验室|O]的开源模型下载量翻倍。", nil},
		{"zh public beta", "zh", "2024-09-20", "[星桥助手|M]上周开启公测。",
			[]wantEvent{{"2024-09", EventLaunch, []string{"星桥助手"}}}},
		{"zh an investment received", "zh", "2024-09-20", "[星桥实验室|O]今年3月获得[红杉中国|O]的投资。",
			[]wantEvent{{"2024-03", EventFunding, []string{"星桥实验室", "红杉中国"}}}},
		{"en presented at a conference", "en", "2026-02-19", "The paper was presented by [MIT|O] researchers in January.",
			[]wantEvent{{"2026-01", EventRelease, []string{"MIT"}}}},
		{"en two happenings on one day in one sentence", "en", "2025-11-05", "On Monday, [Orbit Robotics|O] released [Orion Mini|M] and [Pebble Vision|O] launched [Pebble Eye|M].",
			[]wantEvent{{"2025-11-03", EventRelease, []string{"Orbit Robotics", "Orion Mini"}}, {"2025-11-03", EventLaunch, []string{"Pebble Vision", "Pebble Eye"}}}},
		{"zh a later clause with a happening of its own lends no names", "zh", "2025-08-06", "北京某机构昨天召开通气会，就[国家网信办|O]上月发布的《办法》作出说明。",
			[]wantEvent{{"2025-07", EventRelease, []string{"国家网信办"}}}},
		{"zh a later clause without one does", "zh", "2025-08-06", "在昨天的通气会上，[柏文涛|P|m]介绍了落实情况。",
			[]wantEvent{{"2025-08-05", EventConference, []string{"柏文涛"}}}},
		{"en founded as a modifier of a person is no founding without a date", "en", "2024-08-08", "[Jane Roe|P|f], who founded [Acorn Capital|O], said the round closed quickly.", nil},
		{"same event in two sentences merges", "zh", "2023-11-03", "[Meta|O]在今年7月发布了[Llama 2|M]。[微软|O]和[Meta|O]于2023年7月18日正式发布[Llama 2|M]。",
			[]wantEvent{{"2023-07-18", EventRelease, []string{"Meta", "Llama 2", "微软"}}}},
		{"same day conference and release merge", "zh", "2023-10-18", "10月17日，[百度|O]在北京举办百度世界大会，发布[文心大模型4.0|M]。",
			[]wantEvent{{"2023-10-17", EventConference, []string{"百度", "文心大模型4.0"}}}},
	}
	runEventCases(t, tests)
}

// eventCase is one marked-up text (see markup) and the events the event
// stage must find in it, in order.
type eventCase struct {
	name      string
	lang      string
	published string
	src       string
	want      []wantEvent
}

// runEventCases runs the event stage on each case and compares date, kind
// and participants (in any order); every event must have a name.
func runEventCases(t *testing.T, tests []eventCase) {
	t.Helper()
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := x.events(markup(t, tc.lang, tc.published, tc.src))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events, want %d:\n%s", len(got), len(tc.want), dumpEvents(got))
			}
			for i, w := range tc.want {
				g := got[i]
				a := append([]string{}, g.Involves...)
				slices.Sort(a)
				b := append([]string{}, w.involves...)
				slices.Sort(b)
				if g.Date != w.date || g.Kind != w.kind || !slices.Equal(a, b) || g.Name == "" {
					t.Errorf("event %d = %s\nwant %s %s %v", i, dumpEvents(got[i:i+1]), w.date, w.kind, w.involves)
				}
			}
		})
	}
}

func dumpEvents(es []Event) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Date + " " + e.Kind + " " + e.Name + " [" + strings.Join(e.Involves, ", ") + "]\n")
	}
	return b.String()
}
