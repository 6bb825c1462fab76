package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	pp := &p
	s := fmt.Sprint(p, pp, []int{1})
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 3.5), len(s))
	var e error
	fmt.Println(e == nil, nil)
}
