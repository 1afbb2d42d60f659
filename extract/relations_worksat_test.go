package extract

import (
	"fmt"
	"testing"
)

// checkRelationTable runs want/not cases through the relation rules.
func checkRelationTable(t *testing.T, tests []struct {
	rule string
	text string
	want []string
	not  []string
}) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			rels := relationsOf(t, tc.text)
			got := map[string]bool{}
			bare := map[string]bool{}
			var all []string
			for _, r := range rels {
				got[relString(r)] = true
				bare[fmt.Sprintf("%s %s -> %s", r.From, r.Type, r.To)] = true
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

// TestWorksAtMoreRules covers the WORKS_AT rules of relations_worksat.go.
func TestWorksAtMoreRules(t *testing.T) {
	checkRelationTable(t, []struct {
		rule string
		text string
		want []string
		not  []string
	}{
		{"a list of founders", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国与李晓峰、赵明阳一起共同创立的蓝鲸科技获得融资。",
			[]string{"王建国 WORKS_AT -> 蓝鲸科技 (联合创始人)", "李晓峰 WORKS_AT -> 蓝鲸科技 (联合创始人)", "赵明阳 WORKS_AT -> 蓝鲸科技 (联合创始人)"}, nil},
		{"a list of people who visited is no founders", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国与李晓峰、赵明阳一起参观了蓝鲸科技。",
			nil, []string{"王建国 WORKS_AT -> 蓝鲸科技", "赵明阳 WORKS_AT -> 蓝鲸科技"}},
		{"PERSON创办了ORG", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国创办了京东，并担任CEO。",
			[]string{"王建国 WORKS_AT -> 京东 (founder)"}, nil},
		{"PERSON投资了ORG is no founder", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国投资了京东。",
			nil, []string{"王建国 WORKS_AT -> 京东"}},
		{"a later clause 现任ORG TITLE", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国曾任阿里巴巴首席技术官，现任京东总裁。",
			[]string{"王建国 WORKS_AT -> 阿里巴巴 (首席技术官) former", "王建国 WORKS_AT -> 京东"}, nil},
		{"a later clause that praises ORG", "王建国表示，很好。李晓峰表示，很好。赵明阳表示，很好。王建国曾任阿里巴巴首席技术官，称赞京东。",
			nil, []string{"王建国 WORKS_AT -> 京东"}},
		{"ORG(ALIAS, TICKER)TITLE NAME", "王建国表示，很好。其中一家公司从阿里巴巴(Alibaba Group, BABA)首席执行官王建国手中筹得资金。",
			[]string{"王建国 WORKS_AT -> 阿里巴巴 (首席执行官)"}, []string{"王建国 WORKS_AT -> BABA"}},
		{"ORG(English name)TITLE NAME", "王建国表示，很好。清华大学(Tsinghua University)研究人工智能的博士生王建国称，差距很大。",
			[]string{"王建国 WORKS_AT -> 清华大学 (研究人工智能的博士生)"}, nil},
		{"a parenthesis of something else is no post", "王建国表示，很好。市场(包括阿里巴巴)的研究员王建国称，差距很大。",
			nil, []string{"王建国 WORKS_AT -> 阿里巴巴"}},
		{"NAME, the co-founder of ORG1 and ORG2", "Omar Haddad said so. Omar Haddad, the co-founder of Anthropic and OpenAI, was hired by Meta.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (co-founder)", "Omar Haddad WORKS_AT -> OpenAI (co-founder)"}, nil},
		{"a headline: NAME joins ORG", "Omar Haddad said so. Anthropic co-founder Omar Haddad joins Meta",
			[]string{"Omar Haddad WORKS_AT -> Meta"}, nil},
		{"NAME joins ORG in doing something is no post", "Omar Haddad said so. Omar Haddad joins Meta in calling for rules.",
			nil, []string{"Omar Haddad WORKS_AT -> Meta"}},
		{"NAME, a critic of ORG1 and ORG2", "Omar Haddad said so. Omar Haddad, a critic of Anthropic and OpenAI, spoke.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic", "Omar Haddad WORKS_AT -> OpenAI"}},
		{"NAME …, before working for ORG", "Omar Haddad said so. Omar Haddad graduated from two universities, before working for Anthropic.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic former"}, nil},
		{"before talking to ORG is no post", "Omar Haddad said so. Omar Haddad graduated from two universities, before talking to Anthropic.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"stepped down as TITLE of ORG", "Omar Haddad said so. Omar Haddad stepped down as CEO of Anthropic in May.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (CEO) former"}, nil},
		{"was named TITLE at ORG", "Omar Haddad said so. Omar Haddad was named chief technology officer at Anthropic.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (chief technology officer)"}, nil},
		{"was named in a lawsuit by ORG is no post", "Omar Haddad said so. Omar Haddad was named in a lawsuit by Anthropic.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"被任命为ORG TITLE and 卸任ORG TITLE", "王建国表示，很好。李晓峰表示，很好。王建国被任命为阿里巴巴首席技术官。李晓峰卸任京东CEO一职。",
			[]string{"王建国 WORKS_AT -> 阿里巴巴 (首席技术官)", "李晓峰 WORKS_AT -> 京东 (CEO) former"}, nil},
		{"重返ORG担任TITLE", "王建国表示，很好。李晓峰表示，很好。董事会让王建国重返OpenAI担任CEO。",
			[]string{"王建国 WORKS_AT -> OpenAI (CEO)"}, nil},
		{"重返ORG without a post", "王建国表示，很好。李晓峰表示，很好。王建国重返OpenAI总部参观。",
			nil, []string{"王建国 WORKS_AT -> OpenAI"}},
		{"NAME, now TITLE of ORG", "Omar Haddad said so. Omar Haddad, now CEO of Anthropic, agreed.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (CEO)"}, nil},
		{"ORG ... its MODEL chatbot is not a post", "Omar Haddad said so. Without Omar Haddad, Anthropic will halt work on its Claude chatbot.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"a later clause whose subject is 他", "王建国表示，很好。李晓峰表示，很好。王建国已经更新了页面，他曾经也是 OpenAI 的研究科学家。",
			[]string{"王建国 WORKS_AT -> OpenAI (研究科学家) former"}, nil},
		{"他 after two people is nobody's", "王建国表示，很好。李晓峰表示，很好。王建国见了李晓峰，他曾经也是 OpenAI 的研究科学家。",
			nil, []string{"王建国 WORKS_AT -> OpenAI", "李晓峰 WORKS_AT -> OpenAI"}},
		{"离职前往ORG工作", "王建国表示，很好。李晓峰表示，很好。王建国曾是 OpenAI 的主管，去年他离职前往 Anthropic 工作。",
			[]string{"王建国 WORKS_AT -> Anthropic", "王建国 WORKS_AT -> OpenAI (主管) former"}, nil},
		{"ORG从ORG2挖走了其TITLE PERSON", "王建国表示，很好。李晓峰表示，很好。今年，Meta从 Anthropic 公司挖走了其技术负责人王建国。",
			[]string{"王建国 WORKS_AT -> Meta", "王建国 WORKS_AT -> Anthropic (技术负责人) former"}, nil},
		{"ORG从ORG2买走了 is no move", "王建国表示，很好。李晓峰表示，很好。今年，Meta从 Anthropic 公司买走了王建国的专利。",
			nil, []string{"王建国 WORKS_AT -> Meta", "王建国 WORKS_AT -> Anthropic"}},
		{"NAME spent years at X and then joined ORG", "Omar Haddad said so. Omar Haddad spent eight years at Meta and then joined Anthropic.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic"}, nil},
		{"NAME, a partner at X, has joined ORG's board", "Omar Haddad said so. Omar Haddad, a partner at Meta, has joined Anthropic’s Board of Directors.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (board member)"}, nil},
		{"a board seat of a company's subject", "Omar Haddad said so. Omar Haddad praised Meta, which has joined Anthropic’s board.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"a quote between the person and the cue", "Omar Haddad said “we agree,” and then joined Anthropic.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"PERSON在ORG就读博士 / 曾在ORG从事研究", "王建国表示，很好。王建国目前正在清华大学就读博士。李晓峰表示，很好。李晓峰也曾在京东从事过研究。",
			[]string{"王建国 WORKS_AT -> 清华大学", "李晓峰 WORKS_AT -> 京东 former"}, nil},
		{"PERSON在ORG参观 is no post", "王建国表示，很好。王建国目前正在清华大学参观。",
			nil, []string{"王建国 WORKS_AT -> 清华大学"}},
		{"NAME, a former X who is now TITLE at the DESC ORG", "Marcus Lee, a former prosecutor who is now a senior adviser at the consultancy Anthropic, spoke.",
			[]string{"Marcus Lee WORKS_AT -> Anthropic (senior adviser)"}, nil},
		{"a role is a title, not the clause before it", "王建国表示，很好。京东的一位试用过这款产品的记者王建国说，很好。",
			[]string{"王建国 WORKS_AT -> 京东 (记者)"}, nil},
		{"NAME joined ORG as TITLE", "Omar Haddad said so. Omar Haddad joined Anthropic as chief scientist in 2021.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (chief scientist)"}, nil},
		{"NAME joined ORG as a customer has no title", "Omar Haddad said so. Omar Haddad joined Anthropic as a customer in 2021.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic"}, []string{}},
		{"Its CEO, NAME", "Omar Haddad said so. Anthropic raised money on Monday. Its 31-year-old CEO, Omar Haddad, said so.",
			[]string{"Omar Haddad WORKS_AT -> Anthropic (CEO)"}, nil},
		{"Its investors, NAME", "Omar Haddad said so. Anthropic raised money on Monday. Its investors, including Omar Haddad, agreed.",
			nil, []string{"Omar Haddad WORKS_AT -> Anthropic"}},
		{"ORG…，其TITLE NAME", "王建国表示，很好。王强表示，很好。京东周二发布了新模型，其首席执行官王建国表示很好。",
			[]string{"王建国 WORKS_AT -> 京东 (首席执行官)"}, nil},
		{"其用户 NAME", "王建国表示，很好。王强表示，很好。京东周二发布了新模型，其用户王强表示不错。",
			nil, []string{"王强 WORKS_AT -> 京东"}},
		{"ORG + reporter + NAME", "王建国表示，很好。李晓峰表示，很好。阿里巴巴记者王建国说，模型很快。",
			[]string{"王建国 WORKS_AT -> 阿里巴巴 (记者)"}, nil},
		{"ORG的NAME教授", "清华大学的王建国教授认为，这很重要。",
			[]string{"王建国 WORKS_AT -> 清华大学 (教授)"}, nil},
		{"ORG的NAME without a post is no job", "清华大学的王建国认为，这很重要。",
			nil, []string{"王建国 WORKS_AT -> 清华大学"}},
		{"ORG TITLE、MODEL作者 NAME", "王建国表示，很好。李晓峰表示，很好。OpenAI研究员、Llama作者王建国提到，这是抄的。",
			[]string{"王建国 WORKS_AT -> OpenAI (研究员)"}, nil},
		{"ORG + a model + a name is no post", "王建国表示，很好。李晓峰表示，很好。OpenAI的Llama和王建国都很有名。",
			nil, []string{"王建国 WORKS_AT -> OpenAI"}},
		{"a list before ORG TITLE", "王建国表示，很好。李晓峰表示，很好。导师包括王建国、李晓峰和赵明阳等多位清华大学教授。",
			[]string{"王建国 WORKS_AT -> 清华大学 (教授)", "李晓峰 WORKS_AT -> 清华大学 (教授)", "赵明阳 WORKS_AT -> 清华大学 (教授)"}, nil},
		{"a list before ORG without a post", "王建国、李晓峰和赵明阳等人参观了清华大学。",
			nil, []string{"王建国 WORKS_AT -> 清华大学"}},
		{"NAME：ORG TITLE、ORG2 TITLE2", "王建国表示，很好。李晓峰表示，很好。王建国：Anthropic 首席科学家、清华大学电子工程助理教授。",
			[]string{"王建国 WORKS_AT -> Anthropic (首席科学家)", "王建国 WORKS_AT -> 清华大学 (电子工程助理教授)"}, nil},
		{"NAME，ORG、ORG2 TITLE", "王建国表示，很好。李晓峰表示，很好。王建国，OpenAI、清华大学副教授。",
			[]string{"王建国 WORKS_AT -> OpenAI (副教授)", "王建国 WORKS_AT -> 清华大学 (副教授)"}, nil},
		{"NAME，ORG and no post", "王建国表示，很好。李晓峰表示，很好。王建国，OpenAI和清华大学都邀请了他。",
			nil, []string{"王建国 WORKS_AT -> OpenAI"}},
		{"NAME 是 ORG TITLE with spaces", "Lena Fischer said so. Lena Fischer 是 Anthropic 研究科学家。",
			[]string{"Lena Fischer WORKS_AT -> Anthropic (研究科学家)"}, nil},
		{"a list of posts pairs each person with their own", "The panel included Anthropic cofounder Ana Lima, OpenAI CEO Ben Cho and Cohere CTO Eva Gross.",
			[]string{"Ana Lima WORKS_AT -> Anthropic (cofounder)", "Ben Cho WORKS_AT -> OpenAI (CEO)"},
			[]string{"Ana Lima WORKS_AT -> OpenAI", "Ana Lima WORKS_AT -> Cohere"}},
		{"NAME, ORG's CEO—", "The founders—Ana Lima, the chief executive of Anthropic, and Ben Cho, OpenAI’s CEO—met.",
			[]string{"Ben Cho WORKS_AT -> OpenAI (CEO)"}, nil},
		{"who left ORG", "Victor Osei, who left OpenAI last year, said nothing.",
			[]string{"Victor Osei WORKS_AT -> OpenAI former"}, nil},
		{"who praised ORG is no post", "Victor Osei, who praised OpenAI last year, said nothing.",
			nil, []string{"Victor Osei WORKS_AT -> OpenAI"}},
		{"who is now TITLE at ORG", "Joelle Park, who is now managing director at Anthropic, spoke.",
			[]string{"Joelle Park WORKS_AT -> Anthropic (managing director)"}, nil},
		{"who was TITLE at ORG", "Marcus Lee, who was a senior engineer at OpenAI, spoke.",
			[]string{"Marcus Lee WORKS_AT -> OpenAI (senior engineer) former"}, nil},
		{"who is a customer of ORG is no post", "Marcus Lee, who is a longtime customer of OpenAI, spoke.",
			nil, []string{"Marcus Lee WORKS_AT -> OpenAI"}},
	})
}
