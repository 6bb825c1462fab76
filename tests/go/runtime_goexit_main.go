package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("goroutine deferred")
		func() {
			defer func() { fmt.Println("recover during Goexit:", recover()) }()
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
