package main

type T struct{ v int }

func main() {
	c := make(chan *T, 1)
	c <- &T{1}
	t := <-c
	d := make(chan int, 1)
	n := 2
	d <- n
	println(t.v, <-d)
}
