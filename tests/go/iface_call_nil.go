package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	fmt.Println("calling")
	i.M()
}
