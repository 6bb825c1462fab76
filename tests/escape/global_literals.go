package main

import "fmt"

type T struct{ v int }

var names = map[string]int{"a": 1}

var ptr = &T{1}

var fn = func() int { return 2 }

var list = []*T{{1}, {2}}

func main() {
	fmt.Println(names["a"], ptr.v, fn(), len(list))
}
