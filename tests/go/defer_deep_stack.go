package main

import "fmt"

func deep(n int) int {
	var buf [32]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[31]
	}
	return deep(n-1) + buf[0] - buf[0]
}

func recurse(n int, log *[]int) {
	if n == 0 {
		return
	}
	defer func() { *log = append(*log, n) }()
	local := [8]int{n}
	defer func(p *[8]int) { *log = append(*log, p[0]*100) }(&local)
	recurse(n-1, log)
}

func main() {
	x := 10
	p := &x
	defer func() {
		fmt.Println("deferred sees", *p, deep(500))
	}()
	var log []int
	recurse(50, &log)
	fmt.Println(len(log), log[0], log[1], log[98], log[99])
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered after deep recursion:", r, deep(1000))
		}
	}()
	x = 11
	var q []int
	_ = q[deep(300)]
}
