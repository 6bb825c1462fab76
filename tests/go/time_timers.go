package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println(v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout")
	}
	go func() { time.Sleep(10 * time.Millisecond); ch <- 7 }()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	start := time.Now()
	<-t2.C
	fmt.Println("fired after >= 5ms:", time.Since(start) >= 5*time.Millisecond, "stop fired:", t2.Stop())
	fmt.Println("reset:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("fired again")
	ticker := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	pending := time.NewTimer(time.Hour)
	fmt.Println("goroutines:", runtime.NumGoroutine()) // timers are not goroutines
	pending.Stop()
	var wg sync.WaitGroup
	wg.Add(1)
	at := time.AfterFunc(5*time.Millisecond, func() { fmt.Println("afterfunc ran"); wg.Done() })
	wg.Wait()
	fmt.Println("stop after run:", at.Stop())
	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop never:", never.Stop())
	k := 0
	for range time.Tick(5 * time.Millisecond) {
		k++
		if k == 2 {
			break
		}
	}
	fmt.Println("tick", k, time.Tick(0) == nil)
	done := make(chan bool)
	tk := time.NewTicker(time.Millisecond)
	go func() {
		time.Sleep(20 * time.Millisecond)
		done <- true
	}()
	count := 0
loop:
	for {
		select {
		case <-done:
			break loop
		case <-tk.C:
			count++
		}
	}
	tk.Stop()
	fmt.Println("ticked:", count > 0)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var z time.Timer
		z.Stop()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tk.Reset(-1)
	}()
	var zt time.Ticker
	zt.Stop()
	fmt.Println("done")
}
