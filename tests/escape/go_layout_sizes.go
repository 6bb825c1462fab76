// gc decides with Go's layout of library types, which vm lays out otherwise
// (its sync primitives keep a waiter queue): a closure captures a struct
// holding a sync.Mutex by value when Go's size is at most 128 bytes, and
// -m=2 prints Go's widths.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu   sync.Mutex // 8 bytes in Go
	vals [14]int64  // 112
}

type waiting struct {
	wg   sync.WaitGroup // 16 bytes in Go
	vals [14]int64
}

func main() {
	var g guarded
	g.vals[3] = 7
	read := func() int64 { return g.vals[3] } // 120 bytes: by value
	var w waiting
	w.vals[1] = 2
	peek := func() int64 { return w.vals[1] } // 128 bytes: by value
	var once sync.Once
	var mu sync.Mutex
	count := 0
	inc := func() { // captures once, mu and count by reference
		once.Do(func() { count += 10 })
		mu.Lock()
		count++
		mu.Unlock()
	}
	inc()
	inc()
	fmt.Println(read(), peek(), count)
}
