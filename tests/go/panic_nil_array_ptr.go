// Indexing through a nil pointer to an array; len of it is fine (3), but
// the element load faults (the nil check comes first: addr=0x0).
package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	i := 1
	fmt.Println(p[i])
}
