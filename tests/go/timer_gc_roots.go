package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	// only the timer heap keeps these channels alive across collections
	chans := make([]<-chan time.Time, 0)
	for i := 0; i < 50; i++ {
		chans = append(chans, time.After(time.Duration(i%5+1)*time.Millisecond))
	}
	for i := 0; i < 200; i++ {
		_ = make([]byte, 1024)
		runtime.GC()
	}
	for _, c := range chans {
		<-c
	}
	res := make(chan string, 1)
	time.AfterFunc(2*time.Millisecond, func() { res <- fmt.Sprint("closure ", len(chans)) })
	runtime.GC()
	fmt.Println(<-res)
	fmt.Println("all fired")
}
