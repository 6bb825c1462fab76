package main

import "fmt"

type T struct{ v int }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *T
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:5] })
	try("nil map", func() { m["a"] = 1 })
	try("divide", func() { fmt.Println(10 / zero) })
	try("nil pointer", func() { fmt.Println(p.v) })
	try("closed channel", func() { c := make(chan int); close(c); close(c) })
	try("custom", func() { panic(fmt.Sprint("custom ", 1)) })
	fmt.Println("all recovered")
}
