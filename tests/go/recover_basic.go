package main

import "fmt"

func safe(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println("not panicking:", recover())
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 7)) }))
	fmt.Println(safe(func() { panic(3.5) }))
	fmt.Println("after panics")
}
