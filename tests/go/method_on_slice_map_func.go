// Methods on named slice, map and func types.
package main

import "fmt"

type Ints []int

func (s Ints) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}
func (s *Ints) Push(v int) { *s = append(*s, v) }
func (s Ints) Len() int    { return len(s) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) Keys() []string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }
func (o Op) Twice() Op          { return func(a, b int) int { return o(o(a, b), b) } }

func main() {
	var s Ints
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s, s.Sum(), s.Len())
	set := Set{}
	set.Add("b")
	set.Add("a")
	fmt.Println(set.Has("a"), set.Has("z"), set.Keys())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), add.Twice().Apply(2, 3), add.Twice().Twice()(1, 1))
}
