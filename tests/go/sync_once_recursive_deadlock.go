// f calling Do on its own Once waits for itself: Go's deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("outer")
		once.Do(func() { fmt.Println("inner") })
	})
}
