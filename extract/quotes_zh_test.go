package extract

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// runZhQuoteCases checks speakers, kinds, texts and cues of each case.
func runZhQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	checkQuoteCasesIn(t, "zh", tests)
}

// sorted is a sorted copy of s.
func sorted(s []string) []string {
	out := append([]string{}, s...)
	slices.Sort(out)
	return out
}

func TestFoldZhKeepsOffsets(t *testing.T) {
	for a, b := range zhFoldMap {
		if utf8.RuneLen(a) != utf8.RuneLen(b) {
			t.Errorf("%c -> %c changes the length", a, b)
		}
	}
	in := "她在臉書寫道，強調了預測。"
	if got := foldZh(in); len(got) != len(in) || got != "她在脸书写道，强调了预测。" {
		t.Errorf("foldZh(%q) = %q", in, got)
	}
}

func TestZhQuoteCues(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"traditional cue on the folded view", "[許寧|P|m]強調，每家銀行都該有自己的模型。",
			[]wantQuote{{"許寧", Reported, "每家銀行都該有自己的模型", "強調", nil}}},
		{"traditional 寫到 before a colon quote", "[許寧|P|m]在部落格中寫到：「我們的模型不會收費，這是我們的承諾。」",
			[]wantQuote{{"許寧", Direct, "我們的模型不會收費", "寫到", nil}}},
		{"也指出 is 指出, not 也指", "[周强|P|m]也指出，这样的价格战没有赢家。",
			[]wantQuote{{"周强", Reported, "这样的价格战没有赢家", "指出", nil}}},
		{"被视为 is passive, no one speaks", "[周强|P|m]被视为这一代最重要的开源倡导者之一。", nil},
		{"直呼 is a speech verb", "[周强|P|m]直呼，这样的价格战没有赢家。",
			[]wantQuote{{"周强", Reported, "这样的价格战没有赢家", "直呼", nil}}},
		{"形容 keeps the words it describes", "[周强|P|m]形容新模型的表现“远超预期”。",
			[]wantQuote{{"周强", Reported, "远超预期", "形容", nil}}},
		{"前稱 gives a former name, no one speaks", "[許寧|P|m]在社群網站X(前稱推特)轉發了公司的聲明。", nil},
		{"宣布离职 is an act, not a statement", "[周强|P|m]于上月宣布离职，据说他正在筹办一家新公司。", nil},
		{"a verb with 了 takes an object, not a statement", "[周强|P|m]在会后补充了几个例子，并没有给出结论。", nil},
		{"宣布 with a statement is one", "[周强|P|m]宣布，明年所有模型都将免费开放给学校使用。",
			[]wantQuote{{"周强", Reported, "明年所有模型都将免费开放", "宣布", nil}}},
		{"a size in quotation marks is a term", "何谓「7B」，[許寧|P|m]解釋，參數量越多，模型越複雜。",
			[]wantQuote{{"許寧", Reported, "參數量越多", "解釋", nil}}},
		{"a speech verb read as a name is no speaker", "研究人员[警告|P]说，很多公司夸大了模型的能力。", nil},
	})
}

func TestZhQuoteClauseSubject(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a company that opens the clause before speaks, not the object", "[周强|P|m]是一名工程师。[星桥公司|O]冻结了他的账号，且否认他的指控，称公司的律师早就审查过那些合同。", nil},
		{"the person after an organization and title opens the clause", "[星桥公司|O]合伙人[周强|P|m]也抱类似的观点，认为小模型会更快普及到手机上。",
			[]wantQuote{{"周强", Reported, "小模型会更快普及", "认为", nil}}},
		{"a subject two clauses back", "[周强|P|m]大受鼓舞，连夜写了几十首曲子，感叹这些旋律浑然天成。",
			[]wantQuote{{"周强", Reported, "这些旋律浑然天成", "感叹", nil}}},
	})
}

func TestZhQuoteBlocks(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a block after a stance and a colon runs over paragraphs", "[星桥资本|O]合伙人[周强|P|m]之前曾分享了他对专用模型前景的一些看法：\n\n通用模型当然有用，但专用模型同样不可或缺。\n\n在厨房里，我们既用“大铁锅”，也用小煎锅，每件厨具都有自己的用处。\n\n[星桥资本|O]后来还投资了一家做医疗模型的公司。",
			[]wantQuote{{"周强", Direct, "专用模型同样不可或缺", "", nil}, {"周强", Direct, "我们既用", "", nil}}},
		{"a block stops at a paragraph that names a person", "[周强|P|m]说得更直接：\n\n社区一直在忽视这些团队的工作，他们做了很多了不起的事情。\n\n[许宁|P|f]则在会后补充了几个例子，并没有给出结论。",
			[]wantQuote{{"周强", Direct, "社区一直在忽视", "", nil}}},
		{"a block stops where the reporter's own sources come in", "[周强|P|m]说得更直接：\n\n社区一直在忽视这些团队的工作，他们做了很多了不起的事情。\n\n据了解，[星桥公司|O]今年的营收增长了三成，员工也翻了一番。",
			[]wantQuote{{"周强", Direct, "社区一直在忽视", "", nil}}},
		{"a block stops at a dated scene", "[周强|P|m]说得更直接：\n\n社区一直在忽视这些团队的工作，他们做了很多了不起的事情。\n\n3月5日，[星桥公司|O]发布了新一代模型，价格下降了一半。",
			[]wantQuote{{"周强", Direct, "社区一直在忽视", "", nil}}},
		{"a block stops at a heading", "[周强|P|m]说得更直接：\n\n社区一直在忽视这些团队的工作，他们做了很多了不起的事情。\n\n新的证据\n\n两组参数的偏差全都落在同一个区间里。",
			[]wantQuote{{"周强", Direct, "社区一直在忽视", "", nil}}},
		{"a clause before the colon is a statement", "[周强|P|m]就提到，这份报告是拼凑的，但结论确实站得住：\n\n相比之下，原始报告的读者要少得多。",
			[]wantQuote{{"周强", Reported, "这份报告是拼凑的", "提到", nil}, {"周强", Direct, "原始报告的读者要少得多", "", nil}}},
		{"a bare lead-in before the colon is none", "[周强|P|m]在会上表示：\n\n价格不是第一位的，覆盖才是。",
			[]wantQuote{{"周强", Direct, "价格不是第一位的", "表示", nil}}},
		{"an honorific between the name and the verb", "正如[刘明|P|m]老师所说，小团队也能做出好模型。",
			[]wantQuote{{"刘明", Reported, "小团队也能做出好模型", "说", nil}}},
	})
}

func TestZhQuoteParentheses(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a comma inside the name's parentheses ends no clause", "马修．林（[Matthew Lin|P|m]，译音）在博文透露，团队用了两千小时的广播录音做训练数据。",
			[]wantQuote{{"Matthew Lin", Reported, "团队用了两千小时", "透露", nil}}},
		{"an organization glossing a place is no subject", "[周强|P|m]在脸书（[Facebook|O]）写道，他一直在找合适的方言教材。",
			[]wantQuote{{"周强", Reported, "他一直在找合适的方言教材", "写道", nil}}},
		{"a labelled list of roles quotes nothing", "[周强|P|m]：[星桥公司|O]首席科学家、某大学材料工程副教授、一种压缩算法的提出者。", nil},
		{"a labelled answer is a quote", "[周强|P|m]：我们会继续开源，这一点不会改变。",
			[]wantQuote{{"周强", Direct, "我们会继续开源", "", nil}}},
		{"则指 after a name", "[星桥公司|O]董事长[周强|P|m]则指旗下的无人车将在两年内推广到三十个城市。",
			[]wantQuote{{"周强", Reported, "旗下的无人车", "则指", []string{"星桥公司"}}}},
		{"the object before a colon is not the words", "[周强|P|m]在一段视频里透露了订单的规模：不到三天已经卖出两万台。",
			[]wantQuote{{"周强", Reported, "不到三天已经卖出两万台", "透露", nil}}},
	})
}

func TestZhQuoteAboutAnaphora(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"该系统 is the model named before", "[星桥公司|O]上周发布了[星桥-2|M]。[周强|P|m]说，该系统已经停止读取用户的相册。",
			[]wantQuote{{"周强", Reported, "该系统已经停止", "", []string{"星桥-2"}}}},
		{"a statement with no anaphor borrows no model", "[星桥公司|O]上周发布了[星桥-2|M]。[周强|P|m]说，价格战没有赢家。",
			[]wantQuote{{"周强", Reported, "价格战没有赢家", "", []string{}}}},
		{"the listener after 告诉 is no topic", "[周强|P|m]告诉[星报|O]记者，材料老化是工程学里最棘手的难题之一。",
			[]wantQuote{{"周强", Reported, "材料老化是工程学", "", []string{}}}},
	})
}

func TestZhQuoteUnnamedAndInterview(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"words after an unnamed speaker are not the last speaker's", "[周强|P|m]表示，价格会继续下降。\n\n不少网友表示，这只是开始。\n\n“价格战最终会伤害整个行业，没有人能幸免。”",
			[]wantQuote{{"周强", Reported, "价格会继续下降", "", nil}}},
		{"words after a named speaker go on", "[周强|P|m]表示，价格会继续下降。\n\n“价格战最终会伤害整个行业，没有人能幸免。”",
			[]wantQuote{{"周强", Reported, "价格会继续下降", "", nil}, {"周强", Direct, "价格战最终会伤害", "", nil}}},
		{"an interview's answers are the interviewee's, its questions no one's", "本报记者日前专访了[星桥公司|O]创始人[周强|P|m]。\n\n问：你认为开源模型最终会赢吗？\n\n答：开源和闭源会长期并存，关键是谁能把模型用到行业里。\n\n问：明年的重点是什么？\n\n答：我们明年会把重点放在推理成本上。",
			[]wantQuote{{"周强", Direct, "开源和闭源会长期并存", "答", nil}, {"周强", Direct, "我们明年会把重点放在推理成本上", "答", nil}}},
		{"an answer with no person before it is no one's", "问：你认为开源模型最终会赢吗？\n\n答：开源和闭源会长期并存。", nil},
	})
}

func TestZhQuoteLongChainAfter(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a long title chain after the quote", "[许宁|P|f]说：“上传的录音只会保存七天。”\n\n“这类应用大多看起来很热闹。”[星桥大学|O]城市交通研究所(Institute for Urban Mobility and Transport Systems Research)安全及标准政策研究员[周强|P|m]说，“多数时候它的路线规划已经够用了，但也会绕远路。”",
			[]wantQuote{{"许宁", Direct, "只会保存七天", "", nil}, {"周强", Direct, "大多看起来很热闹", "说", nil}, {"周强", Direct, "它的路线规划已经够用了", "说", nil}}},
		{"a verb far after the quote with no subject before it", "[许宁|P|f]说：“上传的录音只会保存七天。”\n\n“这类应用大多看起来很热闹。”会场外一位没有透露姓名的观众在离开时小声地对同伴表示同意。",
			[]wantQuote{{"许宁", Direct, "只会保存七天", "", nil}}},
	})
}

func TestZhQuoteViewAndCompany(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"X将Y视为… is X's view of Y", "[周强|P|m]同样将[星桥-2|M]和开源模型视为今年真正改变规则的力量。",
			[]wantQuote{{"周强", Reported, "今年真正改变规则的力量", "视为", []string{"星桥-2"}}}},
		{"a company that regards is no speaker", "[星桥公司|O]将[星桥-2|M]视为今年最重要的产品。", nil},
		{"a speaker with others is still the speaker", "[周强|P|m]和其他工程师称，这种差距能够说明不少用户的顾虑。",
			[]wantQuote{{"周强", Reported, "这种差距能够说明", "称", nil}}},
		{"coordinated speakers give their words to the first", "[许宁|P|f]和[周强|P|m]都认为，这种差距能够说明不少用户的顾虑。",
			[]wantQuote{{"许宁", Reported, "这种差距能够说明", "认为", nil}}},
	})
}

func TestZhQuoteContinuation(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"an agency's words mid-sentence are not the last speaker's", "[周强|P|m]说，数据安全很重要，大家都应该重视。\n\n中国[数据局|O]2日对刚上市的[快行出行|O]实施审查，4日再指[快行|O]“虚报用户数量误导投资人”，暂停新用户注册。",
			[]wantQuote{{"周强", Reported, "数据安全很重要", "", nil}}},
		{"his words after he goes on", "[周强|P|m]说，数据安全很重要，大家都应该重视。他并不认同外界的看法，“我们有把握在年底前实现盈利”。",
			[]wantQuote{{"周强", Reported, "数据安全很重要", "", nil}, {"周强", Direct, "我们有把握在年底前", "", nil}}},
		{"a model as the subject is a topic the speaker goes on about", "[周强|P|m]说，开源模型会越来越多。另一方面，[星桥-2|M]则只是换了一层包装，“几家大厂握着最好的工具，其他人只能排队付钱。”",
			[]wantQuote{{"周强", Reported, "开源模型会越来越多", "", nil}, {"周强", Direct, "几家大厂握着最好的工具", "", nil}}},
		{"a block stops where the reporter turns to the reader", "[周强|P|m]说得更直接：\n\n社区一直在忽视这些团队的工作，他们做了很多了不起的事情。\n\n这件事牵涉很广，也许更关键的是，一些老观念开始松动。你觉得呢？",
			[]wantQuote{{"周强", Direct, "社区一直在忽视", "", nil}}},
	})
}

func TestZhQuoteCueForms(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a title chain before the verb", "[星桥公司|O]联合创始人兼首席执行官[周强|P|m]表示，价格战没有赢家。", []wantQuote{{"周强", Reported, "价格战没有赢家", "表示", nil}}},
		{"a gloss in parentheses after the organization and the name", "[星桥公司|O](Starbridge Inc.)联合创始人兼CEO[周强|P|m](Zhou Qiang)表示，价格战没有赢家。", []wantQuote{{"周强", Reported, "价格战没有赢家", "表示", nil}}},
		{"据…介绍 in traditional characters", "據[星橋公司|O]技術長[周強|P|m]介紹，新模型的推理成本下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本下降了一半", "介紹", nil}}},
		{"在…中写道 in traditional characters", "[周強|P|m]在個人部落格中寫道，新模型的推理成本下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本下降了一半", "寫道", nil}}},
		{"接受…采访时坦言", "[周強|P|m]接受[星報|O]記者採訪時坦言，新模型的推理成本下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本下降了一半", "坦言", nil}}},
		{"爆料 after a place", "[周強|P|m]在社群媒體上爆料，新模型的推理成本下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本下降了一半", "爆料", nil}}},
		{"直言 before a direct quote", "[周強|P|m]直言：「新模型的推理成本下降了一半，這是好事。」", []wantQuote{{"周強", Direct, "新模型的推理成本下降了一半", "直言", nil}}},
		{"a surname alone", "[周強|P|m]是星橋公司的創始人。\n\n[周|P||周強]表示，新模型的推理成本下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本下降了一半", "表示", nil}}},
		{"回應稱 after a topic", "對於外界的質疑，[周強|P|m]回應稱，新模型的推理成本確實下降了一半。", []wantQuote{{"周強", Reported, "新模型的推理成本確實下降了一半", "", nil}}},
	})
}

func TestZhQuoteAccordingTo(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"根据X的测算 gives the words to X", "而根据一名分析师[周强|P|m]的测算，[星桥-2|M]的思考速度是旧模型的两倍。",
			[]wantQuote{{"周强", Reported, "的思考速度是旧模型的两倍", "测算", nil}}},
		{"根据他的说法 gives the words to him", "[周强|P|m]是一名研究者。根据他的说法，新模型的思考速度是旧模型的两倍。",
			[]wantQuote{{"周强", Reported, "新模型的思考速度是旧模型的两倍", "说法", nil}}},
		{"an organization's estimate is no one's quote", "根据[星桥公司|O]的测算，新模型的思考速度是旧模型的两倍。", nil},
	})
}

func TestZhQuoteDatelineTraditional(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a traditional dateline's agency is no topic", "（[中央社|O]台北5日專電）今天有三家公司發表新模型，[周強|P|m]表示，[星橋公司|O]的新模型推理速度很快。",
			[]wantQuote{{"周強", Reported, "的新模型推理速度很快", "表示", []string{"星橋公司"}}}},
		{"an agency named outside the dateline is a topic", "[周強|P|m]表示，[中央社|O]的報導並不準確，新模型推理速度很快。",
			[]wantQuote{{"周強", Reported, "的報導並不準確", "表示", []string{"中央社"}}}},
	})
}

func TestZhQuoteNameInSentence(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a long title the sentence goes on from is no quote", "[周强|P|m]表示，「跨语种开源语音助理联合开发计划」将在年底完成第一阶段。",
			[]wantQuote{{"周强", Reported, "将在年底完成第一阶段", "表示", nil}}},
		{"words before a verb after the quote are a quote", "「跨语种的开源语音助理很快就会上线」[周强|P|m]说。",
			[]wantQuote{{"周强", Direct, "跨语种的开源语音助理很快就会上线", "说", nil}}},
		{"words right after a verb are a quote even when more follows", "[周强|P|m]昨天回应「这本来就是业内通行的一种做法」外，没有再多说。",
			[]wantQuote{{"周强", Direct, "这本来就是业内通行的一种做法", "回应", nil}}},
	})
}

func TestZhQuoteAboutSpeakerClause(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"a clause about the speaker names no topic", "[周强|P|m]虽然已经不再是[星桥公司|O]的顾问，但他在网上表示，这套系统还在偷偷收集用户的位置。",
			[]wantQuote{{"周强", Reported, "这套系统还在偷偷收集", "表示", []string{}}}},
		{"a clause with another subject names a topic", "[星桥公司|O]上周发布了新系统，[周强|P|m]在网上表示，这套系统还在偷偷收集用户的位置。",
			[]wantQuote{{"周强", Reported, "这套系统还在偷偷收集", "表示", []string{"星桥公司"}}}},
	})
}

func TestZhQuoteAboutOwnOrganization(t *testing.T) {
	runZhQuoteCases(t, []quoteCase{
		{"他们当前… speaks for the speaker's organization", "[星桥公司|O]总裁[周强|P|m]在采访时表示，他们当前最看重的是用户数量，而不是利润。",
			[]wantQuote{{"周强", Reported, "他们当前最看重的是用户数量", "表示", []string{"星桥公司"}}}},
		{"他们 with no organization known adds none", "[周强|P|m]在采访时表示，他们当前最看重的是用户数量，而不是利润。",
			[]wantQuote{{"周强", Reported, "他们当前最看重的是用户数量", "表示", []string{}}}},
		{"他们的… is about others", "[星桥公司|O]总裁[周强|P|m]表示，他们的想法没有错，只是太着急了。",
			[]wantQuote{{"周强", Reported, "他们的想法没有错", "表示", []string{}}}},
	})
}
