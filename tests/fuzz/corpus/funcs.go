package main

import (
	"fmt"
	"os"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r, fib(20), len(os.Args))
	var u uint8 = 200
	u += 100
	var i64 int64 = -1 >> 1
	fmt.Printf("%d %d %b %o %X %c %U %e %g %t %T %%\n", u, i64, 5, 8, 255, 'G', 0x1F600, 1e6, 2.5, true, u)
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
