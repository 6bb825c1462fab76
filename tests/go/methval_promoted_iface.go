package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

type Cat struct{}

func (*Cat) Sound() string { return "meow" }

type Loud struct{ Animal }

type Outer struct {
	*Loud
	n int
}

func apply(f func() string) string { return "[" + f() + "]" }

func main() {
	l := Loud{Dog{"rex"}}
	f := l.Sound // reads l.Animal now
	l.Animal = &Cat{}
	fmt.Println(f(), l.Sound())

	o := Outer{&Loud{Dog{"fido"}}, 1}
	g := o.Sound
	o.Loud.Animal = &Cat{}
	fmt.Println(apply(g), apply(o.Sound))

	fs := []func() string{l.Sound, o.Loud.Sound, Dog{"a"}.Sound}
	for _, h := range fs {
		fmt.Println(h())
	}

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty Loud
		h := empty.Sound // a nil interface: panics here too
		fmt.Println("not reached", h == nil)
	}()
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad Outer
	h := bad.Sound // nil *Loud on the path: panics here
	fmt.Println("not reached", h == nil)
}
