package main

func work(p *int, done chan bool) {
	*p = 1
	done <- true
}

func main() {
	x := 0
	done := make(chan bool)
	go work(&x, done)
	<-done
	y := 1
	go func() {
		y++
		done <- true
	}()
	<-done
	println(x, y)
}
