// Assigning to an entry of a nil map: panic: assignment to entry in nil map
// (reads and deletes on a nil map are fine).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"], len(m))
	delete(m, "a")
	m["a"] = 1
	fmt.Println("unreachable")
}
