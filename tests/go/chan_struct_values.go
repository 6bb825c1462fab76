package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Big struct {
	A [5]int
	S string
	F float64
	B byte
}

func send(c chan Point, n int) {
	for i := 0; i < n; i++ {
		c <- Point{i, i * i, fmt.Sprint("p", i)}
	}
	close(c)
}

func main() {
	c := make(chan Point)
	go send(c, 4)
	for p := range c {
		fmt.Println(p.X, p.Y, p.Name)
	}
	b := make(chan Big, 3)
	b <- Big{[5]int{1, 2, 3, 4, 5}, "hello", 2.5, 7}
	b <- Big{S: "second"}
	x := <-b
	y := <-b
	fmt.Println(x.A, x.S, x.F, x.B)
	fmt.Println(y.A, y.S, y.F, y.B)
	e := make(chan struct{}, 2)
	e <- struct{}{}
	fmt.Println(len(e))
	<-e
	fmt.Println(len(e))
	f := make(chan float32, 1)
	f <- 1.5
	fmt.Println(<-f)
	i8 := make(chan int8, 1)
	i8 <- -5
	fmt.Println(<-i8)
}
