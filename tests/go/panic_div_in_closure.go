// An integer division by zero inside a closure called from a loop.
package main

import "fmt"

func main() {
	d := 3
	div := func(x int) int { return x / d }
	for i := 0; i < 4; i++ {
		fmt.Println(div(12))
		d--
	}
}
