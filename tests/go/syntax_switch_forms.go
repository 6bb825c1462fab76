package main

import "fmt"

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		if v == "" {
			break
		}
		return "string " + v
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
	return "empty string"
}

func grade(n int) (g string) {
	switch {
	case n >= 90:
		g = "A"
	case n >= 80:
		g = "B"
		fallthrough
	case n >= 70:
		g += "C"
	default:
		g = "F"
	}
	return
}

func main() {
	for _, x := range []interface{}{nil, 1, int64(2), "s", "", 2.5} {
		_ = x
	}
	for _, x := range []interface{}{nil, 1, int64(2), "s", "", 2.5, []int{}} {
		fmt.Println(classify(x))
	}
	fmt.Println(grade(95), grade(85), grade(75), grade(10))
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
	}
	switch c := 'b'; c {
	case 'a', 'b', 'c':
		fmt.Println("abc")
	}
	n := 0
	switch n++; n {
	case 1:
		fmt.Println("one after ++")
	}
}
