package main

type T struct{ a int }

var keep *T

func get(i interface{}) int {
	t := i.(*T)
	keep = t
	return t.a
}

func val(i interface{}) int {
	return i.(int)
}

func main() {
	println(get(&T{1}), val(2))
}
