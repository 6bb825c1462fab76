package main

type Box struct{ p *int }

func set(b *Box, v *int) { b.p = v }

func get(b *Box) *int { return b.p }

func main() {
	x := 1
	var b Box
	set(&b, &x)
	println(*get(&b))
}
