package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/kg/extract"
)

// One happening, many reports. Two events are one when they are of the same
// kind, their dates agree to the precision of the vaguer one (2015 and
// 2015-12), and the same things take part (see sameEvent). The node keeps
// the most precise date, and the name reported with it.

// qEventCandidates finds, for each event of the batch, the events of the
// graph of the same kind with an agreeing date that involve one of its
// participants, with their participants.
const qEventCandidates = `
UNWIND $rows AS row
UNWIND row.parts AS part
CALL (part) {
  MATCH (x:Person {key: part.key}) WHERE part.label = 'Person' RETURN x
  UNION
  MATCH (x:Organization {key: part.key}) WHERE part.label = 'Organization' RETURN x
  UNION
  MATCH (x:Model {key: part.key}) WHERE part.label = 'Model' RETURN x
}
MATCH (x)<-[:INVOLVES]-(ev:Event {kind: row.kind})
WHERE ev.id <> row.id AND (left(ev.date, size(row.date)) = row.date OR left(row.date, size(ev.date)) = ev.date)
WITH DISTINCT row.id AS id, ev
RETURN id, ev.id AS eid, ev.date AS date,
  [(ev)-[:INVOLVES]->(y) | head([l IN labels(y) WHERE l IN ['Person', 'Organization', 'Model']]) + ':' + y.key] AS parts`

// eventRef is what the merge rule reads of an event.
type eventRef struct {
	id, kind, date string
	parts          []string // label:key of each participant
}

// sameEvent applies the rule of the package comment: of one kind, dates
// agreeing, and the same thing happening to the same things — a shared
// model when either involves a model (a chief executive takes part in many
// releases); else a shared person and the same organizations; else the
// same organizations.
func sameEvent(a, b eventRef) bool {
	if a.kind != b.kind || !datesAgree(a.date, b.date) {
		return false
	}
	ma, pa, oa := split(a.parts)
	mb, pb, ob := split(b.parts)
	switch {
	case len(ma) > 0 || len(mb) > 0:
		return shares(ma, mb)
	case len(pa) > 0 || len(pb) > 0:
		return shares(pa, pb) && slices.Equal(oa, ob)
	}
	return len(oa) > 0 && slices.Equal(oa, ob)
}

// split sorts participants into models, persons and organizations, each
// sorted.
func split(parts []string) (models, persons, orgs []string) {
	for _, p := range parts {
		switch {
		case strings.HasPrefix(p, string(extract.Model)+":"):
			models = append(models, p)
		case strings.HasPrefix(p, string(extract.Person)+":"):
			persons = append(persons, p)
		default:
			orgs = append(orgs, p)
		}
	}
	slices.Sort(models)
	slices.Sort(persons)
	slices.Sort(orgs)
	return models, persons, orgs
}

// shares reports whether two sorted lists have an element in common.
func shares(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { _, ok := slices.BinarySearch(b, x); return ok })
}

// datesAgree reports whether one date is the other to its precision.
func datesAgree(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// resolveEvents gives each event row of the batch the id of the event it
// reports again, in the graph or earlier in the batch, and rewrites the
// INVOLVES rows to match. More precise dates go first, so that a vaguer
// report joins the precise one.
func resolveEvents(ctx context.Context, tx neo4j.ManagedTransaction, c *counter, ev *evidence) error {
	if len(ev.events) == 0 {
		return nil
	}
	parts := map[string][]string{}
	for _, t := range entityLabels {
		for _, r := range ev.involves[t] {
			id := r["event"].(string)
			parts[id] = append(parts[id], string(t)+":"+r["key"].(string))
		}
	}
	var rows []map[string]any
	refs := map[string]eventRef{}
	for _, e := range ev.events {
		id := e["id"].(string)
		ref := eventRef{id: id, kind: str(e["kind"]), date: str(e["date"]), parts: parts[id]}
		refs[id] = ref
		var ps []map[string]any
		for _, p := range ref.parts {
			label, key, _ := strings.Cut(p, ":")
			ps = append(ps, map[string]any{"label": label, "key": key})
		}
		rows = append(rows, map[string]any{"id": id, "kind": ref.kind, "date": ref.date, "parts": ps})
	}
	recs, err := c.collect(ctx, tx, qEventCandidates, map[string]any{"rows": rows})
	if err != nil {
		return err
	}
	candidates := map[string][]eventRef{}
	for _, r := range recs {
		m := r.AsMap()
		id := str(m["id"])
		candidates[id] = append(candidates[id], eventRef{id: str(m["eid"]), kind: refs[id].kind, date: str(m["date"]), parts: strs(m["parts"])})
	}
	order := slices.Clone(ev.events)
	slices.SortStableFunc(order, func(a, b map[string]any) int {
		return cmp.Or(-cmp.Compare(len(str(a["date"])), len(str(b["date"]))), cmp.Compare(str(a["id"]), str(b["id"])))
	})
	target := map[string]string{}
	var placed []eventRef
	for _, e := range order {
		ref := refs[e["id"].(string)]
		to := ""
		for _, cand := range append(slices.Clone(candidates[ref.id]), placed...) {
			if cand.id != ref.id && sameEvent(ref, cand) {
				to = cand.id
				break
			}
		}
		if to == "" {
			placed = append(placed, ref)
			continue
		}
		target[ref.id] = to
	}
	if len(target) == 0 {
		return nil
	}
	// Follow chains (a joins b, which joined c) to their end.
	final := func(id string) string {
		for range len(target) + 1 {
			next, ok := target[id]
			if !ok {
				break
			}
			id = next
		}
		return id
	}
	for _, e := range ev.events {
		e["id"] = final(e["id"].(string))
	}
	for _, t := range entityLabels {
		for _, r := range ev.involves[t] {
			r["event"] = final(r["event"].(string))
		}
	}
	return nil
}
