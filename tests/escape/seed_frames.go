package main

import "fmt"

func work(depth int) {
	if depth == 0 {
		return
	}
	x := depth * depth // a local — lives in this frame only
	fmt.Printf("enter depth=%d (x=%d)\n", depth, x)
	work(depth - 1) // pushes a new frame
	fmt.Printf("leave depth=%d\n", depth)
}

func main() {
	work(3)
	// Notice the symmetric enter/leave: frames pop in reverse (LIFO).
}
