package main

func named() (r *int) {
	x := 1
	r = &x
	return
}

func pass(p *int) (q *int) {
	q = p
	return q
}

func main() {
	println(*named(), *pass(new(int)))
}
