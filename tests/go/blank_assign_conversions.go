// Assignments to the blank identifier still evaluate their value, and its
// panics happen: _ = (*[9]byte)(s) of an 8-byte slice (Go's test/convert4.go).
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type Celsius float64

func main() {
	s := make([]byte, 8, 10)
	try("array pointer too long", func() { _ = (*[9]byte)(s) })
	try("array pointer fits", func() { _ = (*[8]byte)(s) })
	try("string", func() { _ = string(s) })
	try("named", func() { _ = Celsius(3) })
	var i interface{} = "x"
	try("assert", func() { _ = i.(int) })
}
