// Struct fields of function type: calling through the field, nil checks,
// and structs of handlers chosen at run time.
package main

import "fmt"

type Op struct {
	Name string
	Fn   func(a, b int) int
}

type Hooks struct {
	Before func(string)
	After  func(string) string
}

func main() {
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
		{Name: "none"},
	}
	for _, op := range ops {
		if op.Fn == nil {
			fmt.Println(op.Name, "has no function")
			continue
		}
		fmt.Println(op.Name, op.Fn(7, 3))
	}

	var log []string
	h := Hooks{
		Before: func(s string) { log = append(log, "before "+s) },
	}
	h.After = func(s string) string { return "after " + s }
	h.Before("x")
	log = append(log, h.After("y"))
	fmt.Println(log)

	p := &h
	p.Before("z")
	fmt.Println(len(log), log[2])
}
