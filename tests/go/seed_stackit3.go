// stackIt3 of seeds/000 as a runnable main: main3 passes &y down the stack;
// the callee only reads through the pointer, so y can stay in main3's frame.
package main

import "fmt"

func main3() {
	y := 2
	_ = stackIt3(&y) // pass y down the stack as a pointer
}

//go:noinline
func stackIt3(y *int) int {
	res := *y * 2
	return res
}

func main() {
	main3()
	y := 21
	fmt.Println(stackIt3(&y), y)
	total := 0
	for i := 1; i <= 4; i++ {
		total += stackIt3(&i)
	}
	fmt.Println(total)
}
