package main

var sink map[int]int

type pair struct{ k, v *int }

// Local maps: make with constant, run-time and large hints, a literal.
func local(n int) int {
	a := make(map[int]int)
	b := make(map[int]int, n)
	c := make(map[int]int, 100)
	d := map[string]int{"x": 1, "y": 2}
	a[1], b[2], c[3] = 1, 2, 3
	return len(a) + len(b) + len(c) + d["x"]
}

// Keys and values of a local map still flow to the heap.
func entries(x, y int) int {
	m := map[*int]*int{}
	m[&x] = &y
	return len(m)
}

// A map stored in a global, returned, or put into another map escapes.
func escapes() map[int]int {
	sink = map[int]int{}
	outer := map[int]map[int]int{}
	outer[0] = make(map[int]int)
	return make(map[int]int, len(outer))
}

// A map made in a loop and kept past the iteration escapes.
func loop() int {
	var last map[int]int
	for i := 0; i < 3; i++ {
		m := map[int]int{i: i}
		last = m
	}
	return len(last)
}

func main() {
	println(local(3), entries(1, 2), len(escapes()), loop())
}
