package main

import "fmt"

func main() {
	c := make(chan int)
	close(c)
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case v, ok := <-c:
			fmt.Println(v, ok)
			n++
		}
	}
	fmt.Println(n)
}
