package main

var g []int

func local() int {
	var a [4]int
	s := a[1:3]
	return len(s)
}

func leak() {
	var b [4]int
	g = b[:]
}

func main() {
	leak()
	println(local(), len(g))
}
