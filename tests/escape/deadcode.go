package main

import "fmt"

// gc's deadcode pass runs before escape analysis: branches a constant
// condition rules out are never analysed, so nothing in them is reported.
const debug = false

func f(n int) int {
	if debug {
		fmt.Println("debug", n)
	}
	if !debug {
		fmt.Println("nodebug", n)
	} else {
		fmt.Println("else", n)
	}
	switch {
	case n > 1:
		fmt.Println("n>1")
	}
	switch true {
	case false:
		fmt.Println("no")
	default:
		fmt.Println("yes")
	}
	switch 3 {
	case 1, 2:
		fmt.Println("12")
	case 3:
		fmt.Println("3")
	}
	switch 2 {
	case 2:
		fmt.Println("falls")
		fallthrough
	case 5:
		fmt.Println("kept", n)
	}
	switch n {
	case 1:
		fmt.Println("runtime", n)
	}
	for false {
		fmt.Println("loop")
	}
	return n
}

func main() { f(1) }
