package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	fmt.Println("main:", runtime.NumGoroutine())
	go func() {
		time.Sleep(10 * time.Millisecond)
		// main has called Goexit: it is no longer counted
		fmt.Println("after Goexit:", runtime.NumGoroutine())
		done := make(chan bool)
		go func() {
			fmt.Println("with a helper:", runtime.NumGoroutine())
			done <- true
		}()
		<-done
		os.Exit(3)
	}()
	fmt.Println("before Goexit:", runtime.NumGoroutine())
	runtime.Goexit()
}
