// make, assignment, index, len, missing keys reading as the zero value,
// overwriting, and op-assignment on map entries.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	fmt.Println(len(m), m["missing"])
	m["a"] = 1
	m["b"] = 2
	m["a"] = 10
	fmt.Println(len(m), m["a"], m["b"])

	m["c"] += 5
	m["c"]++
	m["b"] *= 3
	fmt.Println(m["c"], m["b"], len(m))

	sized := make(map[int]bool, 100)
	fmt.Println(len(sized))
	for i := 0; i < 10; i++ {
		sized[i*i] = i%2 == 0
	}
	fmt.Println(len(sized), sized[16], sized[25], sized[2])

	fl := map[string]float64{}
	fl["pi"] = 3.14159
	fmt.Println(fl["pi"], fl["e"])

	ss := map[string]string{}
	fmt.Printf("%q\n", ss["nothing"])
	ss[""] = "empty key"
	fmt.Println(ss[""], len(ss))

	// Keys are compared by value, not identity.
	k1 := "ke"
	k2 := k1 + "y"
	m[k2] = 99
	fmt.Println(m["key"])
	fmt.Println(m)
}
