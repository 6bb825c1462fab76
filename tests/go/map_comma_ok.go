// The comma-ok form tells a stored zero value from a missing key; it works
// with assignment, :=, if init statements and blank identifiers.
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["none"]
	fmt.Println(v, ok)

	if n, found := m["one"]; found {
		fmt.Println("found", n)
	}
	if _, found := m["two"]; !found {
		fmt.Println("two missing")
	}

	_, present := m["zero"]
	fmt.Println(present)

	type S struct{ A []int }
	ms := map[int]S{1: {[]int{1}}}
	s, ok := ms[2]
	fmt.Println(s.A == nil, ok)
	s, ok = ms[1]
	fmt.Println(s.A, ok)

	var nilMap map[string]bool
	b, ok := nilMap["x"]
	fmt.Println(b, ok)

	// Only valid in assignment form; in expression form it is the value.
	total := m["one"] + m["zero"] + m["none"]
	fmt.Println(total)

	counts := map[rune]int{}
	for _, r := range "hello world" {
		if _, seen := counts[r]; !seen {
			counts[r] = 0
		}
		counts[r]++
	}
	fmt.Println(len(counts), counts['l'], counts['o'], counts[' '])
}
