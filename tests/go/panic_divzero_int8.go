// Division by zero panics for narrow signed types too, inside an
// op-assignment.
package main

import "fmt"

func main() {
	var x int8 = -128
	for d := int8(3); d >= 0; d-- {
		x /= d
		fmt.Println(x)
	}
}
