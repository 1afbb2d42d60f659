package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

type wantQuote struct {
	speaker  string
	kind     string
	contains string
	cue      string   // checked when set
	about    []string // checked when not nil; []string{} means none
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		lang string
		src  string
		want []wantQuote
	}{
		{"what introduces the speaker is no topic of the quote that goes on", "en", "[Lee Chan|P|m], who once ran a lab at [Nvidia|O], said [Orbit Robotics|O] would grow. \"More data is coming.\"",
			[]wantQuote{{"Lee Chan", Reported, "would grow", "", []string{"Orbit Robotics"}}, {"Lee Chan", Direct, "More data is coming", "", []string{"Orbit Robotics"}}}},
		{"a verdict after a copula is no one's quote", "en", "[Lee Chan|P|m] said the demo went well. The verdict in the hallway was \"too little, too late for the startup.\"",
			[]wantQuote{{"Lee Chan", Reported, "the demo went well", "", nil}}},
		{"his answer after a copula is his", "en", "[Lee Chan|P|m] said the demo went well. His answer to critics was \"we shipped it and it works for the customers.\"",
			[]wantQuote{{"Lee Chan", Reported, "the demo went well", "", nil}, {"Lee Chan", Direct, "we shipped it", "", nil}}},
		{"zh a slogan after 是 is no one's quote", "zh", "[许宁|P|m]表示，发布会很成功。会场外的横幅是“让每家工厂都用上自己的模型，从今天开始。”",
			[]wantQuote{{"许宁", Reported, "发布会很成功", "", nil}}},
		{"a person's words for something are a quote", "en", "When [Lee Chan|P|m] opened the fair on Monday, he described the coming decade as an \"age of small models.\"",
			[]wantQuote{{"Lee Chan", Direct, "age of small models", "described", nil}}},
		{"she called it", "en", "[Ana Ruiz|P|f] called the rule \"a tax on the honest.\"",
			[]wantQuote{{"Ana Ruiz", Direct, "a tax on the honest", "called", nil}}},
		{"a thing called something is no quote", "en", "[Orbit Robotics|O] shipped a model called \"Orion Mini\" on Monday.", nil},
		{"the paper he wrote with others is no statement", "en", "[Lee Chan|P|m] is best known for the paper he wrote with [Ana Ruiz|P|f] and [Jun Park|P|m], both now at [Orbit Robotics|O].", nil},
		{"he told the story of is no statement", "en", "[Lee Chan|P|m] told the story of how the lab nearly closed in its first winter.", nil},
		{"he said no to is no statement", "en", "[Lee Chan|P|m] said no to [Orbit Robotics|O] twice before he joined.", nil},
		{"wrote that is a statement", "en", "[Lee Chan|P|m] wrote in a blog post that the model was overrated.",
			[]wantQuote{{"Lee Chan", Reported, "the model was overrated", "wrote", nil}}},
		{"she is the person an earlier she showed to be a woman", "en", "[Ana Ruiz|P] runs the lab. She joined in 2020. [Jun Park|P] and [Ana Ruiz|P] met in May. She said the market is small.",
			[]wantQuote{{"Ana Ruiz", Reported, "the market is small", "said", nil}}},
		{"zh 她 is the person an earlier 她 showed to be a woman", "zh", "[许宁|P]负责实验室。她在2020年加入。[周强|P]和[许宁|P]五月见面。她认为，市场很小而且还在萎缩。",
			[]wantQuote{{"许宁", Reported, "市场很小", "认为", nil}}},
		{"a pronoun with no gender known stays with the subject", "en", "[Jun Park|P] and [Ana Ruiz|P] met in May. She said the market is small.",
			[]wantQuote{{"Jun Park", Reported, "the market is small", "said", nil}}},
		{"a pronoun after a statement borrows nothing from it", "en", "[Lee Chan|P|m] said [Orbit Robotics|O] had doubled its sales. He said the market would stay small.",
			[]wantQuote{{"Lee Chan", Reported, "doubled its sales", "", []string{"Orbit Robotics"}}, {"Lee Chan", Reported, "the market would stay small", "", []string{}}}},
		{"a quote that goes on from a statement borrows from it", "zh", "[许宁|P|m]强调，[星桥实验室|O]的策略会视情况改变。“我们不会承诺永远开放。”",
			[]wantQuote{{"许宁", Reported, "的策略会视情况改变", "", []string{"星桥实验室"}}, {"许宁", Direct, "我们不会承诺永远开放", "", []string{"星桥实验室"}}}},
		{"zh 受訪時 between speaker and verb", "zh", "[许宁|P|m]受訪時說，[星桥-2|M]已有上百家单位申请授权。",
			[]wantQuote{{"许宁", Reported, "已有上百家单位申请授权", "說", nil}}},
		{"zh a date and a place between speaker and verb", "zh", "[许宁|P|m]今年3月在开发者大会上表示，推理所需的算力涨了十倍。",
			[]wantQuote{{"许宁", Reported, "推理所需的算力涨了十倍", "表示", nil}}},
		{"zh a visit between speaker and verb", "zh", "[许宁|P|m]去年來台時曾多次強調，每家银行都该有自己的模型。",
			[]wantQuote{{"许宁", Reported, "每家银行都该有自己的模型", "強調", nil}}},
		{"zh an outlet before the verb is no speaker", "zh", "[许宁|P|m]在接受[星报|O]等媒体采访时表示，价格不是第一位的。",
			[]wantQuote{{"许宁", Reported, "价格不是第一位的", "表示", nil}}},
		// Direct quotes, speaker before.
		{"zh colon before", "zh", "[Yann LeCun|P|m]表示：“开放模型最终会赢下这场竞赛。”",
			[]wantQuote{{"Yann LeCun", Direct, "开放模型最终会赢下这场竞赛", "表示", []string{}}}},
		{"zh comma before", "zh", "[Nikolaos Vasiloglou|P|m]评论道，“放心，ChatGPT肯定会赢。”",
			[]wantQuote{{"Nikolaos Vasiloglou", Direct, "肯定会赢", "评论道", nil}}},
		{"zh corner brackets", "zh", "[栗永徽|P|m]表示：「我們的模型在數學上有明顯進步。」",
			[]wantQuote{{"栗永徽", Direct, "我們的模型在數學上有明顯進步", "表示", nil}}},
		{"zh short quote after a speech verb", "zh", "[哈萨比斯|P|m]也炮轰“太过草率”。",
			[]wantQuote{{"哈萨比斯", Direct, "太过草率", "炮轰", nil}}},
		{"en said comma", "en", `[Sam Altman|P|m] said, "We wrote those limits into the contract ourselves."`,
			[]wantQuote{{"Sam Altman", Direct, "We wrote those limits into the contract", "said", nil}}},
		// Direct quotes, speaker after.
		{"zh speaker after", "zh", "“只要门槛再低一点，用的人就会多得多。”[谭待|P|m]说。",
			[]wantQuote{{"谭待", Direct, "用的人就会多得多", "说", nil}}},
		{"zh speaker named only after the quote", "zh", "“今年秋天才是智能体真正落地的开始，这组数据就是证据。”**[谭待|P|m]如是称。",
			[]wantQuote{{"谭待", Direct, "今年秋天才是智能体真正落地的开始", "如是称", nil}}},
		{"en X said after", "en", `"Drones will need models that run without a network," [Katrina Mulligan|P|f] said.`,
			[]wantQuote{{"Katrina Mulligan", Direct, "Drones will need models", "said", nil}}},
		{"en said X after", "en", `"Answers got worse for readers who wrote in a second language," says [Jad Kabbara|P|m], a data scientist at [CCC|O].`,
			[]wantQuote{{"Jad Kabbara", Direct, "Answers got worse for readers", "says", []string{}}}},
		{"en surname after", "en", `[Sean Parnell|P|m] spoke on Thursday. "We ask for one short, plain promise in writing," [Parnell|P|m|Sean Parnell] said.`,
			[]wantQuote{{"Sean Parnell", Direct, "one short, plain promise", "said", nil}}},
		{"zh quote split by its attribution", "zh", "“这只是开始，”[李四|P|m]说，“我们还有很长的路要走。”",
			[]wantQuote{{"李四", Direct, "这只是开始", "说", nil}, {"李四", Direct, "我们还有很长的路要走", "说", nil}}},
		{"en told a listener after the quote", "en", `"We are not done," [Jane Doe|P|f] told [Reuters|O] on Monday.`,
			[]wantQuote{{"Jane Doe", Direct, "We are not done", "told", []string{}}}},
		// Reported speech.
		{"zh compound verb", "zh", "[王五|P|m]强调说，安全是第一位的。",
			[]wantQuote{{"王五", Reported, "安全是第一位的", "强调说", nil}}},
		{"zh told reporters", "zh", "[张三|P|m]告诉记者，公司下个月将推出新产品。",
			[]wantQuote{{"张三", Reported, "公司下个月将推出新产品", "告诉记者", nil}}},
		{"en told a listener", "en", `[Jane Doe|P|f] told [Reuters|O] the deal was off for good.`,
			[]wantQuote{{"Jane Doe", Reported, "the deal was off", "told", []string{}}}},
		{"zh reported", "zh", "[Matt Shumer|P|m]指出，要不是[ChatGPT|M]先把市场打开，[Llama|M]很难这么快走红。",
			[]wantQuote{{"Matt Shumer", Reported, "很难这么快走红", "指出", []string{"ChatGPT", "Llama"}}}},
		{"zh reported with adverbial", "zh", "[OpenAI|O]联合创始人[Ilya Sutskever|P|m]在采访中已经明确表示，早年公开全部研究是个错误。",
			[]wantQuote{{"Ilya Sutskever", Reported, "早年公开全部研究是个错误", "表示", []string{}}}},
		{"zh according to", "zh", "据[百度|O]首席技术官[王海峰|P|m]介绍，新模型在逻辑能力上有明显提升。",
			[]wantQuote{{"王海峰", Reported, "新模型在逻辑能力上有明显提升", "介绍", nil}}},
		{"zh reported speech past a semicolon", "zh", "[谭待|P|m]认为，模型要靠真实的调用来打磨；而成本降下来，中小企业才敢大胆尝试。",
			[]wantQuote{{"谭待", Reported, "中小企业才敢大胆尝试", "认为", nil}}},
		{"zh longest cue", "zh", "[Kjell Carlsson|P|m]坚持认为，这两套模型只能算是概念验证。",
			[]wantQuote{{"Kjell Carlsson", Reported, "只能算是概念验证", "坚持认为", nil}}},
		{"zh subject in an earlier clause", "zh", "[Kjell Carlsson|P|m]也持相近的看法，认为[Llama|M]会让企业更快落地。",
			[]wantQuote{{"Kjell Carlsson", Reported, "会让企业更快落地", "", nil}}},
		{"zh quote inside reported speech is part of it", "zh", "[Vipul Ved Prakash|P|m]表示，把数据集全部公开一直是“团队的底线”。",
			[]wantQuote{{"Vipul Ved Prakash", Reported, "一直是“团队的底线”", "表示", nil}}},
		{"en said that", "en", `[Sébastien Bubeck|P|m], [Microsoft|O]'s vice president of research, has said that data quality matters more than size.`,
			[]wantQuote{{"Sébastien Bubeck", Reported, "data quality matters more than size", "said", []string{}}}},
		{"en cautions, then he concedes", "en", `[Percy Liang|P|m], a computer scientist at [Stanford|O], cautions that small models still struggle with long reasoning. Still, he concedes that the gap is closing fast.`,
			[]wantQuote{{"Percy Liang", Reported, "small models still struggle", "cautions", []string{}}, {"Percy Liang", Reported, "the gap is closing fast", "concedes", nil}}},
		{"en according to", "en", `According to [Dana Whitfield|P|f], banks are testing [Llama 3|M] on their own servers.`,
			[]wantQuote{{"Dana Whitfield", Reported, "banks are testing Llama 3", "according to", []string{"Llama 3"}}}},
		{"en argued with partial quote", "en", `[Ruth Okafor|P|f] pointed out that the rule leaves "a gap you could sail a ship through" for contractors.`,
			[]wantQuote{{"Ruth Okafor", Reported, `"a gap you could sail a ship through"`, "pointed out", nil}}},
		{"en two that-clauses are two statements", "en", `[Ruth Okafor|P|f] pointed out that the rule is vague, and that its limits depend on "definitions nobody has written down yet."`,
			[]wantQuote{{"Ruth Okafor", Reported, "the rule is vague", "pointed out", nil}, {"Ruth Okafor", Reported, "definitions nobody has written down", "pointed out", nil}}},
		{"en participle takes the subject", "en", `[Orbit Robotics|O] CEO [Lee Chan|P|m] sided with the regulator on Tuesday, saying "[Pebble Vision|O] cuts every corner it can."`,
			[]wantQuote{{"Lee Chan", Direct, "Pebble Vision cuts every corner", "saying", []string{"Pebble Vision"}}}},
		// Attribution by context.
		{"zh pronoun goes to the last speaker", "zh", "[Joelle Pineau|P|f]回忆道，她在2016年底来到了这个团队。她同时强调，每一次发布的做法都可能不同。",
			[]wantQuote{{"Joelle Pineau", Reported, "来到了这个团队", "回忆道", nil}, {"Joelle Pineau", Reported, "做法都可能不同", "强调", nil}}},
		{"zh pronoun with two candidates by gender", "zh", "[李明|P|m]和[王芳|P|f]一同出席了发布会。她表示，这款模型会在年底开源。",
			[]wantQuote{{"王芳", Reported, "这款模型会在年底开源", "表示", nil}}},
		{"zh pronoun with two candidates takes the subject", "zh", "[张伟|P]上午会见了[刘洋|P]。他随后表示，双方将共同训练新模型。",
			[]wantQuote{{"张伟", Reported, "双方将共同训练新模型", "表示", nil}}},
		{"zh 他还补充道", "zh", "[Angela Fan|P|f]参与了最初的项目。\n她还补充道，团队也在积极寻求开发者的反馈。",
			[]wantQuote{{"Angela Fan", Reported, "积极寻求开发者的反馈", "补充道", nil}}},
		{"en he said", "en", `[Noam Brown|P|m] leads the team. He said the model would ship soon after the review.`,
			[]wantQuote{{"Noam Brown", Reported, "the model would ship soon", "said", nil}}},
		{"zh paragraph continues the speaker", "zh", "[Nora Keane|P|f]表示，封闭平台和开放平台会长期共存。\n“社区的力量终究会左右这个行业的走向。”",
			[]wantQuote{{"Nora Keane", Reported, "会长期共存", "表示", nil}, {"Nora Keane", Direct, "社区的力量终究会左右", "", nil}}},
		{"en quote continues in the next sentence", "en", `"We are glad to help with logistics," [Dario Amodei|P|m] said. "But tracking citizens at scale is a line we will not cross."`,
			[]wantQuote{{"Dario Amodei", Direct, "We are glad to help", "said", nil}, {"Dario Amodei", Direct, "tracking citizens at scale", "", nil}}},
		{"zh quote spanning sentences is one", "zh", "[Yann LeCun|P|m]表示：“我多年来都这么主张。因为模型会像电网一样成为公共设施，所以必须开放。”",
			[]wantQuote{{"Yann LeCun", Direct, "我多年来都这么主张。因为模型会像电网一样成为公共设施", "表示", nil}}},
		{"zh two speakers in one paragraph", "zh", "[王小川|P|m]表示，价格战不会持续太久。[杨植麟|P|m]则认为，用户愿意为好用的产品付费。",
			[]wantQuote{{"王小川", Reported, "价格战不会持续太久", "表示", nil}, {"杨植麟", Reported, "用户愿意为好用的产品付费", "认为", nil}}},
		{"zh colon then block quote", "zh", "菲尔兹奖得主[高尔斯|P|m]直言：\n\n这是机器第一次独立证明一个困扰学界几十年的猜想。",
			[]wantQuote{{"高尔斯", Direct, "第一次独立证明一个困扰学界几十年的猜想", "直言", nil}}},
		{"zh interview answer", "zh", "问：为什么选择在开源模型上微调？\n[韩书言|P|m]：从头训练一个基座模型要上亿元。在[Qwen2-7B|M]上做行业微调是最务实的选择。",
			[]wantQuote{{"韩书言", Direct, "最务实的选择", "：", []string{"Qwen2-7B"}}}},
		{"zh interview answer in quotation marks", "zh", "[赵六|P|m]：“我们不会放弃这个方向。”",
			[]wantQuote{{"赵六", Direct, "我们不会放弃这个方向", "：", nil}}},
		{"zh headline in the X：… style", "zh", "[杨立昆|P|m]：开源让Llama更安全\n[杨立昆|P|m]表示，开源让模型更安全。",
			[]wantQuote{{"杨立昆", Reported, "开源让模型更安全", "表示", nil}}},
		// Traps: no speech, or no person.
		{"zh term opening reported speech", "zh", "[周博文|P|m]和[林晓舟|P]看法不同。他认为，“开源”这个说法被用得太宽泛了。",
			[]wantQuote{{"周博文", Reported, "“开源”这个说法被用得太宽泛了", "认为", nil}}},
		{"zh speaker with 最后说 and a block quote", "zh", "[林晓舟|P]最后说：\n开源和闭源会长期并存，分水岭是谁能把模型用到行业里。",
			[]wantQuote{{"林晓舟", Direct, "开源和闭源会长期并存", "说", nil}}},
		{"zh scare quotes", "zh", "[Llama|M]是第一个允许商用的“开源”大模型，[Meta|O]的“护城河”也因此变浅。", nil},
		{"zh term after 称为", "zh", "业内把这场竞争称为“百模大战”，[赵启明|P|m]回忆说。", nil},
		{"zh book title", "zh", "[谭待|P|m]在接受《晨光周刊》采访时谈到了价格。", nil},
		{"zh title after 题为", "zh", "[刘晓雯|P|f]在题为“大模型的下半场”的演讲中提醒，价格下降并不等于成本下降。",
			[]wantQuote{{"刘晓雯", Reported, "价格下降并不等于成本下降", "提醒", nil}}},
		{"en title in quotation marks", "en", `A report on the study, "Small Models Forget Rare Languages First," was presented at [AAAI|O].`, nil},
		{"en scare quotes", "en", `The [Pentagon|O] designated the vendor as a "procurement hazard."`, nil},
		{"en nested quotes stay one quote", "en", `"He told me, 'ship it,' and we shipped the model that week," [Mira Murati|P|f] said.`,
			[]wantQuote{{"Mira Murati", Direct, "He told me, 'ship it,' and we shipped", "said", nil}}},
		{"zh organization is no speaker", "zh", "[OpenAI|O]表示，新模型将于下月上线。", nil},
		{"en the company said, and what follows", "en", `"The decision came after a long review," the company said.` + "\n\n" + `"No pressure from anyone will move us on this point."`, nil},
		{"zh unnamed speaker is dropped", "zh", "不少网友表示：希望官方尽快公开训练细节。", nil},
		{"zh quote with no speaker is dropped", "zh", "有读者会问：“这一年的赢家，是不是早就定好了！”", nil},
		{"zh object is no speaker", "zh", "几位议员致信[帆影科技|O]公司CEO[周宁|P|m]，表示担心新模型会被用来伪造声音。", nil},
	}
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkQuotes(t, x, tc.lang, tc.src, tc.want) })
	}
}

func TestQuoteAbout(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"the speaker's employer is no topic", "[Meta|O]首席AI科学家[Yann LeCun|P|m]表示：“[Llama 2|M]是开放的模型，人人都能用。”", []string{"Llama 2"}},
		{"unless the statement speaks for it", "[Together|O]联合创始人[Vipul Ved Prakash|P|m]表示：“我们会继续开源[RedPajama|M]数据集。”", []string{"Together", "RedPajama"}},
		{"the rest of the sentence counts", "[ChatGPT|M]让整个行业换了玩法，正如[Forrester|O]分析师[Rowan Curran|P|m]所说，它就是“第一张倒下的多米诺骨牌。”", []string{"ChatGPT"}},
		{"the outlet is no topic", "[谭待|P|m]在接受[科创板日报|O]采访时表示，[豆包|M]的调用量增长了十倍。", []string{"豆包"}},
		{"the company named before", "[OpenAI|O] shipped a model. [Sam Altman|P|m] said the company plans to publish every change to its rules.", []string{"OpenAI"}},
		{"the company is the speaker's own, not the listener", "[OpenAI|O] spokesperson [Lindsey Held|P|f] tells [The Verge|O] that the company respects the rights of creators.", []string{"OpenAI"}},
		{"persons are not topics", "[Sam Altman|P|m]表示，[Elon Musk|P|m]的诉讼毫无根据，[OpenAI|O]会继续前进。", []string{"OpenAI"}},
		{"the deal is the parties of the acquisition before", "[Orbit Robotics|O] agreed to acquire [Pebble Vision|O] on Monday. [Jun Park|P|m] said the deal would double the team.", []string{"Orbit Robotics", "Pebble Vision"}},
		{"a deal with no acquisition before names nothing", "[Orbit Robotics|O] hired 40 engineers. [Jun Park|P|m] said the deal would double the team.", []string{}},
		{"zh 该模型 is the model named before", "[星桥实验室|O]上月发布了[星桥-2|M]。[许宁|P|m]表示，该模型的数学成绩提升明显。", []string{"星桥-2"}},
		{"asked about a model, the attribution names the topic", "[Dana Roe|P|f], asked about [Llama 2|M], said the license is too strict.", []string{"Llama 2"}},
		{"said of a model", "[Dana Roe|P|f] said of [Llama 2|M] that the license is too strict.", []string{"Llama 2"}},
		{"zh 谈及 names the topic", "谈及[深度求索|O]时，[许宁|P|m]说，价格战不会持续。", []string{"深度求索"}},
		{"the head of an organization is no topic", "[Dana Roe|P|f], head of research at [Greyline|O], said the license is too strict.", []string{}},
		{"a post on a platform is no topic", "In a post on [X|O], [Dana Roe|P|f] said the license is too strict.", []string{}},
		{"his team is the speaker's organization", "[Orbit Robotics|O] CTO [Jun Park|P|m] said his team trained the model in a month.", []string{"Orbit Robotics"}},
		{"her firm is the employer stated before", "[Ana Ruiz|P|f] is a partner at [Bluefield Research|O]. [Ana Ruiz|P|f] said her firm surveyed 200 banks.", []string{"Bluefield Research"}},
		{"the team of someone else is no topic", "[Jun Park|P|m] said the team behind the rival product was small.", []string{}},
		{"zh 公司 opening a statement", "[帆影科技|O]CEO[周宁|P|m]告诉记者，公司已为[帆影-2|M]加上水印。", []string{"帆影科技", "帆影-2"}},
		{"zh 公司 inside a statement is no subject", "[帆影科技|O]CEO[周宁|P|m]告诉记者，很多公司已经开始自建模型。", []string{}},
		{"a maker before its model is no topic", "[Jun Park|P|m] said the team moved from [OpenAI|O]'s [GPT-4o|M] to [Claude 3.5 Sonnet|M].", []string{"GPT-4o", "Claude 3.5 Sonnet"}},
		{"a maker named on its own is", "[Jun Park|P|m] said [Meta|O] had done well and that [Meta|O]'s [Llama 3|M] was the base.", []string{"Meta", "Llama 3"}},
		{"we is the first organization of the chain", "[星桥实验室|O]负责人、[华东大学|O]教授[许宁|P|m]表示：“我们不会从头训练。”", []string{"星桥实验室"}},
		{"a pronoun subject borrows nothing from the sentence before", "[Lee Chan|P|m] now leads [Orbit Robotics|O]. He said the team needs more data.", []string{}},
	}
	x := &Extractor{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lang := "en"
			if strings.ContainsFunc(tc.src, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				lang = "zh"
			}
			got := x.quotes(markup(t, lang, "2024-06-15", tc.src))
			if len(got) != 1 {
				t.Fatalf("got %d quotes, want 1:\n%s", len(got), dumpQuotes(got))
			}
			a := append([]string{}, got[0].About...)
			slices.Sort(a)
			b := append([]string{}, tc.want...)
			slices.Sort(b)
			if !slices.Equal(a, b) {
				t.Errorf("about %v, want %v", got[0].About, tc.want)
			}
		})
	}
}

func TestFindQuoteMarks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"他说：“开放。”然后“离开”", []string{"开放。", "离开"}},
		{`He said "yes" and "no".`, []string{"yes", "no"}},
		{"“外层‘内层’外层”", []string{"外层‘内层’外层"}},
		{"「甲『乙』丙」", []string{"甲『乙』丙"}},
		{"“没有收尾\n下一段", []string{"没有收尾"}},
		{"“没有收尾", []string{"没有收尾"}},
		{"it's Anthropic’s model", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range findQuoteMarks(tc.text) {
			got = append(got, tc.text[m.inner.Start:m.inner.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("findQuoteMarks(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func dumpQuotes(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString(q.Speaker + " [" + q.Kind + " " + q.Cue + "] " + q.Text + " about " + strings.Join(q.About, ",") + "\n")
	}
	return b.String()
}

func TestGaps(t *testing.T) {
	zh := []struct {
		gap  string
		want bool
	}{
		{"", true},
		{"也", true},
		{"在采访中已经明确", true},
		{"在接受《晨光周刊》等几家媒体采访时", true},
		{"则在题为“大模型的下半场”的演讲中", true},
		{"当时", true},
		{"曾在采访中", true},
		{"开发者", false},
		{"1950年代提出的平面着色问题是", false},
		{"也抱有相同的", false},
		{"在朋友圈", true},
		{"在朋友圈发文批评了他的做法", false},
	}
	for _, tc := range zh {
		if got := zhGapOK(tc.gap); got != tc.want {
			t.Errorf("zhGapOK(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
	en := []struct {
		gap  string
		want bool
	}{
		{" ", true},
		{" also ", true},
		{", the ministry's press secretary, ", true},
		{", Meta's chief AI scientist, has long ", true},
		{" press office aide ", false},
		{" last month ", true},
		{` dismissed it as "half-baked" and `, false},
	}
	for _, tc := range en {
		if got := enGapOK(tc.gap); got != tc.want {
			t.Errorf("enGapOK(%q) = %v, want %v", tc.gap, got, tc.want)
		}
	}
	for s, want := range map[string]bool{
		"LLM Accuracy Falls Sharply for Rare Dialects": true,
		"we started with a hunch about small models":   false,
		"Open Science": false,
	} {
		if got := titleCase(s); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", s, got, want)
		}
	}
}
