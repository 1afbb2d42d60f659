package extract

// Type is the label of an entity in the graph.
type Type string

// The entity types kg extracts; they are also the Neo4j labels.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Model        Type = "Model"
)

// RelationType names a fact relationship between two entities.
type RelationType string

// The fact relationships kg extracts; they are also the Neo4j relationship types.
const (
	WorksAt     RelationType = "WORKS_AT"     // Person -> Organization
	Developed   RelationType = "DEVELOPED"    // Organization -> Model
	DerivedFrom RelationType = "DERIVED_FROM" // Model -> Model
)

// Quote kinds.
const (
	Direct   = "direct"   // the words stand in quotation marks
	Reported = "reported" // indirect speech: X认为…, X said that …
)

// Doc is one article handed to the extractor: its body and the metadata the
// extractor reads (language and the date relative dates are read against).
type Doc struct {
	Text      string // UTF-8 body, page furniture may still be in it
	Lang      string // "zh" or "en"; empty means detect
	Published string // YYYY-MM-DD; empty means relative dates stay unresolved
}

// Result is everything extracted from one article. Entities are referred to
// by their canonical Name everywhere else in the Result, so it reads on its
// own; Entity.Key gives the graph identity.
type Result struct {
	Lang      string     `json:"lang"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	Quotes    []Quote    `json:"quotes"`
	Events    []Event    `json:"events"`
}

// Entity is a person, organization or model named in the article, with every
// surface form the article used for it.
type Entity struct {
	Name     string   `json:"name"`
	Type     Type     `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	// Rules are the IDs of the rules that found the entity's mentions
	// (see Rules), sorted.
	Rules []string `json:"rules,omitempty"`
}

// Relation is a fact the article states between two of its entities.
type Relation struct {
	Type   RelationType `json:"type"`
	From   string       `json:"from"`
	To     string       `json:"to"`
	Role   string       `json:"role,omitempty"`   // WORKS_AT: the title as written
	Former bool         `json:"former,omitempty"` // WORKS_AT: a past position
	// Sentence is the article's sentence (or two) stating the fact, for
	// provenance: "why does kg say so?".
	Sentence string `json:"sentence,omitempty"`
	// Rule is the ID of the rule that found the fact (see Rules).
	Rule string `json:"rule,omitempty"`
}

// Quote is a statement the article attributes to a person.
type Quote struct {
	Speaker  string   `json:"speaker"`
	Text     string   `json:"text"`
	Kind     string   `json:"kind"` // Direct or Reported
	Cue      string   `json:"cue"`  // the speech verb: 表示, said, …
	About    []string `json:"about"`
	Offset   int      `json:"offset"` // byte offset of Text in Doc.Text
	Sentence string   `json:"sentence"`
	// Rule is the ID of the rule that attributed the quote (see Rules).
	Rule string `json:"rule,omitempty"`
}

// Event is a dated happening the article reports.
type Event struct {
	Name     string   `json:"name"`
	Date     string   `json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD
	Kind     string   `json:"kind"` // release, launch, leak, conference, founding, anniversary, funding, acquisition, lawsuit, other
	Involves []string `json:"involves"`
	// Sentence is the article's sentence that reports the event, for
	// provenance.
	Sentence string `json:"sentence,omitempty"`
	// Rule is the ID of the rule that found the event (see Rules).
	Rule string `json:"rule,omitempty"`
}

// Entity returns the entity with the given canonical name, if the result has one.
func (r *Result) Entity(name string) (Entity, bool) {
	for _, e := range r.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}
