package main

func sum() int {
	a := [3]int{1, 2, 3}
	s := a[:]
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func ret() *[4]int {
	var a [4]int
	return &a
}

func main() {
	println(sum(), ret()[0])
}
