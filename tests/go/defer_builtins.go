package main

import "fmt"

func produce(n int, ch chan int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func deferredPanic() (err interface{}) {
	defer func() { err = recover() }()
	defer panic("deferred panic")
	fmt.Println("body runs first")
	return nil
}

func main() {
	ch := make(chan int)
	go produce(4, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println("recovered:", deferredPanic())
	defer recover()
	defer panic(fmt.Sprint("last ", 1))
	defer fmt.Println("runs before the deferred panic")
}
