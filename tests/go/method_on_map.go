// Methods on a named map type: a set of strings with value receivers (maps
// are references, so Add works without a pointer).
package main

import "fmt"

type Set map[string]bool

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(v string)      { s[v] = true }
func (s Set) Has(v string) bool { return s[v] }
func (s Set) Remove(v string)   { delete(s, v) }
func (s Set) Len() int          { return len(s) }

func (s Set) Union(t Set) Set {
	u := Set{}
	for k := range s {
		u.Add(k)
	}
	for k := range t {
		u.Add(k)
	}
	return u
}

func (s Set) Intersect(t Set) Set {
	u := Set{}
	for k := range s {
		if t.Has(k) {
			u.Add(k)
		}
	}
	return u
}

func (s Set) Sorted() []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type Counts map[string]int

func (c Counts) Inc(k string) int { c[k]++; return c[k] }

func main() {
	a := NewSet("go", "c", "lua")
	b := NewSet("c", "rust", "go", "zig")
	fmt.Println(a.Len(), b.Len(), a.Has("go"), a.Has("rust"))
	fmt.Println(a.Union(b).Sorted())
	fmt.Println(a.Intersect(b).Sorted())
	a.Remove("go")
	fmt.Println(a.Sorted(), a.Intersect(b).Len())
	fmt.Println(a)

	var nilSet Set
	fmt.Println(nilSet.Has("x"), nilSet.Len())

	c := Counts{}
	c.Inc("a")
	c.Inc("a")
	fmt.Println(c.Inc("a"), c.Inc("b"), c)
}
