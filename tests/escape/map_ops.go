package main

func main() {
	m := make(map[string]*int)
	x := 1
	m["a"] = &x
	k := "b"
	y := 2
	m[k] = &y
	for key, v := range m {
		println(key, *v)
	}
	delete(m, "a")
	println(len(m))
}
