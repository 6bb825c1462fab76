// A pointer to an unnamed struct type has the methods its embedded fields
// promote (Go's test/method.go): it satisfies interfaces through them.
package main

import "fmt"

type S string

func (s S) val() int { return len(s) }

type P struct{ n int }

func (p *P) inc() int { p.n++; return p.n }

type Val interface{ val() int }
type Incer interface{ inc() int }

func val(v Val) int { return v.val() }

func main() {
	zs := struct{ S }{"abc"}
	fmt.Println(val(&zs), val(zs), (&zs).val())
	zp := struct {
		*P
		tag string
	}{&P{1}, "t"}
	var i Incer = &zp
	fmt.Println(i.inc(), i.inc(), zp.n)
	var j Incer = zp // *P embedded: the value has inc too
	fmt.Println(j.inc(), zp.n)
	fmt.Printf("%T %T\n", i, j)
}
