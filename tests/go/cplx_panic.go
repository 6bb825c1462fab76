package main

import "fmt"

type Cx complex64

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		defer func() {
			fmt.Println(recover())
			panic(Cx(1 - 2i))
		}()
		panic(complex64(3i))
	}()
	panic(1 + 2i)
}
