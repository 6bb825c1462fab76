package main

import "fmt"

func boom(ch chan int) {
	defer fmt.Println("goroutine defer runs")
	panic("in goroutine")
}

func main() {
	defer fmt.Println("main's defer does not run")
	ch := make(chan int)
	go boom(ch)
	<-ch
	fmt.Println("not reached")
}
