// for range over slices: the slice header is evaluated once, so appends in
// the loop do not extend it, but element writes ahead of the cursor are seen.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[2] = 30 // seen below: the slice shares the array
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))

	t := []string{"a", "b", "c"}
	for i := range t {
		t[i] = t[i] + t[i]
	}
	fmt.Println(t)

	n := 0
	for range t {
		n++
	}
	fmt.Println(n)

	var idx int
	var val string
	for idx, val = range t {
	}
	fmt.Println(idx, val)

	// Ranging over a function result evaluates the call once.
	calls := 0
	get := func() []int {
		calls++
		return []int{5, 6, 7}
	}
	sum := 0
	for _, v := range get() {
		sum += v
	}
	fmt.Println(sum, calls)

	// Shrinking the variable does not stop the loop.
	u := []int{1, 2, 3, 4}
	for _, v := range u {
		u = u[:1]
		fmt.Print(v)
	}
	fmt.Println(" ", u)
}
