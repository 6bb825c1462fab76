package main

import (
	"fmt"
	"sort"
)

func try(name string, x interface{}) {
	defer func() { fmt.Println(name, "->", recover()) }()
	sort.Slice(x, func(i, j int) bool { return false })
	fmt.Println(name, "sorted")
}

func main() {
	try("int", 3)
	try("ptr", &[]int{1})
	try("array", [2]int{2, 1})
	try("nil slice", []int(nil))
	try("empty", []string{})
	sort.Slice(map[int]int{}, nil)
}
