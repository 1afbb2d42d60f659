package graph

import "testing"

func TestLatestRole(t *testing.T) {
	f := CardFact{Role: "engineer", Sources: []ArticleRef{{ID: "a", Published: "2022-01-01"}, {ID: "b", Published: "2023-05-01"}, {ID: "c", Published: "2024-02-01"}}}
	f.latestRole([]string{"a\tengineer\t0", "b\tchief scientist\t0", "c\tchief scientist\t0"})
	if f.Role != "chief scientist" || f.Since != "2023-05-01" || f.Former {
		t.Errorf("latest role %q since %s former %v, want chief scientist since 2023-05-01", f.Role, f.Since, f.Former)
	}
	g := CardFact{Role: "CEO", Sources: []ArticleRef{{ID: "a"}}}
	g.latestRole(nil) // nothing stated per article: the stored role stays
	if g.Role != "CEO" || g.Since != "" {
		t.Errorf("without roles: %q since %q", g.Role, g.Since)
	}
}
