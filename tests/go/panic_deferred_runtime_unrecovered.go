package main

import "fmt"

func main() {
	defer fmt.Println("printed before the report")
	var p *struct{ x int }
	defer func() {
		fmt.Println("deferred sees the panic coming")
	}()
	fmt.Println(p.x)
}
