// %p prints an address, which differs between runs, so only facts about it
// are checked: it starts with 0x, it is stable for one pointer, equal
// pointers print equal, nil prints 0x0.
package main

import "fmt"

type T struct{ A, B int }

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func main() {
	x := 1
	p := &x
	s1 := fmt.Sprintf("%p", p)
	s2 := fmt.Sprintf("%p", p)
	fmt.Println(s1 != "", s1 == s2, hasPrefix(s1, "0x"))

	y := 1
	fmt.Println(fmt.Sprintf("%p", &y) != s1)

	var np *int
	fmt.Println(fmt.Sprintf("%p", np))

	t := &T{}
	fmt.Println(fmt.Sprintf("%p", t) == fmt.Sprintf("%p", &t.A))
	fmt.Println(fmt.Sprintf("%p", &t.A) != fmt.Sprintf("%p", &t.B))

	sl := []int{1, 2, 3}
	sub := sl[:2]
	fmt.Println(fmt.Sprintf("%p", sl) == fmt.Sprintf("%p", sub))
	fmt.Println(fmt.Sprintf("%p", sl) == fmt.Sprintf("%p", &sl[0]))
	fmt.Println(fmt.Sprintf("%p", sl[1:]) != fmt.Sprintf("%p", sl))
	var nilSlice []int
	fmt.Println(fmt.Sprintf("%p", nilSlice))

	m := map[string]int{}
	m2 := m
	fmt.Println(fmt.Sprintf("%p", m) == fmt.Sprintf("%p", m2), hasPrefix(fmt.Sprintf("%p", m), "0x"))
	var nm map[int]int
	fmt.Println(fmt.Sprintf("%p", nm))

	f := func() {}
	fmt.Println(hasPrefix(fmt.Sprintf("%p", f), "0x"))
	var nf func()
	fmt.Println(fmt.Sprintf("%p", nf))

	// %v of a non-nil pointer to a basic type is its address too.
	fmt.Println(fmt.Sprintf("%v", p) == s1)
	fmt.Println(fmt.Sprintf("%p", 5))
}
