package main

import (
	"fmt"
	"strings"
	"runtime"
)

func base(path string) string { return path[strings.LastIndex(path, "/")+1:] }

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s:%d", base(file), line)
}

type T struct{}

func (T) M() string { return where(1) }

func deep(n int) int {
	if n == 0 {
		depth := 0
		for {
			if _, _, _, ok := runtime.Caller(depth); !ok {
				return depth
			}
			depth++
		}
	}
	return deep(n - 1)
}

func main() {
	fmt.Println(where(0))
	fmt.Println(T{}.M())
	f := func() string { return where(0) }
	fmt.Println(f())
	defer func() { fmt.Println("deferred", where(0)) }()
	fmt.Println("depth", deep(5))
	for i := 0; i < 4; i++ {
		_, file, line, ok := runtime.Caller(i)
		fmt.Println(i, base(file), line, ok)
	}
	done := make(chan int)
	go func() {
		_, _, line, _ := runtime.Caller(0)
		_, file, _, ok := runtime.Caller(1)
		_, _, _, ok2 := runtime.Caller(2)
		fmt.Println("goroutine", line, base(file), ok, ok2)
		done <- deep(3)
	}()
	fmt.Println("goroutine depth", <-done)
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(pc != 0)
	_, file, line, ok := runtime.Caller(-1)
	fmt.Println(file, line, ok)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Version(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	x := new(int)
	runtime.KeepAlive(x)
}
