package extract

import (
	"fmt"
	"reflect"
	"testing"
)

func relationsOf(t *testing.T, text string) []Relation {
	t.Helper()
	x := fixtureExtractor(t)
	doc := x.prepare(Doc{Text: text})
	x.findEntities(doc)
	return x.relations(doc)
}

func relString(r Relation) string {
	s := fmt.Sprintf("%s %s -> %s", r.From, r.Type, r.To)
	if r.Role != "" {
		s += " (" + r.Role + ")"
	}
	if r.Former {
		s += " former"
	}
	return s
}

// TestRelationRules gives each relation rule a sentence where it fires
// (want, with role and former) and where it must stay silent (not).
func TestRelationRules(t *testing.T) {
	tests := []struct {
		rule string
		text string
		want []string
		not  []string
	}{
		{"the short form of a company with its legal form", "杭州岚图数据股份有限公司首席执行官陈晓东表示，公司将加大投入。李婉清现任岚图数据副总裁。",
			[]string{"陈晓东 WORKS_AT -> 杭州岚图数据股份有限公司 (首席执行官)", "李婉清 WORKS_AT -> 杭州岚图数据股份有限公司 (副总裁)"}, nil},
		{"GmbH is a brand tail", "Kestrel Analytics GmbH released a tool. \"It is fast,\" said Hanna Vogt, chief technology officer at Kestrel.",
			[]string{"Hanna Vogt WORKS_AT -> Kestrel Analytics GmbH (chief technology officer)"}, nil},
		{"Y, developed by X", "Orchard Labs is a startup in Oslo. Glimmer-2, developed by Orchard Labs, is open-weight.",
			[]string{"Orchard Labs DEVELOPED -> Glimmer-2"}, nil},
		{"X, an apposition, unveiled Y", "Kestrel Analytics GmbH, a Munich company, unveiled Brio 2 on Tuesday.",
			[]string{"Kestrel Analytics GmbH DEVELOPED -> Brio 2"}, nil},
		{"X shipped Y", "Velora Robotics Inc. said it grew. Velora shipped Pico 4 in May.",
			[]string{"Velora Robotics Inc. DEVELOPED -> Pico 4"}, nil},
		{"Y, X's latest model", "Skyline AI raised money. Its Atlas-2 model, Skyline AI's latest model, beat rivals.",
			[]string{"Skyline AI DEVELOPED -> Atlas-2"}, nil},
		{"Y, X's customer is no maker", "Skyline AI raised money. Atlas-2, Skyline AI's rival, beat Quanta-7B.",
			nil, []string{"Skyline AI DEVELOPED -> Atlas-2"}},
		{"PERSON曾任ORG TITLE, then joins another in a clause without subject", "王建国曾任Meta副总裁，去年加盟OpenAI，出任首席技术官。",
			[]string{"王建国 WORKS_AT -> Meta (副总裁) former", "王建国 WORKS_AT -> OpenAI"}, nil},
		{"a clause with its own subject is not the first person's", "王建国曾任Meta副总裁，李明去年加盟OpenAI。",
			nil, []string{"王建国 WORKS_AT -> OpenAI"}},
		{"PERSON任职于ORG", "赵明阳任职于阿里巴巴，负责模型训练。", []string{"赵明阳 WORKS_AT -> 阿里巴巴"}, nil},
		{"PERSON现任ORG TITLE", "李晓峰现任Anthropic副总裁。", []string{"李晓峰 WORKS_AT -> Anthropic (副总裁)"}, nil},
		{"PERSON担任ORG TITLE", "黄文博担任OpenAI首席技术官。", []string{"黄文博 WORKS_AT -> OpenAI (首席技术官)"}, nil},
		{"serves as", "The deal closed. Priya Nair serves as vice president of engineering at Anthropic.",
			[]string{"Priya Nair WORKS_AT -> Anthropic (vice president of engineering)"}, nil},
		{"formerly of", "The deal closed. Omar Haddad, formerly of Anthropic, disagreed with the plan.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic former"}, nil},
		{"a maker ending in Labs releases a versioned name", "The market moved. Quillon Labs released Vesta-3 this year.",
			[]string{"Quillon Labs DEVELOPED -> Vesta-3"}, nil},
		{"which was developed by the PLACE startup X", "The market moved. Orin-4, which was developed by the Berlin startup Ferrox AI, is small.",
			[]string{"Ferrox AI DEVELOPED -> Orin-4"}, nil},
		{"X's newest model, Y", "The market moved. Norvane AI's newest model, Kestrel 3.7, can reason.",
			[]string{"Norvane AI DEVELOPED -> Kestrel 3.7"}, nil},
		{"Y is the latest model from X", "The market moved. Grove 3 is the latest model from Pinecrest AI.",
			[]string{"Pinecrest AI DEVELOPED -> Grove 3"}, nil},
		{"Y, a chatbot made by X", "The market moved. Users of Mako, a chatbot made by Reefline AI, grew fast.",
			[]string{"Reefline AI DEVELOPED -> Mako"}, nil},
		{"a backer is no maker", "The market moved. Seabright-backed Pollux AI unveiled Pollux-2 on Thursday.",
			[]string{"Pollux AI DEVELOPED -> Pollux-2"}, []string{"Seabright-backed Pollux AI DEVELOPED -> Pollux-2"}},
		{"a list of models after one maker", "The market moved. Halcyon Labs launched Nimbus 2.0, Stratus 3 and Cirrus 3 in December.",
			[]string{"Halcyon Labs DEVELOPED -> Nimbus 2.0", "Halcyon Labs DEVELOPED -> Stratus 3", "Halcyon Labs DEVELOPED -> Cirrus 3"}, nil},
		{"a list of bases is not made by the maker", "The market moved. Halcyon Labs launched Nimbus 2.0, Stratus 3 and Cirrus 3-based tools.",
			[]string{"Halcyon Labs DEVELOPED -> Nimbus 2.0"}, []string{"Halcyon Labs DEVELOPED -> Cirrus 3"}},
		{"a Chinese company with its city before a verb", "苏州海川科技今天发布了海川-2和海川-3模型。海川科技表示，模型将开源。",
			[]string{"苏州海川科技 DEVELOPED -> 海川-2", "苏州海川科技 DEVELOPED -> 海川-3"}, nil},
		{"ORG hired PERSON as TITLE", "The market moved. Tessara Systems hired Maya Lind as its new CTO.",
			[]string{"Maya Lind WORKS_AT -> Tessara Systems (CTO)"}, nil},
		{"ORG任命PERSON为TITLE", "Anthropic任命王建国为首席技术官。", []string{"王建国 WORKS_AT -> Anthropic (首席技术官)"}, nil},
		{"ORG named PERSON a finalist is no post", "The market moved. Anthropic named Maya Lind a finalist.", nil, []string{"Maya Lind WORKS_AT -> Anthropic"}},
		{"PERSON left ORG", "The market moved. Ravi Menon left Anthropic to start his own company.", []string{"Ravi Menon WORKS_AT -> Anthropic former"}, nil},
		{"Ex-ORG title PERSON", "The market moved. Ex-Pinecrest AI researcher Sofia Reyes criticised it.",
			[]string{"Sofia Reyes WORKS_AT -> Pinecrest AI (researcher) former"}, nil},
		{"a model named by its maker's brand and 大模型", "星澜科技今天宣布，其自研的星澜大模型将于下月上线。", []string{"星澜科技 DEVELOPED -> 星澜大模型"}, nil},
		{"ORG自研的MODEL", "市场周一出现波动。阿里巴巴自研的Qwen2.5表现不俗。", []string{"阿里巴巴 DEVELOPED -> Qwen2.5"}, nil},
		{"ORG built M on top of B", "The market moved. Ferrox AI built Orin-4 on top of Qwen2.5.",
			[]string{"Ferrox AI DEVELOPED -> Orin-4", "Orin-4 DERIVED_FROM -> Qwen2.5"}, []string{"Ferrox AI DEVELOPED -> Qwen2.5"}},
		{"M is a distilled version of B", "The market moved. Pinecrest AI's Grove 3 is a distilled version of Llama 2.",
			[]string{"Grove 3 DERIVED_FROM -> Llama 2", "Pinecrest AI DEVELOPED -> Grove 3"}, nil},
		{"M uses B as its base model", "The market moved. Orin-4 uses Mistral 7B as its base model.", []string{"Orin-4 DERIVED_FROM -> Mistral 7B"}, nil},
		{"M uses B for something else", "The market moved. Orin-4 uses Mistral 7B for search.", nil, []string{"Orin-4 DERIVED_FROM -> Mistral 7B"}},
		{"M trained starting from B", "The market moved. Halcyon Labs trained Nimbus 2 starting from Llama 2 weights.",
			[]string{"Halcyon Labs DEVELOPED -> Nimbus 2", "Nimbus 2 DERIVED_FROM -> Llama 2"}, nil},
		{"海川-3是在B的基础上微调而来", "市场周一出现波动。海川-3是在Qwen2.5的基础上微调而来。", []string{"海川-3 DERIVED_FROM -> Qwen2.5"}, nil},
		{"a bare post after the sentences about a company", "Bergen-based Fjordly AI on Tuesday released a tool. The tool is built on Meta's code, the company said. \"Small languages matter,\" chief technology officer Eirik Dahl said.",
			[]string{"Eirik Dahl WORKS_AT -> Fjordly AI (chief technology officer)"}, []string{"Eirik Dahl WORKS_AT -> Meta"}},
		{"a bare post with no company before", "\"Small languages matter,\" chief technology officer Eirik Dahl said.", nil, []string{"Eirik Dahl WORKS_AT -> Meta"}},
		{"a bare post after a quote in the same run of text", "Haneul AI last month launched Haneul-V. \"We moved fast,\" said co-founder Min-jun Kim. Haneul AI is small.",
			[]string{"Min-jun Kim WORKS_AT -> Haneul AI (co-founder)", "Haneul AI DEVELOPED -> Haneul-V"}, nil},
		{"a time between maker and release verb", "Bergen-based Fjordly AI on Tuesday released Fjord 2, the company said. Toronto-based Maple Mind earlier this year introduced Acer 3.",
			[]string{"Fjordly AI DEVELOPED -> Fjord 2", "Maple Mind DEVELOPED -> Acer 3"}, nil},
		{"ORG的X大模型", "蓝鲸智能今天宣布融资。蓝鲸智能的鲸语大模型相继跟进。", []string{"蓝鲸智能 DEVELOPED -> 鲸语大模型"}, nil},
		{"ORG的 a kind of 大模型", "蓝鲸智能今天宣布融资。蓝鲸智能的语言大模型相继跟进。", nil, []string{"蓝鲸智能 DEVELOPED -> 语言大模型"}},
		{"a bare 模型 opening a clause is the model named before", "新竹新創語森科技上月發表客服模型「森語-8B」。語森科技執行長林育成表示，模型以Llama 2為基礎微調。",
			[]string{"森語-8B DERIVED_FROM -> Llama 2"}, nil},
		{"a bare 模型 inside a phrase is no subject", "語森科技上月發表森語-8B。很多模型以Llama 2為基礎微調。", nil, []string{"森語-8B DERIVED_FROM -> Llama 2"}},
		{"PERSON of PLACE-based ORG said", "Others are more upbeat. Jonas Weber of Munich-based Vireo GmbH said his team shipped it in March.",
			[]string{"Jonas Weber WORKS_AT -> Vireo GmbH"}, []string{"Jonas Weber of Munich-based Vireo GmbH WORKS_AT -> Vireo GmbH"}},
		{"PERSON of ORG without speech", "Others are more upbeat. Jonas Weber of Anthropic fame wrote a book.", nil, []string{"Jonas Weber WORKS_AT -> Anthropic"}},
		{"formerly X at A and now Y of B", "The market moved on Monday. Tom Hale, formerly head of AI at Stripe and now CEO of Ledgerline, disagrees.",
			[]string{"Tom Hale WORKS_AT -> Stripe (head of AI) former", "Tom Hale WORKS_AT -> Ledgerline (CEO)"}, []string{"Tom Hale WORKS_AT -> Ledgerline (CEO) former"}},
		{"who directs the UNIT at ORG", "The market moved on Monday. Dr. Keiko Tanaka, who directs the Autonomy Lab at Kyoto University, is skeptical.",
			[]string{"Keiko Tanaka WORKS_AT -> Autonomy Lab (directs)", "Keiko Tanaka WORKS_AT -> Kyoto University"}, nil},
		{"who praises ORG is no post", "The market moved on Monday. Dr. Keiko Tanaka, who praises the Autonomy Lab at Kyoto University, is skeptical.",
			nil, []string{"Keiko Tanaka WORKS_AT -> Autonomy Lab", "Keiko Tanaka WORKS_AT -> Kyoto University"}},
		{"PERSON，ORG TITLE，", "市场周一出现波动。王丽华，Anthropic首席执行官，在会上发言。", []string{"王丽华 WORKS_AT -> Anthropic (首席执行官)"}, nil},
		{"PERSON，ORG something else，", "市场周一出现波动。王丽华，Anthropic的老朋友，在会上发言。", nil, []string{"王丽华 WORKS_AT -> Anthropic"}},
		{"a name ends before 加盟", "市场周一出现波动。前Anthropic研究员陈哲加盟公司，担任首席科学家。", []string{"陈哲 WORKS_AT -> Anthropic (研究员) former"}, nil},
		{"PERSON (ORG) said", "The market moved on Monday. Priya Raman (Anthropic) said agents fail.", []string{"Priya Raman WORKS_AT -> Anthropic"}, nil},
		{"PERSON at ORG said", "The market moved on Monday. Priya Raman at Anthropic said agents fail.", []string{"Priya Raman WORKS_AT -> Anthropic"}, nil},
		{"PERSON at ORG without speech", "The market moved on Monday. Priya Raman at Anthropic headquarters waved.", nil, []string{"Priya Raman WORKS_AT -> Anthropic"}},
		{"PERSON, a ORG title", "The market moved on Monday. Tom Ling, a Anthropic analyst, disagreed.", []string{"Tom Ling WORKS_AT -> Anthropic (analyst)"}, nil},
		{"PERSON, a ORG user", "The market moved on Monday. Tom Ling, a Anthropic fan, disagreed.", nil, []string{"Tom Ling WORKS_AT -> Anthropic"}},
		{"ORG said its M model", "The market moved on Monday. Quillon Labs said its Vega Pro model beat rivals.", []string{"Quillon Labs DEVELOPED -> Vega Pro"}, nil},
		{"the M model from ORG", "The market moved on Monday. The Aria model from Brightline AI is small.", []string{"Brightline AI DEVELOPED -> Aria"}, nil},
		{"ORG calls its new model M", "The market moved on Monday. Brightline AI calls its new model Aria Mini.", []string{"Brightline AI DEVELOPED -> Aria Mini"}, nil},
		{"ORG said its rival's model", "The market moved on Monday. Quillon Labs said its rival Anthropic had a model.", nil, []string{"Quillon Labs DEVELOPED -> Anthropic"}},
		{"ORG, which makes M", "The market moved on Monday. Quillon Labs, which makes Vega-3, raised money.", []string{"Quillon Labs DEVELOPED -> Vega-3"}, nil},
		{"ORG, the company behind M", "The market moved on Monday. Quillon Labs, the company behind Vega-3, raised money.", []string{"Quillon Labs DEVELOPED -> Vega-3"}, nil},
		{"M creator ORG", "The market moved on Monday. Vega-3 creator Quillon Labs raised money.", []string{"Quillon Labs DEVELOPED -> Vega-3"}, nil},
		{"ORG, which uses M", "The market moved on Monday. Quillon Labs, which uses Llama 2, raised money.", nil, []string{"Quillon Labs DEVELOPED -> Llama 2"}},
		{"two names joined by 和 and 都 share their posts", "市场周一出现波动。Anthropic的两位联合创始人李航和吴倩都曾在OpenAI工作。",
			[]string{"李航 WORKS_AT -> Anthropic (两位联合创始人)", "吴倩 WORKS_AT -> Anthropic (两位联合创始人)", "李航 WORKS_AT -> OpenAI former", "吴倩 WORKS_AT -> OpenAI former"}, nil},
		{"two names joined by 和 without 都 keep their own", "市场周一出现波动。Anthropic研究员李航和吴倩见了面。", []string{"李航 WORKS_AT -> Anthropic (研究员)"}, []string{"吴倩 WORKS_AT -> Anthropic"}},
		{"ORG title PERSON", "Gartner分析师Nadia Brennan对此并不意外。",
			[]string{"Nadia Brennan WORKS_AT -> Gartner (分析师)"}, nil},
		{"ORG的title PERSON", "Brightline AI的CEO Lena Ortiz也提到了这个问题。",
			[]string{"Lena Ortiz WORKS_AT -> Brightline AI (CEO)"}, nil},
		{"former and chained titles", "Brightwave前CEO、存储芯片厂商Korvane高级副总裁Tomas Lindqvist则持不同看法。",
			[]string{"Tomas Lindqvist WORKS_AT -> Korvane (高级副总裁)", "Tomas Lindqvist WORKS_AT -> Brightwave (前CEO) former"}, nil},
		{"former before the organization", "前OpenAI研究员张三丰表示，这很重要。",
			[]string{"张三丰 WORKS_AT -> OpenAI (研究员) former"}, nil},
		{"English ORG title PERSON", "Anthropic CEO Hana Sato called the talks a success.",
			[]string{"Hana Sato WORKS_AT -> Anthropic (CEO)"}, nil},
		{"English possessive title", "Meta's head of global developer relations Hana Sato argued the opposite.",
			[]string{"Hana Sato WORKS_AT -> Meta (head of global developer relations)"}, nil},
		{"English apposition", "Lucia Ferrand, a senior engineer at Anthropic and a co-author, nodded.",
			[]string{"Lucia Ferrand WORKS_AT -> Anthropic (senior engineer)"}, nil},
		{"two titles joined by and", "Dr. Jane Roe, a professor at Stanford University and co-director of the Stanford Institute for Applied Learning, said so.",
			[]string{"Jane Roe WORKS_AT -> Stanford University (professor)", "Jane Roe WORKS_AT -> Stanford Institute for Applied Learning (co-director)"}, nil},
		{"English apposition with possessive", "Mara Quist, the Coastal Survey Agency's lead spokesperson, told reporters on Friday the report was wrong.",
			[]string{"Mara Quist WORKS_AT -> Coastal Survey Agency (lead spokesperson)"}, nil},
		{"speech after an apposition is not a title", "Mara Quist, a spokeswoman, said in a Friday Anthropic memo that the report was wrong.",
			nil, []string{"Mara Quist WORKS_AT -> Anthropic"}},
		{"verb 领导", "斯坦福大学教授周明远将接手领导Anthropic。",
			[]string{"周明远 WORKS_AT -> Anthropic (领导)"}, nil},
		{"title list", "Mistral去年還很小，公司的3位共同創始人分別是執行長林志遠，以及陳柏宇(Bo-Yu Chen)和吳家豪(Jia-Hao Wu)。",
			[]string{"林志遠 WORKS_AT -> Mistral AI (共同創始人)", "陳柏宇 WORKS_AT -> Mistral AI (共同創始人)", "吳家豪 WORKS_AT -> Mistral AI (共同創始人)"}, nil},
		{"PERSON以前是ORG的TITLE", "联合创始人林嘉树以前是OpenAI的研究员，他负责训练。",
			[]string{"林嘉树 WORKS_AT -> OpenAI (研究员) former"}, nil},
		{"PERSON也是ORG的TITLE", "大学教授唐杰指出，数据更重要。唐杰也是OpenAI的首席科学家。", []string{"唐杰 WORKS_AT -> OpenAI (首席科学家)"}, nil},
		{"PERSON is a TITLE at ORG", "Jane Roe is a senior engineer at Anthropic.",
			[]string{"Jane Roe WORKS_AT -> Anthropic (senior engineer)"}, nil},
		{"as a ORG TITLE", "says Jane Roe, who led the work as a Anthropic affiliate and student.",
			[]string{"Jane Roe WORKS_AT -> Anthropic (Anthropic affiliate)"}, nil},
		{"Secretary of X and the Department of X", "The Department of Energy said so. Secretary of Energy Jane Roe agreed.",
			[]string{"Jane Roe WORKS_AT -> Department of Energy (Secretary of Energy)"}, nil},
		{"Secretary of X without the department", "Secretary of Energy Jane Roe agreed.", nil, []string{"Jane Roe WORKS_AT -> Department of Energy"}},
		{"former before an English organization", "Former OpenAI researcher Jane Roe said the lab moved fast.",
			[]string{"Jane Roe WORKS_AT -> OpenAI (researcher) former"}, nil},
		{"the lexicon confirms a person and an organization named together", "当时OpenAI的模型很强，Sam Altman就说即将发布。",
			[]string{"Sam Altman WORKS_AT -> OpenAI"}, nil},
		{"the lexicon gives no job the sentence does not name", "Sam Altman said Meta should open its models.", nil,
			[]string{"Sam Altman WORKS_AT -> Meta", "Sam Altman WORKS_AT -> OpenAI"}},
		{"founded by", "The startup, called Reka AI, was founded by Dani Yogatama and Yi Tay, a former DeepMind researcher.",
			[]string{"Dani Yogatama WORKS_AT -> Reka AI (founder)", "Yi Tay WORKS_AT -> Reka AI (founder)"}, nil},
		{"由PERSON创立", "Anthropic由Dario Amodei创立。", []string{"Dario Amodei WORKS_AT -> Anthropic (founder)"}, nil},
		{"a former ORG researcher", "Dani Yogatama, a former Anthropic researcher, said so.", []string{"Dani Yogatama WORKS_AT -> Anthropic (former researcher) former"}, nil},
		{"ORG's title, PERSON", "Meta's chief AI scientist, Yann LeCun, disagreed.", []string{"Yann LeCun WORKS_AT -> Meta (chief AI scientist)"}, nil},
		{"title in parentheses", `"Not yet," said Jane Roe (co-founder of OpenAI) in 2023.`, []string{"Jane Roe WORKS_AT -> OpenAI (co-founder)"}, nil},
		{"who was: a former job", "Jane Roe, who was OpenAI's chief technology officer, left in September.", []string{"Jane Roe WORKS_AT -> OpenAI (chief technology officer) former"}, nil},
		{"no title, no job", "Meta和Nadia Brennan都认为开源很重要。", nil, []string{"Nadia Brennan WORKS_AT -> Meta"}},

		{"X的Y", "据报道，OpenAI的ChatGPT上线两个月用户就破亿。", []string{"OpenAI DEVELOPED -> ChatGPT"}, nil},
		{"X打造的Y", "Meta打造的Llama席卷了整个领域。", []string{"Meta DEVELOPED -> Llama"}, nil},
		{"X发布了…Y", "Meta上周向研究者发布了开放权重的Llama 2。", []string{"Meta DEVELOPED -> Llama 2"}, nil},
		{"Y由X开发", "Zeta-2模型由Anthropic开发。", []string{"Anthropic DEVELOPED -> Zeta-2"}, nil},
		{"X's Y", "The test covered OpenAI’s GPT-4 and Meta's Llama 2.", []string{"OpenAI DEVELOPED -> GPT-4", "Meta DEVELOPED -> Llama 2"}, nil},
		{"Y from X", "Users compared Claude from Anthropic with others.", []string{"Anthropic DEVELOPED -> Claude"}, nil},
		{"Y是X推出的", "Zeta-2模型是Anthropic推出的新一代模型。", []string{"Anthropic DEVELOPED -> Zeta-2"}, nil},
		{"Y maker X", "Shares of ChatGPT maker OpenAI rose, while Claude-developer Anthropic fell.", []string{"OpenAI DEVELOPED -> ChatGPT", "Anthropic DEVELOPED -> Claude"}, nil},
		{"X's latest model, Y", "Anthropic's latest model, Claude 3 Opus, tops the chart.", []string{"Anthropic DEVELOPED -> Claude 3 Opus"}, nil},
		{"X的…模型Y", "OpenAI最新的推理模型GPT-4发布了。", []string{"OpenAI DEVELOPED -> GPT-4"}, nil},
		{"a model X only uses", "Meta's engineers used ChatGPT to write code.", nil, []string{"Meta DEVELOPED -> ChatGPT"}},
		{"Y开发商X", "绘图产品PixelNest开发商Brightline AI的CEO表示。", []string{"Brightline AI DEVELOPED -> PixelNest"}, nil},
		{"the lexicon confirms a pair the sentence names", "The feud pushed Anthropic and its Claude assistant up the app rankings.",
			[]string{"Anthropic DEVELOPED -> Claude"}, nil},
		{"the lexicon alone says nothing", "Meta的研究员也用ChatGPT写代码。", nil, []string{"Meta DEVELOPED -> ChatGPT", "OpenAI DEVELOPED -> ChatGPT"}},
		{"a platform that publishes derivatives", "开发者们在Together平台上陆续发布了数千个Llama衍生模型。", nil, []string{"Together AI DEVELOPED -> Llama"}},
		{"the verb belongs to the nearer model", "Meta发布推理模型Llama 2 成绩比肩OpenAI的GPT-4。", []string{"Meta DEVELOPED -> Llama 2", "OpenAI DEVELOPED -> GPT-4"}, []string{"Meta DEVELOPED -> GPT-4"}},

		{"versions of a named family", "Meta打造的Llama很成功，随后是Llama 2和Code Llama。",
			[]string{"Llama 2 DERIVED_FROM -> Llama", "Code Llama DERIVED_FROM -> Llama", "Meta DEVELOPED -> Llama 2", "Meta DEVELOPED -> Code Llama"}, nil},
		{"a version alone has no family", "Meta发布了Llama 2。", nil, []string{"Llama 2 DERIVED_FROM -> Llama"}},
		{"a lexicon family the name does not spell", "ChatGPT用上了新的GPT技术。", nil, []string{"ChatGPT DERIVED_FROM -> GPT"}},
		{"nearest named generation only", "通义千问家族里，Qwen2-VL和Qwen2.5-72B-Instruct都来自Qwen2.5系列。",
			[]string{"Qwen2.5-72B-Instruct DERIVED_FROM -> Qwen2.5"}, []string{"Qwen2-VL DERIVED_FROM -> 通义千问", "Qwen2.5-72B-Instruct DERIVED_FROM -> 通义千问"}},
		{"衍生…包括", "开发者上传了400多个Llama衍生模型，其中包括Vicuna和Koala-7B模型等成果。",
			[]string{"Vicuna DERIVED_FROM -> Llama", "Koala-7B DERIVED_FROM -> Llama"}, nil},
		{"M基于B", "Vicuna基于Llama 2训练而成。", []string{"Vicuna DERIVED_FROM -> Llama 2"}, nil},
		{"fine-tuned from", "Vicuna, fine-tuned from Llama, came out in March.", []string{"Vicuna DERIVED_FROM -> Llama"}, nil},
		{"fine-tuned from after an apposition", "Meta's Llama 2 is open. A lab published Llama 2-PL, a Polish model fine-tuned from Llama 2, within a day.",
			[]string{"Llama 2-PL DERIVED_FROM -> Llama 2", "Meta DEVELOPED -> Llama 2"}, []string{"Meta DEVELOPED -> Llama 2-PL"}},
		{"作为…底层", "将GPT 4作为ChatGPT底层技术并不明智。", []string{"ChatGPT DERIVED_FROM -> GPT-4"}, nil},
		{"以B为基座", "Taiwan-Llama则以Llama 2为基座。", []string{"Taiwan-Llama DERIVED_FROM -> Llama 2"}, nil},
		{"由B微调而来", "Zeta-2模型由Meta的Llama 2微调而来。", []string{"Zeta-2 DERIVED_FROM -> Llama 2"}, nil},
		{"B powers M", "GPT-4 powers the ChatGPT app that OpenAI sells.", []string{"ChatGPT DERIVED_FROM -> GPT-4"}, nil},
		{"the text's direction beats the family", "Claude 3 Opus powers the Claude chatbot.", []string{"Claude DERIVED_FROM -> Claude 3 Opus"}, []string{"Claude 3 Opus DERIVED_FROM -> Claude"}},
		{"a third party's fine-tune inherits no developer", "Meta打造的Llama 2很成功。Llama 2-PL则是从Llama 2微调而来的模型，由波兰团队发布。",
			[]string{"Meta DEVELOPED -> Llama 2"}, []string{"Meta DEVELOPED -> Llama 2-PL"}},
		{"基于B微调的模型“M”", "公司发布了基于Llama 2微调的行业模型“青岚-工匠”。", []string{"青岚-工匠 DERIVED_FROM -> Llama 2"}, nil},
		{"fine-tuned from it", "Developers built models on top of Llama 2, including Meta's own Code Llama, which was fine-tuned from it for code.",
			[]string{"Code Llama DERIVED_FROM -> Llama 2"}, nil},
		{"the maker's own variant inherits its developer", "Meta打造的Llama 2很成功。Llama 2-Chat是在Llama 2基础上继续训练得到的。",
			[]string{"Llama 2-Chat DERIVED_FROM -> Llama 2", "Meta DEVELOPED -> Llama 2-Chat"}, nil},
		{"models side by side are not lineage", "Vicuna和Llama 2都很受欢迎。", nil, []string{"Vicuna DERIVED_FROM -> Llama 2"}},
		{"the model as subject across an apposition", "Acme's flagship model, Korvid-VL-13B, was fine-tuned from Qwen2.5-VL-7B-Instruct on scans.",
			[]string{"Korvid-VL-13B DERIVED_FROM -> Qwen2.5-VL-7B-Instruct"}, nil},
		{"the model named in the sentence before", "Corvina AI released Corvina-9B on Monday. The model is fine-tuned from Llama 2 and speaks Portuguese.",
			[]string{"Corvina-9B DERIVED_FROM -> Llama 2"}, nil},
		{"the model named two sentences before is too far", "Corvina AI released Corvina-9B on Monday. Prices rose in May. The model is fine-tuned from Llama 2.",
			nil, []string{"Corvina-9B DERIVED_FROM -> Llama 2"}},
		{"该模型 and 后者", "公司发布了客服模型「云枢-8B」，該模型基於Zeta-2-7B微調，而後者本身又是以Llama 2為基礎訓練的。",
			[]string{"云枢-8B DERIVED_FROM -> Zeta-2-7B", "Zeta-2-7B DERIVED_FROM -> Llama 2"}, []string{"云枢-8B DERIVED_FROM -> Llama 2"}},
		{"a model that opens the sentence is its subject", "· 云枢-3-70B并非从零开始，而是基于Meta的Llama 2继续预训练；",
			[]string{"云枢-3-70B DERIVED_FROM -> Llama 2"}, nil},
		{"基于B，微调出M", "他的团队基于Llama 2，微调出面向法律文书的云枢-Lex模型。", []string{"云枢-Lex DERIVED_FROM -> Llama 2"}, nil},
		{"a model before 团队 names the makers, not the base", "该模型基于Vicuna团队发布的Zeta-2-7B微调。Zeta-2-7B很小。",
			nil, []string{"Zeta-2-7B DERIVED_FROM -> Vicuna"}},
		{"a derivative with its own name keeps no family maker", "Llama2-Formosa-7B基于Llama 2训练，Meta未参与。",
			[]string{"Llama2-Formosa-7B DERIVED_FROM -> Llama 2"}, []string{"Meta DEVELOPED -> Llama2-Formosa-7B"}},
		{"ORG title 的 PERSON", "前Meta研究员、现任初创公司Lattice Forge首席科学家的丹尼尔·莫雷蒂在X上发帖说，这是标准操作。",
			[]string{"丹尼尔·莫雷蒂 WORKS_AT -> Lattice Forge (首席科学家)", "丹尼尔·莫雷蒂 WORKS_AT -> Meta (研究员) former"}, nil},
		{"a department named 前瞻 is no former post", "国科会前瞻及应用科技处副处长黄柏钧说，申请很多。",
			[]string{"黄柏钧 WORKS_AT -> 国科会 (前瞻及应用科技处副处长)"}, []string{}},
		{"ORG's model, NAME, with commas", "Tessellate Labs is growing. Tessellate's flagship model, Tessera-VL-7B, was trained on welds.",
			[]string{"Tessellate Labs DEVELOPED -> Tessera-VL-7B"}, nil},
		{"a model name in quotation marks after a release verb", "語森科技執行長林冠廷表示很好。語森科技上週四發表客服專用模型「森語-8B」，效果不錯。",
			[]string{"語森科技 DEVELOPED -> 森語-8B"}, nil},
		{"a short form of a company before a title", "Meta invested in Corvina AI, and Corvina founder Ana Lopes joined Meta.",
			[]string{"Ana Lopes WORKS_AT -> Corvina AI (founder)"}, nil},
		{"who founded / who previously led", "Elena Vasquez, a former OpenAI researcher who founded the testing startup Plumbline Labs in 2023, said so. Arjun Rao, who previously led a robotics group at Meta, agreed. Priya Natarajan, who leads AI research at Bankwell, smiled.",
			[]string{"Elena Vasquez WORKS_AT -> Plumbline Labs (founder)", "Arjun Rao WORKS_AT -> Meta (led a robotics group) former", "Priya Natarajan WORKS_AT -> Bankwell (leads AI research)"}, nil},
		{"both now at", "Mira Holt and Sam Ortiz, both now at Anthropic, built the first version.",
			[]string{"Mira Holt WORKS_AT -> Anthropic", "Sam Ortiz WORKS_AT -> Anthropic"}, nil},
		{"a who clause about something else", "Jane Roe, who praised Anthropic last year, spoke.", nil, []string{"Jane Roe WORKS_AT -> Anthropic"}},
		{"PERSON创办的ORG, PERSON founded ORG", "原OpenAI副总裁王明创办的Corvina AI被收购。Jane Roe founded Quillon AI in 2021 with two friends from her school.",
			[]string{"王明 WORKS_AT -> Corvina AI (founder)", "王明 WORKS_AT -> OpenAI (副总裁) former", "Jane Roe WORKS_AT -> Quillon AI (founder)"}, nil},
		{"a founder of something else", "Jane Roe founded a charity for children and praised Quillon AI in the speech she gave.", nil, []string{"Jane Roe WORKS_AT -> Quillon AI"}},
		{"在B的基础上训练了M", "团队在Llama 2的基础上训练了Zeta-7B模型。", []string{"Zeta-7B DERIVED_FROM -> Llama 2"}, nil},
		{"distilled from, a model from, which ORG released", "Corvid-3-Small was distilled from Vicuna. Tamar 2, a model from Anthropic, is new. Zeta-2, which OpenAI released in May, is open.",
			[]string{"Corvid-3-Small DERIVED_FROM -> Vicuna", "Anthropic DEVELOPED -> Tamar 2", "OpenAI DEVELOPED -> Zeta-2"}, nil},
		{"a model used by an organization is not its", "Tamar-2-7B, which Anthropic tested in May, is new.", nil, []string{"Anthropic DEVELOPED -> Tamar-2-7B"}},
		{"PERSON（ORG title）", "王磊（星河资本合伙人）表示，估值合理。", []string{"王磊 WORKS_AT -> 星河资本 (合伙人)"}, nil},
		{"曾在ORG工作", "该公司CTO赵刚此前曾在OpenAI工作。工程师李娜目前在Meta工作。", []string{"赵刚 WORKS_AT -> OpenAI former", "李娜 WORKS_AT -> Meta"}, nil},
		{"在ORG without a work verb", "工程师李娜在Meta发布会上发言。", nil, []string{"李娜 WORKS_AT -> Meta"}},
		{"由TITLE PERSON于DATE创立", "北辰科技由前OpenAI工程师孙伟于2021年创立。", []string{"孙伟 WORKS_AT -> 北辰科技 (founder)"}, nil},
		{"a short office name is the full office", "江苏省委网信办昨天召开会议。省委网信办副主任王立表示支持。", []string{"王立 WORKS_AT -> 江苏省委网信办 (副主任)"}, nil},
		{"He is the title of ORG", "Tomas Ibarra has seen both sides, Ibarra said. He is the chief technology officer of Anthropic.",
			[]string{"Tomas Ibarra WORKS_AT -> Anthropic (chief technology officer)"}, nil},
		{"a pronoun three sentences after the person names nobody", "Tomas Ibarra has seen both sides, Ibarra said. The market grew. Prices fell. He is the chief technology officer of Anthropic.",
			nil, []string{"Tomas Ibarra WORKS_AT -> Anthropic"}},
		{"她曾在ORG工作", "研究员李娜表示，模型很好。她此前曾在OpenAI工作。", []string{"李娜 WORKS_AT -> OpenAI former"}, nil},
		{"ORG主导的…M", "国科会主导的对话引擎TAIDE已经开放。", []string{"国科会 DEVELOPED -> TAIDE"}, nil},
		{"the company's title, NAME", "Lumen Robotics raised $60 million on Thursday. The company's chief executive, Dana Cole, said the money would fund a model.",
			[]string{"Dana Cole WORKS_AT -> Lumen Robotics (chief executive)"}, nil},
		{"the company with no organization before", "Prices rose sharply. The weather was bad. The company's chief executive, Dana Cole, said so.", nil, []string{"Dana Cole WORKS_AT -> Lumen Robotics"}},
		{"who joined ORG as TITLE", "Former Tesla engineer Marco Ruiz, who joined Anthropic as CTO in 2024, leads the team.",
			[]string{"Marco Ruiz WORKS_AT -> Anthropic (CTO)"}, nil},
		{"the company released M", "Lumen Robotics raised money on Thursday. The company released Tamar-7B in May.",
			[]string{"Lumen Robotics DEVELOPED -> Tamar-7B"}, nil},
		{"该公司发布了M", "曜衡科技创始人王明表示很好。该公司今天发布了云枢-3-7B。", []string{"曜衡科技 DEVELOPED -> 云枢-3-7B"}, nil},
		{"the company with its organization far before", "Lumen Robotics raised money on Thursday. Prices rose. Rents rose. Wages rose. The company released Tamar-7B in May.",
			nil, []string{"Lumen Robotics DEVELOPED -> Tamar-7B"}},
		{"a model named after its maker", "Lisbon-based Corvina AI released Corvina-9B, an open model, on Monday.",
			[]string{"Corvina AI DEVELOPED -> Corvina-9B"}, nil},
		{"a Chinese model named after its lab", "云枢实验室负责人李明说，团队昨天放出了云枢-3系列模型。",
			[]string{"云枢实验室 DEVELOPED -> 云枢-3"}, nil},
		{"a fork of another maker's model is not the namesake's", "Formosa AI Labs is a nonprofit. Students released Formosa-Llama-7B last week.",
			nil, []string{"Formosa AI Labs DEVELOPED -> Formosa-Llama-7B"}},
		{"a name that merely starts alike is not the maker's", "Metaverse Labs said Metadata-7B, a model, is someone else's. Meta agreed.",
			nil, []string{"Meta DEVELOPED -> Metadata-7B"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			rels := relationsOf(t, tc.text)
			got := map[string]bool{}
			bare := map[string]bool{}
			for _, r := range rels {
				got[relString(r)] = true
				bare[fmt.Sprintf("%s %s -> %s", r.From, r.Type, r.To)] = true
			}
			var all []string
			for _, r := range rels {
				all = append(all, relString(r))
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("want %q; got %q", w, all)
				}
			}
			for _, n := range tc.not {
				if bare[n] {
					t.Errorf("must not find %q; got %q", n, all)
				}
			}
		})
	}
}

func TestFamilyPrefixes(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Llama 2", []string{"Llama"}},
		{"Qwen2.5-72B-Instruct", []string{"Qwen2.5-72B", "Qwen2.5"}},
		{"Qwen2-VL", []string{"Qwen2"}},
		{"Qwen-Turbo", []string{"Qwen"}},
		{"GPT-4o", []string{"GPT"}},
		{"Phi-3-mini", []string{"Phi-3"}},
		{"Corvid 3.1 8B", []string{"Corvid 3.1", "Corvid"}}, // a size comes off freely, then the version
		{"Corvid2-VL-7B", []string{"Corvid2-VL", "Corvid2"}},
		{"ChatGPT", nil},
	}
	for _, tc := range tests {
		if got := familyPrefixes(tc.name); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("familyPrefixes(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestResultOrderAndDedup(t *testing.T) {
	x := fixtureExtractor(t)
	doc := x.prepare(Doc{Text: "OpenAI的ChatGPT很火。Meta的Llama也很火，扎克伯格很满意。"})
	x.findEntities(doc)
	rels := []Relation{
		{Type: Developed, From: "OpenAI", To: "ChatGPT"},
		{Type: Developed, From: "OpenAI", To: "ChatGPT"},
		{Type: WorksAt, From: "Mark Zuckerberg", To: "Meta", Role: "CEO"},
		{Type: WorksAt, From: "Mark Zuckerberg", To: "Meta", Role: "创始人"},
	}
	r := doc.result(rels, nil, nil)
	var names []string
	for _, e := range r.Entities {
		names = append(names, e.Name)
	}
	want := []string{"OpenAI", "ChatGPT", "Meta", "Llama", "Mark Zuckerberg"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("entities = %q, want %q (order of first mention)", names, want)
	}
	if len(r.Relations) != 2 {
		t.Errorf("relations = %v, want 2 after dedup", r.Relations)
	}
	if e, _ := r.Entity("Mark Zuckerberg"); !reflect.DeepEqual(e.Aliases, []string{"扎克伯格"}) {
		t.Errorf("aliases = %q, want [扎克伯格]", e.Aliases)
	}
	if r.Quotes == nil || r.Events == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
}

// TestRelationVerbsInTraditional checks that a verb list written once in
// simplified characters matches its traditional spelling: 研製 was missing
// from the hand-written list before it became vocabulary.
func TestRelationVerbsInTraditional(t *testing.T) {
	x := embeddedExtractor(t)
	r := x.Article(Doc{Text: "京東研製的鵲橋-9B已經開源。"})
	for _, rel := range r.Relations {
		if rel.Type == Developed && rel.To == "鵲橋-9B" {
			return
		}
	}
	t.Errorf("no DEVELOPED 鵲橋-9B in %+v", r.Relations)
}
