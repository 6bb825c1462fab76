// The pointer-free parts of seeds/000: y := 2; res := y * 2, computed in a
// callee whose frame is popped before the result is used.
package main

import "fmt"

func stackIt() int {
	y := 2
	res := y * 2
	return res
}

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += stackIt()
	}
	fmt.Println(stackIt(), total)
}
