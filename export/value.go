package export

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/newsgraph/kg/graph"
)

// kind is the type of a property value, as far as the formats care.
type kind int

const (
	kNone kind = iota // no value seen yet
	kString
	kLong
	kDouble
	kBool
	kDate
	kDateTime
	kLocalDateTime
	kStrings
	kLongs
	kDoubles
	kBools
	kOther // mixed or unsupported: written as JSON text
)

func kindOf(v any) kind {
	switch v := v.(type) {
	case string:
		return kString
	case int64, int:
		return kLong
	case float64:
		return kDouble
	case bool:
		return kBool
	case dbtype.Date:
		return kDate
	case time.Time:
		return kDateTime
	case dbtype.LocalDateTime:
		return kLocalDateTime
	case []any:
		k := kNone
		for _, x := range v {
			k = merge(k, kindOf(x))
		}
		switch k {
		case kNone, kString:
			return kStrings
		case kLong:
			return kLongs
		case kDouble:
			return kDoubles
		case kBool:
			return kBools
		}
		return kOther
	case []string:
		return kStrings
	}
	return kOther
}

func merge(a, b kind) kind {
	switch {
	case a == kNone:
		return b
	case b == kNone || a == b:
		return a
	case a == kLong && b == kDouble, a == kDouble && b == kLong:
		return kDouble
	case a == kLongs && b == kDoubles, a == kDoubles && b == kLongs:
		return kDoubles
	}
	return kOther
}

// columnKind is the kind every value of a property fits.
func columnKind(ms []map[string]any, name string) kind {
	k := kNone
	for _, m := range ms {
		if v, ok := m[name]; ok && v != nil {
			k = merge(k, kindOf(v))
		}
	}
	if k == kNone {
		return kString
	}
	return k
}

// scalarText writes a scalar the way every text format here agrees on.
func scalarText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.Format(time.RFC3339Nano)
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(v)
}

// jsonText is a value as JSON text, for list properties in formats that
// only hold scalars.
func jsonText(v any) string {
	b, err := json.Marshal(graph.Plain(v))
	if err != nil {
		return scalarText(v)
	}
	return string(b)
}
