package main

import "fmt"

func main() {
	c := make(chan string, 2)
	c <- "x"
	close(c)
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-c
	fmt.Printf("%q %v\n", v, ok)
	var w string
	var ok2 bool
	w, ok2 = <-c
	fmt.Println(len(w), ok2)
	p := make(chan *int, 1)
	x := 42
	p <- &x
	q, ok3 := <-p
	fmt.Println(*q, ok3)
	close(p)
	q, ok3 = <-p
	fmt.Println(q == nil, ok3)
}
