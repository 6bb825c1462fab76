// Storing through a nil pointer.
package main

import "fmt"

func set(p *int, v int) { *p = v }

func main() {
	x := 0
	set(&x, 1)
	fmt.Println(x)
	set(nil, 2)
	fmt.Println("unreachable")
}
