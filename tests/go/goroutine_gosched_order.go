package main

import (
	"fmt"
	"runtime"
)

func say(s string, done chan bool) {
	for i := 0; i < 3; i++ {
		fmt.Println(s, i)
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go say("hello", done)
	<-done
	go say("world", done)
	<-done
	runtime.Gosched()
	fmt.Println("end")
}
