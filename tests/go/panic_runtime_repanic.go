package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	a := []int{1, 2}
	i := 3
	fmt.Println(a[i])
}
