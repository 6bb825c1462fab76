package main

import (
	"fmt"
	"time"
)

func sleeper(id int, d time.Duration, out chan<- int) {
	time.Sleep(d)
	out <- id
}

func main() {
	out := make(chan int)
	go sleeper(3, 60*time.Millisecond, out)
	go sleeper(1, 20*time.Millisecond, out)
	go sleeper(2, 40*time.Millisecond, out)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println(int64(time.Millisecond), int64(time.Second/time.Microsecond))
}
