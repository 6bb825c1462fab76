package main

type T struct{ n int }

func even(p *T, k int) bool {
	if k == 0 {
		return true
	}
	return odd(p, k-1)
}

func odd(p *T, k int) bool {
	if k == 0 {
		return false
	}
	return even(p, k-1)
}

func main() {
	t := T{3}
	println(even(&t, 4))
}
