package main

func set(pp **int, v *int) { *pp = v }

func main() {
	var p *int
	x := 5
	set(&p, &x)
	println(*p)
}
