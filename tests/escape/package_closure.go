package main

var sink **int

var fn = func(p *int) int { return *p }

func addrParam(p *int) {
	sink = &p
}

func named() (r int) {
	sink2 = &r
	return
}

var sink2 *int

func main() {
	x := 1
	addrParam(&x)
	println(fn(&x), named())
}
