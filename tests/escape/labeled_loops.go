package main

func main() {
	var last *int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			k := i * j
			if k > 2 {
				last = &k
				break outer
			}
		}
	}
	println(*last)
}
