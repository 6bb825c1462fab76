package main

import "fmt"

func main() {
	var c chan int
	fmt.Println(c == nil, len(c), cap(c))
	select {
	case v := <-c:
		fmt.Println("got", v)
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channels never ready")
	}
}
