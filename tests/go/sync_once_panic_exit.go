// A panic in Once.Do's f that nobody recovers ends the program with Go's
// report; deferred calls of the caller run first.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once

func setup() {
	defer fmt.Println("setup's defer runs")
	once.Do(func() {
		fmt.Println("in f")
		panic(fmt.Sprintf("setup failed: %d", 3))
	})
}

func main() {
	setup()
}
