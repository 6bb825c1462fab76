package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
}
