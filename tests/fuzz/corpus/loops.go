package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	n := 0
	for n < 5 {
		n++
	}
	for {
		break
	}
outer:
	for i, c := range "héllo" {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if c == 'l' {
				break outer
			}
			println(i, j, c)
		}
	}
	println(sum, n)
}
