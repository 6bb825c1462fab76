// Indexing the nil slice stored under a missing map key.
package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1, 2, 3, 4}}
	k := 3
	fmt.Println(m["a"][k])
	fmt.Println(m["b"][k])
}
