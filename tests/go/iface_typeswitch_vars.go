package main

import "fmt"

type Stringish interface{ Len() int }
type S string

func (s S) Len() int { return len(s) }

func kind(x interface{}) string {
	switch v := x.(type) {
	case int, float64:
		return fmt.Sprintf("number %v (%T)", v, v)
	case Stringish:
		return fmt.Sprintf("stringish len %d", v.Len())
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(v))
	case func() int:
		return fmt.Sprint("func returning ", v())
	case *int:
		*v = *v + 1
		return fmt.Sprint("pointer to ", *v)
	default:
		_ = v
		return "unknown"
	}
}

func main() {
	n := 41
	xs := []interface{}{1, 2.5, S("hello"), map[string]int{"a": 1, "b": 2}, func() int { return 7 }, &n, 'x', struct{}{}}
	for _, x := range xs {
		fmt.Println(kind(x))
	}
	fmt.Println(n)
	var x interface{} = S("abc")
	switch y := x.(type) {
	case S:
		y += "d"
		fmt.Println(y, y.Len(), x)
	}
}
