package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered nil:", r == nil)
		}()
		panic(nil)
	}()
	fmt.Println("continues")
	panic(nil)
}
