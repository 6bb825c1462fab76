package main

import "fmt"

func f(xs []interface{}) int {
	total := 0
outer:
	for _, x := range xs {
		switch v := x.(type) {
		case int:
			if v < 0 {
				break outer
			}
			if v == 0 {
				continue
			}
			total += v
		case string:
			if v == "stop" {
				break
			}
			total += len(v)
		default:
			total += 100
		}
		total++
	}
	return total
}

func main() {
	fmt.Println(f([]interface{}{1, 2, "abc", 0, 3.0, "stop", 5}))
	fmt.Println(f([]interface{}{1, -1, 100}))
	switch y := interface{}(7).(type) {
	case int:
		y *= 2
		fmt.Println(y)
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
}
