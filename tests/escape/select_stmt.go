package main

func main() {
	a := make(chan *int, 1)
	b := make(chan int, 1)
	x := 1
	a <- &x
	select {
	case p := <-a:
		println(*p)
	case v := <-b:
		println(v)
	}
}
