package extract

import (
	"sort"
	"strings"
	"testing"
)

// entitiesOf runs prepare and findEntities over text with the fixture
// lexicon.
func entitiesOf(t *testing.T, text string) *document {
	t.Helper()
	x := fixtureExtractor(t)
	doc := x.prepare(Doc{Text: text})
	x.findEntities(doc)
	return doc
}

func findEntity(doc *document, name string) *entity {
	for _, e := range doc.entities {
		if e.Name == name {
			return e
		}
		for a := range e.aliases {
			if a == name {
				return e
			}
		}
	}
	return nil
}

func entityNames(doc *document) []string {
	var out []string
	for _, e := range doc.entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	sort.Strings(out)
	return out
}

// TestEntityRules gives each recognition rule a case where it must fire
// (want) and, where the rule is risky, words it must not turn into an
// entity (not).
func TestEntityRules(t *testing.T) {
	tests := []struct {
		rule string
		text string
		want map[string]Type // name or alias -> type
		not  []string
	}{
		{"lexicon with traditional form and 公司", "臉書母公司Meta公司宣布，脸书将开放模型。",
			map[string]Type{"Meta": Organization, "臉書": Organization, "Meta公司": Organization}, nil},
		{"Latin name after a Chinese title", "Corvell分析师Elena Marsh认为价格还会再降。",
			map[string]Type{"Elena Marsh": Person, "Corvell": Organization}, nil},
		{"a legal form closes a Chinese company before a title", "杭州岚图数据股份有限公司首席执行官陈晓东表示，公司将加大投入。李婉清现任岚图数据副总裁。",
			map[string]Type{"杭州岚图数据股份有限公司": Organization, "岚图数据": Organization, "陈晓东": Person}, nil},
		{"a list of companies with legal forms, in a sentence of capitalised words", "Backers include Fenwick Capital, Ardent Systems S.A. and Bluepine Ltd.",
			map[string]Type{"Fenwick Capital": Organization, "Ardent Systems S.A.": Organization, "Bluepine Ltd.": Organization}, []string{"Ardent Systems S.A. and Bluepine Ltd."}},
		{"a headline without a stop stays a headline", "Fenwick Capital Backs Bluepine Ltd. In Big Deal", nil, []string{"Fenwick Capital"}},
		{"a versioned name with its maker after it", "Orchard Labs is a startup in Oslo. Glimmer-2, developed by Orchard Labs, is open-weight.",
			map[string]Type{"Glimmer-2": Model}, nil},
		{"a name after a release verb that the apposition calls a model", "The startup Norrin AI introduced Lumo, a reasoning model, on Monday.",
			map[string]Type{"Lumo": Model}, nil},
		{"a name after a release verb without a model word is no model", "The startup Norrin AI introduced Lumo, a Paris designer, on Monday.", nil, []string{"Lumo"}},
		{"a versioned name after a maker and its apposition", "Kestrel Analytics, a Munich company, unveiled Brio 2 on Tuesday.",
			map[string]Type{"Brio 2": Model}, nil},
		{"Y是X推出的", "岚图数据是一家公司。织梦-2是岚图数据推出的推理模型。", map[string]Type{"织梦-2": Model}, nil},
		{"a Chinese name opening a clause before a post", "赵明阳任职于阿里巴巴。王建国曾任Meta副总裁。", map[string]Type{"赵明阳": Person, "王建国": Person}, nil},
		{"no name from a pronoun or adverb before a post", "他曾任Meta副总裁。此前担任高管。", nil, []string{"他曾", "此前"}},
		{"a name a copula calls a model", "The market moved. Grove 3 is the latest model from Pinecrest AI.", map[string]Type{"Grove 3": Model}, nil},
		{"a versioned name a copula calls something else is no model", "The market moved. Route 66 is the latest road from the city.", nil, []string{"Route 66"}},
		{"a plural possessive and a model word", "The market moved. Tessellate Labs' Corvus models are popular.", map[string]Type{"Corvus": Model}, nil},
		{"a city before a brand and 科技", "苏州海川科技今天发布了新模型。海川科技表示，模型将开源。",
			map[string]Type{"苏州海川科技": Organization, "海川科技": Organization}, nil},
		{"a city before a common word and 科技 is no company", "上海交通科技今日上线。", nil, []string{"上海交通科技", "交通科技"}},
		{"a programme named like a model is no model", "The market moved on Monday. The Llama Program at the agency ended. 通义千问计划已经启动。", nil, []string{"Llama", "通义千问"}},
		{"a model named before a word that is not a programme word", "The market moved on Monday. Llama Planet is a game, but Llama runs on phones.", map[string]Type{"Llama": Model}, nil},
		{"a law or event named after an organization-like phrase", "The market moved on Monday. The Nordic Robotics Act takes effect. The Paris AI Action Summit drew leaders.",
			nil, []string{"Nordic Robotics", "Paris AI"}},
		{"organizations named by what only companies have", "The market moved on Monday. Shares of Quillon rose 5%. A spokesperson for Norvane said so. Brightline's chief executive agreed. Tessara (NASDAQ: TSRA) fell. Ferrox, which is headquartered in Berlin, grew.",
			map[string]Type{"Quillon": Organization, "Norvane": Organization, "Brightline": Organization, "Tessara": Organization, "Ferrox": Organization}, nil},
		{"a person's possessive before other nouns names no company", "The market moved on Monday. Marta Ibarra's dog and Ibarra's book sold well.", map[string]Type{"Marta Ibarra": Person}, nil},
		{"Partners closes a fund's name", "The market moved on Monday. Funding came from Northwind Capital Partners.", map[string]Type{"Northwind Capital Partners": Organization}, nil},
		{"a Chinese name between 任命 and a post", "公司任命王建国为首席技术官。", map[string]Type{"王建国": Person}, nil},
		{"no name between 任命 and no post", "公司任命王建国的消息传开。", nil, []string{"王建国"}},
		{"Systems closes a two-word company", "The market moved on Monday. Tessara Systems hired 40 people.", map[string]Type{"Tessara Systems": Organization}, nil},
		{"a company's brand before 大模型", "星澜科技今天宣布，其自研的星澜大模型将于下月上线。", map[string]Type{"星澜大模型": Model, "星澜科技": Organization}, nil},
		{"a word before 大模型 that is no company's brand", "星澜科技今天宣布，其自研的语言大模型将于下月上线。", nil, []string{"语言大模型", "自研的语言大模型"}},
		{"a company named before 成立于", "市场周一出现波动。云杉智能成立于2021年，总部位于杭州。", map[string]Type{"云杉智能": Organization}, nil},
		{"names a derivation calls models", "The market moved on Monday. Vega2 is derived from Llama 2. Grove 3 is a distilled version of Llama 2. Orin-4 uses Llama 2 as its base model. 市场周一出现波动。海川-3是在Qwen2.5的基础上微调而来。",
			map[string]Type{"Vega2": Model, "Grove 3": Model, "Orin-4": Model, "海川-3": Model}, nil},
		{"a road derived from a road is no model", "The market moved on Monday. Route 66 was derived from the old road.", nil, []string{"Route 66"}},
		{"a romanised given name with a hyphen", "The market moved on Monday. \"We moved fast,\" said co-founder Min-jun Kim.", map[string]Type{"Min-jun Kim": Person}, nil},
		{"a hyphenated word is no given name", "The market moved on Monday. The Anti-war Left said so.", nil, []string{"Anti-war Left"}},
		{"a company after PLACE-based", "The market moved on Monday. Toronto-based Maple Mind hired 30 people.", map[string]Type{"Maple Mind": Organization}, []string{"Toronto-based Maple Mind"}},
		{"a company after a linking adverb", "市场周一出现波动。随后蓝鲸智能今天发布了新模型。同时海川科技也宣布降价。", map[string]Type{"蓝鲸智能": Organization, "海川科技": Organization}, []string{"随后蓝鲸智能", "同时海川科技"}},
		{"an apposition that ends before a job word names no person", "The market moved on Monday. At Lattice Works, a San Francisco startup, engineers built Loom.",
			map[string]Type{"Lattice Works": Organization}, nil},
		{"a person of a company is no company", "The market moved on Monday. Jonas Weber of Munich-based Vireo GmbH said so.",
			map[string]Type{"Jonas Weber": Person, "Vireo GmbH": Organization}, []string{"Jonas Weber of Munich-based Vireo GmbH"}},
		{"numbered things that are not models", "The market moved on Monday. Section 230 is a version of the old rule. Level 4 systems, released by Waymo, need approval. It runs on Windows 11, a system made by Microsoft.",
			nil, []string{"Section 230", "Level 4", "Windows 11"}},
		{"an organization in parentheses after a person is no name of theirs", "The market moved on Monday. Anthropic grew. Priya Raman (Anthropic) said agents fail.",
			map[string]Type{"Priya Raman": Person, "Anthropic": Organization}, nil},
		{"a capitalised job opening a sentence is no part of the name", "The market moved on Monday. Researcher Aiko Sato thinks otherwise. Engineer Olu Adeyemi wrote the code.",
			map[string]Type{"Aiko Sato": Person, "Olu Adeyemi": Person}, []string{"Researcher Aiko Sato", "Engineer Olu Adeyemi"}},
		{"a Chinese name before 告诉记者", "市场周一出现波动。孙立平告诉记者，模型很快。", map[string]Type{"孙立平": Person}, nil},
		{"a pronoun before 告诉记者 is no name", "市场周一出现波动。他告诉记者，模型很快。", nil, []string{"他告诉"}},
		{"a product name before 在 is not a person", "Stable Diffusion在设计师中很流行。", nil, []string{"Stable Diffusion"}},
		{"Latin name needs evidence", "年初First Proof项目里，模型解决了题目。", nil, []string{"First Proof"}},
		{"English apposition and speech verb", `"The numbers fell," says Tomas Lindqvist, a senior scientist at the institute.`,
			map[string]Type{"Tomas Lindqvist": Person}, nil},
		{"title stripped from an English name", "U.S. Senator Maria Delgado said she disagreed.",
			map[string]Type{"Maria Delgado": Person}, []string{"Senator Maria Delgado"}},
		{"headline words are not names", "Regulators Name Anthropic Systemic Threat After Contract Feud",
			map[string]Type{"Anthropic": Organization}, []string{"Systemic Threat", "Name Anthropic Systemic Threat After"}},
		{"an apposition without a job is no evidence", "Lawmakers met on Capitol Hill, the seat of Congress, on Monday.", nil, []string{"Capitol Hill"}},
		{"a kind of capital is not a firm", "Venture Capital poured into startups.", nil, []string{"Venture Capital"}},
		{"capitalised phrases are not people", "She argued that the Clean Water Act and Southern Hospitality both count.", nil,
			[]string{"Clean Water Act", "Southern Hospitality"}},
		{"Chinese name after a title", "星河云总裁林默宣布，价格下调。", map[string]Type{"林默": Person}, nil},
		{"title without a name", "公司高级副总裁表示，价格下调。", nil, []string{"高级", "表示"}},
		{"dotted transliteration after a title", "Quillon联合创始人兼首席技术官瓦莱丽·马尔丹称，这是一次突破。", map[string]Type{"瓦莱丽·马尔丹": Person}, nil},
		{"a Chinese name that opens a clause and speaks", "王小明表示，端侧模型会爆发。刘洋则认为，成本仍是障碍。“这不是问题。”李静说。",
			map[string]Type{"王小明": Person, "刘洋": Person, "李静": Person}, nil},
		{"a weekday before a speech verb", "OpenAI首席执行官Sam Altman（萨姆·奥尔特曼）周二表示，模型将发布。", map[string]Type{"Sam Altman": Person}, []string{"周二"}},
		{"a name before an honorific", "王芳女士说，价格会降。研究由李明博士负责。", map[string]Type{"王芳": Person, "李明": Person}, nil},
		{"a middle initial", "John F. Kennedy said it first.", map[string]Type{"John F. Kennedy": Person}, nil},
		{"common words before a speech verb", "许多人认为，管理层表示，文章指出，高层强调，这很重要。", nil, []string{"许多人", "管理层", "文章", "高层"}},
		{"rare surname before a speech verb", "研究所所長栗永徽表示：模型有進步。", map[string]Type{"栗永徽": Person}, nil},
		{"transliteration with the original in parentheses", "菲尔兹奖得主高尔斯（Timothy Gowers）直言这是头一回。",
			map[string]Type{"高尔斯": Person, "Timothy Gowers": Person}, nil},
		{"Latin company with 公司", "Quantora公司数据科学副总裁Helena Brandt评论道。",
			map[string]Type{"Quantora": Organization, "Quantora公司": Organization, "Helena Brandt": Person}, nil},
		{"Latin name with a lab suffix", "Domino数据实验室主管Kjell Carlsson也这样认为。",
			map[string]Type{"Domino数据实验室": Organization, "Kjell Carlsson": Person}, nil},
		{"lab suffix does not swallow a verb", "Facebook宣布纽约大学教授将领导团队。", map[string]Type{"Facebook": Organization}, []string{"Facebook宣布纽约大学"}},
		{"English organization heads", "Scientists from the Berkeley Robotics Lab and the Center for Civic Computing (CCC) concur; CCC said so.",
			map[string]Type{"Berkeley Robotics Lab": Organization, "Center for Civic Computing": Organization, "CCC": Organization}, nil},
		{"a generic lab is not a company", "团队来自腾讯的AI Lab。", nil, []string{"AI Lab"}},
		{"Latin company with 公司 before a title", "Voyago公司CEO Daniel Pruitt也认为如此。", map[string]Type{"Voyago": Organization, "Voyago公司": Organization}, nil},
		{"a kind of AI is not a company", "Generative AI is everywhere, says the report.", nil, []string{"Generative AI"}},
		{"Chinese company from name tags", "北辰咨询公司首席分析师陈思远说，价格下降了九成。",
			map[string]Type{"北辰咨询公司": Organization, "陈思远": Person}, nil},
		{"a city and a kind of company is not a name", "这家杭州人工智能公司发布了新产品。", nil, []string{"杭州人工智能公司"}},
		{"unit of a known organization", "鴻海研究院今日宣布推出新模型。", map[string]Type{"鴻海研究院": Organization}, nil},
		{"model family plus version", "Meta随后发布了Llama 4和Qwen2.5-72B-Instruct。",
			map[string]Type{"Llama 4": Model, "Qwen2.5-72B-Instruct": Model}, nil},
		{"hyphenated word after a family is not a version", "Many Llama-based models followed.", map[string]Type{"Llama": Model}, []string{"Llama-based"}},
		{"hyphenated name around a known model", "FoxBrain优于同级的Taiwan-Llama。", map[string]Type{"Taiwan-Llama": Model}, nil},
		{"unknown family with a version before 模型", "该公司推出了Zeta-2模型。", map[string]Type{"Zeta-2": Model}, nil},
		{"version without a model word", "去年有COVID-19的影响。", nil, []string{"COVID-19"}},
		{"product named after 产品", "人工智能绘图产品PixelMuse开发商Brushwork AI的CEO Laura Finch指出。",
			map[string]Type{"PixelMuse": Model, "Brushwork AI": Organization, "Laura Finch": Person}, nil},
		{"quoted model name", "公司发布了基于Qwen2.5微调的行业模型“青岚-工匠”。", map[string]Type{"青岚-工匠": Model}, nil},
		{"a licence is not the organization", "公司以MIT许可证公开权重，Meta则用自己的协议。", map[string]Type{"Meta": Organization}, []string{"MIT"}},
		{"a topic in quotes is not a model", "大模型“价格战”半月记：降价之后，谁在买单。", nil, []string{"价格战"}},
		{"Chinese company before a title and a person", "深蓝智算公司首席技术官沈一鸣在分享中说，成本会降。",
			map[string]Type{"深蓝智算": Organization, "沈一鸣": Person}, nil},
		{"现任 is not part of the name", "前百度副总裁、现任星河创投合伙人赵启明回忆说。", map[string]Type{"星河创投": Organization, "赵启明": Person}, []string{"现任星河创投"}},
		{"a company named after 创业公司", "AI创业公司灵犀智能近日发布了开源大模型灵犀-2。", map[string]Type{"灵犀智能": Organization, "灵犀-2": Model}, nil},
		{"a company noun before a verb phrase names nothing", "中国的人工智能公司不能永远跟在别人后面发布模型。", nil, []string{"不能永远跟", "不能永远跟在别人后面"}},
		{"a company noun before a verb names nothing", "这家科技公司近日发布了新产品。", nil, []string{"近日"}},
		{"a chip is not a model", "英伟达周一发布了Blackwell架构芯片。", nil, []string{"Blackwell"}},
		{"the organization after a title and at", `"Everyone moves at once," said Rachel Kim, an analyst at Gartner. Kim expects more.`,
			map[string]Type{"Gartner": Organization, "Rachel Kim": Person}, nil},
		{"a place after at is not an organization", "Jane Roe, a researcher at Stanford in California, agreed.", map[string]Type{"Stanford": Organization}, []string{"Stanford in California"}},
		{"a pronoun is not a company name", "这家公司首席技术官沈一鸣说，成本会降。", map[string]Type{"沈一鸣": Person}, []string{"这家"}},
		{"one research unit, not two", "鴻海研究院人工智慧研究所所長栗永徽表示：模型有進步。",
			map[string]Type{"鴻海研究院": Organization}, []string{"鴻海研究院人工智慧研究所"}},
		{"a Latin name after a release verb", "国科会推出的TAIDE已经开放下载。", map[string]Type{"TAIDE": Model}, nil},
		{"a lab before a title and a person", "台灣人工智慧實驗室創辦人杜奕瑾表示，開源是機會。", map[string]Type{"台灣人工智慧實驗室": Organization, "杜奕瑾": Person}, nil},
		{"a language before 大模型 is not a name", "台灣應發展自己的繁體中文大模型。", nil, []string{"繁體中文大模型", "中文大模型"}},
		{"unknown family with a parameter count", "Its flagship, Korvid-VL-13B, was trained on scans. Maple-9B, too.",
			map[string]Type{"Korvid-VL-13B": Model, "Maple-9B": Model}, nil},
		{"a count that is no parameter size", "Route-66 and Area-51 and the F-35B are famous; Form-10M is a filing.", nil, []string{"Route-66", "Area-51", "Form-10M"}},
		{"Chinese stem with a size or a model word", "团队发布了云枢-3系列模型，其中云枢-3-14B-Chat基于云枢-3-14B，法律版是云枢-Lex模型。",
			map[string]Type{"云枢-3": Model, "云枢-3-14B-Chat": Model, "云枢-3-14B": Model, "云枢-Lex": Model}, []string{"基于云枢-3-14B"}},
		{"Chinese stem with a hyphen and no model cue", "京沪-2号线今天开通，沪杭-A段也在施工。", nil, []string{"京沪-2", "沪杭-A"}},
		{"a brand and a descriptor before a title", "这一看法得到了曜光咨询合伙人周一鸣的认同。初创企业云帆科技的CEO祁安告诉记者，成本不高。",
			map[string]Type{"曜光咨询": Organization, "周一鸣": Person, "云帆科技": Organization, "祁安": Person}, []string{"初创企业云帆科技", "祁安告"}},
		{"an association with its city before a title", "杭州市机器人行业协会秘书长吴立辉指出，标准还没统一。",
			map[string]Type{"杭州市机器人行业协会": Organization, "吴立辉": Person}, nil},
		{"a ministry is no described company", "国家科技部部长王志刚表示，要加强监管。", nil, []string{"国家科技", "科技"}},
		{"an adverb after a name is not part of it", "星河智能联合创始人韩墨曾是一名工程师。", map[string]Type{"韩墨": Person}, []string{"韩墨曾"}},
		{"a chief officer title the list lacks", "华承集团首席数字官冯婉清告诉记者，预算减少了。", map[string]Type{"华承集团": Organization, "冯婉清": Person}, nil},
		{"a place before -based is no part of the name", "Lisbon-based Corvina AI released a model. Corvina said it was free.",
			map[string]Type{"Corvina AI": Organization, "Corvina": Organization}, []string{"Lisbon-based Corvina AI"}},
		{"a month is no part of an organization", "去年10月北辰研究院院长李明说，模型开源了。", map[string]Type{"北辰研究院": Organization}, []string{"10月北辰研究院"}},
		{"a derivative is not the family's short name", "Llama3-Formosa-8B上线了，它以Llama 3为基础。",
			map[string]Type{"Llama3-Formosa-8B": Model, "Llama 3": Model}, nil},
		{"a product after 引擎", "国科会主导的对话引擎TAIDE已经开放。", map[string]Type{"TAIDE": Model}, nil},
		{"a Latin name after a word for a community", "开发者社区OpenHermit做的HermitXuan-7B很受欢迎。", map[string]Type{"OpenHermit": Organization, "HermitXuan-7B": Model}, nil},
		{"a title after 公司 is no name", "Voyago公司CEO Daniel Pruitt也认为如此。", map[string]Type{"Daniel Pruitt": Person}, []string{"CEO Daniel Pruitt"}},
		{"a deputy division head", "国科会前瞻及应用科技处副处长黄柏钧受访时说，申请很多。", map[string]Type{"黄柏钧": Person, "国科会": Organization}, nil},
		{"a lexicon name inside common words", "北京东城区的一家店很火。科技部门的负责人表示支持。", nil, []string{"京东", "科技部"}},
		{"a lexicon name next to a rare word", "字节跳动、京东和百度相继宣布降价。科技部发布了新规。", map[string]Type{"京东": Organization, "科技部": Organization}, nil},
		{"a single-word company by its apposition", "Quillon, a Berlin startup that builds coding agents, raised $40 million.", map[string]Type{"Quillon": Organization}, nil},
		{"a single-word company after startup", "Startup Ferrox raised money on Monday.", map[string]Type{"Ferrox": Organization}, []string{"Startup Ferrox"}},
		{"a company before a title and a person", "Quillon co-founder and CEO Ravi Mehta said margins would improve.",
			map[string]Type{"Quillon": Organization, "Ravi Mehta": Person}, nil},
		{"a company after a title in an apposition", "Jonas Weber, head of product at Quillon, said so. Priya Natarajan, who leads AI research at Bankwell, agreed.",
			map[string]Type{"Quillon": Organization, "Bankwell": Organization}, nil},
		{"a company that releases a versioned name", "Ferrox unveiled Tamar 2 on Monday.", map[string]Type{"Ferrox": Organization}, nil},
		{"a person described as a developer is no company", "Tomasz Nowak, a Warsaw developer, built it.", map[string]Type{"Tomasz Nowak": Person}, nil},
		{"a conjunction is no part of a company", "When Microsoft chief executive Satya Nadella spoke, people listened.",
			map[string]Type{"Microsoft": Organization}, []string{"When Microsoft"}},
		{"a Chinese company before a company verb", "曜衡科技今天发布了新一代模型。据了解，星衍智能宣布完成新一轮融资。",
			map[string]Type{"曜衡科技": Organization, "星衍智能": Organization}, nil},
		{"descriptions before a verb are no company", "人工智能发布会很热闹。中国科技公司很多。这家科技公司表示很好。", nil,
			[]string{"人工智能", "中国科技", "这家科技"}},
		{"a versioned name after an English release verb", "Ferrox unveiled Tamar 2 on Monday. Quillon launched Vega 3 in May.",
			map[string]Type{"Tamar 2": Model, "Vega 3": Model}, nil},
		{"a count after a release verb is no model", "The agency released Form 10 and the team launched Phase 2.", nil, []string{"Form 10", "Phase 2"}},
		{"a full name whose family name speaks elsewhere", "Tomas Ibarra has seen both sides. \"We throw away a third,\" Ibarra said.",
			map[string]Type{"Tomas Ibarra": Person}, nil},
		{"a family name that does not speak is no evidence", "Golden Gate opened in May. Gate officials watched the crowd.", nil, []string{"Golden Gate"}},
		{"a title apposition without an article", "Kenji Morita, vice president of AI platforms at Sakura Logistics, said so.",
			map[string]Type{"Kenji Morita": Person, "Sakura Logistics": Organization}, nil},
		{"models named by the words around them", "Teams build on Amazon's Nova models. Quillon's new model, Corvid-3, is open. Halcyon sells its Halcyon Inspect product.",
			map[string]Type{"Nova": Model, "Corvid-3": Model, "Halcyon Inspect": Model}, nil},
		{"a Chinese name with a version number", "百川智能发布了百川4，讯飞的星火3.5大模型也很强。",
			map[string]Type{"百川4": Model, "星火3.5": Model}, []string{"讯飞的星火3.5"}},
		{"a common word with a number is no model", "公司发布了版本2.0，推出了第2代产品，还有数据3.5模型。", nil, []string{"版本2.0", "第2代", "数据3.5"}},
		{"a dotted transliteration anywhere", "约翰·史密斯在会上发言。玛丽亚·加西亚认为价格太高。",
			map[string]Type{"约翰·史密斯": Person, "玛丽亚·加西亚": Person}, []string{"史密斯"}},
		{"a dot between ordinary words is no name", "他们讨论了数据·模型·算力三件事。", nil, []string{"数据·模型·算力", "模型·算力"}},
		{"models and makers named by derivation and by-phrases", "Corvid-3, which Quillon released in May, is open. Ostrich-7B is a version of Tamar 2, a model from Ferrox.",
			map[string]Type{"Corvid-3": Model, "Quillon": Organization, "Ferrox": Organization, "Tamar 2": Model}, nil},
		{"a by-phrase with a date is no company", "The model was released by Monday and trained by March.", nil, []string{"Monday", "March"}},
		{"a name before a parenthesis with a title", "王磊（星河资本合伙人）表示，估值合理。", map[string]Type{"王磊": Person, "星河资本": Organization}, nil},
		{"a parenthesis without a title names nobody", "模型（开源版本）表示能力不错。", nil, []string{"模型", "开源版本"}},
		{"a Chinese name with a version before 开源", "王仲远称，悟道3.0已经开源。", map[string]Type{"悟道3.0": Model}, nil},
		{"a language before -language model is no model", "The lab trained a Korean-language model and a GPT-4-class system last year.", nil, []string{"Korean-language", "GPT-4-class"}},
		{"traditional-script companies before a title or a verb", "鼎新數據董事長吳志明表示，營收將成長。台灣新創雲象科技上月發表醫療影像模型。",
			map[string]Type{"鼎新數據": Organization, "吳志明": Person, "雲象科技": Organization}, []string{"新創雲象科技"}},
		{"a name ends before 觀察 and 說明", "據資策會資深分析師蔡宜蓁觀察，採用率仍低。研究員古倫維說明，模型已下架。",
			map[string]Type{"蔡宜蓁": Person, "古倫維": Person}, []string{"蔡宜蓁觀"}},
		{"organizations named by investing, licensing and rivalry", "Investors including Northzone and Creandum backed it. Data was licensed from NRK, the company said. It competes with Cohere.",
			map[string]Type{"Northzone": Organization, "Creandum": Organization, "NRK": Organization, "Cohere": Organization}, nil},
		{"a list continues a known organization", "Anthropic, Weaviate and Pinecone announced integrations.",
			map[string]Type{"Weaviate": Organization, "Pinecone": Organization}, nil},
		{"a list that turns to a person or a date stops", "Anthropic, Sam Roberts said, is growing. Meta, Monday and Tuesday were busy.", nil, []string{"Sam Roberts Organization", "Monday", "Tuesday"}},
		{"two universities joined by and", "Researchers at the University of Oslo and ETH Zurich built it.",
			map[string]Type{"University of Oslo": Organization, "ETH Zurich": Organization}, []string{"University of Oslo and ETH Zurich"}},
		{"a local office with its place, and later without", "江苏省委网信办昨天召开会议。省委网信办副主任王立表示支持。",
			map[string]Type{"江苏省委网信办": Organization, "省委网信办": Organization, "王立": Person}, nil},
		{"an office without a place names none", "网信办发布了新规。这家公司表示不满。母公司发布公告。", nil, []string{"网信办", "这家", "母"}},
		{"a brand and 公司 before a verb", "曜衡公司宣布裁员。", map[string]Type{"曜衡": Organization}, nil},
		{"a model named after 'a new model,'", "The money will fund a new model, Lumen-VLA, built on Gemma. The model, Cole said, is late.",
			map[string]Type{"Lumen-VLA": Model}, []string{"Cole"}},
		{"X AI names a company, not a kind of AI", "Brushwork AI released a tool. The Grok AI model is new. Using AI to predict is hard. Chess and AI experts met. Oslo AI academy opened.",
			map[string]Type{"Brushwork AI": Organization}, []string{"Grok AI", "Using AI", "Chess and AI", "Oslo AI"}},
		{"a committee is an organization", "The market moved. Altman spoke before the Senate Judiciary Committee on Tuesday.",
			map[string]Type{"Senate Judiciary Committee": Organization}, nil},
		{"a title after a listed company is no part of it", "He is the Meta and Quillon CEO now. Meta and École Normale Supérieure hired her.",
			map[string]Type{"Quillon": Organization, "École Normale Supérieure": Organization}, []string{"Quillon CEO", "École Normale Sup"}},
		{"a list takes the type of its known items", "而 Sam Altman 与 Tarun Mehra、Lior Katzman 一起创立了公司。包括Qwen、Llama、Vireo、Claude和Zephyrine等等。",
			map[string]Type{"Tarun Mehra": Person, "Lior Katzman": Person, "Vireo": Model, "Zephyrine": Model}, nil},
		{"a cue after a list types it", "他先后在 quillon.ai、Meta、Brightwave Labs 等公司工作。测试的 o1-preview、k2、QwQ 模型都未能过关。",
			map[string]Type{"quillon.ai": Organization, "k2": Model}, nil},
		{"a list without a typed item or cue types nothing", "方法包括 Robustness Gym、Mandoline。2023年属于Llama和开源AI，Llama 2和8月的新版本。",
			nil, []string{"Robustness Gym", "Mandoline", "8"}},
		{"a company's brand in a list of models is the model family", "开源模型包括Qwen、Llama、Claude、Mistral和Vicuna。",
			map[string]Type{"Mistral": Model}, nil},
		{"commas in Chinese text and an English apposition join no list", "星河公司(Orbis Holdings Inc., ORBX)等公司。Sam Altman, Associate Professor at Oslo, spoke.",
			nil, []string{"ORBX", "Associate Professor"}},
		{"a Latin name in Chinese text with an apposition or a transliteration", "Ruslan Okafor，某大学数学系副教授。Dara Voss，投资者之一，此前参与过投资。推文由Tomek Brandt（托梅克）发出。统计学家 Ivo Marsh 分享了问题。",
			map[string]Type{"Ruslan Okafor": Person, "Dara Voss": Person, "Tomek Brandt": Person, "Ivo Marsh": Person}, nil},
		{"a Latin phrase in parentheses after a word or a place is nobody", "这个方法（Vega Preview）可以试玩。她提出了 Q7 架构（Layered Echo Networks）。来自西普韦布洛（Pueblo West）的参赛者赢了。",
			nil, []string{"Vega Preview", "Layered Echo Networks", "Pueblo West", "西普韦布洛"}},
		{"a place or a common word is no Chinese name", "他们都住在维也纳，维也纳已成为中心。许多学者警告说，厂商并未控制炒作。毕业后，他加入了公司。",
			nil, []string{"维也纳", "警告", "毕业后"}},
		{"a degree after a transliteration is no part of the name", "美国某学院的莫兰德博士（Dr Peter Moreland）是评审团的主席。", map[string]Type{"莫兰德": Person, "Peter Moreland": Person}, []string{"莫兰德博士"}},
		{"an institution named by its head word", "她本科就读于莫斯科国立大学，后来在奥地利科学技术研究所完成学位。他们上月在上海证券交易所获准上市。美国马里兰大学的教授同意。加利福尼亚大学戴维斯分校有位教授也同意。",
			map[string]Type{"莫斯科国立大学": Organization, "奥地利科学技术研究所": Organization, "上海证券交易所": Organization, "马里兰大学": Organization, "美国马里兰大学": Organization, "加利福尼亚大学戴维斯分校": Organization}, nil},
		{"a lone character opens an institution's name unless it is a particle", "他与紫金山天文台合作。连牛津人工智能实验室都同意。",
			map[string]Type{"紫金山天文台": Organization, "牛津人工智能实验室": Organization}, []string{"金山天文台", "连牛津人工智能实验室"}},
		{"a description before a head word is no institution", "这所大学很好。多所美国大学表示支持。他在维也纳的一家秘密欧洲实验室上班。从事研究所需的资金。",
			nil, []string{"这所大学", "美国大学", "秘密欧洲实验室", "欧洲实验室", "从事研究所"}},
		{"a Latin name after a word for a company or where someone works", "平台服务商 Quillora 将模型集成到产品中。他经营的工作室Brasswing Games很小。他也在 Tallis.ai 担任过工程师。",
			map[string]Type{"Quillora": Organization, "Brasswing Games": Organization, "Tallis.ai": Organization}, nil},
		{"a stock ticker is no organization", "投资方包括星河(Orbis Motors Inc., ORBM)首席执行官柯文(Ken Cole)。", nil, []string{"ORBM"}},
		{"Latin model names in Chinese text by their authors, architecture, product or paper", "Vireo作者带同学创业。基于 Transformer 架构的模型很多。纯 MLP 架构 Quill-Mixer 很简单。第一个产品 Sonar。这个新模型（Sonar Preview）可以试玩。参阅论文《ZetaViT: One Model for All》。",
			map[string]Type{"Vireo": Model, "Quill-Mixer": Model, "Sonar": Model, "Sonar Preview": Model, "ZetaViT": Model}, []string{"Transformer", "MLP"}},
		{"a paper title of common words names no model", "《Scaling Laws: A Study》很有名。", nil, []string{"Scaling Laws"}},
		{"a strong variant or an encoder makes a versioned name a model", "来自某公司的Zeta-VL-Plus排名第五。这是一个基于 Orin-So400m 视觉编码器的模型。The Zeta-Plus card is new.",
			map[string]Type{"Zeta-VL-Plus": Model, "Orin-So400m": Model}, []string{"Zeta-Plus"}},
		{"a person behind a backer suffix, an Irish name, a titled surname", "Funds and Ashton Brill-backed firm Quarry Ventures joined. Tim O’Reilly met the team. The deal pleased Vice President Harlow.",
			map[string]Type{"Ashton Brill": Person, "Tim O’Reilly": Person, "Harlow": Person}, []string{"Ashton Brill-backed"}},
		{"a titled full name is not cut to its surname", "President Donald Trump spoke at the Senator Hotel.", map[string]Type{"Donald Trump": Person}, []string{"Donald", "Hotel"}},
		{"a company's or a venue's last word ends no personal name", "Lucas Film and Wendy Foods merged. Jennifer Park and George Church spoke at the Grace Hopper Celebration.",
			map[string]Type{"Jennifer Park": Person, "George Church": Person}, []string{"Lucas Film", "Wendy Foods", "Grace Hopper Celebration"}},
		{"a first name from the census list is evidence of a person", "The market moved. Yasmin Okoro and Percy Lang met on Monday.",
			map[string]Type{"Yasmin Okoro": Person, "Percy Lang": Person}, nil},
		{"organizations after a descriptor: a security firm, a newspaper, an investor", "The security firm Norrbit found the flaw. Halvard, a newspaper in Oslo, reported it. 投资机构 Fjellstad 领投。",
			map[string]Type{"Norrbit": Organization, "Halvard": Organization, "Fjellstad": Organization}, nil},
		{"a model family or a chatbot named as such", "The lab released the Corvid family of models. People use the Pibble chatbot daily. 公司发布了Orca-Max系列模型。",
			map[string]Type{"Corvid": Model, "Pibble": Model, "Orca-Max": Model}, nil},
		{"a place or an architecture before a model word is no model", "The New York chatbot law passed. 他在Transformer系列中提到。", nil, []string{"New York", "Transformer"}},
		{"a transliterated name joined by a bullet", "约翰•斯特朗在会上发言。", map[string]Type{"约翰•斯特朗": Person}, nil},
		{"a Chinese name in pinyin is a person", "The paper lists Zitong Wei and Gao Yiming among its authors. Shanghai Tower is tall.",
			map[string]Type{"Zitong Wei": Person, "Gao Yiming": Person}, []string{"Shanghai Tower"}},
		{"the reporter of a byline", "（中央社記者林書豪台北14日電）今天有新模型亮相。新华社记者王小明北京3月5日电 会议开幕。",
			map[string]Type{"林書豪": Person, "王小明": Person}, []string{"林書豪台北", "台北"}},
		{"a name ends before yesterday and 谈到; 祕書 is a title", "公司CEO韩立新昨天回应了质疑。國科會副執行祕書吳佩珊談到,模型很重要。",
			map[string]Type{"韩立新": Person, "吳佩珊": Person}, []string{"韩立新昨"}},
		{"investors named as such, a fund, a chief before a name", "It had support of existing investors Quarrel, Brightwick and more. Shareholders such as Fennory and the Lumo Bianca fund joined. Wexley chief Dana Colt was stunned.",
			map[string]Type{"Quarrel": Organization, "Brightwick": Organization, "Fennory": Organization, "Lumo Bianca": Organization, "Wexley": Organization, "Dana Colt": Person}, nil},
		{"a known company and another joined by and are two", "Funds OpenAI and Brindle Ventures led the round.",
			map[string]Type{"OpenAI": Organization, "Brindle Ventures": Organization}, []string{"OpenAI and Brindle Ventures"}},
		{"a known name after of stays inside the longer name", "The Oslo University of Meta and Technology won. The Senate Committee on Commerce met.",
			map[string]Type{"Oslo University of Meta and Technology": Organization, "Senate Committee on Commerce": Organization}, nil},
		{"a known backer before -backed is named too", "Startups like Meta-backed Quillon raised funds.", map[string]Type{"Meta": Organization, "Quillon": Organization}, []string{"Meta-backed Quillon"}},
		{"a determiner before AI is no company", "Several AI startups raised funds. Rival AI labs agreed.", nil, []string{"Several AI", "Rival AI"}},
		{"a center for something ends at the last word, not at Foundation", "The team worked at the Oslo Center for Research on Foundation Models (OCRFM) last year.",
			map[string]Type{"Oslo Center for Research on Foundation Models": Organization}, []string{"Oslo Center for Research on Foundation"}},
		{"a list before 的架构 names models, not architectures", "他喜欢基于Vireo、Zephyrine和Quill的架构。基于Transformer和CNN的架构很多。",
			map[string]Type{"Vireo": Model, "Zephyrine": Model, "Quill": Model}, []string{"Transformer", "CNN"}},
		{"what a company does is no name before 公司 and a title", "据Vireo研发公司Quillon首席执行官王建国说，用户很多。", map[string]Type{"王建国": Person}, []string{"研发", "研发公司"}},
		{"ambiguous name settled by an unambiguous form", "Mistral AI今天宣布融资，Mistral的估值将达20亿欧元。",
			map[string]Type{"Mistral AI": Organization, "Mistral": Organization}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			doc := entitiesOf(t, tc.text)
			for name, typ := range tc.want {
				e := findEntity(doc, name)
				if e == nil || e.Type != typ {
					t.Errorf("want %s %q; got %v", typ, name, entityNames(doc))
				}
			}
			for _, name := range tc.not {
				if e := findEntity(doc, name); e != nil {
					t.Errorf("%q must not be an entity; got %v", name, entityNames(doc))
				}
			}
		})
	}
}

func TestEntityMerging(t *testing.T) {
	tests := []struct {
		rule  string
		text  string
		same  []string // all names one entity
		apart []string // each a different entity
	}{
		{"surname after the full name", "Domino数据实验室主管Kjell Carlsson认为如此。Carlsson还说，这是开源。", []string{"Kjell Carlsson", "Carlsson"}, nil},
		{"simplified and traditional", "脸书宣布开源。臉書的研究员表示满意。", []string{"脸书", "臉書", "Meta"}, nil},
		{"lexicon aliases across scripts", "扎克伯格表示满意。Mark Zuckerberg later agreed.", []string{"扎克伯格", "Mark Zuckerberg"}, nil},
		{"company with and without 公司", "Together公司联合创始人表示。Together凭借数据集备受关注。", []string{"Together公司", "Together"}, nil},
		{"short form of a Chinese company", "青岚智能科技有限公司今天发布模型。青岚智能的团队很小。", []string{"青岚智能科技有限公司", "青岚智能"}, nil},
		{"family name after its only version", "Anthropic's Claude 3 Opus wrote the summary. Claude also checked the sums.", []string{"Claude 3 Opus", "Claude"}, nil},
		{"family first, then versions", "Meta的Llama很受欢迎，随后是Llama 2。", nil, []string{"Llama", "Llama 2"}},
		{"family named as a product", "Claude 3 Opus powers the Claude chatbot that Anthropic offers.", nil, []string{"Claude 3 Opus", "Claude"}},
		{"family named as a series", "Qwen2.5-72B-Instruct来自Qwen2.5系列。", nil, []string{"Qwen2.5-72B-Instruct", "Qwen2.5"}},
		{"an abbreviation seen before its expansion", "Staff at CCC ran it. The Center for Civic Computing (CCC) sits inside Berkeley.",
			[]string{"CCC", "Center for Civic Computing"}, nil},
		{"a country before a known name", "A US Department of War memo said no. Meta later met Department of War staff.", []string{"US Department of War", "Department of War"}, nil},
		{"a family name found by a pattern joins the full name", "分析师苏珊·霍尔（Susan Hall）看法不同。霍尔表示，成本会降。", []string{"苏珊·霍尔", "Susan Hall", "霍尔"}, nil},
		{"a transliteration and its original with a title of address", "美国某学院的莫兰德博士（Dr Peter Moreland）是主席。", []string{"莫兰德", "Peter Moreland"}, nil},
		{"a surname a weak pattern called a company", "The founders, Ilona Varga and Kwame Osei, met. Varga, 51, and Osei, 39, had long known of each other.", []string{"Kwame Osei", "Osei"}, nil},
		{"a first name the lexicon does not list before a known surname", "Technical Director Samuel Altman spoke. Later, Altman left. OpenAI Altman is no name.", []string{"Samuel Altman", "Sam Altman"}, nil},
		{"two people, one surname", "Ben James认为如此。Lebron James也表示同意。James说。", nil, []string{"Ben James", "Lebron James"}},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			doc := entitiesOf(t, tc.text)
			var first *entity
			for _, n := range tc.same {
				e := findEntity(doc, n)
				if e == nil {
					t.Fatalf("%q not found; got %v", n, entityNames(doc))
				}
				if first == nil {
					first = e
				} else if e != first {
					t.Errorf("%q and %q should be one entity; got %v", tc.same[0], n, entityNames(doc))
				}
			}
			seen := map[*entity]string{}
			for _, n := range tc.apart {
				e := findEntity(doc, n)
				if e == nil {
					t.Fatalf("%q not found; got %v", n, entityNames(doc))
				}
				if other, ok := seen[e]; ok {
					t.Errorf("%q and %q should be apart", other, n)
				}
				seen[e] = n
			}
		})
	}
}

func TestMentionsSortedAndKinds(t *testing.T) {
	doc := entitiesOf(t, "Domino数据实验室主管Kjell Carlsson认为如此。Carlsson还说，Meta的Llama很好。")
	for i := 1; i < len(doc.mentions); i++ {
		if doc.mentions[i].Start < doc.mentions[i-1].End {
			t.Fatalf("mentions overlap or are unsorted: %v", doc.mentions)
		}
	}
	var kinds []mentionKind
	for _, m := range doc.mentions {
		if m.Entity.Name == "Kjell Carlsson" {
			kinds = append(kinds, m.Kind)
		}
	}
	if len(kinds) != 2 || kinds[0] != byName || kinds[1] != bySurname {
		t.Errorf("Carlsson mention kinds = %v, want [byName bySurname]", kinds)
	}
}

func TestGender(t *testing.T) {
	tests := []struct {
		text, name string
		want       byte
	}{
		{"Ms. Jane Roe said the plan works.", "Jane Roe", 'f'},
		{"Mr. Tomas Vark said the plan works.", "Tomas Vark", 'm'},
		{"扎克伯格表示满意。", "Mark Zuckerberg", 'm'}, // from the lexicon
		{"Jane Roe said the plan works.", "Jane Roe", 0},
	}
	for _, tc := range tests {
		doc := entitiesOf(t, tc.text)
		e := findEntity(doc, tc.name)
		if e == nil {
			t.Errorf("%q: %q not found; got %v", tc.text, tc.name, entityNames(doc))
			continue
		}
		if e.Gender != tc.want {
			t.Errorf("%q: gender %q, want %q", tc.text, e.Gender, tc.want)
		}
	}
}

func TestVersionSuffix(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Llama 2模型", " 2"},
		{"GPT-4o is", "-4o"},
		{"Qwen2.5-72B-Instruct。", "2.5-72B-Instruct"},
		{"Claude 3 Opus in tests", " 3 Opus"},
		{"Llama 2 and more", " 2"},
		{"Llama 2023年", ""},
		{"Llama-based", ""},
		{"Qwen-Turbo的价格", "-Turbo"},
		{"Mixtral-8x7B-Instruct was", "-8x7B-Instruct"},
		{"Vega 8 xylophones", " 8"},
		{"GPT-4V-1106、Gemini", "-4V-1106"},
		{"GPT-4-2024-05-13 is", "-4-2024-05-13"},
		{"GPT-4 2023", "-4"},
		{"Gemini-1306 x", ""},
		{"Midjourney v5 image", " v5"},
	}
	for _, tc := range tests {
		i := strings.IndexAny(tc.text, " -0123456789")
		end := versionSuffix(tc.text, i)
		if got := tc.text[i:end]; got != tc.want {
			t.Errorf("versionSuffix(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestShortBrand(t *testing.T) {
	tests := []struct{ name, want string }{
		{"Halcyon Systems Inc.", "Halcyon"},
		{"Tessellate Labs", "Tessellate"},
		{"Corvane Advisory", "Corvane"},
		{"星衍智能", "星衍"},
		{"弘睿咨询", "弘睿"},
		{"Kestrel Analytics GmbH", "Kestrel"},
		{"Fjordline ASA", "Fjordline"},
		{"岚图数据", "岚图"},
		// no short form: a generic first word, a distinctive second word, a long Chinese brand
		{"General Systems Inc.", ""},
		{"Plumbline Research Institute", ""},
		{"University of Oslo", ""},
		{"Amazon Web Services", ""},
		{"深圳市人工智能行业协会", ""},
		{"玄枢实验室", ""},
	}
	for _, tc := range tests {
		if got := shortBrand(tc.name); got != tc.want {
			t.Errorf("shortBrand(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAmbiguousNameByContext checks that the words around a name shared by
// an organization and a model decide, even against another form the
// article uses: an owner's possessive, a workplace or a maker make it the
// organization, a word for a product before it the model.
func TestAmbiguousNameByContext(t *testing.T) {
	tests := []struct {
		text, form string
		want       []Type // the type of each mention of form, in order
	}{
		{"Quillon tuned Meta AI’s Llama model. She is a director at Meta AI. People chat with the Meta AI assistant.", "Meta AI", []Type{Organization, Organization}},
		{"Vireo 2 is a model developed by Scribblr. 写作产品Scribblr开发商Penwick AI的团队很小。", "Scribblr", []Type{Organization, Model}},
		{"We are upgrading Meta AI with our newest large language model, the founder wrote.", "Meta AI", []Type{Model}},
	}
	for _, tc := range tests {
		doc := entitiesOf(t, tc.text)
		var got []Type
		for _, m := range doc.mentions {
			if doc.text[m.Start:m.End] == tc.form {
				got = append(got, m.Entity.Type)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: mentions of %q have types %v, want %v", tc.text, tc.form, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: mentions of %q have types %v, want %v", tc.text, tc.form, got, tc.want)
				break
			}
		}
	}
}

// TestListItemsDoNotOverlap checks that a list item typed by its
// neighbours never overlaps a longer name found around it (OpenAI公司).
func TestListItemsDoNotOverlap(t *testing.T) {
	doc := entitiesOf(t, "模型包括Qwen、Llama和OpenAI公司的Zephyrine。两个尺寸都有对话版,即灵犀-3-8B-Chat和灵犀-3-32B-Chat,由基座微调得到。")
	for i := 1; i < len(doc.mentions); i++ {
		if doc.mentions[i].Start < doc.mentions[i-1].End {
			a, b := doc.mentions[i-1], doc.mentions[i]
			t.Errorf("mentions %q and %q overlap", doc.text[a.Start:a.End], doc.text[b.Start:b.End])
		}
	}
}

// TestMergeKeepsRules checks that an entity folded into another hands over
// the rules that found it, and that a later mention of a known name (the
// second pass, a family name alone) adds none of its own.
func TestMergeKeepsRules(t *testing.T) {
	tb := newEntityTable(fixtureExtractor(t).lex)
	a := &entity{Name: "Lux Capital", Type: Organization, aliases: map[string]bool{"Lux Capital": true}}
	b := &entity{Name: "Lux", Type: Organization, aliases: map[string]bool{"Lux": true}}
	a.credit(ruleEntityOrgHeadEn)
	b.credit(ruleEntityOrgCuedEn)
	b.credit(ruleEntityOrgHeadEn)
	tb.list = []*entity{a, b}
	tb.merge(a, b)
	if got := strings.Join(sortedRules(a.rules), " "); got != ruleEntityOrgCuedEn+" "+ruleEntityOrgHeadEn {
		t.Errorf("merged rules = %q", got)
	}

	doc := entitiesOf(t, "Marta Kowalczyk said the deal was done. Later Kowalczyk said it again.")
	e := findEntity(doc, "Marta Kowalczyk")
	if e == nil {
		t.Fatal("no Marta Kowalczyk")
	}
	if len(e.rules) != 1 || e.rules[0] != ruleEntityPersonEn {
		t.Errorf("rules = %v, want only %s", e.rules, ruleEntityPersonEn)
	}
}
