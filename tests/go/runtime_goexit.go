package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer func() { results <- fmt.Sprint("worker ", id, " deferred, recover=", recover()) }()
	if id%2 == 0 {
		runtime.Goexit()
	}
	results <- fmt.Sprint("worker ", id, " returned")
}

func nested() {
	defer fmt.Println("nested deferred 1")
	func() {
		defer fmt.Println("nested deferred 2")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
		wg.Wait()
		fmt.Println(<-results)
		if i%2 == 1 {
			fmt.Println(<-results)
		}
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		nested()
	}()
	<-done
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
