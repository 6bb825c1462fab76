package main

import "fmt"

func main() {
	defer fmt.Println("main deferred print runs")
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "re-panicking")
		panic(r)
	}()
	panic("first")
}
