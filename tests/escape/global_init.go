package main

var counter = 0

var table = []int{1, 2, 3}

func bump(p *int) { *p++ }

func main() {
	bump(&counter)
	println(counter, len(table))
}
