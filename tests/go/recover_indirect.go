package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("indirect")
}

func outer() {
	defer func() {
		fmt.Println("outer got:", recover())
	}()
	indirect()
	fmt.Println("not reached")
}

func nestedDefer() {
	defer func() {
		func() {
			defer func() { fmt.Println("deferred in a deferred call:", recover()) }()
		}()
		fmt.Println("direct:", recover())
	}()
	panic("nested")
}

func main() {
	outer()
	nestedDefer()
	fmt.Println("done")
}
