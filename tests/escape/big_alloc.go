package main

type Big struct{ a [10000]int }

func main() {
	b := new(Big)
	b.a[0] = 1
	var small [10]int
	s := small[:]
	arr := make([]int, 8192)
	arr2 := make([]int, 8193)
	println(b.a[0], len(s), len(arr), len(arr2))
}
