package main

import "fmt"

// B depends on A (declared in a.go) and on a function declared here.
var B = A + helper()

var trace []string

func note(s string) int {
	trace = append(trace, s)
	return len(trace)
}

var z1 = note("z1 (b.go)")

func init() { fmt.Println("init b.go #1", B) }

func helper() int { return 40 }

func init() { fmt.Println("init b.go #2", trace) }
