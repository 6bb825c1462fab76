// A JSON-like pretty printer written by hand: a tree of values (numbers,
// strings, bools, null, lists and objects held in slices and maps), printed
// with indentation and object keys sorted.
package main

import "fmt"

type Kind int

const (
	Null Kind = iota
	Num
	Str
	Bool
	List
	Object
)

type Value struct {
	Kind  Kind
	Num   float64
	Str   string
	Bool  bool
	Items []*Value
	Props map[string]*Value
}

func num(f float64) *Value     { return &Value{Kind: Num, Num: f} }
func str(s string) *Value      { return &Value{Kind: Str, Str: s} }
func boolean(b bool) *Value    { return &Value{Kind: Bool, Bool: b} }
func list(vs ...*Value) *Value { return &Value{Kind: List, Items: vs} }
func object(pairs ...pair) *Value {
	v := &Value{Kind: Object, Props: map[string]*Value{}}
	for _, p := range pairs {
		v.Props[p.k] = p.v
	}
	return v
}

type pair struct {
	k string
	v *Value
}

func kv(k string, v *Value) pair { return pair{k, v} }

func sortedKeys(m map[string]*Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func indent(buf []byte, n int) []byte {
	for i := 0; i < n; i++ {
		buf = append(buf, "  "...)
	}
	return buf
}

func quote(buf []byte, s string) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		case '\n':
			buf = append(buf, '\\', 'n')
		default:
			buf = append(buf, c)
		}
	}
	return append(buf, '"')
}

func write(buf []byte, v *Value, depth int) []byte {
	if v == nil {
		return append(buf, "null"...)
	}
	switch v.Kind {
	case Null:
		buf = append(buf, "null"...)
	case Num:
		buf = append(buf, fmt.Sprint(v.Num)...)
	case Str:
		buf = quote(buf, v.Str)
	case Bool:
		if v.Bool {
			buf = append(buf, "true"...)
		} else {
			buf = append(buf, "false"...)
		}
	case List:
		if len(v.Items) == 0 {
			return append(buf, "[]"...)
		}
		buf = append(buf, "[\n"...)
		for i, it := range v.Items {
			buf = indent(buf, depth+1)
			buf = write(buf, it, depth+1)
			if i < len(v.Items)-1 {
				buf = append(buf, ',')
			}
			buf = append(buf, '\n')
		}
		buf = indent(buf, depth)
		buf = append(buf, ']')
	case Object:
		if len(v.Props) == 0 {
			return append(buf, "{}"...)
		}
		buf = append(buf, "{\n"...)
		keys := sortedKeys(v.Props)
		for i, k := range keys {
			buf = indent(buf, depth+1)
			buf = quote(buf, k)
			buf = append(buf, ": "...)
			buf = write(buf, v.Props[k], depth+1)
			if i < len(keys)-1 {
				buf = append(buf, ',')
			}
			buf = append(buf, '\n')
		}
		buf = indent(buf, depth)
		buf = append(buf, '}')
	}
	return buf
}

func count(v *Value) (nodes, depth int) {
	if v == nil {
		return 1, 1
	}
	nodes, depth = 1, 1
	var kids []*Value
	kids = append(kids, v.Items...)
	for _, k := range sortedKeys(v.Props) {
		kids = append(kids, v.Props[k])
	}
	for _, k := range kids {
		n, d := count(k)
		nodes += n
		if d+1 > depth {
			depth = d + 1
		}
	}
	return
}

func main() {
	doc := object(
		kv("name", str("vm")),
		kv("version", num(0.3)),
		kv("stable", boolean(false)),
		kv("tags", list(str("go"), str("bytecode"), str("say \"hi\"\n"))),
		kv("deps", object()),
		kv("empty", list()),
		kv("nothing", nil),
		kv("matrix", list(list(num(1), num(2)), list(num(3), num(-4.5)))),
		kv("owner", object(
			kv("login", str("lead")),
			kv("id", num(1e6)),
			kv("teams", list(object(kv("z", num(26)), kv("a", num(1))))),
		)),
	)
	fmt.Println(string(write(nil, doc, 0)))
	fmt.Println(count(doc))
}
