package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- j * j
	}
	wg.Done()
}

func closer(wg *sync.WaitGroup, results chan int) {
	wg.Wait()
	close(results)
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go closer(&wg, results)
	go feed(jobs, 100)
	sum := 0
	n := 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println(n, sum)
}

func feed(jobs chan<- int, n int) {
	for i := 1; i <= n; i++ {
		jobs <- i
	}
	close(jobs)
}
