// Println and Print with composite operands among others: spacing rules
// (Print adds spaces only between non-string operands), nested values, and
// Sprintln/Sprint round-trips.
package main

import "fmt"

type T struct {
	N int
	S []string
	M map[string]int
}

func main() {
	t := T{1, []string{"x"}, map[string]int{"k": 2}}
	fmt.Println(t, []T{t}, &t)
	fmt.Print(t, t, "\n")
	fmt.Print("a", []int{1}, "b", []int{2}, []int{3}, "\n")
	fmt.Print([2]int{}, map[int]int{}, "\n")
	s := fmt.Sprint("x", 1, 2, []int{3}, "y")
	fmt.Println(s)
	fmt.Println(fmt.Sprintln([]string{"a"}, "b") == "[a] b\n")
	fmt.Println([]interface2{{"a"}, {"b"}})
	fmt.Println(fmt.Sprintf("%v|%v", []int(nil), map[string]bool(nil)))
	n, _ := fmt.Println([]int{1, 2, 3})
	fmt.Println(n)
	m, _ := fmt.Print(t, "\n")
	fmt.Println(m)
}

type interface2 struct{ V string }
