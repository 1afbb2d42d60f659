package extract

import (
	"slices"
	"testing"
)

// TestEventsLeadAndMoreTriggers covers the headline and lead dated by the
// article, the English leading date, capitalised words inside a sentence,
// the wire dateline's day, and the extra trigger words.
func TestEventsLeadAndMoreTriggers(t *testing.T) {
	tests := []struct {
		name      string
		lang      string
		published string
		src       string
		want      []wantEvent
	}{
		{"en headline dated by the article", "en", "2025-05-10",
			"[Orbit Robotics|O] Raises $40 Million\nThe money will go to hiring.\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventFunding, []string{"Orbit Robotics"}}}},
		{"en lead sentence dated by the article", "en", "2025-05-10",
			"A new round for robots\n[Orbit Robotics|O] has raised $40 million in a round led by [Acorn Capital|O].\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventFunding, []string{"Orbit Robotics", "Acorn Capital"}}}},
		{"en an undated verb deeper in the body is no event", "en", "2025-05-10",
			"A new round for robots\nThe market is busy.\nLater on, [Orbit Robotics|O] raised $40 million from [Acorn Capital|O].",
			nil},
		{"en the headline retells the news the body dates", "en", "2025-05-10",
			"[Orbit Robotics|O] Buys [Pebble Vision|O]\n[Orbit Robotics|O] said on Thursday it had acquired [Pebble Vision|O].\nMore news follows.",
			[]wantEvent{{"2025-05-08", EventAcquisition, []string{"Orbit Robotics", "Pebble Vision"}}}},
		{"en a headline plan is no event", "en", "2025-05-10",
			"[Orbit Robotics|O] will launch [Orbit One|M]\nThe company gave no date.\nMore news follows.", nil},
		{"en a date late in the sentence dates its own verb only", "en", "2025-05-10",
			"The launch of [Orbit One|M] comes shortly after [Pebble Vision|O] unveiled [Pebble Eye|M] in early April.",
			[]wantEvent{{"2025-04", EventRelease, []string{"Pebble Vision", "Pebble Eye"}}}},
		{"en a capitalised trigger inside a sentence is a title", "en", "2025-05-10",
			"It ran on May 5, 2025, in print as 'Orbit Buys Pebble'.", nil},
		{"en capitalised at the start of a sentence", "en", "2025-05-10",
			"Founded in 2019, [Pebble Vision|O] builds inspection models.",
			[]wantEvent{{"2019", EventFounding, []string{"Pebble Vision"}}}},
		{"en fired", "en", "2025-05-10",
			"[Orbit Robotics|O] fired its chief executive [John Doe|P|m] on Friday.",
			[]wantEvent{{"2025-05-09", EventPersonnel, []string{"Orbit Robotics", "John Doe"}}}},
		{"en revealed", "en", "2025-05-10",
			"In 2020 [Pebble Vision|O] revealed [Pebble Eye|M], a model for welds.",
			[]wantEvent{{"2020", EventRelease, []string{"Pebble Vision", "Pebble Eye"}}}},
		{"en was formed", "en", "2025-05-10",
			"[Pebble Vision|O] was formed in 2016 by a group of engineers.",
			[]wantEvent{{"2016", EventFounding, []string{"Pebble Vision"}}}},
		{"en valued at", "en", "2025-05-10",
			"[Pebble Vision|O] was valued at $2 billion in 2021.",
			[]wantEvent{{"2021", EventFunding, []string{"Pebble Vision"}}}},
		{"zh listing", "zh", "2025-05-10", "[星桥实验室|O]去年12月在港上市。",
			[]wantEvent{{"2024-12", EventListing, []string{"星桥实验室"}}}},
		{"zh a listed company is no listing", "zh", "2025-05-10", "[星桥实验室|O]去年成为一家上市公司。", nil},
		{"zh award", "zh", "2025-05-10", "[李明|P|m]2019年获得图灵奖。",
			[]wantEvent{{"2019", EventAward, []string{"李明"}}}},
		{"zh hire", "zh", "2025-05-10", "今年3月，[星桥实验室|O]从[青松科技|O]挖走了[王芳|P|f]。",
			[]wantEvent{{"2025-03", EventPersonnel, []string{"星桥实验室", "青松科技", "王芳"}}}},
		{"zh degree", "zh", "2025-05-10", "[王芳|P|f]于2014年在[北方大学|O]取得博士学位。",
			[]wantEvent{{"2014", EventOther, []string{"王芳", "北方大学"}}}},
		{"zh 今天 is the dateline's day", "zh", "2025-10-20",
			"（中央社記者某某舊金山19日專電）[星桥实验室|O]今天推出[星桥助手|M]。\n第二段。",
			[]wantEvent{{"2025-10-19", EventLaunch, []string{"星桥实验室", "星桥助手"}}}},
		{"zh headline", "zh", "2025-10-20",
			"[星桥实验室|O]宣布完成新一轮融资\n据介绍，资金将用于研发。\n第三段。",
			[]wantEvent{{"2025-10-20", EventFunding, []string{"星桥实验室"}}}},
		{"zh a duration after 成立 is no founding", "zh", "2025-05-10",
			"成立 2 年，[星桥实验室|O]被收购\n据介绍，交易已完成。\n第三段。",
			[]wantEvent{{"2025-05-10", EventAcquisition, []string{"星桥实验室"}}}},
		{"zh a lettered round is funding", "zh", "2025-05-10", "[星桥实验室|O]在2021年完成了B轮。",
			[]wantEvent{{"2021", EventFunding, []string{"星桥实验室"}}}},
		{"zh sanctions", "zh", "2025-05-10", "2019年，[美国商务部|O]对[星桥实验室|O]实施制裁。",
			[]wantEvent{{"2019", EventOther, []string{"美国商务部", "星桥实验室"}}}},
		{"zh an announcement of a plan is an event", "zh", "2025-05-10", "[星桥实验室|O]昨天宣布将推出[星桥助手|M]。",
			[]wantEvent{{"2025-05-09", EventOther, []string{"星桥实验室", "星桥助手"}}}},
		{"en what came since a date is not dated by it", "en", "2024-06-01", "[Orbit Robotics|O] was founded in 2021 and has since raised $400 million.",
			[]wantEvent{{"2021", EventFounding, []string{"Orbit Robotics"}}}},
		{"zh a source clause dates neither the data it cites nor the clauses after it", "zh", "2025-05-10",
			"根据去年[星桥实验室|O]公布的数据，其用户已经很多，目前总计拿了5亿元的融资。", nil},
		{"zh a leading date with a happening of its own keeps to its clause", "zh", "2025-05-10",
			"去年[星桥实验室|O]公布了数据，其用户已经很多，目前总计拿了5亿元的融资。",
			[]wantEvent{{"2024", EventRelease, []string{"星桥实验室"}}}},
		{"en a date a comma closes off belongs to the verb before", "en", "2025-06-15",
			"[Lena Park|P], who founded [Orbit Robotics|O] in 2016, stepped down as its chief executive.",
			[]wantEvent{{"2016", EventFounding, []string{"Lena Park", "Orbit Robotics"}}}},
		{"en the agency of a wire dateline takes no part", "en", "2024-10-03",
			"SAN FRANCISCO, Oct 2 ([Reuters|O]) - [Orbit Robotics|O] said on Wednesday it had raised $50 million.",
			[]wantEvent{{"2024-10-02", EventFunding, []string{"Orbit Robotics"}}}},
		{"zh a launch and a release of one model in one month are one happening", "zh", "2024-06-04",
			"2023年3月，[百度|O]率先推出[文心一言|M]，成为国内首个发布的大模型产品。",
			[]wantEvent{{"2023-03", EventLaunch, []string{"百度", "文心一言"}}}},
		{"zh 获得 several investors' 投资", "zh", "2024-06-04", "去年，[智谱AI|O]先后获得[美团|O]、[阿里巴巴|O]、[腾讯|O]等机构的投资。",
			[]wantEvent{{"2023", EventFunding, []string{"智谱AI", "美团", "阿里巴巴", "腾讯"}}}},
		{"en announced where the deal itself has no date", "en", "2025-07-10",
			"That is what happened with [Orbit Robotics|O]' buy of [Pebble Vision|O], announced in late June.",
			[]wantEvent{{"2025-06", EventOther, []string{"Pebble Vision"}}}},
		{"zh 董事会 is a board, not 会 of the future", "zh", "2024-12-04", "去年，当[王明|P|m]被[星桥实验室|O]董事会解雇时，员工很震惊。",
			[]wantEvent{{"2023", EventPersonnel, []string{"王明", "星桥实验室"}}}},
		{"zh 会 before the verb is still a plan", "zh", "2024-12-04", "[星桥实验室|O]明年会推出[星桥助手|M]。", nil},
		{"en a description of the company named before", "en", "2023-12-12",
			"[Pebble Vision|O] is a rare success. In June, the young Dutch company made headlines by raising €42 million.",
			[]wantEvent{{"2023-06", EventFunding, []string{"Pebble Vision"}}}},
		{"en it opening the clause", "en", "2023-12-12",
			"[Pebble Vision|O] is a rare success. On Monday, December 11, it closed a new round of financing.",
			[]wantEvent{{"2023-12-11", EventFunding, []string{"Pebble Vision"}}}},
		{"en it as an object is no subject", "en", "2023-12-12",
			"[Pebble Vision|O] is a rare success. On Monday, investors said they funded it in a round of financing.", nil},
		{"zh the wire agency in the dateline takes no part", "zh", "2025-06-14",
			"（[中央社|O]記者某某台北14日電）[星桥实验室|O]今天召開記者會。\n第二段。",
			[]wantEvent{{"2025-06-14", EventConference, []string{"星桥实验室"}}}},
		{"zh X推出的Y is a description, not dated by the sentence", "zh", "2025-06-14",
			"[星桥实验室|O]今天召開記者會，介紹以[青松-2|M]（[青松科技|O]推出的模型）為基礎的成果。",
			[]wantEvent{{"2025-06-14", EventConference, []string{"星桥实验室"}}}},
		{"zh a bare leading date still dates X发布的Y", "zh", "2025-03-20", "2023年9月，[星桥实验室|O]发布的[星桥-7B|M]引发热议。",
			[]wantEvent{{"2023-09", EventRelease, []string{"星桥实验室", "星桥-7B"}}}},
		{"en a leading month, a name and a past verb", "en", "2026-03-20", "In February, [Orbit Robotics Labs|O] detailed its plans for a humanoid robot.",
			[]wantEvent{{"2026-02", EventOther, []string{"Orbit Robotics Labs"}}}},
		{"en a leading month before speech is no event", "en", "2026-03-20", "In February, [Orbit Robotics|O] said the robot was ready.", nil},
		{"en a month late in the sentence is no leading date", "en", "2026-03-20", "[Orbit Robotics|O] detailed its plans, first shown in February.", nil},
		{"en since its release", "en", "2026-03-20", "[Orbit One|M] has drawn millions of users since its release in November 2025.",
			[]wantEvent{{"2025-11", EventRelease, []string{"Orbit One"}}}},
		{"en created", "en", "2026-03-20", "In 2019, [Jane Roe|P|f] created [Orbit One|M] at a small lab.",
			[]wantEvent{{"2019", EventRelease, []string{"Jane Roe", "Orbit One"}}}},
		{"en testimony", "en", "2026-03-20", "[Jane Roe|P|f] testified before the [Senate Commerce Committee|O] on Wednesday.",
			[]wantEvent{{"2026-03-18", EventHearing, []string{"Jane Roe", "Senate Commerce Committee"}}}},
		{"en went public", "en", "2026-03-20", "[Orbit Robotics|O] went public on the Nasdaq in June.",
			[]wantEvent{{"2025-06", EventListing, []string{"Orbit Robotics"}}}},
		{"zh 将 before an object is no future", "zh", "2025-03-20", "去年12月，[美国财政部|O]将其列入投资限制清单。",
			[]wantEvent{{"2024-12", EventOther, []string{"美国财政部"}}}},
		{"zh 将 before a verb is a plan", "zh", "2025-03-20", "[星桥实验室|O]将于明年推出[星桥助手|M]。", nil},
		{"zh a description of the company named before", "zh", "2025-12-20", "[星桥实验室|O]原定在港上市。这家被誉为独角兽的科技企业在今年9月3日开始接受认购。",
			[]wantEvent{{"2025-09-03", EventFunding, []string{"星桥实验室"}}}},
		{"zh a source tag takes no part and is no subject", "zh", "2025-12-20", "（某某新聞網）[星桥实验室|O]是一家科技公司。这家科技企业在今年9月3日开始接受认购。\n第二段。",
			[]wantEvent{{"2025-09-03", EventFunding, []string{"星桥实验室"}}}},
		{"zh on the road", "zh", "2025-12-20", "[星桥实验室|O]的无人车5月已在北京上路。",
			[]wantEvent{{"2025-05", EventLaunch, []string{"星桥实验室"}}}},
		{"zh an interview", "zh", "2025-12-20", "[王明|P|m]8月31日接受[北方日报|O]采访。",
			[]wantEvent{{"2025-08-31", EventOther, []string{"王明", "北方日报"}}}},
		{"en the giant named before takes part with its model", "en", "2022-05-10",
			"[Orbit Robotics|O] is a chip company. In early May 2022, the chip giant released [Orbit One|M].",
			[]wantEvent{{"2022-05", EventRelease, []string{"Orbit Robotics", "Orbit One"}}}},
		{"en headline in the present: appoints", "en", "2025-05-10",
			"[Orbit Robotics|O] Appoints [Jane Roe|P|f] as Chief Executive\nThe board met for hours.\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventPersonnel, []string{"Orbit Robotics", "Jane Roe"}}}},
		{"en headline in the present: goes public", "en", "2025-05-10",
			"[Orbit Robotics|O] Goes Public on the Nasdaq\nShares opened higher.\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventListing, []string{"Orbit Robotics"}}}},
		{"zh a problem cracked", "zh", "2025-05-10", "年初，[星桥实验室|O]的模型解决了一道数学难题。",
			[]wantEvent{{"2025", EventOther, []string{"星桥实验室"}}}},
		{"zh a problem still to solve is none", "zh", "2025-05-10", "今年3月，[星桥实验室|O]的团队想要解决这个问题。", nil},
		{"zh studies completed", "zh", "2025-05-10", "[王芳|P|f]2018年在[北方大学|O]完成学业。",
			[]wantEvent{{"2018", EventOther, []string{"王芳", "北方大学"}}}},
		{"en a year before the noun", "en", "2025-05-10", "[Orbit Robotics|O]'s 2022 acquisition of [Pebble Vision|O] doubled its staff.",
			[]wantEvent{{"2022", EventAcquisition, []string{"Orbit Robotics", "Pebble Vision"}}}},
		{"en a participle in the lead describes, it tells nothing", "en", "2025-05-10",
			"A new round\n[Orbit Robotics|O], the startup founded by [Jane Roe|P|f], has raised $40 million.\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventFunding, []string{"Orbit Robotics", "Jane Roe"}}}},
		{"en a passive in the lead still tells", "en", "2025-05-10",
			"A sudden exit\n[Jane Roe|P|f] was fired by [Orbit Robotics|O].\nMore news follows.",
			[]wantEvent{{"2025-05-10", EventPersonnel, []string{"Jane Roe", "Orbit Robotics"}}}},
		{"en removed with an adverb", "en", "2024-03-19", "In November, when [Jane Roe|P|f] was temporarily removed, [Orbit Robotics|O] went through a restructure.",
			[]wantEvent{{"2023-11", EventPersonnel, []string{"Jane Roe", "Orbit Robotics"}}}},
	}
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
