package main

import (
	"fmt"
	"runtime"
)

// String methods that grow the stack, allocate, run the GC, block on a
// channel served by another goroutine, and call fmt recursively.
type Deep int

func depth(n int) int {
	var pad [40]int
	pad[n%40] = n
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1) + pad[n%40] - n
}

func (d Deep) String() string { return fmt.Sprintf("deep%d", depth(int(d))) }

type Alloc struct{ n int }

func (a Alloc) String() string {
	var parts []string
	for i := 0; i < a.n; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	runtime.GC()
	return fmt.Sprint(parts)
}

var ask = make(chan int)
var answer = make(chan string)

type Remote int

func (r Remote) String() string {
	ask <- int(r)
	return <-answer
}

type Nested struct{ Inner Deep }

func (n Nested) String() string { return fmt.Sprintf("N[%v]", n.Inner) }

func main() {
	go func() {
		for x := range ask {
			answer <- fmt.Sprintf("remote%d", x*x)
		}
	}()
	fmt.Println(Deep(300), Alloc{5}, Remote(7))
	xs := []fmt.Stringer{Deep(10), Alloc{3}, Remote(3), Nested{Deep(50)}}
	fmt.Println(xs)
	for i := 0; i < 3; i++ {
		s := fmt.Sprintf("%v|%s|%q", Remote(i), Deep(i*100), Alloc{i})
		fmt.Println(s)
	}
	m := map[string]fmt.Stringer{"a": Remote(1), "b": Deep(20)}
	fmt.Println(m)
	close(ask)
}
