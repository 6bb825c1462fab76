package main

import "fmt"

func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	}
	switch y := x % 3; y {
	case 0, 1:
		fallthrough
	case 2:
		return "pos"
	default:
		return "?"
	}
}

func main() {
	for _, v := range []int{-1, 0, 5} {
		fmt.Println(classify(v))
	}
}
