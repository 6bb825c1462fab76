package main

func window() []int {
	var buf [8]int
	return buf[2:4]
}

func local() int {
	var buf [8]int
	s := buf[:]
	s[0] = 3
	return s[0]
}

func main() {
	println(len(window()), local())
}
