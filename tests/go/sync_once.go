// sync.Once: f runs once; callers that arrive while f runs (it blocks on a
// channel) wait until it has returned; a panicking f and a nil f count as
// done; a Once per call of a deep recursion (f frames stack up).
package main

import (
	"fmt"
	"sync"
)

type cfg struct {
	once sync.Once
	val  int
}

func (c *cfg) get() int {
	c.once.Do(func() {
		fmt.Println("init cfg")
		c.val = 42
	})
	return c.val
}

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	c := &cfg{}
	fmt.Println(c.get(), c.get())

	var o2 sync.Once
	var wg sync.WaitGroup
	ch := make(chan int)
	count := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			o2.Do(func() {
				count++
				ch <- 1 // blocks inside f: the others must wait
				<-ch
			})
			if count != 1 {
				panic("not done")
			}
		}(i)
	}
	<-ch
	ch <- 2
	wg.Wait()
	fmt.Println("count", count)

	var o3 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o3.Do(func() { panic("boom in once") })
	}()
	o3.Do(func() { fmt.Println("never") })
	fmt.Println("after panicking Do")

	var o4 sync.Once
	func() {
		defer func() { fmt.Println("recovered nil f:", recover()) }()
		o4.Do(nil)
	}()
	o4.Do(func() { fmt.Println("o4 again") })
	depth := 0
	var rec func(n int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		var o sync.Once
		r := 0
		o.Do(func() { r = rec(n-1) + 1 })
		return r
	}
	depth = rec(200)
	fmt.Println("depth", depth)
}
