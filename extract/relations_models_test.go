package extract

import "testing"

// TestModelRelationMoreRules covers the DEVELOPED and DERIVED_FROM rules of
// relations_models.go and the cues they added to derived.
func TestModelRelationMoreRules(t *testing.T) {
	checkRelationTable(t, []struct {
		rule string
		text string
		want []string
		not  []string
	}{
		{"a family takes the maker of its version", "Anthropic released Orion 2.0 Flash on Monday. Orion 2.0 models are popular.",
			[]string{"Anthropic DEVELOPED -> Orion 2.0 Flash", "Anthropic DEVELOPED -> Orion 2.0"}, nil},
		{"a fork does not give its base a maker", "Anthropic released Orion 2.0 Flash, fine-tuned from Orion 2.0. Orion 2.0 models are popular.",
			[]string{"Anthropic DEVELOPED -> Orion 2.0 Flash"}, []string{"Anthropic DEVELOPED -> Orion 2.0"}},
		{"MODEL is an LLM (LLM) developed by ORG", "The market moved. Vesta-3 is an open-weight language model (LLM) developed by Quillon Labs.",
			[]string{"Quillon Labs DEVELOPED -> Vesta-3"}, nil},
		{"MODEL is an LLM (LLM) praised by ORG", "The market moved. Vesta-3 is an open-weight language model (LLM) praised by Quillon Labs.",
			nil, []string{"Quillon Labs DEVELOPED -> Vesta-3"}},
		{"ORG … its MODEL chatbot", "The market moved. Without its founder, Quillon Labs will halt progress on its Vesta-3 chatbot.",
			[]string{"Quillon Labs DEVELOPED -> Vesta-3"}, nil},
		{"ORG praised PERSON and its MODEL", "The market moved. Quillon Labs praised Omar Haddad, who said so, and its Vesta-3 chatbot.",
			nil, []string{"Quillon Labs DEVELOPED -> Vesta-3"}},
		{"M是B的升级版", "星河-7B是Qwen2.5的升级版。",
			[]string{"星河-7B DERIVED_FROM -> Qwen2.5"}, nil},
		{"M是B的竞争对手 is no version", "星河-7B是Qwen2.5的竞争对手。",
			nil, []string{"星河-7B DERIVED_FROM -> Qwen2.5"}},
		{"A和B合作的M", "京东和Anthropic合作的星河-7B很强。",
			[]string{"京东 DEVELOPED -> 星河-7B", "Anthropic DEVELOPED -> 星河-7B"}, nil},
		{"A和B评测的M is no joint work", "京东和Anthropic评测的星河-7B很强。",
			nil, []string{"京东 DEVELOPED -> 星河-7B"}},
		{"M（ORG推出的语言模型）", "据悉，星河-7B（京东推出的语言模型）表现很好。",
			[]string{"京东 DEVELOPED -> 星河-7B"}, nil},
		{"M（ORG的对手）", "星河-7B（京东的对手）很强。",
			nil, []string{"京东 DEVELOPED -> 星河-7B"}},
		{"M是对B套壳", "星河-7B是对我们Qwen2.5套壳。",
			[]string{"星河-7B DERIVED_FROM -> Qwen2.5"}, nil},
		{"M不是B的套壳", "星河-7B不是Qwen2.5的套壳。",
			nil, []string{"星河-7B DERIVED_FROM -> Qwen2.5"}},
		{"a fork of B", "The market moved. Vega-3 is a new model. Vega-3 is a fork of Llama 2.",
			[]string{"Vega-3 DERIVED_FROM -> Llama 2"}, nil},
		{"M, a B-based chatbot and the B-based M", "The market moved. Researchers released Vega-3, a Llama 2-based chatbot, on Monday. The Qwen2.5-based Mistral 7B model is popular.",
			[]string{"Vega-3 DERIVED_FROM -> Llama 2", "Mistral 7B DERIVED_FROM -> Qwen2.5"}, nil},
		{"B-based tools is no model", "The market moved. Vega-3 and Llama 2-based tools are popular.",
			nil, []string{"Vega-3 DERIVED_FROM -> Llama 2"}},
		{"based on ORG's MODEL skips the owner", "The market moved. Vega-3 is based on Meta AI’s Llama 2 model.",
			[]string{"Vega-3 DERIVED_FROM -> Llama 2"}, []string{"Vega-3 DERIVED_FROM -> Meta AI"}},
		{"built upon", "The market moved. Vega-3 is a new model. At its core, Vega-3 is built upon Llama 2.",
			[]string{"Vega-3 DERIVED_FROM -> Llama 2"}, nil},
		{"B, ORG's model that powers M", "The market moved. GPT-4o, OpenAI’s flagship model that powers ChatGPT, is big.",
			[]string{"ChatGPT DERIVED_FROM -> GPT-4o"}, nil},
		{"B powers nothing across a clause", "The market moved. GPT-4 is big, and electricity powers ChatGPT.",
			nil, []string{"ChatGPT DERIVED_FROM -> GPT-4"}},
		{"基于B1和B2构建", "星河-7B，这是一个基于Llama 2视觉编码器和Qwen2.5语言模型的开放模型。",
			[]string{"星河-7B DERIVED_FROM -> Llama 2", "星河-7B DERIVED_FROM -> Qwen2.5"}, nil},
		{"based on B1 and trained on B2 is one base", "The market moved. Vega-3 is based on Llama 2 and was compared with Qwen2.5.",
			[]string{"Vega-3 DERIVED_FROM -> Llama 2"}, []string{"Vega-3 DERIVED_FROM -> Qwen2.5"}},
		{"M採用「B」模型", "目前ChatGPT採用「GPT-4」模型。",
			[]string{"ChatGPT DERIVED_FROM -> GPT-4"}, nil},
		{"M采用 a word that is no model", "ChatGPT采用了GPT-4的数据做对比。",
			nil, []string{"ChatGPT DERIVED_FROM -> GPT-4"}},
	})
}
