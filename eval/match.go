package eval

// matching pairs left items (predictions) with right items (gold):
// left[i] is the right item matched to i, or -1; right[j] likewise.
type matching struct {
	left, right []int
}

// match finds a maximum one-to-one matching between nl predictions and nr
// gold items where ok(i, j) says prediction i may match gold item j. It is
// maximum (Kuhn's augmenting paths), not greedy, so the score does not
// depend on the order of either list. Sizes are one article's worth, so
// O(V·E) is ample.
func match(nl, nr int, ok func(i, j int) bool) matching {
	adj := make([][]int, nl)
	for i := range nl {
		for j := range nr {
			if ok(i, j) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	m := matching{left: make([]int, nl), right: make([]int, nr)}
	for i := range m.left {
		m.left[i] = -1
	}
	for j := range m.right {
		m.right[j] = -1
	}
	for i := range nl {
		seen := make([]bool, nr)
		m.augment(i, adj, seen)
	}
	return m
}

func (m *matching) augment(i int, adj [][]int, seen []bool) bool {
	for _, j := range adj[i] {
		if seen[j] {
			continue
		}
		seen[j] = true
		if m.right[j] < 0 || m.augment(m.right[j], adj, seen) {
			m.left[i] = j
			m.right[j] = i
			return true
		}
	}
	return false
}
