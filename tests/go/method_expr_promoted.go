// Method expressions of promoted methods (through embedded values and
// pointers) and (*T).M of value methods: compiler-made wrappers.
package main

import "fmt"

type Base struct{ id int }

func (b Base) ID() int               { return b.id }
func (b *Base) SetID(id int)         { b.id = id }
func (b Base) Pair(k int) (int, int) { return b.id, k }

type Mid struct {
	Base
	name string
}

type Top struct {
	*Mid
	n int
}

func main() {
	id := Mid.ID
	pid := (*Mid).ID
	set := (*Mid).SetID
	m := Mid{Base{1}, "m"}
	set(&m, 5)
	fmt.Println(id(m), pid(&m))
	t := Top{&m, 2}
	tid := Top.ID
	tset := Top.SetID
	tset(t, 9)
	fmt.Println(tid(t), m.id)
	pair := (*Base).Pair
	fmt.Println(pair(&m.Base, 3))
	fmt.Printf("%T\n%T\n", tid, pair)
}
