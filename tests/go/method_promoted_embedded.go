// Methods promoted through embedded structs, several levels deep, with
// value and pointer receivers; the outer type can shadow them.
package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Mid struct {
	Base
	Name string
}

type Top struct {
	Tag string
	Mid
}

func (t Top) Describe() string { return "top " + t.Tag + " / " + t.Mid.Describe() }

func main() {
	var m Mid
	m.SetID(4)
	fmt.Println(m.Describe(), m.ID)
	t := Top{Tag: "t"}
	t.SetID(9)
	t.Name = "n"
	fmt.Println(t.Describe())
	fmt.Println(t.Base.Describe(), t.Mid.Base.ID)
	tp := &t
	tp.SetID(11)
	fmt.Println(tp.Mid.Describe())
	f := t.Mid.Describe
	t.SetID(12)
	fmt.Println(f(), t.Mid.Describe())
}
