// Method values: f := x.M binds the receiver when evaluated. For a value
// receiver the receiver is copied then; for a pointer receiver the pointer
// is kept, so later changes are seen.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Show() int   { return a.total }
func (a *Acc) Add(n int)  { a.total += n }
func (a *Acc) PShow() int { return a.total }

func main() {
	a := Acc{1}
	show := a.Show   // copies a now
	pshow := a.PShow // takes &a
	add := a.Add     // takes &a
	add(10)
	add(5)
	fmt.Println(a.total, show(), pshow())

	p := &Acc{100}
	vs := p.Show // copies *p now
	p.Add(1)
	fmt.Println(vs(), p.Show())

	// Method values in a slice, each bound to a different receiver.
	accs := []Acc{{1}, {2}, {3}}
	var adders []func(int)
	for i := range accs {
		adders = append(adders, accs[i].Add)
	}
	for i, f := range adders {
		f(i * 100)
	}
	fmt.Println(accs)

	// Binding through the range value binds to the copy variable, which in
	// Go 1.19 is one variable reused by every iteration.
	var shows []func() int
	for _, x := range accs {
		shows = append(shows, x.Show)
	}
	for _, f := range shows {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var pshows []func() int
	for _, x := range accs {
		pshows = append(pshows, x.PShow)
	}
	for _, f := range pshows {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Reassigning the variable after binding a value method.
	b := Acc{7}
	bs := b.Show
	b = Acc{8}
	fmt.Println(bs(), b.Show())
	fmt.Printf("%T %T\n", bs, add)
}
