package extract

import (
	"strings"
	"testing"
)

// corefDoc builds a document of text for the coref policy alone: sentences
// end at ". " or "。", paragraphs at a blank line, and every occurrence of
// a name of ents is a mention of it.
func corefDoc(text string, ents ...*entity) *document {
	doc := &document{text: text}
	para, start := 0, 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case strings.HasPrefix(text[i:], ". "), strings.HasPrefix(text[i:], ".\n"):
			end = i + 1
		case strings.HasPrefix(text[i:], "。"):
			end = i + len("。")
		}
		if end < 0 && i == len(text)-1 {
			end = len(text)
		}
		if end < 0 {
			continue
		}
		doc.sentences = append(doc.sentences, sentence{span: span{start, end}, Para: para})
		for end < len(text) && (text[end] == ' ' || text[end] == '\n') {
			if strings.HasPrefix(text[end:], "\n\n") {
				para++
				end++
			}
			end++
		}
		start, i = end, end-1
	}
	for i := 0; i < len(text); i++ {
		for _, e := range ents {
			if strings.HasPrefix(text[i:], e.Name) {
				doc.mentions = append(doc.mentions, mention{span: span{i, i + len(e.Name)}, Entity: e})
				i += len(e.Name) - 1
				break
			}
		}
	}
	return doc
}

// TestCorefPolicy runs the one policy of each question (orgWindow,
// personWindow, modelWindow) on small texts: which entity an anaphor
// stands for, or none.
func TestCorefPolicy(t *testing.T) {
	acme := &entity{Name: "Acme Robotics", Type: Organization}
	corvane := &entity{Name: "Corvane", Type: Organization}
	fda := &entity{Name: "Drug Agency", Type: Organization}
	dana := &entity{Name: "Dana Reyes", Type: Person, Gender: 'f'}
	tomas := &entity{Name: "Tomas Ibarra", Type: Person, Gender: 'm'}
	vega := &entity{Name: "Vega-3", Type: Model}
	baidu := &entity{Name: "百度", Type: Organization}
	lee := &entity{Name: "Lee Chan", Type: Person}
	sam := &entity{Name: "Sam Park", Type: Person}
	ents := []*entity{acme, corvane, fda, dana, tomas, vega, baidu, lee, sam}
	org := func(anaphor string) func(*document, int) *entity {
		return func(doc *document, pos int) *entity { return doc.orgAntecedent(pos, anaphor, orgWindow(nil)) }
	}
	person := func(g byte, w corefWindow) func(*document, int) *entity {
		return func(doc *document, pos int) *entity { return doc.personAntecedent(pos, g, w) }
	}
	for _, c := range []struct {
		name, text, anaphor string
		resolve             func(*document, int) *entity
		want                *entity
	}{
		{"the agency two sentences after an organization", "The Drug Agency met on Monday. Prices rose. The agency said no.", "The agency", org("The agency"), fda},
		{"the agency is no organization without the word in its name", "Acme Robotics met on Monday. Prices rose. The agency said no.", "The agency", org("The agency"), nil},
		{"the company with no organization before", "Prices rose on Monday. The company said no.", "The company", org("The company"), nil},
		{"the company four sentences after its organization", "Acme Robotics met. Prices rose. Rents rose. Wages rose. The company said no.", "The company", org("The company"), nil},
		{"the company is the subject of the sentence before", "Acme Robotics raised money from Corvane. The company said so.", "The company", org("The company"), acme},
		{"the company is the nearest in its own sentence", "Acme Robotics hired the staff of Corvane and the company's chief.", "the company", org("the company"), corvane},
		{"该公司 after the sentence that names the company", "百度昨天发布了新模型。该公司表示很好。", "该公司", org(""), baidu},
		{"a pronoun across a paragraph break", "Tomas Ibarra spoke on Monday.\n\nHe said no.", "He", person('m', personWindow), tomas},
		{"a pronoun five paragraphs after the person", "Tomas Ibarra spoke.\n\nPrices rose.\n\nRents rose.\n\nWages rose.\n\nHe said no.", "He", person('m', personWindow), nil},
		{"a pronoun of the other gender", "Dana Reyes spoke on Monday. He said no.", "He", person('m', personWindow), nil},
		{"a pronoun of the same gender", "Dana Reyes spoke on Monday. She said no.", "She", person('f', personWindow), dana},
		{"a pronoun in its own sentence is its subject", "Lee Chan met Sam Park and he said no.", "he", person('m', personWindow), lee},
		{"a pronoun of a later clause with two people before it", "Lee Chan met Sam Park, and he said no.", "he", person('m', clausePronounWindow), nil},
		{"a pronoun of a later clause after one person", "Lee Chan met the press, and he said no.", "he", person('m', clausePronounWindow), lee},
		{"a pronoun stating a post reaches two sentences", "Tomas Ibarra spoke. Prices rose. Rents rose. He is the CTO.", "He", person('m', relationPersonWindow), nil},
		{"the model far back", "Acme Robotics released Vega-3. Prices rose. Rents rose. Wages rose. The model is fast.", "The model",
			func(doc *document, pos int) *entity { return doc.modelAntecedent(pos, nil, modelWindow(nil)) }, vega},
		{"the model of a derivation is in the sentence before", "Acme Robotics released Vega-3. Prices rose. The model is fine-tuned from Llama.", "The model",
			func(doc *document, pos int) *entity { return doc.modelAntecedent(pos, nil, relationModelWindow) }, nil},
	} {
		doc := corefDoc(c.text, ents...)
		pos := strings.LastIndex(c.text, c.anaphor)
		if got := c.resolve(doc, pos); got != c.want {
			name := func(e *entity) string {
				if e == nil {
					return "nothing"
				}
				return e.Name
			}
			t.Errorf("%s: %q stands for %s, want %s", c.name, c.anaphor, name(got), name(c.want))
		}
	}
}

// TestOrgNounOf reads the noun of an English anaphor.
func TestOrgNounOf(t *testing.T) {
	for in, want := range map[string]string{"The agency's": "agency", "the young French company": "company", "该公司": "", " the lab": "lab", "its": ""} {
		if got := orgNounOf(in); got != want {
			t.Errorf("orgNounOf(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCorefThroughStages shows the one vocabulary at work in a stage that
// did not know the word before: "the agency", 该机构 and "the group" now
// resolve in a relation as they did in a quote.
func TestCorefThroughStages(t *testing.T) {
	x := embeddedExtractor(t)
	for _, c := range []struct {
		text string
		want Relation
	}{
		{"The European Space Agency launched a probe on Monday. Prices rose. The agency's director general, Dana Reyes, said it was fast.",
			Relation{Type: WorksAt, From: "Dana Reyes", To: "European Space Agency", Rule: ruleCompanyAnaphor}},
		{"百度昨天发布了新模型。该机构首席技术官王海峰表示很好。", Relation{Type: WorksAt, From: "王海峰", To: "百度", Rule: ruleCompanyAnaphor}},
		{"Corvane Robotics raised money on Monday. The group released Corvid-7B in June.",
			Relation{Type: Developed, From: "Corvane Robotics", To: "Corvid-7B", Rule: ruleCompanyReleased}},
	} {
		r := x.Article(Doc{Text: c.text, Published: ruleTestPublished})
		found := false
		for _, rel := range r.Relations {
			if rel.Type == c.want.Type && rel.From == c.want.From && rel.To == c.want.To && rel.Rule == c.want.Rule {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s %s -> %s by %s; got %v", c.text, c.want.Type, c.want.From, c.want.To, c.want.Rule, r.Relations)
		}
	}
}
