package main

import "fmt"

func spin(stop chan bool, done chan int) {
	n := 0
	for {
		select {
		case <-stop:
			done <- 1
			return
		default:
		}
		n++
	}
}

func busy(result chan int) {
	x := 0
	for i := 0; i < 3000000; i++ {
		x += i % 7
	}
	result <- x
}

func main() {
	stop := make(chan bool)
	done := make(chan int)
	result := make(chan int)
	go spin(stop, done)
	go busy(result)
	fmt.Println(<-result)
	stop <- true
	fmt.Println(<-done)
}
