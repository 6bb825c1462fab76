// delete removes present keys, ignores missing ones, is a no-op on a nil
// map, and deleted keys can be reinserted.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	fmt.Println(len(m), m)
	delete(m, "zzz")
	fmt.Println(len(m))
	_, ok := m["b"]
	fmt.Println(ok)

	m["b"] = 20
	fmt.Println(m)

	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(len(nilMap))

	big := make(map[int]int)
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	for i := 0; i < 1000; i += 3 {
		delete(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
	for i := 0; i < 1000; i++ {
		delete(big, i)
	}
	fmt.Println(len(big), big)

	// Delete with a computed key.
	k := []string{"a", "c"}
	for _, key := range k {
		delete(m, key)
	}
	fmt.Println(m)
}
