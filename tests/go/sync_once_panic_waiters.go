// Once.Do's f panics while other goroutines wait in Do: the panic counts
// as done, so the waiters return without running their f, and the
// panicking caller recovers.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	inF := make(chan bool)
	release := make(chan bool)
	ran := make([]bool, 4)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("first caller recovered:", recover()) }()
		once.Do(func() {
			inF <- true
			<-release
			panic("init failed")
		})
	}()
	<-inF
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { ran[i] = true })
		}(i)
	}
	close(release)
	wg.Wait()
	fmt.Println("waiters ran f:", ran)
	once.Do(func() { fmt.Println("never") })
	fmt.Println("done")
}
