package main

func main() {
	var c chan bool
	c <- true
}
