package extract

// Latin model names in Chinese text, found by the words around them: the
// authors of a model (Mamba作者), an architecture (Mamba 架构, 架构
// MLP-Mixer), a product or model named in parentheses (新模型（Sonic
// Preview）), the name a paper title opens with (《FlexiViT: …》).

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// architectureWords name kinds of models, not models: Transformer 架构,
// SSM 架构, MoE.
var architectureWords = map[string]bool{"Transformer": true, "Transformers": true, "SSM": true, "MoE": true, "CNN": true, "RNN": true, "LSTM": true,
	"GAN": true, "MLP": true, "VAE": true, "Diffusion": true, "Attention": true, "Encoder": true, "Decoder": true, "LLM": true, "VLM": true, "API": true, "GPU": true, "AI": true}

// latinModelName is a Latin model name: one to three capitalised words, or
// a word with digits or hyphens (S4, MLP-Mixer, Sonic Preview).
const latinModelName = `[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*){0,2}`

// zhModelCues are the patterns; each has one group, the name.
var zhModelCues = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[^A-Za-z0-9.-])(` + latinModelName + `) ?作者`),
	regexp.MustCompile(`(?:^|[^A-Za-z0-9 .-] ?)(` + latinModelName + `) ?(?:架构|架構)`),
	regexp.MustCompile(`(?:架构|架構|产品|產品) ?(` + latinModelName + `)(?:$|[^A-Za-z0-9.-])`),
	regexp.MustCompile(`模型 ?[（(](` + latinModelName + `)[)）]`),
	regexp.MustCompile(`《(` + latinModelName + `)(?: \([A-Za-z0-9-]+\))?: `),
	regexp.MustCompile(`^(` + latinModelName + `)(?: \([A-Za-z0-9-]+\))?: [A-Z]`),
}

// zhModelCueKeys are the words one of which each pattern needs.
var zhModelCueKeys = [][]string{{"作者"}, {"架构", "架構"}, {"架构", "架構", "产品", "產品"}, {"模型"}, {"《"}, {": "}}

// zhCuedModels finds Latin model names in Chinese sentences by the cues of
// zhModelCues. A paper title must open with a coined name (FlexiViT,
// MLP-Mixer, Big Transfer (BiT)), not with common words.
func (x *Extractor) zhCuedModels(doc *document, s sentence) []candidate {
	text := doc.text[s.Start:s.End]
	if !hasHan(text) {
		return nil
	}
	var out []candidate
	for i, re := range zhModelCues {
		if !containsAny(text, zhModelCueKeys[i]) {
			continue
		}
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			a, b := m[2], m[3]
			name := text[a:b]
			if architectureWords[name] || genericLatin[name] || notNameWord[name] || x.lex.ignored(name) || len(name) < 2 {
				continue
			}
			if rest := strings.TrimPrefix(text[b:], " "); i == 1 && hardwareAfter(rest[min(len(rest), len("架构")):]) {
				continue // Blackwell架构芯片: a chip's architecture
			}
			if i >= 4 && !coinedName(name) && !strings.Contains(text[b:min(len(text), b+4)], "(") {
				continue // 《Scaling Laws: …》: a paper title of common words
			}
			if l := x.lex.lookup(name); len(l) > 0 && x.lex.lookupType(name, Model) == nil {
				continue
			}
			out = append(out, candidate{span: span{s.Start + a, s.Start + b}, typ: Model, name: name, prio: 1})
		}
	}
	return out
}

// coinedName reports a name no dictionary has: one word with a capital
// inside it, a digit or a hyphen (FlexiViT, UViM, S4, MLP-Mixer).
func coinedName(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' {
			return utf8.RuneCountInString(name) >= 2
		}
	}
	return false
}
