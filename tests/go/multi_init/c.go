package main

import "fmt"

// C has no dependencies; a1 in a.go and z1 in b.go call note, whose
// variable trace is declared in b.go.
var C = 1

var c1 = note("c1 (c.go)")

func init() { fmt.Println("init c.go", len(trace)) }
