// append with several values, with none, and onto nil.
package main

import "fmt"

func main() {
	s := append([]int(nil), 1, 2, 3)
	fmt.Println(s, len(s))
	s = append(s, 4, 5, 6, 7)
	fmt.Println(s, len(s))

	same := append(s)
	fmt.Println(len(same) == len(s), same)

	var n []string
	n = append(n)
	fmt.Println(n == nil, len(n))

	n = append(n, "x", "y")
	fmt.Printf("%q\n", n)

	type kv struct {
		k string
		v int
	}
	var kvs []kv
	kvs = append(kvs, kv{"a", 1}, kv{"b", 2}, kv{k: "c"})
	fmt.Println(kvs)

	// Arguments are evaluated before append, including s[0] reads.
	t := []int{1}
	t = append(t, t[0]+1, t[0]+2)
	fmt.Println(t)
}
