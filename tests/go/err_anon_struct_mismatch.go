package main

import "fmt"

func main() {
	a := struct{ X int }{1}
	b := struct{ Y int }{1}
	fmt.Println(a == b)
	var c struct{ X int64 } = a
	_ = c
}
