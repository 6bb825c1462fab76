package main

import "fmt"

func words(ws []string, out chan<- string) {
	for _, w := range ws {
		out <- w
	}
	close(out)
}

func main() {
	out := make(chan string)
	go words([]string{"the", "quick", "brown", "fox", "jumps"}, out)
	n := 0
	for w := range out {
		n += len(w)
		fmt.Println(w)
	}
	fmt.Println(n)
}
