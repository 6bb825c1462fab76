// A nil map reads like an empty map: index gives the zero value, len is 0,
// range does nothing, delete is a no-op; fmt prints map[].
package main

import "fmt"

func lookup(m map[string]int, k string) int { return m[k] }

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"], lookup(nil, "b"))
	v, ok := m["a"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "a")
	fmt.Println(m)
	fmt.Printf("%v %#v\n", m, m)

	var ms map[int][]int
	fmt.Println(ms[1] == nil, len(ms[1]))

	var mm map[string]map[string]bool
	fmt.Println(mm["a"]["b"])

	m = map[string]int{}
	m["x"] = 1
	fmt.Println(m, m == nil)
	m = nil
	fmt.Println(len(m))
}
