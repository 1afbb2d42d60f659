package graph

import "testing"

func TestSameEvent(t *testing.T) {
	ev := func(kind, date string, parts ...string) eventRef {
		return eventRef{id: kind + date, kind: kind, date: date, parts: parts}
	}
	tests := []struct {
		name string
		a, b eventRef
		want bool
	}{
		{"a shared model, dates to the vaguer precision", ev("release", "2022-11-30", "Organization:openai", "Model:chatgpt"), ev("release", "2022-11", "Model:chatgpt"), true},
		{"organizations only, the same ones", ev("founding", "2015", "Organization:openai"), ev("founding", "2015-12", "Organization:openai"), true},
		{"dates disagree", ev("release", "2022-11-30", "Model:chatgpt"), ev("release", "2023-03", "Model:chatgpt"), false},
		{"another kind", ev("release", "2023", "Model:gpt4"), ev("lawsuit", "2023", "Model:gpt4"), false},
		{"only an organization shared, models differ", ev("release", "2023", "Organization:openai", "Model:gpt4"), ev("release", "2023-11", "Organization:openai", "Model:gpt4turbo"), false},
		{"organizations only, not the same set", ev("funding", "2023", "Organization:mistral"), ev("funding", "2023", "Organization:mistral", "Organization:a16z"), false},
		{"no date", ev("release", "", "Model:x"), ev("release", "", "Model:x"), false},
		{"only a person shared: a CEO takes part in many releases", ev("release", "2024-05", "Person:ceo", "Model:a"), ev("release", "2024-05", "Person:ceo", "Model:b"), false},
		{"a person and the same organizations", ev("acquisition", "2024", "Person:ceo", "Organization:x"), ev("acquisition", "2024-06", "Person:ceo", "Organization:x"), true},
	}
	for _, tt := range tests {
		if got := sameEvent(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: sameEvent = %v, want %v", tt.name, got, tt.want)
		}
	}
}
