package main

import "fmt"

type Base struct{ id int }

func (b *Base) SetID(id int) { b.id = id }
func (b Base) ID() int        { return b.id }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Base
	*Logger
	name string
}

type Wrapper struct {
	Service
}

func main() {
	s := Service{Base: &Base{}, Logger: &Logger{"[svc] "}, name: "s"}
	s.SetID(7)
	s.Log(fmt.Sprint("id ", s.ID()))
	w := Wrapper{s}
	w.SetID(9) // through two levels, the pointer is shared
	fmt.Println(s.ID(), w.ID(), w.Base == s.Base)
	f := w.Log
	f("method value")
	g := (*Logger).Log
	g(s.Logger, "method expression")
	var empty Service
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.SetID(1) // nil *Base
}
