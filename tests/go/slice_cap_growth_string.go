// append growth for []string (16-byte elements).
package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 3000; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	fmt.Println(len(s), s[0], s[len(s)-1])

	var t []string
	for i := 0; i < 6; i++ {
		t = append(t, "a", "b", "c")
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
