package main

import (
	"fmt"
	"sync"
)

// gc builds a slice literal passed by a go or defer statement in its
// wrapper, when the call runs: "does not escape" when the callee keeps it.
// Each call must still see its own elements.

func sum(xs []int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- t
}

func show(tag string, xs []string) {
	fmt.Println(tag, len(xs), xs[0], xs[len(xs)-1])
}

func total(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println(label, t)
}

// deep grows the stack of whichever goroutine calls it.
func deep(n int) int {
	var a [64]int
	a[n%64] = n
	if n == 0 {
		return a[0]
	}
	return deep(n-1) + a[n%64]
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 8)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go sum([]int{i, i * 10, i * 100}, &wg, out)
	}
	fmt.Println("deep", deep(300))
	wg.Wait()
	close(out)
	all := 0
	for t := range out {
		all += t
	}
	fmt.Println("sum of sums", all)
	func() {
		for i := 0; i < 3; i++ {
			defer show(fmt.Sprint("defer", i), []string{fmt.Sprint(i), "mid", fmt.Sprint(i * i)})
			defer total("variadic", i, i+1, i+2)
		}
		defer show("top", []string{"a", "b"})
		fmt.Println("deep", deep(200))
	}()
}
