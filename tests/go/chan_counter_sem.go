package main

import "fmt"

func job(id int, sem chan bool, active *int, maxActive *int, done chan<- bool) {
	sem <- true
	*active++
	if *active > *maxActive {
		*maxActive = *active
	}
	for i := 0; i < 1000; i++ {
		if i%250 == 0 {
			done <- false
		}
	}
	*active--
	<-sem
	done <- true
}

func main() {
	sem := make(chan bool, 3)
	done := make(chan bool)
	active, maxActive := 0, 0
	for i := 0; i < 10; i++ {
		go job(i, sem, &active, &maxActive, done)
	}
	finished := 0
	for finished < 10 {
		if <-done {
			finished++
		}
	}
	fmt.Println(finished, maxActive <= 3, active)
}
