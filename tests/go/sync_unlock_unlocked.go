package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("about to unlock")
	mu.Unlock()
}
