package main

type T struct{ v int }

func fill() [3]*T {
	var a [3]*T
	for i := range a {
		a[i] = &T{i}
	}
	return a
}

func main() {
	a := fill()
	println(a[2].v)
}
