package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

func classify(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case runtime.Error:
			fmt.Printf("%-14s runtime.Error %T: %v\n", name, v, v.Error())
		case error:
			fmt.Printf("%-14s error %T: %v\n", name, v, v)
		case string:
			fmt.Printf("%-14s string: %q\n", name, v)
		default:
			fmt.Printf("%-14s %T: %v\n", name, v, v)
		}
		if err, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println("  errors.As runtime.Error:", errors.As(err, &re), strings.HasPrefix(err.Error(), "runtime error: "))
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2}
	i := 3
	var m map[string]int
	var p *T
	var e interface{} = "s"
	ch := make(chan int)
	close(ch)
	classify("index", func() { _ = s[i] })
	classify("slice", func() { _ = s[i:] })
	classify("string index", func() { _ = "ab"[i] })
	classify("nil deref", func() { _ = p.x })
	classify("divide", func() { _ = i / (i - 3) })
	classify("nil map", func() { m["k"] = 1 })
	classify("closed chan", func() { ch <- 1 })
	classify("close closed", func() { close(ch) })
	classify("assertion", func() { _ = e.(int) })
	classify("makeslice", func() { _ = make([]int, i-4) })
	classify("unhashable", func() { _ = map[interface{}]int{s: 1} })
	classify("uncomparable", func() { var a, b interface{} = s, s; _ = a == b })
	classify("shift", func() { _ = 1 << (i - 4) })
	classify("waitgroup", func() { var wg sync.WaitGroup; wg.Add(-1) })
	classify("strconv base", func() { _ = strconv.FormatInt(1, 99) })
	classify("repeat", func() { _ = strings.Repeat("x", i-4) })
	classify("user error", func() { panic(errors.New("mine")) })
	classify("user string", func() { panic("text") })
	classify("user int", func() { panic(7) })
	var re runtime.Error
	fmt.Println(re == nil)
}
