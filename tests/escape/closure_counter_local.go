package main

func sum(xs []int) int {
	total := 0
	add := func(v int) { total += v }
	for _, x := range xs {
		add(x)
	}
	return total
}

func main() {
	println(sum([]int{1, 2, 3}))
}
