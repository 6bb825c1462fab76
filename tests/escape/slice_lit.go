package main

func local() int {
	s := []int{1, 2, 3}
	return s[1]
}

func ret() []int {
	return []int{4, 5}
}

func ptrs() int {
	a, b := 1, 2
	s := []*int{&a, &b}
	return *s[0] + *s[1]
}

var keep []*int

func leak() {
	c := 3
	keep = []*int{&c}
}

func main() {
	leak()
	println(local(), len(ret()), ptrs(), *keep[0])
}
