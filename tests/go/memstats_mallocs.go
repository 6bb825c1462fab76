// runtime.ReadMemStats counters move the right way: allocating N objects
// that stay reachable raises Mallocs by at least N and TotalAlloc by at
// least N times their size; the counters never go down.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	list := build(500)
	runtime.ReadMemStats(&after)

	fmt.Println("Mallocs grew by >= 500:", after.Mallocs-before.Mallocs >= 500)
	fmt.Println("TotalAlloc grew by >= 500*16:", after.TotalAlloc-before.TotalAlloc >= 500*16)
	fmt.Println("Mallocs monotonic:", after.Mallocs >= before.Mallocs)
	fmt.Println("Frees monotonic:", after.Frees >= before.Frees)
	fmt.Println("TotalAlloc monotonic:", after.TotalAlloc >= before.TotalAlloc)
	fmt.Println("NumGC monotonic:", after.NumGC >= before.NumGC)

	n := 0
	for p := list; p != nil; p = p.Next {
		n++
	}
	fmt.Println("list length:", n)
}
