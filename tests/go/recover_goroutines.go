package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 0 {
		panic(fmt.Sprint("even worker ", id))
	}
	out <- fmt.Sprint("worker ", id, " ok")
}

func mapWriter(res chan int) {
	defer func() { res <- 1 }()
	defer func() { recover() }()
	var m map[int]int
	m[1] = 1
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("messages:", n)
	res := make(chan int)
	go mapWriter(res)
	fmt.Println("goroutine finished:", <-res)
}
