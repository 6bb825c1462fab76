package main

import "fmt"

type Namer interface{ Name() string }

type P struct {
	first, last string
}

func (p P) Name() string { return p.first + " " + p.last }

type ID int

func (i ID) Name() string { return fmt.Sprint("id-", int(i)) }

type Word string

func (w Word) Name() string { return "word:" + string(w) }

func main() {
	p := P{"Ada", "Lovelace"}
	var n Namer = p
	fmt.Println(n.Name())
	n = &p
	p.first = "Grace"
	fmt.Println(n.Name())
	n = ID(42)
	fmt.Println(n.Name())
	i := ID(7)
	n = &i
	fmt.Println(n.Name())
	n = Word("go")
	fmt.Println(n.Name())
}
