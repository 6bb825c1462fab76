package main

func constSize() int {
	s := make([]int, 10)
	s[0] = 1
	return s[0]
}

func varSize(n int) int {
	s := make([]int, n)
	return len(s)
}

func returned() []int {
	return make([]int, 3)
}

func big() int {
	s := make([]byte, 100000)
	return len(s)
}

func withCap() int {
	s := make([]int, 0, 8)
	s = append(s, 1)
	return len(s)
}

func main() {
	println(constSize(), varSize(4), len(returned()), big(), withCap())
}
