// An atomic operation on a nil address faults as Go's does.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var p *int64
	fmt.Println("before")
	atomic.AddInt64(p, 1)
}
