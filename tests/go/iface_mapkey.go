package main

import "fmt"

type K struct{ a, b int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int one"
	m["1"] = "string one"
	m[K{1, 2}] = "struct"
	m[int64(1)] = "int64 one"
	m[1.5] = "float"
	fmt.Println(len(m), m[1], m["1"], m[K{1, 2}], m[int64(1)], m[1.5])
	_, ok := m[K{2, 1}]
	fmt.Println(ok)
	delete(m, 1)
	fmt.Println(len(m))
	var i interface{} = "1"
	fmt.Println(m[i])
}
