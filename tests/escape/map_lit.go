package main

func local() int {
	m := map[string]int{"a": 1}
	return m["a"]
}

func ret() map[string]int {
	return map[string]int{"b": 2}
}

func made() int {
	m := make(map[int]int)
	m[1] = 2
	return len(m)
}

func values() {
	x := 1
	m := map[string]*int{"x": &x}
	_ = m
}

func main() {
	values()
	println(local(), ret()["b"], made())
}
