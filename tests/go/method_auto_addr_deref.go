// Automatic & and * on method calls: pointer methods on addressable values
// (variables, fields, array and slice elements), value methods through
// pointers.
package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Value() int { return a.total }

type Holder struct {
	acc  Acc
	accs [2]Acc
}

func main() {
	var a Acc
	a.Add(3) // (&a).Add
	p := &a
	fmt.Println(p.Value(), a.Value()) // (*p).Value

	var h Holder
	h.acc.Add(5)
	h.accs[1].Add(6)
	fmt.Println(h.acc.Value(), h.accs[1].Value(), h.accs[0].Value())

	s := []Acc{{1}, {2}}
	s[0].Add(10)
	for i := range s {
		s[i].Add(1)
	}
	fmt.Println(s[0].Value(), s[1].Value())

	hp := &h
	hp.acc.Add(100)
	hp.accs[0].Add(1)
	fmt.Println(h.acc.total, h.accs)

	m := map[string]*Acc{"x": {5}}
	m["x"].Add(5)
	fmt.Println(m["x"].Value())
}
