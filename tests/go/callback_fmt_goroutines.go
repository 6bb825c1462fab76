package main

import (
	"fmt"
	"sync"
)

// String methods that block on channels while other goroutines print
// Stringers of their own: nested calls from natives on several goroutines.
type Ticket struct {
	id   int
	gate chan int
}

func (t Ticket) String() string {
	v := <-t.gate
	return fmt.Sprintf("ticket%d:%d", t.id, v)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 4)
	gates := make([]chan int, 4)
	for i := range gates {
		gates[i] = make(chan int)
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = fmt.Sprint(Ticket{i, gates[i]}, "|", Ticket{i + 10, gates[i]})
		}(i)
	}
	// release the gates last-started first (vm runs calls from natives on
	// one C stack: an order where a goroutine whose String returned must
	// run before a later-started one finishes is beyond it, vm/call.c)
	for _, g := range []int{3, 3, 2, 2, 1, 1, 0, 0} {
		gates[g] <- g * 100
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
