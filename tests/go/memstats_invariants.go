// Relations between MemStats fields that hold at any moment: live objects
// are mallocs minus frees, the live heap is no bigger than all bytes ever
// allocated, and there is something on the heap once the program allocates.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 64+i))
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("HeapObjects == Mallocs-Frees:", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("Frees <= Mallocs:", m.Frees <= m.Mallocs)
	fmt.Println("HeapAlloc <= TotalAlloc:", m.HeapAlloc <= m.TotalAlloc)
	fmt.Println("HeapObjects > 0:", m.HeapObjects > 0)
	fmt.Println("HeapAlloc > 0:", m.HeapAlloc > 0)
	fmt.Println("TotalAlloc >= 100*64:", m.TotalAlloc >= 100*64)
	fmt.Println("NumGC >= 0:", m.NumGC >= 0)
	fmt.Println("kept:", len(keep), len(keep[99]))
	fmt.Printf("%T %T %T\n", m.Mallocs, m.NumGC, m.HeapAlloc)
}
