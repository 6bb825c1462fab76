// go statements on natives whose results are discarded (strings,
// strconv, fmt.Sprintf), and a go of a native method through a pointer
// field; arguments are copied when the go statement runs.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type svc struct {
	wg *sync.WaitGroup
}

func main() {
	var wg sync.WaitGroup
	s := svc{&wg}
	words := []string{"alpha", "beta"}
	wg.Add(3)
	go strings.ToUpper(words[0])
	go strconv.Itoa(42)
	go fmt.Sprintf("%d-%s", 1, "x")
	go s.wg.Done()
	go s.wg.Done()
	go wg.Done()
	wg.Wait()
	fmt.Println("waited for three Done calls")
	var mu sync.Mutex
	mu.Lock()
	go fmt.Sprint("ignored", 1)
	go mu.Unlock()
	mu.Lock()
	fmt.Println("relocked after go mu.Unlock()")
}
