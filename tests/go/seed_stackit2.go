// stackIt2 of seeds/000 as a runnable main: it returns the address of its
// local res, which therefore moves to the heap and stays valid after the
// frame is gone.
package main

import "fmt"

func main2() {
	_ = stackIt2()
}

//go:noinline
func stackIt2() *int {
	y := 2
	res := y * 2
	return &res
}

func main() {
	main2()
	p := stackIt2()
	q := stackIt2()
	fmt.Println(*p, *q, p != q)
	*p = 100
	fmt.Println(*p, *q)
}
