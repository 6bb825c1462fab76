package main

func main() {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	println(*p)
}
